#include "tiller/gui/BoardReport.h"

#include "tiller/app/BoardEdits.h"
#include "tiller/app/Portfolio.h"
#include "tiller/app/StrategyCheck.h"
#include "tiller/app/Text.h"
#include "tiller/gui/Dialogs.h"

#include "HtmlPdf.h"

#include <QLocale>

namespace tiller::gui {

namespace {

QString esc(const QString& text) { return HtmlPdf::escape(text); }

QString longDate(QDate d) { return d.isValid() ? QLocale().toString(d, QLocale::LongFormat) : QStringLiteral("—"); }

QString money(double v) { return v > 0 ? app::StrategyCheck::amount(v) : QStringLiteral("—"); }

QString personName(const app::Portfolio& p, core::Id id)
{
    const core::Person* person = id ? p.person(id) : nullptr;
    return person ? person->name : QStringLiteral("—");
}

} // namespace

QString BoardReport::html(const app::Portfolio& p, core::Id sessionId, Kind kind)
{
    const core::Meeting* session = p.meeting(sessionId);
    if (!session) {
        return {};
    }
    const app::StrategyCheck check(p);
    QString h = HtmlPdf::begin();
    h += QStringLiteral("<p class='sub'>%1</p>")
             .arg(esc(kind == Kind::Agenda ? tr("Change board — agenda") : tr("Change board — minutes")));
    h += QStringLiteral("<h1>%1</h1>").arg(esc(app::BoardEdits::sessionTitle(*session)));
    if (kind == Kind::Minutes && !session->closed) {
        h += QStringLiteral("<p class='empty'>%1</p>").arg(esc(tr("Draft: the session is still open.")));
    }
    if (!session->reason.isEmpty()) {
        h += QStringLiteral("<p class='sub'>%1</p>").arg(esc(tr("Extra session this month: %1").arg(session->reason)));
    }
    QStringList names;
    for (core::Id id : session->attendees) {
        names.append(personName(p, id));
    }
    h += QStringLiteral("<p style='margin-top: 6px;'><b>%1</b> %2</p>")
             .arg(esc(kind == Kind::Agenda ? tr("Invited:") : tr("Present:")),
                  esc(names.isEmpty() ? tr("(nobody recorded)") : names.join(QStringLiteral(", "))));

    // Where the program stands against its guardrails.
    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Guardrails")));
    const core::BudgetStatus budget = check.budget(session->heldOn.year());
    if (budget.envelope > 0) {
        h += QStringLiteral("<p>%1</p>")
                 .arg(esc(tr("%1 envelope: %2 · committed: %3 · remaining: %4")
                              .arg(budget.year)
                              .arg(money(budget.envelope), money(budget.committed),
                                   app::StrategyCheck::amount(budget.remaining()))));
    } else {
        h += QStringLiteral("<p class='empty'>%1</p>").arg(esc(tr("No budget envelope set for %1.").arg(budget.year)));
    }
    const QStringList alerts = check.alerts(session->heldOn);
    for (const QString& a : alerts) {
        h += QStringLiteral("<p class='warn'>%1</p>").arg(esc(a));
    }
    if (alerts.isEmpty()) {
        h += QStringLiteral("<p>%1</p>").arg(esc(tr("Within the guardrails.")));
    }

    const std::vector<core::ChangeRequest> agenda = p.agenda(sessionId);
    const std::vector<core::BoardDecision> decisions = p.decisionsOf(sessionId);
    if (kind == Kind::Minutes && !session->notes.trimmed().isEmpty()) {
        h += QStringLiteral("<h2>%1</h2><p>%2</p>").arg(esc(tr("Notes")), esc(session->notes.trimmed()));
    }

    if (kind == Kind::Agenda) {
        h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("%n request(s) to decide", nullptr, int(agenda.size()))));
        if (agenda.empty()) {
            h += QStringLiteral("<p class='empty'>%1</p>").arg(esc(tr("Nothing qualified since the last session.")));
        }
        int n = 0;
        for (const core::ChangeRequest& r : agenda) {
            const core::Domain* domain = p.domain(r.domainId);
            const core::Pillar* pillar = p.pillar(r.pillarId);
            h += QStringLiteral("<h3>%1. %2 — %3</h3>").arg(++n).arg(esc(r.code), esc(r.title));
            h += QStringLiteral("<p class='sub'>%1</p>")
                     .arg(esc(tr("%1 · submitted by %2 on %3 · urgency: %4")
                                  .arg(app::Text::requestOrigin(r.origin), personName(p, r.submitterId),
                                       longDate(r.submittedOn), app::Text::urgency(r.urgency))));
            h += QStringLiteral("<p class='sub'>%1</p>")
                     .arg(esc(tr("Domain: %1 · pillar: %2 · benefit: %3 · cost: %4 · effort: %5 person-days")
                                  .arg(domain ? domain->name : tr("none"), pillar ? pillar->name : tr("none"),
                                       money(r.estBenefit), money(r.estCost),
                                       r.estEffortDays > 0 ? QLocale().toString(r.estEffortDays, 'f', 0)
                                                           : QStringLiteral("—"))));
            if (!r.description.trimmed().isEmpty()) {
                h += QStringLiteral("<p>%1</p>").arg(esc(r.description.trimmed()));
            }
            if (!r.evidence.trimmed().isEmpty()) {
                h += QStringLiteral("<p><i>%1</i></p>").arg(esc(tr("Evidence: %1").arg(r.evidence.trimmed())));
            }
            h += QStringLiteral("<p class='warn'>%1</p>")
                     .arg(esc(check.describe(check.impactOf(r, session->heldOn))));
        }
    } else {
        h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Decisions")));
        if (decisions.empty()) {
            h += QStringLiteral("<p class='empty'>%1</p>").arg(esc(tr("No decision recorded.")));
        } else {
            h += QStringLiteral("<table width='100%' cellspacing='0'><thead><tr><th>%1</th><th>%2</th><th>%3</th>"
                                "</tr></thead>")
                     .arg(esc(tr("Request")), esc(tr("Decision")), esc(tr("Details")));
            for (const core::BoardDecision& x : decisions) {
                const core::ChangeRequest* r = p.request(x.requestId);
                QStringList details;
                if (x.verdict == core::BoardVerdict::Approved) {
                    if (x.priority > 0) {
                        details.append(tr("priority %1").arg(x.priority));
                    }
                    if (x.deadline.isValid()) {
                        details.append(tr("due %1").arg(longDate(x.deadline)));
                    }
                    if (!x.resources.isEmpty()) {
                        details.append(tr("resources: %1").arg(x.resources));
                    }
                    const core::Initiative* i = p.initiative(x.initiativeId);
                    const core::ProjectBin* b = p.bin(x.binId);
                    if (i) {
                        details.append(b ? tr("became %1 in %2").arg(i->code, b->code) : tr("became %1").arg(i->code));
                    }
                } else if (x.verdict == core::BoardVerdict::Deferred) {
                    details.append(tr("back on %1").arg(longDate(x.deferredTo)));
                }
                if (!x.reason.isEmpty()) {
                    details.append(x.reason);
                }
                h += QStringLiteral("<tr><td class='c' width='38%'>%1</td><td class='c' width='14%'><b>%2</b></td>"
                                    "<td class='c'>%3</td></tr>")
                         .arg(esc(r ? r->code + QStringLiteral(" — ") + r->title : QStringLiteral("—")),
                              esc(app::Text::verdict(x.verdict)), esc(details.join(QStringLiteral(" · "))));
            }
            h += QStringLiteral("</table>");
        }
        QStringList waiting;
        for (const core::ChangeRequest& r : agenda) {
            if (!p.decision(sessionId, r.id)) {
                waiting.append(r.code + QStringLiteral(" — ") + r.title);
            }
        }
        if (!waiting.isEmpty()) {
            h += QStringLiteral("<h2>%1</h2><p>%2</p>")
                     .arg(esc(tr("Carried over to the next session")), esc(waiting.join(QLatin1Char('\n'))));
        }
    }
    h += QStringLiteral("</body></html>");
    return h;
}

bool BoardReport::write(const app::Portfolio& p, core::Id sessionId, Kind kind, const QString& path, QString* error,
                        QDate printedOn)
{
    const core::Meeting* session = p.meeting(sessionId);
    if (!session) {
        *error = tr("The session no longer exists.");
        return false;
    }
    HtmlPdf::Options options;
    const QString what = kind == Kind::Agenda ? tr("Agenda") : tr("Minutes");
    options.title = QStringLiteral("%1 — %2").arg(app::BoardEdits::sessionTitle(*session), what);
    options.footer = tr("%1 · %2 · printed %3")
                         .arg(app::BoardEdits::sessionTitle(*session), what, printedOn.toString(Qt::ISODate));
    return HtmlPdf::write(html(p, sessionId, kind), path, options, error);
}

QString BoardReport::exportInteractively(QWidget* parent, const app::Portfolio& p, core::Id sessionId, Kind kind)
{
    const core::Meeting* session = p.meeting(sessionId);
    if (!session) {
        return {};
    }
    const QString title = kind == Kind::Agenda ? tr("Export Agenda") : tr("Export Minutes");
    const QString name = kind == Kind::Agenda ? tr("change board %1 agenda.pdf").arg(session->heldOn.toString(Qt::ISODate))
                                              : tr("change board %1 minutes.pdf").arg(session->heldOn.toString(Qt::ISODate));
    const QString path = Dialogs::saveFileName(parent, title, name, tr("PDF (*.pdf)"));
    if (path.isEmpty()) {
        return {};
    }
    QString error;
    if (!write(p, sessionId, kind, path, &error)) {
        Dialogs::warning(parent, title, error);
        return {};
    }
    return path;
}

} // namespace tiller::gui
