// Typed user preferences over QSettings: one table of keys with defaults, versioned, testable.
#pragma once

#include <QSettings>
#include <QStringList>
#include <QVariant>

#include <memory>

namespace tiller::app {

class Settings
{
public:
    enum class Key {
        Version,
        Language,        // "", "en" or "fr" ("" = the system's)
        ActorName,       // who the audit trail names ("" = the OS user)
        LastPortfolio,
        RecentFiles,
        WindowGeometry,
        WindowState,
        InventorySplitter,
        InventoryHeader,
        DueSoonDays, // how many days ahead a deadline raises a "due soon" notice (default 2)
        MailHost,         // SMTP server (see MailSettings; the password is never stored here)
        MailPort,         // 0: the security mode's usual port
        MailSecurity,     // "none", "starttls" or "tls"
        MailUser,         // "" = no authentication
        MailFrom,         // sender address
        MailFromName,     // sender name ("" = "Tiller")
        MailInstantKinds, // notification kinds mailed at once (NotificationKind keys)
        MailWeeklyDigest, // ids of the people who want a weekly digest rather than a daily one
        MailAutoSend,     // while the app runs, send digests and instant mails by itself (every 10 minutes)
    };

    // The user's settings (QSettings' native store for "Tiller").
    Settings();
    // Settings kept in an INI file (tests use a temporary one).
    explicit Settings(const QString& iniPath);

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant& value);

    QStringList recentFiles() const;
    void addRecentFile(const QString& path); // most recent first, at most 10
    void removeRecentFile(const QString& path);

    static constexpr int CurrentVersion = 1;
    void sync();

private:
    void migrate();
    std::unique_ptr<QSettings> m_settings;
};

} // namespace tiller::app
