#include "tiller/gui/BinsView.h"

#include "tiller/app/BinEdits.h"
#include "tiller/app/BinFilterModel.h"
#include "tiller/app/BinModel.h"
#include "tiller/app/InitiativeFilterModel.h"
#include "tiller/app/InitiativeModel.h"
#include "tiller/app/MimeTypes.h"
#include "tiller/app/Portfolio.h"
#include "tiller/app/StrategyCheck.h"
#include "tiller/app/Text.h"
#include "tiller/gui/BinDialog.h"
#include "tiller/gui/CharterDialog.h"
#include "tiller/gui/CharterExport.h"
#include "tiller/gui/ChoiceDelegate.h"
#include "tiller/gui/Dialogs.h"

#include <QAction>
#include <QComboBox>
#include <QDropEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>
#include <functional>
#include <optional>

namespace tiller::gui {

namespace {

// Matches no initiative: the bin panel is empty while no bin is selected.
constexpr core::Id NoBin = -2;

// Takes initiatives dropped on a list: into the bin `target` names (0: out of any bin; nothing: no drop now).
class InitiativeDropFilter : public QObject
{
public:
    InitiativeDropFilter(std::function<std::optional<core::Id>()> target,
                         std::function<void(const QList<qint64>&, core::Id)> drop, QObject* parent)
        : QObject(parent), m_target(std::move(target)), m_drop(std::move(drop))
    {
    }
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        switch (event->type()) {
        case QEvent::DragEnter:
        case QEvent::DragMove: {
            auto* e = static_cast<QDragMoveEvent*>(event);
            if (!app::initiativeIds(e->mimeData()).isEmpty() && m_target()) {
                e->acceptProposedAction();
            } else {
                e->ignore();
            }
            return true;
        }
        case QEvent::Drop: {
            auto* e = static_cast<QDropEvent*>(event);
            const QList<qint64> ids = app::initiativeIds(e->mimeData());
            const std::optional<core::Id> target = m_target();
            if (ids.isEmpty() || !target) {
                e->ignore();
                return true;
            }
            e->acceptProposedAction();
            m_drop(ids, *target);
            return true;
        }
        default:
            return QObject::eventFilter(watched, event);
        }
    }

private:
    std::function<std::optional<core::Id>()> m_target;
    std::function<void(const QList<qint64>&, core::Id)> m_drop;
};

// A short list of initiatives (code and title, best priority first) to drag from and drop onto.
void setUpInitiativeTable(QTableView* t, const QString& name)
{
    t->setAccessibleName(name);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::ExtendedSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setDragEnabled(true);
    t->setAcceptDrops(true);
    t->setDragDropMode(QAbstractItemView::DragDrop);
    t->setDragDropOverwriteMode(false);
    t->setDefaultDropAction(Qt::CopyAction);
    t->setSortingEnabled(true);
    t->setAlternatingRowColors(true);
    t->setWordWrap(false);
    t->verticalHeader()->hide();
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 8);
    t->horizontalHeader()->setStretchLastSection(false);
}

void showInitiativeColumns(QTableView* t)
{
    for (int c = 0; c < app::InitiativeModel::ColumnCount; ++c) {
        t->setColumnHidden(c, c != app::InitiativeModel::Code && c != app::InitiativeModel::Title);
    }
    t->horizontalHeader()->setSectionResizeMode(app::InitiativeModel::Title, QHeaderView::Stretch);
    t->horizontalHeader()->setSectionResizeMode(app::InitiativeModel::Code, QHeaderView::ResizeToContents);
    // The narrow panel has no room for a priority column: the order shows it (unprioritised last).
    t->sortByColumn(app::InitiativeModel::Priority, Qt::AscendingOrder);
}

} // namespace

BinsView::BinsView(QWidget* parent)
    : QWidget(parent), m_proxy(new app::BinFilterModel(this)), m_inBinProxy(new app::InitiativeFilterModel(this)),
      m_unassignedProxy(new app::InitiativeFilterModel(this)), m_toolbar(new QToolBar(this)),
      m_search(new QLineEdit(this)), m_statusFilter(new QComboBox(this)), m_domainFilter(new QComboBox(this)),
      m_ownerFilter(new QComboBox(this)), m_count(new QLabel(this)), m_table(new QTableView(this)),
      m_splitter(new QSplitter(Qt::Horizontal, this)), m_binTitle(new QLabel(this)), m_inBin(new QTableView(this)),
      m_unassignedTitle(new QLabel(this)), m_unassignedSearch(new QLineEdit(this)), m_unassigned(new QTableView(this)),
      m_guardrails(new QLabel(this)), m_guardrailsTimer(new QTimer(this))
{
    m_inBinProxy->setBinFilter(NoBin);
    m_unassignedProxy->setBinFilter(0);

    m_search->setPlaceholderText(tr("Search bin code or name…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search bins"));
    m_statusFilter->setAccessibleName(tr("Filter by status"));
    m_statusFilter->addItem(tr("All statuses"), -1);
    for (int s = 0; s < core::BinStatusCount; ++s) {
        m_statusFilter->addItem(app::Text::binStatus(core::BinStatus(s)), s);
    }
    m_domainFilter->setAccessibleName(tr("Filter by domain"));
    m_ownerFilter->setAccessibleName(tr("Filter by owner"));
    auto* filterBar = new QHBoxLayout;
    filterBar->addWidget(m_search, 3);
    filterBar->addWidget(m_statusFilter, 1);
    filterBar->addWidget(m_domainFilter, 1);
    filterBar->addWidget(m_ownerFilter, 1);
    filterBar->addWidget(m_count);

    m_table->setModel(m_proxy);
    m_table->setAccessibleName(tr("Project bins"));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(app::BinModel::Code, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    // Double-click and Enter open the bin; F2 or typing edits a cell in place.
    m_table->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionsMovable(true);
    // Initiatives are dropped onto a bin's row (never between rows).
    m_table->setAcceptDrops(true);
    m_table->setDragDropMode(QAbstractItemView::DropOnly);
    m_table->setDragDropOverwriteMode(true);
    m_table->setDropIndicatorShown(true);
    m_table->setDefaultDropAction(Qt::CopyAction);
    auto* choices = new ChoiceDelegate(app::BinModel::ChoicesRole, this);
    for (int c : {app::BinModel::Domain, app::BinModel::Owner, app::BinModel::Status, app::BinModel::Horizon}) {
        m_table->setItemDelegateForColumn(c, choices);
    }

    // The panel: the selected bin's initiatives over the unassigned ones.
    setUpInitiativeTable(m_inBin, tr("Initiatives in the selected bin"));
    setUpInitiativeTable(m_unassigned, tr("Unassigned initiatives"));
    m_inBin->setModel(m_inBinProxy);
    m_unassigned->setModel(m_unassignedProxy);
    m_inBin->setToolTip(tr("Drag initiatives onto another bin's row to move them; drop initiatives here to add "
                           "them to this bin."));
    m_unassigned->setToolTip(tr("Drag initiatives onto a bin's row; drop initiatives here to take them out of "
                                "their bin."));
    m_binTitle->setWordWrap(true);
    QFont titleFont = m_binTitle->font();
    titleFont.setBold(true);
    m_binTitle->setFont(titleFont);
    m_unassignedTitle->setFont(titleFont);
    m_unassignedSearch->setPlaceholderText(tr("Search unassigned initiatives…"));
    m_unassignedSearch->setClearButtonEnabled(true);
    m_unassignedSearch->setAccessibleName(tr("Search unassigned initiatives"));
    auto move = [this](const QList<qint64>& ids, core::Id bin) {
        if (m_portfolio) {
            app::BinEdits::move(*m_portfolio, ids, bin);
        }
    };
    m_inBin->viewport()->installEventFilter(new InitiativeDropFilter(
        [this]() -> std::optional<core::Id> {
            return currentBin() != 0 && m_portfolio && !m_portfolio->isReadOnly() ? std::optional(currentBin())
                                                                                  : std::nullopt;
        },
        move, this));
    m_unassigned->viewport()->installEventFilter(new InitiativeDropFilter(
        [this]() -> std::optional<core::Id> {
            return m_portfolio && !m_portfolio->isReadOnly() ? std::optional<core::Id>(0) : std::nullopt;
        },
        move, this));

    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_binTitle);
    topLayout->addWidget(m_inBin, 1);
    auto* bottom = new QWidget(this);
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_unassignedTitle);
    bottomLayout->addWidget(m_unassignedSearch);
    bottomLayout->addWidget(m_unassigned, 1);
    auto* panel = new QSplitter(Qt::Vertical, this);
    panel->addWidget(top);
    panel->addWidget(bottom);
    panel->setChildrenCollapsible(false);

    m_splitter->addWidget(m_table);
    m_splitter->addWidget(panel);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({1000, 250});
    m_splitter->setChildrenCollapsible(false);

    // Actions: in the view's own toolbar, so their keys work while it is shown.
    m_new = new QAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("&New Bin…"), this);
    m_new->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    m_new->setToolTip(tr("Add a project bin (Ctrl+Shift+B)"));
    m_edit = new QAction(QIcon::fromTheme(QStringLiteral("document-properties")), tr("&Edit Bin…"), this);
    m_edit->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    m_edit->setShortcutContext(Qt::WidgetShortcut);
    m_edit->setToolTip(tr("Edit the selected bin and its predecessors (Enter or double-click)"));
    m_delete = new QAction(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("&Delete Bin"), this);
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetShortcut);
    m_delete->setToolTip(tr("Delete the selected bin; its initiatives become unassigned (Del)"));
    m_derive = new QAction(tr("De&rive Priorities"), this);
    m_derive->setToolTip(tr("Number the bins 1…n by their initiatives' priorities (best first)"));
    m_removeFromBin = new QAction(tr("&Remove from Bin"), this);
    m_removeFromBin->setShortcut(QKeySequence::Delete);
    m_removeFromBin->setShortcutContext(Qt::WidgetShortcut);
    m_removeFromBin->setToolTip(tr("Take the selected initiatives out of this bin (Del)"));
    m_charter = new QAction(QIcon::fromTheme(QStringLiteral("x-office-document")), tr("C&harter…"), this);
    m_charter->setObjectName(QStringLiteral("charter"));
    m_charter->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    m_charter->setToolTip(tr("Edit the selected bin's charter: objectives, scope, phases, definition of done "
                             "(Ctrl+Shift+H)"));
    m_exportCharter = new QAction(tr("E&xport Charter…"), this);
    m_exportCharter->setObjectName(QStringLiteral("exportCharter"));
    m_exportCharter->setToolTip(tr("Write the selected bin's charter to a one- or two-page PDF"));
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolbar->addAction(m_new);
    m_toolbar->addAction(m_edit);
    m_toolbar->addAction(m_delete);
    m_toolbar->addSeparator();
    m_toolbar->addAction(m_derive);
    m_toolbar->addAction(m_removeFromBin);
    m_toolbar->addSeparator();
    m_toolbar->addAction(m_charter);
    m_toolbar->addAction(m_exportCharter);
    m_table->addAction(m_edit);
    m_table->addAction(m_delete);
    m_table->addAction(m_charter);
    m_table->addAction(m_exportCharter);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_inBin->addAction(m_removeFromBin);
    connect(m_new, &QAction::triggered, this, &BinsView::newBin);
    connect(m_edit, &QAction::triggered, this, &BinsView::editCurrentBin);
    connect(m_delete, &QAction::triggered, this, &BinsView::deleteCurrentBin);
    connect(m_derive, &QAction::triggered, this, &BinsView::derivePriorities);
    connect(m_removeFromBin, &QAction::triggered, this, &BinsView::removeFromBin);
    connect(m_charter, &QAction::triggered, this, &BinsView::editCurrentCharter);
    connect(m_exportCharter, &QAction::triggered, this, &BinsView::exportCurrentCharter);
    connect(m_table, &QTableView::doubleClicked, this, &BinsView::editCurrentBin);

    // The guardrails crossed (budget, capacity, pillars): a slim banner, there only when something is wrong.
    m_guardrails->setObjectName(QStringLiteral("guardrails"));
    m_guardrails->setWordWrap(true);
    m_guardrails->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_guardrails->setAccessibleName(tr("Guardrails crossed"));
    m_guardrails->setStyleSheet(QStringLiteral("QLabel#guardrails { background: #fff3cd; color: #5c4400; "
                                               "border: 1px solid #e8c66a; border-radius: 3px; padding: 4px 8px; }"));
    m_guardrails->hide();
    // A burst of change signals (one edit touches bins, domains and the program) recomputes once.
    m_guardrailsTimer->setSingleShot(true);
    m_guardrailsTimer->setInterval(0);
    connect(m_guardrailsTimer, &QTimer::timeout, this, &BinsView::updateGuardrails);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_toolbar);
    layout->addLayout(filterBar);
    layout->addWidget(m_guardrails);
    layout->addWidget(m_splitter, 1);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &app::BinFilterModel::setSearchText);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setStatusFilter(m_statusFilter->currentData().toInt()); });
    connect(m_domainFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setDomainFilter(m_domainFilter->currentData().toLongLong()); });
    connect(m_ownerFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setOwnerFilter(m_ownerFilter->currentData().toLongLong()); });
    connect(m_unassignedSearch, &QLineEdit::textChanged, m_unassignedProxy, &app::InitiativeFilterModel::setSearchText);
    for (auto* model : {static_cast<QAbstractItemModel*>(m_proxy), static_cast<QAbstractItemModel*>(m_inBinProxy),
                        static_cast<QAbstractItemModel*>(m_unassignedProxy)}) {
        connect(model, &QAbstractItemModel::rowsInserted, this, &BinsView::updateCount);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &BinsView::updateCount);
        connect(model, &QAbstractItemModel::modelReset, this, &BinsView::updateCount);
        connect(model, &QAbstractItemModel::layoutChanged, this, &BinsView::updateCount);
    }
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updatePanel();
        updateActions();
    });
    connect(m_inBin->selectionModel(), &QItemSelectionModel::selectionChanged, this, &BinsView::updateActions);
    setPortfolio(nullptr);
}

void BinsView::setPortfolio(app::Portfolio* portfolio)
{
    if (m_portfolio) {
        disconnect(m_portfolio, nullptr, this, nullptr);
    }
    m_proxy->setSourceModel(nullptr);
    m_inBinProxy->setSourceModel(nullptr);
    m_unassignedProxy->setSourceModel(nullptr);
    delete m_model;
    m_model = nullptr;
    delete m_initiatives;
    m_initiatives = nullptr;
    m_portfolio = portfolio;
    if (portfolio) {
        for (auto signal :
             {&app::Portfolio::domainAdded, &app::Portfolio::domainChanged, &app::Portfolio::domainRemoved,
              &app::Portfolio::personAdded, &app::Portfolio::personChanged, &app::Portfolio::personRemoved}) {
            connect(portfolio, signal, this, &BinsView::rebuildFilters);
        }
        connect(portfolio, &app::Portfolio::binsChanged, this, [this] {
            rebuildFilters();
            updatePanel();
        });
        // What the guardrails read: bins and their tasks' estimates, envelopes, capacities, pillars and the
        // initiatives serving them.
        for (auto signal :
             {&app::Portfolio::binsChanged, &app::Portfolio::programChanged, &app::Portfolio::pillarsChanged}) {
            connect(portfolio, signal, this, [this] { m_guardrailsTimer->start(); });
        }
        for (auto signal :
             {&app::Portfolio::domainAdded, &app::Portfolio::domainChanged, &app::Portfolio::domainRemoved,
              &app::Portfolio::initiativeAdded, &app::Portfolio::initiativeChanged, &app::Portfolio::initiativeRemoved,
              &app::Portfolio::taskAdded, &app::Portfolio::taskChanged, &app::Portfolio::taskRemoved}) {
            connect(portfolio, signal, this, [this] { m_guardrailsTimer->start(); });
        }
        if (isVisible()) {
            ensureBuilt();
        }
    }
    rebuildFilters();
    updatePanel();
    updateCount();
    updateActions();
    updateGuardrails();
}

void BinsView::updateGuardrails()
{
    const QStringList alerts =
        m_portfolio ? app::StrategyCheck(*m_portfolio).alerts(m_portfolio->now().date()) : QStringList();
    m_guardrails->setText(alerts.join(QLatin1Char('\n')));
    m_guardrails->setVisible(!alerts.isEmpty());
}

void BinsView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    ensureBuilt();
}

void BinsView::ensureBuilt()
{
    if (!m_portfolio || m_model) {
        return;
    }
    m_model = new app::BinModel(m_portfolio, this);
    m_model->setOverrideAsker([this](const core::ProjectBin& bin, const QStringList& open) {
        return CharterDialog::askDoneOverride(this, bin, open);
    });
    m_proxy->setSourceModel(m_model);
    m_initiatives = new app::InitiativeModel(m_portfolio, this);
    m_inBinProxy->setSourceModel(m_initiatives);
    m_unassignedProxy->setSourceModel(m_initiatives);
    showInitiativeColumns(m_inBin);
    showInitiativeColumns(m_unassigned);

    m_table->resizeColumnsToContents();
    // Long texts get a reasonable share; the tooltip and the dialog show the rest.
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('x'));
    for (auto [column, cap] : {std::pair{int(app::BinModel::Name), 24}, std::pair{int(app::BinModel::Domain), 14},
                               std::pair{int(app::BinModel::Owner), 13}}) {
        m_table->setColumnWidth(column, qMin(m_table->columnWidth(column), em * cap));
    }
    // Short numbers under long headers: the header's words are enough (the sort arrow overlaps a little).
    for (int column : {int(app::BinModel::Priority), int(app::BinModel::Initiatives), int(app::BinModel::Budget)}) {
        const QString header = m_proxy->headerData(column, Qt::Horizontal).toString();
        m_table->setColumnWidth(column,
                                qMin(m_table->columnWidth(column),
                                     m_table->horizontalHeader()->fontMetrics().horizontalAdvance(header) + em * 2));
    }
    if (m_proxy->rowCount() > 0) {
        m_table->selectionModel()->setCurrentIndex(m_proxy->index(0, app::BinModel::Name),
                                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    updatePanel();
    updateCount();
    updateActions();
}

void BinsView::rebuildFilters()
{
    // Domains: all of them; owners: the people who own a bin (a program may have hundreds of people).
    const core::Id domain = m_domainFilter->currentData().toLongLong();
    const core::Id owner = m_ownerFilter->currentData().toLongLong();
    {
        QSignalBlocker blockDomain(m_domainFilter);
        QSignalBlocker blockOwner(m_ownerFilter);
        m_domainFilter->clear();
        m_domainFilter->addItem(tr("All domains"), qint64(0));
        m_ownerFilter->clear();
        m_ownerFilter->addItem(tr("All owners"), qint64(0));
        if (m_portfolio) {
            for (const auto& d : m_portfolio->domains()) {
                QPixmap swatch(12, 12);
                swatch.fill(QColor::fromString(d.color));
                m_domainFilter->addItem(QIcon(swatch), d.name, d.id);
            }
            QSet<core::Id> owners;
            for (const auto& b : m_portfolio->bins()) {
                owners.insert(b.ownerId);
            }
            QList<const core::Person*> people;
            for (const auto& p : m_portfolio->people()) {
                if (owners.contains(p.id)) {
                    people.append(&p);
                }
            }
            std::sort(people.begin(), people.end(), [](const core::Person* a, const core::Person* b) {
                return QString::localeAwareCompare(a->name, b->name) < 0;
            });
            for (const core::Person* p : std::as_const(people)) {
                m_ownerFilter->addItem(p->name, p->id);
            }
        }
        m_domainFilter->setCurrentIndex(qMax(0, m_domainFilter->findData(domain)));
        m_ownerFilter->setCurrentIndex(qMax(0, m_ownerFilter->findData(owner)));
    }
    m_proxy->setDomainFilter(m_domainFilter->currentData().toLongLong());
    m_proxy->setOwnerFilter(m_ownerFilter->currentData().toLongLong());
}

void BinsView::updateCount()
{
    const int total = m_model ? m_model->rowCount() : 0;
    const int shown = m_proxy->rowCount();
    m_count->setText(shown == total ? tr("%n bin(s)", nullptr, total)
                                    : tr("%1 of %n bin(s)", nullptr, total).arg(shown));
    m_unassignedTitle->setText(tr("Unassigned initiatives (%1)").arg(m_unassignedProxy->rowCount()));
    updatePanel();
}

void BinsView::updatePanel()
{
    const core::ProjectBin* bin = m_portfolio && m_model ? m_portfolio->bin(currentBin()) : nullptr;
    m_inBinProxy->setBinFilter(bin ? bin->id : NoBin);
    m_inBin->setEnabled(bin != nullptr);
    if (!bin) {
        m_binTitle->setText(m_portfolio ? tr("Select a bin to see its initiatives.") : QString());
        return;
    }
    m_binTitle->setText(tr("%1 — %2: %n initiative(s)", nullptr, m_inBinProxy->rowCount()).arg(bin->code, bin->name));
}

void BinsView::updateActions()
{
    const bool writable = m_portfolio && !m_portfolio->isReadOnly();
    const bool hasBin = currentBin() != 0;
    m_new->setEnabled(writable);
    m_edit->setEnabled(m_portfolio && hasBin);
    m_delete->setEnabled(writable && hasBin);
    m_derive->setEnabled(writable && m_portfolio && !m_portfolio->bins().empty());
    m_removeFromBin->setEnabled(writable && hasBin && !selectedInBin().isEmpty());
    m_charter->setEnabled(m_portfolio && hasBin);
    m_exportCharter->setEnabled(m_portfolio && hasBin);
}

core::Id BinsView::currentBin() const
{
    const QModelIndexList rows =
        m_table->selectionModel() ? m_table->selectionModel()->selectedRows() : QModelIndexList();
    return rows.isEmpty() ? 0 : rows.first().data(app::BinModel::IdRole).toLongLong();
}

void BinsView::selectBin(core::Id id)
{
    ensureBuilt();
    if (!m_model || m_model->rowOf(id) < 0) {
        return;
    }
    QModelIndex at = m_proxy->mapFromSource(m_model->index(m_model->rowOf(id), app::BinModel::Name));
    if (!at.isValid()) {
        // Hidden by the filters: clear them so the user sees the bin they asked for.
        m_search->clear();
        m_statusFilter->setCurrentIndex(0);
        m_domainFilter->setCurrentIndex(0);
        m_ownerFilter->setCurrentIndex(0);
        at = m_proxy->mapFromSource(m_model->index(m_model->rowOf(id), app::BinModel::Name));
    }
    m_table->selectionModel()->setCurrentIndex(at, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(at);
}

QList<core::Id> BinsView::selectedInBin() const
{
    QList<core::Id> ids;
    for (const QModelIndex& row : m_inBin->selectionModel()->selectedRows()) {
        ids.append(row.data(app::InitiativeModel::IdRole).toLongLong());
    }
    return ids;
}

void BinsView::newBin()
{
    if (!m_portfolio) {
        return;
    }
    const core::Id id = BinDialog::newBin(this, m_portfolio);
    if (id != 0) {
        selectBin(id);
        emit message(tr("Added %1. Drag initiatives onto its row to fill it.").arg(m_portfolio->bin(id)->code));
    }
}

void BinsView::editCurrentBin()
{
    if (m_portfolio && currentBin() != 0) {
        BinDialog::editBin(this, m_portfolio, currentBin());
    }
}

void BinsView::deleteCurrentBin()
{
    const core::ProjectBin* bin = m_portfolio ? m_portfolio->bin(currentBin()) : nullptr;
    if (!bin) {
        return;
    }
    const QString code = bin->code;
    app::ChangeSet changes = app::BinEdits::deleteBin(*m_portfolio, bin->id);
    const int held = int(changes.initiatives.size());
    const int links = int(changes.dependencies.size());
    QString text = tr("Delete %1 “%2”?").arg(code, bin->name);
    if (held > 0) {
        text += QLatin1Char(' ') + tr("Its %n initiative(s) will be unassigned.", nullptr, held);
    }
    if (links > 0) {
        text += QLatin1Char(' ') + tr("Its %n dependenc(ies) will be removed.", nullptr, links);
    }
    text += QLatin1Char(' ') + tr("Undo brings everything back.");
    if (!Dialogs::question(this, tr("Delete Bin"), text)) {
        return;
    }
    const int row = m_table->currentIndex().row();
    if (m_portfolio->submit(tr("Delete %1").arg(code), std::move(changes))) {
        emit message(tr("Deleted %1. Undo with %2.")
                         .arg(code, QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)));
        if (m_proxy->rowCount() > 0) {
            m_table->selectionModel()->setCurrentIndex(
                m_proxy->index(qBound(0, row, m_proxy->rowCount() - 1), app::BinModel::Name),
                QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        }
    }
}

void BinsView::derivePriorities()
{
    if (!m_portfolio) {
        return;
    }
    app::ChangeSet changes = app::BinEdits::derivePriorities(*m_portfolio);
    if (changes.isEmpty()) {
        emit message(tr("The bins' priorities already follow their initiatives' priorities."));
        return;
    }
    const int n = int(changes.bins.size());
    if (m_portfolio->submit(tr("Derive bin priorities"), std::move(changes))) {
        m_table->sortByColumn(app::BinModel::Priority, Qt::AscendingOrder);
        emit message(tr("%n bin priorit(ies) changed to follow their initiatives.", nullptr, n));
    }
}

void BinsView::removeFromBin()
{
    if (m_portfolio) {
        app::BinEdits::move(*m_portfolio, selectedInBin(), 0);
    }
}

void BinsView::editCurrentCharter()
{
    if (m_portfolio && currentBin() != 0) {
        CharterDialog::edit(this, m_portfolio, currentBin());
    }
}

void BinsView::exportCurrentCharter()
{
    if (!m_portfolio || currentBin() == 0) {
        return;
    }
    const QString path = CharterExport::exportInteractively(this, m_portfolio, currentBin());
    if (!path.isEmpty()) {
        emit message(tr("Exported the charter of %1 to %2").arg(m_portfolio->bin(currentBin())->code, path));
    }
}

} // namespace tiller::gui
