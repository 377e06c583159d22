// RAII guard: one user action = one transaction, committed or rolled back, carrying the action's label.
#pragma once

#include "tiller/core/Expected.h"
#include "tiller/storage/StorageError.h"

#include <QString>

namespace tiller::storage {

class Database;

class Transaction
{
public:
    // Begins at once (SQLite: BEGIN IMMEDIATE, so a writer fails early, not at commit).
    Transaction(Database& db, const QString& label);
    ~Transaction(); // rolls back unless committed
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    bool isActive() const { return m_active; }
    const StorageError& beginError() const { return m_error; }
    core::Expected<void, StorageError> commit();
    void rollback();

private:
    Database& m_db;
    bool m_active = false;
    StorageError m_error;
};

} // namespace tiller::storage
