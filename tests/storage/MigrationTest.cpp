#include "TestSupport.h"
#include "tiller/storage/Database.h"
#include "tiller/storage/Maintenance.h"
#include "tiller/storage/Repositories.h"

#include <QDir>
#include <QFile>

#include <catch2/catch.hpp>
#include "tiller/core/Governance.h"
#include "tiller/storage/GovernanceRepository.h"

#include <sqlite3.h>

using namespace tiller;
using storage::Database;

namespace {

QStringList schemaOf(const QString& path)
{
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    sqlite3_stmt* st = nullptr;
    REQUIRE(sqlite3_prepare_v2(db,
                               "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' "
                               "ORDER BY type, name",
                               -1, &st, nullptr) == SQLITE_OK);
    QStringList out;
    while (sqlite3_step(st) == SQLITE_ROW) {
        QString sql = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 2)));
        out.append(QStringLiteral("%1 %2: %3")
                       .arg(QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 0))),
                            QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 1))),
                            sql.simplified()));
    }
    sqlite3_finalize(st);
    sqlite3_close(db);
    return out;
}

void loadFixture(const QString& sqlFile, const QString& path)
{
    const QByteArray sql = test::readFile(sqlFile);
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.toUtf8().constData(), &db) == SQLITE_OK);
    char* err = nullptr;
    const int rc = sqlite3_exec(db, sql.constData(), nullptr, nullptr, &err);
    INFO((err ? err : ""));
    sqlite3_free(err);
    sqlite3_close(db);
    REQUIRE(rc == SQLITE_OK);
}

} // namespace

TEST_CASE("every older fixture migrates to exactly the schema of a fresh portfolio - keeping its data")
{
    test::TempDir tmp;
    const QString fresh = tmp.path(QStringLiteral("fresh.tiller"));
    REQUIRE(Database::open(fresh));
    const QStringList expected = schemaOf(fresh);

    const QStringList fixtures =
        QDir(QStringLiteral(TILLER_TEST_DATA)).entryList({QStringLiteral("schema-v*.sql")}, QDir::Files, QDir::Name);
    REQUIRE(!fixtures.isEmpty());
    for (const QString& fixture : fixtures) {
        INFO(fixture.toStdString());
        const QString path = tmp.path(fixture + QStringLiteral(".tiller"));
        loadFixture(QStringLiteral(TILLER_TEST_DATA "/") + fixture, path);
        const int version = fixture.mid(8).section(QLatin1Char('.'), 0, 0).toInt();
        REQUIRE(version < Database::latestSchemaVersion()); // a fixture is an *older* version

        auto before = Database::open(path, {Database::Access::ReadOnly, false, false});
        REQUIRE(before);
        const auto initiativesBefore = storage::InitiativeRepository(**before).loadAll();
        REQUIRE(initiativesBefore);
        before->reset();

        auto migrated = Database::open(path);
        REQUIRE(migrated);
        CHECK((*migrated)->schemaVersion() == Database::latestSchemaVersion());
        // The file as it was is kept beside it, and still opens at its version.
        const QString backup = (*migrated)->migrationBackup();
        REQUIRE(!backup.isEmpty());
        CHECK(QFile::exists(backup));
        const auto initiativesAfter = storage::InitiativeRepository(**migrated).loadAll();
        REQUIRE(initiativesAfter);
        CHECK(*initiativesAfter == *initiativesBefore);
        auto report = storage::checkIntegrity(**migrated);
        REQUIRE(report);
        CHECK(report->ok());
        migrated->reset();

        CHECK(schemaOf(path) == expected);
        auto old = Database::open(backup, {Database::Access::ReadOnly, false, false});
        REQUIRE(old);
        CHECK((*old)->schemaVersion() == version);
    }
}

TEST_CASE("an older portfolio is not migrated when it is opened read-only")
{
    test::TempDir tmp;
    const QString path = tmp.path(QStringLiteral("old.tiller"));
    loadFixture(QStringLiteral(TILLER_TEST_DATA "/schema-v1.sql"), path);
    const QByteArray bytes = test::readFile(path);
    auto db = Database::open(path, {Database::Access::ReadOnly, false, true});
    REQUIRE(db);
    CHECK((*db)->schemaVersion() == 1);
    db->reset();
    CHECK(test::readFile(path) == bytes);
}

TEST_CASE("governance written before schema 7 keeps its meaning: the advocacy council's kind, scores per dimension")
{
    test::TempDir tmp;
    const QString path = tmp.path(QStringLiteral("v1.tiller"));
    loadFixture(QStringLiteral(TILLER_TEST_DATA "/schema-v1.sql"), path);
    {
        sqlite3* db = nullptr;
        REQUIRE(sqlite3_open(path.toUtf8().constData(), &db) == SQLITE_OK);
        const char* sql = "INSERT INTO governance_body (id, name, kind, cadence) VALUES (901, 'Council', 'advocacy', "
                          "'bimonthly');"
                          "INSERT INTO maturity_assessment (id, assessed_on) VALUES (901, '2026-01-15');"
                          "INSERT INTO maturity_score (assessment_id, dimension, score) VALUES (901, 'strategy', 2), "
                          "(901, 'culture', 4);";
        char* err = nullptr;
        const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &err);
        INFO((err ? err : ""));
        sqlite3_free(err);
        sqlite3_close(db);
        REQUIRE(rc == SQLITE_OK);
    }
    auto migrated = Database::open(path);
    REQUIRE(migrated);
    storage::GovernanceRepository repo(**migrated);
    auto bodies = repo.loadBodies();
    REQUIRE(bodies);
    const auto council = std::find_if(bodies->begin(), bodies->end(), [](const auto& b) { return b.id == 901; });
    REQUIRE(council != bodies->end());
    CHECK(council->kind == core::BodyKind::AdvocacyCouncil);
    auto assessments = repo.loadAssessments();
    REQUIRE(assessments);
    const auto a = std::find_if(assessments->begin(), assessments->end(), [](const auto& x) { return x.id == 901; });
    REQUIRE(a != assessments->end());
    // Each question of a dimension takes the score the dimension had; nothing is left under the old keys.
    CHECK(a->answers.size() == 6);
    CHECK(a->answers.value(QStringLiteral("strategy.vision")) == 2);
    CHECK(a->answers.value(QStringLiteral("strategy.roadmap")) == 2);
    CHECK(a->answers.value(QStringLiteral("culture.empowerment")) == 4);
    CHECK_FALSE(a->answers.contains(QStringLiteral("strategy")));
    CHECK(*core::dimensionScore(*a, core::MaturityDimension::Culture) == Approx(4.0));
}
