#include "tiller/storage/ScoringRepository.h"

#include "RepositorySupport.h"
#include "tiller/storage/Database.h"

#include <QHash>

namespace tiller::storage {

using namespace detail;

namespace {

QStringList criterionColumns()
{
    return {QStringLiteral("model_id"),  QStringLiteral("name"),      QStringLiteral("side"),
            QStringLiteral("role"),      QStringLiteral("weight"),    QStringLiteral("scale_min"),
            QStringLiteral("scale_max"), QStringLiteral("sort_order")};
}

QVariantList criterionValues(core::Id modelId, const core::Criterion& c)
{
    return {modelId,     c.name.trimmed(), core::toKey(c.side), core::toKey(c.role),
            c.weight,    c.scaleMin,       c.scaleMax,          c.sortOrder};
}

QString scoreField(const core::ScoreValue& v)
{
    return v.personId == 0 ? QStringLiteral("criterion %1").arg(v.criterionId)
                           : QStringLiteral("criterion %1 by person %2").arg(v.criterionId).arg(v.personId);
}

} // namespace

Result<std::vector<core::ScoringModel>> ScoringRepository::loadModels()
{
    DatabasePrivate* d = m_db.d();
    auto models = selectAll<core::ScoringModel>(
        d, QStringLiteral("SELECT id, name, kind, version FROM scoring_model ORDER BY id"), [](QSqlQuery& q) {
            core::ScoringModel m;
            m.id = q.value(0).toLongLong();
            m.name = q.value(1).toString();
            m.kind = core::modelKindFromKey(q.value(2).toString()).value_or(core::ModelKind::Weighted);
            m.version = q.value(3).toLongLong();
            return m;
        });
    if (!models) {
        return models;
    }
    auto criteria = selectAll<std::pair<core::Id, core::Criterion>>(
        d,
        QStringLiteral("SELECT model_id, id, name, side, role, weight, scale_min, scale_max, sort_order, version "
                       "FROM scoring_criterion ORDER BY model_id, sort_order, id"),
        [](QSqlQuery& q) {
            core::Criterion c;
            c.id = q.value(1).toLongLong();
            c.name = q.value(2).toString();
            c.side = core::criterionSideFromKey(q.value(3).toString()).value_or(core::CriterionSide::Benefit);
            c.role = core::criterionRoleFromKey(q.value(4).toString()).value_or(core::CriterionRole::Generic);
            c.weight = q.value(5).toDouble();
            c.scaleMin = q.value(6).toDouble();
            c.scaleMax = q.value(7).toDouble();
            c.sortOrder = q.value(8).toInt();
            c.version = q.value(9).toLongLong();
            return std::pair{q.value(0).toLongLong(), c};
        });
    if (!criteria) {
        return unexpected(criteria.error());
    }
    QHash<core::Id, core::ScoringModel*> byId;
    for (auto& m : *models) {
        byId.insert(m.id, &m);
    }
    for (auto& [modelId, c] : *criteria) {
        if (auto* m = byId.value(modelId)) {
            m->criteria.append(c);
        }
    }
    return models;
}

Status ScoringRepository::insertCriterion(core::Id modelId, core::Criterion& c)
{
    if (auto s = insertRow(m_db.d(), QStringLiteral("scoring_criterion"), criterionColumns(),
                           criterionValues(modelId, c), c.id);
        !s) {
        return s;
    }
    c.version = 1;
    return {};
}

Status ScoringRepository::insertModel(core::ScoringModel& model)
{
    DatabasePrivate* d = m_db.d();
    if (auto s = insertRow(d, QStringLiteral("scoring_model"), {QStringLiteral("name"), QStringLiteral("kind")},
                           {model.name.trimmed(), core::toKey(model.kind)}, model.id);
        !s) {
        return s;
    }
    model.version = 1;
    for (core::Criterion& c : model.criteria) {
        if (auto s = insertCriterion(model.id, c); !s) {
            return s;
        }
    }
    StorageError error;
    if (!d->audit(QStringLiteral("scoring_model"), model.id, QString(), QString(), model.name, &error)) {
        return unexpected(error);
    }
    return {};
}

Status ScoringRepository::updateModel(const core::ScoringModel& before, core::ScoringModel& after)
{
    DatabasePrivate* d = m_db.d();
    if (auto s = updateRow(d, QStringLiteral("scoring_model"), {QStringLiteral("name"), QStringLiteral("kind")},
                           {after.name.trimmed(), core::toKey(after.kind)}, before.id, before.version);
        !s) {
        return s;
    }
    AuditDiff diff(d, QStringLiteral("scoring_model"), before.id);
    diff.add("name", before.name, after.name);
    diff.add("kind", core::toKey(before.kind), core::toKey(after.kind));

    QHash<core::Id, const core::Criterion*> old;
    for (const core::Criterion& c : before.criteria) {
        old.insert(c.id, &c);
    }
    for (core::Criterion& c : after.criteria) {
        const core::Criterion* was = c.id != 0 ? old.take(c.id) : nullptr;
        if (!was) {
            if (auto s = insertCriterion(before.id, c); !s) {
                return s;
            }
            diff.add("criterion", QString(), c.name);
            continue;
        }
        core::Criterion current = *was;
        if (current == c) {
            continue;
        }
        if (auto s = updateRow(d, QStringLiteral("scoring_criterion"), criterionColumns(), criterionValues(before.id, c),
                               c.id, was->version);
            !s) {
            return s;
        }
        c.version = was->version + 1;
        const QString prefix = QStringLiteral("criterion %1 ").arg(c.id);
        if (was->weight != c.weight) {
            diff.add((prefix + QStringLiteral("weight")).toUtf8().constData(), was->weight, c.weight);
        }
        if (was->name != c.name) {
            diff.add((prefix + QStringLiteral("name")).toUtf8().constData(), was->name, c.name);
        }
        if (was->side != c.side) {
            diff.add((prefix + QStringLiteral("side")).toUtf8().constData(), core::toKey(was->side), core::toKey(c.side));
        }
        if (was->scaleMin != c.scaleMin || was->scaleMax != c.scaleMax) {
            diff.add((prefix + QStringLiteral("scale")).toUtf8().constData(),
                     QStringLiteral("%1–%2").arg(was->scaleMin).arg(was->scaleMax),
                     QStringLiteral("%1–%2").arg(c.scaleMin).arg(c.scaleMax));
        }
    }
    for (const core::Criterion* gone : std::as_const(old)) {
        if (auto s = deleteRow(d, QStringLiteral("scoring_criterion"), gone->id, gone->version); !s) {
            return s;
        }
        diff.add("criterion", gone->name, QString());
    }
    StorageError error;
    if (!diff.write(&error)) {
        return unexpected(error);
    }
    after.version = before.version + 1;
    return {};
}

Status ScoringRepository::removeModel(const core::ScoringModel& model)
{
    DatabasePrivate* d = m_db.d();
    if (auto s = deleteRow(d, QStringLiteral("scoring_model"), model.id, model.version); !s) {
        return s;
    }
    StorageError error;
    if (!d->audit(QStringLiteral("scoring_model"), model.id, QString(), model.name, QString(), &error)) {
        return unexpected(error);
    }
    return {};
}

static core::ScoreValue scoreFromRow(QSqlQuery& q)
{
    return core::ScoreValue{q.value(0).toLongLong(), q.value(1).toLongLong(), idOrZero(q.value(2)), q.value(3).toDouble()};
}

Result<std::vector<core::ScoreValue>> ScoringRepository::loadAgreedScores()
{
    return selectAll<core::ScoreValue>(m_db.d(),
                                       QStringLiteral("SELECT initiative_id, criterion_id, person_id, value FROM "
                                                      "initiative_score WHERE person_id IS NULL"),
                                       scoreFromRow);
}

Result<std::vector<core::ScoreValue>> ScoringRepository::loadRaterScores(core::Id initiativeId)
{
    DatabasePrivate* d = m_db.d();
    QSqlQuery q = d->query();
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT initiative_id, criterion_id, person_id, value FROM initiative_score "
                             "WHERE person_id IS NOT NULL AND (? = 0 OR initiative_id = ?) "
                             "ORDER BY initiative_id, criterion_id, person_id"));
    q.addBindValue(initiativeId);
    q.addBindValue(initiativeId);
    StorageError error;
    if (!d->exec(q, &error)) {
        return unexpected(error);
    }
    std::vector<core::ScoreValue> out;
    while (q.next()) {
        out.push_back(scoreFromRow(q));
    }
    return out;
}

Status ScoringRepository::writeScore(const std::optional<core::ScoreValue>& before,
                                     const std::optional<core::ScoreValue>& after)
{
    DatabasePrivate* d = m_db.d();
    const core::ScoreValue& key = after ? *after : *before;
    StorageError error;
    QSqlQuery del = d->query();
    del.prepare(QStringLiteral("DELETE FROM initiative_score WHERE initiative_id = ? AND criterion_id = ? AND "
                               "(person_id = ? OR (person_id IS NULL AND ? = 0))"));
    del.addBindValue(key.initiativeId);
    del.addBindValue(key.criterionId);
    del.addBindValue(key.personId);
    del.addBindValue(key.personId);
    if (!d->exec(del, &error)) {
        return unexpected(error);
    }
    if (after) {
        QSqlQuery ins = d->query();
        ins.prepare(QStringLiteral(
            "INSERT INTO initiative_score (initiative_id, criterion_id, person_id, value) VALUES (?, ?, ?, ?)"));
        ins.addBindValue(after->initiativeId);
        ins.addBindValue(after->criterionId);
        ins.addBindValue(nullableId(after->personId));
        ins.addBindValue(after->value);
        if (!d->exec(ins, &error)) {
            return unexpected(error);
        }
    }
    if (!d->audit(QStringLiteral("initiative_score"), key.initiativeId, scoreField(key),
                  before ? QString::number(before->value) : QString(),
                  after ? QString::number(after->value) : QString(), &error)) {
        return unexpected(error);
    }
    return {};
}

} // namespace tiller::storage
