#include "TestSupport.h"
#include "tiller/storage/BulkInserter.h"
#include "tiller/storage/Database.h"
#include "tiller/storage/Transaction.h"
#include "tiller/storage/VotingRepository.h"

#include <catch2/catch.hpp>

using namespace tiller;
using storage::Database;

namespace {

struct Fixture
{
    test::TempDir tmp;
    std::unique_ptr<Database> db;
    Fixture()
    {
        auto opened = Database::open(tmp.path(QStringLiteral("v.tiller")));
        REQUIRE(opened);
        db = std::move(*opened);
        storage::Transaction tx(*db, QStringLiteral("seed"));
        auto people = storage::BulkInserter::create(*db, QStringLiteral("person"), {QStringLiteral("id"), QStringLiteral("name")});
        REQUIRE(people);
        for (int i = 1; i <= 3; ++i) {
            REQUIRE((*people)->add({i, QStringLiteral("P%1").arg(i)}));
        }
        REQUIRE((*people)->flush());
        auto initiatives = storage::BulkInserter::create(
            *db, QStringLiteral("initiative"), {QStringLiteral("id"), QStringLiteral("code"), QStringLiteral("title")});
        REQUIRE(initiatives);
        for (int i = 1; i <= 4; ++i) {
            REQUIRE((*initiatives)->add({i, QStringLiteral("CX-%1").arg(i), QStringLiteral("t")}));
        }
        REQUIRE((*initiatives)->flush());
        REQUIRE(tx.commit());
    }
};

} // namespace

TEST_CASE("a voting round is stored with its ballot and voters - and closing it is a versioned update")
{
    Fixture f;
    storage::VotingRepository repo(*f.db);
    core::VotingRound r;
    r.name = QStringLiteral("Q3 priorities");
    r.kind = core::BallotKind::Dots;
    r.pointsBudget = 10;
    r.pointsCap = 4;
    r.initiatives = {1, 2, 3};
    r.voters = {2, 3};
    r.openedAt = QDateTime(QDate(2026, 9, 1), QTime(9, 0), Qt::UTC);
    r.deadline = QDate(2026, 9, 15);
    {
        storage::Transaction tx(*f.db, QStringLiteral("Open"));
        REQUIRE(repo.insertRound(r));
        REQUIRE(tx.commit());
    }
    auto rounds = repo.loadRounds();
    REQUIRE(rounds);
    REQUIRE(rounds->size() == 1);
    CHECK(rounds->front() == r);

    core::VotingRound closed = r;
    closed.status = core::RoundStatus::Closed;
    closed.closedAt = QDateTime(QDate(2026, 9, 15), QTime(17, 0), Qt::UTC);
    closed.result = QStringLiteral("{\"order\":[[\"CX-2\"]]}");
    {
        storage::Transaction tx(*f.db, QStringLiteral("Close"));
        REQUIRE(repo.updateRound(r, closed));
        REQUIRE(tx.commit());
    }
    CHECK(repo.loadRounds()->front() == closed);
    storage::Transaction tx(*f.db, QStringLiteral("Stale"));
    core::VotingRound again = r;
    CHECK(!repo.updateRound(r, again)); // r is version 1; the row is at 2
}

TEST_CASE("ballots keep their entries - drafts and submissions alike")
{
    Fixture f;
    storage::VotingRepository repo(*f.db);
    core::VotingRound r;
    r.name = QStringLiteral("Round");
    r.kind = core::BallotKind::Moscow;
    r.initiatives = {1, 2, 3, 4};
    r.voters = {1, 2};
    core::VoterBallot b;
    b.voterId = 2;
    b.entries = {{1, 0, 0, core::MoscowClass::Must}, {2, 0, 0, core::MoscowClass::Wont}, {3, 0, 0, std::nullopt}};
    {
        storage::Transaction tx(*f.db, QStringLiteral("Open and draft"));
        REQUIRE(repo.insertRound(r));
        b.roundId = r.id;
        REQUIRE(repo.insertBallot(b));
        REQUIRE(tx.commit());
    }
    auto ballots = repo.loadBallots(r.id);
    REQUIRE(ballots);
    REQUIRE(ballots->size() == 1);
    CHECK(ballots->front() == b);

    core::VoterBallot submitted = b;
    submitted.submitted = true;
    submitted.submittedAt = QDateTime(QDate(2026, 9, 2), QTime(10, 0), Qt::UTC);
    submitted.entries[2].moscow = core::MoscowClass::Could;
    {
        storage::Transaction tx(*f.db, QStringLiteral("Submit"));
        REQUIRE(repo.updateBallot(b, submitted));
        REQUIRE(tx.commit());
    }
    CHECK(repo.loadBallots(r.id)->front() == submitted);
    // One ballot per voter and round: the schema refuses a second.
    core::VoterBallot twice = b;
    twice.id = 0;
    storage::Transaction tx(*f.db, QStringLiteral("Twice"));
    CHECK(!repo.insertBallot(twice));
}
