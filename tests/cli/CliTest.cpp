// The executable end to end, as a user runs it: exit codes, messages, files.
#include "PythonTools.h"
#include "TestSupport.h"
#include "tiller/app/DashboardData.h"
#include "tiller/app/Portfolio.h"
#include "tiller/storage/Database.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QLocale>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <catch2/catch.hpp>
#include <sqlite3.h>

using namespace tiller;

namespace {

struct Run
{
    int code;
    QString out;
    QString err;
};

Run runTiller(const QStringList& args, QProcessEnvironment env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    static QTemporaryDir runtime; // Qt wants a private (0700) runtime folder
    QFile::setPermissions(runtime.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path());
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(TILLER_EXE), args);
    REQUIRE(p.waitForFinished(120000));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

QString makeDemo(test::TempDir& tmp, const QString& name = QStringLiteral("demo.tiller"))
{
    const QString path = tmp.path(name);
    const Run r = runTiller({QStringLiteral("demo"), QStringLiteral("--db"), path});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    return path;
}

// The text of a PDF, by poppler's pdftotext (scripts/install-deps installs poppler-utils).
QString pdfText(const QString& pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

TEST_CASE("demo creates the sample program and refuses to overwrite a file")
{
    test::TempDir tmp;
    const QString path = tmp.path(QStringLiteral("demo.tiller"));
    Run r = runTiller({QStringLiteral("demo"), QStringLiteral("--db"), path, QStringLiteral("--seed"), QStringLiteral("3")});
    CHECK(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("41 initiatives")));
    CHECK(r.out.contains(QStringLiteral("120 tasks")));
    const QByteArray before = test::readFile(path);
    r = runTiller({QStringLiteral("demo"), QStringLiteral("--db"), path});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("already exists")));
    CHECK(test::readFile(path) == before);
}

TEST_CASE("bad usage exits 2 with one clear line")
{
    CHECK(runTiller({QStringLiteral("frobnicate")}).code == 2);
    Run r = runTiller({QStringLiteral("check")});
    CHECK(r.code == 2);
    CHECK(r.err.contains(QStringLiteral("--db")));
    CHECK(runTiller({QStringLiteral("demo"), QStringLiteral("--db"), QStringLiteral("x"), QStringLiteral("--size"),
                  QStringLiteral("gigantic")})
              .code == 2);
    CHECK(runTiller({QStringLiteral("demo"), QStringLiteral("--db"), QStringLiteral("x"), QStringLiteral("--seed"),
                  QStringLiteral("-1; DROP TABLE")})
              .code == 2);
    CHECK(runTiller({QStringLiteral("shot"), QStringLiteral("--db"), QStringLiteral("x"), QStringLiteral("--out"),
                  QStringLiteral("x.png"), QStringLiteral("--size"), QStringLiteral("99999x1")})
              .code == 2);
}

TEST_CASE("check reports a healthy portfolio as OK and a damaged one as a failure")
{
    test::TempDir tmp;
    const QString path = makeDemo(tmp);
    Run r = runTiller({QStringLiteral("check"), QStringLiteral("--db"), path});
    CHECK(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("integrity_check: ok")));
    CHECK(r.out.contains(QStringLiteral("invariants: ok")));

    // Break a rule behind Tiller's back: a dependency cycle between bins.
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.toUtf8().constData(), &db) == SQLITE_OK);
    REQUIRE(sqlite3_exec(db, "INSERT INTO bin_dependency (predecessor_id, successor_id) VALUES (8, 1), (1, 8)", nullptr,
                         nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);
    r = runTiller({QStringLiteral("check"), QStringLiteral("--db"), path});
    CHECK(r.code == 1);
    CHECK(r.out.contains(QStringLiteral("dependency cycle")));
}

TEST_CASE("bad files get a specific message and are never modified")
{
    test::TempDir tmp;
    const QString text = tmp.path(QStringLiteral("notes.txt"));
    test::writeFile(text, QByteArray("Quarterly notes\n").repeated(20));
    Run r = runTiller({QStringLiteral("check"), QStringLiteral("--db"), text});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("not a Tiller portfolio")));
    CHECK(r.err.count(QLatin1Char('\n')) == 1);

    const QString future = makeDemo(tmp, QStringLiteral("future.tiller"));
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(future.toUtf8().constData(), &db) == SQLITE_OK);
    REQUIRE(sqlite3_exec(db, "PRAGMA user_version = 42", nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);
    const QByteArray before = test::readFile(future);
    r = runTiller({QStringLiteral("check"), QStringLiteral("--db"), future});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("newer Tiller")));
    CHECK(test::readFile(future) == before);

    r = runTiller({QStringLiteral("check"), QStringLiteral("--db"), tmp.path(QStringLiteral("missing.tiller"))});
    CHECK(r.code == 1);
    CHECK(!QFile::exists(tmp.path(QStringLiteral("missing.tiller"))));
}

TEST_CASE("backup copies a portfolio that another process holds open")
{
    test::TempDir tmp;
    const QString path = makeDemo(tmp);
    auto holder = storage::Database::open(path); // as the app would
    REQUIRE(holder);
    const QString out = tmp.path(QStringLiteral("backup.tiller"));
    Run r = runTiller({QStringLiteral("backup"), QStringLiteral("--db"), path, QStringLiteral("--out"), out});
    INFO(r.err.toStdString());
    CHECK(r.code == 0);
    r = runTiller({QStringLiteral("check"), QStringLiteral("--db"), out});
    CHECK(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("41 initiatives")));

    // Never over a file that is not a portfolio.
    const QString precious = tmp.path(QStringLiteral("thesis.odt"));
    test::writeFile(precious, QByteArray("precious work ").repeated(50));
    r = runTiller({QStringLiteral("backup"), QStringLiteral("--db"), path, QStringLiteral("--out"), precious});
    CHECK(r.code == 1);
    CHECK(test::readFile(precious) == QByteArray("precious work ").repeated(50));
}

TEST_CASE("shot renders the inventory to a PNG of the requested size - in English and French")
{
    test::TempDir tmp;
    const QString path = makeDemo(tmp);
    for (const QString& lang : {QStringLiteral("en"), QStringLiteral("fr")}) {
        const QString png = tmp.path(QStringLiteral("inventory-%1.png").arg(lang));
        Run r = runTiller({QStringLiteral("shot"), QStringLiteral("--db"), path, QStringLiteral("--view"),
                        QStringLiteral("inventory"), QStringLiteral("--out"), png, QStringLiteral("--size"),
                        QStringLiteral("1024x700"), QStringLiteral("--lang"), lang});
        INFO(r.err.toStdString());
        REQUIRE(r.code == 0);
        QImage image(png);
        CHECK(image.width() == 1024);
        CHECK(image.height() == 700);
    }
    CHECK(runTiller({QStringLiteral("shot"), QStringLiteral("--db"), path, QStringLiteral("--view"),
                  QStringLiteral("nowhere"), QStringLiteral("--out"), tmp.path(QStringLiteral("x.png"))})
              .code == 2);
}

TEST_CASE("shot renders the change board's pages, and refuses an unknown one")
{
    test::TempDir tmp;
    const QString path = makeDemo(tmp);
    for (const QString& view : {QStringLiteral("changeboard"), QStringLiteral("changeboard/session"),
                                QStringLiteral("changeboard/log")}) {
        const QString png = tmp.path(QStringLiteral("board.png"));
        Run r = runTiller({QStringLiteral("shot"), QStringLiteral("--db"), path, QStringLiteral("--view"), view,
                           QStringLiteral("--out"), png, QStringLiteral("--lang"), QStringLiteral("fr")});
        INFO(view.toStdString() << ": " << r.err.toStdString());
        REQUIRE(r.code == 0);
        // The French labels are longer: the window must still fit its default size.
        CHECK(QImage(png).width() == 1280);
    }
    CHECK(runTiller({QStringLiteral("shot"), QStringLiteral("--db"), path, QStringLiteral("--view"),
                     QStringLiteral("changeboard/elsewhere"), QStringLiteral("--out"), tmp.path(QStringLiteral("x.png"))})
              .code == 2);
}

TEST_CASE("shot renders the transformation map with its cards")
{
    test::TempDir tmp;
    const QString path = makeDemo(tmp);
    const QString png = tmp.path(QStringLiteral("map.png"));
    Run r = runTiller({QStringLiteral("shot"), QStringLiteral("--db"), path, QStringLiteral("--view"),
                       QStringLiteral("map"), QStringLiteral("--out"), png});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    QImage image(png);
    REQUIRE(image.width() == 1280);
    // The sample has bins in progress: their cards carry the in-progress stripe colour.
    int stripe = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            stripe += image.pixel(x, y) == qRgb(0x25, 0x74, 0xd9) ? 1 : 0;
        }
    }
    CHECK(stripe > 200);
}

TEST_CASE("without a display the desktop app says so in one line")
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    Run r = runTiller({}, env);
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("no display")));
    CHECK(r.err.contains(QStringLiteral("tiller shot")));
}

TEST_CASE("rank aggregates the ballots of a CSV file - in text and JSON")
{
    const QString csv = QStringLiteral(TILLER_TEST_DATA "/rank/schulze-wikipedia.csv");
    Run r = runTiller({QStringLiteral("rank"), QStringLiteral("--ballots"), csv});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    // The worked example of the Schulze method: E > A > C > B > D.
    CHECK(r.out == QStringLiteral("1. E\n2. A\n3. C\n4. B\n5. D\n"));
    r = runTiller({QStringLiteral("rank"), QStringLiteral("--ballots"), csv, QStringLiteral("--format"),
                   QStringLiteral("json"), QStringLiteral("--method"), QStringLiteral("borda")});
    REQUIRE(r.code == 0);
    const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
    CHECK(json.value(QStringLiteral("method")).toString() == QStringLiteral("borda"));
    CHECK(json.value(QStringLiteral("order")).toArray().size() == 5);
    // 20 of the 45 voters rank A above B (5 + 5 + 3 + 7 in the file above).
    CHECK(json.value(QStringLiteral("pairwise")).toObject().value(QStringLiteral("A")).toObject().value(
              QStringLiteral("B")).toInt() == 20);
    CHECK(json.contains(QStringLiteral("kendall_w")));
    CHECK(runTiller({QStringLiteral("rank"), QStringLiteral("--ballots"), csv, QStringLiteral("--method"),
                     QStringLiteral("dictator")})
              .code == 2);
}

TEST_CASE("rank rejects a bad ballot with its line number and reason")
{
    Run r = runTiller({QStringLiteral("rank"), QStringLiteral("--ballots"),
                       QStringLiteral(TILLER_TEST_DATA "/rank/bad-duplicate.csv")});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("line 3")));
    CHECK(r.err.contains(QStringLiteral("twice")));
    CHECK(r.err.count(QLatin1Char('\n')) == 1);
}

TEST_CASE("ahp prints weights and consistency - and names the cell that breaks reciprocity")
{
    Run r = runTiller({QStringLiteral("ahp"), QStringLiteral("--matrix"),
                       QStringLiteral(TILLER_TEST_DATA "/ahp-textbook.csv"), QStringLiteral("--format"),
                       QStringLiteral("json")});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
    // Principal eigenvector of [[1,3,5],[1/3,1,3],[1/5,1/3,1]]: 0.637, 0.258, 0.105; CR 0.033.
    CHECK(json.value(QStringLiteral("weights")).toObject().value(QStringLiteral("Benefit")).toDouble() ==
          Approx(0.637).margin(0.001));
    CHECK(json.value(QStringLiteral("cr")).toDouble() == Approx(0.033).margin(0.001));
    r = runTiller({QStringLiteral("ahp"), QStringLiteral("--matrix"),
                   QStringLiteral(TILLER_TEST_DATA "/ahp-not-reciprocal.csv")});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("Cost")));
    CHECK(r.err.contains(QStringLiteral("Benefit")));
}

TEST_CASE("export writes an iCalendar file a real parser reads and refuses unknown formats")
{
    test::TempDir tmp;
    const QString path = makeDemo(tmp);
    const QString ics = tmp.path(QStringLiteral("program.ics"));
    Run r = runTiller({QStringLiteral("export"), QStringLiteral("--db"), path, QStringLiteral("--out"), ics,
                       QStringLiteral("--format"), QStringLiteral("ics")});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    static const QRegularExpression count(QStringLiteral("\\((\\d+) event"));
    const auto m = count.match(r.out);
    REQUIRE(m.hasMatch());
    test::requirePythonModule(QStringLiteral("icalendar"), QStringLiteral("python3-icalendar"));
    const test::PythonRun parsed = test::runPython(
        {QStringLiteral("-c"),
         QStringLiteral("import sys, icalendar\ncal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())\n"
                        "print(len(cal.walk('VEVENT')))"),
         ics});
    INFO(parsed.err.toStdString());
    REQUIRE(parsed.code == 0);
    CHECK(parsed.out.trimmed().toInt() == m.captured(1).toInt());
    CHECK(parsed.out.trimmed().toInt() >= 120); // at least the sample's task deadlines

    r = runTiller({QStringLiteral("export"), QStringLiteral("--db"), path, QStringLiteral("--out"),
                   tmp.path(QStringLiteral("x.csv")), QStringLiteral("--format"), QStringLiteral("csv")});
    CHECK(r.code == 2);
    CHECK(r.err.contains(QStringLiteral("unknown format")));
    CHECK(r.err.contains(QStringLiteral("ics")));
    CHECK(!QFile::exists(tmp.path(QStringLiteral("x.csv"))));
    CHECK(runTiller({QStringLiteral("export"), QStringLiteral("--db"), path}).code == 2); // no --out
}

TEST_CASE("mail digest queues the digests and mail send delivers them - retrying after a failure")
{
    test::TempDir tmp;
    const QString path = makeDemo(tmp);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), tmp.path(QStringLiteral("config"))); // settings of our own
    env.remove(QStringLiteral("TILLER_SMTP_PASSWORD"));

    CHECK(runTiller({QStringLiteral("mail")}, env).code == 2);
    CHECK(runTiller({QStringLiteral("mail"), QStringLiteral("frobnicate")}, env).code == 2);
    Run r = runTiller({QStringLiteral("mail"), QStringLiteral("digest"), QStringLiteral("--db"), path}, env);
    CHECK(r.code == 2);
    CHECK(r.err.contains(QStringLiteral("--from")));

    const QString emlDir = tmp.path(QStringLiteral("eml"));
    r = runTiller({QStringLiteral("mail"), QStringLiteral("digest"), QStringLiteral("--db"), path, QStringLiteral("--from"),
                   QStringLiteral("tiller@brightwave.example"), QStringLiteral("--eml-dir"), emlDir},
                  env);
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    static const QRegularExpression queuedPattern(QStringLiteral("Queued (\\d+) digest"));
    const auto queuedMatch = queuedPattern.match(r.out);
    REQUIRE(queuedMatch.hasMatch());
    const int queued = queuedMatch.captured(1).toInt();
    REQUIRE(queued > 0);
    const QStringList emls = QDir(emlDir).entryList({QStringLiteral("*.eml")}, QDir::Files, QDir::Name);
    REQUIRE(emls.size() == queued);
    const test::ParsedMail eml = test::parseMail(QDir(emlDir).filePath(emls.first()));
    CHECK(eml.subject.startsWith(QStringLiteral("Your daily Tiller digest")));
    CHECK(eml.text.startsWith(QStringLiteral("Hello ")));
    // Run twice the same day: nothing more is queued.
    r = runTiller({QStringLiteral("mail"), QStringLiteral("digest"), QStringLiteral("--db"), path, QStringLiteral("--from"),
                   QStringLiteral("tiller@brightwave.example")},
                  env);
    CHECK(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("Queued 0 digest")));

    const quint16 port = test::freePort();
    const QStringList send{QStringLiteral("mail"),        QStringLiteral("send"),
                           QStringLiteral("--db"),        path,
                           QStringLiteral("--smtp-host"), QStringLiteral("127.0.0.1"),
                           QStringLiteral("--smtp-port"), QString::number(port),
                           QStringLiteral("--smtp-security"), QStringLiteral("none"),
                           QStringLiteral("--from"),      QStringLiteral("tiller@brightwave.example")};
    r = runTiller(send, env);
    CHECK(r.code == 1);
    CHECK(r.out.contains(QStringLiteral("Sent 0 mail(s), %1 failed").arg(queued)));
    CHECK(r.err.contains(QStringLiteral("can't connect")));
    r = runTiller({QStringLiteral("mail"), QStringLiteral("outbox"), QStringLiteral("--db"), path, QStringLiteral("--pending")},
                  env);
    CHECK(r.code == 0);
    CHECK(r.out.count(QStringLiteral("1 failed attempt")) == queued);
    const QString outboxDir = tmp.path(QStringLiteral("outbox"));
    r = runTiller({QStringLiteral("mail"), QStringLiteral("outbox"), QStringLiteral("--db"), path,
                   QStringLiteral("--eml-dir"), outboxDir},
                  env);
    CHECK(r.code == 0);
    const QStringList outboxFiles = QDir(outboxDir).entryList({QStringLiteral("*.eml")}, QDir::Files, QDir::Name);
    REQUIRE(outboxFiles.size() == queued);
    CHECK(test::parseMail(QDir(outboxDir).filePath(outboxFiles.first())).subject == eml.subject);

    test::SmtpSink sink(port, tmp.path(QStringLiteral("inbox")));
    sink.start();
    r = runTiller(send, env);
    INFO(r.err.toStdString());
    CHECK(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("Sent %1 mail").arg(queued)));
    sink.stop();
    CHECK(sink.received().size() == queued);
    r = runTiller({QStringLiteral("mail"), QStringLiteral("outbox"), QStringLiteral("--db"), path, QStringLiteral("--pending")},
                  env);
    CHECK(r.out.trimmed().isEmpty());

    CHECK(runTiller({QStringLiteral("mail"), QStringLiteral("send"), QStringLiteral("--db"), path,
                     QStringLiteral("--smtp-host"), QStringLiteral("x"), QStringLiteral("--smtp-security"),
                     QStringLiteral("rot13"), QStringLiteral("--from"), QStringLiteral("a@b.example")},
                    env)
              .code == 2);
}

TEST_CASE("mail commands work beside the running app and leave the notices to it")
{
    test::TempDir tmp;
    const QString path = makeDemo(tmp);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), tmp.path(QStringLiteral("config")));
    // The desktop app has the portfolio open and holds its lock; it raises the notices itself, in memory.
    auto app = app::Portfolio::openForEditing(path, QStringLiteral("Program manager"));
    REQUIRE(app);
    REQUIRE(!(*app)->isReadOnly());
    const std::size_t notices = (*app)->notifications().size();

    Run r = runTiller({QStringLiteral("mail"), QStringLiteral("digest"), QStringLiteral("--db"), path, QStringLiteral("--from"),
                       QStringLiteral("tiller@brightwave.example")},
                      env);
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("Queued ")));
    // Nothing was raised behind the app's back (alone, the digest raises today's deadline notices).
    app->reset();
    storage::Database::Options options;
    options.takeLock = false;
    auto reread = app::Portfolio::open(path, options);
    REQUIRE(reread);
    CHECK((*reread)->notifications().size() == notices);
}

TEST_CASE("report writes the monthly PDF with the month's figures - in English and French")
{
    test::TempDir tmp;
    const QString path = makeDemo(tmp);
    // The figures the report must show, computed in-process for the last complete month.
    const QDate today = QDate::currentDate();
    const QDate first = QDate(today.year(), today.month(), 1).addMonths(-1);
    const QDate last = first.addMonths(1).addDays(-1);
    storage::Database::Options options;
    options.create = false;
    options.takeLock = false;
    auto opened = app::Portfolio::open(path, options);
    REQUIRE(opened);
    const auto year = app::DashboardData::compute(**opened, first.addMonths(-11), last);
    const auto month = app::DashboardData::compute(**opened, first, last);
    const QString programName = (*opened)->program().name;
    opened->reset();
    const auto& nps = year.metric(core::VocMetric::Nps);
    REQUIRE(nps.latest); // the sample has answers every month

    const QString pdf = tmp.path(QStringLiteral("report.pdf"));
    Run r = runTiller({QStringLiteral("report"), QStringLiteral("--db"), path, QStringLiteral("--out"), pdf});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("Wrote the report of %1").arg(QLocale::c().toString(first, QStringLiteral("MMMM yyyy")))));
    const QString text = pdfText(pdf);
    CHECK(text.contains(programName));
    CHECK(text.contains(QStringLiteral("Monthly report — %1").arg(QLocale::c().toString(first, QStringLiteral("MMMM yyyy")))));
    const double v = std::round(*nps.latest);
    const QString signedNps = v > 0 ? QStringLiteral("+%1").arg(v) : v < 0 ? QStringLiteral("−%1").arg(-v) : QStringLiteral("0");
    CHECK(text.contains(QStringLiteral("NPS %1 in ").arg(signedNps)));
    CHECK(text.contains(QStringLiteral("%1 overdue and %2 blocked today").arg(month.tasksOverdue).arg(month.tasksBlocked)));
    CHECK(text.contains(QStringLiteral("CX outcomes")));
    CHECK(text.contains(QStringLiteral("Transformation map")));
    const QRegularExpression pages(QStringLiteral("page (\\d+) of (\\d+)"));
    const auto m = pages.match(text);
    REQUIRE(m.hasMatch());
    CHECK(m.captured(2).toInt() >= 6);
    // The pages render: the cover as a picture with ink on it.
    QProcess render;
    render.start(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("40"), QStringLiteral("-png"),
                                              QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                                              QStringLiteral("1"), pdf, tmp.path(QStringLiteral("cover"))});
    REQUIRE(render.waitForFinished(60000));
    REQUIRE(render.exitCode() == 0);
    const QImage cover(tmp.path(QStringLiteral("cover-1.png")));
    REQUIRE(!cover.isNull());
    CHECK(cover.height() > cover.width()); // A4 portrait
    int ink = 0;
    for (int y = 0; y < cover.height(); y += 2) {
        for (int x = 0; x < cover.width(); x += 2) {
            ink += qGray(cover.pixel(x, y)) < 128 ? 1 : 0;
        }
    }
    CHECK(ink > 200);

    // In French, for a month given.
    const QString fr = tmp.path(QStringLiteral("rapport.pdf"));
    r = runTiller({QStringLiteral("report"), QStringLiteral("--db"), path, QStringLiteral("--out"), fr,
                   QStringLiteral("--month"), first.toString(QStringLiteral("yyyy-MM")), QStringLiteral("--lang"),
                   QStringLiteral("fr")});
    REQUIRE(r.code == 0);
    const QString frText = pdfText(fr);
    CHECK(frText.contains(QStringLiteral("Rapport mensuel")));
    CHECK(frText.contains(QLocale(QLocale::French).toString(first, QStringLiteral("MMMM yyyy"))));

    // Bad input: a month that isn't one, a folder that doesn't exist (nothing written).
    r = runTiller({QStringLiteral("report"), QStringLiteral("--db"), path, QStringLiteral("--out"), pdf,
                   QStringLiteral("--month"), QStringLiteral("2026-13")});
    CHECK(r.code == 2);
    CHECK(r.err.contains(QStringLiteral("YYYY-MM")));
    const QString nowhere = tmp.path(QStringLiteral("missing/report.pdf"));
    r = runTiller({QStringLiteral("report"), QStringLiteral("--db"), path, QStringLiteral("--out"), nowhere});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("report.pdf")));
    CHECK_FALSE(QFile::exists(nowhere));
}
