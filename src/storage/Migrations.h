// The ordered schema migrations (resources/sql/NNNN_name.sql), each applied in its own transaction.
#pragma once

#include "tiller/core/Expected.h"
#include "tiller/storage/StorageError.h"

#include <QStringList>

namespace tiller::storage {

class DatabasePrivate;

int migrationCount();
// Statements of one migration file, dialect-expanded, split on ';' at line ends.
QStringList migrationStatements(int version, const class SqlDialect& dialect);
// Applies every migration above `from`; updates d.schemaVersion as each commits.
core::Expected<void, StorageError> migrate(DatabasePrivate& d, int from, int applicationId);

} // namespace tiller::storage
