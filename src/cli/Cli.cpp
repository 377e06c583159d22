#include "Cli.h"

#include "tiller/app/DemoBuilder.h"
#include "tiller/app/Environment.h"
#include "tiller/app/Portfolio.h"
#include "tiller/app/Settings.h"
#include "tiller/app/Text.h"
#include "tiller/core/Log.h"
#include "tiller/gui/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QStatusBar>
#include <QTimer>

#include <cstdio>
#include <map>

namespace tiller::cli {

namespace {

using Command = int (*)(const QStringList&);

const std::map<QString, Command>& commands()
{
    static const std::map<QString, Command> table{
        {QStringLiteral("demo"), demoCommand},
        {QStringLiteral("check"), checkCommand},
        {QStringLiteral("backup"), backupCommand},
        {QStringLiteral("shot"), shotCommand},
        {QStringLiteral("report"), reportCommand},
        {QStringLiteral("rank"), rankCommand},
        {QStringLiteral("ahp"), ahpCommand},
        {QStringLiteral("export"), exportCommand},
        {QStringLiteral("mail"), mailCommand},
    };
    return table;
}

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Tiller"));
    QCoreApplication::setApplicationName(QStringLiteral("Tiller"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TILLER_VERSION));
}

bool hasDisplay()
{
#if defined(Q_OS_LINUX)
    return !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") || !qEnvironmentVariableIsEmpty("DISPLAY") ||
           !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
#else
    return true;
#endif
}

QString optionValue(const QStringList& args, const QString& name)
{
    const int at = int(args.indexOf(name));
    return at >= 0 && at + 1 < args.size() ? args[at + 1] : QString();
}

// Creates the user's default portfolio with the sample program on first start.
bool ensureDefaultPortfolio(const QString& path)
{
    if (QFileInfo::exists(path)) {
        return true;
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    app::DemoBuilder builder(app::DemoBuilder::Size::Small, 1, QDate::currentDate());
    auto built = builder.build(path);
    if (!built) {
        core::logger("tiller.cli")->error("creating the sample program failed: {}",
                                          built.error().technical().toStdString());
        return false;
    }
    return true;
}

int runDesktop(int argc, char** argv)
{
    QStringList raw;
    for (int i = 0; i < argc; ++i) {
        raw.append(QString::fromLocal8Bit(argv[i]));
    }
    if (!hasDisplay() && !raw.contains(QStringLiteral("--help")) && !raw.contains(QStringLiteral("-h")) &&
        !raw.contains(QStringLiteral("--version"))) {
        std::fprintf(stderr, "tiller: no display found; to see a view without one, run: tiller shot --db FILE "
                             "--view inventory --out inventory.png\n");
        return Failure;
    }
    QApplication application(argc, argv);
    setIdentity();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/tiller.svg")));
    app::Settings settings;

    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Tiller runs a customer-experience program.\n\n"
                                             "Commands (run headless): demo, check, backup, shot, report, rank, ahp, export, mail.\n"
                                             "Without a command, the desktop app opens."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption db(QStringLiteral("db"), Cli::tr("The portfolio to open (a file)."), QStringLiteral("LOCATION"));
    QCommandLineOption lang(QStringLiteral("lang"), Cli::tr("Language of the interface: en or fr."),
                            QStringLiteral("LANG"));
    QCommandLineOption verbose(QStringLiteral("verbose"), Cli::tr("Also log to the terminal."));
    parser.addOptions({db, lang, verbose});
    if (!parser.parse(QApplication::arguments())) {
        printError(parser.errorText());
        return BadUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        parser.showHelp(Success);
    }
    if (parser.isSet(QStringLiteral("version"))) {
        parser.showVersion();
    }
    if (!parser.positionalArguments().isEmpty()) {
        printError(Cli::tr("unknown command “%1” (see tiller --help)").arg(parser.positionalArguments().first()));
        return BadUsage;
    }
    QString language = parser.value(lang);
    if (!language.isEmpty() && !app::availableLanguages().contains(language)) {
        printError(Cli::tr("unknown language “%1” (use en or fr)").arg(language));
        return BadUsage;
    }
    if (language.isEmpty()) {
        language = settings.value(app::Settings::Key::Language).toString();
    }
    app::initLogging(parser.isSet(verbose));
    app::installTranslations(language);

    gui::MainWindow window(&settings);
    window.show();
    QString location = parser.value(db);
    bool firstStart = false;
    if (location.isEmpty()) {
        location = app::defaultPortfolioPath();
        firstStart = !QFileInfo::exists(location);
        if (!ensureDefaultPortfolio(location)) {
            printError(Cli::tr("can't create the default portfolio at %1").arg(location));
        }
    }
    window.openLocation(location);
    if (firstStart) {
        window.statusBar()->showMessage(
            Cli::tr("Welcome! This is a sample CX program to explore. File ▸ New Portfolio starts your own."), 20000);
    }
    return QApplication::exec();
}

} // namespace

void printError(const QString& message)
{
    std::fprintf(stderr, "tiller: %s\n", message.toLocal8Bit().constData());
}

void printOut(const QString& message)
{
    std::fprintf(stdout, "%s\n", message.toLocal8Bit().constData());
    std::fflush(stdout);
}

int run(int argc, char** argv)
{
    const QString first = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    if (first.isEmpty() || first.startsWith(QLatin1Char('-'))) {
        return runDesktop(argc, argv);
    }
    const auto it = commands().find(first);
    if (it == commands().end()) {
        std::fprintf(stderr, "tiller: unknown command '%s' (commands: demo, check, backup, shot, report, rank, ahp, export, mail; see tiller --help)\n",
                     argv[1]);
        return BadUsage;
    }
    QStringList args;
    for (int i = 0; i < argc; ++i) {
        args.append(QString::fromLocal8Bit(argv[i]));
    }
    // `shot` renders widgets and `report` charts: they need a QApplication, offscreen unless told otherwise.
    if (first == QLatin1String("shot") || first == QLatin1String("report")) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
        QApplication application(argc, argv);
        setIdentity();
        app::initLogging(args.contains(QStringLiteral("--verbose")));
        app::installTranslations(optionValue(args, QStringLiteral("--lang")).isEmpty()
                                     ? QStringLiteral("en")
                                     : optionValue(args, QStringLiteral("--lang")));
        return it->second(args);
    }
    QCoreApplication application(argc, argv);
    setIdentity();
    app::initLogging(args.contains(QStringLiteral("--verbose")));
    app::installTranslations(optionValue(args, QStringLiteral("--lang")));
    return it->second(args);
}

} // namespace tiller::cli
