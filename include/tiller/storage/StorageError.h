// What went wrong in the storage layer, typed; the app turns it into words.
#pragma once

#include <QString>

namespace tiller::storage {

struct StorageError
{
    enum class Code {
        None,
        BadLocation,     // neither a file path nor a postgresql:// URL
        Unsupported,     // a backend this build cannot open
        NotFound,        // the file does not exist (and creating was not asked)
        CannotCreate,    // the folder is missing or not writable
        NotSqlite,       // the file is something else (a PDF, a text file…)
        NotTiller,       // an SQLite database of another application
        Corrupt,         // truncated or damaged
        NewerSchema,     // written by a newer Tiller
        Locked,          // held by another running Tiller, and write access was required
        ReadOnly,        // a write was attempted on a read-only portfolio
        Conflict,        // the row changed since it was read (another writer, or a stale undo)
        Constraint,      // a rule of the schema refused the write (unique code, reference in use…)
        Io,              // the disk refused (full, permissions)
        Sql,             // anything else the database reported
    };

    Code code = Code::None;
    QString detail;      // the database's own message, or the specifics (for logs and reports)
    QString path;        // the location concerned
    int foundVersion = 0;
    int knownVersion = 0;
    QString holder;      // who holds the lock: "user@host (pid N)"

    // One line in English for logs; the UI uses the app's translated text.
    QString technical() const;
};

} // namespace tiller::storage
