// The execution rhythm's headless commands: export (iCalendar) and mail (digest, send, outbox).
#include "Cli.h"
#include "tiller/app/Calendar.h"
#include "tiller/app/Mail.h"
#include "tiller/app/MailService.h"
#include "tiller/app/MailSettings.h"
#include "tiller/app/Portfolio.h"
#include "tiller/app/Settings.h"
#include "tiller/storage/Database.h"
#include "tiller/app/Text.h"
#include "tiller/storage/OutboxRepository.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace tiller::cli {

namespace {

QCommandLineOption dbOption()
{
    return {QStringLiteral("db"), Cli::tr("The portfolio (a file)."), QStringLiteral("LOCATION")};
}
QCommandLineOption verboseOption()
{
    return {QStringLiteral("verbose"), Cli::tr("Also log to the terminal.")};
}

// The formats `export` writes (others come with later versions).
QStringList exportFormats()
{
    return {QStringLiteral("ics")};
}

core::Expected<std::unique_ptr<app::Portfolio>, QString> openPortfolio(const QString& location, bool write)
{
    storage::Database::Options options;
    options.create = false;
    if (!write) {
        options.takeLock = false; // a reader works beside a running app
    }
    auto portfolio = app::Portfolio::open(location, options);
    if (!portfolio) {
        return core::unexpected(app::Text::error(portfolio.error()));
    }
    if (write && (*portfolio)->isReadOnly()) {
        return core::unexpected(Cli::tr("%1 is read-only: %2").arg(location, (*portfolio)->readOnlyReason()));
    }
    return std::move(*portfolio);
}

// The mail commands work beside a running app: the outbox is theirs alone. When the app holds the portfolio,
// they open it without the lock (`besideApp` says so) and leave the in-memory notices to the app.
core::Expected<std::unique_ptr<app::Portfolio>, QString> openForMail(const QString& location, bool* besideApp)
{
    auto portfolio = openPortfolio(location, true);
    *besideApp = false;
    if (portfolio || !QFileInfo::exists(location)) {
        return portfolio;
    }
    storage::Database::Options options;
    options.create = false;
    options.whenLocked = storage::Database::WhenLocked::OpenReadOnly;
    auto probe = app::Portfolio::open(location, options);
    if (!probe || (*probe)->database().readOnlyReason() != storage::Database::ReadOnlyReason::HeldByAnotherInstance) {
        return portfolio; // read-only for another reason: say that one
    }
    probe->reset();
    options.takeLock = false;
    auto beside = app::Portfolio::open(location, options);
    if (!beside) {
        return core::unexpected(app::Text::error(beside.error()));
    }
    *besideApp = true;
    return std::move(*beside);
}

bool ensureDir(const QString& dir)
{
    if (!QDir().mkpath(dir)) {
        printError(Cli::tr("can't create the folder %1").arg(dir));
        return false;
    }
    return true;
}

int mailDigest(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Queue each person's digest in the outbox (sent by tiller mail send): their unread notifications of "
                "the period and their tasks overdue or due within 7 days. Today's deadline notices are raised first."));
    parser.addOptions({dbOption(),
                       verboseOption(),
                       {QStringLiteral("period"),
                        Cli::tr("daily (default) or weekly: the digest of the people who "
                                "chose that period."),
                        QStringLiteral("PERIOD"), QStringLiteral("daily")},
                       {QStringLiteral("eml-dir"), Cli::tr("Also write each digest as an .eml file in this folder."),
                        QStringLiteral("DIR")},
                       {QStringLiteral("from"), Cli::tr("Sender address (default: the mail settings')."),
                        QStringLiteral("ADDRESS")}});
    if (!parseSubcommand(parser, args, {QStringLiteral("db")})) {
        return parser.isSet(QStringLiteral("help")) ? Success : BadUsage;
    }
    const auto period = app::digestPeriodFromKey(parser.value(QStringLiteral("period")));
    if (!period) {
        printError(Cli::tr("unknown period “%1” (use daily or weekly)").arg(parser.value(QStringLiteral("period"))));
        return BadUsage;
    }
    app::Settings settings;
    app::MailSettings mail = app::MailSettings::load(settings);
    if (parser.isSet(QStringLiteral("from"))) {
        mail.from = parser.value(QStringLiteral("from"));
    }
    const app::MailAddress from{mail.fromName, mail.from};
    if (!from.isValid()) {
        printError(mail.from.isEmpty() ? Cli::tr("no sender address: pass --from or set mail/from in the settings")
                                       : Cli::tr("“%1” is not an e-mail address").arg(mail.from));
        return mail.from.isEmpty() ? BadUsage : Failure;
    }
    bool besideApp = false;
    auto portfolio = openForMail(parser.value(QStringLiteral("db")), &besideApp);
    if (!portfolio) {
        printError(portfolio.error());
        return Failure;
    }
    app::Portfolio& p = **portfolio;
    if (!besideApp) {
        // The app raises them itself when it runs (and keeps them in memory): only raise them when it doesn't.
        p.raiseDeadlineNotices(p.now().date(), settings.value(app::Settings::Key::DueSoonDays).toInt());
    }
    const QSet<core::Id> weekly =
        app::weeklyDigestPeople(p, settings.value(app::Settings::Key::MailWeeklyDigest).toStringList());
    QStringList skipped;
    const std::vector<app::PersonMail> digests = app::Digest::forEveryone(p, *period, weekly, from, &skipped);
    auto queued = app::Mailer::queue(p.database(), digests, p.now());
    if (!queued) {
        printError(app::Text::error(queued.error()));
        return Failure;
    }
    if (parser.isSet(QStringLiteral("eml-dir"))) {
        const QString dir = parser.value(QStringLiteral("eml-dir"));
        if (!ensureDir(dir)) {
            return Failure;
        }
        int n = 0;
        for (const app::PersonMail& m : digests) {
            const QString path = QDir(dir).filePath(app::Mailer::emlFileName(++n, m.message.to().name));
            QString why;
            if (!app::Mailer::writeEml(m.message.toEml(), path, &why)) {
                printError(Cli::tr("can't write %1: %2").arg(path, why));
                return Failure;
            }
        }
    }
    printOut(Cli::tr("Queued %n digest(s) in the outbox", nullptr, *queued) +
             (int(digests.size()) > *queued
                  ? Cli::tr(" (%n already queued today)", nullptr, int(digests.size()) - *queued)
                  : QString()) +
             QStringLiteral("."));
    if (!skipped.isEmpty()) {
        printOut(Cli::tr("No e-mail address, skipped: %1.").arg(skipped.join(QLatin1String(", "))));
    }
    return Success;
}

int mailSend(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Send the outbox over SMTP (after queuing instant mails for the kinds chosen in the settings). "
                "A failed mail stays in the outbox and is tried again next time. The password comes from "
                "TILLER_SMTP_PASSWORD or ~/.config/Tiller/smtp-password (mode 0600)."));
    parser.addOptions(
        {dbOption(),
         verboseOption(),
         {QStringLiteral("smtp-host"), Cli::tr("SMTP server (default: the settings')."), QStringLiteral("HOST")},
         {QStringLiteral("smtp-port"), Cli::tr("SMTP port (default: the settings', or the security's usual port)."),
          QStringLiteral("PORT")},
         {QStringLiteral("smtp-security"), Cli::tr("none, starttls or tls."), QStringLiteral("SECURITY")},
         {QStringLiteral("smtp-user"), Cli::tr("User name (empty: no authentication)."), QStringLiteral("USER")},
         {QStringLiteral("from"), Cli::tr("Sender address."), QStringLiteral("ADDRESS")}});
    if (!parseSubcommand(parser, args, {QStringLiteral("db")})) {
        return parser.isSet(QStringLiteral("help")) ? Success : BadUsage;
    }
    app::Settings settings;
    app::MailSettings mail = app::MailSettings::load(settings);
    if (parser.isSet(QStringLiteral("smtp-security"))) {
        const auto security = app::mailSecurityFromKey(parser.value(QStringLiteral("smtp-security")));
        if (!security) {
            printError(Cli::tr("unknown security “%1” (use none, starttls or tls)")
                           .arg(parser.value(QStringLiteral("smtp-security"))));
            return BadUsage;
        }
        mail.security = *security;
        if (!parser.isSet(QStringLiteral("smtp-port")) && settings.value(app::Settings::Key::MailPort).toInt() <= 0) {
            mail.port = app::MailSettings::defaultPort(mail.security);
        }
    }
    if (parser.isSet(QStringLiteral("smtp-port"))) {
        bool ok = false;
        const int port = parser.value(QStringLiteral("smtp-port")).toInt(&ok);
        if (!ok || port < 1 || port > 65535) {
            printError(Cli::tr("--smtp-port takes a port number (1–65535), not “%1”")
                           .arg(parser.value(QStringLiteral("smtp-port"))));
            return BadUsage;
        }
        mail.port = port;
    }
    if (parser.isSet(QStringLiteral("smtp-host"))) {
        mail.host = parser.value(QStringLiteral("smtp-host"));
    }
    if (parser.isSet(QStringLiteral("smtp-user"))) {
        mail.username = parser.value(QStringLiteral("smtp-user"));
    }
    if (parser.isSet(QStringLiteral("from"))) {
        mail.from = parser.value(QStringLiteral("from"));
    }
    if (mail.host.isEmpty()) {
        printError(Cli::tr("no SMTP server: pass --smtp-host or set mail/host in the settings"));
        return BadUsage;
    }
    if (!app::MailAddress{QString(), mail.from}.isValid()) {
        printError(mail.from.isEmpty() ? Cli::tr("no sender address: pass --from or set mail/from in the settings")
                                       : Cli::tr("“%1” is not an e-mail address").arg(mail.from));
        return BadUsage;
    }
    QString password;
    if (!mail.username.isEmpty()) {
        auto secret = app::smtpPassword();
        if (!secret) {
            printError(secret.error());
            return Failure;
        }
        password = *secret;
    }
    bool besideApp = false;
    auto portfolio = openForMail(parser.value(QStringLiteral("db")), &besideApp);
    if (!portfolio) {
        printError(portfolio.error());
        return Failure;
    }
    app::Portfolio& p = **portfolio;
    if (!mail.instantKinds.isEmpty()) {
        const auto instant =
            app::Digest::instantMails(p, mail.instantKinds, app::MailAddress{mail.fromName, mail.from});
        if (auto queued = app::Mailer::queue(p.database(), instant, p.now()); !queued) {
            printError(app::Text::error(queued.error()));
            return Failure;
        }
    }
    auto report = app::Mailer::sendPending(p.database(), mail, password, p.now());
    if (!report) {
        printError(app::Text::error(report.error()));
        return Failure;
    }
    printOut(Cli::tr("Sent %n mail(s)", nullptr, report->sent) + QStringLiteral(", ") +
             Cli::tr("%n failed", nullptr, report->failed) + QStringLiteral("."));
    if (report->failed > 0) {
        printError(Cli::tr("%n mail(s) not sent, kept in the outbox for the next run: %1", nullptr, report->failed)
                       .arg(report->errors.first()));
        return Failure;
    }
    return Success;
}

int mailOutbox(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("List the outbox: every queued mail, sent or pending, with its attempts "
                                             "and last error."));
    parser.addOptions({dbOption(),
                       verboseOption(),
                       {QStringLiteral("eml-dir"), Cli::tr("Also write each mail as an .eml file in this folder."),
                        QStringLiteral("DIR")},
                       {QStringLiteral("pending"), Cli::tr("Only the mails not sent yet.")}});
    if (!parseSubcommand(parser, args, {QStringLiteral("db")})) {
        return parser.isSet(QStringLiteral("help")) ? Success : BadUsage;
    }
    auto portfolio = openPortfolio(parser.value(QStringLiteral("db")), false);
    if (!portfolio) {
        printError(portfolio.error());
        return Failure;
    }
    storage::OutboxRepository outbox((*portfolio)->database());
    auto mails = parser.isSet(QStringLiteral("pending")) ? outbox.pending() : outbox.all();
    if (!mails) {
        printError(app::Text::error(mails.error()));
        return Failure;
    }
    const QString dir = parser.value(QStringLiteral("eml-dir"));
    if (!dir.isEmpty() && !ensureDir(dir)) {
        return Failure;
    }
    for (const storage::OutboxMail& m : *mails) {
        const QString state =
            m.sentAt.isValid() ? Cli::tr("sent %1").arg(m.sentAt.toString(Qt::ISODate)) : Cli::tr("pending");
        QString line = QStringLiteral("%1\t%2\t%3\t%4").arg(m.id).arg(state, m.to, m.subject);
        if (m.attempts > 0) {
            line += QLatin1Char('\t') + Cli::tr("%n failed attempt(s): %1", nullptr, m.attempts).arg(m.lastError);
        }
        printOut(line);
        if (!dir.isEmpty()) {
            const QString path = QDir(dir).filePath(app::Mailer::emlFileName(int(m.id), m.to));
            QString why;
            if (!app::Mailer::writeEml(m.message.toLatin1(), path, &why)) {
                printError(Cli::tr("can't write %1: %2").arg(path, why));
                return Failure;
            }
        }
    }
    return Success;
}

} // namespace

int exportCommand(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Export the portfolio. ics: task deadlines, charter phases and meetings "
                                             "as an iCalendar file for calendar apps."));
    parser.addOptions({dbOption(),
                       verboseOption(),
                       {QStringLiteral("out"), Cli::tr("The file to write."), QStringLiteral("FILE")},
                       {QStringLiteral("format"),
                        Cli::tr("The format: %1 (default ics).").arg(exportFormats().join(QLatin1String(", "))),
                        QStringLiteral("FORMAT"), QStringLiteral("ics")}});
    if (!parseSubcommand(parser, args, {QStringLiteral("db"), QStringLiteral("out")})) {
        return parser.isSet(QStringLiteral("help")) ? Success : BadUsage;
    }
    const QString format = parser.value(QStringLiteral("format"));
    if (!exportFormats().contains(format)) {
        printError(Cli::tr("unknown format “%1” (formats: %2)").arg(format, exportFormats().join(QLatin1String(", "))));
        return BadUsage;
    }
    auto portfolio = openPortfolio(parser.value(QStringLiteral("db")), false);
    if (!portfolio) {
        printError(portfolio.error());
        return Failure;
    }
    const QByteArray ics = app::Calendar::toIcs(**portfolio, (*portfolio)->now());
    const QString out = parser.value(QStringLiteral("out"));
    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly) || file.write(ics) != ics.size() || !file.commit()) {
        printError(Cli::tr("can't write %1: %2").arg(out, file.errorString()));
        return Failure;
    }
    printOut(Cli::tr("Wrote %1 (%n event(s)).", nullptr, app::Calendar::eventCount(**portfolio)).arg(out));
    return Success;
}

int mailCommand(const QStringList& args)
{
    const QString action = args.value(2);
    static const QStringList actions{QStringLiteral("digest"), QStringLiteral("send"), QStringLiteral("outbox")};
    if (action == QLatin1String("--help") || action == QLatin1String("-h")) {
        printOut(Cli::tr("tiller mail digest|send|outbox --db LOCATION … (see tiller mail ACTION --help)"));
        return Success;
    }
    if (!actions.contains(action)) {
        printError(action.isEmpty() ? Cli::tr("mail needs an action: digest, send or outbox")
                                    : Cli::tr("unknown mail action “%1” (use digest, send or outbox)").arg(action));
        return BadUsage;
    }
    // The options parser sees "tiller" "mail ACTION" OPTIONS…
    QStringList sub = args;
    sub.removeAt(2);
    sub[1] = QStringLiteral("mail ") + action;
    if (action == QLatin1String("digest")) {
        return mailDigest(sub);
    }
    if (action == QLatin1String("send")) {
        return mailSend(sub);
    }
    return mailOutbox(sub);
}

} // namespace tiller::cli
