#include "tiller/gui/GovernanceDialogs.h"

#include "tiller/app/GovernanceEdits.h"
#include "tiller/app/GovernanceText.h"
#include "tiller/app/Portfolio.h"
#include "tiller/app/Text.h"
#include "tiller/gui/Dialogs.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace tiller::gui {

namespace {

std::vector<const core::Person*> byName(const app::Portfolio& portfolio)
{
    std::vector<const core::Person*> people;
    for (const core::Person& p : portfolio.people()) {
        people.push_back(&p);
    }
    std::stable_sort(people.begin(), people.end(),
                     [](const auto* a, const auto* b) { return QString::localeAwareCompare(a->name, b->name) < 0; });
    return people;
}

QString nameAndTeam(const core::Person& p)
{
    return p.team.isEmpty() ? p.name
                            : QCoreApplication::translate("tiller::gui::BodyDialog", "%1 (%2)").arg(p.name, p.team);
}

// A checkable list of people; `roles` adds an editable second column (a member's role in the body).
QTableWidget* peopleTable(const app::Portfolio& portfolio, const QHash<core::Id, QString>& chosen, bool roles,
                          QWidget* parent)
{
    const auto people = byName(portfolio);
    auto* table = new QTableWidget(int(people.size()), roles ? 2 : 1, parent);
    table->setHorizontalHeaderLabels(roles ? QStringList{BodyDialog::tr("Person"), BodyDialog::tr("Role in the body")}
                                           : QStringList{MeetingDialog::tr("Person")});
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(0, roles ? QHeaderView::ResizeToContents : QHeaderView::Stretch);
    if (roles) {
        table->horizontalHeader()->setStretchLastSection(true);
    }
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    for (int row = 0; row < int(people.size()); ++row) {
        auto* item = new QTableWidgetItem(nameAndTeam(*people[row]));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(chosen.contains(people[row]->id) ? Qt::Checked : Qt::Unchecked);
        item->setData(Qt::UserRole, people[row]->id);
        table->setItem(row, 0, item);
        if (roles) {
            table->setItem(row, 1, new QTableWidgetItem(chosen.value(people[row]->id)));
        }
    }
    return table;
}

} // namespace

QPlainTextEdit* textBox(QWidget* parent, int lines)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    return edit;
}

QDialogButtonBox* okCancel(QDialog* dialog)
{
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

std::optional<QString> submitEdit(app::Portfolio& portfolio, const QString& label, app::ChangeSet changes)
{
    QString reason;
    const auto connection =
        QObject::connect(&portfolio, &app::Portfolio::editRefused, [&reason](const QString& why) { reason = why; });
    const bool done = portfolio.submit(label, std::move(changes));
    QObject::disconnect(connection);
    if (done) {
        return std::nullopt;
    }
    return reason.isEmpty() ? SavingDialog::tr("The change was not made.") : reason;
}

SavingDialog::SavingDialog(QWidget* parent) : QDialog(parent), m_error(new QLabel(this))
{
    m_error->setObjectName(QStringLiteral("dialogError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();
}

void SavingDialog::accept()
{
    if (m_save) {
        if (auto refused = m_save()) {
            m_error->setText(*refused);
            m_error->show();
            return;
        }
    }
    QDialog::accept();
}

void fillPeople(QComboBox* combo, const app::Portfolio& portfolio, core::Id current)
{
    combo->clear();
    combo->addItem(BodyDialog::tr("(nobody)"), qint64(0));
    for (const core::Person* p : byName(portfolio)) {
        combo->addItem(nameAndTeam(*p), p->id);
    }
    combo->setCurrentIndex(qMax(0, combo->findData(current)));
}

// ---- Body ----

BodyDialog::BodyDialog(const app::Portfolio& portfolio, const core::GovernanceBody& body, QWidget* parent)
    : SavingDialog(parent), m_portfolio(portfolio), m_body(body), m_name(new QLineEdit(this)),
      m_kind(new QComboBox(this)), m_purpose(textBox(this, 3)), m_chair(new QComboBox(this)),
      m_cadence(new QComboBox(this)), m_planned(new QCheckBox(tr("&Next meeting"), this)), m_next(new QDateEdit(this))
{
    setWindowTitle(body.id == 0 ? tr("New Governance Body") : tr("Governance Body"));
    setObjectName(QStringLiteral("bodyDialog"));
    m_name->setText(body.name);
    m_name->setPlaceholderText(tr("Steering committee"));
    for (int k = 0; k < core::BodyKindCount; ++k) {
        m_kind->addItem(app::GovernanceText::bodyKind(core::BodyKind(k)), k);
    }
    m_kind->setCurrentIndex(m_kind->findData(int(body.kind)));
    m_purpose->setPlainText(body.purpose);
    m_purpose->setPlaceholderText(tr("What the body decides or advises on"));
    fillPeople(m_chair, portfolio, body.chairId);
    for (int c = 0; c < core::BoardCadenceCount; ++c) {
        m_cadence->addItem(app::Text::cadence(core::BoardCadence(c)), c);
    }
    m_cadence->setCurrentIndex(m_cadence->findData(int(body.cadence)));
    m_next->setCalendarPopup(true);
    m_next->setDate(body.nextMeeting.isValid() ? body.nextMeeting : portfolio.now().date().addDays(7));
    m_planned->setChecked(body.nextMeeting.isValid());
    m_next->setEnabled(m_planned->isChecked());
    connect(m_planned, &QCheckBox::toggled, m_next, &QWidget::setEnabled);
    QHash<core::Id, QString> members;
    for (const core::BodyMember& m : body.members) {
        members.insert(m.personId, m.role);
    }
    m_members = peopleTable(portfolio, members, true, this);
    m_members->setObjectName(QStringLiteral("bodyMembers"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Purpose:"), m_purpose);
    form->addRow(tr("&Chair:"), m_chair);
    form->addRow(tr("C&adence:"), m_cadence);
    form->addRow(m_planned, m_next);
    auto* note = new QLabel(tr("The change board's cadence is the program's: its sessions follow it."), this);
    note->setWordWrap(true);
    note->setVisible(body.kind == core::BodyKind::ChangeBoard);
    connect(m_kind, &QComboBox::currentIndexChanged, note,
            [this, note] { note->setVisible(m_kind->currentData().toInt() == int(core::BodyKind::ChangeBoard)); });
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(new QLabel(tr("&Members (tick them; say their role if it is not plain membership):"), this));
    qobject_cast<QLabel*>(layout->itemAt(layout->count() - 1)->widget())->setBuddy(m_members);
    layout->addWidget(m_members, 1);
    layout->addWidget(m_error);
    layout->addWidget(okCancel(this));
    resize(560, 620);
}

core::GovernanceBody BodyDialog::body() const
{
    core::GovernanceBody b = m_body;
    b.name = m_name->text().trimmed();
    b.kind = core::BodyKind(m_kind->currentData().toInt());
    b.purpose = m_purpose->toPlainText().trimmed();
    b.chairId = m_chair->currentData().toLongLong();
    b.cadence = core::BoardCadence(m_cadence->currentData().toInt());
    b.nextMeeting = m_planned->isChecked() ? m_next->date() : QDate();
    b.members.clear();
    for (int row = 0; row < m_members->rowCount(); ++row) {
        if (m_members->item(row, 0)->checkState() == Qt::Checked) {
            b.members.append(
                {m_members->item(row, 0)->data(Qt::UserRole).toLongLong(), m_members->item(row, 1)->text().trimmed()});
        }
    }
    std::sort(b.members.begin(), b.members.end(), [](const auto& x, const auto& y) { return x.personId < y.personId; });
    return b;
}

bool BodyDialog::edit(QWidget* parent, app::Portfolio* portfolio, const core::GovernanceBody& body)
{
    if (!portfolio) {
        return false;
    }
    BodyDialog dialog(*portfolio, body, parent);
    dialog.setSave([&] {
        const core::GovernanceBody edited = dialog.body();
        const QString label =
            body.id == 0 ? tr("Add the body “%1”").arg(edited.name) : tr("Edit the body “%1”").arg(edited.name);
        return submitEdit(*portfolio, label, app::GovernanceEdits::saveBody(*portfolio, edited));
    });
    return Dialogs::exec(dialog) == QDialog::Accepted;
}

// ---- Meeting ----

MeetingDialog::MeetingDialog(const app::Portfolio& portfolio, const core::GovernanceBody& body,
                             const core::Meeting& meeting, QWidget* parent)
    : SavingDialog(parent), m_meeting(meeting), m_title(new QLineEdit(this)), m_date(new QDateEdit(this)),
      m_notes(textBox(this, 4)), m_decisions(textBox(this, 4))
{
    setWindowTitle(tr("Meeting of %1").arg(body.name));
    setObjectName(QStringLiteral("meetingDialog"));
    m_title->setText(meeting.title);
    m_title->setPlaceholderText(
        tr("%1 of %2").arg(body.name, QLocale().toString(portfolio.now().date(), QStringLiteral("MMMM yyyy"))));
    m_date->setCalendarPopup(true);
    m_date->setDate(meeting.heldOn.isValid() ? meeting.heldOn : portfolio.now().date());
    QHash<core::Id, QString> attendees;
    const QList<core::Id> present = meeting.id != 0 ? meeting.attendees : [&] {
        QList<core::Id> members; // a new record starts with the members ticked
        for (const core::BodyMember& m : body.members) {
            members.append(m.personId);
        }
        return members;
    }();
    for (core::Id id : present) {
        attendees.insert(id, QString());
    }
    m_attendees = peopleTable(portfolio, attendees, false, this);
    m_attendees->setObjectName(QStringLiteral("meetingAttendees"));
    m_notes->setPlainText(meeting.notes);
    m_decisions->setPlainText(meeting.decisions);
    m_decisions->setPlaceholderText(tr("One decision per line"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Held on:"), m_date);
    form->addRow(tr("&Attendees:"), m_attendees);
    form->addRow(tr("&Notes:"), m_notes);
    form->addRow(tr("&Decisions:"), m_decisions);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(m_error);
    layout->addWidget(okCancel(this));
    resize(560, 640);
}

core::Meeting MeetingDialog::meeting() const
{
    core::Meeting m = m_meeting;
    m.title = m_title->text().trimmed().isEmpty() ? m_title->placeholderText() : m_title->text().trimmed();
    m.heldOn = m_date->date();
    m.notes = m_notes->toPlainText().trimmed();
    m.decisions = m_decisions->toPlainText().trimmed();
    m.attendees.clear();
    for (int row = 0; row < m_attendees->rowCount(); ++row) {
        if (m_attendees->item(row, 0)->checkState() == Qt::Checked) {
            m.attendees.append(m_attendees->item(row, 0)->data(Qt::UserRole).toLongLong());
        }
    }
    std::sort(m.attendees.begin(), m.attendees.end());
    return m;
}

bool MeetingDialog::edit(QWidget* parent, app::Portfolio* portfolio, core::Id bodyId, const core::Meeting& meeting)
{
    const core::GovernanceBody* body = portfolio ? portfolio->body(bodyId) : nullptr;
    if (!body) {
        return false;
    }
    MeetingDialog dialog(*portfolio, *body, meeting, parent);
    dialog.setSave([&] {
        const core::Meeting edited = dialog.meeting();
        const QString label = meeting.id == 0 ? tr("Record the meeting “%1”").arg(edited.title)
                                              : tr("Edit the meeting “%1”").arg(edited.title);
        return submitEdit(*portfolio, label, app::GovernanceEdits::saveMeeting(*portfolio, bodyId, edited));
    });
    return Dialogs::exec(dialog) == QDialog::Accepted;
}

// ---- The CX direction ----

DirectionDialog::DirectionDialog(const app::Portfolio& portfolio, QWidget* parent)
    : SavingDialog(parent), m_program(portfolio.program()), m_lead(new QComboBox(this)),
      m_reportsTo(new QLineEdit(this)), m_limit(new QSpinBox(this))
{
    setWindowTitle(tr("CX Direction"));
    setObjectName(QStringLiteral("directionDialog"));
    fillPeople(m_lead, portfolio, m_program.cxLeadId);
    m_reportsTo->setText(m_program.cxReportsTo);
    m_reportsTo->setPlaceholderText(tr("the Chief Executive"));
    m_reportsTo->setMaxLength(200);
    m_limit->setRange(1, 1000);
    m_limit->setValue(m_program.raciLimit);
    m_limit->setToolTip(tr("A person accountable for more bins and initiatives than this is flagged as overloaded."));
    auto* form = new QFormLayout;
    form->addRow(tr("&Led by:"), m_lead);
    form->addRow(tr("&Reports to:"), m_reportsTo);
    form->addRow(tr("&Accountable for at most:"), m_limit);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(okCancel(this));
}

core::Program DirectionDialog::program() const
{
    core::Program p = m_program;
    p.cxLeadId = m_lead->currentData().toLongLong();
    p.cxReportsTo = m_reportsTo->text().trimmed();
    p.raciLimit = m_limit->value();
    return p;
}

bool DirectionDialog::edit(QWidget* parent, app::Portfolio* portfolio)
{
    if (!portfolio) {
        return false;
    }
    DirectionDialog dialog(*portfolio, parent);
    dialog.setSave([&]() -> std::optional<QString> {
        const core::Program after = dialog.program();
        if (after == portfolio->program()) {
            return std::nullopt;
        }
        app::ChangeSet set;
        set.program.push_back({portfolio->program(), after});
        return submitEdit(*portfolio, tr("Edit the CX direction"), std::move(set));
    });
    return Dialogs::exec(dialog) == QDialog::Accepted;
}

} // namespace tiller::gui
