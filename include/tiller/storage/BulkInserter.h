// Fast loading of many rows (demo programs, imports) with multi-row INSERT statements.
#pragma once

#include "tiller/core/Expected.h"
#include "tiller/storage/StorageError.h"

#include <QStringList>
#include <QVariantList>

#include <memory>

namespace tiller::storage {

class Database;

// Runs inside the caller's Transaction. Table and column names are checked
// against the schema, so no caller can smuggle SQL through them.
class BulkInserter
{
public:
    static core::Expected<std::unique_ptr<BulkInserter>, StorageError> create(Database& db, const QString& table,
                                                                              const QStringList& columns);
    ~BulkInserter();

    // One row, values in column order. An empty or null QString is written as
    // ''; write NULL with a null QVariant of another type (e.g. QVariant(QMetaType::fromType<qint64>())).
    core::Expected<void, StorageError> add(const QVariantList& row);
    core::Expected<void, StorageError> flush();
    qint64 rowsWritten() const { return m_written; }

private:
    BulkInserter(Database& db, QString table, QStringList columns);
    core::Expected<void, StorageError> writeBatch(qsizetype rows);
    core::Expected<void, StorageError> addNative(const QVariantList& row);
    Database& m_db;
    QString m_table;
    QStringList m_columns;
    int m_rowsPerStatement;
    QVariantList m_pending;
    qint64 m_written = 0;
    // SQLite: one prepared single-row statement, stepped per row (Qt's binding
    // layer costs more than SQLite itself at these volumes).
    struct Native;
    std::unique_ptr<Native> m_native;
};

} // namespace tiller::storage
