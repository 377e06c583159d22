#include "AppFixture.h"
#include "tiller/app/PriorityModel.h"
#include "tiller/app/ScoreSheetModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace tiller;
using test::PortfolioFixture;

namespace {

app::ChangeSet setScore(app::Portfolio& p, core::Id initiative, core::Id criterion, double value)
{
    app::ChangeSet c;
    const auto values = p.scoreValues(initiative);
    std::optional<core::ScoreValue> before;
    if (values.contains(criterion)) {
        before = core::ScoreValue{initiative, criterion, 0, values.value(criterion)};
    }
    c.scores.push_back({before, core::ScoreValue{initiative, criterion, 0, value}});
    return c;
}

} // namespace

TEST_CASE("the sample program scores every initiative with the weighted model in use")
{
    PortfolioFixture f;
    REQUIRE(f.p().models().size() == 3);
    REQUIRE(f.p().activeModel() != nullptr);
    CHECK(f.p().activeModel()->kind == core::ModelKind::Weighted);
    for (const auto& i : f.p().initiatives()) {
        CHECK(f.p().score(i.id).complete);
    }
}

TEST_CASE("a new empty portfolio gets a program and the standard scoring models")
{
    PortfolioFixture f(false);
    CHECK(f.p().program().id != 0);
    CHECK(f.p().models().size() == 3);
    CHECK(f.p().activeModel() != nullptr);
    CHECK(f.p().undoStack()->count() == 0); // setting up is not an edit
    f.reopen();
    CHECK(f.p().models().size() == 3); // and it is done once
}

TEST_CASE("a score edit is one undo step - moves the score - and persists")
{
    PortfolioFixture f;
    const core::Initiative first = f.p().initiatives().front(); // a copy: reopen() replaces the portfolio
    const core::ScoringModel model = *f.p().activeModel();
    const core::Criterion benefit = model.criteria.front();
    const double before = f.p().score(first.id).score;
    const double old = f.p().scoreValues(first.id).value(benefit.id);
    const double target = old == benefit.scaleMax ? benefit.scaleMin : benefit.scaleMax;
    QSignalSpy spy(&f.p(), &app::Portfolio::scoresChanged);
    REQUIRE(f.p().submit(QStringLiteral("Score"), setScore(f.p(), first.id, benefit.id, target)));
    CHECK(spy.count() == 1);
    CHECK(f.p().score(first.id).score != Approx(before));
    f.reopen();
    CHECK(f.p().scoreValues(first.id).value(benefit.id) == target);
    f.p().submit(QStringLiteral("Score back"), setScore(f.p(), first.id, benefit.id, old));
    CHECK(f.p().score(first.id).score == Approx(before));
    f.p().undoStack()->undo();
    CHECK(f.p().scoreValues(first.id).value(benefit.id) == target);
}

TEST_CASE("changing a weight re-scores every initiative - undoably")
{
    PortfolioFixture f;
    const core::ScoringModel model = *f.p().activeModel();
    std::vector<double> before;
    for (const auto& i : f.p().initiatives()) {
        before.push_back(f.p().score(i.id).score);
    }
    core::ScoringModel heavier = model;
    heavier.criteria[0].weight *= 4;
    app::ChangeSet c;
    c.models.push_back({model, heavier});
    QSignalSpy spy(&f.p(), &app::Portfolio::scoringChanged);
    REQUIRE(f.p().submit(QStringLiteral("Weights"), c));
    CHECK(spy.count() == 1);
    int moved = 0;
    for (std::size_t k = 0; k < f.p().initiatives().size(); ++k) {
        moved += f.p().score(f.p().initiatives()[k].id).score != Approx(before[k]) ? 1 : 0;
    }
    CHECK(moved > 10);
    f.p().undoStack()->undo();
    for (std::size_t k = 0; k < f.p().initiatives().size(); ++k) {
        CHECK(f.p().score(f.p().initiatives()[k].id).score == Approx(before[k]));
    }
    f.p().undoStack()->redo();
    f.reopen();
    CHECK(f.p().activeModel()->criteria[0].weight == heavier.criteria[0].weight);
}

TEST_CASE("switching the model in use changes what the ranking sorts by")
{
    PortfolioFixture f;
    const core::ScoringModel* rice = nullptr;
    for (const auto& m : f.p().models()) {
        if (m.kind == core::ModelKind::Rice) {
            rice = &m;
        }
    }
    REQUIRE(rice);
    core::Program after = f.p().program();
    after.scoringModelId = rice->id;
    app::ChangeSet c;
    c.program.push_back({f.p().program(), after});
    REQUIRE(f.p().submit(QStringLiteral("Use RICE"), c));
    CHECK(f.p().activeModel()->kind == core::ModelKind::Rice);
    const core::Score s = f.p().score(f.p().initiatives().front().id);
    REQUIRE(s.complete);
    CHECK(s.score == Approx(s.value / s.effort));
}

TEST_CASE("the ranked list sorts by score - shares ranks on ties - and passes the model tester")
{
    PortfolioFixture f;
    app::PriorityModel model(&f.p());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.rowCount() == int(f.p().initiatives().size()));
    for (int r = 1; r < model.rowCount(); ++r) {
        const double prev = f.p().score(model.idAt(r - 1)).score;
        const double cur = f.p().score(model.idAt(r)).score;
        CHECK(prev >= cur - 1e-9);
        const int prevRank = model.index(r - 1, app::PriorityModel::Rank).data().toInt();
        const int rank = model.index(r, app::PriorityModel::Rank).data().toInt();
        if (qFuzzyCompare(1 + prev, 1 + cur)) {
            CHECK(rank == prevRank);
            CHECK(model.tiedWith(model.idAt(r)).contains(model.idAt(r - 1)));
        } else {
            CHECK(rank == r + 1);
        }
    }
    // A score edit reorders the list.
    const core::Id last = model.idAt(model.rowCount() - 1);
    const core::ScoringModel m = *f.p().activeModel();
    app::ChangeSet c;
    for (const auto& cr : m.criteria) {
        const double v = cr.side == core::CriterionSide::Benefit ? cr.scaleMax : cr.scaleMin;
        c.scores.push_back({core::ScoreValue{last, cr.id, 0, f.p().scoreValues(last).value(cr.id)},
                            core::ScoreValue{last, cr.id, 0, v}});
    }
    REQUIRE(f.p().submit(QStringLiteral("Best scores"), c));
    CHECK(model.idAt(0) == last);
    CHECK(model.index(0, app::PriorityModel::Score).data().toString() == QStringLiteral("100.00"));
}

TEST_CASE("stakeholders' private scores show their spread and the disagreements")
{
    PortfolioFixture f;
    const auto raters = f.p().raterScores();
    REQUIRE(!raters.empty());
    // Group by (initiative, criterion) and look for at least one disagreement in the sample.
    QHash<QPair<core::Id, core::Id>, QList<double>> groups;
    for (const auto& v : raters) {
        groups[{v.initiativeId, v.criterionId}].append(v.value);
    }
    int disagreements = 0;
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        const core::Spread s = core::spreadOf(it.value(), 1, 5);
        CHECK(s.raters == 5);
        disagreements += s.disagreement ? 1 : 0;
    }
    CHECK(disagreements > 0);
}

TEST_CASE("the score sheet edits agreed values - refuses values off the scale - and adopts the consensus")
{
    PortfolioFixture f;
    app::ScoreSheetModel sheet(&f.p());
    QAbstractItemModelTester tester(&sheet, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const core::Id first = f.p().initiatives().front().id; // scored by five stakeholders in the sample
    sheet.setInitiative(first);
    REQUIRE(sheet.rowCount() == int(f.p().activeModel()->criteria.size()));
    const core::Id criterion = sheet.index(0, 0).data(app::ScoreSheetModel::CriterionIdRole).toLongLong();
    CHECK(!sheet.setData(sheet.index(0, app::ScoreSheetModel::Value), 9)); // the scale is 1–5
    CHECK(!sheet.setData(sheet.index(0, app::ScoreSheetModel::Value), QStringLiteral("lots")));
    REQUIRE(sheet.setData(sheet.index(0, app::ScoreSheetModel::Value), 1));
    CHECK(f.p().scoreValues(first).value(criterion) == 1);
    CHECK(!sheet.index(0, app::ScoreSheetModel::Stakeholders).data().toString().isEmpty());

    // The consensus is the stakeholders' median on every criterion they scored.
    REQUIRE(sheet.adoptConsensus());
    QHash<core::Id, QList<double>> byCriterion;
    for (const auto& v : f.p().raterScores(first)) {
        byCriterion[v.criterionId].append(v.value);
    }
    for (auto it = byCriterion.cbegin(); it != byCriterion.cend(); ++it) {
        QList<double> sorted = it.value();
        std::sort(sorted.begin(), sorted.end());
        CHECK(f.p().scoreValues(first).value(it.key()) == sorted[sorted.size() / 2]); // five raters: the middle one
    }
    f.p().undoStack()->undo(); // one step for the whole adoption
    CHECK(f.p().scoreValues(first).value(criterion) == 1);
}

TEST_CASE("a stakeholder scores privately in the score sheet - without touching the agreed values")
{
    PortfolioFixture f;
    app::ScoreSheetModel sheet(&f.p());
    const core::Id initiative = f.p().initiatives()[20].id; // not privately scored in the sample
    const core::Id stakeholder = f.p().people()[4].id;
    sheet.setInitiative(initiative);
    sheet.setRater(stakeholder);
    const auto agreed = f.p().scoreValues(initiative);
    const core::Id criterion = sheet.index(0, 0).data(app::ScoreSheetModel::CriterionIdRole).toLongLong();
    REQUIRE(sheet.setData(sheet.index(0, app::ScoreSheetModel::Value), 5));
    CHECK(sheet.index(0, app::ScoreSheetModel::Value).data().toString() == QStringLiteral("5"));
    CHECK(f.p().scoreValues(initiative) == agreed);
    auto mine = f.p().raterScores(initiative);
    REQUIRE(mine.size() == 1);
    CHECK(mine.front() == core::ScoreValue{initiative, criterion, stakeholder, 5});
    f.p().undoStack()->undo();
    CHECK(f.p().raterScores(initiative).empty());
    CHECK(sheet.index(0, app::ScoreSheetModel::Value).data().toString().isEmpty());
}
