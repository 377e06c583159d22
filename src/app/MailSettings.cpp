#include "tiller/app/MailSettings.h"

#include "tiller/app/Settings.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace tiller::app {

namespace {

class MailText
{
    Q_DECLARE_TR_FUNCTIONS(MailSettings)
};

} // namespace

QString toKey(MailSecurity s)
{
    switch (s) {
    case MailSecurity::None:
        return QStringLiteral("none");
    case MailSecurity::StartTls:
        return QStringLiteral("starttls");
    case MailSecurity::Tls:
        return QStringLiteral("tls");
    }
    return QStringLiteral("none");
}

std::optional<MailSecurity> mailSecurityFromKey(const QString& key)
{
    for (MailSecurity s : {MailSecurity::None, MailSecurity::StartTls, MailSecurity::Tls}) {
        if (toKey(s) == key) {
            return s;
        }
    }
    return std::nullopt;
}

int MailSettings::defaultPort(MailSecurity security)
{
    switch (security) {
    case MailSecurity::None:
        return 25;
    case MailSecurity::StartTls:
        return 587;
    case MailSecurity::Tls:
        return 465;
    }
    return 25;
}

MailSettings MailSettings::load(const Settings& settings)
{
    MailSettings m;
    m.host = settings.value(Settings::Key::MailHost).toString();
    m.security =
        mailSecurityFromKey(settings.value(Settings::Key::MailSecurity).toString()).value_or(MailSecurity::StartTls);
    const int port = settings.value(Settings::Key::MailPort).toInt();
    m.port = port > 0 ? port : defaultPort(m.security);
    m.username = settings.value(Settings::Key::MailUser).toString();
    m.from = settings.value(Settings::Key::MailFrom).toString();
    const QString name = settings.value(Settings::Key::MailFromName).toString();
    if (!name.isEmpty()) {
        m.fromName = name;
    }
    m.instantKinds = settings.value(Settings::Key::MailInstantKinds).toStringList();
    return m;
}

void MailSettings::save(Settings& settings) const
{
    settings.setValue(Settings::Key::MailHost, host);
    settings.setValue(Settings::Key::MailPort, port);
    settings.setValue(Settings::Key::MailSecurity, toKey(security));
    settings.setValue(Settings::Key::MailUser, username);
    settings.setValue(Settings::Key::MailFrom, from);
    settings.setValue(Settings::Key::MailFromName, fromName);
    settings.setValue(Settings::Key::MailInstantKinds, instantKinds);
}

QString passwordFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/Tiller/smtp-password");
}

core::Expected<QString, QString> smtpPassword()
{
    if (qEnvironmentVariableIsSet("TILLER_SMTP_PASSWORD")) {
        return qEnvironmentVariable("TILLER_SMTP_PASSWORD");
    }
    const QString path = passwordFilePath();
    QFile file(path);
    if (!file.exists()) {
        return QString();
    }
    const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                        QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    if (file.permissions() & others) {
        return core::unexpected(
            MailText::tr("%1 can be read by other users: make it private with chmod 600 %1").arg(path));
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return core::unexpected(MailText::tr("can't read %1: %2").arg(path, file.errorString()));
    }
    QByteArray line = file.readLine();
    while (line.endsWith('\n') || line.endsWith('\r')) {
        line.chop(1);
    }
    return QString::fromUtf8(line);
}

} // namespace tiller::app
