#include "tiller/storage/BulkInserter.h"

#include "DatabasePrivate.h"

#include <QSqlRecord>

namespace tiller::storage {

using core::unexpected;

BulkInserter::BulkInserter(Database& db, QString table, QStringList columns)
    : m_db(db), m_table(std::move(table)), m_columns(std::move(columns))
{
    m_rowsPerStatement = qMax(1, qMin(500, db.d()->dialect.maxBoundValues() / int(m_columns.size())));
}

BulkInserter::~BulkInserter() = default;

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
