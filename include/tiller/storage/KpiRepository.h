// Key performance indicators with their two latest measurements up to a date, read by SQL: the measurements stay
// in the database.
#pragma once

#include "tiller/storage/Repositories.h"

#include <QDate>
#include <QString>
#include <optional>
#include <vector>

namespace tiller::storage {

struct KpiReading
{
    core::Id id = 0;
    QString name;
    QString unit;
    std::optional<double> target;
    QString direction; // "up" or "down": which way is better
    core::Id stageId = 0;
    // The last measurement on or before the date asked for, and the one before it (invalid dates: none).
    QDate latestOn;
    double latest = 0;
    QDate previousOn;
    double previous = 0;
    bool operator==(const KpiReading&) const = default;
};

class KpiRepository
{
public:
    explicit KpiRepository(Database& db) : m_db(db) {}
    // Every KPI, by name, with its two latest measurements on or before `until` (an invalid date: refused).
    Result<std::vector<KpiReading>> readings(QDate until);

private:
    Database& m_db;
};

} // namespace tiller::storage
