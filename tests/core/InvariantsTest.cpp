#include "TestSupport.h"
#include "tiller/core/Invariants.h"

#include <catch2/catch.hpp>

using namespace tiller::core;

TEST_CASE("an acyclic dependency graph has no cycle")
{
    CHECK(findCycle({}).isEmpty());
    CHECK(findCycle({{1, 2}, {2, 3}, {1, 3}, {4, 3}}).isEmpty());
}

TEST_CASE("a cycle is found and named in order")
{
    // 1 → 2 → 3 → 1, with a tail 0 → 1 that is not part of it.
    const QList<Id> cycle = findCycle({{0, 1}, {1, 2}, {2, 3}, {3, 1}});
    REQUIRE(cycle.size() == 3);
    // Every consecutive pair (and last → first) is an edge of the graph.
    const std::vector<std::pair<Id, Id>> edges{{1, 2}, {2, 3}, {3, 1}};
    for (qsizetype i = 0; i < cycle.size(); ++i) {
        const std::pair<Id, Id> e{cycle[i], cycle[(i + 1) % cycle.size()]};
        CHECK(std::find(edges.begin(), edges.end(), e) != edges.end());
    }
}

TEST_CASE("a self-loop is a cycle")
{
    CHECK(findCycle({{5, 5}}) == QList<Id>{5});
}

TEST_CASE("duplicate codes are reported once per code - case-insensitively")
{
    const auto v = findDuplicateCodes(QStringLiteral("initiative"),
                                      {{1, QStringLiteral("CX-1")}, {2, QStringLiteral("cx-1 ")}, {3, QStringLiteral("CX-2")}});
    REQUIRE(v.size() == 1);
    CHECK(v[0].kind == InvariantViolation::Kind::DuplicateCode);
    CHECK(v[0].ids == QList<Id>{1, 2});
}

TEST_CASE("dates out of order are reported - missing dates are not")
{
    const auto v = findDatesOutOfOrder(QStringLiteral("bin"),
                                       {{1, QStringLiteral("BIN-01"), QDate(2026, 5, 1), QDate(2026, 4, 1)},
                                        {2, QStringLiteral("BIN-02"), QDate(2026, 5, 1), QDate(2026, 5, 1)},
                                        {3, QStringLiteral("BIN-03"), QDate(), QDate(2026, 1, 1)}});
    REQUIRE(v.size() == 1);
    CHECK(v[0].ids == QList<Id>{1});
    CHECK(v[0].detail.contains(QStringLiteral("BIN-01")));
}
