#include "tiller/storage/Repositories.h"

#include "DatabasePrivate.h"
#include "RepositorySupport.h"
#include "tiller/storage/Database.h"

#include <QStringList>

namespace tiller::storage {

using core::unexpected;
using namespace detail;

// ---- Program ---------------------------------------------------------------

Result<core::Program> ProgramRepository::load()
{
    auto rows = selectAll<core::Program>(
        m_db.d(),
        QStringLiteral("SELECT id, name, vision, scoring_model_id, value_threshold, effort_threshold, "
                       "short_term_months, medium_term_months, long_term_months, version, board_cadence, "
                       "engagement, cx_lead_id, cx_reports_to, raci_limit FROM program ORDER BY id LIMIT 1"),
        [](QSqlQuery& q) {
            core::Program p;
            p.id = q.value(0).toLongLong();
            p.name = q.value(1).toString();
            p.vision = q.value(2).toString();
            p.scoringModelId = idOrZero(q.value(3));
            p.valueThreshold = q.value(4).toDouble();
            p.effortThreshold = q.value(5).toDouble();
            p.shortTermMonths = q.value(6).toInt();
            p.mediumTermMonths = q.value(7).toInt();
            p.longTermMonths = q.value(8).toInt();
            p.version = q.value(9).toLongLong();
            p.boardCadence = core::boardCadenceFromKey(q.value(10).toString()).value_or(core::BoardCadence::Monthly);
            p.engagement = q.value(11).toInt() != 0;
            p.cxLeadId = idOrZero(q.value(12));
            p.cxReportsTo = q.value(13).toString();
            p.raciLimit = q.value(14).toInt();
            return p;
        });
    if (!rows) {
        return unexpected(rows.error());
    }
    if (rows->empty()) {
        return core::Program{};
    }
    core::Program p = rows->front();
    auto envelopes = selectAll<QPair<int, double>>(
        m_db.d(), QStringLiteral("SELECT year, amount FROM budget_envelope ORDER BY year"),
        [](QSqlQuery& q) { return qMakePair(q.value(0).toInt(), q.value(1).toDouble()); });
    if (!envelopes) {
        return unexpected(envelopes.error());
    }
    for (const auto& [year, amount] : *envelopes) {
        p.budgetEnvelopes.insert(year, amount);
    }
    return p;
}

// The envelopes are the program's: rewritten whole when they change.
static Status writeEnvelopes(DatabasePrivate* d, const QMap<int, double>& envelopes)
{
    StorageError error;
    QSqlQuery del = d->query();
    del.prepare(QStringLiteral("DELETE FROM budget_envelope"));
    if (!d->exec(del, &error)) {
        return unexpected(error);
    }
    QSqlQuery ins = d->query();
    ins.prepare(QStringLiteral("INSERT INTO budget_envelope (year, amount) VALUES (?, ?)"));
    for (auto it = envelopes.cbegin(); it != envelopes.cend(); ++it) {
        ins.addBindValue(it.key());
        ins.addBindValue(it.value());
        if (!d->exec(ins, &error)) {
            return unexpected(error);
        }
    }
    return {};
}

static QString envelopesText(const QMap<int, double>& envelopes)
{
    QStringList parts;
    for (auto it = envelopes.cbegin(); it != envelopes.cend(); ++it) {
        parts.append(QStringLiteral("%1:%2").arg(it.key()).arg(it.value(), 0, 'g', 12));
    }
    return parts.join(QLatin1Char(','));
}

static QStringList programColumns()
{
    return {QStringLiteral("name"), QStringLiteral("vision"), QStringLiteral("scoring_model_id"),
            QStringLiteral("value_threshold"), QStringLiteral("effort_threshold"),
            QStringLiteral("short_term_months"), QStringLiteral("medium_term_months"),
            QStringLiteral("long_term_months"), QStringLiteral("board_cadence"), QStringLiteral("engagement"),
            QStringLiteral("cx_lead_id"),       QStringLiteral("cx_reports_to"),     QStringLiteral("raci_limit")};
}

static QVariantList programValues(const core::Program& p)
{
    return {p.name,           p.vision,           nullableId(p.scoringModelId), p.valueThreshold,
            p.effortThreshold, p.shortTermMonths, p.mediumTermMonths,           p.longTermMonths,
            core::toKey(p.boardCadence), p.engagement ? 1 : 0, nullableId(p.cxLeadId), p.cxReportsTo, p.raciLimit};
}

Status ProgramRepository::insert(core::Program& p)
{
    DatabasePrivate* d = m_db.d();
    if (auto s = insertRow(d, QStringLiteral("program"), programColumns(), programValues(p), p.id);
        !s) {
        return s;
    }
    p.version = 1;
    if (auto s = writeEnvelopes(d, p.budgetEnvelopes); !s) {
        return s;
    }
    StorageError error;
    if (!d->audit(QStringLiteral("program"), p.id, QString(), QString(), p.name, &error)) {
        return unexpected(error);
    }
    return {};
}

Status ProgramRepository::remove(const core::Program& p)
{
    DatabasePrivate* d = m_db.d();
    if (auto s = deleteRow(d, QStringLiteral("program"), p.id, p.version); !s) {
        return s;
    }
    StorageError error;
    if (!d->audit(QStringLiteral("program"), p.id, QString(), p.name, QString(), &error)) {
        return unexpected(error);
    }
    return {};
}

Status ProgramRepository::update(const core::Program& before, core::Program& after)
{
    DatabasePrivate* d = m_db.d();
    if (auto s = updateRow(d, QStringLiteral("program"), programColumns(), programValues(after), before.id,
                           before.version);
        !s) {
        return s;
    }
    AuditDiff diff(d, QStringLiteral("program"), before.id);
    diff.add("name", before.name, after.name);
    diff.add("vision", before.vision, after.vision);
    diff.add("scoring_model_id", before.scoringModelId, after.scoringModelId);
    diff.add("value_threshold", before.valueThreshold, after.valueThreshold);
    diff.add("effort_threshold", before.effortThreshold, after.effortThreshold);
    diff.add("short_term_months", before.shortTermMonths, after.shortTermMonths);
    diff.add("medium_term_months", before.mediumTermMonths, after.mediumTermMonths);
    diff.add("long_term_months", before.longTermMonths, after.longTermMonths);
    diff.add("board_cadence", core::toKey(before.boardCadence), core::toKey(after.boardCadence));
    diff.add("engagement", int(before.engagement), int(after.engagement));
    diff.add("cx_lead_id", before.cxLeadId, after.cxLeadId);
    diff.add("cx_reports_to", before.cxReportsTo, after.cxReportsTo);
    diff.add("raci_limit", before.raciLimit, after.raciLimit);
    diff.add("budget_envelopes", envelopesText(before.budgetEnvelopes), envelopesText(after.budgetEnvelopes));
    if (before.budgetEnvelopes != after.budgetEnvelopes) {
        if (auto s = writeEnvelopes(d, after.budgetEnvelopes); !s) {
            return s;
        }
    }
    StorageError error;
    if (!diff.write(&error)) {
        return unexpected(error);
    }
    after.version = before.version + 1;
    return {};
}

// ---- Initiatives -----------------------------------------------------------

Result<std::vector<core::Initiative>> InitiativeRepository::loadAll()
{
    DatabasePrivate* d = m_db.d();
    auto rows = selectAll<core::Initiative>(
        d,
        QStringLiteral("SELECT id, code, title, description, domain_id, owner_id, status, horizon, bin_id, priority, "
                       "version, budget, reach FROM initiative ORDER BY id"),
        [](QSqlQuery& q) {
            core::Initiative i;
            i.id = q.value(0).toLongLong();
            i.code = q.value(1).toString();
            i.title = q.value(2).toString();
            i.description = q.value(3).toString();
            i.domainId = idOrZero(q.value(4));
            i.ownerId = idOrZero(q.value(5));
            i.status = core::initiativeStatusFromKey(q.value(6).toString()).value_or(core::InitiativeStatus::Idea);
            i.horizon = core::horizonFromKey(q.value(7).toString()).value_or(core::Horizon::Unset);
            i.binId = idOrZero(q.value(8));
            i.priority = q.value(9).toInt();
            i.version = q.value(10).toLongLong();
            i.budget = q.value(11).toDouble();
            i.reach = q.value(12).toDouble();
            return i;
        });
    if (!rows) {
        return rows;
    }
    // Links in one pass each; rows are ordered by id like the initiatives.
    if (auto st = readLinks(d, QStringLiteral("initiative_pain_point"), QStringLiteral("initiative_id"),
                            QStringLiteral("pain_point_id"), *rows, &core::Initiative::painPoints);
        !st) {
        return unexpected(st.error());
    }
    // Pillars came with schema 4; an older file opened read-only (not migrated) has none.
    if (d->schemaVersion >= 4) {
        if (auto st = readLinks(d, QStringLiteral("initiative_pillar"), QStringLiteral("initiative_id"),
                                QStringLiteral("pillar_id"), *rows, &core::Initiative::pillars);
            !st) {
            return unexpected(st.error());
        }
    }
    return rows;
}

static QStringList initiativeColumns()
{
    return {QStringLiteral("code"),   QStringLiteral("title"),   QStringLiteral("description"),
            QStringLiteral("domain_id"), QStringLiteral("owner_id"), QStringLiteral("status"),
            QStringLiteral("horizon"), QStringLiteral("bin_id"), QStringLiteral("priority"),
            QStringLiteral("budget"), QStringLiteral("reach")};
}

static QVariantList initiativeValues(const core::Initiative& i)
{
    return {i.code.trimmed(),      i.title.trimmed(),     i.description,         nullableId(i.domainId),
            nullableId(i.ownerId), core::toKey(i.status), core::toKey(i.horizon), nullableId(i.binId),
            i.priority,            i.budget > 0 ? QVariant(i.budget) : QVariant(QMetaType::fromType<double>()),
            i.reach > 0 ? QVariant(i.reach) : QVariant(QMetaType::fromType<double>())};
}

Status InitiativeRepository::writePainPoints(const core::Initiative& i)
{
    return writeLinks(m_db.d(), QStringLiteral("initiative_pain_point"), QStringLiteral("initiative_id"),
                      QStringLiteral("pain_point_id"), i.id, i.painPoints);
}

static Status writePillars(DatabasePrivate* d, const core::Initiative& i)
{
    return writeLinks(d, QStringLiteral("initiative_pillar"), QStringLiteral("initiative_id"),
                      QStringLiteral("pillar_id"), i.id, i.pillars);
}

Status InitiativeRepository::insert(core::Initiative& i)
{
    DatabasePrivate* d = m_db.d();
    if (auto s = insertRow(d, QStringLiteral("initiative"), initiativeColumns(), initiativeValues(i), i.id); !s) {
        return s;
    }
    i.version = 1;
    if (auto s = writePainPoints(i); !s) {
        return s;
    }
    if (!i.pillars.isEmpty()) {
        if (auto s = writePillars(d, i); !s) {
            return s;
        }
    }
    StorageError error;
    if (!d->audit(QStringLiteral("initiative"), i.id, QString(), QString(),
                  QStringLiteral("%1 %2").arg(i.code, i.title), &error)) {
        return unexpected(error);
    }
    return {};
}

Status InitiativeRepository::update(const core::Initiative& before, core::Initiative& after)
{
    DatabasePrivate* d = m_db.d();
    if (auto s = updateRow(d, QStringLiteral("initiative"), initiativeColumns(), initiativeValues(after), before.id,
                           before.version);
        !s) {
        return s;
    }
    if (before.painPoints != after.painPoints) {
        if (auto s = writePainPoints(after); !s) {
            return s;
        }
    }
    if (before.pillars != after.pillars) {
        if (auto s = writePillars(d, after); !s) {
            return s;
        }
    }
    AuditDiff diff(d, QStringLiteral("initiative"), before.id);
    diff.add("code", before.code, after.code);
    diff.add("title", before.title, after.title);
    diff.add("description", before.description, after.description);
    diff.add("domain_id", before.domainId, after.domainId);
    diff.add("owner_id", before.ownerId, after.ownerId);
    diff.add("status", core::toKey(before.status), core::toKey(after.status));
    diff.add("horizon", core::toKey(before.horizon), core::toKey(after.horizon));
    diff.add("bin_id", before.binId, after.binId);
    diff.add("priority", before.priority, after.priority);
    diff.add("budget", before.budget, after.budget);
    diff.add("reach", before.reach, after.reach);
    diff.add("pain_points", before.painPoints, after.painPoints);
    diff.add("pillars", before.pillars, after.pillars);
    StorageError error;
    if (!diff.write(&error)) {
        return unexpected(error);
    }
    after.version = before.version + 1;
    return {};
}

Status InitiativeRepository::remove(const core::Initiative& i)
{
    DatabasePrivate* d = m_db.d();
    if (auto s = deleteRow(d, QStringLiteral("initiative"), i.id, i.version); !s) {
        return s;
    }
    StorageError error;
    if (!d->audit(QStringLiteral("initiative"), i.id, QString(), QStringLiteral("%1 %2").arg(i.code, i.title),
                  QString(), &error)) {
        return unexpected(error);
    }
    return {};
}

// ---- People ----------------------------------------------------------------

Result<std::vector<core::Person>> PersonRepository::loadAll()
{
    return selectAll<core::Person>(
        m_db.d(), QStringLiteral("SELECT id, name, email, team, roles, version FROM person ORDER BY id"),
        [](QSqlQuery& q) {
            return core::Person{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                                q.value(3).toString(), q.value(4).toInt(),     q.value(5).toLongLong()};
        });
}

static QStringList personColumns()
{
    return {QStringLiteral("name"), QStringLiteral("email"), QStringLiteral("team"), QStringLiteral("roles")};
}

Status PersonRepository::insert(core::Person& p)
{
    DatabasePrivate* d = m_db.d();
    if (auto s = insertRow(d, QStringLiteral("person"), personColumns(), {p.name.trimmed(), p.email.trimmed(), p.team, p.roles}, p.id);
        !s) {
        return s;
    }
    p.version = 1;
    StorageError error;
    if (!d->audit(QStringLiteral("person"), p.id, QString(), QString(), p.name, &error)) {
        return unexpected(error);
    }
    return {};
}

Status PersonRepository::update(const core::Person& before, core::Person& after)
{
    DatabasePrivate* d = m_db.d();
    if (auto s = updateRow(d, QStringLiteral("person"), personColumns(),
                           {after.name.trimmed(), after.email.trimmed(), after.team, after.roles}, before.id,
                           before.version);
        !s) {
        return s;
    }
    AuditDiff diff(d, QStringLiteral("person"), before.id);
    diff.add("name", before.name, after.name);
    diff.add("email", before.email, after.email);
    diff.add("team", before.team, after.team);
    diff.add("roles", before.roles, after.roles);
    StorageError error;
    if (!diff.write(&error)) {
        return unexpected(error);
    }
    after.version = before.version + 1;
    return {};
}

Status PersonRepository::remove(const core::Person& p)
{
    DatabasePrivate* d = m_db.d();
    if (auto s = deleteRow(d, QStringLiteral("person"), p.id, p.version); !s) {
        return s;
    }
    StorageError error;
    if (!d->audit(QStringLiteral("person"), p.id, QString(), p.name, QString(), &error)) {
        return unexpected(error);
    }
    return {};
}

Result<int> PersonRepository::usageCount(core::Id id)
{
    return countUses(m_db.d(),
                     {QStringLiteral("SELECT count(*) FROM initiative WHERE owner_id = ?"),
                      QStringLiteral("SELECT count(*) FROM project_bin WHERE owner_id = ?"),
                      QStringLiteral("SELECT count(*) FROM task WHERE owner_id = ?"),
                      QStringLiteral("SELECT count(*) FROM ballot WHERE voter_id = ?"),
                      QStringLiteral("SELECT count(*) FROM raci WHERE person_id = ?"),
                      QStringLiteral("SELECT count(*) FROM governance_body WHERE chair_id = ?"),
                      QStringLiteral("SELECT count(*) FROM body_member WHERE person_id = ?"),
                      QStringLiteral("SELECT count(*) FROM program WHERE cx_lead_id = ?")},
                     id);
}

// ---- Functional domains ----------------------------------------------------

Result<std::vector<core::Domain>> DomainRepository::loadAll()
{
    return selectAll<core::Domain>(
        m_db.d(),
        QStringLiteral("SELECT id, name, color, sort_order, version, capacity_person_days FROM functional_domain "
                       "ORDER BY sort_order, id"),
        [](QSqlQuery& q) {
            core::Domain dom;
            dom.id = q.value(0).toLongLong();
            dom.name = q.value(1).toString();
            dom.color = q.value(2).toString();
            dom.sortOrder = q.value(3).toInt();
            dom.version = q.value(4).toLongLong();
            dom.capacityPersonDays = q.value(5).toDouble();
            return dom;
        });
}

static QStringList domainColumns()
{
    return {QStringLiteral("name"), QStringLiteral("color"), QStringLiteral("sort_order"),
            QStringLiteral("capacity_person_days")};
}

Status DomainRepository::insert(core::Domain& dom)
{
    DatabasePrivate* d = m_db.d();
    if (auto s = insertRow(d, QStringLiteral("functional_domain"), domainColumns(),
                           {dom.name.trimmed(), dom.color, dom.sortOrder, nullableAmount(dom.capacityPersonDays)},
                           dom.id);
        !s) {
        return s;
    }
    dom.version = 1;
    StorageError error;
    if (!d->audit(QStringLiteral("functional_domain"), dom.id, QString(), QString(), dom.name, &error)) {
        return unexpected(error);
    }
    return {};
}

Status DomainRepository::update(const core::Domain& before, core::Domain& after)
{
    DatabasePrivate* d = m_db.d();
    if (auto s = updateRow(d, QStringLiteral("functional_domain"), domainColumns(),
                           {after.name.trimmed(), after.color, after.sortOrder,
                            nullableAmount(after.capacityPersonDays)},
                           before.id, before.version);
        !s) {
        return s;
    }
    AuditDiff diff(d, QStringLiteral("functional_domain"), before.id);
    diff.add("name", before.name, after.name);
    diff.add("color", before.color, after.color);
    diff.add("sort_order", before.sortOrder, after.sortOrder);
    diff.add("capacity_person_days", before.capacityPersonDays, after.capacityPersonDays);
    StorageError error;
    if (!diff.write(&error)) {
        return unexpected(error);
    }
    after.version = before.version + 1;
    return {};
}

Status DomainRepository::remove(const core::Domain& dom)
{
    DatabasePrivate* d = m_db.d();
    if (auto s = deleteRow(d, QStringLiteral("functional_domain"), dom.id, dom.version); !s) {
        return s;
    }
    StorageError error;
    if (!d->audit(QStringLiteral("functional_domain"), dom.id, QString(), dom.name, QString(), &error)) {
        return unexpected(error);
    }
    return {};
}

Result<int> DomainRepository::usageCount(core::Id id)
{
    return countUses(m_db.d(),
                     {QStringLiteral("SELECT count(*) FROM initiative WHERE domain_id = ?"),
                      QStringLiteral("SELECT count(*) FROM project_bin WHERE domain_id = ?")},
                     id);
}

// ---- Audit -----------------------------------------------------------------

Result<std::vector<AuditEntry>> AuditRepository::forEntity(const QString& entity, core::Id id, int limit)
{
    DatabasePrivate* d = m_db.d();
    QSqlQuery q = d->query();
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT at, actor, action, entity, entity_id, field, old_value, new_value FROM audit_log "
                             "WHERE entity = ? AND entity_id = ? ORDER BY id DESC LIMIT ?"));
    q.addBindValue(entity);
    q.addBindValue(id);
    q.addBindValue(limit);
    StorageError error;
    if (!d->exec(q, &error)) {
        return unexpected(error);
    }
    std::vector<AuditEntry> out;
    while (q.next()) {
        out.push_back({QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs), q.value(1).toString(),
                       q.value(2).toString(), q.value(3).toString(), q.value(4).toLongLong(), q.value(5).toString(),
                       q.value(6).toString(), q.value(7).toString()});
    }
    return out;
}

Result<int> AuditRepository::count()
{
    DatabasePrivate* d = m_db.d();
    QSqlQuery q = d->query();
    StorageError error;
    if (!q.exec(QStringLiteral("SELECT count(*) FROM audit_log")) || !q.next()) {
        return unexpected(d->errorFrom(q.lastError()));
    }
    return q.value(0).toInt();
}

} // namespace tiller::storage
