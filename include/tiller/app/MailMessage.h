// One e-mail as RFC 5322 bytes: UTF-8 text, RFC 2047 encoded words for non-ASCII headers, quoted-printable body.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace tiller::app {

struct MailAddress
{
    QString name; // shown name, may be empty or non-ASCII
    QString address;
    bool isValid() const;
};

class MailMessage
{
public:
    void setFrom(const MailAddress& from) { m_from = from; }
    void setTo(const MailAddress& to) { m_to = to; }
    void setSubject(const QString& subject) { m_subject = subject; }
    void setText(const QString& text) { m_text = text; }
    // Defaults: the current time, and a random id at the sender's domain.
    void setDate(const QDateTime& date) { m_date = date; }
    void setMessageId(const QString& id) { m_messageId = id; } // without the angle brackets
    // Extra header "X-Tiller-Ref" (e.g. "notification-42"): lets the outbox tell what a mail was about.
    void setReference(const QString& ref) { m_reference = ref; }

    const MailAddress& from() const { return m_from; }
    const MailAddress& to() const { return m_to; }
    const QString& subject() const { return m_subject; }
    const QString& text() const { return m_text; }

    // The whole message, CRLF line ends and 7-bit ASCII only: what goes to SMTP and into an .eml file.
    QByteArray toEml() const;

    // A header value as RFC 2047 encoded words ("=?UTF-8?B?…?=", each at most 75 characters, split on
    // character boundaries, folded with CRLF SP) when it is not plain printable ASCII; as is otherwise.
    static QByteArray encodeHeaderText(const QString& text);
    // "Name <address>" with the name quoted or encoded as needed.
    static QByteArray encodeAddress(const MailAddress& address);
    // Quoted-printable (RFC 2045) of UTF-8 text, CRLF line ends, lines at most 76 characters.
    static QByteArray quotedPrintable(const QString& text);
    // RFC 5322 date: "Wed, 25 Nov 2026 02:30:00 +0000".
    static QByteArray rfc5322Date(const QDateTime& when);
    // For SMTP DATA: CRLF line ends and a '.' doubled at the start of every line (RFC 5321 4.5.2).
    static QByteArray dotStuff(const QByteArray& message);

private:
    MailAddress m_from;
    MailAddress m_to;
    QString m_subject;
    QString m_text;
    QDateTime m_date;
    QString m_messageId;
    QString m_reference;
};

} // namespace tiller::app
