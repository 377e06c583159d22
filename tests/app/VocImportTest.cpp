// Importing VoC records from CSV: separators, BOM and quoting, bad rows reported by line, all-or-nothing writes.
#include "tiller/app/VocImport.h"

#include "AppFixture.h"
#include "PythonTools.h"
#include "tiller/storage/Repositories.h"
#include "tiller/storage/VocRecords.h"

#include <QLocale>

using namespace tiller;
using test::PortfolioFixture;
using Problem = app::VocImport::Problem;
using Failure = app::VocImport::Failure;

namespace {

qint64 vocCount(app::Portfolio& p)
{
    auto n = storage::countVocRecords(p.database());
    REQUIRE(n);
    return *n;
}

QString writeCsv(const test::TempDir& tmp, const QString& name, const QByteArray& bytes)
{
    const QString path = tmp.path(name);
    test::writeFile(path, bytes);
    return path;
}

core::Id stageId(const app::Portfolio& p, const QString& name)
{
    for (const auto& s : p.stages()) {
        if (s.name == name) {
            return s.id;
        }
    }
    FAIL("no stage " << name.toStdString());
    return 0;
}

const QByteArray bom("\xEF\xBB\xBF");

} // namespace

TEST_CASE("a semicolon file with a BOM and quoted multi-line verbatims imports every row")
{
    PortfolioFixture f;
    const qint64 before = vocCount(f.p());
    const QByteArray csv = bom + "Date;Canal;Étape;Indicateur;Note;Commentaire\r\n"
                                 "2026-03-02;web;Planning the move;NPS;9;\"Clear; quick\"\r\n"
                                 "2026-03-03;phone;final meter reading;csat;4;\"Two lines:\nfirst, then second\"\r\n"
                                 "2026-03-04;app;Moving home › Final meter reading;CES;2;\"She said \"\"fine\"\"\"\r\n"
                                 "2026-03-05;web;;nps;0;\r\n";
    const QString path = writeCsv(f.tmp, QStringLiteral("good.csv"), csv);

    const auto preview = app::VocImport::preview(path, 20);
    REQUIRE(preview.failure == Failure::None);
    CHECK(preview.separator == QLatin1Char(';'));
    CHECK(preview.header == QStringList{"Date", "Canal", "Étape", "Indicateur", "Note", "Commentaire"});
    REQUIRE(preview.rows.size() == 4);
    CHECK(preview.rows[1][5] == QStringLiteral("Two lines:\nfirst, then second"));

    const auto mapping = app::VocImport::guess(preview.header);
    CHECK(mapping == app::VocImport::Mapping{0, 1, 2, 3, 4, 5, {}});
    QList<qint64> steps;
    const auto report = app::VocImport::run(f.p(), path, mapping, [&](qint64 done, qint64 total) {
        steps << done;
        CHECK(done <= total);
        return true;
    });
    INFO(report.error.toStdString());
    REQUIRE(report.ok());
    CHECK(report.badRows.empty());
    CHECK(report.imported == 4);
    CHECK(vocCount(f.p()) == before + 4);
    CHECK(!steps.isEmpty());

    auto latest = storage::latestVocRecords(f.p().database(), 4);
    REQUIRE(latest);
    REQUIRE(latest->size() == 4);
    const auto& rows = *latest; // newest first
    CHECK(rows[3] ==
          storage::VocRecord{QDate(2026, 3, 2), "web", stageId(f.p(), "Planning the move"), "nps", 9, "Clear; quick"});
    CHECK(rows[2].verbatim == QStringLiteral("Two lines:\nfirst, then second"));
    CHECK(rows[2].stageId == stageId(f.p(), QStringLiteral("Final meter reading")));
    CHECK(rows[1].verbatim == QStringLiteral("She said \"fine\""));
    CHECK(rows[1].metric == QStringLiteral("ces"));
    CHECK(rows[1].stageId == stageId(f.p(), QStringLiteral("Final meter reading")));
    CHECK(rows[0].stageId == 0);
    CHECK(rows[0].score == 0);

    // One audit line for the whole import, not one per record; not an undoable edit.
    auto audit = storage::AuditRepository(f.p().database()).forEntity(QStringLiteral("voc_record"), 0);
    REQUIRE(audit);
    REQUIRE(audit->size() == 1);
    CHECK(audit->front().action == QStringLiteral("voc_import"));
    CHECK(audit->front().field == QStringLiteral("good.csv"));
    CHECK(audit->front().newValue == QStringLiteral("4"));
    CHECK(f.p().undoStack()->count() == 0);

    f.reopen();
    CHECK(vocCount(f.p()) == before + 4);
}

TEST_CASE("three bad rows among ten are reported by their line in the file and the seven others imported")
{
    PortfolioFixture f;
    const qint64 before = vocCount(f.p());
    const QByteArray csv = "date,channel,stage,metric,score,comment\n"                     // line 1
                           "2026-01-05,web,Planning the move,nps,10,fine\n"                // 2
                           "2026-01-06,web,Planning the move,nps,8,\"spans\ntwo lines\"\n" // 3-4
                           "2026-13-45,web,Planning the move,nps,8,bad date\n"             // 5  bad
                           "2026-01-07,phone,Final meter reading,csat,5,\n"                // 6
                           "2026-01-08,phone,Final meter reading,nps,11,too high\n"        // 7  bad
                           "\n"                                                            // 8 blank, skipped
                           "2026-01-09,app,Final meter reading,ces,3,\n"                   // 9
                           "2026-01-10,app,The moon landing,ces,3,unknown stage\n"         // 10 bad
                           "2026-01-11,web,,nps,7,\n"                                      // 11
                           "2026-01-12,web,planning the move,csat,1,\n"                    // 12
                           "2026-01-13,web,Planning the move,ces,7,\n";                    // 13
    const QString path = writeCsv(f.tmp, QStringLiteral("mixed.csv"), csv);
    const auto mapping = app::VocImport::guess(app::VocImport::preview(path).header);
    const auto report = app::VocImport::run(f.p(), path, mapping);
    INFO(report.error.toStdString());
    REQUIRE(report.ok());
    CHECK(report.rowsRead == 10);
    CHECK(report.imported == 7);
    CHECK(vocCount(f.p()) == before + 7);
    REQUIRE(report.badRows.size() == 3);
    CHECK(report.badRows[0].line == 5);
    CHECK(report.badRows[0].problem == Problem::BadDate);
    CHECK(report.badRows[0].reason.contains(QStringLiteral("2026-13-45")));
    CHECK(report.badRows[1].line == 7);
    CHECK(report.badRows[1].problem == Problem::ScoreOutOfScale);
    CHECK(report.badRows[1].reason.contains(QStringLiteral("NPS")));
    CHECK(report.badRows[1].reason.contains(QStringLiteral("11")));
    CHECK(report.badRows[2].line == 10);
    CHECK(report.badRows[2].problem == Problem::UnknownStage);
    CHECK(report.badRows[2].reason.contains(QStringLiteral("The moon landing")));
}

TEST_CASE("each kind of bad row gets its reason, and the accepted date forms are read")
{
    PortfolioFixture f;
    const QByteArray csv = "date,stage,metric,score\n"
                           "31/03/2026,,csat,5\n"         // 2 day/month/year
                           "2026-03-31T10:15:00,,nps,9\n" // 3 ISO date and time
                           "2026-03-31,,happiness,3\n"    // 4 unknown metric
                           "2026-03-31,,nps,\n"           // 5 missing score
                           ",,nps,5\n"                    // 6 missing date
                           "2026-03-31,,csat,6\n"         // 7 CSAT above 5
                           "2026-03-31,,ces,0\n"          // 8 CES below 1
                           "2026-03-31,,nps,7.5\n"        // 9 NPS is whole
                           "2026-03-31,,csat,4,5\n"       // 10 extra column ignored: score 4
                           "2026-03-31,,nps,lots\n"       // 11 not a number
                           "2026-03-31,,nps\n"            // 12 too short
                           "2026-03-31,,nps,\"5\"x\n";    // 13 malformed quoting
    const QString path = writeCsv(f.tmp, QStringLiteral("kinds.csv"), csv);
    const auto report = app::VocImport::run(f.p(), path, app::VocImport::guess(app::VocImport::preview(path).header));
    REQUIRE(report.ok());
    CHECK(report.imported == 3);
    std::vector<std::pair<int, Problem>> got;
    for (const auto& b : report.badRows) {
        CHECK(!b.reason.isEmpty());
        got.emplace_back(b.line, b.problem);
    }
    const std::vector<std::pair<int, Problem>> expected{
        {4, Problem::UnknownMetric},   {5, Problem::MissingField},    {6, Problem::MissingField},
        {7, Problem::ScoreOutOfScale}, {8, Problem::ScoreOutOfScale}, {9, Problem::ScoreOutOfScale},
        {11, Problem::BadScore},       {12, Problem::MissingField},   {13, Problem::MalformedRow}};
    CHECK(got == expected);
    auto latest = storage::latestVocRecords(f.p().database(), 3);
    REQUIRE(latest);
    REQUIRE(latest->size() == 3);
    CHECK((*latest)[2].recordedOn == QDate(2026, 3, 31));
    CHECK((*latest)[1].recordedOn == QDate(2026, 3, 31));
    CHECK((*latest)[0].score == 4);

    // The user's own short date is read too.
    const QString localDate = QLocale().toString(QDate(2026, 2, 14), QLocale::ShortFormat);
    const QString local =
        writeCsv(f.tmp, QStringLiteral("local.csv"), ("date;metric;score\n\"" + localDate + "\";nps;8\n").toUtf8());
    const auto localReport = app::VocImport::run(f.p(), local, app::VocImport::guess({"date", "metric", "score"}));
    INFO(localDate.toStdString());
    CHECK(localReport.imported == 1);
    auto last = storage::latestVocRecords(f.p().database(), 1);
    REQUIRE(last);
    CHECK(last->front().recordedOn == QDate(2026, 2, 14));
}

TEST_CASE("a file that is not CSV gets one clear error and imports nothing")
{
    PortfolioFixture f;
    const qint64 before = vocCount(f.p());
    QByteArray garbage("\x89PNG\r\n\x1a\n", 8);
    for (int i = 0; i < 500; ++i) {
        garbage.append(char(i * 37 % 256));
    }
    const app::VocImport::Mapping full{0, 1, 2, 3, 4, 5, {}};
    struct Case
    {
        const char* name;
        QByteArray bytes;
    };
    for (const Case& c :
         {Case{"binary.csv", garbage}, Case{"empty.csv", QByteArray()}, Case{"blank.csv", QByteArray("\n\n  \n")},
          Case{"latin1.csv", QByteArray("date;note\n\xe9t\xe9;5\n")},
          Case{"prose.txt", QByteArray("Dear team\nplease find attached\n")}}) {
        INFO(c.name);
        const QString path = writeCsv(f.tmp, QString::fromLatin1(c.name), c.bytes);
        const auto preview = app::VocImport::preview(path);
        CHECK(preview.failure == Failure::NotCsv);
        CHECK(preview.error.contains(QString::fromLatin1(c.name)));
        const auto report = app::VocImport::run(f.p(), path, full);
        CHECK(report.failure == Failure::NotCsv);
        CHECK(!report.error.isEmpty());
        CHECK(report.badRows.empty());
        CHECK(report.imported == 0);
    }
    const auto missing = app::VocImport::run(f.p(), f.tmp.path(QStringLiteral("nowhere.csv")), full);
    CHECK(missing.failure == Failure::CannotRead);
    CHECK(vocCount(f.p()) == before);
}

TEST_CASE("a read-only portfolio refuses the import")
{
    PortfolioFixture f;
    const qint64 before = vocCount(f.p());
    const QString path = writeCsv(f.tmp, QStringLiteral("ro.csv"), "date,metric,score\n2026-01-05,nps,9\n");
    storage::Database::Options o;
    o.access = storage::Database::Access::ReadOnly;
    f.portfolio.reset();
    auto ro = app::Portfolio::open(f.path, o);
    REQUIRE(ro);
    const auto report = app::VocImport::run(**ro, path, app::VocImport::guess({"date", "metric", "score"}));
    CHECK(report.failure == Failure::ReadOnly);
    CHECK(report.error.contains(QStringLiteral("read-only")));
    CHECK(report.imported == 0);
    CHECK(vocCount(**ro) == before);
}

TEST_CASE("a failure while writing rolls back every row and says so")
{
    PortfolioFixture f;
    const qint64 before = vocCount(f.p());
    f.portfolio.reset();
    // The database refuses the fifth row: the four before it must not stay.
    const auto py = test::runPython(
        {QStringLiteral("-c"),
         QStringLiteral("import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute(\"CREATE TRIGGER refuse BEFORE "
                        "INSERT ON voc_record WHEN NEW.verbatim = 'boom' BEGIN SELECT RAISE(ABORT, 'disk says no'); "
                        "END\"); c.commit()"),
         f.path});
    REQUIRE(py.code == 0);
    f.reopen();
    const QString path = writeCsv(f.tmp, QStringLiteral("boom.csv"),
                                  "date,metric,score,comment\n"
                                  "2026-01-05,nps,9,a\n2026-01-06,nps,9,b\n2026-01-07,nps,9,c\n2026-01-08,nps,9,d\n"
                                  "2026-01-09,nps,9,boom\n2026-01-10,nps,9,f\n");
    const auto report = app::VocImport::run(f.p(), path, app::VocImport::guess({"date", "metric", "score", "comment"}));
    CHECK(report.failure == Failure::WriteFailed);
    CHECK(report.imported == 0);
    CHECK(report.error.contains(QStringLiteral("rolled back")));
    CHECK(vocCount(f.p()) == before);
    auto audit = storage::AuditRepository(f.p().database()).forEntity(QStringLiteral("voc_record"), 0);
    REQUIRE(audit);
    CHECK(audit->empty());
}

TEST_CASE("column names are guessed in English and French")
{
    using M = app::VocImport::Mapping;
    CHECK(app::VocImport::guess({"Date", "Channel", "Stage", "Metric", "Score", "Verbatim"}) ==
          M{0, 1, 2, 3, 4, 5, {}});
    CHECK(app::VocImport::guess({"recorded_on", "channel", "journey stage", "metric", "score", "comment"}) ==
          M{0, 1, 2, 3, 4, 5, {}});
    CHECK(app::VocImport::guess({"Commentaire", "Note", "Indicateur", "Étape", "Canal", "Date de réponse"}) ==
          M{5, 4, 3, 2, 1, 0, {}});
    CHECK(app::VocImport::guess({"ETAPE DU PARCOURS", "date_de_reponse", "note"}) == M{1, -1, 0, -1, 2, -1, {}});
    CHECK(app::VocImport::guess({"id", "respondent"}) == M{});
}

TEST_CASE("one metric for a whole file without a metric column")
{
    PortfolioFixture f;
    const QString path = writeCsv(f.tmp, QStringLiteral("csat.csv"),
                                  "date,score,comment\n2026-02-01,5,great\n2026-02-02,3,ok\n"
                                  "2026-02-03,9,out of the CSAT scale\n");
    auto mapping = app::VocImport::guess(app::VocImport::preview(path).header);
    CHECK(mapping.metric == -1);
    CHECK(!app::VocImport::missing(mapping).isEmpty());
    CHECK(app::VocImport::run(f.p(), path, mapping).failure == Failure::IncompleteMapping);
    mapping.fixedMetric = QStringLiteral("csat");
    CHECK(app::VocImport::missing(mapping).isEmpty());
    const auto report = app::VocImport::run(f.p(), path, mapping);
    REQUIRE(report.ok());
    CHECK(report.imported == 2);
    REQUIRE(report.badRows.size() == 1);
    CHECK(report.badRows[0].line == 4);
    CHECK(report.badRows[0].problem == Problem::ScoreOutOfScale);
    auto latest = storage::latestVocRecords(f.p().database(), 2);
    REQUIRE(latest);
    for (const auto& r : *latest) {
        CHECK(r.metric == QStringLiteral("csat"));
    }
}

TEST_CASE("SQL-looking verbatims are stored as plain text")
{
    PortfolioFixture f;
    const qint64 before = vocCount(f.p());
    const QString evil = QStringLiteral("'); DROP TABLE voc_record; --");
    const QString path = writeCsv(f.tmp, QStringLiteral("evil.csv"),
                                  "date;metric;score;verbatim\n2026-02-01;nps;3;\"'); DROP TABLE voc_record; --\"\n"
                                  "2026-02-02;nps;4;x' OR '1'='1\n");
    const auto report = app::VocImport::run(f.p(), path, app::VocImport::guess(app::VocImport::preview(path).header));
    REQUIRE(report.ok());
    CHECK(report.imported == 2);
    CHECK(vocCount(f.p()) == before + 2);
    auto latest = storage::latestVocRecords(f.p().database(), 2);
    REQUIRE(latest);
    CHECK((*latest)[1].verbatim == evil);
    CHECK((*latest)[0].verbatim == QStringLiteral("x' OR '1'='1"));
}
