#include "tiller/app/SmtpClient.h"

#include "tiller/app/MailMessage.h"
#include "tiller/core/Log.h"

#include <QCoreApplication>
#include <QHostInfo>
#include <QSslSocket>

namespace tiller::app {

namespace {

class SmtpText
{
    Q_DECLARE_TR_FUNCTIONS(SmtpClient)
};

SmtpError error(SmtpError::Code code, const QString& detail)
{
    return SmtpError{code, detail};
}

} // namespace

QString SmtpError::message() const
{
    using C = Code;
    switch (code) {
    case C::Connect:
        return SmtpText::tr("can't connect to the mail server: %1").arg(detail);
    case C::Timeout:
        return SmtpText::tr("the mail server did not answer in time (%1)").arg(detail);
    case C::Tls:
        return SmtpText::tr("secure connection (TLS) to the mail server failed: %1").arg(detail);
    case C::Auth:
        return SmtpText::tr("the mail server refused the user name or password: %1").arg(detail);
    case C::Sender:
        return SmtpText::tr("the mail server refused the sender address: %1").arg(detail);
    case C::Recipient:
        return SmtpText::tr("the mail server refused the recipient: %1").arg(detail);
    case C::Data:
        return SmtpText::tr("the mail server refused the message: %1").arg(detail);
    case C::Protocol:
        return SmtpText::tr("the mail server answered unexpectedly: %1").arg(detail);
    }
    return detail;
}

SmtpClient::SmtpClient(MailSettings settings, QString password)
    : m_settings(std::move(settings)), m_password(std::move(password))
{
}

SmtpClient::~SmtpClient()
{
    close();
}

bool SmtpClient::isOpen() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

void SmtpClient::drop()
{
    if (m_socket) {
        m_socket->abort();
        m_socket.reset();
    }
}

void SmtpClient::close()
{
    if (isOpen()) {
        m_socket->write("QUIT\r\n");
        m_socket->flush();
        m_socket->waitForReadyRead(2000); // the 221; a server that hangs up at once is fine too
        m_socket->disconnectFromHost();
        if (m_socket->state() != QAbstractSocket::UnconnectedState) {
            m_socket->waitForDisconnected(2000);
        }
    }
    drop();
}

core::Expected<SmtpClient::Reply, SmtpError> SmtpClient::readReply()
{
    Reply reply;
    for (;;) {
        while (!m_socket->canReadLine()) {
            if (!m_socket->waitForReadyRead(m_settings.timeoutMs)) {
                const bool timedOut = m_socket->error() == QAbstractSocket::SocketTimeoutError;
                const QString why = m_socket->errorString();
                drop();
                return core::unexpected(
                    timedOut
                        ? error(SmtpError::Code::Timeout,
                                SmtpText::tr("%n second(s)", nullptr, m_settings.timeoutMs / 1000))
                        : error(SmtpError::Code::Protocol, SmtpText::tr("the connection was closed (%1)").arg(why)));
            }
        }
        const QString line = QString::fromUtf8(m_socket->readLine()).trimmed();
        bool ok = false;
        const int code = line.left(3).toInt(&ok);
        if (!ok || code < 200 || code > 599) {
            drop();
            return core::unexpected(error(SmtpError::Code::Protocol, line));
        }
        reply.code = code;
        reply.lines.append(line.mid(4));
        if (line.size() < 4 || line[3] != QLatin1Char('-')) {
            reply.text = line;
            return reply;
        }
    }
}

core::Expected<SmtpClient::Reply, SmtpError> SmtpClient::command(const QByteArray& line, int expected,
                                                                 SmtpError::Code onRefusal)
{
    m_socket->write(line + "\r\n");
    m_socket->flush();
    auto reply = readReply();
    if (!reply) {
        return reply;
    }
    if (reply->code / 100 != expected / 100) {
        return core::unexpected(error(onRefusal, reply->text));
    }
    return reply;
}

core::Expected<void, SmtpError> SmtpClient::hello()
{
    QString name = QHostInfo::localHostName();
    if (name.isEmpty()) {
        name = QStringLiteral("localhost");
    }
    auto reply = command("EHLO " + name.toLatin1(), 250, SmtpError::Code::Protocol);
    if (!reply) {
        if (!isOpen()) {
            return core::unexpected(reply.error());
        }
        // An old server without extensions.
        auto helo = command("HELO " + name.toLatin1(), 250, SmtpError::Code::Protocol);
        if (!helo) {
            return core::unexpected(helo.error());
        }
        m_extensions.clear();
        return {};
    }
    m_extensions.clear();
    for (qsizetype i = 1; i < reply->lines.size(); ++i) {
        m_extensions.append(reply->lines[i].toUpper());
    }
    return {};
}

core::Expected<void, SmtpError> SmtpClient::authenticate()
{
    QStringList mechanisms;
    for (const QString& e : m_extensions) {
        if (e.startsWith(QLatin1String("AUTH ")) || e.startsWith(QLatin1String("AUTH="))) {
            mechanisms += e.mid(5).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        }
    }
    const QByteArray user = m_settings.username.toUtf8();
    const QByteArray password = m_password.toUtf8();
    if (mechanisms.contains(QLatin1String("PLAIN"))) {
        const QByteArray token = (QByteArray(1, '\0') + user + QByteArray(1, '\0') + password).toBase64();
        auto r = command("AUTH PLAIN " + token, 235, SmtpError::Code::Auth);
        return r ? core::Expected<void, SmtpError>{} : core::unexpected(r.error());
    }
    if (mechanisms.contains(QLatin1String("LOGIN"))) {
        const std::initializer_list<std::pair<QByteArray, int>> steps{
            {"AUTH LOGIN", 334}, {user.toBase64(), 334}, {password.toBase64(), 235}};
        for (const auto& step : steps) {
            auto r = command(step.first, step.second, SmtpError::Code::Auth);
            if (!r) {
                return core::unexpected(r.error());
            }
        }
        return {};
    }
    return core::unexpected(
        error(SmtpError::Code::Auth,
              mechanisms.isEmpty()
                  ? SmtpText::tr("the server offers no authentication on this connection")
                  : SmtpText::tr("no supported method (the server offers %1)").arg(mechanisms.join(QLatin1Char(' ')))));
}

core::Expected<void, SmtpError> SmtpClient::open()
{
    close();
    if (m_settings.host.isEmpty()) {
        return core::unexpected(error(SmtpError::Code::Connect, SmtpText::tr("no server is set")));
    }
    const bool tls = m_settings.security != MailSecurity::None;
    if (tls && !QSslSocket::supportsSsl()) {
        return core::unexpected(error(SmtpError::Code::Tls, SmtpText::tr("this build of Qt has no TLS support")));
    }
    m_socket = std::make_unique<QSslSocket>();
    const QString where = QStringLiteral("%1:%2").arg(m_settings.host).arg(m_settings.port);
    auto connectFailure = [&] {
        const auto e = m_socket->error();
        const QString why = m_socket->errorString();
        drop();
        if (e == QAbstractSocket::SocketTimeoutError) {
            return error(SmtpError::Code::Timeout, where);
        }
        if (e == QAbstractSocket::SslHandshakeFailedError || e == QAbstractSocket::SslInternalError ||
            e == QAbstractSocket::SslInvalidUserDataError) {
            return error(SmtpError::Code::Tls, why);
        }
        return error(SmtpError::Code::Connect, QStringLiteral("%1 (%2)").arg(why, where));
    };
    if (m_settings.security == MailSecurity::Tls) {
        m_socket->connectToHostEncrypted(m_settings.host, quint16(m_settings.port));
        if (!m_socket->waitForEncrypted(m_settings.timeoutMs)) {
            return core::unexpected(connectFailure());
        }
    } else {
        m_socket->connectToHost(m_settings.host, quint16(m_settings.port));
        if (!m_socket->waitForConnected(m_settings.timeoutMs)) {
            return core::unexpected(connectFailure());
        }
    }
    auto greeting = readReply();
    if (!greeting) {
        return core::unexpected(greeting.error());
    }
    if (greeting->code != 220) {
        drop();
        return core::unexpected(error(SmtpError::Code::Connect, greeting->text));
    }
    if (auto h = hello(); !h) {
        drop();
        return h;
    }
    if (m_settings.security == MailSecurity::StartTls) {
        if (!m_extensions.contains(QLatin1String("STARTTLS"))) {
            drop();
            return core::unexpected(error(SmtpError::Code::Tls, SmtpText::tr("the server does not offer STARTTLS")));
        }
        if (auto r = command("STARTTLS", 220, SmtpError::Code::Tls); !r) {
            drop();
            return core::unexpected(r.error());
        }
        m_socket->startClientEncryption();
        if (!m_socket->waitForEncrypted(m_settings.timeoutMs)) {
            return core::unexpected(connectFailure());
        }
        if (auto h = hello(); !h) {
            drop();
            return h;
        }
    }
    if (!m_settings.username.isEmpty()) {
        if (auto a = authenticate(); !a) {
            drop();
            return a;
        }
    }
    core::logger("tiller.mail")->debug("connected to {}", where.toStdString());
    return {};
}

core::Expected<void, SmtpError> SmtpClient::send(const QString& from, const QString& to, const QByteArray& message)
{
    if (!isOpen()) {
        if (auto o = open(); !o) {
            return o;
        }
    }
    auto fail = [this](const SmtpError& e) {
        drop();
        return core::unexpected(e);
    };
    if (auto r = command("MAIL FROM:<" + from.toUtf8() + ">", 250, SmtpError::Code::Sender); !r) {
        return fail(r.error());
    }
    if (auto r = command("RCPT TO:<" + to.toUtf8() + ">", 250, SmtpError::Code::Recipient); !r) {
        if (isOpen() && command("RSET", 250, SmtpError::Code::Protocol)) {
            return core::unexpected(r.error()); // the session stays usable for the next mail
        }
        return fail(r.error());
    }
    if (auto r = command("DATA", 354, SmtpError::Code::Data); !r) {
        return fail(r.error());
    }
    QByteArray data = MailMessage::dotStuff(message);
    if (!data.endsWith("\r\n")) {
        data += "\r\n";
    }
    m_socket->write(data);
    if (auto r = command(".", 250, SmtpError::Code::Data); !r) {
        return fail(r.error());
    }
    return {};
}

} // namespace tiller::app
