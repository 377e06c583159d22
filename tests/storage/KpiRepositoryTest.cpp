#include "tiller/storage/KpiRepository.h"

#include "TestSupport.h"
#include "tiller/storage/BulkInserter.h"
#include "tiller/storage/Database.h"
#include "tiller/storage/Transaction.h"

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
        auto opened = Database::open(tmp.path(QStringLiteral("kpi.tiller")));
        REQUIRE(opened);
        db = std::move(*opened);
        storage::Transaction tx(*db, QStringLiteral("seed"));
        auto kpis = storage::BulkInserter::create(*db, QStringLiteral("kpi"),
                                                  {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("unit"),
                                                   QStringLiteral("target"), QStringLiteral("direction")});
        REQUIRE(kpis);
        REQUIRE((*kpis)->add(
            {1, QStringLiteral("First-call resolution"), QStringLiteral("%"), 80.0, QStringLiteral("up")}));
        REQUIRE((*kpis)->add(
            {2, QStringLiteral("Average handling time"), QStringLiteral("min"), 6.0, QStringLiteral("down")}));
        REQUIRE((*kpis)->add({3, QStringLiteral("Complaints"), QString(), QVariant(QMetaType::fromType<double>()),
                              QStringLiteral("down")}));
        REQUIRE((*kpis)->flush());
        auto m = storage::BulkInserter::create(
            *db, QStringLiteral("kpi_measurement"),
            {QStringLiteral("kpi_id"), QStringLiteral("measured_on"), QStringLiteral("value")});
        REQUIRE(m);
        REQUIRE((*m)->add({1, QStringLiteral("2026-09-30"), 71.0}));
        REQUIRE((*m)->add({1, QStringLiteral("2026-10-31"), 74.5}));
        REQUIRE((*m)->add({1, QStringLiteral("2026-08-31"), 70.0}));
        REQUIRE((*m)->add({1, QStringLiteral("2026-11-30"), 77.0})); // after the date asked for below
        REQUIRE((*m)->add({2, QStringLiteral("2026-10-15"), 7.5}));
        REQUIRE((*m)->flush());
        REQUIRE(tx.commit());
    }
};

} // namespace

TEST_CASE("KPI readings give each KPI's two latest measurements up to a date", "[cx]")
{
    Fixture f;
    storage::KpiRepository repo(*f.db);
    const auto r = repo.readings({2026, 10, 31});
    REQUIRE(r);
    REQUIRE(r->size() == 3);
    // By name.
    const storage::KpiReading& aht = (*r)[0];
    const storage::KpiReading& complaints = (*r)[1];
    const storage::KpiReading& fcr = (*r)[2];
    CHECK(aht.name == QStringLiteral("Average handling time"));
    CHECK(aht.direction == QStringLiteral("down"));
    CHECK(aht.latestOn == QDate(2026, 10, 15));
    CHECK(aht.latest == 7.5);
    CHECK_FALSE(aht.previousOn.isValid()); // only one measurement

    CHECK(complaints.name == QStringLiteral("Complaints"));
    CHECK_FALSE(complaints.target.has_value());
    CHECK_FALSE(complaints.latestOn.isValid());

    CHECK(fcr.unit == QStringLiteral("%"));
    REQUIRE(fcr.target.has_value());
    CHECK(*fcr.target == 80.0);
    CHECK(fcr.latestOn == QDate(2026, 10, 31)); // the last day is included, November is not
    CHECK(fcr.latest == 74.5);
    CHECK(fcr.previousOn == QDate(2026, 9, 30));
    CHECK(fcr.previous == 71.0);

    // A month later the November value is the latest.
    const auto later = repo.readings({2026, 11, 30});
    REQUIRE(later);
    CHECK((*later)[2].latest == 77.0);
    CHECK((*later)[2].previous == 74.5);

    CHECK_FALSE(repo.readings(QDate()));
}
