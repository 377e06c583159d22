#include "tiller/storage/Database.h"

#include "DatabasePrivate.h"
#include "Migrations.h"
#include "tiller/core/Log.h"
#include "tiller/storage/Maintenance.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlRecord>
#include <QtEndian>

namespace tiller::storage {

namespace {

// 'TILL': marks a file as a Tiller portfolio (PRAGMA application_id).
constexpr int ApplicationId = 0x54494C4C;

auto log() { return core::logger("tiller.storage"); }

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("tiller-%1").arg(counter.fetchAndAddRelaxed(1));
}

StorageError makeError(StorageError::Code code, const QString& path, const QString& detail = {})
{
    StorageError e;
    e.code = code;
    e.path = path;
    e.detail = detail;
    return e;
}

// Reads the 100-byte SQLite header without SQLite, so a foreign or truncated
// file is refused before anything could write to it.
std::optional<StorageError> inspectHeader(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return makeError(StorageError::Code::Io, path, f.errorString());
    }
    const qint64 size = f.size();
    if (size == 0) {
        return std::nullopt; // an empty file becomes a new portfolio
    }
    const QByteArray header = f.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (!header.startsWith(magic.left(qMin<qsizetype>(header.size(), 16)))) {
        return makeError(StorageError::Code::NotSqlite, path);
    }
    if (header.size() < 100) {
        return makeError(StorageError::Code::Corrupt, path,
                         QStringLiteral("truncated: %1 bytes, shorter than the SQLite header").arg(size));
    }
    const auto* h = reinterpret_cast<const uchar*>(header.constData());
    quint32 pageSize = qFromBigEndian<quint16>(h + 16);
    if (pageSize == 1) {
        pageSize = 65536;
    }
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0) {
        return makeError(StorageError::Code::Corrupt, path, QStringLiteral("invalid page size %1").arg(pageSize));
    }
    // With a write-ahead log beside it, the file alone is not the database: a
    // checkpoint interrupted by a crash may have written page 1 (and its page
    // count) before the pages that extend the file. SQLite recovers from the
    // log; only without one is a short file really truncated.
    const QFileInfo wal(path + QStringLiteral("-wal"));
    if (wal.exists() && wal.size() > 0) {
        return std::nullopt;
    }
    const quint32 changeCounter = qFromBigEndian<quint32>(h + 24);
    const quint32 pageCount = qFromBigEndian<quint32>(h + 28);
    const quint32 validFor = qFromBigEndian<quint32>(h + 92);
    if (validFor == changeCounter && pageCount > 0) {
        const qint64 expected = qint64(pageCount) * pageSize;
        if (size < expected) {
            return makeError(StorageError::Code::Corrupt, path,
                             QStringLiteral("truncated: %1 bytes of %2").arg(size).arg(expected));
        }
    }
    if (size % pageSize != 0) {
        return makeError(StorageError::Code::Corrupt, path,
                         QStringLiteral("size %1 is not a whole number of %2-byte pages").arg(size).arg(pageSize));
    }
    return std::nullopt;
}

// A user who removed every write bit means "read-only", even for root (who
// could write anyway): we honour the intent.
bool fileIsReadOnly(const QFileInfo& fi)
{
    const auto perms = fi.permissions();
    // WriteUser reflects what *we* may do (always true for root); the mode bits
    // say what the owner meant.
    const bool anyWriteBit = perms & (QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther);
    return !fi.isWritable() || !anyWriteBit;
}

QString describeHolder(QLockFile& lock, const QString& lockPath)
{
    qint64 pid = 0;
    QString host, app;
    if (!lock.getLockInfo(&pid, &host, &app)) {
        return QStringLiteral("another Tiller");
    }
    const QString user = QFileInfo(lockPath).owner();
    return QStringLiteral("%1@%2 (pid %3)").arg(user.isEmpty() ? QStringLiteral("?") : user, host).arg(pid);
}

bool isCorruptionMessage(const QString& text)
{
    return text.contains(QLatin1String("malformed"), Qt::CaseInsensitive) ||
           text.contains(QLatin1String("not a database"), Qt::CaseInsensitive) ||
           text.contains(QLatin1String("corrupt"), Qt::CaseInsensitive);
}

} // namespace

QString defaultActor()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty()) {
        user = qEnvironmentVariable("USERNAME");
    }
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}

QString StorageError::technical() const
{
    static const char* names[] = {"none",     "bad location", "unsupported", "not found", "cannot create",
                                  "not sqlite", "not tiller", "corrupt",      "newer schema", "locked",
                                  "read-only", "conflict",   "constraint",   "io",        "sql"};
    QString s = QStringLiteral("%1: %2").arg(path, QLatin1String(names[int(code)]));
    if (!detail.isEmpty()) {
        s += QStringLiteral(" (%1)").arg(detail);
    }
    return s;
}

DatabasePrivate::~DatabasePrivate()
{
    {
        QSqlDatabase c = db();
        if (c.isOpen()) {
            c.close();
        }
    }
    QSqlDatabase::removeDatabase(connectionName);
}

StorageError DatabasePrivate::errorFrom(const QSqlError& e, const QString& context) const
{
    StorageError out;
    out.path = location;
    const QString text = e.databaseText().isEmpty() ? e.text() : e.databaseText();
    out.detail = context.isEmpty() ? text : QStringLiteral("%1: %2").arg(context, text);
    const QString native = e.nativeErrorCode();
    // SQLite primary result codes (the extended code's low byte).
    const int code = native.toInt() & 0xff;
    if (isCorruptionMessage(text) || code == 11 || code == 26) {
        out.code = StorageError::Code::Corrupt;
    } else if (code == 8) {
        out.code = StorageError::Code::ReadOnly;
    } else if (code == 5 || code == 6) {
        out.code = StorageError::Code::Locked;
    } else if (code == 19 || text.contains(QLatin1String("constraint"), Qt::CaseInsensitive)) {
        out.code = StorageError::Code::Constraint;
    } else if (code == 13 || code == 10) {
        out.code = StorageError::Code::Io;
    } else {
        out.code = StorageError::Code::Sql;
    }
    return out;
}

bool DatabasePrivate::exec(QSqlQuery& q, StorageError* error) const
{
    if (q.exec()) {
        return true;
    }
    if (error) {
        *error = errorFrom(q.lastError(), q.lastQuery().left(80));
    }
    log()->warn("SQL failed: {} [{}]", q.lastError().text().toStdString(), q.lastQuery().left(200).toStdString());
    return false;
}

bool DatabasePrivate::exec(const QString& sql, StorageError* error) const
{
    QSqlQuery q = query();
    if (q.exec(sql)) {
        return true;
    }
    if (error) {
        *error = errorFrom(q.lastError(), sql.left(80));
    }
    log()->warn("SQL failed: {} [{}]", q.lastError().text().toStdString(), sql.left(200).toStdString());
    return false;
}

bool DatabasePrivate::audit(const QString& entity, qint64 id, const QString& field, const QString& oldValue,
                            const QString& newValue, StorageError* error) const
{
    QSqlQuery q = query();
    q.prepare(QStringLiteral("INSERT INTO audit_log (at, actor, action, entity, entity_id, field, old_value, new_value) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(clock().toUTC().toString(Qt::ISODateWithMs));
    q.addBindValue(actor);
    q.addBindValue(currentAction.isNull() ? QString(QLatin1String("")) : currentAction);
    q.addBindValue(entity);
    q.addBindValue(id);
    q.addBindValue(field.isNull() ? QString(QLatin1String("")) : field);
    q.addBindValue(oldValue.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(oldValue));
    q.addBindValue(newValue.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(newValue));
    return exec(q, error);
}

Database::Database(std::unique_ptr<DatabasePrivate> d) : m_d(std::move(d)) {}
Database::~Database() = default;

int Database::latestSchemaVersion() { return migrationCount(); }
QString Database::location() const { return m_d->location; }
int Database::schemaVersion() const { return m_d->schemaVersion; }
bool Database::isReadOnly() const { return m_d->readOnly != ReadOnlyReason::None; }
Database::ReadOnlyReason Database::readOnlyReason() const { return m_d->readOnly; }
QString Database::lockHolder() const { return m_d->lockHolder; }
QString Database::migrationBackup() const { return m_d->migrationBackup; }
QString Database::actor() const { return m_d->actor; }
void Database::setActor(const QString& actor) { m_d->actor = actor; }
QDateTime Database::now() const { return m_d->clock(); }

core::Expected<std::unique_ptr<Database>, StorageError> Database::open(const QString& location,
                                                                       const Options& options)
{
    using core::unexpected;
    using Code = StorageError::Code;

    if (location.trimmed().isEmpty()) {
        return unexpected(makeError(Code::BadLocation, location));
    }
    if (location.startsWith(QLatin1String("postgresql://")) || location.startsWith(QLatin1String("postgres://"))) {
        return unexpected(makeError(Code::Unsupported, location, QStringLiteral("PostgreSQL")));
    }
    if (location.contains(QLatin1String("://"))) {
        return unexpected(makeError(Code::BadLocation, location));
    }

    auto d = std::make_unique<DatabasePrivate>();
    const QFileInfo fi(location);
    d->location = location;
    d->path = fi.absoluteFilePath();
    d->actor = options.actor.isEmpty() ? defaultActor() : options.actor;
    d->clock = options.clock ? options.clock : core::systemClock();
    const QString& path = d->path;

    if (fi.exists() && fi.isDir()) {
        return unexpected(makeError(Code::NotSqlite, path, QStringLiteral("a folder")));
    }
    const bool existed = fi.exists() && fi.size() > 0;
    if (!fi.exists()) {
        if (!options.create) {
            return unexpected(makeError(Code::NotFound, path));
        }
        const QFileInfo dir(fi.absolutePath());
        if (!dir.exists() || !dir.isWritable()) {
            return unexpected(makeError(Code::CannotCreate, path, fi.absolutePath()));
        }
    } else if (auto headerError = inspectHeader(path)) {
        return unexpected(*headerError);
    }

    if (options.access == Access::ReadOnly) {
        d->readOnly = ReadOnlyReason::Requested;
    } else if (fi.exists() && fileIsReadOnly(fi)) {
        d->readOnly = ReadOnlyReason::FilePermissions;
    }

    if (options.takeLock && d->readOnly == ReadOnlyReason::None) {
        const QString lockPath = path + QStringLiteral(".lock");
        d->lock = std::make_unique<QLockFile>(lockPath);
        d->lock->setStaleLockTime(0); // only a dead process's lock is stale
        if (!d->lock->tryLock(0)) {
            if (d->lock->error() == QLockFile::LockFailedError) {
                d->lockHolder = describeHolder(*d->lock, lockPath);
                d->lock.reset();
                if (options.whenLocked == WhenLocked::Fail) {
                    StorageError e = makeError(Code::Locked, path);
                    e.holder = d->lockHolder;
                    return unexpected(e);
                }
                d->readOnly = ReadOnlyReason::HeldByAnotherInstance;
                log()->info("{} is held by {}; opening read-only", path.toStdString(),
                            d->lockHolder.toStdString());
            } else {
                // No lock file possible (read-only folder): proceed read-only.
                d->lock.reset();
                d->readOnly = ReadOnlyReason::FilePermissions;
            }
        }
    }
    const bool readOnly = d->readOnly != ReadOnlyReason::None;
    if (readOnly && !existed) {
        return unexpected(makeError(fi.exists() ? Code::ReadOnly : Code::NotFound, path));
    }

    d->connectionName = nextConnectionName();
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), d->connectionName);
        c.setDatabaseName(path);
        if (readOnly) {
            c.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        }
        if (!c.open()) {
            return unexpected(d->errorFrom(c.lastError(), QStringLiteral("open")));
        }
    }

    StorageError error;
    error.path = path;
    // Any read that fails here on an existing file means damage.
    auto readInt = [&](const QString& sql, int* out) {
        QSqlQuery q = d->query();
        if (!q.exec(sql) || !q.next()) {
            error = d->errorFrom(q.lastError(), sql);
            if (error.code == Code::Sql && existed) {
                error.code = Code::Corrupt;
            }
            return false;
        }
        *out = q.value(0).toInt();
        return true;
    };
    int appId = 0, userVersion = 0, tables = 0;
    if (!readInt(QStringLiteral("PRAGMA application_id"), &appId) ||
        !readInt(QStringLiteral("PRAGMA user_version"), &userVersion) ||
        !readInt(QStringLiteral("SELECT count(*) FROM sqlite_master"), &tables)) {
        return unexpected(error);
    }
    if (appId != ApplicationId && !(appId == 0 && userVersion == 0 && tables == 0)) {
        return unexpected(makeError(Code::NotTiller, path));
    }
    if (userVersion > latestSchemaVersion()) {
        StorageError e = makeError(Code::NewerSchema, path);
        e.foundVersion = userVersion;
        e.knownVersion = latestSchemaVersion();
        return unexpected(e);
    }

    const QStringList pragmas = readOnly ? QStringList{QStringLiteral("PRAGMA foreign_keys = ON"),
                                                       QStringLiteral("PRAGMA busy_timeout = 5000")}
                                         : QStringList{QStringLiteral("PRAGMA journal_mode = WAL"),
                                                       QStringLiteral("PRAGMA synchronous = NORMAL"),
                                                       QStringLiteral("PRAGMA foreign_keys = ON"),
                                                       QStringLiteral("PRAGMA busy_timeout = 5000")};
    for (const QString& p : pragmas) {
        if (!d->exec(p, &error)) {
            return unexpected(error);
        }
    }

    d->schemaVersion = userVersion;
    if (userVersion < latestSchemaVersion()) {
        if (readOnly || !options.migrate) {
            if (userVersion == 0) {
                return unexpected(makeError(readOnly ? Code::ReadOnly : Code::NotTiller, path));
            }
            // Older schema, but we may not write: the caller reads what it can.
        } else {
            if (userVersion > 0) {
                const QString backup = QStringLiteral("%1.v%2-%3.bak")
                                           .arg(path)
                                           .arg(userVersion)
                                           .arg(d->clock().toUTC().toString(QStringLiteral("yyyyMMddHHmmss")));
                if (auto b = backupSqliteFile(path, backup); !b) {
                    return unexpected(b.error());
                }
                d->migrationBackup = backup;
                log()->info("backed up {} to {} before migrating", path.toStdString(), backup.toStdString());
            }
            if (auto m = migrate(*d, userVersion, ApplicationId); !m) {
                return unexpected(m.error());
            }
        }
    }
    log()->info("opened {} (schema {}{})", path.toStdString(), d->schemaVersion, readOnly ? ", read-only" : "");
    return std::unique_ptr<Database>(new Database(std::move(d)));
}

} // namespace tiller::storage
