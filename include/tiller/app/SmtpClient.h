// A small blocking SMTP client (RFC 5321) over QSslSocket: EHLO, STARTTLS or implicit TLS, AUTH PLAIN or
// LOGIN, MAIL/RCPT/DATA, QUIT. It waits on the socket (waitFor*), so it needs no event loop: headless
// commands call it directly; the desktop app must run it in a worker thread (a QThread owning the client),
// never on the GUI thread.
#pragma once

#include "tiller/app/MailSettings.h"
#include "tiller/core/Expected.h"

#include <QByteArray>
#include <QString>
#include <memory>

class QSslSocket;

namespace tiller::app {

struct SmtpError
{
    enum class Code
    {
        Connect,
        Timeout,
        Tls,
        Auth,
        Sender,
        Recipient,
        Data,
        Protocol
    };
    Code code = Code::Protocol;
    QString detail; // the server's reply or the socket's message
    // In words, for the user and the outbox's last_error.
    QString message() const;
};

class SmtpClient
{
public:
    SmtpClient(MailSettings settings, QString password);
    ~SmtpClient();
    SmtpClient(const SmtpClient&) = delete;
    SmtpClient& operator=(const SmtpClient&) = delete;

    // Connects, greets, secures and authenticates as the settings say.
    core::Expected<void, SmtpError> open();
    bool isOpen() const;
    // Sends one message (RFC 5322 bytes) to one recipient. The session stays usable after a refused
    // recipient; after other failures it is closed.
    core::Expected<void, SmtpError> send(const QString& from, const QString& to, const QByteArray& message);
    // QUIT and disconnect (also done by the destructor).
    void close();

private:
    struct Reply
    {
        int code = 0;
        QString text;
        QStringList lines;
    };
    core::Expected<Reply, SmtpError> readReply();
    core::Expected<Reply, SmtpError> command(const QByteArray& line, int expected, SmtpError::Code onRefusal);
    core::Expected<void, SmtpError> hello();
    core::Expected<void, SmtpError> authenticate();
    void drop();

    MailSettings m_settings;
    QString m_password;
    std::unique_ptr<QSslSocket> m_socket;
    QStringList m_extensions; // EHLO keywords, upper case ("STARTTLS", "AUTH PLAIN LOGIN", …)
};

} // namespace tiller::app
