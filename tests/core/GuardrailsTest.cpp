#include "TestSupport.h"
#include "tiller/core/Guardrails.h"

#include <catch2/catch.hpp>

using namespace tiller::core;

TEST_CASE("committed budget is counted against the year's envelope")
{
    const QHash<int, double> envelopes{{2027, 1'000'000}};
    const std::vector<Commitment> commitments{{1, {2027, 2, 1}, 300'000},
                                              {2, {2027, 9, 1}, 250'000},
                                              {3, {2028, 1, 1}, 900'000}, // next year's
                                              {4, {}, 50'000}};           // undated: counted where checked
    const BudgetStatus s = budgetStatus(2027, envelopes, commitments);
    CHECK(s.envelope == 1'000'000);
    CHECK(s.committed == 600'000);
    CHECK(s.remaining() == 400'000);
    CHECK(!s.over());
    // Approving 48,000 uses 12% of what remains.
    REQUIRE(s.shareOfRemaining(48'000));
    CHECK(*s.shareOfRemaining(48'000) == Approx(0.12));
    CHECK(budgetStatus(2028, envelopes, commitments).envelope == 0); // no envelope set
    CHECK(!budgetStatus(2028, envelopes, commitments).shareOfRemaining(1));
    CHECK(budgetStatus(2027, {{2027, 500'000}}, commitments).over());
}

TEST_CASE("load spreads person-days over the months a piece of work spans and meets each domain's capacity")
{
    // 30 person-days over 1 Jan – 31 Mar (90 days): 31/90, 28/90, 31/90 of it.
    const std::vector<Workload> work{{1, 7, {2027, 1, 1}, {2027, 3, 31}, 30}, {2, 7, {2027, 2, 1}, {2027, 2, 28}, 12},
                                     {3, 8, {2027, 1, 10}, {2027, 1, 20}, 5}, {4, 0, {2027, 1, 1}, {2027, 1, 31}, 99},
                                     {5, 7, {}, {}, 40}};
    const QHash<Id, double> capacity{{7, 20}};
    const auto cells = loadByDomainAndMonth(work, capacity, {2027, 1, 1}, {2027, 3, 31});
    REQUIRE(cells.size() == 4);
    const auto cell = [&](Id domain, int month) {
        for (const LoadCell& c : cells) {
            if (c.domain == domain && c.month == QDate(2027, month, 1)) {
                return c;
            }
        }
        return LoadCell{};
    };
    CHECK(cell(7, 1).load == Approx(30.0 * 31 / 90));
    CHECK(cell(7, 2).load == Approx(30.0 * 28 / 90 + 12));
    CHECK(cell(7, 2).capacity == 20);
    CHECK(cell(7, 2).over());     // 21.3 > 20
    CHECK(!cell(7, 3).over());
    CHECK(cell(8, 1).load == Approx(5));
    CHECK(!cell(8, 1).over());    // no capacity set: never "over"
}

TEST_CASE("a candidate is flagged only for the months it pushes over capacity")
{
    const std::vector<Workload> work{{1, 7, {2027, 3, 1}, {2027, 3, 31}, 15}, {2, 7, {2027, 4, 1}, {2027, 4, 30}, 25}};
    const QHash<Id, double> capacity{{7, 20}};
    // 10 person-days over March and April: March goes over (15 + ~5.1), April was already over.
    const auto overloads = overloadsIfAdded(work, {9, 7, {2027, 3, 1}, {2027, 4, 30}, 10}, capacity);
    REQUIRE(overloads.size() == 1);
    CHECK(overloads[0].month == QDate(2027, 3, 1));
    CHECK(overloads[0].load == Approx(15 + 10.0 * 31 / 61));
    CHECK(overloadsIfAdded(work, {9, 7, {2027, 5, 1}, {2027, 5, 31}, 10}, capacity).empty());
    CHECK(overloadsIfAdded(work, {9, 0, {2027, 3, 1}, {2027, 3, 31}, 100}, capacity).empty());
}

TEST_CASE("initiatives with no pillar are listed")
{
    const QHash<Id, QList<Id>> pillars{{1, {10}}, {2, {}}, {3, {10, 11}}};
    CHECK(withoutPillar({1, 2, 3, 4}, pillars) == QList<Id>{2, 4});
}
