#include "tiller/storage/VocRepository.h"

#include "TestSupport.h"
#include "tiller/storage/BulkInserter.h"
#include "tiller/storage/Database.h"
#include "tiller/storage/Transaction.h"

#include <catch2/catch.hpp>

using namespace tiller;
using core::ScoreCounts;
using storage::Database;
using storage::StorageError;
using storage::VocMonth;
using storage::VocStage;

namespace {

struct Record
{
    const char* day;
    core::Id stage; // 0: none
    const char* metric;
    double score;
};

// Two months (February and March 2026), two stages plus records without a stage, three metrics, and a record
// on each side of the period (31 January, 1 April).
const std::vector<Record> records{
    // NPS, February: stage 1 has 3 promoters and 1 detractor in 5, stage 2 has 1 and 2 in 5.
    {"2026-02-01", 1, "nps", 10},
    {"2026-02-03", 1, "nps", 9},
    {"2026-02-10", 1, "nps", 9},
    {"2026-02-14", 1, "nps", 7},
    {"2026-02-28", 1, "nps", 3},
    {"2026-02-02", 2, "nps", 10},
    {"2026-02-05", 2, "nps", 8},
    {"2026-02-06", 2, "nps", 8},
    {"2026-02-20", 2, "nps", 5},
    {"2026-02-27", 2, "nps", 0},
    // NPS, March: stage 1 3 and 0 in 4, stage 2 1 and 2 in 4, no stage 1 and 1 in 2.
    {"2026-03-01", 1, "nps", 10},
    {"2026-03-09", 1, "nps", 10},
    {"2026-03-15", 1, "nps", 9},
    {"2026-03-30", 1, "nps", 8},
    {"2026-03-02", 2, "nps", 6},
    {"2026-03-03", 2, "nps", 6},
    {"2026-03-17", 2, "nps", 9},
    {"2026-03-18", 2, "nps", 7},
    {"2026-03-31", 0, "nps", 10},
    {"2026-03-31", 0, "nps", 4},
    // Outside the period.
    {"2026-01-31", 1, "nps", 0},
    {"2026-04-01", 1, "nps", 10},
    // CSAT: February stage 1 (2 of 4 satisfied), March stage 2 (3 of 4).
    {"2026-02-11", 1, "csat", 5},
    {"2026-02-12", 1, "csat", 4},
    {"2026-02-13", 1, "csat", 3},
    {"2026-02-14", 1, "csat", 1},
    {"2026-03-11", 2, "csat", 5},
    {"2026-03-12", 2, "csat", 5},
    {"2026-03-13", 2, "csat", 4},
    {"2026-03-14", 2, "csat", 2},
    // CES: February stage 2 (mean 3), March stage 1 (mean 2).
    {"2026-02-16", 2, "ces", 2},
    {"2026-02-17", 2, "ces", 4},
    {"2026-03-16", 1, "ces", 1},
    {"2026-03-17", 1, "ces", 2},
    {"2026-03-18", 1, "ces", 3},
};

struct Fixture
{
    test::TempDir tmp;
    std::unique_ptr<Database> db;
    Fixture()
    {
        auto opened = Database::open(tmp.path(QStringLiteral("voc.tiller")));
        REQUIRE(opened);
        db = std::move(*opened);
        storage::Transaction tx(*db, QStringLiteral("seed"));
        auto journeys = storage::BulkInserter::create(*db, QStringLiteral("journey"),
                                                      {QStringLiteral("id"), QStringLiteral("name")});
        REQUIRE(journeys);
        REQUIRE((*journeys)->add({1, QStringLiteral("Buy")}));
        REQUIRE((*journeys)->flush());
        auto stages =
            storage::BulkInserter::create(*db, QStringLiteral("journey_stage"),
                                          {QStringLiteral("id"), QStringLiteral("journey_id"), QStringLiteral("name")});
        REQUIRE(stages);
        REQUIRE((*stages)->add({1, 1, QStringLiteral("Discover")}));
        REQUIRE((*stages)->add({2, 1, QStringLiteral("Pay")}));
        REQUIRE((*stages)->flush());
        auto voc = storage::BulkInserter::create(*db, QStringLiteral("voc_record"),
                                                 {QStringLiteral("recorded_on"), QStringLiteral("stage_id"),
                                                  QStringLiteral("metric"), QStringLiteral("score")});
        REQUIRE(voc);
        for (const Record& r : records) {
            const QVariant stage = r.stage == 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(r.stage);
            REQUIRE((*voc)->add({QString::fromLatin1(r.day), stage, QString::fromLatin1(r.metric), r.score}));
        }
        REQUIRE((*voc)->flush());
        REQUIRE(tx.commit());
    }
};

const QDate february(2026, 2, 1);
const QDate endOfMarch(2026, 3, 31);

ScoreCounts counts(qint64 n, qint64 promoters, qint64 detractors, qint64 satisfied, double sum)
{
    return ScoreCounts{n, promoters, detractors, satisfied, sum};
}

} // namespace

TEST_CASE("monthly NPS counts promoters and detractors per month, from SQL", "[cx]")
{
    Fixture f;
    storage::VocRepository repo(*f.db);
    REQUIRE(repo.count());
    CHECK(*repo.count() == qint64(records.size()));

    const auto months = repo.monthly(february, endOfMarch, QStringLiteral("nps"));
    REQUIRE(months);
    // February: 10 9 9 7 3 | 10 8 8 5 0; March: 10 10 9 8 | 6 6 9 7 | 10 4.
    const std::vector<VocMonth> expected{{QStringLiteral("2026-02"), counts(10, 4, 3, 8, 69)},
                                         {QStringLiteral("2026-03"), counts(10, 5, 3, 10, 79)}};
    CHECK(*months == expected);
    CHECK(*core::nps((*months)[0].counts) == 10.0);
    CHECK(*core::nps((*months)[1].counts) == 20.0);

    // One stage; the wider period reaches the records of January and April.
    const auto stage1 = repo.monthly({2026, 1, 1}, {2026, 4, 30}, QStringLiteral("nps"), 1);
    REQUIRE(stage1);
    REQUIRE(stage1->size() == 4);
    CHECK((*stage1)[0].month == QStringLiteral("2026-01"));
    CHECK(*core::nps((*stage1)[0].counts) == -100.0);
    CHECK((*stage1)[1].counts == counts(5, 3, 1, 4, 38));
    CHECK(*core::nps((*stage1)[1].counts) == 40.0);
    CHECK(*core::nps((*stage1)[2].counts) == 75.0);
    CHECK((*stage1)[3].month == QStringLiteral("2026-04"));
    CHECK(*core::nps((*stage1)[3].counts) == 100.0);

    // Both ends of the period are included, the days beyond are not.
    const auto lastDay = repo.monthly(endOfMarch, endOfMarch, QStringLiteral("nps"));
    REQUIRE(lastDay);
    REQUIRE(lastDay->size() == 1);
    CHECK((*lastDay)[0].counts == counts(2, 1, 1, 2, 14));
    const auto firstDay = repo.monthly(february, february, QStringLiteral("nps"));
    REQUIRE(firstDay);
    REQUIRE(firstDay->size() == 1);
    CHECK((*firstDay)[0].counts.n == 1);
}

TEST_CASE("CSAT and CES come from the same counts, each metric on its own records", "[cx]")
{
    Fixture f;
    storage::VocRepository repo(*f.db);
    const auto csat = repo.monthly(february, endOfMarch, QStringLiteral("csat"));
    REQUIRE(csat);
    const std::vector<VocMonth> csatExpected{{QStringLiteral("2026-02"), counts(4, 0, 4, 2, 13)},
                                             {QStringLiteral("2026-03"), counts(4, 0, 4, 3, 16)}};
    CHECK(*csat == csatExpected);
    CHECK(*core::csat((*csat)[0].counts) == 50.0);
    CHECK(*core::csat((*csat)[1].counts) == 75.0);

    const auto ces = repo.monthly(february, endOfMarch, QStringLiteral("ces"));
    REQUIRE(ces);
    REQUIRE(ces->size() == 2);
    CHECK(*core::ces((*ces)[0].counts) == 3.0);
    CHECK(*core::ces((*ces)[1].counts) == 2.0);
    // Less effort in March: an improvement.
    const core::Trend trend = core::trendOf(*core::ces((*ces)[0].counts), *core::ces((*ces)[1].counts), 0.1);
    CHECK(trend == core::Trend::Down);
    CHECK(core::isImprovement(core::VocMetric::Ces, trend));
}

TEST_CASE("by stage: one row per journey stage, records without a stage as stage 0", "[cx]")
{
    Fixture f;
    storage::VocRepository repo(*f.db);
    const auto nps = repo.byStage(february, endOfMarch, QStringLiteral("nps"));
    REQUIRE(nps);
    const std::vector<VocStage> npsExpected{
        {0, counts(2, 1, 1, 2, 14)}, {1, counts(9, 6, 1, 8, 75)}, {2, counts(9, 2, 4, 8, 59)}};
    CHECK(*nps == npsExpected);
    CHECK(*core::nps((*nps)[0].counts) == 0.0);
    CHECK(*core::nps((*nps)[1].counts) == Approx(500.0 / 9));
    CHECK(*core::nps((*nps)[2].counts) == Approx(-200.0 / 9));

    const auto csat = repo.byStage(february, endOfMarch, QStringLiteral("csat"));
    REQUIRE(csat);
    REQUIRE(csat->size() == 2);
    CHECK((*csat)[0].stageId == 1);
    CHECK(*core::csat((*csat)[0].counts) == 50.0);
    CHECK((*csat)[1].stageId == 2);
    CHECK(*core::csat((*csat)[1].counts) == 75.0);

    const auto ces = repo.byStage(february, endOfMarch, QStringLiteral("ces"));
    REQUIRE(ces);
    const std::vector<VocStage> cesExpected{{1, counts(3, 0, 3, 0, 6)}, {2, counts(2, 0, 2, 1, 6)}};
    CHECK(*ces == cesExpected);
    CHECK(*core::ces((*ces)[0].counts) == 2.0);
    CHECK(*core::ces((*ces)[1].counts) == 3.0);
}

TEST_CASE("an unknown metric key is refused before any SQL, and an empty period gives no rows", "[cx]")
{
    Fixture f;
    storage::VocRepository repo(*f.db);
    for (const QString& bad :
         {QStringLiteral("NPS"), QStringLiteral("nps' OR '1'='1"), QStringLiteral(""), QStringLiteral("effort")}) {
        const auto months = repo.monthly(february, endOfMarch, bad);
        REQUIRE(!months);
        CHECK(months.error().code == StorageError::Code::Constraint);
        CHECK(months.error().detail.contains(QStringLiteral("unknown VoC metric")));
        const auto stages = repo.byStage(february, endOfMarch, bad);
        REQUIRE(!stages);
        CHECK(stages.error().code == StorageError::Code::Constraint);
    }
    // An invalid date is a mistake too.
    CHECK(!repo.monthly({}, endOfMarch, QStringLiteral("nps")));
    CHECK(!repo.byStage(february, {}, QStringLiteral("nps")));

    // From after to: nothing; a period without records: nothing; a stage without records: nothing.
    const auto reversed = repo.monthly(endOfMarch, february, QStringLiteral("nps"));
    REQUIRE(reversed);
    CHECK(reversed->empty());
    const auto reversedStages = repo.byStage(endOfMarch, february, QStringLiteral("nps"));
    REQUIRE(reversedStages);
    CHECK(reversedStages->empty());
    const auto quiet = repo.monthly({2025, 1, 1}, {2025, 12, 31}, QStringLiteral("nps"));
    REQUIRE(quiet);
    CHECK(quiet->empty());
    const auto quietStages = repo.byStage({2025, 1, 1}, {2025, 12, 31}, QStringLiteral("ces"));
    REQUIRE(quietStages);
    CHECK(quietStages->empty());
    const auto noStage = repo.monthly(february, endOfMarch, QStringLiteral("nps"), 99);
    REQUIRE(noStage);
    CHECK(noStage->empty());
    // The records are still all there: nothing was smuggled through the metric.
    CHECK(*repo.count() == qint64(records.size()));
}

TEST_CASE("verbatims: what customers wrote in a period, newest first, by stage or all, at most a limit", "[cx]")
{
    test::TempDir tmp;
    auto opened = Database::open(tmp.path(QStringLiteral("voices.tiller")));
    REQUIRE(opened);
    Database& db = **opened;
    {
        storage::Transaction tx(db, QStringLiteral("seed"));
        auto journeys = storage::BulkInserter::create(db, QStringLiteral("journey"),
                                                      {QStringLiteral("id"), QStringLiteral("name")});
        REQUIRE(journeys);
        REQUIRE((*journeys)->add({1, QStringLiteral("Buy")}));
        REQUIRE((*journeys)->flush());
        auto stages =
            storage::BulkInserter::create(db, QStringLiteral("journey_stage"),
                                          {QStringLiteral("id"), QStringLiteral("journey_id"), QStringLiteral("name")});
        REQUIRE(stages);
        REQUIRE((*stages)->add({7, 1, QStringLiteral("Pay")}));
        REQUIRE((*stages)->flush());
        REQUIRE(tx.commit());
    }
    const auto r = [](const char* day, core::Id stage, const char* metric, double score, const char* text) {
        return storage::VocRecord{QDate::fromString(QString::fromLatin1(day), Qt::ISODate),
                                  QStringLiteral("web"),
                                  stage,
                                  QString::fromLatin1(metric),
                                  score,
                                  QString::fromUtf8(text)};
    };
    REQUIRE(storage::importVocRecords(db,
                                      {r("2026-03-02", 7, "nps", 3, "Too many steps to pay"),
                                       r("2026-03-20", 7, "csat", 5, "Quick, thanks"),
                                       r("2026-03-21", 7, "nps", 9, ""), // no comment: not listed
                                       r("2026-03-25", 0, "ces", 6, "Where is my bill?'; DROP TABLE task; --"),
                                       r("2026-04-02", 7, "nps", 10, "After the period")},
                                      QStringLiteral("voices.csv")));
    storage::VocRepository repo(db);
    const QDate from(2026, 3, 1);
    const QDate to(2026, 3, 31);
    const auto all = repo.verbatims(from, to, std::nullopt, 10);
    REQUIRE(all);
    REQUIRE(all->size() == 3);
    CHECK((*all)[0].verbatim == QStringLiteral("Where is my bill?'; DROP TABLE task; --")); // stored as text
    CHECK((*all)[0].stageId == 0);
    CHECK((*all)[0].metric == QStringLiteral("ces"));
    CHECK((*all)[1].verbatim == QStringLiteral("Quick, thanks"));
    CHECK((*all)[2].recordedOn == QDate(2026, 3, 2));

    const auto pay = repo.verbatims(from, to, core::Id(7), 10);
    REQUIRE(pay);
    CHECK(pay->size() == 2);
    const auto none = repo.verbatims(from, to, core::Id(0), 10);
    REQUIRE(none);
    REQUIRE(none->size() == 1);
    CHECK(none->front().metric == QStringLiteral("ces"));
    const auto one = repo.verbatims(from, to, std::nullopt, 1);
    REQUIRE(one);
    REQUIRE(one->size() == 1);
    CHECK(one->front().recordedOn == QDate(2026, 3, 25));
    CHECK(repo.verbatims(to, from, std::nullopt, 10)->empty()); // an empty period
    CHECK_FALSE(repo.verbatims(QDate(), to, std::nullopt, 10)); // an invalid one is refused
}
