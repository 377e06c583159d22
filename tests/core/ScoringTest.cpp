#include "TestSupport.h"
#include "tiller/core/Scoring.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <limits>
#include <type_traits>

using namespace tiller::core;

namespace {

Criterion criterion(Id id, const QString& name, CriterionSide side, double weight, double scaleMin, double scaleMax,
                    CriterionRole role = CriterionRole::Generic)
{
    Criterion c;
    c.id = id;
    c.name = name;
    c.side = side;
    c.role = role;
    c.weight = weight;
    c.scaleMin = scaleMin;
    c.scaleMax = scaleMax;
    c.sortOrder = int(id);
    return c;
}

// Two benefit criteria on different scales and one cost criterion: the worked example of the tests below.
ScoringModel workedWeightedModel()
{
    ScoringModel m;
    m.name = QStringLiteral("Worked example");
    m.kind = ModelKind::Weighted;
    m.criteria = {
        criterion(1, QStringLiteral("Customer benefit"), CriterionSide::Benefit, 3, 1, 5),
        criterion(2, QStringLiteral("Revenue"), CriterionSide::Benefit, 2, 0, 10),
        criterion(3, QStringLiteral("Cost"), CriterionSide::Cost, 1, 1, 5),
    };
    return m;
}

// The defaults are not stored yet (ids 0): give them the ids 1…n a repository would.
ScoringModel withIds(ScoringModel m)
{
    for (qsizetype i = 0; i < m.criteria.size(); ++i) {
        m.criteria[i].id = Id(i + 1);
    }
    return m;
}

const QChar Times(0x00D7);
const QChar Minus(0x2212);

} // namespace

TEST_CASE("keys of sides - roles and kinds round-trip")
{
    CHECK(toKey(CriterionSide::Benefit) == QStringLiteral("benefit"));
    CHECK(toKey(CriterionSide::Cost) == QStringLiteral("cost"));
    CHECK(toKey(CriterionRole::Generic) == QStringLiteral("generic"));
    CHECK(toKey(CriterionRole::BusinessValue) == QStringLiteral("business_value"));
    CHECK(toKey(CriterionRole::JobSize) == QStringLiteral("job_size"));
    CHECK(toKey(ModelKind::Weighted) == QStringLiteral("weighted"));
    CHECK(toKey(ModelKind::Rice) == QStringLiteral("rice"));
    CHECK(toKey(ModelKind::Wsjf) == QStringLiteral("wsjf"));
    for (CriterionRole r : {CriterionRole::Generic, CriterionRole::Reach, CriterionRole::Impact,
                            CriterionRole::Confidence, CriterionRole::Effort, CriterionRole::BusinessValue,
                            CriterionRole::TimeCriticality, CriterionRole::RiskReduction, CriterionRole::JobSize}) {
        CHECK(criterionRoleFromKey(toKey(r)) == r);
    }
    CHECK(criterionSideFromKey(QStringLiteral("cost")) == CriterionSide::Cost);
    CHECK(modelKindFromKey(QStringLiteral("wsjf")) == ModelKind::Wsjf);
    CHECK_FALSE(criterionSideFromKey(QStringLiteral("Benefit")).has_value());
    CHECK_FALSE(criterionRoleFromKey(QString()).has_value());
    CHECK_FALSE(modelKindFromKey(QStringLiteral("ahp")).has_value());
}

TEST_CASE("a weighted score is the weighted mean of each side on the criteria's own scales")
{
    // Customer benefit 4 on 1–5 → (4 − 1) / 4 × 100 = 75
    // Revenue          5 on 0–10 → (5 − 0) / 10 × 100 = 50
    // Cost             2 on 1–5 → (2 − 1) / 4 × 100 = 25
    // benefit = (3×75 + 2×50) / (3 + 2) = 325 / 5 = 65; cost = 1×25 / 1 = 25; score = 65 − 25 = 40
    const Score s = computeScore(workedWeightedModel(), {{1, 4}, {2, 5}, {3, 2}});
    CHECK(s.complete);
    CHECK(s.missing.isEmpty());
    CHECK(s.value == Approx(65));
    CHECK(s.effort == Approx(25));
    CHECK(s.score == Approx(40));
    CHECK_FALSE(s.zeroEffort);

    REQUIRE(s.terms.size() == 3);
    CHECK(s.terms[0].criterionId == 1);
    CHECK(s.terms[0].criterion == QStringLiteral("Customer benefit"));
    CHECK(s.terms[0].normalized == Approx(75));
    CHECK(s.terms[0].contribution == Approx(45)); // 3×75 / 5: the benefit is the sum of its terms
    CHECK(s.terms[1].normalized == Approx(50));
    CHECK(s.terms[1].contribution == Approx(20)); // 2×50 / 5
    CHECK(s.terms[2].side == CriterionSide::Cost);
    CHECK(s.terms[2].normalized == Approx(25));
    CHECK(s.terms[2].contribution == Approx(25));
    for (const ScoreTerm& t : s.terms) {
        CHECK_FALSE(t.clamped);
    }

    const QString expected = QStringLiteral("benefit = (3%1%2 + 2%1%3) / 5 = 65.0; cost = (1%1%4) / 1 = 25.0; "
                                            "score = 65.0 %5 25.0 = 40.0")
                                 .arg(QString(Times), QStringLiteral("75.0"), QStringLiteral("50.0"),
                                      QStringLiteral("25.0"), QString(Minus));
    CHECK(s.formula == expected);
}

TEST_CASE("changing a weight changes the score as the formula says")
{
    ScoringModel m = workedWeightedModel();
    const QHash<Id, double> values{{1, 4}, {2, 5}, {3, 2}};

    // Revenue's weight 2 → 3: benefit = (3×75 + 3×50) / 6 = 375 / 6 = 62.5; score = 62.5 − 25 = 37.5
    m.criteria[1].weight = 3;
    Score s = computeScore(m, values);
    CHECK(s.value == Approx(62.5));
    CHECK(s.score == Approx(37.5));

    // Revenue's weight 0: only customer benefit counts: benefit = 3×75 / 3 = 75; score = 75 − 25 = 50
    m.criteria[1].weight = 0;
    s = computeScore(m, values);
    CHECK(s.value == Approx(75));
    CHECK(s.score == Approx(50));
}

TEST_CASE("a weighted score never depends on other initiatives")
{
    // The function sees one initiative's values and the model, nothing else: there is no population to
    // normalise against.
    static_assert(std::is_same_v<decltype(&computeScore), Score (*)(const ScoringModel&, const QHash<Id, double>&)>);

    const ScoringModel m = workedWeightedModel();
    const QHash<Id, double> a{{1, 4}, {2, 5}, {3, 2}};
    const Score before = computeScore(m, a);
    // An initiative with extreme values, as a min-max over the population would have noticed.
    computeScore(m, {{1, 5}, {2, 10}, {3, 1}});
    computeScore(m, {{1, 1}, {2, 0}, {3, 5}});
    const Score after = computeScore(m, a);
    CHECK(after.score == before.score);
    CHECK(after.formula == before.formula);
    CHECK(after.score == Approx(40)); // the worked example above
}

TEST_CASE("a missing value makes the score incomplete and names the criterion")
{
    // Revenue missing: benefit = 3×75 / 3 = 75 (only the criteria with a value); cost 25; score 50
    const Score s = computeScore(workedWeightedModel(), {{1, 4}, {3, 2}});
    CHECK_FALSE(s.complete);
    CHECK(s.missing == QStringList{QStringLiteral("Revenue")});
    CHECK(s.terms.size() == 2);
    CHECK(s.value == Approx(75));
    CHECK(s.score == Approx(50));

    // A NaN is no value either.
    const Score n = computeScore(workedWeightedModel(), {{1, 4}, {2, std::numeric_limits<double>::quiet_NaN()}});
    CHECK(n.missing == QStringList({QStringLiteral("Revenue"), QStringLiteral("Cost")}));
    CHECK(n.effort == 0);
    CHECK(n.formula.contains(QStringLiteral("cost = 0 (no value)")));
    CHECK(std::isfinite(n.score));
}

TEST_CASE("values outside the scale are clamped and marked")
{
    // Customer benefit 9 on 1–5 → 5 → 100; Revenue −3 on 0–10 → 0 → 0; Cost 3 → 50
    // benefit = (3×100 + 2×0) / 5 = 60; score = 60 − 50 = 10
    const Score s = computeScore(workedWeightedModel(), {{1, 9}, {2, -3}, {3, 3}});
    REQUIRE(s.terms.size() == 3);
    CHECK(s.terms[0].clamped);
    CHECK(s.terms[0].value == 5);
    CHECK(s.terms[1].clamped);
    CHECK(s.terms[1].value == 0);
    CHECK_FALSE(s.terms[2].clamped);
    CHECK(s.value == Approx(60));
    CHECK(s.score == Approx(10));
}

TEST_CASE("a side without criteria counts 0")
{
    ScoringModel m = workedWeightedModel();
    m.criteria.removeLast();
    // benefit 65 as in the worked example; no cost criterion → cost 0; score 65
    const Score s = computeScore(m, {{1, 4}, {2, 5}});
    CHECK(s.complete);
    CHECK(s.effort == 0);
    CHECK(s.score == Approx(65));
    CHECK(s.formula.contains(QStringLiteral("cost = 0 (no criterion)")));
}

TEST_CASE("criteria are taken in sort order")
{
    ScoringModel m = workedWeightedModel();
    std::swap(m.criteria[0], m.criteria[2]); // the list order must not matter, only sortOrder
    const Score s = computeScore(m, {{1, 4}, {2, 5}, {3, 2}});
    REQUIRE(s.terms.size() == 3);
    CHECK(s.terms[0].criterion == QStringLiteral("Customer benefit"));
    CHECK(s.terms[2].criterion == QStringLiteral("Cost"));
    CHECK(s.score == Approx(40));
}

TEST_CASE("RICE is reach times impact times confidence over effort")
{
    const ScoringModel m = withIds(defaultRiceModel()); // 1 reach, 2 impact, 3 confidence, 4 effort
    // value = 2000 × 2 × 80 / 100 = 3200; score = 3200 / 4 = 800
    const Score s = computeScore(m, {{1, 2000}, {2, 2}, {3, 80}, {4, 4}});
    CHECK(s.complete);
    CHECK(s.value == Approx(3200));
    CHECK(s.effort == Approx(4));
    CHECK(s.score == Approx(800));
    REQUIRE(s.terms.size() == 4);
    CHECK(s.terms[2].role == CriterionRole::Confidence);
    CHECK(s.terms[2].contribution == Approx(0.8)); // the factor: a percentage
    CHECK(s.terms[0].normalized == Approx(2)); // 2000 on 0–100000 → 2 %
    CHECK(s.formula ==
          QStringLiteral("value = 2000 %1 2 %1 80% = 3200.0; score = 3200.0 / 4 = 800.0").arg(QString(Times)));

    // Impact 0.25, confidence 50, effort 24: 2000 × 0.25 × 0.5 = 250; 250 / 24 = 10.41666… → "10.42"
    const Score small = computeScore(m, {{1, 2000}, {2, 0.25}, {3, 50}, {4, 24}});
    CHECK(small.score == Approx(10.416667));
    CHECK(small.formula.endsWith(QStringLiteral("250.0 / 24 = 10.42")));
}

TEST_CASE("RICE without effort has no score")
{
    const ScoringModel m = withIds(defaultRiceModel());
    const Score s = computeScore(m, {{1, 2000}, {2, 2}, {3, 80}});
    CHECK_FALSE(s.complete);
    CHECK(s.missing == QStringList{QStringLiteral("Effort (person-months)")});
    CHECK(s.value == Approx(3200)); // the value axis is still known
    CHECK(s.effort == 0);
    CHECK(s.score == 0);

    // Without reach the value is unknown too.
    const Score noReach = computeScore(m, {{2, 2}, {3, 80}, {4, 4}});
    CHECK_FALSE(noReach.complete);
    CHECK(noReach.value == 0);
    CHECK(noReach.effort == Approx(4));
    CHECK(noReach.score == 0);
    CHECK(noReach.formula.contains(QStringLiteral("missing: Reach (people per quarter)")));
}

TEST_CASE("a zero effort gives no score and says so")
{
    // Only an invalid model (an effort scale reaching 0) lets this through: the default scale clamps 0 to 0.5.
    ScoringModel m = withIds(defaultRiceModel());
    m.criteria[3].scaleMin = 0;
    const Score s = computeScore(m, {{1, 2000}, {2, 2}, {3, 80}, {4, 0}});
    CHECK(s.zeroEffort);
    CHECK(s.score == 0);
    CHECK(s.complete); // every criterion has a value: the flag, not `missing`, explains the 0
    CHECK(s.formula.contains(QStringLiteral("effort is 0")));

    // With the default scale the same 0 is clamped to 0.5: 3200 / 0.5 = 6400.
    const Score clamped = computeScore(withIds(defaultRiceModel()), {{1, 2000}, {2, 2}, {3, 80}, {4, 0}});
    CHECK_FALSE(clamped.zeroEffort);
    CHECK(clamped.terms[3].clamped);
    CHECK(clamped.score == Approx(6400));
}

TEST_CASE("WSJF is cost of delay over job size")
{
    const ScoringModel m = withIds(defaultWsjfModel()); // 1 business value, 2 time criticality, 3 risk, 4 job size
    // cost of delay = 8 + 5 + 3 = 16; score = 16 / 5 = 3.2
    const Score s = computeScore(m, {{1, 8}, {2, 5}, {3, 3}, {4, 5}});
    CHECK(s.complete);
    CHECK(s.value == Approx(16));
    CHECK(s.effort == Approx(5));
    CHECK(s.score == Approx(3.2));
    CHECK(s.formula == QStringLiteral("cost of delay = 8 + 5 + 3 = 16.0; score = 16.0 / 5 = 3.2"));

    const Score partial = computeScore(m, {{1, 8}, {3, 3}, {4, 5}});
    CHECK_FALSE(partial.complete);
    CHECK(partial.missing == QStringList{QStringLiteral("Time criticality")});
    CHECK(partial.score == 0);
}

TEST_CASE("the default models are valid")
{
    CHECK_FALSE(validateModel(defaultWeightedModel()).has_value());
    CHECK_FALSE(validateModel(defaultRiceModel()).has_value());
    CHECK_FALSE(validateModel(defaultWsjfModel()).has_value());
    CHECK(defaultWeightedModel().kind == ModelKind::Weighted);
    CHECK(defaultRiceModel().kind == ModelKind::Rice);
    CHECK(defaultWsjfModel().kind == ModelKind::Wsjf);
    CHECK(defaultWeightedModel().criteria.size() == 6);

    // Spot-check the scales the brief fixes.
    const ScoringModel rice = defaultRiceModel();
    CHECK(rice.criteria[0].scaleMax == 100000);
    CHECK(rice.criteria[1].scaleMin == 0.25);
    CHECK(rice.criteria[1].scaleMax == 3);
    CHECK(rice.criteria[2].scaleMax == 100);
    CHECK(rice.criteria[3].scaleMin == 0.5);
    CHECK(rice.criteria[3].scaleMax == 24);
    CHECK(rice.criteria[3].side == CriterionSide::Cost);
    const ScoringModel wsjf = defaultWsjfModel();
    CHECK(wsjf.criteria[3].role == CriterionRole::JobSize);
    CHECK(wsjf.criteria[3].scaleMax == 20);
}

TEST_CASE("broken models give each problem")
{
    using Code = ModelProblem::Code;

    SECTION("no criteria")
    {
        ScoringModel m;
        CHECK(validateModel(m) == ModelProblem{Code::NoCriteria, {}, {}});
    }
    SECTION("empty name")
    {
        ScoringModel m = workedWeightedModel();
        m.criteria[1].name = QStringLiteral("  ");
        CHECK(validateModel(m) == ModelProblem{Code::EmptyName, QStringLiteral("  "), {}});
    }
    SECTION("duplicate name - case and blanks aside")
    {
        ScoringModel m = workedWeightedModel();
        m.criteria[2].name = QStringLiteral(" revenue ");
        CHECK(validateModel(m) == ModelProblem{Code::DuplicateName, QStringLiteral(" revenue "), {}});
    }
    SECTION("bad scale")
    {
        ScoringModel m = workedWeightedModel();
        m.criteria[1].scaleMax = 0; // 0–0: no span
        CHECK(validateModel(m) == ModelProblem{Code::BadScale, QStringLiteral("Revenue"), {}});
        m.criteria[1].scaleMax = -1; // upside down
        CHECK(validateModel(m) == ModelProblem{Code::BadScale, QStringLiteral("Revenue"), {}});
    }
    SECTION("a RICE effort that can be 0 or a confidence beyond 100 % is a bad scale")
    {
        ScoringModel m = defaultRiceModel();
        m.criteria[3].scaleMin = 0;
        CHECK(validateModel(m) == ModelProblem{Code::BadScale, m.criteria[3].name, {}});
        m = defaultRiceModel();
        m.criteria[2].scaleMax = 150;
        CHECK(validateModel(m) == ModelProblem{Code::BadScale, m.criteria[2].name, {}});
    }
    SECTION("negative weight")
    {
        ScoringModel m = workedWeightedModel();
        m.criteria[2].weight = -1;
        CHECK(validateModel(m) == ModelProblem{Code::NegativeWeight, QStringLiteral("Cost"), {}});
        // RICE and WSJF ignore weights, so they do not check them.
        ScoringModel rice = defaultRiceModel();
        rice.criteria[0].weight = -1;
        CHECK_FALSE(validateModel(rice).has_value());
    }
    SECTION("all weights of a side zero")
    {
        ScoringModel m = workedWeightedModel();
        m.criteria[2].weight = 0;
        CHECK(validateModel(m) == ModelProblem{Code::AllWeightsZero, {}, QStringLiteral("cost")});
        // One zero weight among others is fine.
        m.criteria[2].weight = 1;
        m.criteria[1].weight = 0;
        CHECK_FALSE(validateModel(m).has_value());
    }
    SECTION("missing role")
    {
        ScoringModel m = defaultRiceModel();
        m.criteria[2].role = CriterionRole::Generic;
        CHECK(validateModel(m) == ModelProblem{Code::MissingRole, {}, QStringLiteral("confidence")});
        ScoringModel w = defaultWsjfModel();
        w.criteria.removeLast();
        CHECK(validateModel(w) == ModelProblem{Code::MissingRole, {}, QStringLiteral("job_size")});
    }
    SECTION("duplicate role")
    {
        ScoringModel m = defaultWsjfModel();
        m.criteria[0].role = CriterionRole::JobSize;
        CHECK(validateModel(m) == ModelProblem{Code::MissingRole, {}, QStringLiteral("business_value")});
        m.criteria[0].role = CriterionRole::BusinessValue;
        m.criteria[1].role = CriterionRole::BusinessValue;
        m.criteria.append(
            criterion(9, QStringLiteral("Urgency"), CriterionSide::Benefit, 1, 1, 20, CriterionRole::TimeCriticality));
        CHECK(validateModel(m) ==
              ModelProblem{Code::DuplicateRole, m.criteria[1].name, QStringLiteral("business_value")});
    }
}

TEST_CASE("quadrants at and around the thresholds")
{
    // Thresholds 50/50; "high" starts at the threshold itself.
    CHECK(quadrantOf(50, 49.9, 50, 50) == Quadrant::QuickWin);
    CHECK(quadrantOf(50, 50, 50, 50) == Quadrant::MajorProject);
    CHECK(quadrantOf(49.9, 49.9, 50, 50) == Quadrant::FillIn);
    CHECK(quadrantOf(49.9, 50, 50, 50) == Quadrant::MoneyPit);
    CHECK(quadrantOf(100, 0, 50, 50) == Quadrant::QuickWin);
    CHECK(quadrantOf(0, 100, 50, 50) == Quadrant::MoneyPit);
    // Thresholds on other axes (RICE value, person-months).
    CHECK(quadrantOf(3200, 4, 1000, 6) == Quadrant::QuickWin);
    CHECK(quadrantOf(3200, 6, 1000, 6) == Quadrant::MajorProject);

    CHECK(toKey(Quadrant::QuickWin) == QStringLiteral("quick_win"));
    CHECK(toKey(Quadrant::MajorProject) == QStringLiteral("major_project"));
    CHECK(toKey(Quadrant::FillIn) == QStringLiteral("fill_in"));
    CHECK(toKey(Quadrant::MoneyPit) == QStringLiteral("money_pit"));
    CHECK(quadrantFromKey(QStringLiteral("money_pit")) == Quadrant::MoneyPit);
    CHECK_FALSE(quadrantFromKey(QStringLiteral("moneypit")).has_value());
}

TEST_CASE("a wide spread of raters is a disagreement - the consensus rounds half up")
{
    // [1, 5, 5, 4] on 1–5: sorted 1 4 5 5; range 4 ≥ 0.4 × 4 = 1.6 → disagreement
    // mean 15 / 4 = 3.75; median (4 + 5) / 2 = 4.5 → rounds half up → 5
    // population variance ((−2.75)² + 1.25² + 1.25² + 0.25²) / 4 = 10.75 / 4 = 2.6875 → stddev 1.63936
    const Spread s = spreadOf({1, 5, 5, 4}, 1, 5);
    CHECK(s.raters == 4);
    CHECK(s.min == 1);
    CHECK(s.max == 5);
    CHECK(s.mean == Approx(3.75));
    CHECK(s.median == Approx(4.5));
    CHECK(s.stddev == Approx(1.63936).margin(1e-5));
    CHECK(s.disagreement);
    CHECK(s.consensus == 5);
}

TEST_CASE("a narrow spread is no disagreement")
{
    // [3, 3, 4] on 1–5: range 1 < 1.6; median 3; mean 10 / 3; variance (2 × (1/3)² + (2/3)²) / 3 = 2/9 → 0.47140
    const Spread s = spreadOf({3, 3, 4}, 1, 5);
    CHECK(s.raters == 3);
    CHECK_FALSE(s.disagreement);
    CHECK(s.median == 3);
    CHECK(s.consensus == 3);
    CHECK(s.mean == Approx(3.33333));
    CHECK(s.stddev == Approx(0.47140).margin(1e-5));
}

TEST_CASE("spread edge cases")
{
    // Exactly at the share: [1, 3] on 1–6 → range 2 = 0.4 × 5 → disagreement; median 2
    const Spread edge = spreadOf({1, 3}, 1, 6);
    CHECK(edge.disagreement);
    CHECK(edge.consensus == 2);

    // One rater never disagrees with themself, however far from the others they would be.
    const Spread one = spreadOf({1}, 1, 5);
    CHECK(one.raters == 1);
    CHECK_FALSE(one.disagreement);
    CHECK(one.consensus == 1);

    // Nobody rated (a NaN is no rating).
    const Spread none = spreadOf({std::numeric_limits<double>::quiet_NaN()}, 1, 5);
    CHECK(none.raters == 0);
    CHECK(none == Spread{});

    // Out of scale: the statistics keep what was given, the consensus comes back into the scale.
    const Spread high = spreadOf({7, 7}, 1, 5);
    CHECK(high.max == 7);
    CHECK(high.consensus == 5);

    // A step of 0.5 from 0.5: median of 1.2 and 1.3 is 1.25 → (1.25 − 0.5) / 0.5 = 1.5 steps → 2 → 1.5
    CHECK(spreadOf({1.2, 1.3}, 0.5, 24, 0.4, 0.5).consensus == Approx(1.5));
    // No step: the median as it is.
    CHECK(spreadOf({1.2, 1.3}, 0.5, 24, 0.4, 0).consensus == Approx(1.25));
    // A narrower share turns the [3, 3, 4] panel into a disagreement: 1 ≥ 0.2 × 4 = 0.8
    CHECK(spreadOf({3, 3, 4}, 1, 5, 0.2).disagreement);
}
