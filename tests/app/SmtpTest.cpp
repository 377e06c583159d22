// The SMTP client against a real server on loopback (aiosmtpd): STARTTLS, implicit TLS, AUTH PLAIN and
// LOGIN, and the failures a user must be told about (wrong password, untrusted certificate, refused
// recipient, no STARTTLS).
#include "AppFixture.h"
#include "PythonTools.h"
#include "tiller/app/Mail.h"
#include "tiller/storage/OutboxRepository.h"

#include <QElapsedTimer>
#include <QSslCertificate>
#include <QSslConfiguration>

using namespace tiller;
using test::PortfolioFixture;

namespace {

const QDateTime now(QDate(2026, 6, 1), QTime(8, 0), Qt::UTC);

// A self-signed certificate for 127.0.0.1, made with the openssl tool.
struct TestCertificate
{
    QString cert;
    QString key;
    explicit TestCertificate(const test::TempDir& tmp)
        : cert(tmp.path(QStringLiteral("cert.pem"))), key(tmp.path(QStringLiteral("key.pem")))
    {
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"), key,
                       QStringLiteral("-out"), cert, QStringLiteral("-days"), QStringLiteral("2"),
                       QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                       QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost")});
        if (!openssl.waitForStarted(10000)) {
            FAIL("the openssl tool is missing (install openssl)");
        }
        REQUIRE(openssl.waitForFinished(60000));
        INFO(openssl.readAllStandardError().toStdString());
        REQUIRE(openssl.exitCode() == 0);
    }
};

// Trusts a certificate for the test's duration (as a user would add a company CA to the system's store).
class TrustCertificate
{
public:
    explicit TrustCertificate(const QString& pem) : m_saved(QSslConfiguration::defaultConfiguration())
    {
        QSslConfiguration c = m_saved;
        const auto certificates = QSslCertificate::fromPath(pem);
        REQUIRE(!certificates.isEmpty());
        c.addCaCertificates(certificates);
        QSslConfiguration::setDefaultConfiguration(c);
    }
    ~TrustCertificate() { QSslConfiguration::setDefaultConfiguration(m_saved); }

private:
    QSslConfiguration m_saved;
};

void queueMail(storage::Database& db, const QString& to)
{
    app::PersonMail mail;
    mail.message.setFrom({QStringLiteral("Tiller"), QStringLiteral("tiller@brightwave.example")});
    mail.message.setTo({QString(), to});
    mail.message.setSubject(QStringLiteral("Test for %1").arg(to));
    mail.message.setText(QStringLiteral("Hello.\n.\nA line with a lone dot above.\n"));
    mail.reference = QStringLiteral("test-") + to;
    mail.message.setReference(mail.reference);
    REQUIRE(*app::Mailer::queue(db, {mail}, now) == 1);
}

app::MailSettings local(quint16 port, app::MailSecurity security, const QString& user = {})
{
    app::MailSettings s;
    s.host = QStringLiteral("127.0.0.1");
    s.port = port;
    s.security = security;
    s.username = user;
    s.from = QStringLiteral("tiller@brightwave.example");
    s.timeoutMs = 10000;
    return s;
}

std::vector<storage::OutboxMail> pending(storage::Database& db)
{
    return *storage::OutboxRepository(db).pending();
}

} // namespace

TEST_CASE("STARTTLS with AUTH PLAIN delivers and a wrong password is refused with a clear reason")
{
    PortfolioFixture f(false);
    test::TempDir tmp;
    const TestCertificate certificate(tmp);
    const TrustCertificate trust(certificate.cert);
    const quint16 port = test::freePort();
    test::SmtpSink sink(port, tmp.path(QStringLiteral("inbox")));
    sink.start({QStringLiteral("--starttls"), certificate.cert, certificate.key, QStringLiteral("--auth"),
                QStringLiteral("claire"), QStringLiteral("s3cret pass")});
    queueMail(f.p().database(), QStringLiteral("claire.okafor@brightwave.example"));
    const app::MailSettings settings = local(port, app::MailSecurity::StartTls, QStringLiteral("claire"));

    auto refused = app::Mailer::sendPending(f.p().database(), settings, QStringLiteral("wrong"), now);
    REQUIRE(refused);
    CHECK(refused->failed == 1);
    REQUIRE(pending(f.p().database()).size() == 1);
    CHECK(pending(f.p().database()).front().lastError.contains(QStringLiteral("refused the user name or password")));

    auto sent = app::Mailer::sendPending(f.p().database(), settings, QStringLiteral("s3cret pass"), now);
    REQUIRE(sent);
    INFO(sent->errors.join(QLatin1Char('\n')).toStdString());
    CHECK(sent->sent == 1);
    CHECK(pending(f.p().database()).empty());
    sink.stop();
    REQUIRE(sink.received().size() == 1);
    const test::ParsedMail got = test::parseMail(sink.received().first());
    CHECK(got.text.contains(QStringLiteral("\n.\nA line with a lone dot above."))); // dot-stuffed, and unstuffed
}

TEST_CASE("implicit TLS with AUTH LOGIN delivers")
{
    PortfolioFixture f(false);
    test::TempDir tmp;
    const TestCertificate certificate(tmp);
    const TrustCertificate trust(certificate.cert);
    const quint16 port = test::freePort();
    test::SmtpSink sink(port, tmp.path(QStringLiteral("inbox")));
    sink.start({QStringLiteral("--tls"), certificate.cert, certificate.key, QStringLiteral("--auth"),
                QStringLiteral("claire"), QStringLiteral("pw"), QStringLiteral("--login-only")});
    queueMail(f.p().database(), QStringLiteral("claire.okafor@brightwave.example"));
    auto sent = app::Mailer::sendPending(
        f.p().database(), local(port, app::MailSecurity::Tls, QStringLiteral("claire")), QStringLiteral("pw"), now);
    REQUIRE(sent);
    INFO(sent->errors.join(QLatin1Char('\n')).toStdString());
    CHECK(sent->sent == 1);
    sink.stop();
    CHECK(sink.received().size() == 1);
}

TEST_CASE("an untrusted certificate is a TLS failure and the mail stays pending")
{
    PortfolioFixture f(false);
    test::TempDir tmp;
    const TestCertificate certificate(tmp);
    const quint16 port = test::freePort();
    test::SmtpSink sink(port, tmp.path(QStringLiteral("inbox")));
    sink.start({QStringLiteral("--tls"), certificate.cert, certificate.key});
    queueMail(f.p().database(), QStringLiteral("claire.okafor@brightwave.example"));
    auto report = app::Mailer::sendPending(f.p().database(), local(port, app::MailSecurity::Tls), QString(), now);
    REQUIRE(report);
    CHECK(report->failed == 1);
    REQUIRE(pending(f.p().database()).size() == 1);
    CHECK(pending(f.p().database()).front().lastError.contains(QStringLiteral("TLS")));
    sink.stop();
    CHECK(sink.received().empty());
}

TEST_CASE("a server without STARTTLS is refused when STARTTLS is required")
{
    PortfolioFixture f(false);
    test::TempDir tmp;
    const quint16 port = test::freePort();
    test::SmtpSink sink(port, tmp.path(QStringLiteral("inbox")));
    sink.start();
    queueMail(f.p().database(), QStringLiteral("claire.okafor@brightwave.example"));
    auto report = app::Mailer::sendPending(f.p().database(), local(port, app::MailSecurity::StartTls), QString(), now);
    REQUIRE(report);
    CHECK(report->failed == 1);
    CHECK(pending(f.p().database()).front().lastError.contains(QStringLiteral("does not offer STARTTLS")));
    sink.stop();
    CHECK(sink.received().empty());
}

TEST_CASE("a refused recipient fails alone and the other mails still go")
{
    PortfolioFixture f(false);
    test::TempDir tmp;
    const quint16 port = test::freePort();
    test::SmtpSink sink(port, tmp.path(QStringLiteral("inbox")));
    sink.start();
    queueMail(f.p().database(), QStringLiteral("nobody@brightwave.example"));
    queueMail(f.p().database(), QStringLiteral("claire.okafor@brightwave.example"));
    auto report = app::Mailer::sendPending(f.p().database(), local(port, app::MailSecurity::None), QString(), now);
    REQUIRE(report);
    CHECK(report->sent == 1);
    CHECK(report->failed == 1);
    const auto left = pending(f.p().database());
    REQUIRE(left.size() == 1);
    CHECK(left.front().to == QStringLiteral("nobody@brightwave.example"));
    CHECK(left.front().lastError.contains(QStringLiteral("refused the recipient")));
    CHECK(left.front().lastError.contains(QStringLiteral("550")));
    sink.stop();
    CHECK(sink.received().size() == 1);
}

TEST_CASE("a server that never answers times out with a clear reason")
{
    PortfolioFixture f(false);
    // Listening without an event loop: the kernel accepts the connection, nobody ever greets.
    QTcpServer silent;
    REQUIRE(silent.listen(QHostAddress::LocalHost, 0));
    queueMail(f.p().database(), QStringLiteral("claire.okafor@brightwave.example"));
    app::MailSettings settings = local(silent.serverPort(), app::MailSecurity::None);
    settings.timeoutMs = 500;
    QElapsedTimer timer;
    timer.start();
    auto report = app::Mailer::sendPending(f.p().database(), settings, QString(), now);
    REQUIRE(report);
    CHECK(timer.elapsed() < 5000);
    CHECK(report->failed == 1);
    REQUIRE(pending(f.p().database()).size() == 1);
    CHECK(pending(f.p().database()).front().lastError.contains(QStringLiteral("did not answer in time")));
}
