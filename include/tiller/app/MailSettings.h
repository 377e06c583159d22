// Where and how mail is sent: the SMTP server (kept in the user's settings, never in the portfolio) and
// its password (from the environment or a private file, never stored in clear by Tiller).
#pragma once

#include "tiller/core/Expected.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace tiller::app {

class Settings;

enum class MailSecurity
{
    None,
    StartTls,
    Tls
};
QString toKey(MailSecurity s); // "none", "starttls", "tls"
std::optional<MailSecurity> mailSecurityFromKey(const QString& key);

struct MailSettings
{
    QString host;
    int port = 587;
    MailSecurity security = MailSecurity::StartTls;
    QString username; // empty: no authentication
    QString from;     // the sender's address
    QString fromName = QStringLiteral("Tiller");
    QStringList instantKinds; // notification kinds mailed at once, one mail each (NotificationKind keys)
    int timeoutMs = 30000;

    static MailSettings load(const Settings& settings);
    void save(Settings& settings) const;
    // The usual port of a security mode: 25, 587 or 465.
    static int defaultPort(MailSecurity security);
};

// The SMTP password: the environment variable TILLER_SMTP_PASSWORD, else the first line of the file
// `passwordFilePath()`, which must be readable by its owner only (mode 0600); an empty string when
// neither exists. An error (in words) when the file is readable by others or can't be read.
core::Expected<QString, QString> smtpPassword();
// $XDG_CONFIG_HOME/Tiller/smtp-password (by default ~/.config/Tiller/smtp-password).
QString passwordFilePath();

} // namespace tiller::app
