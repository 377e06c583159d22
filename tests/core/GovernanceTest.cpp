#include "tiller/core/Governance.h"

#include <catch2/catch.hpp>

using namespace tiller::core;

namespace {

RaciAssignment onBin(Id bin, Id person, RaciRole role)
{
    RaciAssignment a;
    a.binId = bin;
    a.personId = person;
    a.role = role;
    return a;
}

RaciAssignment onInitiative(Id initiative, Id person, RaciRole role)
{
    RaciAssignment a;
    a.initiativeId = initiative;
    a.personId = person;
    a.role = role;
    return a;
}

RaciItem bin(Id id)
{
    return {id, 0};
}
RaciItem initiative(Id id)
{
    return {0, id};
}

PainPoint pain(Id id, Id stage, int severity)
{
    PainPoint p;
    p.id = id;
    p.stageId = stage;
    p.title = QStringLiteral("Pain %1").arg(id);
    p.severity = severity;
    return p;
}

Initiative addressing(Id id, QList<Id> pains, Id binId = 0, InitiativeStatus status = InitiativeStatus::Approved)
{
    Initiative i;
    i.id = id;
    i.code = QStringLiteral("CX-%1").arg(id);
    i.painPoints = pains;
    i.binId = binId;
    i.status = status;
    return i;
}

} // namespace

TEST_CASE("A RACI cell holds every role the person has on that item, and only there")
{
    const std::vector<RaciAssignment> rows{onBin(1, 7, RaciRole::Accountable), onBin(1, 7, RaciRole::Responsible),
                                           onBin(2, 7, RaciRole::Informed), onInitiative(1, 7, RaciRole::Consulted)};
    const int cell = raciCell(rows, bin(1), 7);
    CHECK(hasRole(cell, RaciRole::Accountable));
    CHECK(hasRole(cell, RaciRole::Responsible));
    CHECK_FALSE(hasRole(cell, RaciRole::Informed));
    CHECK(raciCell(rows, bin(2), 7) == roleFlag(RaciRole::Informed));
    // Initiative 1 and bin 1 are different items even with the same id.
    CHECK(raciCell(rows, initiative(1), 7) == roleFlag(RaciRole::Consulted));
    CHECK(raciCell(rows, bin(1), 8) == 0);
}

TEST_CASE("RACI gaps: no accountable, several accountable, nobody responsible")
{
    const std::vector<RaciAssignment> rows{
        onBin(1, 7, RaciRole::Accountable), onBin(1, 8, RaciRole::Responsible), // complete
        onBin(2, 8, RaciRole::Responsible),                                     // nobody accountable
        onBin(3, 7, RaciRole::Accountable), onBin(3, 9, RaciRole::Accountable),
        onBin(3, 9, RaciRole::Responsible), // two accountable
        onBin(4, 9, RaciRole::Accountable), // nobody responsible
    };
    const RaciReport r = analyseRaci({bin(1), bin(2), bin(3), bin(4), bin(5)}, rows, 10);
    CHECK(r.gapsOf(bin(1)).empty());
    REQUIRE(r.gapsOf(bin(2)).size() == 1);
    CHECK(r.gapsOf(bin(2))[0].gap == RaciGap::NoAccountable);
    REQUIRE(r.gapsOf(bin(3)).size() == 1);
    CHECK(r.gapsOf(bin(3))[0].gap == RaciGap::SeveralAccountable);
    CHECK(r.gapsOf(bin(3))[0].people == QList<Id>{7, 9});
    REQUIRE(r.gapsOf(bin(4)).size() == 1);
    CHECK(r.gapsOf(bin(4))[0].gap == RaciGap::NoResponsible);
    // An item nobody was put on has both gaps.
    CHECK(r.gapsOf(bin(5)).size() == 2);
    CHECK(r.overloads.empty());
}

TEST_CASE("Only the items checked count: a bin left out (done, cancelled) is neither a gap nor a load")
{
    const std::vector<RaciAssignment> rows{onBin(1, 7, RaciRole::Accountable), onBin(2, 7, RaciRole::Accountable),
                                           onBin(3, 7, RaciRole::Accountable)};
    CHECK(analyseRaci({bin(1), bin(2)}, rows, 1).overloads == std::vector<RaciOverload>{{7, 2}});
    CHECK(analyseRaci({bin(1)}, rows, 1).overloads.empty());
    CHECK(analyseRaci({}, rows, 0).gaps.empty());
}

TEST_CASE("A person accountable for more than the limit is overloaded; most loaded first")
{
    std::vector<RaciAssignment> rows;
    std::vector<RaciItem> items;
    for (Id b = 1; b <= 5; ++b) {
        rows.push_back(onBin(b, 7, RaciRole::Accountable));
        rows.push_back(onBin(b, 7, RaciRole::Responsible));
        items.push_back(bin(b));
    }
    for (Id i = 1; i <= 4; ++i) {
        rows.push_back(onInitiative(i, 8, RaciRole::Accountable));
        rows.push_back(onInitiative(i, 7, RaciRole::Responsible)); // responsible: no load
        items.push_back(initiative(i));
    }
    const RaciReport atFour = analyseRaci(items, rows, 4);
    CHECK(atFour.overloads == std::vector<RaciOverload>{{7, 5}});
    CHECK(atFour.gaps.empty());
    const RaciReport atThree = analyseRaci(items, rows, 3);
    CHECK(atThree.overloads == std::vector<RaciOverload>{{7, 5}, {8, 4}});
    CHECK(atThree.accountableFor(8) == 4);
    CHECK(atThree.accountableFor(9) == 0);
    CHECK(atFour.accountableFor(8) == 4); // counted for everyone, overloaded or not
    CHECK_FALSE(atFour.overloaded(8));
    CHECK(atThree.overloaded(8));
}

TEST_CASE("A pain point traces to its initiatives, their bins and tasks, its stage's KPIs and the requests citing it")
{
    const std::vector<PainPoint> pains{pain(1, 10, 4), pain(2, 10, 2), pain(3, 20, 5)};
    const std::vector<Initiative> initiatives{addressing(100, {1}, 50), addressing(101, {1, 3}, 51),
                                              addressing(102, {2}), addressing(103, {}, 50)};
    std::vector<Task> tasks(3);
    tasks[0].id = 900;
    tasks[0].binId = 50;
    tasks[1].id = 901;
    tasks[1].binId = 51;
    tasks[2].id = 902;
    tasks[2].binId = 52;
    std::vector<ChangeRequest> requests(2);
    requests[0].id = 70;
    requests[0].painPoints = {1};
    requests[1].id = 71;
    requests[1].painPoints = {3};
    TraceInputs in{&pains, &initiatives, &tasks, &requests, {{5, 10}, {6, 20}}};

    const PainTrace t = tracePain(1, in);
    CHECK(t.initiatives == QList<Id>{100, 101});
    CHECK(t.bins == QList<Id>{50, 51});
    CHECK(t.tasks == QList<Id>{900, 901}); // not 902: that bin does not address the pain
    CHECK(t.kpis == QList<Id>{5});
    CHECK(t.requests == QList<Id>{70});

    const PainTrace other = tracePain(2, in);
    CHECK(other.initiatives == QList<Id>{102});
    CHECK(other.bins.isEmpty()); // 102 is in no bin yet
    CHECK(other.tasks.isEmpty());
    CHECK(other.kpis == QList<Id>{5}); // same stage

    CHECK(tracePain(999, in).initiatives.isEmpty());
}

TEST_CASE("Back from an initiative to its pains, most severe first; the untraced both ways")
{
    const std::vector<PainPoint> pains{pain(1, 10, 2), pain(2, 10, 5), pain(3, 20, 4), pain(4, 20, 3)};
    const std::vector<Initiative> initiatives{
        addressing(100, {1, 2}), addressing(101, {}), addressing(102, {4}, 0, InitiativeStatus::Dropped),
        addressing(103, {}, 0, InitiativeStatus::Dropped), addressing(104, {77})}; // 77: a pain since removed
    TraceInputs in{&pains, &initiatives, nullptr, nullptr, {}};

    CHECK(painsOf(initiatives[0], pains) == QList<Id>{2, 1});
    CHECK(painsOf(initiatives[4], pains).isEmpty());
    // A dropped initiative addresses nothing any more: pain 4 is untraced, as is 3; most severe first.
    CHECK(painsWithoutInitiative(in) == QList<Id>{3, 4});
    // Dropped initiatives are not listed; one pointing only at a pain that is gone is.
    CHECK(initiativesWithoutPain(in) == QList<Id>{101, 104});
}

TEST_CASE("Maturity: a dimension scores the mean of its answered questions; overall the mean of dimensions")
{
    MaturityAssessment a;
    a.answers.insert(QStringLiteral("strategy.vision"), 4);
    a.answers.insert(QStringLiteral("strategy.sponsorship"), 2);
    a.answers.insert(QStringLiteral("culture.training"), 5);
    CHECK(dimensionScore(a, MaturityDimension::Strategy) == Approx(3.0));
    CHECK(dimensionScore(a, MaturityDimension::Culture) == Approx(5.0));
    CHECK_FALSE(dimensionScore(a, MaturityDimension::Design).has_value());
    CHECK(overallMaturity(a) == Approx(4.0));
    CHECK_FALSE(overallMaturity(MaturityAssessment{}).has_value());
    // An unknown key (a question from a later version) is ignored, not counted.
    a.answers.insert(QStringLiteral("strategy.unknown"), 1);
    CHECK(dimensionScore(a, MaturityDimension::Strategy) == Approx(3.0));
}

TEST_CASE("The questionnaire covers every dimension with unique keys")
{
    QSet<QString> keys;
    QSet<int> dimensions;
    for (const MaturityQuestion& q : maturityQuestions()) {
        keys.insert(QLatin1String(q.key));
        dimensions.insert(int(q.dimension));
        CHECK(dimensionOfQuestion(QLatin1String(q.key)) == q.dimension);
    }
    CHECK(keys.size() == int(maturityQuestions().size()));
    CHECK(dimensions.size() == MaturityDimensionCount);
    CHECK_FALSE(dimensionOfQuestion(QStringLiteral("nope")).has_value());
}
