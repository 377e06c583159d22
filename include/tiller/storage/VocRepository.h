// Voice of the Customer aggregates (NPS, CSAT, CES counts by month and by journey stage), computed by SQL:
// the records stay in the database.
#pragma once

#include "tiller/core/CxMetrics.h"
#include "tiller/storage/Repositories.h"

#include "tiller/storage/VocRecords.h"

#include <QDate>
#include <QString>
#include <optional>
#include <vector>

namespace tiller::storage {

struct VocMonth
{
    QString month; // "yyyy-MM"
    core::ScoreCounts counts;
    bool operator==(const VocMonth&) const = default;
};

struct VocStage
{
    core::Id stageId = 0; // 0: records without a journey stage
    core::ScoreCounts counts;
    bool operator==(const VocStage&) const = default;
};

// `metric` is a voc_record key: "nps", "csat" or "ces"; anything else is refused (Code::Constraint, the rule of the
// schema's CHECK) before any SQL runs. Ranges are [from, to], both days included; from after to gives no rows.
class VocRepository
{
public:
    explicit VocRepository(Database& db) : m_db(db) {}

    // Per month with records, oldest first (months without records are absent); stageId 0: every stage.
    Result<std::vector<VocMonth>> monthly(QDate from, QDate to, const QString& metric, core::Id stageId = 0);
    // Per journey stage with records, by stage id (0, records without a stage, first).
    Result<std::vector<VocStage>> byStage(QDate from, QDate to, const QString& metric);
    // Every record, of every metric.
    Result<qint64> count();
    // What customers wrote: the records of every metric in [from, to] with a verbatim, newest first, at most
    // `limit`; of one journey stage (0: records without a stage), or of every stage (nullopt).
    Result<std::vector<VocRecord>> verbatims(QDate from, QDate to, std::optional<core::Id> stage, int limit);

private:
    Database& m_db;
};

} // namespace tiller::storage
