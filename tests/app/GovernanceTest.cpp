// Governance and CX foundations through the real command path: RACI cells, bodies and their meetings, journeys and
// pain points with their traceability, maturity assessments — each one undoable step, checked, kept on reopening.
#include "AppFixture.h"
#include "tiller/app/GovernanceEdits.h"
#include "tiller/storage/BulkInserter.h"
#include "tiller/storage/Transaction.h"

#include <QSignalSpy>
#include <QUndoStack>

using namespace tiller;
using app::GovernanceEdits;
using core::RaciRole;
using test::PortfolioFixture;

namespace {

const int A = core::roleFlag(RaciRole::Accountable);
const int R = core::roleFlag(RaciRole::Responsible);
const int C = core::roleFlag(RaciRole::Consulted);

core::Id addPerson(app::Portfolio& p, const QString& name)
{
    core::Person person;
    person.name = name;
    person.email = name.toLower() + QStringLiteral("@example.org");
    app::ChangeSet set;
    set.people.push_back({std::nullopt, person});
    REQUIRE(p.submit(QStringLiteral("Add person"), set));
    return p.people().back().id;
}

// A journey "Move home" with three stages on an empty portfolio; returns the stages' ids in order.
QList<core::Id> addJourney(app::Portfolio& p)
{
    core::Journey j;
    j.name = QStringLiteral("Move home");
    REQUIRE(p.submit(
        QStringLiteral("Add journey"),
        GovernanceEdits::addJourney(p, j, {QStringLiteral("Plan"), QStringLiteral("Move"), QStringLiteral("Settle")})));
    QList<core::Id> ids;
    for (const auto& s : p.stagesOf(p.journeys().back().id)) {
        ids.append(s.id);
    }
    return ids;
}

core::Id addInitiative(app::Portfolio& p, const QString& code)
{
    core::Initiative i;
    i.code = code;
    i.title = QStringLiteral("Initiative %1").arg(code);
    i.status = core::InitiativeStatus::Approved;
    app::ChangeSet set;
    set.initiatives.push_back({std::nullopt, i});
    REQUIRE(p.submit(QStringLiteral("Add initiative"), set));
    return p.initiativeByCode(code)->id;
}

QStringList stageNames(const app::Portfolio& p, core::Id journey)
{
    QStringList out;
    for (const auto& s : p.stagesOf(journey)) {
        out.append(s.name);
    }
    return out;
}

} // namespace

TEST_CASE("a RACI cell is set in one undoable step, and making someone accountable takes it from the other",
          "[governance]")
{
    PortfolioFixture f;
    app::Portfolio& p = f.p();
    const core::RaciItem bin{p.bins().front().id, 0};
    const core::Id ann = addPerson(p, QStringLiteral("Ann"));
    const core::Id bob = addPerson(p, QStringLiteral("Bob"));
    for (const auto& a : p.raciOf(bin)) { // start from an empty row for this bin
        REQUIRE(p.submit(QStringLiteral("Clear"), GovernanceEdits::setRaciCell(p, bin, a.personId, 0)));
    }
    QSignalSpy changed(&p, &app::Portfolio::raciChanged);

    REQUIRE(p.submit(QStringLiteral("Ann A/R"), GovernanceEdits::setRaciCell(p, bin, ann, A | R)));
    CHECK(p.raciCell(bin, ann) == (A | R));
    CHECK(changed.count() == 1);
    REQUIRE(p.submit(QStringLiteral("Bob A"), GovernanceEdits::setRaciCell(p, bin, bob, A)));
    CHECK(p.raciCell(bin, bob) == A);
    CHECK(p.raciCell(bin, ann) == R); // still responsible, no longer accountable

    p.undoStack()->undo();
    CHECK(p.raciCell(bin, ann) == (A | R));
    CHECK(p.raciCell(bin, bob) == 0);
    p.undoStack()->redo();
    f.reopen();
    CHECK(f.p().raciCell(bin, bob) == A);
    CHECK(f.p().raciCell(bin, ann) == R);
}

TEST_CASE("the rules refuse two accountable people, a role held twice and a role on nothing", "[governance]")
{
    PortfolioFixture f;
    app::Portfolio& p = f.p();
    const core::Id ann = addPerson(p, QStringLiteral("Ann"));
    const core::Id bob = addPerson(p, QStringLiteral("Bob"));
    const core::Id binId = p.bins().front().id;
    for (const auto& a : p.raciOf({binId, 0})) {
        REQUIRE(p.submit(QStringLiteral("Clear"), GovernanceEdits::setRaciCell(p, {binId, 0}, a.personId, 0)));
    }
    QSignalSpy refused(&p, &app::Portfolio::editRefused);
    auto row = [&](core::Id person, RaciRole role, core::Id b = 0, core::Id i = 0) {
        core::RaciAssignment a;
        a.binId = b;
        a.initiativeId = i;
        a.personId = person;
        a.role = role;
        return a;
    };
    app::ChangeSet two;
    two.raci.push_back({std::nullopt, row(ann, RaciRole::Accountable, binId)});
    two.raci.push_back({std::nullopt, row(bob, RaciRole::Accountable, binId)});
    CHECK_FALSE(p.submit(QStringLiteral("Two"), two));
    REQUIRE(refused.count() == 1);
    CHECK(refused.last().at(0).toString().contains(QStringLiteral("one accountable person")));

    app::ChangeSet twice;
    twice.raci.push_back({std::nullopt, row(ann, RaciRole::Consulted, binId)});
    twice.raci.push_back({std::nullopt, row(ann, RaciRole::Consulted, binId)});
    CHECK_FALSE(p.submit(QStringLiteral("Twice"), twice));

    app::ChangeSet both;
    both.raci.push_back({std::nullopt, row(ann, RaciRole::Informed, binId, p.initiatives().front().id)});
    CHECK_FALSE(p.submit(QStringLiteral("Both"), both));
    app::ChangeSet nothing;
    nothing.raci.push_back({std::nullopt, row(ann, RaciRole::Informed, 987654)});
    CHECK_FALSE(p.submit(QStringLiteral("Nothing"), nothing));
    CHECK(refused.count() == 4);
    CHECK(p.raciOf({binId, 0}).empty());
}

TEST_CASE("removing a bin takes its RACI rows with it, and undo brings them back", "[governance]")
{
    PortfolioFixture f;
    app::Portfolio& p = f.p();
    const core::Id ann = addPerson(p, QStringLiteral("Ann"));
    core::ProjectBin b;
    b.code = QStringLiteral("GOV-1");
    b.name = QStringLiteral("Governance set-up");
    app::ChangeSet add;
    add.bins.push_back({std::nullopt, b});
    REQUIRE(p.submit(QStringLiteral("Add bin"), add));
    const core::Id binId = p.bins().back().id;
    REQUIRE(p.submit(QStringLiteral("Ann"), GovernanceEdits::setRaciCell(p, {binId, 0}, ann, A | C)));
    REQUIRE(p.raciOf({binId, 0}).size() == 2);

    app::ChangeSet remove;
    remove.bins.push_back({*p.bin(binId), std::nullopt});
    REQUIRE(p.submit(QStringLiteral("Remove bin"), remove));
    CHECK(p.raciOf({binId, 0}).empty());
    p.undoStack()->undo();
    CHECK(p.raciCell({binId, 0}, ann) == (A | C));
    f.reopen();
    CHECK(f.p().raciCell({binId, 0}, ann) == (A | C));
}

TEST_CASE("the RACI report flags items without an accountable person; owners can fill them", "[governance]")
{
    PortfolioFixture f;
    app::Portfolio& p = f.p();
    const auto items = p.raciItems();
    REQUIRE_FALSE(items.empty());
    const auto gapsBefore = p.raciReport().gaps;
    const auto fill = GovernanceEdits::accountableFromOwners(p);
    REQUIRE_FALSE(fill.raci.empty());
    REQUIRE(p.submit(QStringLiteral("Owners accountable"), fill));
    const core::RaciReport after = p.raciReport();
    for (const core::RaciItem& item : items) {
        const core::Id owner = item.isBin() ? p.bin(item.binId)->ownerId : p.initiative(item.initiativeId)->ownerId;
        if (owner == 0) {
            continue;
        }
        CHECK(core::hasRole(p.raciCell(item, owner), RaciRole::Accountable));
        for (const auto& g : after.gapsOf(item)) {
            CHECK(g.gap != core::RaciGap::NoAccountable);
        }
    }
    CHECK(after.gaps.size() < gapsBefore.size());
    // A limit of one makes everyone accountable for two or more an overload.
    core::Program prog = p.program();
    prog.raciLimit = 1;
    app::ChangeSet limit;
    limit.program.push_back({p.program(), prog});
    REQUIRE(p.submit(QStringLiteral("Limit"), limit));
    const core::RaciReport tight = p.raciReport();
    REQUIRE_FALSE(tight.overloads.empty());
    for (const auto& o : tight.overloads) {
        CHECK(o.accountable > 1);
    }
    prog.raciLimit = 0;
    app::ChangeSet zero;
    zero.program.push_back({p.program(), prog});
    CHECK_FALSE(p.submit(QStringLiteral("Zero"), zero));
}

TEST_CASE("a pain point is added with the initiatives addressing it, traced, and removed with its links",
          "[governance]")
{
    PortfolioFixture f(false);
    app::Portfolio& p = f.p();
    const QList<core::Id> stages = addJourney(p);
    REQUIRE(stages.size() == 3);
    const core::Id one = addInitiative(p, QStringLiteral("CX-1"));
    const core::Id two = addInitiative(p, QStringLiteral("CX-2"));
    core::PainPoint pain;
    pain.stageId = stages[1];
    pain.title = QStringLiteral("Meter readings asked twice");
    pain.severity = 4;
    REQUIRE(p.submit(QStringLiteral("Add pain"), GovernanceEdits::savePainPoint(p, pain, {one})));
    const core::Id painId = p.painsAt(stages[1]).front().id;
    CHECK(painId > 0);
    CHECK(p.initiative(one)->painPoints == QList<core::Id>{painId});
    CHECK(p.trace(painId).initiatives == QList<core::Id>{one});
    CHECK(p.painsWithoutInitiative().isEmpty());
    CHECK(p.initiativesWithoutPain() == QList<core::Id>{two});

    // Re-link: two instead of one, as one step.
    REQUIRE(p.submit(QStringLiteral("Relink"), GovernanceEdits::savePainPoint(p, *p.painPoint(painId), {two})));
    CHECK(p.initiative(one)->painPoints.isEmpty());
    CHECK(p.initiative(two)->painPoints == QList<core::Id>{painId});
    p.undoStack()->undo();
    CHECK(p.initiative(one)->painPoints == QList<core::Id>{painId});

    // Removing it while linked is refused by the rules, but the edit unlinks first.
    app::ChangeSet bare;
    bare.painPoints.push_back({*p.painPoint(painId), std::nullopt});
    CHECK_FALSE(p.submit(QStringLiteral("Bare remove"), bare));
    REQUIRE(p.submit(QStringLiteral("Remove pain"), GovernanceEdits::removePainPoint(p, painId)));
    CHECK_FALSE(p.painPoint(painId));
    CHECK(p.initiative(one)->painPoints.isEmpty());
    p.undoStack()->undo();
    CHECK(p.painPoint(painId));
    CHECK(p.initiative(one)->painPoints == QList<core::Id>{painId});
    f.reopen();
    CHECK(f.p().initiativeByCode(QStringLiteral("CX-1"))->painPoints == QList<core::Id>{painId});
}

TEST_CASE("stages are added, moved and removed in order; one holding customer answers stays", "[governance]")
{
    PortfolioFixture f(false);
    app::Portfolio& p = f.p();
    const QList<core::Id> stages = addJourney(p);
    const core::Id journey = p.journeys().back().id;
    REQUIRE(p.submit(QStringLiteral("Add stage"), GovernanceEdits::addStage(p, journey, QStringLiteral("Pack"), 1)));
    CHECK(stageNames(p, journey) == QStringList{"Plan", "Pack", "Move", "Settle"});
    REQUIRE(p.submit(QStringLiteral("Move right"), GovernanceEdits::moveStage(p, stages[0], +1)));
    CHECK(stageNames(p, journey) == QStringList{"Pack", "Plan", "Move", "Settle"});
    CHECK(GovernanceEdits::moveStage(p, stages[2], +1).isEmpty()); // already last
    p.undoStack()->undo();
    CHECK(stageNames(p, journey) == QStringList{"Plan", "Pack", "Move", "Settle"});

    core::Touchpoint t;
    t.stageId = stages[2];
    t.name = QStringLiteral("Welcome call");
    t.channel = QStringLiteral("phone");
    REQUIRE(p.submit(QStringLiteral("Touchpoint"), GovernanceEdits::saveTouchpoint(p, t)));
    REQUIRE(p.submit(QStringLiteral("Remove Settle"), GovernanceEdits::removeStage(p, stages[2])));
    CHECK(stageNames(p, journey) == QStringList{"Plan", "Pack", "Move"});
    CHECK(p.touchpoints().empty());
    p.undoStack()->undo();
    CHECK(p.touchpointsOf(stages[2]).size() == 1);

    // A stage with customer answers recorded against it can't go: they would lose their place.
    {
        storage::Transaction tx(p.database(), QStringLiteral("seed"));
        auto voc = storage::BulkInserter::create(p.database(), QStringLiteral("voc_record"),
                                                 {QStringLiteral("recorded_on"), QStringLiteral("stage_id"),
                                                  QStringLiteral("metric"), QStringLiteral("score")});
        REQUIRE(voc);
        REQUIRE((*voc)->add({QStringLiteral("2026-05-01"), stages[1], QStringLiteral("nps"), 3}));
        REQUIRE((*voc)->flush());
        REQUIRE(tx.commit());
    }
    QSignalSpy refused(&p, &app::Portfolio::editRefused);
    CHECK_FALSE(p.submit(QStringLiteral("Remove Move"), GovernanceEdits::removeStage(p, stages[1])));
    REQUIRE(refused.count() == 1);
    CHECK(refused.last().at(0).toString().contains(QStringLiteral("1 customer answer")));
    CHECK(p.stage(stages[1]));
}

TEST_CASE("a pain point's evidence counts the negative answers at its stage that hold one of its keywords",
          "[governance]")
{
    PortfolioFixture f(false);
    app::Portfolio& p = f.p();
    const QList<core::Id> stages = addJourney(p);
    {
        storage::Transaction tx(p.database(), QStringLiteral("seed"));
        auto voc = storage::BulkInserter::create(p.database(), QStringLiteral("voc_record"),
                                                 {QStringLiteral("recorded_on"), QStringLiteral("stage_id"),
                                                  QStringLiteral("metric"), QStringLiteral("score"),
                                                  QStringLiteral("verbatim")});
        REQUIRE(voc);
        const QList<QVariantList> rows{
            {"2026-05-01", stages[1], "nps", 2, "The METER reading was lost"},              // negative, keyword
            {"2026-05-02", stages[1], "nps", 9, "meter fine"},                              // promoter: not evidence
            {"2026-05-03", stages[1], "csat", 1, "asked twice for my meter"},               // negative, keyword
            {"2026-05-04", stages[1], "ces", 6, "hard work"},                               // negative, no keyword
            {"2026-05-05", stages[0], "nps", 0, "meter"},                                   // other stage
            {"2026-03-01", stages[1], "nps", 1, "meter, long ago"},                         // before the period
            {"2026-05-06", stages[1], "nps", 3, "100% wrong'); DROP TABLE voc_record; --"}, // negative
        };
        for (const QVariantList& r : rows) {
            REQUIRE((*voc)->add(r));
        }
        REQUIRE((*voc)->flush());
        REQUIRE(tx.commit());
    }
    core::PainPoint pain;
    pain.stageId = stages[1];
    pain.title = QStringLiteral("Meter readings lost");
    pain.keywords = QStringLiteral("meter, reading");
    REQUIRE(p.submit(QStringLiteral("Add pain"), GovernanceEdits::savePainPoint(p, pain, {})));
    const core::Id painId = p.painsAt(stages[1]).front().id;

    auto e = p.painEvidence(painId, QDate(2026, 4, 1));
    REQUIRE(e);
    CHECK(e->answers == 5);
    CHECK(e->negative == 2);
    CHECK(e->verbatims == QStringList{"asked twice for my meter", "The METER reading was lost"});

    // Without keywords every negative answer at the stage counts; a wildcard in a keyword is taken literally.
    core::PainPoint all = *p.painPoint(painId);
    all.keywords.clear();
    REQUIRE(p.submit(QStringLiteral("No keywords"), GovernanceEdits::savePainPoint(p, all, {})));
    CHECK(p.painEvidence(painId, QDate(2026, 4, 1))->negative == 4);
    all = *p.painPoint(painId);
    all.keywords = QStringLiteral("100%");
    REQUIRE(p.submit(QStringLiteral("Percent"), GovernanceEdits::savePainPoint(p, all, {})));
    CHECK(p.painEvidence(painId, QDate(2026, 4, 1))->negative == 1);
    all = *p.painPoint(painId);
    all.keywords = QStringLiteral("%");
    REQUIRE(p.submit(QStringLiteral("Wildcard"), GovernanceEdits::savePainPoint(p, all, {})));
    CHECK(p.painEvidence(painId, QDate(2026, 4, 1))->negative == 1);
}

TEST_CASE("the change board's cadence is the program's, whichever side it is edited from", "[governance]")
{
    PortfolioFixture f(false);
    app::Portfolio& p = f.p();
    core::GovernanceBody board;
    board.name = QStringLiteral("Change board");
    board.kind = core::BodyKind::ChangeBoard;
    board.cadence = core::BoardCadence::Fortnightly;
    REQUIRE(p.submit(QStringLiteral("Add board"), GovernanceEdits::saveBody(p, board)));
    CHECK(p.program().boardCadence == core::BoardCadence::Fortnightly);

    core::Program prog = p.program();
    prog.boardCadence = core::BoardCadence::Quarterly;
    app::ChangeSet set;
    set.program.push_back({p.program(), prog});
    REQUIRE(p.submit(QStringLiteral("Quarterly"), set));
    CHECK(p.bodyOfKind(core::BodyKind::ChangeBoard)->cadence == core::BoardCadence::Quarterly);
    p.undoStack()->undo();
    CHECK(p.bodyOfKind(core::BodyKind::ChangeBoard)->cadence == core::BoardCadence::Fortnightly);
    CHECK(p.program().boardCadence == core::BoardCadence::Fortnightly);

    // A second change board is refused.
    board.name = QStringLiteral("Another board");
    QSignalSpy refused(&p, &app::Portfolio::editRefused);
    CHECK_FALSE(p.submit(QStringLiteral("Second"), GovernanceEdits::saveBody(p, board)));
    CHECK(refused.count() == 1);
}

TEST_CASE("a body's meeting record moves its next meeting on; removing the body takes its records", "[governance]")
{
    PortfolioFixture f(false);
    app::Portfolio& p = f.p();
    const core::Id ann = addPerson(p, QStringLiteral("Ann"));
    const core::Id bob = addPerson(p, QStringLiteral("Bob"));
    core::GovernanceBody steering;
    steering.name = QStringLiteral("Steering committee");
    steering.kind = core::BodyKind::Steering;
    steering.chairId = ann;
    steering.cadence = core::BoardCadence::Monthly;
    steering.nextMeeting = QDate(2026, 6, 4);
    steering.members = {{bob, QStringLiteral("sponsor")}, {ann, QStringLiteral("chair")}};
    REQUIRE(p.submit(QStringLiteral("Add steering"), GovernanceEdits::saveBody(p, steering)));
    const core::Id bodyId = p.bodies().back().id;
    CHECK(p.body(bodyId)->members.front().personId == std::min(ann, bob)); // kept sorted

    core::Meeting m;
    m.heldOn = QDate(2026, 6, 4);
    m.title = QStringLiteral("June steering");
    m.attendees = {bob, ann};
    m.decisions = QStringLiteral("Fund the onboarding bin.");
    REQUIRE(p.submit(QStringLiteral("Record"), GovernanceEdits::saveMeeting(p, bodyId, m)));
    REQUIRE(p.meetingsOf(bodyId).size() == 1);
    CHECK(p.meetingsOf(bodyId).front().decisions == m.decisions);
    // Monthly, on the same weekday of the month: the first Thursday of June, then of July.
    CHECK(p.body(bodyId)->nextMeeting == QDate(2026, 7, 2));
    CHECK(p.nextMeetingOf(*p.body(bodyId)) == QDate(2026, 7, 2));

    REQUIRE(p.submit(QStringLiteral("Remove body"), GovernanceEdits::removeBody(p, bodyId)));
    CHECK(p.bodies().empty());
    CHECK(p.meetings().empty());
    p.undoStack()->undo();
    REQUIRE(p.meetingsOf(bodyId).size() == 1);
    f.reopen();
    REQUIRE(f.p().meetingsOf(bodyId).size() == 1);
    CHECK(f.p().body(bodyId)->chairId == ann);
    CHECK(f.p().meetingsOf(bodyId).front().attendees.size() == 2);
}

TEST_CASE("a maturity assessment is dated, scored 1 to 5 on known questions, and kept", "[governance]")
{
    PortfolioFixture f(false);
    app::Portfolio& p = f.p();
    p.setClock([] { return QDateTime(QDate(2026, 6, 10), QTime(9, 0), Qt::UTC); });
    core::MaturityAssessment a;
    a.assessedOn = QDate(2026, 6, 1);
    a.answers = {{QStringLiteral("strategy.vision"), 3}, {QStringLiteral("culture.training"), 2}};
    REQUIRE(p.submit(QStringLiteral("Assess"), GovernanceEdits::saveAssessment(p, a)));
    REQUIRE(p.assessments().size() == 1);
    CHECK(*core::overallMaturity(p.assessments().front()) == Approx(2.5));

    QSignalSpy refused(&p, &app::Portfolio::editRefused);
    core::MaturityAssessment future = a;
    future.assessedOn = QDate(2026, 7, 1);
    CHECK_FALSE(p.submit(QStringLiteral("Future"), GovernanceEdits::saveAssessment(p, future)));
    core::MaturityAssessment six = a;
    six.answers[QStringLiteral("strategy.vision")] = 6;
    CHECK_FALSE(p.submit(QStringLiteral("Six"), GovernanceEdits::saveAssessment(p, six)));
    core::MaturityAssessment unknown = a;
    unknown.answers[QStringLiteral("'; DROP TABLE maturity_score; --")] = 3;
    CHECK_FALSE(p.submit(QStringLiteral("Unknown"), GovernanceEdits::saveAssessment(p, unknown)));
    CHECK(refused.count() == 3);

    core::MaturityAssessment later = p.assessments().front();
    later.answers[QStringLiteral("strategy.vision")] = 5;
    REQUIRE(p.submit(QStringLiteral("Revise"), GovernanceEdits::saveAssessment(p, later)));
    f.reopen();
    REQUIRE(f.p().assessments().size() == 1);
    CHECK(f.p().assessments().front().answers.value(QStringLiteral("strategy.vision")) == 5);
    CHECK(f.p().assessments().front().answers.size() == 2);
}
