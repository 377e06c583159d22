#include "tiller/storage/VocRepository.h"

#include "RepositorySupport.h"
#include "tiller/storage/Database.h"

namespace tiller::storage {

using namespace detail;

namespace {

// The counts of core::ScoreCounts, thresholds included, as portable SQL (columns 1 to 5 after the group key).
// The WHERE keeps to `metric = ? AND recorded_on >= ? AND recorded_on < ?` so that the voc_record_metric_date
// index (metric, recorded_on) applies; the upper bound is the day after `to`, so a value carrying a time on the
// last day is still inside.
const QString countsColumns = QStringLiteral("count(*), "
                                             "sum(CASE WHEN score >= 9 THEN 1 ELSE 0 END), "
                                             "sum(CASE WHEN score <= 6 THEN 1 ELSE 0 END), "
                                             "sum(CASE WHEN score >= 4 THEN 1 ELSE 0 END), "
                                             "sum(score)");
const QString rangeFilter = QStringLiteral("metric = ? AND recorded_on >= ? AND recorded_on < ?");

core::ScoreCounts countsFrom(const QSqlQuery& q, int first)
{
    core::ScoreCounts c;
    c.n = q.value(first).toLongLong();
    c.promoters = q.value(first + 1).toLongLong();
    c.detractors = q.value(first + 2).toLongLong();
    c.satisfied = q.value(first + 3).toLongLong();
    c.sum = q.value(first + 4).toDouble();
    return c;
}

// The metric key checked against the three the schema allows: it is bound, never written into SQL, and a wrong
// one is the caller's mistake, reported as such rather than as an empty chart.
Result<QString> checkedMetric(DatabasePrivate* d, const QString& metric)
{
    if (!core::vocMetricFromKey(metric)) {
        StorageError e;
        e.code = StorageError::Code::Constraint;
        e.path = d->path;
        e.detail = QStringLiteral("unknown VoC metric '%1' (nps, csat or ces)").arg(metric.left(40));
        return unexpected(e);
    }
    return metric;
}

Result<bool> checkedRange(DatabasePrivate* d, QDate from, QDate to)
{
    if (!from.isValid() || !to.isValid()) {
        StorageError e;
        e.code = StorageError::Code::Constraint;
        e.path = d->path;
        e.detail = QStringLiteral("a VoC period needs two valid dates");
        return unexpected(e);
    }
    return from <= to;
}

template <typename T, typename Fn>
Result<std::vector<T>> aggregate(DatabasePrivate* d, const QString& sql, const QVariantList& values, Fn&& fromRow)
{
    QSqlQuery q = d->query();
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant& v : values) {
        q.addBindValue(v);
    }
    StorageError error;
    if (!d->exec(q, &error)) {
        return unexpected(error);
    }
    std::vector<T> out;
    while (q.next()) {
        out.push_back(fromRow(q));
    }
    if (q.lastError().isValid()) {
        return unexpected(d->errorFrom(q.lastError(), sql.left(60)));
    }
    return out;
}

} // namespace

Result<std::vector<VocMonth>> VocRepository::monthly(QDate from, QDate to, const QString& metric, core::Id stageId)
{
    DatabasePrivate* d = m_db.d();
    const auto key = checkedMetric(d, metric);
    if (!key) {
        return unexpected(key.error());
    }
    const auto nonEmpty = checkedRange(d, from, to);
    if (!nonEmpty) {
        return unexpected(nonEmpty.error());
    }
    if (!*nonEmpty) {
        return std::vector<VocMonth>{};
    }
    QVariantList values{*key, from.toString(Qt::ISODate), to.addDays(1).toString(Qt::ISODate)};
    QString sql =
        QStringLiteral("SELECT substr(recorded_on, 1, 7), %1 FROM voc_record WHERE %2").arg(countsColumns, rangeFilter);
    if (stageId != 0) {
        sql += QStringLiteral(" AND stage_id = ?");
        values.append(stageId);
    }
    sql += QStringLiteral(" GROUP BY substr(recorded_on, 1, 7) ORDER BY 1");
    return aggregate<VocMonth>(d, sql, values, [](const QSqlQuery& q) {
        return VocMonth{q.value(0).toString(), countsFrom(q, 1)};
    });
}

Result<std::vector<VocStage>> VocRepository::byStage(QDate from, QDate to, const QString& metric)
{
    DatabasePrivate* d = m_db.d();
    const auto key = checkedMetric(d, metric);
    if (!key) {
        return unexpected(key.error());
    }
    const auto nonEmpty = checkedRange(d, from, to);
    if (!nonEmpty) {
        return unexpected(nonEmpty.error());
    }
    if (!*nonEmpty) {
        return std::vector<VocStage>{};
    }
    // NULL (no stage) becomes 0 in SQL, so that it groups and sorts first on both databases.
    const QString sql = QStringLiteral("SELECT CASE WHEN stage_id IS NULL THEN 0 ELSE stage_id END AS stage, %1 "
                                       "FROM voc_record WHERE %2 GROUP BY 1 ORDER BY 1")
                            .arg(countsColumns, rangeFilter);
    const QVariantList values{*key, from.toString(Qt::ISODate), to.addDays(1).toString(Qt::ISODate)};
    return aggregate<VocStage>(d, sql, values, [](const QSqlQuery& q) {
        return VocStage{q.value(0).toLongLong(), countsFrom(q, 1)};
    });
}

Result<qint64> VocRepository::count()
{
    DatabasePrivate* d = m_db.d();
    QSqlQuery q = d->query();
    StorageError error;
    q.prepare(QStringLiteral("SELECT count(*) FROM voc_record"));
    if (!d->exec(q, &error)) {
        return unexpected(error);
    }
    if (!q.next()) {
        return unexpected(d->errorFrom(q.lastError()));
    }
    return q.value(0).toLongLong();
}

Result<std::vector<VocRecord>> VocRepository::verbatims(QDate from, QDate to, std::optional<core::Id> stage, int limit)
{
    DatabasePrivate* d = m_db.d();
    const auto nonEmpty = checkedRange(d, from, to);
    if (!nonEmpty) {
        return unexpected(nonEmpty.error());
    }
    if (!*nonEmpty || limit <= 0) {
        return std::vector<VocRecord>{};
    }
    // The three metrics named, so that the (metric, recorded_on) index serves the range.
    QString sql = QStringLiteral("SELECT recorded_on, channel, stage_id, metric, score, verbatim FROM voc_record "
                                 "WHERE metric IN ('nps', 'csat', 'ces') AND recorded_on >= ? AND recorded_on < ? "
                                 "AND verbatim <> ''");
    QVariantList values{from.toString(Qt::ISODate), to.addDays(1).toString(Qt::ISODate)};
    if (stage && *stage == 0) {
        sql += QStringLiteral(" AND stage_id IS NULL");
    } else if (stage) {
        sql += QStringLiteral(" AND stage_id = ?");
        values.append(*stage);
    }
    sql += QStringLiteral(" ORDER BY recorded_on DESC, id DESC LIMIT ?");
    values.append(limit);
    return aggregate<VocRecord>(d, sql, values, [](const QSqlQuery& q) {
        return VocRecord{QDate::fromString(q.value(0).toString().left(10), Qt::ISODate),
                         q.value(1).toString(),
                         q.value(2).isNull() ? 0 : q.value(2).toLongLong(),
                         q.value(3).toString(),
                         q.value(4).toDouble(),
                         q.value(5).toString()};
    });
}

} // namespace tiller::storage
