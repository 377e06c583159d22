#include "TestSupport.h"
#include "tiller/storage/BinRepository.h"
#include "tiller/storage/Database.h"
#include "tiller/storage/Transaction.h"

#include <catch2/catch.hpp>

using namespace tiller;
using storage::Database;
using Code = storage::StorageError::Code;

TEST_CASE("bins are stored with their dates or horizon - updated with a version check - and audited")
{
    test::TempDir tmp;
    auto opened = Database::open(tmp.path(QStringLiteral("b.tiller")));
    REQUIRE(opened);
    Database& db = **opened;
    storage::BinRepository repo(db);
    core::ProjectBin dated;
    dated.code = QStringLiteral("BIN-01");
    dated.name = QStringLiteral("Move home online");
    dated.status = core::BinStatus::Planned;
    dated.start = QDate(2026, 3, 1);
    dated.end = QDate(2026, 6, 30);
    dated.budget = 120000;
    core::ProjectBin later;
    later.code = QStringLiteral("BIN-02");
    later.name = QStringLiteral("Bill redesign");
    later.horizon = core::Horizon::Medium;
    {
        storage::Transaction tx(db, QStringLiteral("Add bins"));
        REQUIRE(repo.insert(dated));
        REQUIRE(repo.insert(later));
        REQUIRE(tx.commit());
    }
    auto bins = repo.loadBins();
    REQUIRE(bins);
    REQUIRE(bins->size() == 2);
    CHECK(bins->at(0) == dated);
    CHECK(bins->at(1) == later);
    CHECK(!bins->at(1).start.isValid());

    core::ProjectBin moved = dated;
    moved.start = QDate(2026, 4, 1);
    moved.end = QDate(2026, 7, 31);
    {
        storage::Transaction tx(db, QStringLiteral("Move BIN-01"));
        REQUIRE(repo.update(dated, moved));
        REQUIRE(tx.commit());
    }
    CHECK(repo.loadBins()->at(0).start == QDate(2026, 4, 1));
    storage::Transaction tx(db, QStringLiteral("Stale"));
    auto stale = repo.update(dated, moved);
    REQUIRE(!stale);
    CHECK(stale.error().code == Code::Conflict);
}

TEST_CASE("dependencies between bins keep their lag; the schema refuses a bin depending on itself or twice")
{
    test::TempDir tmp;
    auto opened = Database::open(tmp.path(QStringLiteral("d.tiller")));
    REQUIRE(opened);
    Database& db = **opened;
    storage::BinRepository repo(db);
    core::ProjectBin a, b;
    a.code = QStringLiteral("A");
    a.name = QStringLiteral("a");
    b.code = QStringLiteral("B");
    b.name = QStringLiteral("b");
    storage::Transaction tx(db, QStringLiteral("Seed"));
    REQUIRE(repo.insert(a));
    REQUIRE(repo.insert(b));
    core::BinDependency dep{0, a.id, b.id, 5};
    REQUIRE(repo.insert(dep));
    auto deps = repo.loadDependencies();
    REQUIRE(deps);
    REQUIRE(deps->size() == 1);
    CHECK(deps->front() == dep);
    core::BinDependency self{0, a.id, a.id, 0};
    CHECK(!repo.insert(self));
    core::BinDependency twice{0, a.id, b.id, 0};
    CHECK(!repo.insert(twice));
}
