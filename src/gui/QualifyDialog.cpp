#include "tiller/gui/QualifyDialog.h"

#include "DuplicateList.h"
#include "tiller/app/BoardEdits.h"
#include "tiller/app/Portfolio.h"
#include "tiller/app/Text.h"
#include "tiller/core/ChangeBoard.h"
#include "tiller/gui/Dialogs.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace tiller::gui {

namespace {

using Outcome = app::BoardEdits::Outcome;

QString estimates(const core::ChangeRequest& r)
{
    const QLocale l;
    QStringList parts;
    parts.append(r.estBenefit > 0 ? QualifyDialog::tr("benefit %1").arg(l.toString(r.estBenefit, 'f', 0))
                                  : QualifyDialog::tr("benefit not estimated"));
    parts.append(r.estCost > 0 ? QualifyDialog::tr("cost %1").arg(l.toString(r.estCost, 'f', 0))
                               : QualifyDialog::tr("cost not estimated"));
    parts.append(r.estEffortDays > 0 ? QualifyDialog::tr("%1 person-days").arg(l.toString(r.estEffortDays, 'g', 6))
                                     : QualifyDialog::tr("effort not estimated"));
    return parts.join(QStringLiteral(" · "));
}

// The request in a few lines: what, from whom, where it belongs, what it weighs.
QString summary(const app::Portfolio& p, const core::ChangeRequest& r)
{
    const core::Person* submitter = p.person(r.submitterId);
    const core::Domain* domain = p.domain(r.domainId);
    const core::Pillar* pillar = p.pillar(r.pillarId);
    QStringList who;
    who.append(app::Text::requestOrigin(r.origin));
    who.append(submitter ? QualifyDialog::tr("from %1").arg(submitter->name) : QualifyDialog::tr("no submitter"));
    who.append(QualifyDialog::tr("submitted %1").arg(QLocale().toString(r.submittedOn, QLocale::ShortFormat)));
    who.append(QualifyDialog::tr("urgency %1").arg(app::Text::urgency(r.urgency).toLower()));
    QStringList where;
    where.append(domain ? domain->name : QualifyDialog::tr("no domain"));
    where.append(pillar ? QualifyDialog::tr("pillar “%1”").arg(pillar->name) : QualifyDialog::tr("no pillar"));
    QString html =
        QStringLiteral("<p style='margin:0'><b>%1 — %2</b></p><p style='margin:4px 0'>%3<br>%4<br>%5</p>")
            .arg(r.code.toHtmlEscaped(), r.title.toHtmlEscaped(), who.join(QStringLiteral(" · ")).toHtmlEscaped(),
                 where.join(QStringLiteral(" · ")).toHtmlEscaped(), estimates(r).toHtmlEscaped());
    QString description = r.description;
    if (description.size() > 400) {
        description = description.left(400) + QStringLiteral("…");
    }
    html += QStringLiteral("<p style='margin:0'>%1</p>")
                .arg(description.isEmpty()
                         ? QualifyDialog::tr("<i>No description.</i>")
                         : description.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    if (!r.evidence.isEmpty()) {
        html += QStringLiteral("<p style='margin:4px 0 0 0'><i>%1</i> %2</p>")
                    .arg(QualifyDialog::tr("Evidence:").toHtmlEscaped(), r.evidence.toHtmlEscaped());
    }
    return html;
}

} // namespace

QualifyDialog::QualifyDialog(app::Portfolio* portfolio, const core::ChangeRequest& request, QWidget* parent)
    : QDialog(parent), m_portfolio(portfolio), m_request(request),
      m_complete(new QCheckBox(tr("&Complete: it says what, why and for whom"), this)),
      m_inStrategy(new QCheckBox(tr("In the &strategy: it serves a pillar"), this)),
      m_notDuplicate(new QCheckBox(tr("&Not a duplicate: nothing in the inventory or the requests covers it"), this)),
      m_estimated(new QCheckBox(tr("&Estimated: benefit, cost and effort"), this)), m_duplicates(new QListWidget(this)),
      m_outcomes(new QButtonGroup(this)), m_qualified(new QRadioButton(tr("&Qualified for the next board"), this)),
      m_returned(new QRadioButton(tr("Re&turned for information"), this)),
      m_rejected(new QRadioButton(tr("Re&jected"), this)), m_hint(new QLabel(this)), m_note(new QPlainTextEdit(this)),
      m_error(new QLabel(this)), m_ok(nullptr)
{
    setWindowTitle(tr("Qualify %1").arg(request.code));
    m_complete->setObjectName(QStringLiteral("checkComplete"));
    m_inStrategy->setObjectName(QStringLiteral("checkInStrategy"));
    m_notDuplicate->setObjectName(QStringLiteral("checkNotDuplicate"));
    m_estimated->setObjectName(QStringLiteral("checkEstimated"));
    m_duplicates->setObjectName(QStringLiteral("duplicates"));
    m_qualified->setObjectName(QStringLiteral("qualified"));
    m_returned->setObjectName(QStringLiteral("returned"));
    m_rejected->setObjectName(QStringLiteral("rejected"));
    m_hint->setObjectName(QStringLiteral("hint"));
    m_note->setObjectName(QStringLiteral("note"));
    m_error->setObjectName(QStringLiteral("error"));

    auto* summaryLabel = new QLabel(summary(*portfolio, request), this);
    summaryLabel->setObjectName(QStringLiteral("summary"));
    summaryLabel->setWordWrap(true);
    summaryLabel->setTextFormat(Qt::RichText);
    summaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    summaryLabel->setFrameShape(QFrame::StyledPanel);
    summaryLabel->setMargin(8);
    summaryLabel->setBackgroundRole(QPalette::Base);
    summaryLabel->setAutoFillBackground(true);

    // Not yet checked: what the fields already show; checked before: as saved. Whether it duplicates something
    // is a person's call each time.
    const int start =
        (request.checklist == 0 ? core::suggestedChecks(request) : request.checklist) & ~core::CheckNotDuplicate;
    m_complete->setChecked(start & core::CheckComplete);
    m_inStrategy->setChecked(start & core::CheckInStrategy);
    m_estimated->setChecked(start & core::CheckEstimated);
    m_notDuplicate->setChecked(false);

    m_duplicates->setAccessibleName(tr("Likely duplicates"));
    m_duplicates->setSelectionMode(QAbstractItemView::NoSelection);
    m_duplicates->setFocusPolicy(Qt::NoFocus);
    DuplicateList::fill(m_duplicates, app::BoardEdits::likelyDuplicates(*portfolio, request));
    m_duplicates->setMaximumHeight(fontMetrics().height() * qBound(1, m_duplicates->count(), 5) + 12);

    auto* checks = new QGroupBox(tr("Checklist"), this);
    auto* checksLayout = new QVBoxLayout(checks);
    checksLayout->addWidget(m_complete);
    checksLayout->addWidget(m_inStrategy);
    checksLayout->addWidget(m_notDuplicate);
    auto* duplicatesRow = new QHBoxLayout;
    duplicatesRow->addSpacing(24);
    auto* duplicatesColumn = new QVBoxLayout;
    duplicatesColumn->setSpacing(2);
    duplicatesColumn->addWidget(new QLabel(tr("Likely duplicates:"), this));
    duplicatesColumn->addWidget(m_duplicates);
    duplicatesRow->addLayout(duplicatesColumn, 1);
    checksLayout->addLayout(duplicatesRow);
    checksLayout->addWidget(m_estimated);

    m_outcomes->addButton(m_qualified, int(Outcome::Qualified));
    m_outcomes->addButton(m_returned, int(Outcome::Returned));
    m_outcomes->addButton(m_rejected, int(Outcome::Rejected));
    m_hint->setWordWrap(true);
    m_hint->setIndent(24);
    QPalette hintPalette = m_hint->palette();
    hintPalette.setColor(QPalette::WindowText, hintPalette.color(QPalette::PlaceholderText));
    m_hint->setPalette(hintPalette);
    auto* outcome = new QGroupBox(tr("Outcome"), this);
    auto* outcomeLayout = new QVBoxLayout(outcome);
    outcomeLayout->addWidget(m_qualified);
    outcomeLayout->addWidget(m_hint);
    outcomeLayout->addWidget(m_returned);
    outcomeLayout->addWidget(m_rejected);
    auto* noteLabel = new QLabel(tr("N&ote to the submitter:"), this);
    noteLabel->setBuddy(m_note);
    m_note->setTabChangesFocus(true);
    m_note->setPlainText(request.qualificationNote);
    m_note->setMinimumHeight(fontMetrics().height() * 4);
    outcomeLayout->addWidget(noteLabel);
    outcomeLayout->addWidget(m_note, 1);

    m_error->setWordWrap(true);
    m_error->setForegroundRole(QPalette::Highlight);
    QFont bold = m_error->font();
    bold.setBold(true);
    m_error->setFont(bold);
    m_error->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("ok"));
    m_ok->setEnabled(!portfolio->isReadOnly());
    connect(buttons, &QDialogButtonBox::accepted, this, &QualifyDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    for (QCheckBox* box : {m_complete, m_inStrategy, m_notDuplicate, m_estimated}) {
        connect(box, &QCheckBox::toggled, this, &QualifyDialog::updateOutcome);
    }
    connect(m_outcomes, &QButtonGroup::idToggled, this, [this](int, bool on) {
        if (on) {
            updateOutcome();
        }
    });
    connect(m_note, &QPlainTextEdit::textChanged, this, [this] { showError(QString()); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(summaryLabel);
    layout->addWidget(checks);
    layout->addWidget(outcome, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    updateOutcome();
    resize(640, 620);
}

bool QualifyDialog::qualify(QWidget* parent, app::Portfolio* portfolio, core::Id requestId)
{
    const core::ChangeRequest* r = portfolio ? portfolio->request(requestId) : nullptr;
    if (!r) {
        return false;
    }
    QualifyDialog dialog(portfolio, *r, parent);
    return Dialogs::exec(dialog) == QDialog::Accepted;
}

int QualifyDialog::checklist() const
{
    int c = 0;
    c |= m_complete->isChecked() ? core::CheckComplete : 0;
    c |= m_inStrategy->isChecked() ? core::CheckInStrategy : 0;
    c |= m_notDuplicate->isChecked() ? core::CheckNotDuplicate : 0;
    c |= m_estimated->isChecked() ? core::CheckEstimated : 0;
    return c;
}

void QualifyDialog::updateOutcome()
{
    const int missing = core::missingChecks(checklist());
    const bool complete = missing == 0;
    if (!complete && m_qualified->isChecked()) {
        // An exclusive group keeps one button on: let go of it to clear the choice.
        m_outcomes->setExclusive(false);
        m_qualified->setChecked(false);
        m_outcomes->setExclusive(true);
    }
    if (complete && !m_qualified->isEnabled() && m_outcomes->checkedId() == -1) {
        m_qualified->setChecked(true); // the natural next step once the list is complete
    }
    m_qualified->setEnabled(complete);
    m_hint->setText(complete ? tr("Goes on the agenda of the next board session.")
                             : tr("To qualify it, check that it is %1.").arg(app::Text::missingChecks(checklist())));
    switch (m_outcomes->checkedId()) {
    case int(Outcome::Returned):
        m_note->setPlaceholderText(tr("What the submitter should add (required)"));
        m_ok->setText(tr("&Return"));
        break;
    case int(Outcome::Rejected):
        m_note->setPlaceholderText(tr("Why it is not taken further (required)"));
        m_ok->setText(tr("Re&ject"));
        break;
    case int(Outcome::Qualified):
        m_note->setPlaceholderText(tr("A note for the board (optional)"));
        m_ok->setText(tr("&Qualify"));
        break;
    default:
        m_note->setPlaceholderText(tr("Required when the request is returned or rejected"));
        m_ok->setText(tr("OK"));
        break;
    }
    showError(QString());
}

void QualifyDialog::showError(const QString& text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void QualifyDialog::accept()
{
    const int chosen = m_outcomes->checkedId();
    if (chosen == -1) {
        showError(tr("Choose an outcome: qualified, returned or rejected."));
        return;
    }
    const auto outcome = Outcome(chosen);
    const QString note = m_note->toPlainText().trimmed();
    if (outcome == Outcome::Returned && note.isEmpty()) {
        showError(tr("Say what the submitter should add: they will read the note."));
        m_note->setFocus();
        return;
    }
    if (outcome == Outcome::Rejected && note.isEmpty()) {
        showError(tr("Say why the request is rejected: the submitter will read the note."));
        m_note->setFocus();
        return;
    }
    if (outcome == Outcome::Qualified && core::missingChecks(checklist()) != 0) {
        showError(tr("To qualify it, check that it is %1.").arg(app::Text::missingChecks(checklist())));
        return;
    }
    const QString code = m_request.code;
    const QString label = outcome == Outcome::Qualified  ? tr("Qualify %1").arg(code)
                          : outcome == Outcome::Returned ? tr("Return %1").arg(code)
                                                         : tr("Reject %1").arg(code);
    app::ChangeSet changes = app::BoardEdits::qualify(*m_portfolio, m_request.id, checklist(), outcome, note);
    if (changes.isEmpty()) {
        QDialog::accept(); // nothing to change: it already stands so
        return;
    }
    QString reason;
    const auto connection =
        connect(m_portfolio, &app::Portfolio::editRefused, this, [&reason](const QString& why) { reason = why; });
    const bool ok = m_portfolio->submit(label, std::move(changes));
    disconnect(connection);
    if (!ok) {
        showError(reason);
        return;
    }
    QDialog::accept();
}

} // namespace tiller::gui
