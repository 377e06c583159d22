// The session panel's actions: scheduling, deciding, closing, and the agenda and minutes exports.
#include "tiller/gui/BoardSessionPanel.h"

#include "BoardSessionSupport.h"
#include "tiller/app/BoardEdits.h"
#include "tiller/app/Text.h"
#include "tiller/core/ChangeBoard.h"
#include "tiller/gui/BoardReport.h"
#include "tiller/gui/Dialogs.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace tiller::gui {

using namespace boardsession;

void BoardSessionPanel::scheduleSession()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Schedule a Board Session"));
    auto* date = new QDateEdit(app::BoardEdits::proposedDate(*m_portfolio), &dialog);
    date->setObjectName(QStringLiteral("date"));
    date->setCalendarPopup(true);
    auto* reason = new QLineEdit(&dialog);
    reason->setObjectName(QStringLiteral("reason"));
    auto* reasonLabel = new QLabel(tr("&Reason:"), &dialog);
    reasonLabel->setBuddy(reason);
    auto* hint = new QLabel(&dialog);
    hint->setWordWrap(true);
    auto* error = errorLabel(&dialog);
    const auto update = [&] {
        const bool needs = app::BoardEdits::needsReason(*m_portfolio, date->date());
        reason->setVisible(needs);
        reasonLabel->setVisible(needs);
        const QList<core::Id> agenda =
            core::agendaFor(m_portfolio->requests(), date->date(), [&] {
                QList<core::Id> open;
                for (const auto& m : m_portfolio->boardSessions()) {
                    if (!m.closed) {
                        open.append(m.id);
                    }
                }
                return open;
            }());
        hint->setText(
            (needs ? tr("Another session is held that month: say why this one is needed.") + QLatin1Char('\n') : QString()) +
            tr("The cadence (%1) proposes %2. %n qualified request(s) will make its agenda.", nullptr, int(agenda.size()))
                .arg(app::Text::cadence(m_portfolio->program().boardCadence).toLower(),
                     longDate(app::BoardEdits::proposedDate(*m_portfolio))));
    };
    connect(date, &QDateEdit::dateChanged, &dialog, update);
    update();
    auto* form = new QFormLayout;
    form->addRow(tr("&Date:"), date);
    form->addRow(reasonLabel, reason);
    auto* box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(error);
    layout->addWidget(box);
    connect(box, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(box, &QDialogButtonBox::accepted, &dialog, [&] {
        if (app::BoardEdits::needsReason(*m_portfolio, date->date()) && reason->text().trimmed().isEmpty()) {
            error->setText(tr("A second session in one month needs a reason."));
            error->show();
            return;
        }
        // The invited: the leaders, the sponsor and the program manager.
        QList<core::Id> invited;
        for (const core::Person& p : m_portfolio->people()) {
            if (p.roles & (core::Leader | core::Sponsor | core::ProgramManager)) {
                invited.append(p.id);
            }
        }
        if (submitFrom(m_portfolio, error, tr("Schedule the board session of %1").arg(shortDate(date->date())),
                       app::BoardEdits::scheduleSession(*m_portfolio, date->date(), reason->text(), invited))) {
            dialog.accept();
        }
    });
    dialog.resize(480, dialog.sizeHint().height());
    if (Dialogs::exec(dialog) == QDialog::Accepted) {
        core::Id newest = 0;
        QDate latest;
        for (const auto& m : m_portfolio->boardSessions()) {
            if (!m.closed && (!latest.isValid() || m.id > newest)) {
                newest = m.id;
                latest = m.heldOn;
            }
        }
        showSession(newest);
        emit message(tr("Session of %1 scheduled with %n request(s) on its agenda.", nullptr,
                        int(m_portfolio->agenda(newest).size()))
                         .arg(longDate(latest)));
    }
}

void BoardSessionPanel::gatherAgenda()
{
    const auto changes = app::BoardEdits::gatherAgenda(*m_portfolio, m_session);
    const int added = int(changes.requests.size());
    if (added == 0) {
        emit message(tr("Nothing new to add: every qualified request is on an agenda."));
        return;
    }
    if (m_portfolio->submit(tr("Gather the agenda"), changes)) {
        emit message(tr("%n request(s) added to the agenda.", nullptr, added));
    }
}

const core::ChangeRequest* BoardSessionPanel::decidable() const
{
    const core::Meeting* session = m_portfolio->meeting(m_session);
    if (!session || session->closed || m_portfolio->isReadOnly()) {
        return nullptr;
    }
    return m_portfolio->request(currentRequest());
}

void BoardSessionPanel::approveCurrent()
{
    const core::Meeting* session = m_portfolio->meeting(m_session);
    const core::ChangeRequest* r = decidable();
    if (!r) {
        return;
    }
    const core::Id requestId = r->id;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Approve %1").arg(r->code));
    auto* priority = new QSpinBox(&dialog);
    priority->setObjectName(QStringLiteral("priority"));
    priority->setRange(0, 999);
    priority->setSpecialValueText(tr("not set"));
    auto* hasDeadline = new QCheckBox(tr("Due &by:"), &dialog);
    hasDeadline->setObjectName(QStringLiteral("hasDeadline"));
    auto* deadline = new QDateEdit(r->wantedBy.isValid() ? r->wantedBy : session->heldOn.addMonths(3), &dialog);
    deadline->setObjectName(QStringLiteral("deadline"));
    deadline->setCalendarPopup(true);
    hasDeadline->setChecked(r->wantedBy.isValid());
    deadline->setEnabled(hasDeadline->isChecked());
    connect(hasDeadline, &QCheckBox::toggled, deadline, &QWidget::setEnabled);
    auto* resources = new QLineEdit(&dialog);
    resources->setObjectName(QStringLiteral("resources"));
    resources->setPlaceholderText(tr("Who and what it gets: people, days, budget"));
    auto* newInitiative = new QRadioButton(tr("A new &initiative in the inventory (no bin yet)"), &dialog);
    auto* existingBin = new QRadioButton(tr("A new initiative in an &existing bin:"), &dialog);
    auto* newBin = new QRadioButton(tr("A new &bin of its own (with its initiative)"), &dialog);
    newInitiative->setObjectName(QStringLiteral("newInitiative"));
    existingBin->setObjectName(QStringLiteral("existingBin"));
    newBin->setObjectName(QStringLiteral("newBin"));
    auto* bins = new QComboBox(&dialog);
    bins->setObjectName(QStringLiteral("bins"));
    for (const core::ProjectBin& b : m_portfolio->bins()) {
        if (b.status != core::BinStatus::Done && b.status != core::BinStatus::Cancelled) {
            bins->addItem(QStringLiteral("%1 — %2").arg(b.code, b.name), b.id);
        }
    }
    existingBin->setEnabled(bins->count() > 0);
    bins->setEnabled(false);
    connect(existingBin, &QRadioButton::toggled, bins, &QWidget::setEnabled);
    newBin->setChecked(true);
    auto* reason = new QLineEdit(&dialog);
    reason->setObjectName(QStringLiteral("reason"));
    auto* impact = new QLabel(&dialog);
    impact->setWordWrap(true);
    const auto updateImpact = [&] {
        const app::StrategyCheck check(*m_portfolio);
        impact->setText(check.describe(check.impactOf(*m_portfolio->request(requestId), session->heldOn,
                                                      hasDeadline->isChecked() ? deadline->date() : QDate())));
    };
    connect(hasDeadline, &QCheckBox::toggled, &dialog, updateImpact);
    connect(deadline, &QDateEdit::dateChanged, &dialog, updateImpact);
    updateImpact();
    auto* error = errorLabel(&dialog);

    auto* target = new QGroupBox(tr("It becomes"), &dialog);
    auto* targetLayout = new QVBoxLayout(target);
    targetLayout->addWidget(newBin);
    targetLayout->addWidget(existingBin);
    targetLayout->addWidget(bins);
    targetLayout->addWidget(newInitiative);
    auto* deadlineRow = new QHBoxLayout;
    deadlineRow->addWidget(hasDeadline);
    deadlineRow->addWidget(deadline, 1);
    auto* heading = new QLabel(QStringLiteral("<b>%1 — %2</b>").arg(esc(r->code), esc(r->title)), &dialog);
    heading->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(heading);
    form->addRow(tr("&Priority:"), priority);
    form->addRow(deadlineRow);
    form->addRow(tr("&Resources:"), resources);
    form->addRow(tr("N&ote:"), reason);
    auto* box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    box->button(QDialogButtonBox::Ok)->setText(tr("Approve"));
    auto* layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(target);
    layout->addWidget(impact);
    layout->addWidget(error);
    layout->addWidget(box);
    connect(box, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(box, &QDialogButtonBox::accepted, &dialog, [&] {
        app::BoardEdits::Approval a;
        a.priority = priority->value();
        a.deadline = hasDeadline->isChecked() ? deadline->date() : QDate();
        a.resources = resources->text();
        a.reason = reason->text();
        a.target = newBin->isChecked()        ? app::BoardEdits::Approval::Target::NewBin
                   : existingBin->isChecked() ? app::BoardEdits::Approval::Target::ExistingBin
                                              : app::BoardEdits::Approval::Target::NewInitiative;
        a.binId = bins->currentData().toLongLong();
        const QString code = m_portfolio->request(requestId)->code;
        if (submitFrom(m_portfolio, error, tr("Approve %1").arg(code),
                       app::BoardEdits::approve(*m_portfolio, m_session, requestId, a))) {
            dialog.accept();
        }
    });
    dialog.resize(560, dialog.sizeHint().height());
    if (Dialogs::exec(dialog) == QDialog::Accepted) {
        const core::BoardDecision* x = m_portfolio->decision(m_session, requestId);
        const core::Initiative* i = x ? m_portfolio->initiative(x->initiativeId) : nullptr;
        emit message(i ? tr("Approved: %1 is now initiative %2.").arg(m_portfolio->request(requestId)->code, i->code)
                       : tr("Approved."));
    }
}

void BoardSessionPanel::deferCurrent()
{
    const core::Meeting* session = m_portfolio->meeting(m_session);
    const core::ChangeRequest* r = decidable();
    if (!r) {
        return;
    }
    const core::Id requestId = r->id;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Defer %1").arg(r->code));
    auto* to = new QDateEdit(core::followingSession(session->heldOn, m_portfolio->program().boardCadence), &dialog);
    to->setObjectName(QStringLiteral("to"));
    to->setCalendarPopup(true);
    to->setMinimumDate(session->heldOn.addDays(1));
    auto* reason = new QLineEdit(&dialog);
    reason->setObjectName(QStringLiteral("reason"));
    reason->setPlaceholderText(tr("What the board is waiting for"));
    auto* error = errorLabel(&dialog);
    auto* form = new QFormLayout;
    form->addRow(new QLabel(QStringLiteral("<b>%1 — %2</b>").arg(esc(r->code), esc(r->title)), &dialog));
    form->addRow(tr("Back on the agenda &from:"), to);
    form->addRow(tr("&Reason:"), reason);
    auto* box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    box->button(QDialogButtonBox::Ok)->setText(tr("Defer"));
    auto* layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(error);
    layout->addWidget(box);
    connect(box, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(box, &QDialogButtonBox::accepted, &dialog, [&] {
        if (submitFrom(m_portfolio, error, tr("Defer %1").arg(m_portfolio->request(requestId)->code),
                       app::BoardEdits::defer(*m_portfolio, m_session, requestId, to->date(), reason->text()))) {
            dialog.accept();
        }
    });
    dialog.resize(460, dialog.sizeHint().height());
    Dialogs::exec(dialog);
}

void BoardSessionPanel::rejectCurrent()
{
    const core::ChangeRequest* r = decidable();
    if (!r) {
        return;
    }
    const core::Id requestId = r->id;
    const QString code = r->code;
    const auto reason = Dialogs::text(this, tr("Reject %1").arg(code),
                                      tr("Why is it rejected? The submitter will read this."));
    if (!reason) {
        return;
    }
    if (reason->trimmed().isEmpty()) {
        emit message(tr("Not rejected: a rejection needs a reason."));
        return;
    }
    m_portfolio->submit(tr("Reject %1").arg(code), app::BoardEdits::reject(*m_portfolio, m_session, requestId, *reason));
}

void BoardSessionPanel::withdrawCurrent()
{
    const core::ChangeRequest* r = m_portfolio->request(currentRequest());
    if (!r || !m_portfolio->decision(m_session, r->id)) {
        return;
    }
    m_portfolio->submit(tr("Withdraw the decision on %1").arg(r->code),
                        app::BoardEdits::withdraw(*m_portfolio, m_session, r->id));
}

void BoardSessionPanel::closeSession()
{
    const core::Meeting* session = m_portfolio->meeting(m_session);
    if (!session || session->closed) {
        return;
    }
    int undecided = 0;
    for (const auto& r : m_portfolio->agenda(m_session)) {
        undecided += m_portfolio->decision(m_session, r.id) ? 0 : 1;
    }
    QString text = tr("Close the session of %1? Its decisions become final: they can't be undone or changed afterwards.")
                       .arg(longDate(session->heldOn));
    if (undecided > 0) {
        text += QLatin1Char('\n') + tr("%n undecided request(s) will wait for the next session.", nullptr, undecided);
    }
    if (!Dialogs::question(this, tr("Close Session"), text)) {
        return;
    }
    if (m_portfolio->submit(tr("Close the board session of %1").arg(shortDate(session->heldOn)),
                            app::BoardEdits::closeSession(*m_portfolio, m_session))) {
        emit message(tr("Session closed. Export the minutes to share them."));
    }
}

void BoardSessionPanel::exportAgenda()
{
    const QString path = BoardReport::exportInteractively(this, *m_portfolio, m_session, BoardReport::Kind::Agenda);
    if (!path.isEmpty()) {
        emit message(tr("Agenda written to %1").arg(path));
    }
}

void BoardSessionPanel::exportMinutes()
{
    const QString path = BoardReport::exportInteractively(this, *m_portfolio, m_session, BoardReport::Kind::Minutes);
    if (!path.isEmpty()) {
        emit message(tr("Minutes written to %1").arg(path));
    }
}

} // namespace tiller::gui
