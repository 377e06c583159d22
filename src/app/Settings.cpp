#include "tiller/app/Settings.h"

#include <QFileInfo>

namespace tiller::app {

namespace {

struct KeyInfo
{
    Settings::Key key;
    const char* name;
    QVariant defaultValue;
};

const KeyInfo& info(Settings::Key key)
{
    static const KeyInfo table[] = {
        {Settings::Key::Version, "version", 0},
        {Settings::Key::Language, "ui/language", QString()},
        {Settings::Key::ActorName, "user/name", QString()},
        {Settings::Key::LastPortfolio, "files/last", QString()},
        {Settings::Key::RecentFiles, "files/recent", QStringList()},
        {Settings::Key::WindowGeometry, "window/geometry", QByteArray()},
        {Settings::Key::WindowState, "window/state", QByteArray()},
        {Settings::Key::InventorySplitter, "inventory/splitter", QByteArray()},
        {Settings::Key::InventoryHeader, "inventory/header", QByteArray()},
        {Settings::Key::DueSoonDays, "notifications/dueSoonDays", 2},
        {Settings::Key::MailHost, "mail/host", QString()},
        {Settings::Key::MailPort, "mail/port", 0},
        {Settings::Key::MailSecurity, "mail/security", QStringLiteral("starttls")},
        {Settings::Key::MailUser, "mail/user", QString()},
        {Settings::Key::MailFrom, "mail/from", QString()},
        {Settings::Key::MailFromName, "mail/fromName", QString()},
        {Settings::Key::MailInstantKinds, "mail/instantKinds", QStringList()},
        {Settings::Key::MailWeeklyDigest, "mail/weeklyDigest", QStringList()},
        {Settings::Key::MailAutoSend, "mail/autoSend", false},
    };
    for (const auto& k : table) {
        if (k.key == key) {
            return k;
        }
    }
    Q_UNREACHABLE();
}

} // namespace

Settings::Settings() : m_settings(std::make_unique<QSettings>(QStringLiteral("Tiller"), QStringLiteral("Tiller")))
{
    migrate();
}

Settings::Settings(const QString& iniPath) : m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{
    migrate();
}

QVariant Settings::value(Key key) const
{
    const KeyInfo& k = info(key);
    return m_settings->value(QLatin1String(k.name), k.defaultValue);
}

void Settings::setValue(Key key, const QVariant& value) { m_settings->setValue(QLatin1String(info(key).name), value); }

QStringList Settings::recentFiles() const { return value(Key::RecentFiles).toStringList(); }

void Settings::addRecentFile(const QString& path)
{
    const QString abs = QFileInfo(path).absoluteFilePath();
    QStringList list = recentFiles();
    list.removeAll(abs);
    list.prepend(abs);
    while (list.size() > 10) {
        list.removeLast();
    }
    setValue(Key::RecentFiles, list);
}

void Settings::removeRecentFile(const QString& path)
{
    QStringList list = recentFiles();
    list.removeAll(path);
    setValue(Key::RecentFiles, list);
}

void Settings::sync() { m_settings->sync(); }

void Settings::migrate()
{
    const int version = value(Key::Version).toInt();
    if (version >= CurrentVersion) {
        return;
    }
    // Version 0 → 1: nothing to carry over yet; later versions rename keys here.
    setValue(Key::Version, CurrentVersion);
}

} // namespace tiller::app
