// The dashboard's figures as arithmetic on plain values: NPS, CSAT and CES from score counts, trends, and the
// delivery figures of tasks (on-time rate, throughput per week, median lead time).
#pragma once

#include "tiller/core/Entities.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>
#include <utility>
#include <vector>

namespace tiller::core {

// The three Voice of the Customer metrics, with their scales:
//   NPS  (Net Promoter Score): "how likely are you to recommend us", 0–10. Promoters answer 9–10, passives 7–8,
//        detractors 0–6. NPS = % promoters − % detractors, from −100 to +100; higher is better.
//   CSAT (Customer Satisfaction): 1–5. CSAT = % of answers 4–5 ("satisfied"), from 0 to 100; higher is better.
//   CES  (Customer Effort Score): 1–7. CES = the mean answer, from 1 to 7; LOWER is better (less effort).
enum class VocMetric
{
    Nps,
    Csat,
    Ces
};
inline constexpr int VocMetricCount = 3;
// "nps", "csat", "ces": the keys of the voc_record.metric column.
QString toKey(VocMetric metric);
std::optional<VocMetric> vocMetricFromKey(const QString& key);

// What a set of answers to one metric adds up to. The thresholds are those of the scales above, so one count serves
// every metric: promoters and detractors mean something for NPS, satisfied for CSAT, the sum (a mean) for CES.
struct ScoreCounts
{
    qint64 n = 0;
    qint64 promoters = 0;  // score >= 9
    qint64 detractors = 0; // score <= 6
    qint64 satisfied = 0;  // score >= 4
    double sum = 0;        // of the scores

    void add(double score);
    ScoreCounts& operator+=(const ScoreCounts& other);
    bool operator==(const ScoreCounts&) const = default;
};

// −100..100; nothing without answers.
std::optional<double> nps(const ScoreCounts& counts);
// 0..100; nothing without answers.
std::optional<double> csat(const ScoreCounts& counts);
// The mean, 1..7; nothing without answers.
std::optional<double> ces(const ScoreCounts& counts);
// The metric's own figure (one of the three above).
std::optional<double> metricValue(VocMetric metric, const ScoreCounts& counts);

// Which way a figure moved between two periods; a move within ±tolerance is Flat.
enum class Trend
{
    Up,
    Flat,
    Down
};
Trend trendOf(double previous, double current, double tolerance = 0);

// Which way a KPI should move (the kpi.direction column: "up" or "down").
enum class KpiDirection
{
    Up,
    Down
};
QString toKey(KpiDirection direction);
std::optional<KpiDirection> kpiDirectionFromKey(const QString& key);

// Whether a move is good news: up for NPS and CSAT, down for CES; for a KPI, the way of its direction.
// Flat is never an improvement.
bool isImprovement(VocMetric metric, Trend trend);
bool isImprovement(KpiDirection direction, Trend trend);
// Whether a KPI's value meets its target: at or above it for an "up" KPI, at or below it for a "down" one.
bool targetMet(KpiDirection direction, double value, double target);

// Of the tasks done in [from, to] (by the date of completedAt) that had a due date, the share (0..1) done on or
// before that date. Nothing when no such task.
std::optional<double> onTimeRate(const std::vector<Task>& tasks, QDate from, QDate to);

// Tasks done in [from, to] per ISO week ("2026-W48"), oldest first, every week touching the range present (zeros
// included). A week cut by the range counts only its days inside it. Empty when the range is empty or invalid.
std::vector<std::pair<QString, int>> throughputPerWeek(const std::vector<Task>& tasks, QDate from, QDate to);

// The median of durations in days (lead times); the mean of the two middle ones for an even count. Nothing when empty.
std::optional<double> medianDays(QList<qint64> days);

} // namespace tiller::core
