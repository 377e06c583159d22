#include "AppFixture.h"
#include "tiller/app/BoardEdits.h"
#include "tiller/app/StrategyCheck.h"
#include "tiller/storage/Maintenance.h"

#include <QSet>

#include <set>

using namespace tiller;

TEST_CASE("the sample program is believable and passes the integrity check")
{
    test::PortfolioFixture f;
    CHECK(f.p().initiatives().size() == 41); // 40 written, and one the change board made from an approved request
    CHECK(f.p().domains().size() == 6);
    CHECK(f.p().people().size() >= 20);
    CHECK(f.p().painPoints().size() >= 20);
    CHECK(f.p().bins().size() == 8);
    CHECK(!f.p().program().name.isEmpty());
    // Every initiative has an owner and a domain, most address a pain point.
    int withPain = 0;
    for (const auto& i : f.p().initiatives()) {
        CHECK(f.p().person(i.ownerId) != nullptr);
        CHECK(f.p().domain(i.domainId) != nullptr);
        withPain += i.painPoints.isEmpty() ? 0 : 1;
    }
    CHECK(withPain >= 30);
    auto report = storage::checkIntegrity(f.p().database());
    REQUIRE(report);
    CHECK(report->ok());
    CHECK(report->tasks == 120);
}

TEST_CASE("the demo is deterministic for a seed and differs across seeds")
{
    test::TempDir tmp;
    auto build = [&](const QString& name, std::uint64_t seed) {
        app::DemoBuilder b(app::DemoBuilder::Size::Small, seed, QDate(2026, 6, 1));
        REQUIRE(b.build(tmp.path(name)));
        auto p = app::Portfolio::open(tmp.path(name));
        REQUIRE(p);
        return std::move(*p);
    };
    auto a = build(QStringLiteral("a.tiller"), 7);
    auto b = build(QStringLiteral("b.tiller"), 7);
    auto c = build(QStringLiteral("c.tiller"), 8);
    CHECK(a->initiatives() == b->initiatives());
    CHECK(a->people() == b->people());
    // Same words, other numbers: the generated volumes (VoC, dates) move with the seed.
    CHECK(test::readFile(tmp.path(QStringLiteral("a.tiller"))) != QByteArray());
    CHECK(storage::checkIntegrity(c->database())->ok());
}

TEST_CASE("the demo refuses to write over an existing file")
{
    test::PortfolioFixture f;
    const QByteArray before = test::readFile(f.path);
    f.portfolio.reset();
    app::DemoBuilder again(app::DemoBuilder::Size::Small, 1, QDate(2026, 6, 1));
    auto r = again.build(f.path);
    REQUIRE(!r);
    CHECK(test::readFile(f.path).size() == before.size());
}

TEST_CASE("the sample's strategy has pillars, envelopes and capacities the guardrails can read")
{
    test::PortfolioFixture f; // anchored on 1 June 2026: the program started in June 2025
    const app::StrategyCheck check(f.p());
    REQUIRE(f.p().pillars().size() == 4);
    for (const auto& pillar : f.p().pillars()) {
        CHECK(!pillar.name.isEmpty());
        CHECK(!pillar.description.isEmpty());
    }
    CHECK(f.p().program().boardCadence == core::BoardCadence::Monthly);

    // Most initiatives serve a pillar; a few living ones serve none, for the guardrail to point out.
    int linked = 0;
    for (const auto& i : f.p().initiatives()) {
        linked += i.pillars.isEmpty() ? 0 : 1;
        for (core::Id pillar : i.pillars) {
            const auto& pillars = f.p().pillars();
            CHECK(std::any_of(pillars.begin(), pillars.end(), [&](const auto& p) { return p.id == pillar; }));
        }
    }
    CHECK(linked >= 35);
    CHECK(linked < int(f.p().initiatives().size()));
    const auto outside = check.initiativesWithoutPillar();
    CHECK(outside.size() >= 3);
    CHECK(outside.size() <= 4);

    // An envelope for each of the program's four years; this year's is tight but holds.
    const auto& envelopes = f.p().program().budgetEnvelopes;
    CHECK(envelopes.keys() == QList<int>({2025, 2026, 2027, 2028}));
    for (double amount : envelopes) {
        CHECK(amount >= 700000);
        CHECK(amount <= 1500000);
    }
    const core::BudgetStatus thisYear = check.budget(2026);
    CHECK(!thisYear.over());
    CHECK(thisYear.committed / thisYear.envelope >= 0.85);
    CHECK(thisYear.committed / thisYear.envelope <= 0.95);

    // Every domain has its monthly capacity; bins carry their effort; one domain (field operations, held by the
    // blocked BIN-04) goes over in the months ahead.
    for (const auto& d : f.p().domains()) {
        CHECK(d.capacityPersonDays == 60);
    }
    for (const auto& b : f.p().bins()) {
        CHECK(b.effortDays >= 40);
        CHECK(b.effortDays <= 400);
    }
    QSet<core::Id> overDomains;
    int overMonths = 0;
    for (const auto& cell : check.load(QDate(2026, 6, 1), 12)) {
        if (cell.over()) {
            overDomains.insert(cell.domain);
            ++overMonths;
        }
    }
    CHECK(overDomains.size() == 1);
    CHECK(overMonths >= 1);
    CHECK(overMonths <= 6);
}

TEST_CASE("the sample's change board has requests at every stage and a closed session with its decisions")
{
    test::PortfolioFixture f;
    const QDate anchor(2026, 6, 1);
    const auto& requests = f.p().requests();
    REQUIRE(requests.size() == 10);
    QMap<core::RequestStatus, int> byStatus;
    QSet<QString> codes;
    std::set<core::RequestOrigin> origins;
    for (const auto& r : requests) {
        ++byStatus[r.status];
        codes.insert(r.code);
        origins.insert(r.origin);
        CHECK(!r.title.isEmpty());
        CHECK(!r.description.isEmpty());
        CHECK(f.p().person(r.submitterId) != nullptr);
        CHECK(f.p().domain(r.domainId) != nullptr);
        CHECK(r.submittedOn < anchor);
        CHECK(r.submittedOn >= anchor.addMonths(-4));
        if (r.origin == core::RequestOrigin::Voc) {
            CHECK(!r.evidence.isEmpty());
            CHECK(r.painPoints.size() >= 1);
            CHECK(r.painPoints.size() <= 2);
        }
        if (r.status == core::RequestStatus::Qualified) {
            CHECK(r.checklist == core::AllQualificationChecks);
            CHECK(r.qualifiedOn.isValid());
            CHECK(r.pillarId != 0);
            CHECK(r.sessionId == 0); // gathered when the user schedules the next session
        }
        const bool notQualified = r.status == core::RequestStatus::Returned ||
                                  (r.status == core::RequestStatus::Rejected && r.sessionId == 0);
        if (notQualified) {
            CHECK(!r.qualificationNote.isEmpty());
        }
    }
    CHECK(codes.size() == 10);
    CHECK(codes.contains(QStringLiteral("CR-001")));
    CHECK(origins.size() == 5);
    CHECK(byStatus[core::RequestStatus::Submitted] == 2);
    CHECK(byStatus[core::RequestStatus::Returned] == 1);
    CHECK(byStatus[core::RequestStatus::Qualified] == 3);
    CHECK(byStatus[core::RequestStatus::Approved] == 1);
    CHECK(byStatus[core::RequestStatus::Deferred] == 1);
    CHECK(byStatus[core::RequestStatus::Rejected] == 2); // one at qualification, one by the board

    // One past session, closed, with the leaders around the program manager; no next session yet.
    const auto sessions = f.p().boardSessions();
    REQUIRE(sessions.size() == 1);
    const core::Meeting& session = sessions.front();
    CHECK(session.closed);
    CHECK(session.heldOn < anchor.addDays(-14));
    CHECK(session.heldOn >= anchor.addDays(-35));
    CHECK(!session.title.isEmpty());
    CHECK(!session.notes.isEmpty());
    CHECK(session.attendees.size() >= 4);
    CHECK(session.attendees.size() <= 6);
    CHECK(session.attendees.contains(1)); // Claire Okafor, the program manager
    CHECK(app::BoardEdits::openSession(f.p()) == 0);

    // Its decisions: one of each verdict, and the requests follow them.
    const auto& decisions = f.p().decisions();
    REQUIRE(decisions.size() == 3);
    std::set<core::BoardVerdict> verdicts;
    for (const auto& x : decisions) {
        verdicts.insert(x.verdict);
        CHECK(x.sessionId == session.id);
        CHECK(x.decidedOn == session.heldOn);
        const core::ChangeRequest* r = f.p().request(x.requestId);
        REQUIRE(r != nullptr);
        CHECK(r->sessionId == session.id);
        CHECK(r->qualifiedOn < session.heldOn);
        switch (x.verdict) {
        case core::BoardVerdict::Approved: {
            CHECK(r->status == core::RequestStatus::Approved);
            CHECK(x.priority > 0);
            CHECK(x.deadline > session.heldOn);
            CHECK(!x.resources.isEmpty());
            CHECK(!x.createdBin);
            const core::Initiative* i = f.p().initiative(x.initiativeId);
            REQUIRE(i != nullptr);
            REQUIRE(f.p().bin(x.binId) != nullptr);
            CHECK(i->binId == x.binId);
            CHECK(i->status == core::InitiativeStatus::Approved);
            CHECK(i->title == r->title);
            CHECK(i->code == QStringLiteral("CX-041"));
            CHECK(f.p().person(i->ownerId) != nullptr);
            break;
        }
        case core::BoardVerdict::Deferred:
            CHECK(r->status == core::RequestStatus::Deferred);
            CHECK(x.deferredTo > anchor); // not due yet
            CHECK(r->deferredTo == x.deferredTo);
            CHECK(!x.reason.isEmpty());
            break;
        case core::BoardVerdict::Rejected:
            CHECK(r->status == core::RequestStatus::Rejected);
            CHECK(!x.reason.isEmpty());
            break;
        }
    }
    CHECK(verdicts.size() == 3);

    // One newly submitted request reads like an initiative already in the program.
    bool duplicateFound = false;
    for (const auto& r : requests) {
        if (r.status != core::RequestStatus::Submitted) {
            continue;
        }
        for (const auto& d : app::BoardEdits::likelyDuplicates(f.p(), r)) {
            duplicateFound = duplicateFound || (d.kind == QLatin1String("initiative") && d.code == u"CX-016");
        }
    }
    CHECK(duplicateFound);
}

TEST_CASE("the large demo has a board history and a strategy to check", "[.][slow]")
{
    test::TempDir tmp;
    app::DemoBuilder b(app::DemoBuilder::Size::Large, 1, QDate(2026, 6, 1));
    REQUIRE(b.build(tmp.path(QStringLiteral("large.tiller"))));
    auto p = app::Portfolio::open(tmp.path(QStringLiteral("large.tiller")));
    REQUIRE(p);
    CHECK((*p)->requests().size() == 1000);
    CHECK((*p)->boardSessions().size() == 10);
    CHECK((*p)->decisions().size() >= 250);
    CHECK((*p)->program().budgetEnvelopes.size() == 5);
    CHECK(storage::checkIntegrity((*p)->database())->ok());
}
