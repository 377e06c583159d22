// Mail: message encoding, the outbox, digests, the password's sources, and SMTP end to end with aiosmtpd.
#include "tiller/app/Mail.h"

#include "AppFixture.h"
#include "PythonTools.h"
#include "tiller/app/MailMessage.h"
#include "tiller/app/MailService.h"
#include "tiller/app/MailSettings.h"
#include "tiller/app/Settings.h"
#include "tiller/core/Rhythm.h"
#include "tiller/storage/OutboxRepository.h"

#include <QFile>
#include <QSignalSpy>
#include <QThread>
#include <QFileInfo>

using namespace tiller;
using test::PortfolioFixture;

namespace {

const app::MailAddress sender{QStringLiteral("Tiller"), QStringLiteral("tiller@brightwave.example")};

// The sample program on 1 June 2026 at 08:00 UTC with today's deadline notices raised.
void raiseNotices(PortfolioFixture& f, test::FakeClock& clock)
{
    f.p().setClock(clock.clock());
    REQUIRE(f.p().raiseDeadlineNotices(clock.now().date(), 2) > 0);
}

// Someone with unread notifications and an address.
const core::Person& someoneNotified(const app::Portfolio& p)
{
    for (const core::Notification& n : p.notifications()) {
        const core::Person* person = p.person(n.personId);
        if (person && !person->email.isEmpty() && !n.readAt.isValid()) {
            return *person;
        }
    }
    FAIL("nobody has a notification");
    return p.people().front();
}

QStringList unreadTexts(const app::Portfolio& p, core::Id person)
{
    QStringList out;
    for (const core::Notification& n : p.notifications()) {
        if (n.personId == person && !n.readAt.isValid()) {
            out.append(n.text);
        }
    }
    return out;
}

QString envelopeTo(const QString& path)
{
    // The sink writes "X-Envelope-From: …" then "X-Envelope-To: …" on top of the message.
    const QList<QByteArray> lines = test::readFile(path).split('\n');
    REQUIRE(lines.size() > 1);
    const QByteArray head = lines[1].trimmed();
    return QString::fromLatin1(head.mid(head.indexOf(':') + 1)).trimmed();
}

} // namespace

TEST_CASE("a non-ASCII subject becomes RFC 2047 encoded words that decode back")
{
    const QString subject = QStringLiteral("Votre résumé quotidien — tâches en retard pour Tomás Brennan, "
                                           "et encore quelques mots accentués: éèàçœ");
    const QByteArray encoded = app::MailMessage::encodeHeaderText(subject);
    CHECK(encoded.startsWith("=?UTF-8?B?"));
    QByteArray decoded;
    for (const QByteArray& word : encoded.split('\n')) {
        const QByteArray w = word.trimmed();
        CHECK(w.size() <= 75);
        REQUIRE(w.startsWith("=?UTF-8?B?"));
        REQUIRE(w.endsWith("?="));
        const QByteArray part = QByteArray::fromBase64(w.mid(10, w.size() - 12));
        CHECK(!QString::fromUtf8(part).contains(QChar::ReplacementCharacter)); // whole characters per word
        decoded += part;
    }
    CHECK(QString::fromUtf8(decoded) == subject);
    CHECK(app::MailMessage::encodeHeaderText(QStringLiteral("Plain digest")) == "Plain digest");
    CHECK(app::MailMessage::encodeHeaderText(QStringLiteral("looks =?like?= a word")).startsWith("=?UTF-8?B?"));
    CHECK(app::MailMessage::encodeAddress({QStringLiteral("Ann \"A\" Lee"), QStringLiteral("ann@x.example")}) ==
          "\"Ann \\\"A\\\" Lee\" <ann@x.example>");
    CHECK(app::MailMessage::encodeAddress({QStringLiteral("Tomás"), QStringLiteral("t@x.example")}) ==
          "=?UTF-8?B?" + QStringLiteral("Tomás").toUtf8().toBase64() + "?= <t@x.example>");
}

TEST_CASE("dot-stuffing doubles a leading dot on every line and ends lines with CRLF")
{
    CHECK(app::MailMessage::dotStuff("a\r\n.\r\n..b\nc.d\r\n.e") == "a\r\n..\r\n...b\r\nc.d\r\n..e");
    CHECK(app::MailMessage::dotStuff(".start") == "..start");
}

TEST_CASE("quoted-printable keeps lines short and encodes what must be")
{
    const QString text = QStringLiteral("Résumé = 100%\nTrailing space \n") + QString(200, QLatin1Char('x'));
    const QByteArray qp = app::MailMessage::quotedPrintable(text);
    for (const QByteArray& line : qp.split('\n')) {
        CHECK(line.size() <= 77); // 76 characters and the CR
    }
    CHECK(qp.contains("R=C3=A9sum=C3=A9 =3D 100%"));
    CHECK(qp.contains("Trailing space=20\r\n"));
    for (char c : qp) {
        CHECK(static_cast<unsigned char>(c) < 0x80);
    }
}

TEST_CASE("a message is a valid eml file that Python's e-mail parser reads back")
{
    app::MailMessage m;
    m.setFrom(sender);
    m.setTo({QStringLiteral("Tomás Brennan"), QStringLiteral("tomas.brennan@brightwave.example")});
    m.setSubject(QStringLiteral("Résumé: 2 tâches"));
    m.setText(QStringLiteral("Bonjour Tomás,\n.\n.hidden line\nLa ligne « été » est là.\n"));
    m.setDate(QDateTime(QDate(2026, 11, 25), QTime(3, 4, 5), Qt::UTC));
    const QByteArray eml = m.toEml();
    CHECK(eml.contains("Date: Wed, 25 Nov 2026 03:04:05 +0000\r\n"));
    CHECK(eml.contains("Message-ID: <"));
    CHECK(eml.contains("@brightwave.example>\r\n"));
    CHECK(eml.contains("MIME-Version: 1.0\r\n"));
    CHECK(!eml.contains("\n\n")); // every line end is CRLF
    test::TempDir tmp;
    const QString path = tmp.path(QStringLiteral("m.eml"));
    REQUIRE(app::Mailer::writeEml(eml, path));
    const test::ParsedMail parsed = test::parseMail(path);
    CHECK(parsed.subject == m.subject());
    CHECK(parsed.to == QStringLiteral("Tomás Brennan <tomas.brennan@brightwave.example>"));
    QString text = parsed.text;
    CHECK(text.replace(QLatin1String("\r\n"), QLatin1String("\n")) == m.text());
}

TEST_CASE("the outbox keeps a mail pending until it is sent and counts failed attempts")
{
    PortfolioFixture f(false);
    storage::OutboxRepository outbox(f.p().database());
    storage::OutboxMail mail;
    mail.to = QStringLiteral("a@x.example");
    mail.subject = QStringLiteral("Hello");
    mail.message = QStringLiteral("Subject: Hello\r\nX-Tiller-Ref: digest-1\r\n\r\nHi\r\n");
    REQUIRE(outbox.enqueue(mail));
    CHECK(mail.id > 0);
    REQUIRE(outbox.recordFailure(mail.id, QStringLiteral("connection refused")));
    auto pending = outbox.pending();
    REQUIRE(pending);
    REQUIRE(pending->size() == 1);
    CHECK(pending->front().attempts == 1);
    CHECK(pending->front().lastError == QStringLiteral("connection refused"));
    CHECK(*outbox.containsMarker(QStringLiteral("X-Tiller-Ref: digest-1\r\n")));
    CHECK(!*outbox.containsMarker(QStringLiteral("X-Tiller-Ref: digest-12\r\n")));
    CHECK(!*outbox.containsMarker(QStringLiteral("X-Tiller-Ref: digest_1"))); // '_' is no wildcard
    REQUIRE(outbox.markSent(mail.id, QDateTime(QDate(2026, 6, 1), QTime(9, 0), Qt::UTC)));
    CHECK(outbox.pending()->empty());
    auto all = outbox.all();
    REQUIRE(all->size() == 1);
    CHECK(all->front().sentAt == QDateTime(QDate(2026, 6, 1), QTime(9, 0), Qt::UTC));
    CHECK(!outbox.markSent(9999, {})); // no such mail
}

TEST_CASE("a digest groups a person's notifications by kind and lists their tasks")
{
    PortfolioFixture f;
    test::FakeClock clock(QDateTime(QDate(2026, 6, 1), QTime(8, 0), Qt::UTC));
    raiseNotices(f, clock);
    const core::Person& person = someoneNotified(f.p());
    auto digest = app::Digest::forPerson(f.p(), person.id, app::DigestPeriod::Daily, sender);
    REQUIRE(digest);
    const QString text = digest->message.text();
    CHECK(text.startsWith(QStringLiteral("Hello %1,").arg(person.name)));
    for (const QString& n : unreadTexts(f.p(), person.id)) {
        CHECK(text.contains(n));
    }
    CHECK((text.contains(QStringLiteral("Due soon (")) || text.contains(QStringLiteral("Overdue ("))));
    CHECK(digest->message.to().address == person.email);
    // A week later the daily digest no longer repeats those notices (they are older than a day)…
    clock.advance(7 * 86400);
    auto later = app::Digest::forPerson(f.p(), person.id, app::DigestPeriod::Daily, sender);
    if (later) {
        for (const QString& n : unreadTexts(f.p(), person.id)) {
            CHECK(!later->message.text().contains(QStringLiteral("  - ") + n));
        }
    }
    // … but the weekly one does.
    auto weekly = app::Digest::forPerson(f.p(), person.id, app::DigestPeriod::Weekly, sender);
    REQUIRE(weekly);
    CHECK(weekly->message.text().contains(unreadTexts(f.p(), person.id).first()));
}

TEST_CASE("people without an address are skipped and a digest is queued once a day")
{
    PortfolioFixture f;
    test::FakeClock clock(QDateTime(QDate(2026, 6, 1), QTime(8, 0), Qt::UTC));
    raiseNotices(f, clock);
    const core::Person& person = someoneNotified(f.p());
    core::Person without = person;
    without.email.clear();
    app::ChangeSet change;
    change.people.push_back({person, without});
    REQUIRE(f.p().submit(QStringLiteral("Forget address"), change));
    QStringList skipped;
    const auto digests = app::Digest::forEveryone(f.p(), app::DigestPeriod::Daily, {}, sender, &skipped);
    CHECK(skipped.contains(person.name));
    for (const auto& d : digests) {
        CHECK(d.personId != person.id);
    }
    REQUIRE(!digests.empty());
    CHECK(*app::Mailer::queue(f.p().database(), digests, clock.now()) == int(digests.size()));
    CHECK(*app::Mailer::queue(f.p().database(), digests, clock.now()) == 0);
    // People who chose a weekly digest get none in the daily run.
    QSet<core::Id> weekly;
    for (const auto& d : digests) {
        weekly.insert(d.personId);
    }
    CHECK(app::Digest::forEveryone(f.p(), app::DigestPeriod::Daily, weekly, sender).empty());
    CHECK(app::Digest::forEveryone(f.p(), app::DigestPeriod::Weekly, weekly, sender).size() == digests.size());
}

TEST_CASE("instant mails go out once per notification of the chosen kinds")
{
    PortfolioFixture f;
    test::FakeClock clock(QDateTime(QDate(2026, 6, 1), QTime(8, 0), Qt::UTC));
    raiseNotices(f, clock);
    const QString overdue = core::toKey(core::NotificationKind::Overdue);
    int expected = 0;
    for (const auto& n : f.p().notifications()) {
        expected += n.kind == overdue && !n.readAt.isValid() && !f.p().person(n.personId)->email.isEmpty();
    }
    REQUIRE(expected > 0);
    const auto mails = app::Digest::instantMails(f.p(), {overdue}, sender);
    CHECK(int(mails.size()) == expected);
    CHECK(mails.front().message.subject().startsWith(QStringLiteral("Overdue: ")));
    CHECK(*app::Mailer::queue(f.p().database(), mails, clock.now()) == expected);
    CHECK(*app::Mailer::queue(f.p().database(), app::Digest::instantMails(f.p(), {overdue}, sender), clock.now()) == 0);
}

TEST_CASE("mail settings live in the settings file and the password comes from the environment or a private file")
{
    test::TempDir tmp;
    {
        app::Settings settings(tmp.path(QStringLiteral("s.ini")));
        app::MailSettings m;
        m.host = QStringLiteral("smtp.example");
        m.port = 2525;
        m.security = app::MailSecurity::Tls;
        m.username = QStringLiteral("claire");
        m.from = QStringLiteral("tiller@example");
        m.instantKinds = {QStringLiteral("overdue")};
        m.save(settings);
        settings.sync();
    }
    app::Settings settings(tmp.path(QStringLiteral("s.ini")));
    const app::MailSettings m = app::MailSettings::load(settings);
    CHECK(m.host == QStringLiteral("smtp.example"));
    CHECK(m.port == 2525);
    CHECK(m.security == app::MailSecurity::Tls);
    CHECK(m.instantKinds == QStringList{QStringLiteral("overdue")});
    CHECK(!test::readFile(tmp.path(QStringLiteral("s.ini"))).contains("password"));

    // Tests run with QStandardPaths' test mode: the file lives under ~/.qttest, removed at the end.
    const QByteArray oldPassword = qgetenv("TILLER_SMTP_PASSWORD");
    qunsetenv("TILLER_SMTP_PASSWORD");
    CHECK(app::passwordFilePath().endsWith(QStringLiteral("/Tiller/smtp-password")));
    QFile::remove(app::passwordFilePath());
    CHECK(*app::smtpPassword() == QString()); // neither: no password
    QDir().mkpath(QFileInfo(app::passwordFilePath()).absolutePath());
    test::writeFile(app::passwordFilePath(), "s3cret pass\n");
    QFile::setPermissions(app::passwordFilePath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                       QFileDevice::ReadGroup | QFileDevice::ReadOther);
    auto refused = app::smtpPassword();
    REQUIRE(!refused);
    CHECK(refused.error().contains(QStringLiteral("chmod 600")));
    QFile::setPermissions(app::passwordFilePath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    CHECK(*app::smtpPassword() == QStringLiteral("s3cret pass"));
    qputenv("TILLER_SMTP_PASSWORD", "from-env");
    CHECK(*app::smtpPassword() == QStringLiteral("from-env"));
    QFile::remove(app::passwordFilePath());
    if (oldPassword.isNull()) {
        qunsetenv("TILLER_SMTP_PASSWORD");
    } else {
        qputenv("TILLER_SMTP_PASSWORD", oldPassword);
    }
}

TEST_CASE("a digest sent over SMTP arrives with its recipient subject and notification texts")
{
    PortfolioFixture f;
    test::FakeClock clock(QDateTime(QDate(2026, 6, 1), QTime(8, 0), Qt::UTC));
    raiseNotices(f, clock);
    const core::Person& person = someoneNotified(f.p());
    const auto digests = app::Digest::forEveryone(f.p(), app::DigestPeriod::Daily, {}, sender);
    const app::PersonMail* mine = nullptr;
    for (const auto& d : digests) {
        if (d.personId == person.id) {
            mine = &d;
        }
    }
    REQUIRE(mine);
    REQUIRE(*app::Mailer::queue(f.p().database(), digests, clock.now()) == int(digests.size()));

    test::TempDir tmp;
    const quint16 port = test::freePort();
    test::SmtpSink sink(port, tmp.path(QStringLiteral("inbox")));
    sink.start();
    app::MailSettings settings;
    settings.host = QStringLiteral("127.0.0.1");
    settings.port = port;
    settings.security = app::MailSecurity::None;
    settings.from = sender.address;
    settings.timeoutMs = 10000;
    auto report = app::Mailer::sendPending(f.p().database(), settings, QString(), clock.now());
    REQUIRE(report);
    INFO(report->errors.join(QLatin1Char('\n')).toStdString());
    CHECK(report->sent == int(digests.size()));
    CHECK(report->failed == 0);
    CHECK(storage::OutboxRepository(f.p().database()).pending()->empty());
    sink.stop();

    const QStringList files = sink.received();
    REQUIRE(files.size() == int(digests.size()));
    QString found;
    for (const QString& file : files) {
        if (envelopeTo(file) == person.email) {
            found = file;
        }
    }
    REQUIRE(!found.isEmpty());
    const test::ParsedMail got = test::parseMail(found);
    CHECK(got.to == QStringLiteral("%1 <%2>").arg(person.name, person.email));
    CHECK(
        got.subject ==
        QStringLiteral("Your daily Tiller digest, %1").arg(QLocale().toString(QDate(2026, 6, 1), QLocale::LongFormat)));
    const QStringList texts = unreadTexts(f.p(), person.id);
    REQUIRE(!texts.isEmpty());
    for (const QString& n : texts) {
        CHECK(got.text.contains(n));
    }
    CHECK(got.text.contains(QStringLiteral("Hello %1,").arg(person.name)));
}

TEST_CASE("a send to a closed port stays pending with the error and goes on the next run")
{
    PortfolioFixture f;
    test::FakeClock clock(QDateTime(QDate(2026, 6, 1), QTime(8, 0), Qt::UTC));
    raiseNotices(f, clock);
    const core::Person& person = someoneNotified(f.p());
    auto digest = app::Digest::forPerson(f.p(), person.id, app::DigestPeriod::Daily, sender);
    REQUIRE(digest);
    REQUIRE(*app::Mailer::queue(f.p().database(), {*digest}, clock.now()) == 1);

    test::TempDir tmp;
    const quint16 port = test::freePort(); // nobody listens there yet
    app::MailSettings settings;
    settings.host = QStringLiteral("127.0.0.1");
    settings.port = port;
    settings.security = app::MailSecurity::None;
    settings.from = sender.address;
    settings.timeoutMs = 10000;
    auto first = app::Mailer::sendPending(f.p().database(), settings, QString(), clock.now());
    REQUIRE(first);
    CHECK(first->sent == 0);
    CHECK(first->failed == 1);
    storage::OutboxRepository outbox(f.p().database());
    auto pending = outbox.pending();
    REQUIRE(pending->size() == 1);
    CHECK(pending->front().attempts == 1);
    CHECK(pending->front().lastError.contains(QStringLiteral("can't connect")));
    CHECK(pending->front().lastError.contains(QStringLiteral("refused")));

    test::SmtpSink sink(port, tmp.path(QStringLiteral("inbox")));
    sink.start();
    auto second = app::Mailer::sendPending(f.p().database(), settings, QString(), clock.now());
    REQUIRE(second);
    CHECK(second->sent == 1);
    CHECK(second->failed == 0);
    CHECK(outbox.pending()->empty());
    sink.stop();
    REQUIRE(sink.received().size() == 1);
    CHECK(envelopeTo(sink.received().first()) == person.email);
}

TEST_CASE("the app's send-now queues the digests and sends them in the background")
{
    PortfolioFixture f;
    test::FakeClock clock(QDateTime(QDate(2026, 6, 2), QTime(8, 0), Qt::UTC)); // a Tuesday: daily digests only
    raiseNotices(f, clock);
    const core::Person& person = someoneNotified(f.p());
    const QByteArray oldPassword = qgetenv("TILLER_SMTP_PASSWORD");
    qputenv("TILLER_SMTP_PASSWORD", "");

    app::MailService service(&f.p());
    app::MailSettings settings;
    QString error;
    CHECK(!service.sendNow(settings, {}, &error)); // nothing set up yet
    CHECK(error.contains(QStringLiteral("Preferences")));

    test::TempDir tmp;
    const quint16 port = test::freePort();
    test::SmtpSink sink(port, tmp.path(QStringLiteral("inbox")));
    sink.start();
    settings.host = QStringLiteral("127.0.0.1");
    settings.port = port;
    settings.security = app::MailSecurity::None;
    settings.from = sender.address;
    settings.timeoutMs = 10000;
    QSignalSpy queued(&service, &app::MailService::queued);
    QSignalSpy finished(&service, &app::MailService::finished);
    REQUIRE(service.sendNow(settings, {}, &error));
    REQUIRE(queued.size() == 1);
    const int count = queued.first().at(0).toInt();
    CHECK(count > 0);
    REQUIRE(finished.wait(30000));
    CHECK(finished.first().at(0).toInt() == count);
    CHECK(finished.first().at(1).toInt() == 0);
    sink.stop();
    const QStringList files = sink.received();
    CHECK(files.size() == count);
    CHECK(std::any_of(files.begin(), files.end(), [&](const QString& file) { return envelopeTo(file) == person.email; }));
    // Sent once: a second send-now queues nothing new today.
    QSignalSpy again(&service, &app::MailService::queued);
    service.wait();
    for (int i = 0; i < 500 && service.isBusy(); ++i) {
        QCoreApplication::processEvents(); // the worker is forgotten on the next turn of the event loop
        QThread::msleep(2);
    }
    REQUIRE(!service.isBusy());
    REQUIRE(service.sendNow(settings, {}, &error));
    CHECK(again.first().at(0).toInt() == 0);
    service.wait();
    qputenv("TILLER_SMTP_PASSWORD", oldPassword);
}
