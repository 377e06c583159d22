// Voice-of-the-Customer records in the database: the bulk import, and the small reads tests and dashboards need.
#pragma once

#include "tiller/core/Expected.h"
#include "tiller/core/Types.h"
#include "tiller/storage/StorageError.h"

#include <QDate>
#include <QString>
#include <functional>
#include <optional>
#include <vector>

namespace tiller::storage {

class Database;

struct VocRecord
{
    QDate recordedOn;
    QString channel;
    core::Id stageId = 0; // 0: no journey stage
    QString metric;       // "nps", "csat" or "ces"
    double score = 0;
    QString verbatim;
    bool operator==(const VocRecord&) const = default;
};

// Writes every record in ONE transaction (labelled "voc_import") with one audit line (action "voc_import", field
// the source file's name, new value the count): either all of them are stored or none. `progress` gets the number
// written so far and may return false to stop, which rolls back and yields nullopt.
core::Expected<std::optional<qint64>, StorageError>
importVocRecords(Database& db, const std::vector<VocRecord>& records, const QString& sourceName,
                 const std::function<bool(qint64 written)>& progress = {});

core::Expected<qint64, StorageError> countVocRecords(Database& db);

// The most recently added records, newest first.
core::Expected<std::vector<VocRecord>, StorageError> latestVocRecords(Database& db, int limit);

} // namespace tiller::storage
