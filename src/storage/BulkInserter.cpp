#include "tiller/storage/BulkInserter.h"

#include "DatabasePrivate.h"

#include <QSqlDriver>
#include <QSqlRecord>

#include <sqlite3.h>

namespace tiller::storage {

using core::unexpected;

struct BulkInserter::Native
{
    sqlite3* db = nullptr;
    sqlite3_stmt* statement = nullptr;
    ~Native() { sqlite3_finalize(statement); }
};

BulkInserter::BulkInserter(Database& db, QString table, QStringList columns)
    : m_db(db), m_table(std::move(table)), m_columns(std::move(columns))
{
    m_rowsPerStatement = qMax(1, qMin(500, db.d()->dialect.maxBoundValues() / int(m_columns.size())));
    if (db.d()->dialect.kind() == SqlDialect::Kind::Sqlite) {
        const QVariant handle = db.d()->db().driver()->handle();
        if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0) {
            auto native = std::make_unique<Native>();
            native->db = *static_cast<sqlite3* const*>(handle.constData());
            QString marks = QStringLiteral("?");
            for (qsizetype i = 1; i < m_columns.size(); ++i) {
                marks += QStringLiteral(",?");
            }
            const QByteArray sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                       .arg(m_table, m_columns.join(QLatin1Char(',')), marks)
                                       .toUtf8();
            if (native->db && sqlite3_prepare_v2(native->db, sql.constData(), -1, &native->statement, nullptr) ==
                                  SQLITE_OK) {
                m_native = std::move(native);
            }
        }
    }
}

BulkInserter::~BulkInserter() = default;

core::Expected<void, StorageError> BulkInserter::addNative(const QVariantList& row)
{
    sqlite3_stmt* st = m_native->statement;
    for (int i = 0; i < row.size(); ++i) {
        const QVariant& v = row[i];
        const int at = i + 1;
        int rc;
        if (v.isNull() && v.typeId() != QMetaType::QString) {
            rc = sqlite3_bind_null(st, at);
        } else {
            switch (v.typeId()) {
            case QMetaType::Int:
            case QMetaType::LongLong:
            case QMetaType::UInt:
            case QMetaType::ULongLong:
            case QMetaType::Bool:
                rc = sqlite3_bind_int64(st, at, v.toLongLong());
                break;
            case QMetaType::Double:
            case QMetaType::Float:
                rc = sqlite3_bind_double(st, at, v.toDouble());
                break;
            default: {
                const QByteArray text = v.toString().toUtf8();
                rc = sqlite3_bind_text(st, at, text.constData(), int(text.size()), SQLITE_TRANSIENT);
                break;
            }
            }
        }
        if (rc != SQLITE_OK) {
            sqlite3_reset(st);
            return unexpected(StorageError{StorageError::Code::Sql, QString::fromUtf8(sqlite3_errmsg(m_native->db)),
                                           m_db.location()});
        }
    }
    const int rc = sqlite3_step(st);
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    if (rc != SQLITE_DONE) {
        const QString message = QString::fromUtf8(sqlite3_errmsg(m_native->db));
        const int primary = rc & 0xff;
        StorageError e{primary == SQLITE_CONSTRAINT ? StorageError::Code::Constraint
                       : primary == SQLITE_FULL || primary == SQLITE_IOERR ? StorageError::Code::Io
                                                                           : StorageError::Code::Sql,
                       QStringLiteral("%1: %2").arg(m_table, message), m_db.location()};
        return unexpected(e);
    }
    ++m_written;
    return {};
}

core::Expected<std::unique_ptr<BulkInserter>, StorageError> BulkInserter::create(Database& db, const QString& table,
                                                                                 const QStringList& columns)
{
    const QSqlRecord record = db.d()->db().record(table);
    StorageError e;
    e.code = StorageError::Code::Sql;
    e.path = db.location();
    if (record.isEmpty()) {
        e.detail = QStringLiteral("unknown table %1").arg(table);
        return unexpected(e);
    }
    for (const QString& c : columns) {
        if (!record.contains(c)) {
            e.detail = QStringLiteral("unknown column %1.%2").arg(table, c);
            return unexpected(e);
        }
    }
    return std::unique_ptr<BulkInserter>(new BulkInserter(db, table, columns));
}

core::Expected<void, StorageError> BulkInserter::add(const QVariantList& row)
{
    Q_ASSERT(row.size() == m_columns.size());
    if (m_native) {
        return addNative(row);
    }
    m_pending.append(row);
    if (m_pending.size() >= qsizetype(m_rowsPerStatement) * m_columns.size()) {
        return writeBatch(m_rowsPerStatement);
    }
    return {};
}

core::Expected<void, StorageError> BulkInserter::flush()
{
    const qsizetype rows = m_pending.size() / m_columns.size();
    if (rows == 0) {
        return {};
    }
    return writeBatch(rows);
}

core::Expected<void, StorageError> BulkInserter::writeBatch(qsizetype rows)
{
    DatabasePrivate* d = m_db.d();
    QString one = QStringLiteral("(?");
    for (qsizetype i = 1; i < m_columns.size(); ++i) {
        one += QStringLiteral(",?");
    }
    one += QLatin1Char(')');
    QStringList groups;
    groups.reserve(rows);
    for (qsizetype i = 0; i < rows; ++i) {
        groups.append(one);
    }
    QSqlQuery q = d->query();
    q.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
                  .arg(m_table, m_columns.join(QLatin1Char(',')), groups.join(QLatin1Char(','))));
    for (const QVariant& v : std::as_const(m_pending)) {
        q.addBindValue(bindable(v));
    }
    StorageError error;
    if (!d->exec(q, &error)) {
        return unexpected(error);
    }
    m_written += rows;
    m_pending.clear();
    return {};
}

} // namespace tiller::storage
