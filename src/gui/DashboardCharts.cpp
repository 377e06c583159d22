#include "DashboardCharts.h"

#include "tiller/app/Text.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace tiller::gui {

const QColor DashboardCharts::Good(QStringLiteral("#2e7d32"));
const QColor DashboardCharts::Bad(QStringLiteral("#c62828"));
const QColor DashboardCharts::Neutral(QStringLiteral("#616161"));
const QColor DashboardCharts::Accent(QStringLiteral("#1565c0"));
const QColor DashboardCharts::Second(QStringLiteral("#ef6c00"));

namespace {

QChart* newChart(const QString& title)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    QFont f = chart->titleFont();
    f.setBold(true);
    chart->setTitleFont(f);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(6);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);
    return chart;
}

QValueAxis* valueAxis(double min, double max, bool integers)
{
    auto* axis = new QValueAxis;
    axis->setRange(min, max);
    if (integers) {
        axis->setLabelFormat(QStringLiteral("%d"));
        axis->applyNiceNumbers();
    }
    return axis;
}

void smallLabels(QBarCategoryAxis* axis, double factor)
{
    QFont small = axis->labelsFont();
    small.setPointSizeF(small.pointSizeF() * factor);
    axis->setLabelsFont(small);
}

// Horizontal bars with their values written on them: the categories on the left, a value axis from `min` to 100
// at the bottom.
void horizontalBars(QChart* chart, QHorizontalBarSeries* series, const QStringList& categories, double min,
                    const QString& labelFormat, int ticks)
{
    series->setLabelsVisible(true);
    chart->addSeries(series);
    auto* axisY = new QBarCategoryAxis;
    axisY->append(categories);
    smallLabels(axisY, 0.85);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    auto* axisX = valueAxis(min, 100, false);
    axisX->setLabelFormat(labelFormat);
    axisX->setTickCount(ticks);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
}

// Puts the category axis at the bottom and a count axis up to `top` + 1 at the left; no legend.
QChart* withCountAxes(QChart* chart, QAbstractSeries* series, QBarCategoryAxis* axisX, int top)
{
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    auto* axisY = valueAxis(0, top + 1, true);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    chart->legend()->hide();
    return chart;
}

// One bar per category, a single colour, values written on the bars.
QChart* simpleBars(const QString& title, const QString& setName, const QStringList& categories,
                   const std::vector<int>& values, double labelFactor)
{
    QChart* chart = newChart(title);
    auto* set = new QBarSet(setName);
    set->setColor(DashboardCharts::Accent);
    int top = 1;
    for (int v : values) {
        *set << v;
        top = std::max(top, v);
    }
    auto* series = new QBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    chart->addSeries(series);
    auto* axisX = new QBarCategoryAxis;
    axisX->append(categories);
    smallLabels(axisX, labelFactor);
    return withCountAxes(chart, series, axisX, top);
}

} // namespace

QString DashboardCharts::number(double v, int decimals)
{
    return QLocale().toString(v, 'f', decimals);
}

QString DashboardCharts::signedNumber(double v)
{
    const QString n = number(std::abs(v));
    return v > 0.5 ? QStringLiteral("+") + n : v < -0.5 ? QStringLiteral("−") + n : n;
}

QString DashboardCharts::monthLabel(const QString& yyyyMm)
{
    const QDate d = QDate::fromString(yyyyMm + QStringLiteral("-01"), QStringLiteral("yyyy-MM-dd"));
    return d.isValid() ? QLocale().toString(d, QStringLiteral("MMM yy")) : yyyyMm;
}

QString DashboardCharts::kpiValue(std::optional<double> v, const QString& unit)
{
    if (!v) {
        return QStringLiteral("–");
    }
    const QString n = number(*v, std::abs(*v - std::round(*v)) < 1e-9 ? 0 : 1);
    return unit.isEmpty() ? n : unit == QLatin1String("%") ? n + unit : n + QLatin1Char(' ') + unit;
}

QString DashboardCharts::arrow(core::Trend trend)
{
    return trend == core::Trend::Up     ? QStringLiteral("▲")
           : trend == core::Trend::Down ? QStringLiteral("▼")
                                        : QStringLiteral("▶");
}

QChart* DashboardCharts::cxTrend(const app::DashboardData& d, bool annotate)
{
    QChart* chart = newChart(tr("NPS and CSAT by month"));
    // One category per month of the period, so both metrics share the axis even when a month lacks answers.
    QStringList keys;
    for (QDate m(d.from.year(), d.from.month(), 1); m.isValid() && m <= d.to; m = m.addMonths(1)) {
        keys << m.toString(QStringLiteral("yyyy-MM"));
    }
    auto* axisX = new QBarCategoryAxis;
    for (const QString& k : keys) {
        axisX->append(monthLabel(k));
    }
    if (keys.size() > 8) {
        smallLabels(axisX, 0.85);
    }
    chart->addAxis(axisX, Qt::AlignBottom);
    auto* axisY = valueAxis(-100, 100, false);
    axisY->setLabelFormat(QStringLiteral("%d"));
    axisY->setTickCount(5);
    chart->addAxis(axisY, Qt::AlignLeft);
    const auto line = [&](core::VocMetric metric, const QString& name, const QColor& colour) {
        auto* series = new QLineSeries;
        series->setName(name);
        series->setPointsVisible(true);
        QPen pen(colour);
        pen.setWidth(2);
        series->setPen(pen);
        for (const auto& m : d.metric(metric).months) {
            const int x = int(keys.indexOf(m.month));
            if (x >= 0 && m.value) {
                series->append(x, *m.value);
            }
        }
        chart->addSeries(series);
        series->attachAxis(axisX);
        series->attachAxis(axisY);
    };
    line(core::VocMetric::Nps, tr("NPS (−100 to 100)"), Accent);
    line(core::VocMetric::Csat, tr("CSAT (% satisfied)"), Second);
    if (!annotate || d.delivered.empty()) {
        return chart;
    }
    // The bins delivered, by month: one marker per month near the bottom, labelled with their codes. A series
    // per month because a label format is per series; only the first one keeps a legend entry.
    QMap<int, QStringList> byMonth;
    for (const auto& del : d.delivered) {
        const int x = int(keys.indexOf(del.on.toString(QStringLiteral("yyyy-MM"))));
        if (x >= 0) {
            byMonth[x].append(del.code);
        }
    }
    bool first = true;
    for (auto it = byMonth.cbegin(); it != byMonth.cend(); ++it) {
        auto* marker = new QScatterSeries;
        marker->setName(tr("Bins delivered"));
        marker->setMarkerShape(QScatterSeries::MarkerShapeTriangle);
        marker->setMarkerSize(11);
        marker->setColor(Good);
        marker->setBorderColor(Good);
        marker->append(it.key(), -88);
        QStringList codes = it.value();
        if (codes.size() > 3) {
            codes = codes.mid(0, 2) << tr("+%n more", nullptr, int(it.value().size() - 2));
        }
        QString label = codes.join(QStringLiteral(", "));
        marker->setPointLabelsFormat(label.replace(QLatin1Char('@'), QStringLiteral("＠")));
        marker->setPointLabelsVisible(true);
        marker->setPointLabelsColor(Good);
        QFont f = marker->pointLabelsFont();
        f.setPointSizeF(f.pointSizeF() * 0.8);
        marker->setPointLabelsFont(f);
        chart->addSeries(marker);
        marker->attachAxis(axisX);
        marker->attachAxis(axisY);
        if (!first) {
            for (QLegendMarker* m : chart->legend()->markers(marker)) {
                m->setVisible(false);
            }
        }
        first = false;
    }
    return chart;
}

QChart* DashboardCharts::npsByStage(const app::DashboardData& d)
{
    QChart* chart = newChart(tr("NPS by journey stage"));
    auto* set = new QBarSet(tr("NPS"));
    set->setColor(Accent);
    set->setSelectedColor(Bad);
    QStringList categories;
    int index = 0;
    // Horizontal bars are listed from the bottom up: the journey's first stage goes last, to read top down.
    for (auto it = d.stages.rbegin(); it != d.stages.rend(); ++it) {
        const auto& s = *it;
        if (!s.nps) {
            continue;
        }
        categories << (s.name.isEmpty() ? tr("(no stage)") : s.name);
        *set << std::round(*s.nps);
        if (*s.nps < 0) {
            set->selectBar(index); // detractors outnumber promoters: in red
        }
        ++index;
    }
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    horizontalBars(chart, series, categories, -100, QStringLiteral("%d"), 5);
    chart->legend()->hide();
    return chart;
}

QChart* DashboardCharts::binsByStatus(const app::DashboardData& d)
{
    QStringList categories;
    std::vector<int> values;
    for (int s = 0; s < core::BinStatusCount; ++s) {
        categories << app::Text::binStatus(core::BinStatus(s));
        values.push_back(d.binsByStatus[std::size_t(s)]);
    }
    // Six statuses side by side: a smaller type keeps "In progress" whole.
    return simpleBars(tr("Project bins by status"), tr("Bins"), categories, values, 0.8);
}

QChart* DashboardCharts::binsByHorizon(const app::DashboardData& d)
{
    QStringList categories;
    std::vector<int> values;
    for (core::Horizon h : {core::Horizon::Short, core::Horizon::Medium, core::Horizon::Long}) {
        categories << app::Text::horizon(h);
        values.push_back(d.binsByHorizon[std::size_t(h)]);
    }
    if (const int unset = d.binsByHorizon[std::size_t(core::Horizon::Unset)]; unset > 0) {
        categories << app::Text::horizon(core::Horizon::Unset);
        values.push_back(unset);
    }
    return simpleBars(tr("Project bins by horizon"), tr("Bins"), categories, values, 0.9);
}

QChart* DashboardCharts::throughput(const app::DashboardData& d, int lastWeeks)
{
    QChart* chart = newChart(tr("Tasks done per week"));
    auto* set = new QBarSet(tr("Tasks done"));
    set->setColor(Accent);
    QStringList categories;
    int top = 1;
    const std::size_t skip =
        lastWeeks > 0 && d.throughput.size() > std::size_t(lastWeeks) ? d.throughput.size() - lastWeeks : 0;
    const bool many = d.throughput.size() - skip > 14;
    for (std::size_t i = skip; i < d.throughput.size(); ++i) {
        const auto& [week, n] = d.throughput[i];
        // "2026-W19" → "W19" (the year is in the period already), or just "19" when many weeks share the axis.
        const QString w = week.mid(week.indexOf(QLatin1Char('W')));
        categories << (many ? w.mid(1) : w);
        *set << n;
        top = std::max(top, n);
    }
    auto* series = new QBarSeries;
    series->append(set);
    chart->addSeries(series);
    auto* axisX = new QBarCategoryAxis;
    axisX->append(categories);
    smallLabels(axisX, many ? 0.7 : 0.8);
    if (many) {
        axisX->setTitleText(tr("ISO week"));
        QFont f = axisX->titleFont();
        f.setPointSizeF(f.pointSizeF() * 0.8);
        f.setBold(false);
        axisX->setTitleFont(f);
    }
    return withCountAxes(chart, series, axisX, top);
}

QChart* DashboardCharts::load(const app::DashboardData& d)
{
    QChart* chart = newChart(tr("Peak monthly load vs capacity per domain (person-days)"));
    auto* load = new QBarSet(tr("Peak load"));
    auto* capacity = new QBarSet(tr("Capacity"));
    capacity->setColor(QColor(QStringLiteral("#9e9e9e")));
    load->setColor(Accent);
    // Only the domains over capacity show in red (a selected bar), so the chart names who is overloaded.
    load->setSelectedColor(Bad);
    QStringList categories;
    double top = 1;
    for (const auto& l : d.load) {
        categories << l.name;
        *load << l.peakLoad;
        *capacity << l.capacity;
        top = std::max({top, l.peakLoad, l.capacity});
        if (l.capacity > 0 && l.peakLoad > l.capacity + 1e-9) {
            load->selectBar(int(categories.size()) - 1);
        }
    }
    auto* series = new QBarSeries;
    series->append(load);
    series->append(capacity);
    chart->addSeries(series);
    auto* axisX = new QBarCategoryAxis;
    axisX->append(categories);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    smallLabels(axisX, 0.85);
    auto* axisY = valueAxis(0, std::ceil(top * 1.1), true);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    return chart;
}

QChart* DashboardCharts::progress(const app::DashboardData& d, int most)
{
    QChart* chart = newChart(tr("Progress against plan (bins under way, most behind first)"));
    auto* planned = new QBarSet(tr("Time gone"));
    auto* actual = new QBarSet(tr("Work done"));
    planned->setColor(QColor(QStringLiteral("#9e9e9e")));
    actual->setColor(Accent);
    actual->setSelectedColor(Bad); // a bin more than 10 points behind its plan
    QStringList categories;
    const int shown = std::min(int(d.progress.size()), most);
    // Horizontal bars are listed from the bottom up: the most behind goes last, to read top down.
    for (int i = shown - 1; i >= 0; --i) {
        const auto& b = d.progress[std::size_t(i)];
        categories << b.code;
        *planned << std::round(b.progress.planned * 100);
        *actual << std::round(b.progress.actual * 100);
        if (b.progress.gap() < -0.1) {
            actual->selectBar(int(categories.size()) - 1);
        }
    }
    auto* series = new QHorizontalBarSeries;
    series->append(planned);
    series->append(actual);
    series->setLabelsFormat(QStringLiteral("@value%"));
    horizontalBars(chart, series, categories, 0, QStringLiteral("%d%"), 6);
    return chart;
}

} // namespace tiller::gui
