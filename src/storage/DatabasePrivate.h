// Internals of Database shared by the storage sources (never included outside storage).
#pragma once

#include <QDate>

#include "SqlDialect.h"
#include "tiller/storage/Database.h"

#include <QLockFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <memory>

namespace tiller::storage {

class DatabasePrivate
{
public:
    DatabasePrivate() : dialect(SqlDialect::Kind::Sqlite) {}
    ~DatabasePrivate();

    QSqlDatabase db() const { return QSqlDatabase::database(connectionName, false); }
    QSqlQuery query() const { return QSqlQuery(db()); }

    // Prepares and runs; on failure fills `error` (mapped to our codes) and returns false.
    bool exec(QSqlQuery& q, StorageError* error) const;
    bool exec(const QString& sql, StorageError* error) const;
    StorageError errorFrom(const QSqlError& e, const QString& context = {}) const;

    // One audit row (inside the caller's transaction).
    bool audit(const QString& entity, qint64 id, const QString& field, const QString& oldValue,
               const QString& newValue, StorageError* error) const;

    QString connectionName;
    QString location;
    QString path;
    SqlDialect dialect;
    int schemaVersion = 0;
    Database::ReadOnlyReason readOnly = Database::ReadOnlyReason::None;
    QString lockHolder;
    QString migrationBackup;
    std::unique_ptr<QLockFile> lock;
    QString actor;
    core::Clock clock;
    QString currentAction; // the label of the open transaction
    bool inTransaction = false;
};

// Helpers for repositories.
// An empty QString is bound as NULL by Qt; text columns want "". A NULL is
// written with a null QVariant of a non-string type (see nullableId).
inline QVariant bindable(const QVariant& v)
{
    if (v.typeId() == QMetaType::QString && v.toString().isNull()) {
        return QString(QLatin1String(""));
    }
    return v;
}
inline QVariant nullableId(qint64 id) { return id == 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(id); }
// A positive amount, or NULL for "not set" (0).
inline QVariant nullableAmount(double v) { return v > 0 ? QVariant(v) : QVariant(QMetaType::fromType<double>()); }
// An ISO date, or NULL for an invalid one.
inline QVariant nullableDate(const QDate& d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<qint64>());
}
inline QString auditId(qint64 id) { return id == 0 ? QString() : QString::number(id); }

} // namespace tiller::storage
