#include "tiller/storage/KpiRepository.h"

#include "RepositorySupport.h"
#include "tiller/storage/Database.h"

#include <QHash>

namespace tiller::storage {

using namespace detail;

Result<std::vector<KpiReading>> KpiRepository::readings(QDate until)
{
    DatabasePrivate* d = m_db.d();
    if (!until.isValid()) {
        StorageError e;
        e.code = StorageError::Code::Constraint;
        e.path = d->path;
        e.detail = QStringLiteral("KPI readings need a valid date");
        return unexpected(e);
    }
    std::vector<KpiReading> out;
    QHash<core::Id, std::size_t> row;
    {
        QSqlQuery q = d->query();
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT id, name, unit, target, direction, stage_id FROM kpi ORDER BY name, id"));
        StorageError error;
        if (!d->exec(q, &error)) {
            return unexpected(error);
        }
        while (q.next()) {
            KpiReading k;
            k.id = q.value(0).toLongLong();
            k.name = q.value(1).toString();
            k.unit = q.value(2).toString();
            if (!q.value(3).isNull()) {
                k.target = q.value(3).toDouble();
            }
            k.direction = q.value(4).toString();
            k.stageId = q.value(5).toLongLong();
            row.insert(k.id, out.size());
            out.push_back(std::move(k));
        }
    }
    // The two latest measurements of each KPI in one pass: a window function, which SQLite (3.25+) and
    // PostgreSQL both have. The bound is the day after `until`, so a value carrying a time on that day is in.
    QSqlQuery q = d->query();
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT kpi_id, measured_on, value, rn FROM ("
                             "SELECT kpi_id, measured_on, value, "
                             "row_number() OVER (PARTITION BY kpi_id ORDER BY measured_on DESC, id DESC) AS rn "
                             "FROM kpi_measurement WHERE measured_on < ?) t WHERE rn <= 2"));
    q.addBindValue(until.addDays(1).toString(Qt::ISODate));
    StorageError error;
    if (!d->exec(q, &error)) {
        return unexpected(error);
    }
    while (q.next()) {
        const auto it = row.constFind(q.value(0).toLongLong());
        if (it == row.constEnd()) {
            continue;
        }
        KpiReading& k = out[*it];
        const QDate on = QDate::fromString(q.value(1).toString().left(10), Qt::ISODate);
        if (q.value(3).toInt() == 1) {
            k.latestOn = on;
            k.latest = q.value(2).toDouble();
        } else {
            k.previousOn = on;
            k.previous = q.value(2).toDouble();
        }
    }
    return out;
}

} // namespace tiller::storage
