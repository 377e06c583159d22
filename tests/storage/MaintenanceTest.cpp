#include "TestSupport.h"
#include "tiller/storage/BulkInserter.h"
#include "tiller/storage/Database.h"
#include "tiller/storage/Maintenance.h"
#include "tiller/storage/Repositories.h"
#include "tiller/storage/Transaction.h"

#include <QFile>

#include <catch2/catch.hpp>

using namespace tiller;
using storage::Database;

namespace {

std::unique_ptr<Database> openNew(const QString& path)
{
    auto db = Database::open(path);
    REQUIRE(db);
    return std::move(*db);
}

void addBins(Database& db, const QList<std::pair<int, QString>>& bins)
{
    auto ins = storage::BulkInserter::create(db, QStringLiteral("project_bin"),
                                             {QStringLiteral("id"), QStringLiteral("code"), QStringLiteral("name"),
                                              QStringLiteral("start_date"), QStringLiteral("end_date")});
    REQUIRE(ins);
    for (const auto& [id, code] : bins) {
        REQUIRE((*ins)->add({id, code, code, QStringLiteral("2026-01-01"), QStringLiteral("2026-03-31")}));
    }
    REQUIRE((*ins)->flush());
}

} // namespace

TEST_CASE("check passes on a healthy portfolio")
{
    test::TempDir tmp;
    auto db = openNew(tmp.path(QStringLiteral("ok.tiller")));
    auto report = storage::checkIntegrity(*db);
    REQUIRE(report);
    CHECK(report->ok());
}

TEST_CASE("check reports dependency cycles and dates out of order")
{
    test::TempDir tmp;
    auto db = openNew(tmp.path(QStringLiteral("bad.tiller")));
    {
        storage::Transaction tx(*db, QStringLiteral("seed"));
        addBins(*db, {{1, QStringLiteral("BIN-1")}, {2, QStringLiteral("BIN-2")}, {3, QStringLiteral("BIN-3")}});
        auto deps = storage::BulkInserter::create(*db, QStringLiteral("bin_dependency"),
                                                  {QStringLiteral("predecessor_id"), QStringLiteral("successor_id")});
        REQUIRE(deps);
        REQUIRE((*deps)->add({1, 2}));
        REQUIRE((*deps)->add({2, 3}));
        REQUIRE((*deps)->add({3, 1}));
        REQUIRE((*deps)->flush());
        auto phase = storage::BulkInserter::create(*db, QStringLiteral("charter_phase"),
                                                   {QStringLiteral("bin_id"), QStringLiteral("name"),
                                                    QStringLiteral("start_date"), QStringLiteral("end_date")});
        REQUIRE(phase);
        REQUIRE((*phase)->add({1, QStringLiteral("Pilot"), QStringLiteral("2026-06-01"), QStringLiteral("2026-05-01")}));
        REQUIRE((*phase)->flush());
        REQUIRE(tx.commit());
    }
    auto report = storage::checkIntegrity(*db);
    REQUIRE(report);
    CHECK(!report->ok());
    using K = core::InvariantViolation::Kind;
    auto has = [&](K k) {
        return std::any_of(report->violations.begin(), report->violations.end(), [k](const auto& v) { return v.kind == k; });
    };
    CHECK(has(K::DependencyCycle));
    CHECK(has(K::DatesOutOfOrder));
    CHECK(report->bins == 3);
}

TEST_CASE("the bulk inserter refuses unknown tables and columns instead of building SQL from them")
{
    test::TempDir tmp;
    auto db = openNew(tmp.path(QStringLiteral("b.tiller")));
    CHECK(!storage::BulkInserter::create(*db, QStringLiteral("initiative; DROP TABLE person"), {QStringLiteral("code")}));
    CHECK(!storage::BulkInserter::create(*db, QStringLiteral("initiative"), {QStringLiteral("code) VALUES (1); --")}));
}

TEST_CASE("an online backup copies a portfolio that is open - and the copy opens")
{
    test::TempDir tmp;
    const QString path = tmp.path(QStringLiteral("live.tiller"));
    auto db = openNew(path);
    {
        storage::Transaction tx(*db, QStringLiteral("seed"));
        addBins(*db, {{1, QStringLiteral("BIN-1")}, {2, QStringLiteral("BIN-2")}});
        REQUIRE(tx.commit());
    }
    // The app still has the file open (and locked) while we copy it.
    const QString out = tmp.path(QStringLiteral("copy.tiller"));
    REQUIRE(storage::backupSqliteFile(path, out));
    CHECK(!QFile::exists(out + QStringLiteral(".part")));
    db.reset();
    auto copy = Database::open(out);
    REQUIRE(copy);
    auto report = storage::checkIntegrity(**copy);
    REQUIRE(report);
    CHECK(report->ok());
    CHECK(report->bins == 2);
}

TEST_CASE("a backup into a folder that does not exist fails and leaves nothing behind")
{
    test::TempDir tmp;
    const QString path = tmp.path(QStringLiteral("src.tiller"));
    openNew(path);
    const QString out = tmp.path(QStringLiteral("missing/folder/copy.tiller"));
    auto r = storage::backupSqliteFile(path, out);
    REQUIRE(!r);
    CHECK(!QFile::exists(out));
}
