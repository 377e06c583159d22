#include "tiller/app/Environment.h"

#include "tiller/core/Log.h"
#include "tiller/storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QStandardPaths>
#include <QTranslator>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>

namespace tiller::app {

namespace {

void qtMessageToSpdlog(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    static auto log = core::logger("qt");
    const std::string text = message.toStdString();
    const char* category = context.category ? context.category : "default";
    switch (type) {
    case QtDebugMsg:
        log->debug("[{}] {}", category, text);
        break;
    case QtInfoMsg:
        log->info("[{}] {}", category, text);
        break;
    case QtWarningMsg:
        log->warn("[{}] {}", category, text);
        break;
    case QtCriticalMsg:
    case QtFatalMsg:
        log->error("[{}] {}", category, text);
        break;
    }
}

} // namespace

void initLogging(bool verbose)
{
    std::vector<spdlog::sink_ptr> sinks;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/logs");
    if (QDir().mkpath(dir)) {
        try {
            sinks.push_back(std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                (dir + QStringLiteral("/tiller.log")).toStdString(), 2 * 1024 * 1024, 5));
        } catch (const spdlog::spdlog_ex&) {
            // A read-only home: log to stderr only, never refuse to start.
        }
    }
    auto stderrSink = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
    stderrSink->set_level(verbose ? spdlog::level::debug : spdlog::level::off);
    sinks.push_back(stderrSink);
    auto root = std::make_shared<spdlog::logger>("tiller", sinks.begin(), sinks.end());
    root->set_level(verbose ? spdlog::level::debug : spdlog::level::info);
    root->set_pattern("%Y-%m-%d %H:%M:%S.%e %-14n %^%-5l%$ %v");
    spdlog::set_default_logger(root);
    // Loggers created before this point keep their old sinks: re-point them.
    spdlog::apply_all([&](const std::shared_ptr<spdlog::logger>& l) {
        if (l != root) {
            l->sinks() = root->sinks();
            l->set_level(root->level());
        }
    });
    spdlog::flush_every(std::chrono::seconds(2));
    spdlog::flush_on(spdlog::level::warn);
    qInstallMessageHandler(qtMessageToSpdlog);
}

QStringList availableLanguages() { return {QStringLiteral("en"), QStringLiteral("fr")}; }

QString installTranslations(const QString& language)
{
    QString lang = language;
    if (lang.isEmpty()) {
        lang = QLocale::system().name().left(2);
    }
    if (!availableLanguages().contains(lang)) {
        lang = QStringLiteral("en");
    }
    QLocale::setDefault(QLocale(lang));
    if (lang == QLatin1String("en")) {
        return lang;
    }
    auto* qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(QLocale(lang), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    }
    auto* own = new QTranslator(QCoreApplication::instance());
    if (own->load(QStringLiteral(":/i18n/tiller_%1.qm").arg(lang))) {
        QCoreApplication::installTranslator(own);
    } else {
        core::logger("tiller.app")->warn("no translation for {}", lang.toStdString());
    }
    return lang;
}

QString defaultActorName() { return storage::defaultActor(); }

QString defaultPortfolioPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/portfolio.tiller");
}

} // namespace tiller::app
