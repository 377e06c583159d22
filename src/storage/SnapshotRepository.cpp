#include "tiller/storage/SnapshotRepository.h"

#include "RepositorySupport.h"
#include "tiller/storage/Database.h"

namespace tiller::storage {

using namespace detail;

Result<std::vector<core::DecisionSnapshot>> SnapshotRepository::loadAll()
{
    return selectAll<core::DecisionSnapshot>(
        m_db.d(),
        QStringLiteral("SELECT id, kind, title, taken_at, actor, rationale, round_id, payload FROM decision_snapshot "
                       "ORDER BY id"),
        [](QSqlQuery& q) {
            core::DecisionSnapshot s;
            s.id = q.value(0).toLongLong();
            s.kind = q.value(1).toString();
            s.title = q.value(2).toString();
            s.takenAt = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
            s.actor = q.value(4).toString();
            s.rationale = q.value(5).toString();
            s.roundId = idOrZero(q.value(6));
            s.payload = q.value(7).toString();
            return s;
        });
}

Status SnapshotRepository::insert(core::DecisionSnapshot& snapshot)
{
    DatabasePrivate* d = m_db.d();
    if (auto s = insertRow(d, QStringLiteral("decision_snapshot"),
                           {QStringLiteral("kind"), QStringLiteral("title"), QStringLiteral("taken_at"),
                            QStringLiteral("actor"), QStringLiteral("rationale"), QStringLiteral("round_id"),
                            QStringLiteral("payload")},
                           {snapshot.kind, snapshot.title, snapshot.takenAt.toUTC().toString(Qt::ISODateWithMs),
                            snapshot.actor, snapshot.rationale, nullableId(snapshot.roundId), snapshot.payload},
                           snapshot.id);
        !s) {
        return s;
    }
    StorageError error;
    if (!d->audit(QStringLiteral("decision_snapshot"), snapshot.id, QString(), QString(), snapshot.title, &error)) {
        return unexpected(error);
    }
    return {};
}

Status SnapshotRepository::remove(const core::DecisionSnapshot& snapshot)
{
    DatabasePrivate* d = m_db.d();
    QSqlQuery q = d->query();
    q.prepare(QStringLiteral("DELETE FROM decision_snapshot WHERE id = ?"));
    q.addBindValue(snapshot.id);
    StorageError error;
    if (!d->exec(q, &error)) {
        return unexpected(error);
    }
    if (!d->audit(QStringLiteral("decision_snapshot"), snapshot.id, QString(), snapshot.title, QString(), &error)) {
        return unexpected(error);
    }
    return {};
}

} // namespace tiller::storage
