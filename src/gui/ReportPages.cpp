#include "ReportPages.h"

#include "DashboardCharts.h"
#include "HtmlPdf.h"
#include "tiller/app/StrategyCheck.h"
#include "tiller/gui/MonthlyReport.h"

#include <QLocale>
#include <algorithm>
#include <cmath>

namespace tiller::gui::report {

double mm(double v)
{
    return ReportCanvas::mm(v);
}

QString esc(const QString& s)
{
    return HtmlPdf::escape(s);
}

QString number(double v, int decimals)
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

QString tableHead(const QStringList& headers)
{
    QString h = QStringLiteral("<table width=\"100%\" cellspacing=\"0\"><tr>");
    for (const QString& text : headers) {
        h += QStringLiteral("<th>%1</th>").arg(text);
    }
    return h + QStringLiteral("</tr>");
}

QString tableRow(const QStringList& cells)
{
    QString h = QStringLiteral("<tr>");
    for (const QString& cell : cells) {
        h += QStringLiteral("<td class=\"c\">%1</td>").arg(cell);
    }
    return h + QStringLiteral("</tr>");
}

namespace {

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
} // namespace

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
    headline.push_back({MonthlyReport::tr("Milestones on time"),
                        percent(month.milestones.rate()),
                        MonthlyReport::tr("%1 on time, %2 late, %3 not reached")
                            .arg(month.milestones.onTime)
                            .arg(month.milestones.late)
                            .arg(month.milestones.missed),
                        {}});
    {
        Card progress{MonthlyReport::tr("Work done vs plan"),
                      QStringLiteral("–"),
                      MonthlyReport::tr("No bin under way with dates and tasks"),
                      {}};
        if (month.overallProgress) {
            progress.value = percent(month.overallProgress->actual);
            progress.detail = MonthlyReport::tr("%1 of the time gone, mean of %n bin(s) under way", nullptr,
                                                int(month.progress.size()))
                                  .arg(percent(month.overallProgress->planned));
            if (month.overallProgress->gap() < -0.1) {
                progress.colour = DashboardCharts::Bad.name();
            }
        }
        headline.push_back(progress);
    }
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
    if (month.milestones.judged() > 0) {
        brief.push_back(MonthlyReport::tr("%n milestone(s) due in the month: %1 reached on time, %2 late, %3 not "
                                          "reached yet.",
                                          nullptr, month.milestones.judged() + month.milestones.upcoming)
                            .arg(month.milestones.onTime)
                            .arg(month.milestones.late)
                            .arg(month.milestones.missed));
    }
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
                            "tasks done in the last 13 weeks, each domain's busiest month of %1 against its "
                            "capacity, and the bins under way against their plan.",
                            nullptr, month.binCount)
                            .arg(monthName(first)))));
    {
        const double h = mm(54);
        c.chart(DashboardCharts::binsByStatus(month), c.take(h, 0, half, false));
        c.chart(DashboardCharts::binsByHorizon(month), c.take(h, half + colGap, half));
        c.chart(DashboardCharts::throughput(year, 13), c.take(mm(50)));
        c.chart(DashboardCharts::load(month), c.take(mm(54)));
        if (!month.progress.empty()) {
            c.chart(DashboardCharts::progress(month), c.take(mm(52)));
        }
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
            h += tableHead({esc(MonthlyReport::tr("KPI")), esc(MonthlyReport::tr("Latest")),
                            esc(MonthlyReport::tr("Target")), esc(MonthlyReport::tr("Status"))});
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
                h += tableRow(
                    {esc(k.name), esc(kpiValue(k.latest, k.unit)) + trend, esc(kpiValue(k.target, k.unit)), status});
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
            h += tableHead({esc(MonthlyReport::tr("Delivered")), esc(MonthlyReport::tr("Bin")),
                            esc(MonthlyReport::tr("Name")), esc(MonthlyReport::tr("Initiatives"))});
            int shown = 0;
            // Newest first: the latest deliveries are the ones the trend can't show yet.
            for (auto it = year.delivered.rbegin(); it != year.delivered.rend() && ++shown <= ListLimit; ++it) {
                h += tableRow({esc(dateText(it->on)), esc(it->code), esc(it->name), QString::number(it->initiatives)});
            }
            h += QStringLiteral("</table>") + more(int(year.delivered.size()));
        }
        c.html(h);
    }
}

} // namespace tiller::gui::report
