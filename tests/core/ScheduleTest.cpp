#include "TestSupport.h"
#include "tiller/core/Schedule.h"

#include <catch2/catch.hpp>

using namespace tiller::core;

namespace {

ScheduledBin bin(Id id, QDate start, QDate end) { return {id, start, end}; }

} // namespace

TEST_CASE("a successor starting before its predecessor ends (plus lag) is a violation - by so many days")
{
    const std::vector<ScheduledBin> bins{bin(1, {2026, 1, 1}, {2026, 1, 31}), bin(2, {2026, 2, 1}, {2026, 2, 28}),
                                         bin(3, {2026, 1, 20}, {2026, 3, 31}), bin(4, {}, {})};
    // 1 → 2 is fine (starts the day after); 1 → 3 starts 12 days early; 2 → 3 with lag; 4 is undated.
    const auto v = findViolations(bins, {{1, 2, 0}, {1, 3, 0}, {1, 2, 5}, {4, 1, 0}});
    REQUIRE(v.size() == 2);
    CHECK(v[0].dependency.successor == 3);
    CHECK(v[0].daysEarly == 12); // should start 1 Feb, starts 20 Jan
    CHECK(v[1].dependency.lagDays == 5);
    CHECK(v[1].daysEarly == 5);
}

TEST_CASE("a dependency that would close a cycle is named with the cycle")
{
    const std::vector<Dependency> deps{{1, 2, 0}, {2, 3, 0}};
    CHECK(cycleIfAdded(deps, {1, 3, 0}).isEmpty());
    const QList<Id> cycle = cycleIfAdded(deps, {3, 1, 0});
    CHECK(cycle == QList<Id>{1, 2, 3}); // adding 3 → 1: 1 → 2 → 3 → 1
    CHECK(cycleIfAdded(deps, {2, 2, 0}) == QList<Id>{2});
}

TEST_CASE("the critical path to a bin is its longest chain of predecessors")
{
    // 1 (10 days) → 3 and 2 (31 days) → 3 (5 days), lag 2 on 1 → 3. Longest: 2 → 3 = 31 + 5 = 36.
    const std::vector<ScheduledBin> bins{bin(1, {2026, 1, 1}, {2026, 1, 10}), bin(2, {2026, 1, 1}, {2026, 1, 31}),
                                         bin(3, {2026, 2, 1}, {2026, 2, 5}), bin(4, {}, {})};
    auto path = criticalPathTo(3, bins, {{1, 3, 2}, {2, 3, 0}, {4, 1, 0}});
    REQUIRE(path);
    CHECK(path->bins == QList<Id>{2, 3});
    CHECK(path->lengthDays == 36);
    // With a long lag, the other chain wins: 4 (0) → 1 (10) + 30 lag + 3 (5) = 45.
    path = criticalPathTo(3, bins, {{1, 3, 30}, {2, 3, 0}, {4, 1, 0}});
    REQUIRE(path);
    CHECK(path->bins == QList<Id>{4, 1, 3});
    CHECK(path->lengthDays == 45);
    CHECK(!criticalPathTo(9, bins, {}));
    CHECK(!criticalPathTo(3, bins, {{1, 3, 0}, {3, 1, 0}}));
}

TEST_CASE("horizon windows follow the program's bounds from today")
{
    const QDate today(2026, 11, 25);
    const HorizonBounds bounds{6, 18, 36};
    CHECK(horizonWindow(Horizon::Short, today, bounds) == std::pair(today, QDate(2027, 5, 24)));
    CHECK(horizonWindow(Horizon::Medium, today, bounds) == std::pair(QDate(2027, 5, 25), QDate(2028, 5, 24)));
    CHECK(horizonWindow(Horizon::Long, today, bounds) == std::pair(QDate(2028, 5, 25), QDate(2029, 11, 24)));
    CHECK(!horizonWindow(Horizon::Unset, today, bounds).first.isValid());

    CHECK(horizonOf({2025, 1, 1}, today, bounds) == Horizon::Short); // already started
    CHECK(horizonOf({2027, 5, 24}, today, bounds) == Horizon::Short);
    CHECK(horizonOf({2027, 5, 25}, today, bounds) == Horizon::Medium);
    CHECK(horizonOf({2028, 5, 25}, today, bounds) == Horizon::Long);
    CHECK(horizonOf({2035, 1, 1}, today, bounds) == Horizon::Long); // beyond the long-term bound: still long
    CHECK(horizonOf({}, today, bounds) == Horizon::Unset);
    // Tighter guardrails move the same date to a later horizon.
    CHECK(horizonOf({2027, 3, 1}, today, {3, 12, 24}) == Horizon::Medium);
}

TEST_CASE("a dated bin moved to another horizon starts where it starts and keeps its length")
{
    const QDate today(2026, 11, 25);
    const HorizonBounds bounds{6, 18, 36};
    const auto moved = movedToHorizon({2027, 1, 10}, {2027, 3, 9}, Horizon::Long, today, bounds);
    REQUIRE(moved);
    CHECK(moved->first == QDate(2028, 5, 25));
    CHECK(moved->first.daysTo(moved->second) == QDate(2027, 1, 10).daysTo(QDate(2027, 3, 9)));
    // Back to the short term: it starts today.
    CHECK(movedToHorizon({2029, 1, 1}, {2029, 2, 1}, Horizon::Short, today, bounds)->first == today);
    // Already there, undated, or no horizon: nothing to do.
    CHECK(!movedToHorizon({2027, 1, 10}, {2027, 3, 9}, Horizon::Short, today, bounds));
    CHECK(!movedToHorizon({}, {}, Horizon::Long, today, bounds));
    CHECK(!movedToHorizon({2027, 1, 10}, {2027, 3, 9}, Horizon::Unset, today, bounds));
    // Undated bins show the horizon they were given; dated ones, the one their start falls in.
    CHECK(shownHorizon({}, Horizon::Medium, today, bounds) == Horizon::Medium);
    CHECK(shownHorizon({2027, 1, 10}, Horizon::Long, today, bounds) == Horizon::Short);
}

TEST_CASE("a bin's upstream and downstream chains follow dependencies transitively")
{
    // 1 → 2 → 4, 3 → 4, 4 → 5; 6 alone.
    const std::vector<Dependency> deps{{1, 2, 0}, {2, 4, 0}, {3, 4, 0}, {4, 5, 0}};
    CHECK(upstreamOf(4, deps) == QSet<Id>{1, 2, 3});
    CHECK(downstreamOf(2, deps) == QSet<Id>{4, 5});
    CHECK(downstreamOf(5, deps).isEmpty());
    CHECK(upstreamOf(6, deps).isEmpty());
    // A cycle does not loop forever, and the bin itself is not its own ancestor.
    CHECK(upstreamOf(1, {{1, 2, 0}, {2, 1, 0}}) == QSet<Id>{2});
}
