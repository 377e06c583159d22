#include "tiller/app/MailMessage.h"

#include <QLocale>
#include <QUuid>

#include <algorithm>

namespace tiller::app {

namespace {

bool isPlainHeaderText(const QString& text)
{
    for (QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e) {
            return false;
        }
    }
    // "=?" could be taken for an encoded word; such text is encoded too.
    return !text.contains(QLatin1String("=?"));
}

// Length of the UTF-8 sequence that starts with `lead`.
int sequenceLength(unsigned char lead)
{
    if (lead < 0x80) {
        return 1;
    }
    if ((lead & 0xe0) == 0xc0) {
        return 2;
    }
    if ((lead & 0xf0) == 0xe0) {
        return 3;
    }
    return 4;
}

} // namespace

bool MailAddress::isValid() const
{
    const int at = int(address.indexOf(QLatin1Char('@')));
    return at > 0 && at < address.size() - 1 && !address.contains(QLatin1Char(' ')) &&
           !address.contains(QLatin1Char('<')) && !address.contains(QLatin1Char('>')) &&
           !address.contains(QLatin1Char('\r')) && !address.contains(QLatin1Char('\n'));
}

QByteArray MailMessage::encodeHeaderText(const QString& text)
{
    if (isPlainHeaderText(text)) {
        return text.toLatin1();
    }
    // "=?UTF-8?B?" + "?=" is 12 characters; 45 bytes of UTF-8 make 60 of base64: 72 in all, under 75.
    const QByteArray utf8 = text.toUtf8();
    QList<QByteArray> words;
    qsizetype start = 0;
    while (start < utf8.size()) {
        qsizetype end = start;
        while (end < utf8.size()) {
            const int len = sequenceLength(static_cast<unsigned char>(utf8[end]));
            if (end - start + len > 45) {
                break;
            }
            end += len;
        }
        if (end == start) { // a malformed sequence: take what is left
            end = utf8.size();
        }
        words.append("=?UTF-8?B?" + utf8.mid(start, end - start).toBase64() + "?=");
        start = end;
    }
    return words.join("\r\n ");
}

QByteArray MailMessage::encodeAddress(const MailAddress& a)
{
    const QByteArray address = "<" + a.address.trimmed().toLatin1() + ">";
    if (a.name.isEmpty()) {
        return address;
    }
    if (isPlainHeaderText(a.name)) {
        // Words of atext (RFC 5322 3.2.3) go as they are; anything else is a quoted string.
        static const QString atext = QStringLiteral("!#$%&'*+-/=?^_`{|}~ ");
        const bool atoms = std::all_of(a.name.begin(), a.name.end(), [](QChar c) {
            return (c.unicode() < 0x80 && c.isLetterOrNumber()) || atext.contains(c);
        });
        if (atoms && !a.name.trimmed().isEmpty()) {
            return a.name.simplified().toLatin1() + " " + address;
        }
        QString quoted = a.name;
        quoted.replace(QLatin1String("\\"), QLatin1String("\\\\")).replace(QLatin1String("\""), QLatin1String("\\\""));
        return "\"" + quoted.toLatin1() + "\" " + address;
    }
    return encodeHeaderText(a.name) + " " + address;
}

QByteArray MailMessage::quotedPrintable(const QString& text)
{
    static const char hex[] = "0123456789ABCDEF";
    QString normalised = text;
    normalised.replace(QLatin1String("\r\n"), QLatin1String("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
    QByteArray out;
    const QList<QByteArray> lines = normalised.toUtf8().split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray& line = lines[i];
        QByteArray current;
        for (qsizetype j = 0; j < line.size(); ++j) {
            const auto c = static_cast<unsigned char>(line[j]);
            const bool last = j == line.size() - 1;
            QByteArray piece;
            if ((c >= 33 && c <= 126 && c != '=') || ((c == ' ' || c == '\t') && !last)) {
                piece = QByteArray(1, char(c));
            } else {
                piece = QByteArray("=") + hex[c >> 4] + hex[c & 0xf];
            }
            // A soft break ("=" at the end) keeps every line at 76 characters or fewer.
            if (current.size() + piece.size() > 75) {
                out += current + "=\r\n";
                current.clear();
            }
            current += piece;
        }
        out += current;
        if (i < lines.size() - 1) {
            out += "\r\n";
        }
    }
    return out;
}

QByteArray MailMessage::rfc5322Date(const QDateTime& when)
{
    const QDateTime t = when.isValid() ? when : QDateTime::currentDateTimeUtc();
    const int offset = t.offsetFromUtc();
    const int minutes = std::abs(offset) / 60;
    const QString zone = QStringLiteral("%1%2%3")
                             .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                             .arg(minutes / 60, 2, 10, QLatin1Char('0'))
                             .arg(minutes % 60, 2, 10, QLatin1Char('0'));
    return (QLocale::c().toString(t, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss ")) + zone).toLatin1();
}

QByteArray MailMessage::dotStuff(const QByteArray& message)
{
    QByteArray normalised = message;
    normalised.replace("\r\n", "\n").replace('\r', '\n');
    QList<QByteArray> lines = normalised.split('\n');
    for (QByteArray& line : lines) {
        if (line.startsWith('.')) {
            line.prepend('.');
        }
    }
    return lines.join("\r\n");
}

QByteArray MailMessage::toEml() const
{
    QString id = m_messageId;
    if (id.isEmpty()) {
        const QString domain = m_from.address.section(QLatin1Char('@'), 1);
        id = QUuid::createUuid().toString(QUuid::WithoutBraces) + QLatin1Char('@') +
             (domain.isEmpty() ? QStringLiteral("tiller.invalid") : domain);
    }
    QByteArray out;
    out += "Date: " + rfc5322Date(m_date) + "\r\n";
    out += "From: " + encodeAddress(m_from) + "\r\n";
    out += "To: " + encodeAddress(m_to) + "\r\n";
    out += "Subject: " + encodeHeaderText(m_subject) + "\r\n";
    out += "Message-ID: <" + id.toLatin1() + ">\r\n";
    if (!m_reference.isEmpty()) {
        out += "X-Tiller-Ref: " + m_reference.toLatin1() + "\r\n";
    }
    out += "MIME-Version: 1.0\r\n";
    out += "Content-Type: text/plain; charset=UTF-8\r\n";
    out += "Content-Transfer-Encoding: quoted-printable\r\n";
    out += "\r\n";
    out += quotedPrintable(m_text);
    if (!out.endsWith("\r\n")) {
        out += "\r\n";
    }
    return out;
}

} // namespace tiller::app
