#include "tiller/core/CxMetrics.h"

#include "TestSupport.h"

#include <catch2/catch.hpp>

using namespace tiller::core;

namespace {

ScoreCounts countsOf(std::initializer_list<double> scores)
{
    ScoreCounts c;
    for (double s : scores) {
        c.add(s);
    }
    return c;
}

// A task done at 16:00 UTC on `done` (invalid: still open), due on `due` (invalid: no deadline).
Task task(Id id, QDate done, QDate due = {})
{
    Task t;
    t.id = id;
    t.due = due;
    if (done.isValid()) {
        t.status = TaskStatus::Done;
        t.completedAt = QDateTime(done, QTime(16, 0), Qt::UTC);
    }
    return t;
}

} // namespace

TEST_CASE("NPS is the share of promoters minus the share of detractors", "[cx]")
{
    // 4 promoters (9, 10), 3 passives (7, 8), 3 detractors (0–6): 40% − 30% = +10.
    const ScoreCounts mixed = countsOf({10, 9, 9, 10, 7, 8, 8, 6, 0, 3});
    CHECK(mixed.n == 10);
    CHECK(mixed.promoters == 4);
    CHECK(mixed.detractors == 3);
    REQUIRE(nps(mixed));
    CHECK(*nps(mixed) == 10.0);
    CHECK(*nps(countsOf({9, 10, 10})) == 100.0);
    CHECK(*nps(countsOf({0, 6, 5, 1})) == -100.0);
    CHECK(*nps(countsOf({7, 8})) == 0.0); // passives only
    CHECK(*nps(countsOf({9, 8, 6})) == Approx(0.0).margin(1e-12));
    CHECK(*nps(countsOf({9, 9, 6})) == Approx(100.0 / 3));
    CHECK(!nps(ScoreCounts{}));
    CHECK(*metricValue(VocMetric::Nps, mixed) == 10.0);
}

TEST_CASE("CSAT is the share of answers 4 or 5 on a 1–5 scale", "[cx]")
{
    const ScoreCounts c = countsOf({5, 4, 4, 3, 2, 1, 5, 3});
    CHECK(c.satisfied == 4);
    CHECK(*csat(c) == 50.0);
    CHECK(*csat(countsOf({4, 5, 5})) == 100.0);
    CHECK(*csat(countsOf({1, 2, 3})) == 0.0);
    CHECK(!csat(ScoreCounts{}));
    CHECK(*metricValue(VocMetric::Csat, c) == 50.0);
}

TEST_CASE("CES is the mean effort on a 1–7 scale", "[cx]")
{
    const ScoreCounts c = countsOf({1, 2, 2, 7});
    CHECK(c.sum == 12.0);
    CHECK(*ces(c) == 3.0);
    CHECK(*ces(countsOf({7, 7})) == 7.0);
    CHECK(*ces(countsOf({1, 2})) == 1.5);
    CHECK(!ces(ScoreCounts{}));
    CHECK(*metricValue(VocMetric::Ces, c) == 3.0);
}

TEST_CASE("score counts add up across months and stages", "[cx]")
{
    ScoreCounts total = countsOf({10, 3});
    total += countsOf({9, 7});
    CHECK(total == countsOf({10, 3, 9, 7}));
    CHECK(*nps(total) == 25.0);
}

TEST_CASE("metric and direction keys read both ways, and nothing else is accepted", "[cx]")
{
    for (VocMetric m : {VocMetric::Nps, VocMetric::Csat, VocMetric::Ces}) {
        CHECK(vocMetricFromKey(toKey(m)) == m);
    }
    CHECK(toKey(VocMetric::Csat) == QStringLiteral("csat"));
    CHECK(!vocMetricFromKey(QStringLiteral("NPS")));
    CHECK(!vocMetricFromKey(QStringLiteral("nps' OR 1=1 --")));
    CHECK(!vocMetricFromKey(QString()));
    CHECK(kpiDirectionFromKey(QStringLiteral("up")) == KpiDirection::Up);
    CHECK(kpiDirectionFromKey(QStringLiteral("down")) == KpiDirection::Down);
    CHECK(!kpiDirectionFromKey(QStringLiteral("sideways")));
    CHECK(toKey(KpiDirection::Down) == QStringLiteral("down"));
}

TEST_CASE("a trend is up, flat or down beyond a tolerance, and CES improves downwards", "[cx]")
{
    CHECK(trendOf(10, 12) == Trend::Up);
    CHECK(trendOf(12, 10) == Trend::Down);
    CHECK(trendOf(10, 10) == Trend::Flat);
    CHECK(trendOf(10, 10.5, 1) == Trend::Flat);
    CHECK(trendOf(10, 9, 1) == Trend::Flat); // exactly the tolerance
    CHECK(trendOf(10, 8.9, 1) == Trend::Down);
    CHECK(trendOf(-20, -5, 2) == Trend::Up);

    CHECK(isImprovement(VocMetric::Nps, Trend::Up));
    CHECK(!isImprovement(VocMetric::Nps, Trend::Down));
    CHECK(isImprovement(VocMetric::Csat, Trend::Up));
    CHECK(isImprovement(VocMetric::Ces, Trend::Down));
    CHECK(!isImprovement(VocMetric::Ces, Trend::Up));
    CHECK(isImprovement(KpiDirection::Up, Trend::Up));
    CHECK(isImprovement(KpiDirection::Down, Trend::Down));
    CHECK(!isImprovement(KpiDirection::Down, Trend::Up));
    for (VocMetric m : {VocMetric::Nps, VocMetric::Csat, VocMetric::Ces}) {
        CHECK(!isImprovement(m, Trend::Flat));
    }
    CHECK(!isImprovement(KpiDirection::Up, Trend::Flat));

    // Targets: reached from the right side only.
    CHECK(targetMet(KpiDirection::Up, 80, 80));
    CHECK(targetMet(KpiDirection::Up, 81, 80));
    CHECK(!targetMet(KpiDirection::Up, 79.9, 80));
    CHECK(targetMet(KpiDirection::Down, 6, 6));
    CHECK(targetMet(KpiDirection::Down, 5.5, 6));
    CHECK(!targetMet(KpiDirection::Down, 7.5, 6));
}

TEST_CASE("the on-time rate counts tasks done in the range that had a deadline", "[cx]")
{
    const QDate from(2026, 3, 1);
    const QDate to(2026, 3, 31);
    std::vector<Task> tasks{
        task(1, {2026, 3, 5}, {2026, 3, 10}),  // early
        task(2, {2026, 3, 10}, {2026, 3, 10}), // on the day (done at 16:00, still on time)
        task(3, {2026, 3, 12}, {2026, 3, 11}), // a day late
        task(4, {2026, 3, 31}, {2026, 3, 20}), // late, on the last day of the range
        task(5, {2026, 3, 15}),                // no deadline: not counted
        task(6, {2026, 2, 28}, {2026, 3, 1}),  // done before the range
        task(7, {2026, 4, 1}, {2026, 4, 30}),  // done after the range
        task(8, {}, {2026, 3, 3}),             // still open, overdue: not a completion
    };
    REQUIRE(onTimeRate(tasks, from, to));
    CHECK(*onTimeRate(tasks, from, to) == 0.5); // 2 of 4
    // A task marked done without a completion time is not counted.
    Task undated = task(9, {}, {2026, 3, 20});
    undated.status = TaskStatus::Done;
    tasks.push_back(undated);
    CHECK(*onTimeRate(tasks, from, to) == 0.5);
    // The range bounds are inclusive.
    CHECK(*onTimeRate(tasks, {2026, 3, 31}, {2026, 3, 31}) == 0.0);
    CHECK(*onTimeRate(tasks, {2026, 3, 1}, {2026, 3, 10}) == 1.0);
    CHECK(!onTimeRate(tasks, {2026, 5, 1}, {2026, 5, 31}));
    CHECK(!onTimeRate({task(5, {2026, 3, 15})}, from, to));
    CHECK(!onTimeRate({}, from, to));
}

TEST_CASE("throughput lists every ISO week of the range, empty weeks included, across a year end", "[cx]")
{
    // Checked with Python's isocalendar: 2026 has 53 ISO weeks; 2026-W53 runs Mon 28 Dec 2026 – Sun 3 Jan 2027,
    // 2026-W51 starts Mon 14 Dec, 2027-W01 runs 4–10 Jan 2027.
    const std::vector<Task> tasks{
        task(1, {2026, 12, 14}),     // W51, Monday
        task(2, {2026, 12, 20}),     // W51, Sunday
        task(3, {2027, 1, 1}),       // W53 of 2026, in January
        task(4, {2026, 12, 28}),     // W53
        task(5, {2027, 1, 3}),       // W53, its Sunday
        task(6, {2027, 1, 4}),       // 2027-W01
        task(7, {2027, 1, 11}),      // after the range
        task(8, {2026, 12, 13}),     // before the range
        task(9, {}, {2026, 12, 22}), // open: not throughput
    };
    const auto weeks = throughputPerWeek(tasks, {2026, 12, 14}, {2027, 1, 10});
    const std::vector<std::pair<QString, int>> expected{{QStringLiteral("2026-W51"), 2},
                                                        {QStringLiteral("2026-W52"), 0},
                                                        {QStringLiteral("2026-W53"), 3},
                                                        {QStringLiteral("2027-W01"), 1}};
    CHECK(weeks == expected);

    // A range starting mid-week: the first week is present, counting only the days inside the range.
    const auto cut = throughputPerWeek(tasks, {2026, 12, 17}, {2026, 12, 29});
    const std::vector<std::pair<QString, int>> cutExpected{
        {QStringLiteral("2026-W51"), 1}, {QStringLiteral("2026-W52"), 0}, {QStringLiteral("2026-W53"), 1}};
    CHECK(cut == cutExpected);

    // Weeks without any task are still there.
    const auto quiet = throughputPerWeek({}, {2026, 3, 2}, {2026, 3, 15});
    REQUIRE(quiet.size() == 2);
    CHECK(quiet[0] == std::pair<QString, int>{QStringLiteral("2026-W10"), 0});
    CHECK(quiet[1] == std::pair<QString, int>{QStringLiteral("2026-W11"), 0});
    // One day is one week.
    CHECK(throughputPerWeek(tasks, {2027, 1, 1}, {2027, 1, 1}).size() == 1);
    CHECK(throughputPerWeek(tasks, {2027, 1, 10}, {2027, 1, 1}).empty());
    CHECK(throughputPerWeek(tasks, {}, {2027, 1, 1}).empty());
}

TEST_CASE("the median of lead times: middle value, mean of the two middles, nothing when empty", "[cx]")
{
    CHECK(*medianDays({7, 1, 3}) == 3.0);
    CHECK(*medianDays({10, 2, 4, 8}) == 6.0);
    CHECK(*medianDays({5, 6}) == 5.5);
    CHECK(*medianDays({42}) == 42.0);
    CHECK(*medianDays({3, 3, 3, 9, 1}) == 3.0);
    CHECK(*medianDays({0, 100, 1, 2}) == 1.5);
    CHECK(!medianDays({}));
}
