// An open portfolio database: opening, migrating, locking, transactions.
#pragma once

#include "tiller/core/Clock.h"
#include "tiller/core/Expected.h"
#include "tiller/storage/StorageError.h"

#include <QString>

#include <memory>

namespace tiller::storage {

class DatabasePrivate;

class Database
{
public:
    enum class Access { ReadWrite, ReadOnly };
    enum class ReadOnlyReason { None, Requested, FilePermissions, HeldByAnotherInstance };
    // What to do when another running Tiller holds the file.
    enum class WhenLocked { OpenReadOnly, Fail };

    struct Options
    {
        Access access = Access::ReadWrite;
        bool create = true;       // create (and initialise) a missing file
        bool migrate = true;      // bring an older schema up to date (after a backup)
        WhenLocked whenLocked = WhenLocked::OpenReadOnly;
        bool takeLock = true;     // false for readers that must work beside the app (backup, check)
        QString actor;            // who is recorded in the audit trail; default: the OS user
        core::Clock clock = core::systemClock();
    };

    static core::Expected<std::unique_ptr<Database>, StorageError> open(const QString& location,
                                                                       const Options& options);
    static core::Expected<std::unique_ptr<Database>, StorageError> open(const QString& location)
    {
        return open(location, Options{});
    }
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    static int latestSchemaVersion();

    QString location() const;
    int schemaVersion() const;
    bool isReadOnly() const;
    ReadOnlyReason readOnlyReason() const;
    QString lockHolder() const;     // set when ReadOnlyReason::HeldByAnotherInstance
    QString migrationBackup() const; // the backup written before migrating, if any

    QString actor() const;
    void setActor(const QString& actor);
    QDateTime now() const;

    DatabasePrivate* d() const { return m_d.get(); }

private:
    explicit Database(std::unique_ptr<DatabasePrivate> d);
    std::unique_ptr<DatabasePrivate> m_d;
};

QString defaultActor();

} // namespace tiller::storage
