#include "tiller/core/CxMetrics.h"

#include "KeyTable.h"
#include "tiller/core/Rhythm.h"

#include <algorithm>
#include <cmath>

namespace tiller::core {

namespace {

constexpr std::array<const char*, VocMetricCount> vocMetricKeys{"nps", "csat", "ces"};
constexpr std::array<const char*, 2> kpiDirectionKeys{"up", "down"};

// The date a task was done, or an invalid date when it is not done.
QDate doneOn(const Task& t)
{
    return t.status == TaskStatus::Done && t.completedAt.isValid() ? t.completedAt.date() : QDate();
}

bool inRange(QDate day, QDate from, QDate to)
{
    return day.isValid() && day >= from && day <= to;
}

double percent(qint64 part, qint64 whole)
{
    return 100.0 * double(part) / double(whole);
}

} // namespace

QString toKey(VocMetric metric)
{
    return detail::toKey(vocMetricKeys, metric);
}

std::optional<VocMetric> vocMetricFromKey(const QString& key)
{
    return detail::fromKey<VocMetric>(vocMetricKeys, key);
}

QString toKey(KpiDirection direction)
{
    return detail::toKey(kpiDirectionKeys, direction);
}

std::optional<KpiDirection> kpiDirectionFromKey(const QString& key)
{
    return detail::fromKey<KpiDirection>(kpiDirectionKeys, key);
}

void ScoreCounts::add(double score)
{
    ++n;
    promoters += score >= 9 ? 1 : 0;
    detractors += score <= 6 ? 1 : 0;
    satisfied += score >= 4 ? 1 : 0;
    sum += score;
}

ScoreCounts& ScoreCounts::operator+=(const ScoreCounts& other)
{
    n += other.n;
    promoters += other.promoters;
    detractors += other.detractors;
    satisfied += other.satisfied;
    sum += other.sum;
    return *this;
}

std::optional<double> nps(const ScoreCounts& counts)
{
    if (counts.n <= 0) {
        return std::nullopt;
    }
    // One division: the difference of two rounded percentages could be off by an ulp from the exact figure.
    return percent(counts.promoters - counts.detractors, counts.n);
}

std::optional<double> csat(const ScoreCounts& counts)
{
    if (counts.n <= 0) {
        return std::nullopt;
    }
    return percent(counts.satisfied, counts.n);
}

std::optional<double> ces(const ScoreCounts& counts)
{
    if (counts.n <= 0) {
        return std::nullopt;
    }
    return counts.sum / double(counts.n);
}

std::optional<double> metricValue(VocMetric metric, const ScoreCounts& counts)
{
    switch (metric) {
    case VocMetric::Nps:
        return nps(counts);
    case VocMetric::Csat:
        return csat(counts);
    case VocMetric::Ces:
        return ces(counts);
    }
    return std::nullopt;
}

Trend trendOf(double previous, double current, double tolerance)
{
    const double delta = current - previous;
    if (std::abs(delta) <= std::abs(tolerance)) {
        return Trend::Flat;
    }
    return delta > 0 ? Trend::Up : Trend::Down;
}

bool isImprovement(KpiDirection direction, Trend trend)
{
    if (trend == Trend::Flat) {
        return false;
    }
    return (direction == KpiDirection::Up) == (trend == Trend::Up);
}

bool targetMet(KpiDirection direction, double value, double target)
{
    return direction == KpiDirection::Up ? value >= target : value <= target;
}

bool isImprovement(VocMetric metric, Trend trend)
{
    // Less effort is better: CES improves when it goes down.
    return isImprovement(metric == VocMetric::Ces ? KpiDirection::Down : KpiDirection::Up, trend);
}

std::optional<double> onTimeRate(const std::vector<Task>& tasks, QDate from, QDate to)
{
    qint64 counted = 0;
    qint64 onTime = 0;
    for (const Task& t : tasks) {
        const QDate done = doneOn(t);
        if (!t.due.isValid() || !inRange(done, from, to)) {
            continue;
        }
        ++counted;
        onTime += done <= t.due ? 1 : 0;
    }
    if (counted == 0) {
        return std::nullopt;
    }
    return double(onTime) / double(counted);
}

std::vector<std::pair<QString, int>> throughputPerWeek(const std::vector<Task>& tasks, QDate from, QDate to)
{
    std::vector<std::pair<QString, int>> weeks;
    if (!from.isValid() || !to.isValid() || from > to) {
        return weeks;
    }
    // Weeks are indexed by their distance from the first Monday: one weekKey per week, not per task.
    const QDate firstMonday = from.addDays(1 - from.dayOfWeek());
    for (QDate monday = firstMonday; monday <= to; monday = monday.addDays(7)) {
        weeks.emplace_back(weekKey(monday), 0);
    }
    for (const Task& t : tasks) {
        const QDate done = doneOn(t);
        if (inRange(done, from, to)) {
            ++weeks[std::size_t(firstMonday.daysTo(done) / 7)].second;
        }
    }
    return weeks;
}

std::optional<double> medianDays(QList<qint64> days)
{
    if (days.isEmpty()) {
        return std::nullopt;
    }
    const auto middle = days.begin() + days.size() / 2;
    std::nth_element(days.begin(), middle, days.end());
    if (days.size() % 2 == 1) {
        return double(*middle);
    }
    // Even count: the largest of the lower half is the other middle value.
    const qint64 below = *std::max_element(days.begin(), middle);
    return (double(below) + double(*middle)) / 2.0;
}

} // namespace tiller::core
