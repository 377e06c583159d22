#include "tiller/gui/MonthlyReport.h"

#include "DashboardCharts.h"
#include "HtmlPdf.h"
#include "ReportCanvas.h"
#include "SceneExport.h"
#include "tiller/app/DashboardData.h"
#include "tiller/app/Portfolio.h"
#include "tiller/app/StrategyCheck.h"
#include "tiller/app/Text.h"
#include "tiller/gui/MapScene.h"

#include <QBuffer>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <algorithm>
#include <cmath>
#include <functional>
#include <map>

namespace tiller::gui {

namespace {

constexpr double MarginMm = 14;
constexpr int ListLimit = 12; // rows of a list before the rest is only counted

double mm(double v)
{
    return ReportCanvas::mm(v);
}

QString esc(const QString& s)
{
    return HtmlPdf::escape(s);
}

QString number(double v, int decimals = 0)
{
    return DashboardCharts::number(v, decimals);
}

QString percent(std::optional<double> share)
{
    return share ? number(*share * 100) + QStringLiteral("%") : QStringLiteral("–");
}

QString dateText(QDate d)
{
    // "3 Nov 2026": unambiguous in print, in the locale's words.
    return d.isValid() ? QLocale().toString(d, QStringLiteral("d MMM yyyy")) : QStringLiteral("–");
}

QString monthName(QDate d)
{
    return QLocale().toString(d, QStringLiteral("MMMM yyyy"));
}

// "November 2026" for "2026-11".
QString longMonth(const QString& yyyyMm)
{
    const QDate d = QDate::fromString(yyyyMm + QStringLiteral("-01"), QStringLiteral("yyyy-MM-dd"));
    return d.isValid() ? monthName(d) : yyyyMm;
}

// "and 4 more" under a list cut at ListLimit.
QString more(int total)
{
    return total > ListLimit ? QStringLiteral("<p class=\"sub\">%1</p>")
                                   .arg(esc(MonthlyReport::tr("… and %n more", nullptr, total - ListLimit)))
                             : QString();
}

QString metricValue(core::VocMetric m, double v)
{
    switch (m) {
    case core::VocMetric::Nps:
        return DashboardCharts::signedNumber(v);
    case core::VocMetric::Csat:
        return number(v) + QStringLiteral("%");
    case core::VocMetric::Ces:
        return number(v, 1);
    }
    return number(v);
}

QString kpiValue(std::optional<double> v, const QString& unit)
{
    return DashboardCharts::kpiValue(v, unit);
}

QString colourOf(bool good)
{
    return (good ? DashboardCharts::Good : DashboardCharts::Bad).name();
}

struct Card
{
    QString title;
    QString value;
    QString detail;
    QString colour; // of the value; empty: black
};

QString cards(const std::vector<Card>& all)
{
    QString h = QStringLiteral("<table width=\"100%\" cellspacing=\"6\" cellpadding=\"8\">");
    for (std::size_t i = 0; i < all.size(); ++i) {
        if (i % 4 == 0) {
            h += QStringLiteral("<tr>");
        }
        const Card& c = all[i];
        h += QStringLiteral("<td width=\"25%\" bgcolor=\"#f1f4f8\"><p class=\"sub\">%1</p>"
                            "<p style=\"font-size:17pt; font-weight:bold;%4\">%2</p><p class=\"sub\">%3</p></td>")
                 .arg(esc(c.title), esc(c.value), esc(c.detail),
                      c.colour.isEmpty() ? QString() : QStringLiteral(" color:%1;").arg(c.colour));
        if (i % 4 == 3 || i + 1 == all.size()) {
            h += QStringLiteral("</tr>");
        }
    }
    return h + QStringLiteral("</table>");
}

// What every page reads: the program, the month's figures and the twelve months' up to it.
struct Context
{
    app::Portfolio& p;
    QDate first;
    QDate last;
    QDate today;
    app::DashboardData month;
    app::DashboardData year;
    QStringList alerts;
    QHash<core::Id, const core::ProjectBin*> bins;

    QString personName(core::Id id) const
    {
        const core::Person* person = p.person(id);
        return person ? person->name : QString();
    }
    QString binCode(core::Id id) const
    {
        const core::ProjectBin* b = bins.value(id);
        return b ? b->code : QString();
    }
};

void coverPage(ReportCanvas& c, const Context& x)
{
    app::Portfolio& p = x.p;
    const app::DashboardData& month = x.month;
    const app::DashboardData& year = x.year;
    const QDate first = x.first;
    const QDate last = x.last;
    const QDate today = x.today;
    const QStringList& alerts = x.alerts;
    c.startPage(QString());
    const QString title = MonthlyReport::tr("Monthly report — %1").arg(monthName(first));
    {
        QString h =
            QStringLiteral("<h1 style=\"font-size:24pt;\">%1</h1><p style=\"font-size:15pt; color:#1f3a5f;\">%2</p>")
                .arg(esc(p.program().name), esc(title));
        h += QStringLiteral("<p class=\"sub\">%1</p>")
                 .arg(esc(MonthlyReport::tr("Figures for %1 to %2; what is overdue or blocked as of %3.")
                              .arg(dateText(first), dateText(last), dateText(today))));
        if (!p.program().vision.isEmpty()) {
            h += QStringLiteral("<p style=\"margin-top:8px;\"><i>%1</i></p>").arg(esc(p.program().vision.left(600)));
        }
        c.html(h);
    }
    std::vector<Card> headline;
    std::vector<QString> brief;
    for (const auto& [metric, name] : {std::pair{core::VocMetric::Nps, MonthlyReport::tr("NPS")},
                                       std::pair{core::VocMetric::Csat, MonthlyReport::tr("CSAT")},
                                       std::pair{core::VocMetric::Ces, MonthlyReport::tr("CES (lower is better)")}}) {
        const auto& m = year.metric(metric);
        if (!m.latest) {
            headline.push_back({name, QStringLiteral("–"), MonthlyReport::tr("No answers"), {}});
            continue;
        }
        const QString when = DashboardCharts::monthLabel(m.months.back().month);
        Card card{name, metricValue(metric, *m.latest), when, {}};
        if (m.trend) {
            card.value += QStringLiteral(" ") + DashboardCharts::arrow(*m.trend);
            card.detail = MonthlyReport::tr("%1 · %2 before").arg(when, metricValue(metric, *m.previous));
            if (*m.trend != core::Trend::Flat) {
                card.colour = colourOf(m.improving);
            }
            QString before;
            for (auto it = m.months.rbegin() + 1; it != m.months.rend(); ++it) {
                if (it->value) {
                    before = longMonth(it->month);
                    break;
                }
            }
            const QString verdict = m.improving                     ? MonthlyReport::tr("better")
                                    : *m.trend == core::Trend::Flat ? MonthlyReport::tr("steady")
                                                                    : MonthlyReport::tr("worse");
            brief.push_back(MonthlyReport::tr("%1 %2 in %3 (%4 in %5): %6.")
                                .arg(name, metricValue(metric, *m.latest), longMonth(m.months.back().month),
                                     metricValue(metric, *m.previous), before, verdict));
        }
        headline.push_back(card);
    }
    headline.push_back(
        {MonthlyReport::tr("Requests decided"),
         number(month.decided),
         MonthlyReport::tr("%1 received, %2 qualified").arg(month.requestsReceived).arg(month.requestsQualified),
         {}});
    headline.push_back({MonthlyReport::tr("Tasks on time"),
                        percent(month.onTimeRate),
                        MonthlyReport::tr("%n task(s) done", nullptr, month.tasksDoneInPeriod),
                        {}});
    headline.push_back({MonthlyReport::tr("Overdue tasks"), number(month.tasksOverdue),
                        MonthlyReport::tr("as of %1").arg(dateText(today)),
                        month.tasksOverdue > 0 ? DashboardCharts::Bad.name() : QString()});
    headline.push_back({MonthlyReport::tr("Blocked tasks"), number(month.tasksBlocked),
                        MonthlyReport::tr("as of %1").arg(dateText(today)),
                        month.tasksBlocked > 0 ? DashboardCharts::Bad.name() : QString()});
    {
        Card budget{MonthlyReport::tr("Budget committed"), app::StrategyCheck::amount(month.budget.committed), {}, {}};
        if (month.budget.envelope > 0) {
            budget.detail = MonthlyReport::tr("of %1 for %2 (%3%)")
                                .arg(app::StrategyCheck::amount(month.budget.envelope))
                                .arg(month.budget.year)
                                .arg(number(100 * month.budget.committed / month.budget.envelope));
            if (month.budget.over()) {
                budget.colour = DashboardCharts::Bad.name();
            }
        } else {
            budget.detail = MonthlyReport::tr("No envelope set for %1").arg(month.budget.year);
        }
        headline.push_back(budget);
    }
    headline.push_back({MonthlyReport::tr("Bins delivered"),
                        number(double(month.delivered.size())),
                        MonthlyReport::tr("%n bin(s) under way", nullptr,
                                          month.binsByStatus[std::size_t(core::BinStatus::InProgress)]),
                        {}});
    headline.push_back({MonthlyReport::tr("KPIs on target"),
                        month.kpisWithTarget > 0
                            ? MonthlyReport::tr("%1 of %2").arg(month.kpisMet).arg(month.kpisWithTarget)
                            : QStringLiteral("–"),
                        MonthlyReport::tr("%n KPI(s) followed", nullptr, int(month.kpis.size())),
                        {}});
    c.html(cards(headline));

    brief.push_back(MonthlyReport::tr(
                        "%n task(s) done in the month, %1 of those with a deadline on time; %2 overdue and %3 blocked "
                        "today.",
                        nullptr, month.tasksDoneInPeriod)
                        .arg(percent(month.onTimeRate))
                        .arg(month.tasksOverdue)
                        .arg(month.tasksBlocked));
    if (month.delivered.empty()) {
        brief.push_back(MonthlyReport::tr("No project bin was delivered this month."));
    } else {
        QStringList names;
        for (const auto& d : month.delivered) {
            names << QStringLiteral("%1 %2").arg(d.code, d.name);
        }
        brief.push_back(MonthlyReport::tr("Delivered: %1.").arg(names.join(QStringLiteral("; "))));
    }
    brief.push_back(MonthlyReport::tr("The change board decided %n request(s): %1 approved, %2 deferred, %3 rejected.",
                                      nullptr, month.decided)
                        .arg(month.decisionsByVerdict[std::size_t(core::BoardVerdict::Approved)])
                        .arg(month.decisionsByVerdict[std::size_t(core::BoardVerdict::Deferred)])
                        .arg(month.decisionsByVerdict[std::size_t(core::BoardVerdict::Rejected)]));
    {
        QString h = QStringLiteral("<h2>%1</h2><ul>").arg(esc(MonthlyReport::tr("The month in brief")));
        for (const QString& line : brief) {
            h += QStringLiteral("<li>%1</li>").arg(esc(line));
        }
        h += QStringLiteral("</ul><h2>%1</h2>").arg(esc(MonthlyReport::tr("Guardrails")));
        if (alerts.isEmpty()) {
            h += QStringLiteral("<p>%1</p>")
                     .arg(esc(MonthlyReport::tr("Within the guardrails: budget, capacity and strategy.")));
        } else {
            h += QStringLiteral("<ul>");
            for (const QString& a : alerts) {
                h += QStringLiteral("<li><span style=\"color:#9a3b00;\">%1</span></li>").arg(esc(a));
            }
            h += QStringLiteral("</ul>");
        }
        c.html(h);
    }
}

void deliveryPage(ReportCanvas& c, const Context& x)
{
    const app::DashboardData& month = x.month;
    const app::DashboardData& year = x.year;
    const QDate first = x.first;
    const double colGap = mm(6);
    const double half = (c.width() - colGap) / 2;
    c.startPage(MonthlyReport::tr("Delivery"));
    c.html(QStringLiteral("<p>%1</p>")
               .arg(esc(MonthlyReport::tr(
                            "%n project bin(s) in the program; the charts show their status and horizon today, the "
                            "tasks done in the last 13 weeks and each domain's busiest month of %1 against its "
                            "capacity.",
                            nullptr, month.binCount)
                            .arg(monthName(first)))));
    {
        const double h = mm(62);
        c.chart(DashboardCharts::binsByStatus(month), c.take(h, 0, half, false));
        c.chart(DashboardCharts::binsByHorizon(month), c.take(h, half + colGap, half));
        c.chart(DashboardCharts::throughput(year, 13), c.take(mm(62)));
        c.chart(DashboardCharts::load(month), c.take(mm(70)));
    }
}

void cxPage(ReportCanvas& c, const Context& x)
{
    const app::DashboardData& month = x.month;
    const app::DashboardData& year = x.year;
    c.startPage(MonthlyReport::tr("CX outcomes"));
    c.chart(DashboardCharts::cxTrend(year), c.take(mm(70)));
    {
        QString h;
        if (!year.delivered.empty()) {
            h += QStringLiteral("<p class=\"sub\">%1</p>")
                     .arg(esc(MonthlyReport::tr(
                         "▲ on the chart: the bins delivered that month, so a change can be read against "
                         "what the program did before it.")));
        }
        c.html(h);
    }
    {
        const auto withNps =
            std::count_if(month.stages.begin(), month.stages.end(), [](const auto& s) { return s.nps; });
        if (withNps > 0) {
            c.chart(DashboardCharts::npsByStage(month),
                    c.take(mm(std::clamp(18.0 + 4.5 * double(withNps), 40.0, 80.0))));
        }
        QString h = QStringLiteral("<h2>%1</h2>").arg(esc(MonthlyReport::tr("KPIs against their targets")));
        if (month.kpis.empty()) {
            h += QStringLiteral("<p class=\"empty\">%1</p>").arg(esc(MonthlyReport::tr("No KPI is followed yet.")));
        } else {
            h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\"><tr><th>%1</th><th>%2</th><th>%3</th>"
                                "<th>%4</th></tr>")
                     .arg(esc(MonthlyReport::tr("KPI")), esc(MonthlyReport::tr("Latest")),
                          esc(MonthlyReport::tr("Target")), esc(MonthlyReport::tr("Status")));
            int shown = 0;
            for (const auto& k : month.kpis) {
                if (++shown > ListLimit) {
                    break;
                }
                QString trend;
                if (k.trend) {
                    trend = QStringLiteral(" <span style=\"color:%1\">%2</span>")
                                .arg(*k.trend == core::Trend::Flat ? DashboardCharts::Neutral.name()
                                                                   : colourOf(k.improving),
                                     DashboardCharts::arrow(*k.trend));
                }
                const QString status =
                    !k.met   ? esc(k.target ? MonthlyReport::tr("No measurement") : MonthlyReport::tr("No target"))
                    : *k.met ? QStringLiteral("<span style=\"color:%1\">%2</span>")
                                   .arg(colourOf(true), esc(MonthlyReport::tr("On target")))
                             : QStringLiteral("<span style=\"color:%1\">%2</span>")
                                   .arg(colourOf(false), esc(MonthlyReport::tr("Off target")));
                h += QStringLiteral("<tr><td class=\"c\">%1</td><td class=\"c\">%2%3</td><td class=\"c\">%4</td>"
                                    "<td class=\"c\">%5</td></tr>")
                         .arg(esc(k.name), esc(kpiValue(k.latest, k.unit)), trend, esc(kpiValue(k.target, k.unit)),
                              status);
            }
            h += QStringLiteral("</table>") + more(int(month.kpis.size()));
        }
        c.html(h);
    }
    {
        QString h = QStringLiteral("<h2>%1</h2>").arg(esc(MonthlyReport::tr("Delivered over the last twelve months")));
        if (year.delivered.empty()) {
            h += QStringLiteral("<p class=\"empty\">%1</p>")
                     .arg(esc(MonthlyReport::tr("No bin was delivered in that time.")));
        } else {
            h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\"><tr><th>%1</th><th>%2</th><th>%3</th>"
                                "<th>%4</th></tr>")
                     .arg(esc(MonthlyReport::tr("Delivered")), esc(MonthlyReport::tr("Bin")),
                          esc(MonthlyReport::tr("Name")), esc(MonthlyReport::tr("Initiatives")));
            int shown = 0;
            // Newest first: the latest deliveries are the ones the trend can't show yet.
            for (auto it = year.delivered.rbegin(); it != year.delivered.rend() && ++shown <= ListLimit; ++it) {
                h += QStringLiteral("<tr><td class=\"c\">%1</td><td class=\"c\">%2</td><td class=\"c\">%3</td>"
                                    "<td class=\"c\">%4</td></tr>")
                         .arg(esc(dateText(it->on)), esc(it->code), esc(it->name))
                         .arg(it->initiatives);
            }
            h += QStringLiteral("</table>") + more(int(year.delivered.size()));
        }
        c.html(h);
    }
}

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
            h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\"><tr><th>%1</th><th>%2</th><th>%3</th>"
                                "<th>%4</th></tr>")
                     .arg(esc(MonthlyReport::tr("Date")), esc(MonthlyReport::tr("Request")),
                          esc(MonthlyReport::tr("Decision")), esc(MonthlyReport::tr("Details")));
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
                h += QStringLiteral("<tr><td class=\"c\">%1</td><td class=\"c\">%2</td><td class=\"c\">%3</td>"
                                    "<td class=\"c\">%4</td></tr>")
                         .arg(esc(dateText(d->decidedOn)),
                              esc(r ? QStringLiteral("%1 %2").arg(r->code, r->title) : QString()),
                              esc(app::Text::verdict(d->verdict)), esc(details.join(QStringLiteral("; "))));
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
            h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\"><tr><th>%1</th><th>%2</th><th>%3</th>"
                                "<th>%4</th><th>%5</th></tr>")
                     .arg(esc(MonthlyReport::tr("Submitted")), esc(MonthlyReport::tr("Request")),
                          esc(MonthlyReport::tr("Origin")), esc(MonthlyReport::tr("By")),
                          esc(MonthlyReport::tr("Status")));
            for (std::size_t i = 0; i < received.size() && i < std::size_t(ListLimit); ++i) {
                const core::ChangeRequest* r = received[i];
                h += QStringLiteral("<tr><td class=\"c\">%1</td><td class=\"c\">%2</td><td class=\"c\">%3</td>"
                                    "<td class=\"c\">%4</td><td class=\"c\">%5</td></tr>")
                         .arg(esc(dateText(r->submittedOn)), esc(QStringLiteral("%1 %2").arg(r->code, r->title)),
                              esc(app::Text::requestOrigin(r->origin)), esc(x.personName(r->submitterId)),
                              esc(app::Text::requestStatus(r->status)));
            }
            h += QStringLiteral("</table>") + more(int(received.size()));
        }
        c.html(h);
    }
}

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
        // Who finished the most tasks on time: recognition by name.
        std::map<QString, int> onTime;
        for (const core::Task& t : p.tasks()) {
            const QDate done = t.completedAt.date();
            if (t.status == core::TaskStatus::Done && done >= first && done <= last && t.due.isValid() &&
                done <= t.due && t.ownerId != 0) {
                ++onTime[x.personName(t.ownerId)];
            }
        }
        std::vector<std::pair<QString, int>> people(onTime.begin(), onTime.end());
        std::stable_sort(people.begin(), people.end(),
                         [](const auto& a, const auto& b) { return a.second > b.second; });
        if (!people.empty()) {
            QStringList names;
            for (std::size_t i = 0; i < people.size() && i < 5; ++i) {
                names << MonthlyReport::tr("%1 (%2)").arg(people[i].first).arg(people[i].second);
            }
            successes << MonthlyReport::tr("Most tasks done on time: %1.").arg(names.join(QStringLiteral(", ")));
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
            for (const QString& s : successes) {
                h += QStringLiteral("<li>%1</li>").arg(esc(s));
            }
            h += QStringLiteral("</ul>");
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
            QString t = QStringLiteral("<table width=\"100%\" cellspacing=\"0\"><tr><th>%1</th><th>%2</th><th>%3</th>"
                                       "<th>%4</th><th>%5</th></tr>")
                            .arg(esc(MonthlyReport::tr("Task")), esc(MonthlyReport::tr("Bin")),
                                 esc(MonthlyReport::tr("Owner")), esc(MonthlyReport::tr("Due")),
                                 esc(reasons ? MonthlyReport::tr("Why") : MonthlyReport::tr("Late by")));
            for (std::size_t i = 0; i < tasks.size() && i < std::size_t(ListLimit); ++i) {
                const core::Task* task = tasks[i];
                t += QStringLiteral("<tr><td class=\"c\">%1</td><td class=\"c\">%2</td><td class=\"c\">%3</td>"
                                    "<td class=\"c\">%4</td><td class=\"c\">%5</td></tr>")
                         .arg(esc(task->title), esc(x.binCode(task->binId)), esc(x.personName(task->ownerId)),
                              esc(dateText(task->due)),
                              esc(reasons ? task->blockedReason
                                          : MonthlyReport::tr("%n day(s)", nullptr, int(task->due.daysTo(today)))));
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
int drawReport(const Context& x, QPdfWriter& pdf, int totalPages)
{
    QPainter painter;
    if (!painter.begin(&pdf)) {
        return -1;
    }
    painter.setRenderHint(QPainter::Antialiasing);
    const QString title = MonthlyReport::tr("Monthly report — %1").arg(monthName(x.first));
    ReportCanvas c(
        pdf, painter, QStringLiteral("%1 · %2").arg(x.p.program().name, title),
        MonthlyReport::tr("Prepared with Tiller on %1").arg(QLocale().toString(x.today, QLocale::LongFormat)),
        totalPages);
    coverPage(c, x);
    deliveryPage(c, x);
    cxPage(c, x);
    boardPage(c, x);
    risksPage(c, x);
    if (!x.p.bins().empty()) {
        mapPage(c, x);
    }
    c.finish();
    const int pages = c.pagesDrawn();
    return painter.end() ? pages : -1;
}

void setUp(QPdfWriter& pdf, const Context& x)
{
    pdf.setResolution(int(ReportCanvas::Dpi));
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageOrientation(QPageLayout::Portrait);
    pdf.setPageMargins(QMarginsF(MarginMm, MarginMm, MarginMm, MarginMm), QPageLayout::Millimeter);
    pdf.setTitle(QStringLiteral("%1 — %2").arg(x.p.program().name,
                                               MonthlyReport::tr("Monthly report — %1").arg(monthName(x.first))));
    pdf.setCreator(QStringLiteral("Tiller"));
}

} // namespace

MonthlyReport::MonthlyReport(app::Portfolio& portfolio, QDate month)
    : m_portfolio(portfolio), m_month(month.isValid() ? QDate(month.year(), month.month(), 1) : QDate())
{
}

QDate MonthlyReport::defaultMonth(QDate today)
{
    return QDate(today.year(), today.month(), 1).addMonths(-1);
}

QDate MonthlyReport::parseMonth(const QString& yyyyMm)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    const auto match = pattern.match(yyyyMm.trimmed());
    if (!match.hasMatch()) {
        return {};
    }
    const int year = match.captured(1).toInt();
    const int month = match.captured(2).toInt();
    if (year < 1900 || month < 1 || month > 12) {
        return {};
    }
    return QDate(year, month, 1);
}

bool MonthlyReport::write(const QString& path, QString* error) const
{
    if (!m_month.isValid()) {
        *error = tr("no month to report on");
        return false;
    }
    app::Portfolio& p = m_portfolio;
    const QDate first = m_month;
    const QDate last = m_month.addMonths(1).addDays(-1);
    const QDate today = p.now().date();
    Context x{p,
              first,
              last,
              today,
              app::DashboardData::compute(p, first, last),
              app::DashboardData::compute(p, first.addMonths(-11), last),
              app::StrategyCheck(p).alerts(today),
              {}};
    for (const core::ProjectBin& b : p.bins()) {
        x.bins.insert(b.id, &b);
    }

    // A first pass counts the pages, for the footers' "page N of M"; long lists may continue on more pages.
    int pages = 0;
    {
        QBuffer scratch;
        scratch.open(QIODevice::WriteOnly);
        QPdfWriter pdf(&scratch);
        setUp(pdf, x);
        pages = drawReport(x, pdf, 0);
    }
    QSaveFile file(path);
    if (pages < 0 || !file.open(QIODevice::WriteOnly)) {
        *error = tr("can't write %1: %2").arg(QFileInfo(path).fileName(), file.errorString());
        return false;
    }
    {
        QPdfWriter pdf(&file);
        setUp(pdf, x);
        m_pages = drawReport(x, pdf, pages);
    }
    if (m_pages < 0) {
        file.cancelWriting();
        *error = tr("can't write %1").arg(QFileInfo(path).fileName());
        return false;
    }
    if (!file.commit()) {
        *error = tr("can't write %1: %2").arg(QFileInfo(path).fileName(), file.errorString());
        return false;
    }
    return true;
}

} // namespace tiller::gui
