// Runs Debian's python3 tools the mail and calendar tests check against (aiosmtpd, icalendar, email).
#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QTcpServer>
#include <catch2/catch.hpp>

namespace tiller::test {

struct PythonRun
{
    int code = -1;
    QByteArray out;
    QString err;
};

// Runs TILLER_PYTHON (the system's python3, where apt installs python3-aiosmtpd and python3-icalendar).
inline PythonRun runPython(const QStringList& args, const QByteArray& input = {})
{
    QProcess p;
    p.start(QStringLiteral(TILLER_PYTHON), args);
    if (!p.waitForStarted(10000)) {
        FAIL("can't start " TILLER_PYTHON " (install python3)");
    }
    if (!input.isEmpty()) {
        p.write(input);
    }
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(60000));
    return {p.exitCode(), p.readAllStandardOutput(), QString::fromUtf8(p.readAllStandardError())};
}

// Fails (never skips) when a module the test relies on is missing, naming the Debian package.
inline void requirePythonModule(const QString& module, const QString& package)
{
    const PythonRun r = runPython({QStringLiteral("-c"), QStringLiteral("import ") + module});
    if (r.code != 0) {
        FAIL((QStringLiteral("the Python module %1 is missing: install it with sudo apt-get install %2 (%3)")
                  .arg(module, package, r.err.trimmed()))
                 .toStdString());
    }
}

// A port nobody listens on at the moment.
inline quint16 freePort()
{
    QTcpServer s;
    REQUIRE(s.listen(QHostAddress::LocalHost, 0));
    return s.serverPort();
}

// A local SMTP server (aiosmtpd, tests/data/smtp_sink.py) writing what it receives to a folder.
class SmtpSink
{
public:
    SmtpSink(quint16 port, QString dir) : m_port(port), m_dir(std::move(dir)) {}
    ~SmtpSink() { stop(); }

    // `options`: see tests/data/smtp_sink.py (--starttls CERT KEY, --tls CERT KEY, --auth USER PASSWORD…).
    void start(const QStringList& options = {})
    {
        requirePythonModule(QStringLiteral("aiosmtpd"), QStringLiteral("python3-aiosmtpd"));
        QDir().mkpath(m_dir);
        m_process.start(QStringLiteral(TILLER_PYTHON),
                        QStringList{QStringLiteral(TILLER_TEST_DATA "/smtp_sink.py"), QString::number(m_port), m_dir} +
                            options);
        REQUIRE(m_process.waitForStarted(10000));
        QByteArray said;
        while (!said.contains("READY")) {
            if (!m_process.waitForReadyRead(15000)) {
                FAIL("the SMTP server did not start: " << m_process.readAllStandardError().toStdString());
            }
            said += m_process.readAllStandardOutput();
        }
    }
    void stop()
    {
        if (m_process.state() == QProcess::NotRunning) {
            return;
        }
        m_process.closeWriteChannel(); // the script stops when its input closes
        if (!m_process.waitForFinished(10000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    // The received messages' files, in the order they arrived.
    QStringList received() const
    {
        QStringList files = QDir(m_dir).entryList({QStringLiteral("*.eml")}, QDir::Files, QDir::Name);
        for (QString& f : files) {
            f = QDir(m_dir).filePath(f);
        }
        return files;
    }

private:
    quint16 m_port;
    QString m_dir;
    QProcess m_process;
};

// A received or exported message read by Python's own e-mail parser: the decoded To, Subject and text.
struct ParsedMail
{
    QString envelopeTo;
    QString to;
    QString subject;
    QString text;
};

inline ParsedMail parseMail(const QString& path)
{
    static const char* script = R"(
import sys, json, email
from email import policy
from email.header import decode_header, make_header
with open(sys.argv[1], 'rb') as f:
    m = email.message_from_binary_file(f, policy=policy.compat32)
text = m.get_payload(decode=True).decode(m.get_content_charset())
print(json.dumps({'envelope_to': m.get('X-Envelope-To', ''),
                  'to': str(make_header(decode_header(m['To']))),
                  'subject': str(make_header(decode_header(m['Subject']))),
                  'text': text}))
)";
    const PythonRun r = runPython({QStringLiteral("-c"), QString::fromLatin1(script), path});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    return {o.value(QStringLiteral("envelope_to")).toString(), o.value(QStringLiteral("to")).toString(),
            o.value(QStringLiteral("subject")).toString(), o.value(QStringLiteral("text")).toString()};
}

} // namespace tiller::test
