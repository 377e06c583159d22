#include "TestSupport.h"
#include "tiller/core/ScoreAdjust.h"

#include <catch2/catch.hpp>

using namespace tiller::core;

namespace {

Criterion crit(Id id, CriterionSide side, double weight, CriterionRole role = CriterionRole::Generic, double lo = 1,
               double hi = 5)
{
    Criterion c;
    c.id = id;
    c.name = QStringLiteral("c%1").arg(id);
    c.side = side;
    c.role = role;
    c.weight = weight;
    c.scaleMin = lo;
    c.scaleMax = hi;
    c.sortOrder = int(id);
    return c;
}

} // namespace

TEST_CASE("dragging in a weighted model moves each side's criteria together and lands on the target")
{
    ScoringModel m;
    m.kind = ModelKind::Weighted;
    m.criteria = {crit(1, CriterionSide::Benefit, 1), crit(2, CriterionSide::Benefit, 1),
                  crit(3, CriterionSide::Cost, 1)};
    // Benefit (2,4) → normalised 25 and 75, mean 50; cost 3 → 50.
    const QHash<Id, double> before{{1, 2}, {2, 4}, {3, 3}};
    // Up by 25 points: both benefit criteria move one step (3,5) → mean 75; cost down to 25 → value 2.
    const QHash<Id, double> after = adjustToward(m, before, 75, 25);
    CHECK(after.value(1) == 3);
    CHECK(after.value(2) == 5);
    CHECK(after.value(3) == 2);
    const Score s = computeScore(m, after);
    CHECK(s.value == Approx(75));
    CHECK(s.effort == Approx(25));
}

TEST_CASE("dragging beyond the scale stops at its ends")
{
    ScoringModel m;
    m.kind = ModelKind::Weighted;
    m.criteria = {crit(1, CriterionSide::Benefit, 2), crit(2, CriterionSide::Cost, 1)};
    const QHash<Id, double> after = adjustToward(m, {{1, 3}, {2, 3}}, 150, -20);
    CHECK(after.value(1) == 5);
    CHECK(after.value(2) == 1);
}

TEST_CASE("dragging a RICE initiative sets effort and reaches the value through impact")
{
    ScoringModel m;
    m.kind = ModelKind::Rice;
    m.criteria = {crit(1, CriterionSide::Benefit, 1, CriterionRole::Reach, 0, 100000),
                  crit(2, CriterionSide::Benefit, 1, CriterionRole::Impact, 0.25, 3),
                  crit(3, CriterionSide::Benefit, 1, CriterionRole::Confidence, 0, 100),
                  crit(4, CriterionSide::Cost, 1, CriterionRole::Effort, 0.5, 24)};
    // reach 2000 × impact 1 × 50 % = 1000; target 2000 → impact 2.
    QHash<Id, double> values{{1, 2000}, {2, 1}, {3, 50}, {4, 4}};
    const QHash<Id, double> after = adjustToward(m, values, 2000, 6);
    CHECK(after.value(4) == 6);
    CHECK(after.value(2) == 2);
    CHECK(after.value(1) == 2000);
    CHECK(!after.contains(3)); // confidence is a judgement, not something a drag changes
    values.insert(after);
    CHECK(computeScore(m, values).value == Approx(2000));
}

TEST_CASE("dragging a WSJF initiative scales the cost of delay parts together")
{
    ScoringModel m;
    m.kind = ModelKind::Wsjf;
    m.criteria = {crit(1, CriterionSide::Benefit, 1, CriterionRole::BusinessValue, 1, 20),
                  crit(2, CriterionSide::Benefit, 1, CriterionRole::TimeCriticality, 1, 20),
                  crit(3, CriterionSide::Benefit, 1, CriterionRole::RiskReduction, 1, 20),
                  crit(4, CriterionSide::Cost, 1, CriterionRole::JobSize, 1, 20)};
    // 4 + 2 + 2 = 8, doubled → 8, 4, 4.
    const QHash<Id, double> after = adjustToward(m, {{1, 4}, {2, 2}, {3, 2}, {4, 5}}, 16, 3);
    CHECK(after.value(1) == 8);
    CHECK(after.value(2) == 4);
    CHECK(after.value(3) == 4);
    CHECK(after.value(4) == 3);
}
