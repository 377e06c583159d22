#include "DashboardCharts.h"
#include "ReportPages.h"
#include "SceneExport.h"
#include "tiller/app/DashboardItems.h"
#include "tiller/app/Text.h"
#include "tiller/gui/MapScene.h"
#include "tiller/gui/MonthlyReport.h"

#include <QLocale>
#include <algorithm>
#include <map>

namespace tiller::gui::report {

void boardPage(ReportCanvas& c, const Context& x)
{
    app::Portfolio& p = x.p;
    const app::DashboardData& month = x.month;
    const QDate first = x.first;
    const QDate last = x.last;
    c.startPage(MonthlyReport::tr("Change board"));
    {
        QString h = QStringLiteral("<p>%1</p>")
                        .arg(esc(MonthlyReport::tr("In %1: %n request(s) received, %2 qualified, %3 decided.", nullptr,
                                                   month.requestsReceived)
                                     .arg(monthName(first))
                                     .arg(month.requestsQualified)
                                     .arg(month.decided)));
        if (month.medianLeadDays) {
            h += QStringLiteral("<p>%1</p>")
                     .arg(esc(MonthlyReport::tr("A decision came a median %1 days after the request was submitted.")
                                  .arg(number(*month.medianLeadDays, 1))));
        }
        std::vector<core::Meeting> sessions;
        for (const core::Meeting& s : p.boardSessions()) {
            if (s.heldOn >= first && s.heldOn <= last) {
                sessions.push_back(s);
            }
        }
        h += QStringLiteral("<h2>%1</h2>").arg(esc(MonthlyReport::tr("Sessions")));
        if (sessions.empty()) {
            h += QStringLiteral("<p class=\"empty\">%1</p>").arg(esc(MonthlyReport::tr("No session this month.")));
        }
        for (const core::Meeting& s : sessions) {
            h += QStringLiteral("<p>%1</p>")
                     .arg(esc(MonthlyReport::tr("%1 — %2, %n attendee(s)%3", nullptr, int(s.attendees.size()))
                                  .arg(QLocale().toString(s.heldOn, QLocale::LongFormat), s.title,
                                       s.closed ? MonthlyReport::tr(", closed") : MonthlyReport::tr(", still open"))));
        }
        h += QStringLiteral("<h2>%1</h2>").arg(esc(MonthlyReport::tr("Decisions")));
        std::vector<const core::BoardDecision*> decided;
        for (const core::BoardDecision& d : p.decisions()) {
            if (d.decidedOn >= first && d.decidedOn <= last) {
                decided.push_back(&d);
            }
        }
        std::sort(decided.begin(), decided.end(),
                  [](const auto* a, const auto* b) { return a->decidedOn < b->decidedOn; });
        if (decided.empty()) {
            h += QStringLiteral("<p class=\"empty\">%1</p>").arg(esc(MonthlyReport::tr("No decision this month.")));
        } else {
            QHash<core::Id, const core::ChangeRequest*> requests;
            for (const core::ChangeRequest& r : p.requests()) {
                requests.insert(r.id, &r);
            }
            h += tableHead({esc(MonthlyReport::tr("Date")), esc(MonthlyReport::tr("Request")),
                            esc(MonthlyReport::tr("Decision")), esc(MonthlyReport::tr("Details"))});
            int shown = 0;
            for (const core::BoardDecision* d : decided) {
                if (++shown > ListLimit) {
                    break;
                }
                const core::ChangeRequest* r = requests.value(d->requestId);
                QStringList details;
                if (d->verdict == core::BoardVerdict::Approved) {
                    if (d->priority > 0) {
                        details << MonthlyReport::tr("priority %1").arg(d->priority);
                    }
                    if (d->deadline.isValid()) {
                        details << MonthlyReport::tr("by %1").arg(dateText(d->deadline));
                    }
                    if (d->binId != 0) {
                        details << MonthlyReport::tr("in %1").arg(x.binCode(d->binId));
                    }
                } else if (d->verdict == core::BoardVerdict::Deferred && d->deferredTo.isValid()) {
                    details << MonthlyReport::tr("back on %1").arg(dateText(d->deferredTo));
                }
                if (!d->reason.isEmpty()) {
                    details << d->reason;
                }
                h += tableRow({esc(dateText(d->decidedOn)),
                               esc(r ? QStringLiteral("%1 %2").arg(r->code, r->title) : QString()),
                               esc(app::Text::verdict(d->verdict)), esc(details.join(QStringLiteral("; ")))});
            }
            h += QStringLiteral("</table>") + more(int(decided.size()));
        }
        // What came in: the board's next agenda in the making.
        std::vector<const core::ChangeRequest*> received;
        for (const core::ChangeRequest& r : p.requests()) {
            if (r.submittedOn >= first && r.submittedOn <= last) {
                received.push_back(&r);
            }
        }
        std::sort(received.begin(), received.end(),
                  [](const auto* a, const auto* b) { return a->submittedOn < b->submittedOn; });
        h += QStringLiteral("<h2>%1</h2>").arg(esc(MonthlyReport::tr("Requests received")));
        if (received.empty()) {
            h += QStringLiteral("<p class=\"empty\">%1</p>").arg(esc(MonthlyReport::tr("No request this month.")));
        } else {
            h += tableHead({esc(MonthlyReport::tr("Submitted")), esc(MonthlyReport::tr("Request")),
                            esc(MonthlyReport::tr("Origin")), esc(MonthlyReport::tr("By")),
                            esc(MonthlyReport::tr("Status"))});
            for (std::size_t i = 0; i < received.size() && i < std::size_t(ListLimit); ++i) {
                const core::ChangeRequest* r = received[i];
                h += tableRow({esc(dateText(r->submittedOn)), esc(QStringLiteral("%1 %2").arg(r->code, r->title)),
                               esc(app::Text::requestOrigin(r->origin)), esc(x.personName(r->submitterId)),
                               esc(app::Text::requestStatus(r->status))});
            }
            h += QStringLiteral("</table>") + more(int(received.size()));
        }
        c.html(h);
    }
}

namespace {

// The leaderboards of the month, when the program shows engagement and recognition.
QString engagement(const Context& x)
{
    const app::DashboardData& month = x.month;
    QString h = QStringLiteral("<h2>%1</h2>").arg(esc(MonthlyReport::tr("Engagement and recognition")));
    if (month.scores.empty()) {
        return h +
               QStringLiteral("<p class=\"empty\">%1</p>").arg(esc(MonthlyReport::tr("No points earned this month.")));
    }
    constexpr std::size_t Top = 5;
    const auto names = [&](const std::vector<core::Standing>& lines) {
        QStringList out;
        for (std::size_t i = 0; i < lines.size() && i < Top; ++i) {
            out << MonthlyReport::tr("%1 (%2)").arg(lines[i].name).arg(lines[i].points);
        }
        return out.join(QStringLiteral(", "));
    };
    h += QStringLiteral("<ul>");
    if (!month.teams.empty()) {
        h += QStringLiteral("<li>%1</li>").arg(esc(MonthlyReport::tr("Teams: %1.").arg(names(month.teams))));
    }
    std::vector<core::Standing> ambassadors;
    std::copy_if(month.ambassadors.begin(), month.ambassadors.end(), std::back_inserter(ambassadors),
                 [](const core::Standing& s) { return s.points > 0; });
    if (!ambassadors.empty()) {
        h += QStringLiteral("<li>%1</li>").arg(esc(MonthlyReport::tr("Ambassadors: %1.").arg(names(ambassadors))));
    }
    QStringList people;
    for (std::size_t i = 0; i < month.scores.size() && i < Top; ++i) {
        const core::PersonScore& s = month.scores[i];
        QStringList badges;
        for (const core::Badge b : s.badges) {
            badges << app::DashboardItems::badge(b);
        }
        people << (badges.isEmpty() ? MonthlyReport::tr("%1 (%2)").arg(x.personName(s.person)).arg(s.points)
                                    : MonthlyReport::tr("%1 (%2; %3)")
                                          .arg(x.personName(s.person))
                                          .arg(s.points)
                                          .arg(badges.join(QStringLiteral(", "))));
    }
    h += QStringLiteral("<li>%1</li>")
             .arg(esc(MonthlyReport::tr("Most points: %1.").arg(people.join(QStringLiteral(", ")))));
    return h + QStringLiteral("</ul>");
}

} // namespace

void risksPage(ReportCanvas& c, const Context& x)
{
    app::Portfolio& p = x.p;
    const app::DashboardData& month = x.month;
    const QDate first = x.first;
    const QDate last = x.last;
    const QDate today = x.today;
    const QStringList& alerts = x.alerts;
    c.startPage(MonthlyReport::tr("Successes, risks and blockers"));
    {
        QString h = QStringLiteral("<h2>%1</h2>").arg(esc(MonthlyReport::tr("Successes of the month")));
        QStringList successes;
        for (const auto& d : month.delivered) {
            successes
                << MonthlyReport::tr("%1 %2 delivered (%n initiative(s)).", nullptr, d.initiatives).arg(d.code, d.name);
        }
        for (const auto& s : month.successes) {
            if (s.kind == app::DashboardData::Success::Celebrated) {
                successes << MonthlyReport::tr("Celebrated on %1: %2 (%3, %4).")
                                 .arg(dateText(s.on), s.title, s.binCode, x.personName(s.person));
            } else if (s.kind == app::DashboardData::Success::Milestone) {
                successes << MonthlyReport::tr("Milestone reached on time on %1: %2 — %3.")
                                 .arg(dateText(s.on), s.binCode, s.title);
            }
        }
        for (const auto& k : month.kpis) {
            if (k.met && *k.met && k.latestOn >= first && k.latestOn <= last) {
                successes << MonthlyReport::tr("%1 on target: %2.").arg(k.name, kpiValue(k.latest, k.unit));
            }
        }
        if (successes.isEmpty()) {
            h +=
                QStringLiteral("<p class=\"empty\">%1</p>").arg(esc(MonthlyReport::tr("Nothing recorded this month.")));
        } else {
            h += QStringLiteral("<ul>");
            for (int i = 0; i < successes.size() && i < ListLimit; ++i) {
                h += QStringLiteral("<li>%1</li>").arg(esc(successes[i]));
            }
            h += QStringLiteral("</ul>") + more(int(successes.size()));
        }
        if (month.engagement) {
            h += engagement(x);
        }

        h += QStringLiteral("<h2>%1</h2>").arg(esc(MonthlyReport::tr("Risks")));
        QStringList risks = alerts;
        for (const core::ProjectBin& b : p.bins()) {
            if (b.status == core::BinStatus::Blocked) {
                risks << MonthlyReport::tr("%1 %2 is blocked.").arg(b.code, b.name);
            } else if (b.status != core::BinStatus::Done && b.status != core::BinStatus::Cancelled && b.end.isValid() &&
                       b.end < today) {
                risks << MonthlyReport::tr("%1 %2 was due on %3 and is not done.").arg(b.code, b.name, dateText(b.end));
            }
        }
        if (risks.isEmpty()) {
            h += QStringLiteral("<p class=\"empty\">%1</p>")
                     .arg(esc(MonthlyReport::tr("No guardrail crossed, no bin blocked or late.")));
        } else {
            h += QStringLiteral("<ul>");
            for (int i = 0; i < risks.size() && i < ListLimit; ++i) {
                h += QStringLiteral("<li>%1</li>").arg(esc(risks[i]));
            }
            h += QStringLiteral("</ul>") + more(int(risks.size()));
        }

        std::vector<const core::Task*> blocked;
        std::vector<const core::Task*> overdue;
        for (const core::Task& t : p.tasks()) {
            if (t.status == core::TaskStatus::Blocked) {
                blocked.push_back(&t);
            } else if (t.status != core::TaskStatus::Done && t.due.isValid() && t.due < today) {
                overdue.push_back(&t);
            }
        }
        const auto byDue = [](const core::Task* a, const core::Task* b) { return a->due < b->due; };
        std::sort(blocked.begin(), blocked.end(), byDue);
        std::sort(overdue.begin(), overdue.end(), byDue);
        const auto taskTable = [&](const std::vector<const core::Task*>& tasks, bool reasons) {
            QString t = tableHead({esc(MonthlyReport::tr("Task")), esc(MonthlyReport::tr("Bin")),
                                   esc(MonthlyReport::tr("Owner")), esc(MonthlyReport::tr("Due")),
                                   esc(reasons ? MonthlyReport::tr("Why") : MonthlyReport::tr("Late by"))});
            for (std::size_t i = 0; i < tasks.size() && i < std::size_t(ListLimit); ++i) {
                const core::Task* task = tasks[i];
                t += tableRow({esc(task->title), esc(x.binCode(task->binId)), esc(x.personName(task->ownerId)),
                               esc(dateText(task->due)),
                               esc(reasons ? task->blockedReason
                                           : MonthlyReport::tr("%n day(s)", nullptr, int(task->due.daysTo(today))))});
            }
            return t + QStringLiteral("</table>") + more(int(tasks.size()));
        };
        h += QStringLiteral("<h2>%1</h2>").arg(esc(MonthlyReport::tr("Blocked tasks (%1)").arg(blocked.size())));
        h += blocked.empty() ? QStringLiteral("<p class=\"empty\">%1</p>").arg(esc(MonthlyReport::tr("None.")))
                             : taskTable(blocked, true);
        h += QStringLiteral("<h2>%1</h2>").arg(esc(MonthlyReport::tr("Overdue tasks (%1)").arg(overdue.size())));
        h += overdue.empty() ? QStringLiteral("<p class=\"empty\">%1</p>").arg(esc(MonthlyReport::tr("None.")))
                             : taskTable(overdue, false);
        c.html(h);
    }
}

void mapPage(ReportCanvas& c, const Context& x)
{
    app::Portfolio& p = x.p;
    const QDate today = x.today;
    c.startPage(MonthlyReport::tr("Transformation map"), QPageLayout::Landscape);
    MapScene scene(&p);
    scene.setToday(today);
    scene.setCaching(false); // vector output: no cached pixmaps
    const QRectF box = c.take(c.remaining());
    SceneExport::renderOnPage(&c.painter(), &scene, box, scene.mapRect());
}

// Draws every page; the number of pages drawn, or -1 when the painter could not start or finish.
} // namespace tiller::gui::report
