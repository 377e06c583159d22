#include "tiller/gui/CharterDialog.h"

#include "tiller/app/Portfolio.h"
#include "tiller/app/Text.h"
#include "tiller/gui/CharterExport.h"
#include "tiller/gui/Dialogs.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tiller::gui {

namespace {

enum PhaseColumn
{
    NameColumn,
    StartColumn,
    EndColumn,
    ReachedColumn,
    PhaseColumnCount
};

constexpr int IdRole = Qt::UserRole;

QTableWidgetItem* dateItem(const QDate& date)
{
    auto* item = new QTableWidgetItem;
    if (date.isValid()) {
        item->setData(Qt::EditRole, date);
    }
    return item;
}

// A date cell: edited with a date editor (a QDate), or typed as text when it started empty.
QDate dateOf(const QTableWidgetItem* item)
{
    if (!item) {
        return {};
    }
    const QVariant v = item->data(Qt::EditRole);
    if (v.metaType().id() == QMetaType::QDate) {
        return v.toDate();
    }
    return QDate::fromString(v.toString().trimmed(), Qt::ISODate);
}

// Dates shown and edited as 2026-03-31, as everywhere else in Tiller; an empty cell is "no date".
class DateDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QString displayText(const QVariant& value, const QLocale& locale) const override
    {
        if (value.metaType().id() == QMetaType::QDate) {
            return value.toDate().toString(Qt::ISODate);
        }
        return QStyledItemDelegate::displayText(value, locale);
    }
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const override
    {
        auto* editor = new QDateEdit(parent);
        editor->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        editor->setCalendarPopup(true);
        return editor;
    }
    void setEditorData(QWidget* editor, const QModelIndex& index) const override
    {
        const QVariant v = index.data(Qt::EditRole);
        QDate date =
            v.metaType().id() == QMetaType::QDate ? v.toDate() : QDate::fromString(v.toString().trimmed(), Qt::ISODate);
        static_cast<QDateEdit*>(editor)->setDate(date.isValid() ? date : QDate::currentDate());
    }
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override
    {
        model->setData(index, static_cast<QDateEdit*>(editor)->date(), Qt::EditRole);
    }
};

QPushButton* button(const QString& text, const QString& name, QWidget* parent)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(name);
    return b;
}

} // namespace

CharterDialog::CharterDialog(app::Portfolio* portfolio, core::Id binId, QWidget* parent)
    : QDialog(parent), m_portfolio(portfolio), m_binId(binId), m_initial(app::CharterEdits::draft(*portfolio, binId)),
      m_template(m_initial.isTemplate), m_banner(new QLabel(this)), m_tabs(new QTabWidget(this)),
      m_objectives(new QPlainTextEdit(this)), m_benefits(new QPlainTextEdit(this)), m_scopeIn(new QPlainTextEdit(this)),
      m_scopeOut(new QPlainTextEdit(this)), m_risks(new QPlainTextEdit(this)), m_sponsor(new QComboBox(this)),
      m_phases(new QTableWidget(0, PhaseColumnCount, this)), m_criteria(new QListWidget(this)),
      m_error(new QLabel(this))
{
    const core::ProjectBin* bin = portfolio->bin(binId);
    const QString code = bin ? bin->code : QString();
    setWindowTitle(m_template ? tr("Charter of %1 (template)").arg(code) : tr("Charter of %1").arg(code));
    // Names for tests and accessibility tools.
    m_banner->setObjectName(QStringLiteral("templateBanner"));
    m_tabs->setObjectName(QStringLiteral("sections"));
    m_objectives->setObjectName(QStringLiteral("objectives"));
    m_benefits->setObjectName(QStringLiteral("benefits"));
    m_scopeIn->setObjectName(QStringLiteral("scopeIn"));
    m_scopeOut->setObjectName(QStringLiteral("scopeOut"));
    m_risks->setObjectName(QStringLiteral("risks"));
    m_sponsor->setObjectName(QStringLiteral("sponsor"));
    m_phases->setObjectName(QStringLiteral("phases"));
    m_criteria->setObjectName(QStringLiteral("definitionOfDone"));
    m_error->setObjectName(QStringLiteral("error"));

    const app::CharterDraft& d = m_initial;
    const std::pair<QPlainTextEdit*, std::pair<QString, QString>> texts[] = {
        {m_objectives, {d.charter.objectives, app::CharterEdits::objectivesPrompt()}},
        {m_benefits, {d.charter.benefits, app::CharterEdits::benefitsPrompt()}},
        {m_scopeIn, {d.charter.scopeIn, app::CharterEdits::scopeInPrompt()}},
        {m_scopeOut, {d.charter.scopeOut, app::CharterEdits::scopeOutPrompt()}},
        {m_risks, {d.charter.risks, app::CharterEdits::risksPrompt()}}};
    for (const auto& [edit, content] : texts) {
        edit->setPlainText(content.first);
        edit->setPlaceholderText(content.second);
        edit->setTabChangesFocus(true);
    }
    m_sponsor->addItem(tr("(none)"), qint64(0));
    for (const auto& p : portfolio->people()) {
        m_sponsor->addItem(p.name, p.id);
    }
    m_sponsor->setCurrentIndex(qMax(0, m_sponsor->findData(d.charter.sponsorId)));

    m_banner->setWordWrap(true);
    m_banner->setText(tr("<b>Template.</b> This bin has no charter yet: the prompts and the starter phases and "
                         "success criteria below are suggestions. Edit them; nothing is saved until you press OK."));
    m_banner->setAutoFillBackground(true);
    m_banner->setBackgroundRole(QPalette::ToolTipBase);
    m_banner->setForegroundRole(QPalette::ToolTipText);
    m_banner->setMargin(6);
    m_banner->setVisible(m_template);

    m_tabs->addTab(textTab({{tr("&Objectives:"), m_objectives}, {tr("Expected &benefits:"), m_benefits}}),
                   tr("Objectives"));
    m_tabs->addTab(textTab({{tr("Scope &in:"), m_scopeIn}, {tr("Scope &out:"), m_scopeOut}}), tr("Scope"));
    m_tabs->addTab(textTab({{tr("&Risks and how we handle them:"), m_risks}}), tr("Risks"));
    m_tabs->addTab(phasesTab(), tr("Phases"));
    m_tabs->addTab(criteriaTab(), tr("Definition of Done"));
    m_tabs->addTab(teamTab(), tr("Team"));
    for (const auto& p : d.phases) {
        appendPhase(p);
    }
    for (const auto& item : d.definitionOfDone) {
        appendCriterion(item);
    }

    m_error->setWordWrap(true);
    m_error->setForegroundRole(QPalette::Highlight);
    QFont bold = m_error->font();
    bold.setBold(true);
    m_error->setFont(bold);
    m_error->hide();

    auto* header = new QLabel(this);
    header->setObjectName(QStringLiteral("binHeader"));
    header->setWordWrap(true);
    if (bin) {
        header->setText(QStringLiteral("<b>%1 — %2</b> · %3")
                            .arg(bin->code.toHtmlEscaped(), bin->name.toHtmlEscaped(),
                                 app::Text::binStatus(bin->status).toHtmlEscaped()));
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* exportButton = button(tr("E&xport PDF…"), QStringLiteral("exportPdf"), this);
    exportButton->setToolTip(tr("Write the charter as it stands here to a one- or two-page PDF"));
    connect(exportButton, &QPushButton::clicked, this, &CharterDialog::exportPdf);
    connect(buttons, &QDialogButtonBox::accepted, this, &CharterDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    buttons->button(QDialogButtonBox::Ok)->setEnabled(!portfolio->isReadOnly());

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(header);
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_error);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(exportButton);
    bottom->addStretch(1);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);
    resize(680, 560);
}

QWidget* CharterDialog::textTab(const std::vector<std::pair<QString, QPlainTextEdit*>>& sections)
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    for (const auto& [title, edit] : sections) {
        auto* label = new QLabel(title, page);
        label->setBuddy(edit);
        layout->addWidget(label);
        layout->addWidget(edit, 1);
    }
    return page;
}

QWidget* CharterDialog::phasesTab()
{
    auto* page = new QWidget(this);
    m_phases->setHorizontalHeaderLabels({tr("Phase"), tr("Start"), tr("End"), tr("Reached")});
    m_phases->horizontalHeaderItem(ReachedColumn)
        ->setToolTip(tr("The day the phase's milestone was reached: on or before its end, it was on time"));
    m_phases->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    for (const int column : {StartColumn, EndColumn, ReachedColumn}) {
        m_phases->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    }
    m_phases->horizontalHeader()->setMinimumSectionSize(fontMetrics().horizontalAdvance(QStringLiteral("2026-12-31")) +
                                                        32);
    m_phases->verticalHeader()->hide();
    auto* dates = new DateDelegate(m_phases);
    m_phases->setItemDelegateForColumn(StartColumn, dates);
    m_phases->setItemDelegateForColumn(EndColumn, dates);
    m_phases->setItemDelegateForColumn(ReachedColumn, dates);
    m_phases->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_phases->setSelectionMode(QAbstractItemView::SingleSelection);
    m_phases->setAccessibleName(tr("Phases"));
    m_phases->setToolTip(tr("The major phases, in order, with their dates (write dates like 2026-03-31)"));
    auto* add = button(tr("&Add Phase"), QStringLiteral("addPhase"), page);
    auto* remove = button(tr("Re&move"), QStringLiteral("removePhase"), page);
    auto* up = button(tr("&Up"), QStringLiteral("phaseUp"), page);
    auto* down = button(tr("Do&wn"), QStringLiteral("phaseDown"), page);
    m_reached = button(tr("Mark Reache&d"), QStringLiteral("phaseReached"), page);
    m_reached->setToolTip(tr("Record that the selected phase's milestone was reached today, or clear it"));
    connect(m_reached, &QPushButton::clicked, this, &CharterDialog::toggleReached);
    connect(m_phases, &QTableWidget::currentCellChanged, this, &CharterDialog::updateReachedButton);
    connect(m_phases, &QTableWidget::itemChanged, this, &CharterDialog::updateReachedButton);
    connect(add, &QPushButton::clicked, this, &CharterDialog::addPhase);
    connect(remove, &QPushButton::clicked, this, &CharterDialog::removePhase);
    connect(up, &QPushButton::clicked, this, [this] { movePhase(-1); });
    connect(down, &QPushButton::clicked, this, [this] { movePhase(1); });
    auto* row = new QHBoxLayout;
    row->addWidget(add);
    row->addWidget(remove);
    row->addWidget(m_reached);
    row->addStretch(1);
    row->addWidget(up);
    row->addWidget(down);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(tr("Major phases and their dates:"), page));
    layout->addWidget(m_phases, 1);
    layout->addLayout(row);
    return page;
}

QWidget* CharterDialog::criteriaTab()
{
    auto* page = new QWidget(this);
    m_criteria->setAccessibleName(tr("Definition of done"));
    m_criteria->setSpacing(2);
    m_criteria->setToolTip(tr("Success criteria: tick each one when it is met. Double-click or F2 to edit the text."));
    m_criteria->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                QAbstractItemView::SelectedClicked);
    auto* add = button(tr("&Add Criterion"), QStringLiteral("addCriterion"), page);
    auto* remove = button(tr("Re&move"), QStringLiteral("removeCriterion"), page);
    auto* up = button(tr("&Up"), QStringLiteral("criterionUp"), page);
    auto* down = button(tr("Do&wn"), QStringLiteral("criterionDown"), page);
    connect(add, &QPushButton::clicked, this, &CharterDialog::addCriterion);
    connect(remove, &QPushButton::clicked, this, &CharterDialog::removeCriterion);
    connect(up, &QPushButton::clicked, this, [this] { moveCriterion(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveCriterion(1); });
    auto* row = new QHBoxLayout;
    row->addWidget(add);
    row->addWidget(remove);
    row->addStretch(1);
    row->addWidget(up);
    row->addWidget(down);
    auto* note = new QLabel(tr("The bin can be marked done once every criterion is ticked; marking it done "
                               "earlier asks for a reason, kept in the audit trail."),
                            page);
    note->setWordWrap(true);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(tr("Success criteria (the definition of done):"), page));
    layout->addWidget(m_criteria, 1);
    layout->addLayout(row);
    layout->addWidget(note);
    return page;
}

QWidget* CharterDialog::teamTab()
{
    auto* page = new QWidget(this);
    const core::ProjectBin* bin = m_portfolio->bin(m_binId);
    const core::Person* owner = bin && bin->ownerId ? m_portfolio->person(bin->ownerId) : nullptr;
    auto* ownerLabel = new QLabel(owner ? owner->name : tr("(none)"), page);
    ownerLabel->setObjectName(QStringLiteral("owner"));
    ownerLabel->setToolTip(tr("The bin's owner: change it in the bin dialog"));
    auto* raci = new QLabel(tr("Not recorded yet."), page);
    raci->setObjectName(QStringLiteral("raci"));
    raci->setEnabled(false);
    auto* form = new QFormLayout(page);
    form->addRow(tr("Owner:"), ownerLabel);
    form->addRow(tr("&Sponsor:"), m_sponsor);
    form->addRow(tr("Responsibilities (RACI):"), raci);
    return page;
}

bool CharterDialog::edit(QWidget* parent, app::Portfolio* portfolio, core::Id binId)
{
    if (!portfolio || !portfolio->bin(binId)) {
        return false;
    }
    CharterDialog dialog(portfolio, binId, parent);
    return Dialogs::exec(dialog) == QDialog::Accepted;
}

std::optional<QString> CharterDialog::askDoneOverride(QWidget* parent, const core::ProjectBin& bin,
                                                      const QStringList& open)
{
    QString list;
    for (const QString& criterion : open) {
        list += QStringLiteral("\n  ☐ ") + criterion;
    }
    const QString label =
        tr("%1's definition of done still has %n open criterion(s):", nullptr, int(open.size())).arg(bin.code) + list +
        QStringLiteral("\n\n") +
        tr("To mark it done anyway, say why (kept in the audit trail). Cancel leaves it as it is.");
    std::optional<QString> reason = Dialogs::text(parent, tr("Mark %1 Done").arg(bin.code), label);
    if (!reason || reason->trimmed().isEmpty()) {
        return std::nullopt;
    }
    return reason->trimmed();
}

app::CharterDraft CharterDialog::edited() const
{
    app::CharterDraft d;
    d.isTemplate = m_template;
    d.charter = m_initial.charter;
    d.charter.binId = m_binId;
    d.charter.objectives = m_objectives->toPlainText().trimmed();
    d.charter.benefits = m_benefits->toPlainText().trimmed();
    d.charter.scopeIn = m_scopeIn->toPlainText().trimmed();
    d.charter.scopeOut = m_scopeOut->toPlainText().trimmed();
    d.charter.risks = m_risks->toPlainText().trimmed();
    d.charter.sponsorId = m_sponsor->currentData().toLongLong();
    for (int r = 0; r < m_phases->rowCount(); ++r) {
        core::CharterPhase p;
        const QTableWidgetItem* name = m_phases->item(r, NameColumn);
        p.id = name ? name->data(IdRole).toLongLong() : 0;
        p.binId = m_binId;
        p.name = name ? name->text().trimmed() : QString();
        p.start = dateOf(m_phases->item(r, StartColumn));
        p.end = dateOf(m_phases->item(r, EndColumn));
        p.reachedOn = dateOf(m_phases->item(r, ReachedColumn));
        p.sortOrder = r + 1;
        d.phases.push_back(p);
    }
    for (int r = 0; r < m_criteria->count(); ++r) {
        const QListWidgetItem* item = m_criteria->item(r);
        core::DodItem c;
        c.id = item->data(IdRole).toLongLong();
        c.binId = m_binId;
        c.text = item->text().trimmed();
        c.done = item->checkState() == Qt::Checked;
        c.sortOrder = r + 1;
        d.definitionOfDone.push_back(c);
    }
    return d;
}

void CharterDialog::appendPhase(const core::CharterPhase& phase)
{
    const int row = m_phases->rowCount();
    m_phases->insertRow(row);
    auto* name = new QTableWidgetItem(phase.name);
    name->setData(IdRole, phase.id);
    m_phases->setItem(row, NameColumn, name);
    m_phases->setItem(row, StartColumn, dateItem(phase.start));
    m_phases->setItem(row, EndColumn, dateItem(phase.end));
    m_phases->setItem(row, ReachedColumn, dateItem(phase.reachedOn));
}

void CharterDialog::toggleReached()
{
    const int row = m_phases->currentRow();
    if (row < 0) {
        return;
    }
    QTableWidgetItem* cell = m_phases->item(row, ReachedColumn);
    if (dateOf(cell).isValid()) {
        cell->setData(Qt::EditRole, QVariant());
    } else {
        cell->setData(Qt::EditRole, m_portfolio->now().date());
    }
    updateReachedButton();
}

void CharterDialog::updateReachedButton()
{
    const int row = m_phases->currentRow();
    m_reached->setEnabled(row >= 0);
    const bool reached = row >= 0 && dateOf(m_phases->item(row, ReachedColumn)).isValid();
    m_reached->setText(reached ? tr("Not Reache&d") : tr("Mark Reache&d"));
}

void CharterDialog::appendCriterion(const core::DodItem& item)
{
    auto* row = new QListWidgetItem(item.text, m_criteria);
    row->setData(IdRole, item.id);
    row->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable | Qt::ItemIsUserCheckable);
    row->setCheckState(item.done ? Qt::Checked : Qt::Unchecked);
}

void CharterDialog::addPhase()
{
    core::CharterPhase p;
    p.name = tr("New phase");
    // After the last phase, or from the bin's start.
    const core::ProjectBin* bin = m_portfolio->bin(m_binId);
    QDate start = bin ? bin->start : QDate();
    if (m_phases->rowCount() > 0) {
        if (const QDate lastEnd = dateOf(m_phases->item(m_phases->rowCount() - 1, EndColumn)); lastEnd.isValid()) {
            start = lastEnd.addDays(1);
        }
    }
    p.start = start;
    p.end = start.isValid() ? start.addMonths(1) : QDate();
    appendPhase(p);
    m_phases->setCurrentCell(m_phases->rowCount() - 1, NameColumn);
    m_phases->editItem(m_phases->item(m_phases->rowCount() - 1, NameColumn));
    m_error->hide();
}

void CharterDialog::removePhase()
{
    if (const int row = m_phases->currentRow(); row >= 0) {
        m_phases->removeRow(row);
        m_error->hide();
    }
}

void CharterDialog::movePhase(int delta)
{
    const int row = m_phases->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_phases->rowCount()) {
        return;
    }
    for (int c = 0; c < PhaseColumnCount; ++c) {
        QTableWidgetItem* a = m_phases->takeItem(row, c);
        QTableWidgetItem* b = m_phases->takeItem(to, c);
        m_phases->setItem(row, c, b);
        m_phases->setItem(to, c, a);
    }
    m_phases->setCurrentCell(to, m_phases->currentColumn() < 0 ? 0 : m_phases->currentColumn());
}

void CharterDialog::addCriterion()
{
    core::DodItem item;
    item.text = tr("New success criterion");
    appendCriterion(item);
    m_criteria->setCurrentRow(m_criteria->count() - 1);
    m_criteria->editItem(m_criteria->currentItem());
    m_error->hide();
}

void CharterDialog::removeCriterion()
{
    if (const int row = m_criteria->currentRow(); row >= 0) {
        delete m_criteria->takeItem(row);
        m_error->hide();
    }
}

void CharterDialog::moveCriterion(int delta)
{
    const int row = m_criteria->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_criteria->count()) {
        return;
    }
    QListWidgetItem* item = m_criteria->takeItem(row);
    m_criteria->insertItem(to, item);
    m_criteria->setCurrentRow(to);
}

void CharterDialog::exportPdf()
{
    const QString path = CharterExport::exportInteractively(this, *m_portfolio, edited());
    if (!path.isEmpty()) {
        m_error->hide();
    }
}

void CharterDialog::showError(const QString& text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void CharterDialog::accept()
{
    if (!m_portfolio->bin(m_binId)) {
        showError(tr("This bin was deleted meanwhile."));
        return;
    }
    const app::CharterDraft draft = edited();
    // A date typed that is not one would silently become "no date": say so instead.
    for (int r = 0; r < m_phases->rowCount(); ++r) {
        for (int c : {StartColumn, EndColumn}) {
            const QTableWidgetItem* item = m_phases->item(r, c);
            const QString typed = item ? item->data(Qt::EditRole).toString().trimmed() : QString();
            if (!typed.isEmpty() && !dateOf(item).isValid()) {
                m_tabs->setCurrentWidget(m_phases->parentWidget());
                showError(tr("“%1” is not a date (write it like 2026-03-31).").arg(typed));
                return;
            }
        }
    }
    app::ChangeSet changes = app::CharterEdits::save(*m_portfolio, draft);
    if (changes.isEmpty()) {
        QDialog::accept();
        return;
    }
    QString reason;
    const auto connection =
        connect(m_portfolio, &app::Portfolio::editRefused, this, [&reason](const QString& why) { reason = why; });
    const QString code = m_portfolio->bin(m_binId)->code;
    const bool ok = m_portfolio->submit(tr("Edit charter of %1").arg(code), std::move(changes));
    disconnect(connection);
    if (!ok) {
        showError(reason);
        return;
    }
    QDialog::accept();
}

} // namespace tiller::gui
