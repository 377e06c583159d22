#include "tiller/gui/BinDialog.h"

#include "tiller/app/BinEdits.h"
#include "tiller/app/CharterEdits.h"
#include "tiller/app/Portfolio.h"
#include "tiller/app/Text.h"
#include "tiller/core/Validation.h"
#include "tiller/gui/CharterDialog.h"
#include "tiller/gui/Dialogs.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace tiller::gui {

namespace {

enum PredecessorColumn
{
    BinColumn,
    LagColumn
};

void selectData(QComboBox* combo, const QVariant& value)
{
    combo->setCurrentIndex(qMax(0, combo->findData(value)));
}

} // namespace

BinDialog::BinDialog(app::Portfolio* portfolio, const core::ProjectBin& bin, QWidget* parent)
    : QDialog(parent), m_portfolio(portfolio), m_bin(bin), m_code(new QLineEdit(this)), m_name(new QLineEdit(this)),
      m_domain(new QComboBox(this)), m_owner(new QComboBox(this)), m_status(new QComboBox(this)),
      m_priority(new QSpinBox(this)), m_horizon(new QComboBox(this)), m_dated(new QCheckBox(tr("&Dated"), this)),
      m_start(new QDateEdit(this)), m_end(new QDateEdit(this)), m_budget(new QDoubleSpinBox(this)),
      m_effort(new QDoubleSpinBox(this)), m_predecessors(new QTableWidget(0, 2, this)), m_choice(new QComboBox(this)),
      m_error(new QLabel(this))
{
    setWindowTitle(bin.id == 0 ? tr("New Bin") : tr("Bin %1").arg(bin.code));
    // Names for tests and accessibility tools.
    m_code->setObjectName(QStringLiteral("code"));
    m_name->setObjectName(QStringLiteral("name"));
    m_domain->setObjectName(QStringLiteral("domain"));
    m_owner->setObjectName(QStringLiteral("owner"));
    m_status->setObjectName(QStringLiteral("status"));
    m_priority->setObjectName(QStringLiteral("priority"));
    m_horizon->setObjectName(QStringLiteral("horizon"));
    m_dated->setObjectName(QStringLiteral("dated"));
    m_start->setObjectName(QStringLiteral("start"));
    m_end->setObjectName(QStringLiteral("end"));
    m_budget->setObjectName(QStringLiteral("budget"));
    m_effort->setObjectName(QStringLiteral("effort"));
    m_predecessors->setObjectName(QStringLiteral("predecessors"));
    m_choice->setObjectName(QStringLiteral("predecessorChoice"));
    m_error->setObjectName(QStringLiteral("error"));

    m_code->setText(bin.code);
    m_name->setText(bin.name);
    m_domain->addItem(tr("(none)"), qint64(0));
    for (const auto& d : portfolio->domains()) {
        QPixmap swatch(12, 12);
        swatch.fill(QColor::fromString(d.color));
        m_domain->addItem(QIcon(swatch), d.name, d.id);
    }
    selectData(m_domain, bin.domainId);
    m_owner->addItem(tr("(none)"), qint64(0));
    for (const auto& p : portfolio->people()) {
        m_owner->addItem(p.name, p.id);
    }
    selectData(m_owner, bin.ownerId);
    for (int s = 0; s < core::BinStatusCount; ++s) {
        m_status->addItem(app::Text::binStatus(core::BinStatus(s)), s);
    }
    selectData(m_status, int(bin.status));
    m_priority->setRange(0, 100000);
    m_priority->setSpecialValueText(tr("none"));
    m_priority->setValue(bin.priority);
    for (int h = 0; h < core::HorizonCount; ++h) {
        m_horizon->addItem(app::Text::horizon(core::Horizon(h)), h);
    }
    selectData(m_horizon, int(bin.horizon));
    const bool dated = bin.start.isValid() && bin.end.isValid();
    m_dated->setChecked(dated);
    m_dated->setToolTip(tr("An undated bin is planned by its horizon only."));
    for (QDateEdit* e : {m_start, m_end}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        e->setEnabled(dated);
    }
    m_start->setDate(dated ? bin.start : QDate::currentDate());
    m_end->setDate(dated ? bin.end : QDate::currentDate().addMonths(3));
    connect(m_dated, &QCheckBox::toggled, m_start, &QWidget::setEnabled);
    connect(m_dated, &QCheckBox::toggled, m_end, &QWidget::setEnabled);
    m_budget->setRange(0, 1e12);
    m_budget->setDecimals(0);
    m_budget->setGroupSeparatorShown(true);
    m_budget->setSpecialValueText(tr("unknown"));
    m_budget->setValue(bin.budget);
    m_effort->setRange(0, 1e7);
    m_effort->setDecimals(0);
    m_effort->setGroupSeparatorShown(true);
    m_effort->setSuffix(tr(" person-days"));
    m_effort->setSpecialValueText(tr("from tasks"));
    m_effort->setToolTip(tr("The load this bin puts on its domain; left at “from tasks”, the estimates of its open "
                            "tasks count instead."));
    m_effort->setValue(bin.effortDays);

    m_predecessors->setHorizontalHeaderLabels({tr("Predecessor"), tr("Lag (days)")});
    m_predecessors->horizontalHeader()->setSectionResizeMode(BinColumn, QHeaderView::Stretch);
    m_predecessors->horizontalHeader()->setSectionResizeMode(LagColumn, QHeaderView::ResizeToContents);
    m_predecessors->verticalHeader()->hide();
    m_predecessors->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_predecessors->setAccessibleName(tr("Predecessors"));
    m_predecessors->setToolTip(tr("This bin starts once each predecessor has ended, plus the lag."));
    for (const auto& d : portfolio->dependencies()) {
        if (bin.id != 0 && d.successor == bin.id) {
            addPredecessor(d.predecessor, d.lagDays);
        }
    }
    m_choice->setAccessibleName(tr("Bin to add as a predecessor"));
    auto* add = new QPushButton(tr("&Add"), this);
    add->setObjectName(QStringLiteral("addPredecessor"));
    auto* remove = new QPushButton(tr("&Remove"), this);
    remove->setObjectName(QStringLiteral("removePredecessor"));
    connect(add, &QPushButton::clicked, this, &BinDialog::addChosenPredecessor);
    connect(remove, &QPushButton::clicked, this, &BinDialog::removePredecessor);
    refreshChoices();

    m_error->setWordWrap(true);
    m_error->setForegroundRole(QPalette::Highlight);
    QFont bold = m_error->font();
    bold.setBold(true);
    m_error->setFont(bold);
    m_error->hide();

    auto* dates = new QHBoxLayout;
    dates->addWidget(m_dated);
    dates->addWidget(m_start, 1);
    dates->addWidget(new QLabel(QStringLiteral("–"), this));
    dates->addWidget(m_end, 1);
    auto* form = new QFormLayout;
    form->addRow(tr("&Code:"), m_code);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Do&main:"), m_domain);
    form->addRow(tr("&Owner:"), m_owner);
    form->addRow(tr("&Status:"), m_status);
    form->addRow(tr("&Priority:"), m_priority);
    form->addRow(tr("&Horizon:"), m_horizon);
    form->addRow(tr("Dates:"), dates);
    form->addRow(tr("&Budget:"), m_budget);
    form->addRow(tr("&Effort:"), m_effort);
    auto* chooser = new QHBoxLayout;
    chooser->addWidget(m_choice, 1);
    chooser->addWidget(add);
    chooser->addWidget(remove);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &BinDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    buttons->button(QDialogButtonBox::Ok)->setEnabled(!portfolio->isReadOnly());
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Predecessors (finish to start):"), this));
    layout->addWidget(m_predecessors, 1);
    layout->addLayout(chooser);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(560, 620);
}

bool BinDialog::editBin(QWidget* parent, app::Portfolio* portfolio, core::Id binId)
{
    const core::ProjectBin* bin = portfolio ? portfolio->bin(binId) : nullptr;
    if (!bin) {
        return false;
    }
    BinDialog dialog(portfolio, *bin, parent);
    return Dialogs::exec(dialog) == QDialog::Accepted;
}

core::Id BinDialog::newBin(QWidget* parent, app::Portfolio* portfolio)
{
    if (!portfolio) {
        return 0;
    }
    core::ProjectBin bin;
    bin.code = app::BinEdits::nextBinCode(*portfolio);
    bin.name = tr("New bin");
    BinDialog dialog(portfolio, bin, parent);
    return Dialogs::exec(dialog) == QDialog::Accepted ? dialog.m_createdId : 0;
}

core::ProjectBin BinDialog::edited() const
{
    core::ProjectBin b = m_bin;
    b.code = m_code->text().trimmed();
    b.name = m_name->text().trimmed();
    b.domainId = m_domain->currentData().toLongLong();
    b.ownerId = m_owner->currentData().toLongLong();
    b.status = core::BinStatus(m_status->currentData().toInt());
    b.priority = m_priority->value();
    b.horizon = core::Horizon(m_horizon->currentData().toInt());
    b.start = m_dated->isChecked() ? m_start->date() : QDate();
    b.end = m_dated->isChecked() ? m_end->date() : QDate();
    b.budget = m_budget->value();
    b.effortDays = m_effort->value();
    return b;
}

void BinDialog::addPredecessor(core::Id binId, int lagDays)
{
    const core::ProjectBin* b = m_portfolio->bin(binId);
    if (!b) {
        return;
    }
    const int row = m_predecessors->rowCount();
    m_predecessors->insertRow(row);
    auto* name = new QTableWidgetItem(QStringLiteral("%1 — %2").arg(b->code, b->name));
    name->setData(Qt::UserRole, binId);
    name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    m_predecessors->setItem(row, BinColumn, name);
    auto* lag = new QTableWidgetItem;
    lag->setData(Qt::EditRole, lagDays);
    lag->setToolTip(tr("Days between the predecessor's end and this bin's start"));
    m_predecessors->setItem(row, LagColumn, lag);
}

void BinDialog::addChosenPredecessor()
{
    const core::Id id = m_choice->currentData().toLongLong();
    if (id == 0) {
        return;
    }
    addPredecessor(id, 0);
    m_predecessors->selectRow(m_predecessors->rowCount() - 1);
    refreshChoices();
    m_error->hide();
}

void BinDialog::removePredecessor()
{
    const int row = m_predecessors->currentRow();
    if (row < 0) {
        return;
    }
    m_predecessors->removeRow(row);
    refreshChoices();
    m_error->hide();
}

void BinDialog::refreshChoices()
{
    QSet<core::Id> listed;
    for (int r = 0; r < m_predecessors->rowCount(); ++r) {
        listed.insert(m_predecessors->item(r, BinColumn)->data(Qt::UserRole).toLongLong());
    }
    m_choice->clear();
    for (const auto& b : m_portfolio->bins()) {
        if (b.id != m_bin.id && !listed.contains(b.id)) {
            m_choice->addItem(QStringLiteral("%1 — %2").arg(b.code, b.name), b.id);
        }
    }
    m_choice->setEnabled(m_choice->count() > 0);
}

void BinDialog::showError(const QString& text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void BinDialog::accept()
{
    const bool done = m_bin.id == 0 ? submitNew() : submitEdit();
    if (done) {
        QDialog::accept();
    }
}

bool BinDialog::submitEdit()
{
    const core::ProjectBin after = edited();
    app::ChangeSet changes;
    if (!(after == m_bin)) {
        const core::ProjectBin* current = m_portfolio->bin(m_bin.id);
        if (!current) {
            showError(tr("This bin was deleted meanwhile."));
            return false;
        }
        core::ProjectBin write = after;
        write.version = current->version;
        // Marked done with open success criteria: only with a reason, which the audit trail keeps.
        if (const QStringList open = app::CharterEdits::blockingDone(*m_portfolio, *current, write); !open.isEmpty()) {
            const std::optional<QString> reason = CharterDialog::askDoneOverride(this, *current, open);
            if (!reason) {
                showError(tr("%1 is not marked done: its definition of done is still open.").arg(current->code));
                return false;
            }
            changes.overrideReason = *reason;
        }
        changes.bins.push_back({*current, write});
    }
    // Dependencies: those gone, those whose lag changed, the new ones.
    QHash<core::Id, int> wanted; // predecessor → lag
    for (int r = 0; r < m_predecessors->rowCount(); ++r) {
        wanted.insert(m_predecessors->item(r, BinColumn)->data(Qt::UserRole).toLongLong(),
                      m_predecessors->item(r, LagColumn)->data(Qt::EditRole).toInt());
    }
    QSet<core::Id> kept;
    for (const auto& d : m_portfolio->dependencies()) {
        if (d.successor != m_bin.id) {
            continue;
        }
        if (!wanted.contains(d.predecessor)) {
            changes.dependencies.push_back({d, std::nullopt});
            continue;
        }
        kept.insert(d.predecessor);
        if (wanted.value(d.predecessor) != d.lagDays) {
            core::BinDependency changed = d;
            changed.lagDays = wanted.value(d.predecessor);
            changes.dependencies.push_back({d, changed});
        }
    }
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
        if (!kept.contains(it.key())) {
            changes.dependencies.push_back({std::nullopt, core::BinDependency{0, it.key(), m_bin.id, it.value(), 0}});
        }
    }
    if (changes.isEmpty()) {
        return true;
    }
    QString reason;
    const auto connection =
        connect(m_portfolio, &app::Portfolio::editRefused, this, [&reason](const QString& why) { reason = why; });
    const bool ok = m_portfolio->submit(tr("Edit %1").arg(m_bin.code), std::move(changes));
    disconnect(connection);
    if (!ok) {
        showError(reason);
    }
    return ok;
}

bool BinDialog::submitNew()
{
    const core::ProjectBin bin = edited();
    // Judged here as well as by the portfolio: the bin and its predecessors are two writes (the dependencies
    // need the bin's id), grouped as one undo step, and the first must not be refused half-way.
    if (bin.code.isEmpty()) {
        showError(app::Text::tr("A bin needs a code."));
        return false;
    }
    if (bin.name.isEmpty()) {
        showError(app::Text::tr("A bin needs a name."));
        return false;
    }
    for (const auto& other : m_portfolio->bins()) {
        if (core::normalizedCode(other.code) == core::normalizedCode(bin.code)) {
            showError(app::Text::tr("The code “%1” is already used by another bin.").arg(other.code));
            return false;
        }
    }
    if (bin.start.isValid() && bin.end < bin.start) {
        showError(app::Text::tr("%1 would end before it starts.").arg(bin.code));
        return false;
    }
    QString reason;
    const auto connection =
        connect(m_portfolio, &app::Portfolio::editRefused, this, [&reason](const QString& why) { reason = why; });
    const QString label = tr("New bin %1").arg(bin.code);
    const bool grouped = m_predecessors->rowCount() > 0;
    QUndoStack* stack = m_portfolio->undoStack();
    if (grouped) {
        stack->beginMacro(label);
    }
    app::ChangeSet add;
    add.bins.push_back({std::nullopt, bin});
    bool ok = m_portfolio->submit(label, std::move(add));
    if (ok) {
        for (const auto& b : m_portfolio->bins()) {
            if (core::normalizedCode(b.code) == core::normalizedCode(bin.code)) {
                m_createdId = b.id;
                m_bin = b; // from now on the dialog edits it: a second OK does not make another
            }
        }
        app::ChangeSet links;
        for (int r = 0; r < m_predecessors->rowCount(); ++r) {
            links.dependencies.push_back(
                {std::nullopt,
                 core::BinDependency{0, m_predecessors->item(r, BinColumn)->data(Qt::UserRole).toLongLong(),
                                     m_createdId, m_predecessors->item(r, LagColumn)->data(Qt::EditRole).toInt(), 0}});
        }
        ok = m_portfolio->submit(tr("Predecessors of %1").arg(bin.code), std::move(links));
    }
    if (grouped) {
        stack->endMacro();
    }
    disconnect(connection);
    if (!ok) {
        showError(reason);
    }
    return ok;
}

} // namespace tiller::gui
