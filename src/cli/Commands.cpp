// The headless subcommands: demo, check, backup, shot.
#include "Cli.h"

#include "tiller/app/DemoBuilder.h"
#include "tiller/app/Portfolio.h"
#include "tiller/app/Settings.h"
#include "tiller/app/Text.h"
#include "tiller/gui/MainWindow.h"
#include "tiller/gui/MonthlyReport.h"
#include "tiller/storage/Database.h"
#include "tiller/storage/Maintenance.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QPalette>
#include <QPixmap>
#include <QStyle>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <cstdio>

namespace tiller::cli {

namespace {

QCommandLineOption dbOption() { return {QStringLiteral("db"), Cli::tr("The portfolio (a file)."), QStringLiteral("LOCATION")}; }
QCommandLineOption verboseOption() { return {QStringLiteral("verbose"), Cli::tr("Also log to the terminal.")}; }

// A dark palette as desktop themes set it, to check the views follow the palette.
QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30), base(0x1e, 0x1f, 0x22), text(0xdf, 0xe1, 0xe5), mid(0x5a, 0x5d, 0x63);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x8c, 0x8f, 0x94));
    p.setColor(QPalette::Highlight, QColor(0x35, 0x74, 0xf0));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Mid, mid);
    p.setColor(QPalette::Disabled, QPalette::Text, mid);
    p.setColor(QPalette::Disabled, QPalette::WindowText, mid);
    p.setColor(QPalette::Disabled, QPalette::ButtonText, mid);
    return p;
}

QString describeViolation(const core::InvariantViolation& v)
{
    using K = core::InvariantViolation::Kind;
    const bool bin = v.entity == QLatin1String("bin");
    const bool request = v.entity == QLatin1String("change request");
    switch (v.kind) {
    case K::DuplicateCode:
        if (bin) {
            return Cli::tr("duplicate bin code “%1” (%n bins)", nullptr, int(v.ids.size())).arg(v.detail);
        }
        if (request) {
            return Cli::tr("duplicate change request code “%1” (%n requests)", nullptr, int(v.ids.size())).arg(v.detail);
        }
        return Cli::tr("duplicate initiative code “%1” (%n initiatives)", nullptr, int(v.ids.size())).arg(v.detail);
    case K::DependencyCycle:
        return Cli::tr("dependency cycle between bins (ids): %1").arg(v.detail);
    case K::DatesOutOfOrder:
        if (bin) {
            return Cli::tr("bin ends before it starts: %1").arg(v.detail);
        }
        if (v.entity == QLatin1String("task")) {
            return Cli::tr("task completed before it was created: %1").arg(v.detail);
        }
        return Cli::tr("charter phase ends before it starts: %1").arg(v.detail);
    }
    return v.detail;
}

storage::Database::Options readerOptions()
{
    storage::Database::Options o;
    o.access = storage::Database::Access::ReadOnly;
    o.create = false;
    o.migrate = false;
    o.takeLock = false;
    return o;
}

} // namespace

// Parses `args`; on a usage error prints it and returns false (exit 2).
bool parseSubcommand(QCommandLineParser& parser, const QStringList& args, const QStringList& required)
{
    parser.addHelpOption();
    QStringList rest = args;
    rest.removeAt(1); // the subcommand
    if (!parser.parse(rest)) {
        printError(parser.errorText());
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(parser.helpText().toLocal8Bit().constData(), stdout);
        return false;
    }
    for (const QString& r : required) {
        if (parser.value(r).isEmpty()) {
            printError(Cli::tr("--%1 is required (see tiller %2 --help)").arg(r, args.value(1)));
            return false;
        }
    }
    if (!parser.positionalArguments().isEmpty()) {
        printError(Cli::tr("unexpected argument “%1”").arg(parser.positionalArguments().first()));
        return false;
    }
    return true;
}

int demoCommand(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Create a demo portfolio: the sample program (small) or test volumes."));
    parser.addOptions({dbOption(), verboseOption(),
                       {QStringLiteral("size"), Cli::tr("small, large or huge (default small)."), QStringLiteral("SIZE"),
                        QStringLiteral("small")},
                       {QStringLiteral("seed"), Cli::tr("Random seed (default 1): the same seed gives the same program."),
                        QStringLiteral("N"), QStringLiteral("1")}});
    if (!parseSubcommand(parser, args, {QStringLiteral("db")})) {
        return parser.isSet(QStringLiteral("help")) ? Success : BadUsage;
    }
    const auto size = app::DemoBuilder::sizeFromName(parser.value(QStringLiteral("size")));
    if (!size) {
        printError(Cli::tr("unknown size “%1” (use small, large or huge)").arg(parser.value(QStringLiteral("size"))));
        return BadUsage;
    }
    bool seedOk = false;
    const qulonglong seed = parser.value(QStringLiteral("seed")).toULongLong(&seedOk);
    if (!seedOk) {
        printError(Cli::tr("--seed takes a whole number, not “%1”").arg(parser.value(QStringLiteral("seed"))));
        return BadUsage;
    }
    const QString location = parser.value(QStringLiteral("db"));
    if (QFileInfo(location).exists() && QFileInfo(location).size() > 0) {
        printError(Cli::tr("%1 already exists; demo writes a new portfolio (choose another file)").arg(location));
        return Failure;
    }
    app::DemoBuilder builder(*size, seed, QDate::currentDate());
    const bool showProgress = *size != app::DemoBuilder::Size::Small;
    if (showProgress) {
        builder.setProgress([](const QString& step, qint64 done, qint64 total) {
            const int percent = total > 0 ? int(done * 100 / total) : 0;
            std::fprintf(stderr, "\rcreating %s… %d%%   ", step.toLocal8Bit().constData(), percent);
            std::fflush(stderr);
        });
    }
    QElapsedTimer timer;
    timer.start();
    auto stats = builder.build(location);
    if (showProgress) {
        std::fprintf(stderr, "\r%60s\r", "");
    }
    if (!stats) {
        QFile::remove(location); // a half-made demo is worth nothing; it was ours
        printError(app::Text::error(stats.error()));
        return Failure;
    }
    printOut(Cli::tr("Created %1 in %2 s: %3 initiatives, %4 bins, %5 dependencies, %6 tasks, %7 people, "
                     "%8 change requests, %9 ballots, %10 VoC records, %11 KPI measurements.")
                 .arg(location)
                 .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
                 .arg(stats->initiatives)
                 .arg(stats->bins)
                 .arg(stats->dependencies)
                 .arg(stats->tasks)
                 .arg(stats->people)
                 .arg(stats->changeRequests)
                 .arg(stats->ballots)
                 .arg(stats->vocRecords)
                 .arg(stats->kpiMeasurements));
    return Success;
}

int checkCommand(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Check a portfolio: SQLite integrity, references and the program's rules."));
    parser.addOptions({dbOption(), verboseOption()});
    if (!parseSubcommand(parser, args, {QStringLiteral("db")})) {
        return parser.isSet(QStringLiteral("help")) ? Success : BadUsage;
    }
    auto db = storage::Database::open(parser.value(QStringLiteral("db")), readerOptions());
    if (!db) {
        printError(app::Text::error(db.error()));
        return Failure;
    }
    auto report = storage::checkIntegrity(**db);
    if (!report) {
        printError(app::Text::error(report.error()));
        return Failure;
    }
    const auto& r = *report;
    printOut(Cli::tr("Portfolio %1 (schema %2): %3 initiatives, %4 bins, %5 tasks.")
                 .arg((*db)->location())
                 .arg(r.schemaVersion)
                 .arg(r.initiatives)
                 .arg(r.bins)
                 .arg(r.tasks));
    printOut(r.integrityErrors.isEmpty() ? Cli::tr("integrity_check: ok")
                                         : Cli::tr("integrity_check: %n problem(s)", nullptr, int(r.integrityErrors.size())));
    for (const QString& e : r.integrityErrors) {
        printOut(QStringLiteral("  ") + e);
    }
    printOut(r.foreignKeyErrors.isEmpty()
                 ? Cli::tr("foreign_key_check: ok")
                 : Cli::tr("foreign_key_check: %n broken reference(s)", nullptr, int(r.foreignKeyErrors.size())));
    for (const QString& e : r.foreignKeyErrors) {
        printOut(QStringLiteral("  ") + e);
    }
    printOut(r.violations.empty() ? Cli::tr("invariants: ok")
                                  : Cli::tr("invariants: %n violation(s)", nullptr, int(r.violations.size())));
    for (const auto& v : r.violations) {
        printOut(QStringLiteral("  ") + describeViolation(v));
    }
    printOut(r.ok() ? Cli::tr("OK") : Cli::tr("PROBLEMS FOUND"));
    return r.ok() ? Success : Failure;
}

int backupCommand(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Copy a portfolio safely, even while the app has it open."));
    parser.addOptions({dbOption(), verboseOption(),
                       {QStringLiteral("out"), Cli::tr("The backup file to write."), QStringLiteral("FILE")}});
    if (!parseSubcommand(parser, args, {QStringLiteral("db"), QStringLiteral("out")})) {
        return parser.isSet(QStringLiteral("help")) ? Success : BadUsage;
    }
    const QString source = parser.value(QStringLiteral("db"));
    const QString out = parser.value(QStringLiteral("out"));
    if (QFileInfo(source).absoluteFilePath() == QFileInfo(out).absoluteFilePath()) {
        printError(Cli::tr("--out must differ from --db"));
        return BadUsage;
    }
    {
        // Refuse what is not a healthy Tiller portfolio before copying it.
        auto db = storage::Database::open(source, readerOptions());
        if (!db) {
            printError(app::Text::error(db.error()));
            return Failure;
        }
    }
    if (QFileInfo::exists(out)) {
        auto existing = storage::Database::open(out, readerOptions());
        if (!existing) {
            printError(Cli::tr("%1 exists and is not a Tiller portfolio; not overwriting it").arg(out));
            return Failure;
        }
    }
    auto result = storage::backupSqliteFile(QFileInfo(source).absoluteFilePath(), out);
    if (!result) {
        printError(app::Text::error(result.error()));
        return Failure;
    }
    printOut(Cli::tr("Backed up %1 to %2 (%3 KB).").arg(source, out).arg(QFileInfo(out).size() / 1024));
    return Success;
}

namespace {

// --lang, when given, is en or fr; otherwise one line says so.
bool knownLanguage(const QCommandLineParser& parser)
{
    const QString lang = parser.value(QStringLiteral("lang"));
    if (!lang.isEmpty() && lang != QLatin1String("en") && lang != QLatin1String("fr")) {
        printError(Cli::tr("unknown language “%1” (use en or fr)").arg(lang));
        return false;
    }
    return true;
}

// The --db portfolio, read only and without its lock: shots and reports work beside a running app. Null, with the
// reason printed, when it can't be opened.
std::unique_ptr<app::Portfolio> openToRead(const QCommandLineParser& parser)
{
    storage::Database::Options options;
    options.create = false;
    options.takeLock = false;
    auto portfolio = app::Portfolio::open(parser.value(QStringLiteral("db")), options);
    if (!portfolio) {
        printError(app::Text::error(portfolio.error()));
        return nullptr;
    }
    return std::move(*portfolio);
}

} // namespace

int shotCommand(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Render a view of the app to a PNG, without a display."));
    parser.addOptions({dbOption(), verboseOption(),
                       {QStringLiteral("view"),
                        Cli::tr("The view: %1.")
                            .arg((gui::MainWindow::viewNames() + gui::MainWindow::pageNames()).join(QStringLiteral(", "))),
                        QStringLiteral("VIEW"), QStringLiteral("inventory")},
                       {QStringLiteral("out"), Cli::tr("The PNG file to write."), QStringLiteral("FILE.png")},
                       {QStringLiteral("size"), Cli::tr("Window size (default 1280x800)."), QStringLiteral("WxH"),
                        QStringLiteral("1280x800")},
                       {QStringLiteral("lang"), Cli::tr("Language: en or fr."), QStringLiteral("LANG")},
                       {QStringLiteral("palette"), Cli::tr("Colours: light (default) or dark, to check both themes."),
                        QStringLiteral("PALETTE"), QStringLiteral("light")}});
    if (!parseSubcommand(parser, args, {QStringLiteral("db"), QStringLiteral("out")})) {
        return parser.isSet(QStringLiteral("help")) ? Success : BadUsage;
    }
    const QString paletteName = parser.value(QStringLiteral("palette"));
    if (paletteName != QLatin1String("light") && paletteName != QLatin1String("dark")) {
        printError(Cli::tr("unknown palette “%1” (use light or dark)").arg(paletteName));
        return BadUsage;
    }
    if (paletteName == QLatin1String("dark")) {
        QApplication::setStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(darkPalette());
    }
    const QString view = parser.value(QStringLiteral("view"));
    if (!gui::MainWindow::viewNames().contains(view) && !gui::MainWindow::pageNames().contains(view)) {
        printError(Cli::tr("unknown view “%1” (views: %2)").arg(view, gui::MainWindow::viewNames().join(QStringLiteral(", "))));
        return BadUsage;
    }
    static const QRegularExpression sizePattern(QStringLiteral("^(\\d{3,5})x(\\d{3,5})$"));
    const auto sizeMatch = sizePattern.match(parser.value(QStringLiteral("size")));
    if (!sizeMatch.hasMatch() || sizeMatch.captured(1).toInt() > 8000 || sizeMatch.captured(2).toInt() > 8000) {
        printError(Cli::tr("--size takes WIDTHxHEIGHT in pixels, e.g. 1280x800 (at most 8000x8000)"));
        return BadUsage;
    }
    if (!knownLanguage(parser)) {
        return BadUsage;
    }
    auto portfolio = openToRead(parser);
    if (!portfolio) {
        return Failure;
    }
    // Fresh settings: a shot never depends on, nor touches, the user's.
    QTemporaryDir settingsDir;
    app::Settings settings(settingsDir.filePath(QStringLiteral("shot.ini")));
    gui::MainWindow window(&settings);
    window.setPortfolio(std::move(portfolio));
    window.showView(view);
    window.resize(sizeMatch.captured(1).toInt(), sizeMatch.captured(2).toInt());
    window.show();
    QApplication::processEvents();
    const QPixmap pixmap = window.grab();
    const QString out = parser.value(QStringLiteral("out"));
    if (!pixmap.save(out, "PNG")) {
        printError(Cli::tr("can't write %1").arg(out));
        return Failure;
    }
    printOut(Cli::tr("Wrote %1 (%2×%3).").arg(out).arg(pixmap.width()).arg(pixmap.height()));
    return Success;
}

int reportCommand(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Write the leaders' monthly report as a PDF, without a display."));
    parser.addOptions({dbOption(), verboseOption(),
                       {QStringLiteral("out"), Cli::tr("The PDF file to write."), QStringLiteral("FILE.pdf")},
                       {QStringLiteral("month"), Cli::tr("The month reported on (default: the last complete month)."),
                        QStringLiteral("YYYY-MM")},
                       {QStringLiteral("lang"), Cli::tr("Language: en or fr."), QStringLiteral("LANG")}});
    if (!parseSubcommand(parser, args, {QStringLiteral("db"), QStringLiteral("out")})) {
        return parser.isSet(QStringLiteral("help")) ? Success : BadUsage;
    }
    if (!knownLanguage(parser)) {
        return BadUsage;
    }
    QDate month;
    if (parser.isSet(QStringLiteral("month"))) {
        month = gui::MonthlyReport::parseMonth(parser.value(QStringLiteral("month")));
        if (!month.isValid()) {
            printError(Cli::tr("--month takes a month as YYYY-MM, e.g. 2026-11 (got “%1”)")
                           .arg(parser.value(QStringLiteral("month")).left(40)));
            return BadUsage;
        }
    }
    auto portfolio = openToRead(parser);
    if (!portfolio) {
        return Failure;
    }
    if (!month.isValid()) {
        month = gui::MonthlyReport::defaultMonth(portfolio->now().date());
    }
    QElapsedTimer timer;
    timer.start();
    gui::MonthlyReport report(*portfolio, month);
    const QString out = parser.value(QStringLiteral("out"));
    QString error;
    if (!report.write(out, &error)) {
        printError(error);
        return Failure;
    }
    printOut(Cli::tr("Wrote the report of %1 to %2 (%n page(s), %3 s).", nullptr, report.pageCount())
                 .arg(QLocale().toString(month, QStringLiteral("MMMM yyyy")), out)
                 .arg(QLocale().toString(timer.elapsed() / 1000.0, 'f', 1)));
    return Success;
}

} // namespace tiller::cli
