#include "tiller/gui/InventoryView.h"

#include "tiller/app/InitiativeFilterModel.h"
#include "tiller/app/InitiativeModel.h"
#include "tiller/app/Portfolio.h"
#include "tiller/app/Selection.h"
#include "tiller/app/Text.h"
#include "tiller/gui/ChoiceDelegate.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace tiller::gui {

namespace {

constexpr int PainPointIdRole = Qt::UserRole + 1;

// Commits the description when the editor loses focus.
class FocusOutFilter : public QObject
{
public:
    FocusOutFilter(std::function<void()> onFocusOut, QObject* parent)
        : QObject(parent), m_onFocusOut(std::move(onFocusOut))
    {
    }
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::FocusOut) {
            m_onFocusOut();
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_onFocusOut;
};

} // namespace

InventoryView::InventoryView(app::Selection* selection, QWidget* parent)
    : QWidget(parent), m_selection(selection), m_proxy(new app::InitiativeFilterModel(this))
{
    connect(selection, &app::Selection::currentChanged, this, [this](core::Id id) {
        if (id != 0 && id != currentId()) {
            selectInitiative(id);
        }
    });
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search code, title, owner, pain points…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search initiatives"));
    m_domainFilter = new QComboBox(this);
    m_domainFilter->setAccessibleName(tr("Filter by domain"));
    m_statusFilter = new QComboBox(this);
    m_statusFilter->setAccessibleName(tr("Filter by status"));
    m_statusFilter->addItem(tr("All statuses"), -1);
    for (int s = 0; s < core::InitiativeStatusCount; ++s) {
        m_statusFilter->addItem(app::Text::status(core::InitiativeStatus(s)), s);
    }
    m_count = new QLabel(this);

    auto* filterBar = new QHBoxLayout;
    filterBar->addWidget(m_search, 3);
    filterBar->addWidget(m_domainFilter, 1);
    filterBar->addWidget(m_statusFilter, 1);
    filterBar->addWidget(m_count);

    m_table = new QTableView(this);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(app::InitiativeModel::Code, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->setAccessibleName(tr("Initiatives"));
    auto* choices = new ChoiceDelegate(app::InitiativeModel::ChoicesRole, this);
    for (int c : {app::InitiativeModel::Domain, app::InitiativeModel::Owner, app::InitiativeModel::Status,
                  app::InitiativeModel::Horizon}) {
        m_table->setItemDelegateForColumn(c, choices);
    }

    // Detail panel.
    auto* detail = new QWidget(this);
    m_detailTitle = new QLabel(detail);
    m_detailTitle->setWordWrap(true);
    QFont titleFont = m_detailTitle->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_detailTitle->setFont(titleFont);
    m_detailMeta = new QLabel(detail);
    m_detailMeta->setWordWrap(true);
    m_detailMeta->setForegroundRole(QPalette::PlaceholderText);
    m_description = new QPlainTextEdit(detail);
    m_description->setPlaceholderText(tr("What the initiative changes for customers, and how."));
    m_description->setTabChangesFocus(true);
    m_description->setAccessibleName(tr("Description"));
    m_description->installEventFilter(new FocusOutFilter([this] { commitDescription(); }, this));
    m_painPoints = new QListWidget(detail);
    m_painPoints->setAccessibleName(tr("Pain points addressed"));
    m_painPoints->setToolTip(tr("Tick the customer pain points this initiative addresses."));
    auto* descLabel = new QLabel(tr("&Description"), detail);
    descLabel->setBuddy(m_description);
    auto* painLabel = new QLabel(tr("&Pain points addressed"), detail);
    painLabel->setBuddy(m_painPoints);
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->addWidget(m_detailTitle);
    detailLayout->addWidget(m_detailMeta);
    detailLayout->addWidget(descLabel);
    detailLayout->addWidget(m_description, 2);
    detailLayout->addWidget(painLabel);
    detailLayout->addWidget(m_painPoints, 3);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({800, 280});
    m_splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filterBar);
    layout->addWidget(m_splitter, 1);

    // Actions (the main window puts them in its menus and toolbar).
    m_add = new QAction(tr("&New Initiative"), this);
    m_add->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_add->setIcon(QIcon::fromTheme(QStringLiteral("list-add")));
    m_add->setToolTip(tr("Add an initiative to the inventory (Ctrl+Shift+N)"));
    m_duplicate = new QAction(tr("D&uplicate"), this);
    m_duplicate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_duplicate->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
    m_delete = new QAction(tr("&Delete"), this);
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_delete->setIcon(QIcon::fromTheme(QStringLiteral("edit-delete")));
    m_find = new QAction(tr("&Find…"), this);
    m_find->setShortcut(QKeySequence::Find);
    connect(m_add, &QAction::triggered, this, &InventoryView::addInitiative);
    connect(m_duplicate, &QAction::triggered, this, &InventoryView::duplicateSelected);
    connect(m_delete, &QAction::triggered, this, &InventoryView::deleteSelected);
    connect(m_find, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    // Delete acts on the table only (in text fields it deletes text).
    m_table->addAction(m_delete);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &app::InitiativeFilterModel::setSearchText);
    connect(m_domainFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setDomainFilter(m_domainFilter->currentData().toLongLong()); });
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setStatusFilter(m_statusFilter->currentData().toInt()); });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(m_proxy, signal, this, &InventoryView::updateCount);
    }
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &InventoryView::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &InventoryView::updateCount);
    connect(m_painPoints, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        if (!m_updatingDetail) {
            painPointToggled(item->data(PainPointIdRole).toLongLong(), item->checkState() == Qt::Checked);
        }
    });

    setTabOrder(m_search, m_domainFilter);
    setTabOrder(m_domainFilter, m_statusFilter);
    setTabOrder(m_statusFilter, m_table);
    setTabOrder(m_table, m_description);
    setTabOrder(m_description, m_painPoints);
    setPortfolio(nullptr);
}

void InventoryView::setPortfolio(app::Portfolio* portfolio)
{
    m_detailId = 0;
    m_portfolio = portfolio;
    m_proxy->setSourceModel(nullptr);
    delete m_model;
    m_model = nullptr;
    if (portfolio) {
        m_model = new app::InitiativeModel(portfolio, this);
        m_proxy->setSourceModel(m_model);
        connect(portfolio, &app::Portfolio::initiativeChanged, this, [this](core::Id id) {
            if (id == m_detailId) {
                updateDetail();
            }
        });
        connect(portfolio, &app::Portfolio::domainAdded, this, &InventoryView::rebuildDomainFilter);
        connect(portfolio, &app::Portfolio::domainChanged, this, &InventoryView::rebuildDomainFilter);
        connect(portfolio, &app::Portfolio::domainRemoved, this, &InventoryView::rebuildDomainFilter);
        connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
            commitDescription();
            updateDetail();
            updateActions();
            m_selection->setCurrent(currentId());
        });
    }
    rebuildDomainFilter();
    m_table->resizeColumnsToContents();
    // Long texts get a reasonable share; the tooltip and detail panel show the rest.
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('x'));
    for (auto [column, cap] : {std::pair{int(app::InitiativeModel::Title), 40}, std::pair{int(app::InitiativeModel::Domain), 20},
                               std::pair{int(app::InitiativeModel::Owner), 18}}) {
        m_table->setColumnWidth(column, qMin(m_table->columnWidth(column), em * cap));
    }
    updateCount();
    if (m_proxy->rowCount() > 0) {
        m_table->selectionModel()->setCurrentIndex(m_proxy->index(0, app::InitiativeModel::Title),
                                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    updateDetail();
    updateActions();
}

void InventoryView::rebuildDomainFilter()
{
    const core::Id current = m_domainFilter->currentData().toLongLong();
    QSignalBlocker block(m_domainFilter);
    m_domainFilter->clear();
    m_domainFilter->addItem(tr("All domains"), qint64(0));
    if (m_portfolio) {
        for (const auto& d : m_portfolio->domains()) {
            QPixmap swatch(12, 12);
            swatch.fill(QColor::fromString(d.color));
            m_domainFilter->addItem(QIcon(swatch), d.name, d.id);
        }
    }
    const int at = m_domainFilter->findData(current);
    m_domainFilter->setCurrentIndex(qMax(0, at));
    if (at < 0 && current != 0) {
        m_proxy->setDomainFilter(0);
    }
}

void InventoryView::updateCount()
{
    const int total = m_model ? m_model->rowCount() : 0;
    const int shown = m_proxy->rowCount();
    m_count->setText(shown == total ? tr("%n initiative(s)", nullptr, total)
                                    : tr("%1 of %n initiative(s)", nullptr, total).arg(shown));
}

core::Id InventoryView::currentId() const
{
    const QModelIndex current = m_table->selectionModel() ? m_table->selectionModel()->currentIndex() : QModelIndex();
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row(), current.parent())) {
        const QList<core::Id> ids = selectedIds();
        return ids.isEmpty() ? 0 : ids.first();
    }
    return current.data(app::InitiativeModel::IdRole).toLongLong();
}

QList<core::Id> InventoryView::selectedIds() const
{
    QList<core::Id> ids;
    if (!m_table->selectionModel()) {
        return ids;
    }
    for (const QModelIndex& row : m_table->selectionModel()->selectedRows()) {
        ids.append(row.data(app::InitiativeModel::IdRole).toLongLong());
    }
    return ids;
}

void InventoryView::selectInitiative(core::Id id)
{
    if (!m_model) {
        return;
    }
    const int row = m_model->rowOf(id);
    if (row < 0) {
        return;
    }
    QModelIndex proxyIndex = m_proxy->mapFromSource(m_model->index(row, app::InitiativeModel::Title));
    if (!proxyIndex.isValid()) {
        // Hidden by the filter: clear it so the user sees what they just made.
        m_search->clear();
        m_domainFilter->setCurrentIndex(0);
        m_statusFilter->setCurrentIndex(0);
        proxyIndex = m_proxy->mapFromSource(m_model->index(row, app::InitiativeModel::Title));
    }
    m_table->selectionModel()->setCurrentIndex(proxyIndex, QItemSelectionModel::ClearAndSelect |
                                                               QItemSelectionModel::Rows);
    m_table->scrollTo(proxyIndex);
}

void InventoryView::addInitiative()
{
    if (!m_portfolio) {
        return;
    }
    core::Initiative i;
    i.code = m_portfolio->nextInitiativeCode();
    i.title = tr("New initiative");
    // Start from the filters in use: a user filtering on a domain adds to it.
    i.domainId = m_domainFilter->currentData().toLongLong();
    app::ChangeSet changes;
    changes.initiatives.push_back({std::nullopt, i});
    if (m_portfolio->submit(tr("New initiative %1").arg(i.code), std::move(changes))) {
        const core::Id id = m_portfolio->initiatives().back().id;
        selectInitiative(id);
        const QModelIndex title = m_proxy->mapFromSource(m_model->index(m_model->rowOf(id), app::InitiativeModel::Title));
        m_table->setFocus();
        m_table->edit(title);
    }
}

void InventoryView::duplicateSelected()
{
    if (!m_portfolio) {
        return;
    }
    app::ChangeSet changes;
    QStringList taken; // codes picked in this command, not stored yet
    for (core::Id id : selectedIds()) {
        const core::Initiative* src = m_portfolio->initiative(id);
        if (!src) {
            continue;
        }
        core::Initiative copy = *src;
        copy.id = 0;
        copy.version = 0;
        copy.priority = 0;
        const QString code = m_portfolio->nextInitiativeCode(taken);
        taken.append(code);
        copy.code = code;
        copy.title = tr("Copy of %1").arg(src->title).left(core::MaxTitleLength);
        changes.initiatives.push_back({std::nullopt, copy});
    }
    if (changes.initiatives.empty()) {
        return;
    }
    const int n = int(changes.initiatives.size());
    const QString label = n == 1 ? tr("Duplicate as %1").arg(changes.initiatives.front().after->code)
                                 : tr("Duplicate %n initiatives", nullptr, n);
    if (m_portfolio->submit(label, std::move(changes))) {
        selectInitiative(m_portfolio->initiatives().back().id);
        emit message(tr("Duplicated %n initiative(s).", nullptr, n));
    }
}

void InventoryView::deleteSelected()
{
    if (!m_portfolio) {
        return;
    }
    app::ChangeSet changes;
    for (core::Id id : selectedIds()) {
        if (const core::Initiative* i = m_portfolio->initiative(id)) {
            changes.initiatives.push_back({*i, std::nullopt});
        }
    }
    if (changes.initiatives.empty()) {
        return;
    }
    const int n = int(changes.initiatives.size());
    const QString label = n == 1 ? tr("Delete %1").arg(changes.initiatives.front().before->code)
                                 : tr("Delete %n initiatives", nullptr, n);
    // Keep the user's place: select the row that follows the deleted ones.
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    int nextRow = rows.isEmpty() ? 0 : rows.last().row() + 1 - n;
    m_detailId = 0;
    if (m_portfolio->submit(label, std::move(changes))) {
        emit message(tr("Deleted %n initiative(s). Undo with %1.", nullptr, n)
                         .arg(QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)));
        nextRow = qBound(0, nextRow, m_proxy->rowCount() - 1);
        if (m_proxy->rowCount() > 0) {
            m_table->selectionModel()->setCurrentIndex(m_proxy->index(nextRow, app::InitiativeModel::Title),
                                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        }
    }
}

void InventoryView::commitDescription()
{
    if (!m_portfolio || m_detailId == 0 || m_updatingDetail) {
        return;
    }
    const core::Initiative* current = m_portfolio->initiative(m_detailId);
    if (!current || current->description == m_description->toPlainText()) {
        return;
    }
    core::Initiative after = *current;
    after.description = m_description->toPlainText();
    app::ChangeSet changes;
    changes.initiatives.push_back({*current, after});
    m_portfolio->submit(tr("Edit description of %1").arg(current->code), std::move(changes));
}

void InventoryView::painPointToggled(core::Id painPoint, bool linked)
{
    const core::Initiative* current = m_portfolio ? m_portfolio->initiative(m_detailId) : nullptr;
    const core::PainPoint* pp = m_portfolio ? m_portfolio->painPoint(painPoint) : nullptr;
    if (!current || !pp) {
        return;
    }
    core::Initiative after = *current;
    if (linked) {
        after.painPoints.append(painPoint);
        std::sort(after.painPoints.begin(), after.painPoints.end());
    } else {
        after.painPoints.removeAll(painPoint);
    }
    if (after == *current) {
        return;
    }
    app::ChangeSet changes;
    changes.initiatives.push_back({*current, after});
    const QString label = linked ? tr("Link %1 to “%2”").arg(current->code, pp->title)
                                 : tr("Unlink %1 from “%2”").arg(current->code, pp->title);
    if (!m_portfolio->submit(label, std::move(changes))) {
        updateDetail(); // put the tick back as it is stored
    }
}

void InventoryView::updateDetail()
{
    m_updatingDetail = true;
    const core::Id id = m_portfolio ? currentId() : 0;
    const core::Initiative* i = m_portfolio ? m_portfolio->initiative(id) : nullptr;
    m_detailId = i ? i->id : 0;
    const bool editable = i && !m_portfolio->isReadOnly();
    m_description->setEnabled(i != nullptr);
    m_description->setReadOnly(!editable);
    m_painPoints->setEnabled(i != nullptr);
    if (!i) {
        m_detailTitle->setText(m_portfolio ? tr("No initiative selected") : QString());
        m_detailMeta->clear();
        m_description->clear();
        m_painPoints->clear();
        m_updatingDetail = false;
        return;
    }
    m_detailTitle->setText(QStringLiteral("%1 — %2").arg(i->code, i->title));
    QStringList meta;
    if (const core::Domain* d = m_portfolio->domain(i->domainId)) {
        meta.append(d->name);
    }
    meta.append(app::Text::status(i->status));
    if (const core::Person* p = m_portfolio->person(i->ownerId)) {
        meta.append(tr("owner: %1").arg(p->name));
    }
    if (i->budget > 0) {
        meta.append(tr("budget %1").arg(QLocale().toString(i->budget, 'f', 0)));
    }
    if (i->reach > 0) {
        meta.append(tr("reach %1").arg(QLocale().toString(i->reach, 'f', 0)));
    }
    m_detailMeta->setText(meta.join(QStringLiteral(" · ")));
    if (m_description->toPlainText() != i->description) {
        m_description->setPlainText(i->description);
    }
    // Pain points under their journey stage (a header row), in journey order;
    // the ticked ones stand out in bold.
    m_painPoints->clear();
    QFont headerFont = m_painPoints->font();
    headerFont.setBold(true);
    QListWidgetItem* firstLinked = nullptr;
    for (const auto& stage : m_portfolio->stages()) {
        bool header = false;
        for (const auto& pp : m_portfolio->painPoints()) {
            if (pp.stageId != stage.id) {
                continue;
            }
            if (!header) {
                auto* h = new QListWidgetItem(stage.name, m_painPoints);
                h->setFlags(Qt::ItemIsEnabled); // a heading: not selectable, not checkable
                h->setFont(headerFont);
                header = true;
            }
            auto* item = new QListWidgetItem(pp.title, m_painPoints);
            item->setData(PainPointIdRole, pp.id);
            item->setToolTip(pp.description.isEmpty() ? pp.title : pp.description);
            Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
            if (editable) {
                flags |= Qt::ItemIsUserCheckable;
            }
            item->setFlags(flags);
            const bool linked = i->painPoints.contains(pp.id);
            item->setCheckState(linked ? Qt::Checked : Qt::Unchecked);
            if (linked) {
                QFont f = item->font();
                f.setBold(true);
                item->setFont(f);
                firstLinked = firstLinked ? firstLinked : item;
            }
        }
    }
    if (firstLinked) {
        m_painPoints->scrollToItem(firstLinked, QAbstractItemView::PositionAtCenter);
    }
    m_updatingDetail = false;
}

void InventoryView::updateActions()
{
    const bool writable = m_portfolio && !m_portfolio->isReadOnly();
    const bool hasSelection = !selectedIds().isEmpty();
    m_add->setEnabled(writable);
    m_duplicate->setEnabled(writable && hasSelection);
    m_delete->setEnabled(writable && hasSelection);
    m_find->setEnabled(m_portfolio != nullptr);
}

} // namespace tiller::gui
