#include "tiller/storage/BinRepository.h"

#include "RepositorySupport.h"
#include "tiller/storage/Database.h"

namespace tiller::storage {

using namespace detail;

namespace {

QStringList binColumns()
{
    return {QStringLiteral("code"),     QStringLiteral("name"),    QStringLiteral("domain_id"),
            QStringLiteral("owner_id"), QStringLiteral("status"),  QStringLiteral("priority"),
            QStringLiteral("horizon"),  QStringLiteral("start_date"), QStringLiteral("end_date"),
            QStringLiteral("budget"), QStringLiteral("effort_days")};
}

QVariant dateOrNull(const QDate& d) { return nullableDate(d); }

QVariantList binValues(const core::ProjectBin& b)
{
    return {b.code.trimmed(),      b.name.trimmed(),        nullableId(b.domainId),
            nullableId(b.ownerId), core::toKey(b.status),   b.priority,
            core::toKey(b.horizon), dateOrNull(b.start),    dateOrNull(b.end),
            nullableAmount(b.budget), nullableAmount(b.effortDays)};
}

QString dateText(const QDate& d) { return d.isValid() ? d.toString(Qt::ISODate) : QString(); }

} // namespace

Result<std::vector<core::ProjectBin>> BinRepository::loadBins()
{
    return selectAll<core::ProjectBin>(
        m_db.d(),
        QStringLiteral("SELECT id, code, name, domain_id, owner_id, status, priority, horizon, start_date, end_date, "
                       "budget, version, effort_days FROM project_bin ORDER BY id"),
        [](QSqlQuery& q) {
            core::ProjectBin b;
            b.id = q.value(0).toLongLong();
            b.code = q.value(1).toString();
            b.name = q.value(2).toString();
            b.domainId = idOrZero(q.value(3));
            b.ownerId = idOrZero(q.value(4));
            b.status = core::binStatusFromKey(q.value(5).toString()).value_or(core::BinStatus::Proposed);
            b.priority = q.value(6).toInt();
            b.horizon = core::horizonFromKey(q.value(7).toString()).value_or(core::Horizon::Unset);
            b.start = QDate::fromString(q.value(8).toString(), Qt::ISODate);
            b.end = QDate::fromString(q.value(9).toString(), Qt::ISODate);
            b.budget = q.value(10).toDouble();
            b.version = q.value(11).toLongLong();
            b.effortDays = q.value(12).toDouble();
            return b;
        });
}

Status BinRepository::insert(core::ProjectBin& bin)
{
    DatabasePrivate* d = m_db.d();
    if (auto s = insertRow(d, QStringLiteral("project_bin"), binColumns(), binValues(bin), bin.id); !s) {
        return s;
    }
    bin.version = 1;
    StorageError error;
    if (!d->audit(QStringLiteral("bin"), bin.id, QString(), QString(), QStringLiteral("%1 %2").arg(bin.code, bin.name),
                  &error)) {
        return unexpected(error);
    }
    return {};
}

Status BinRepository::update(const core::ProjectBin& before, core::ProjectBin& after)
{
    DatabasePrivate* d = m_db.d();
    if (auto s = updateRow(d, QStringLiteral("project_bin"), binColumns(), binValues(after), before.id, before.version);
        !s) {
        return s;
    }
    AuditDiff diff(d, QStringLiteral("bin"), before.id);
    diff.add("code", before.code, after.code);
    diff.add("name", before.name, after.name);
    diff.add("domain_id", before.domainId, after.domainId);
    diff.add("owner_id", before.ownerId, after.ownerId);
    diff.add("status", core::toKey(before.status), core::toKey(after.status));
    diff.add("priority", before.priority, after.priority);
    diff.add("horizon", core::toKey(before.horizon), core::toKey(after.horizon));
    diff.add("start_date", dateText(before.start), dateText(after.start));
    diff.add("end_date", dateText(before.end), dateText(after.end));
    diff.add("budget", before.budget, after.budget);
    diff.add("effort_days", before.effortDays, after.effortDays);
    StorageError error;
    if (!diff.write(&error)) {
        return unexpected(error);
    }
    after.version = before.version + 1;
    return {};
}

Status BinRepository::remove(const core::ProjectBin& bin)
{
    DatabasePrivate* d = m_db.d();
    if (auto s = deleteRow(d, QStringLiteral("project_bin"), bin.id, bin.version); !s) {
        return s;
    }
    StorageError error;
    if (!d->audit(QStringLiteral("bin"), bin.id, QString(), QStringLiteral("%1 %2").arg(bin.code, bin.name), QString(),
                  &error)) {
        return unexpected(error);
    }
    return {};
}

Result<std::vector<core::BinDependency>> BinRepository::loadDependencies()
{
    return selectAll<core::BinDependency>(
        m_db.d(),
        QStringLiteral("SELECT id, predecessor_id, successor_id, lag_days, version FROM bin_dependency ORDER BY id"),
        [](QSqlQuery& q) {
            return core::BinDependency{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                                       q.value(3).toInt(), q.value(4).toLongLong()};
        });
}

Result<QHash<core::Id, TaskCount>> BinRepository::taskCounts()
{
    auto rows = selectAll<std::pair<core::Id, TaskCount>>(
        m_db.d(),
        QStringLiteral("SELECT bin_id, COUNT(*), SUM(CASE WHEN status = 'done' THEN 1 ELSE 0 END) "
                       "FROM task GROUP BY bin_id"),
        [](QSqlQuery& q) {
            return std::pair(q.value(0).toLongLong(), TaskCount{q.value(2).toInt(), q.value(1).toInt()});
        });
    if (!rows) {
        return unexpected(rows.error());
    }
    QHash<core::Id, TaskCount> out;
    out.reserve(qsizetype(rows->size()));
    for (const auto& [bin, count] : *rows) {
        out.insert(bin, count);
    }
    return out;
}

Status BinRepository::insert(core::BinDependency& dep)
{
    DatabasePrivate* d = m_db.d();
    if (auto s = insertRow(d, QStringLiteral("bin_dependency"),
                           {QStringLiteral("predecessor_id"), QStringLiteral("successor_id"), QStringLiteral("lag_days")},
                           {dep.predecessor, dep.successor, dep.lagDays}, dep.id);
        !s) {
        return s;
    }
    dep.version = 1;
    StorageError error;
    if (!d->audit(QStringLiteral("bin_dependency"), dep.id, QString(), QString(),
                  QStringLiteral("%1 → %2 (+%3 d)").arg(dep.predecessor).arg(dep.successor).arg(dep.lagDays), &error)) {
        return unexpected(error);
    }
    return {};
}

Status BinRepository::update(const core::BinDependency& before, core::BinDependency& after)
{
    DatabasePrivate* d = m_db.d();
    if (auto s = updateRow(d, QStringLiteral("bin_dependency"), {QStringLiteral("lag_days")}, {after.lagDays}, before.id,
                           before.version);
        !s) {
        return s;
    }
    AuditDiff diff(d, QStringLiteral("bin_dependency"), before.id);
    diff.add("lag_days", before.lagDays, after.lagDays);
    StorageError error;
    if (!diff.write(&error)) {
        return unexpected(error);
    }
    after.version = before.version + 1;
    return {};
}

Status BinRepository::remove(const core::BinDependency& dep)
{
    DatabasePrivate* d = m_db.d();
    if (auto s = deleteRow(d, QStringLiteral("bin_dependency"), dep.id, dep.version); !s) {
        return s;
    }
    StorageError error;
    if (!d->audit(QStringLiteral("bin_dependency"), dep.id, QString(),
                  QStringLiteral("%1 → %2").arg(dep.predecessor).arg(dep.successor), QString(), &error)) {
        return unexpected(error);
    }
    return {};
}

} // namespace tiller::storage
