// Whole-file operations: online backup and the integrity report of `tiller check`.
#pragma once

#include "tiller/core/Expected.h"
#include "tiller/core/Invariants.h"
#include "tiller/storage/StorageError.h"

#include <QStringList>

#include <vector>

namespace tiller::storage {

class Database;

// Copies a live SQLite portfolio page by page (SQLite's online backup), so it
// works while the app has the file open. Writes to a temporary file first and
// renames it into place: a failed backup never leaves a half file at `out`.
core::Expected<void, StorageError> backupSqliteFile(const QString& sourcePath, const QString& out);

struct IntegrityReport
{
    QStringList integrityErrors;   // PRAGMA integrity_check lines other than "ok"
    QStringList foreignKeyErrors;  // PRAGMA foreign_key_check rows, described
    std::vector<core::InvariantViolation> violations;
    int schemaVersion = 0;
    qint64 initiatives = 0;
    qint64 bins = 0;
    qint64 tasks = 0;
    bool ok() const { return integrityErrors.isEmpty() && foreignKeyErrors.isEmpty() && violations.empty(); }
};

core::Expected<IntegrityReport, StorageError> checkIntegrity(Database& db);

} // namespace tiller::storage
