#include "tiller/storage/ChangeRepository.h"

#include "DatabasePrivate.h"
#include "RepositorySupport.h"
#include "tiller/storage/Database.h"

namespace tiller::storage {

using namespace detail;

namespace {

QDate dateFrom(const QVariant& v) { return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate); }
QString dateText(const QDate& d) { return d.isValid() ? d.toString(Qt::ISODate) : QString(); }


// ---- Pillars ----

QStringList pillarColumns()
{
    return {QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("sort_order")};
}
QVariantList pillarValues(const core::Pillar& p) { return {p.name.trimmed(), p.description, p.sortOrder}; }

// ---- Requests ----

QStringList requestColumns()
{
    return {QStringLiteral("code"),           QStringLiteral("title"),
            QStringLiteral("description"),    QStringLiteral("origin"),
            QStringLiteral("submitter_id"),   QStringLiteral("submitted_on"),
            QStringLiteral("status"),         QStringLiteral("urgency"),
            QStringLiteral("est_benefit"),    QStringLiteral("est_cost"),
            QStringLiteral("est_effort_days"), QStringLiteral("domain_id"),
            QStringLiteral("pillar_id"),      QStringLiteral("evidence"),
            QStringLiteral("wanted_by"),      QStringLiteral("checklist"),
            QStringLiteral("qualified_on"),   QStringLiteral("qualification_note"),
            QStringLiteral("session_id"),     QStringLiteral("deferred_to")};
}
QVariantList requestValues(const core::ChangeRequest& r)
{
    return {r.code.trimmed(),
            r.title.trimmed(),
            r.description,
            core::toKey(r.origin),
            nullableId(r.submitterId),
            r.submittedOn.toString(Qt::ISODate),
            core::toKey(r.status),
            r.urgency,
            nullableAmount(r.estBenefit),
            nullableAmount(r.estCost),
            nullableAmount(r.estEffortDays),
            nullableId(r.domainId),
            nullableId(r.pillarId),
            r.evidence,
            nullableDate(r.wantedBy),
            r.checklist,
            nullableDate(r.qualifiedOn),
            r.qualificationNote,
            nullableId(r.sessionId),
            nullableDate(r.deferredTo)};
}

// ---- Decisions ----

QStringList decisionColumns()
{
    return {QStringLiteral("session_id"), QStringLiteral("request_id"), QStringLiteral("verdict"),
            QStringLiteral("reason"),     QStringLiteral("priority"),   QStringLiteral("deadline"),
            QStringLiteral("resources"),  QStringLiteral("deferred_to"), QStringLiteral("initiative_id"),
            QStringLiteral("bin_id"),     QStringLiteral("created_bin"), QStringLiteral("decided_on")};
}
QVariantList decisionValues(const core::BoardDecision& x)
{
    return {x.sessionId,
            x.requestId,
            core::toKey(x.verdict),
            x.reason,
            x.priority,
            nullableDate(x.deadline),
            x.resources,
            nullableDate(x.deferredTo),
            nullableId(x.initiativeId),
            nullableId(x.binId),
            int(x.createdBin),
            x.decidedOn.toString(Qt::ISODate)};
}

} // namespace

Result<std::vector<core::Pillar>> ChangeRepository::loadPillars()
{
    return selectAll<core::Pillar>(
        m_db.d(), QStringLiteral("SELECT id, name, description, sort_order, version FROM pillar ORDER BY sort_order, id"),
        [](QSqlQuery& q) {
            return core::Pillar{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                                q.value(3).toInt(), q.value(4).toLongLong()};
        });
}

Status ChangeRepository::insert(core::Pillar& p)
{
    DatabasePrivate* d = m_db.d();
    if (auto s = insertRow(d, QStringLiteral("pillar"), pillarColumns(), pillarValues(p), p.id); !s) {
        return s;
    }
    p.version = 1;
    return audited(d, QStringLiteral("pillar"), p.id, QString(), p.name);
}

Status ChangeRepository::update(const core::Pillar& before, core::Pillar& after)
{
    DatabasePrivate* d = m_db.d();
    if (auto s = updateRow(d, QStringLiteral("pillar"), pillarColumns(), pillarValues(after), before.id,
                           before.version);
        !s) {
        return s;
    }
    AuditDiff diff(d, QStringLiteral("pillar"), before.id);
    diff.add("name", before.name, after.name);
    diff.add("description", before.description, after.description);
    diff.add("sort_order", before.sortOrder, after.sortOrder);
    after.version = before.version + 1;
    return finishUpdate(diff);
}

Status ChangeRepository::remove(const core::Pillar& p)
{
    DatabasePrivate* d = m_db.d();
    if (auto s = deleteRow(d, QStringLiteral("pillar"), p.id, p.version); !s) {
        return s;
    }
    return audited(d, QStringLiteral("pillar"), p.id, p.name, QString());
}

Result<std::vector<core::ChangeRequest>> ChangeRepository::loadRequests()
{
    DatabasePrivate* d = m_db.d();
    auto rows = selectAll<core::ChangeRequest>(
        d,
        QStringLiteral("SELECT id, code, title, description, origin, submitter_id, submitted_on, status, urgency, "
                       "est_benefit, est_cost, est_effort_days, domain_id, pillar_id, evidence, wanted_by, checklist, "
                       "qualified_on, qualification_note, session_id, deferred_to, version "
                       "FROM change_request ORDER BY id"),
        [](QSqlQuery& q) {
            core::ChangeRequest r;
            r.id = q.value(0).toLongLong();
            r.code = q.value(1).toString();
            r.title = q.value(2).toString();
            r.description = q.value(3).toString();
            r.origin = core::requestOriginFromKey(q.value(4).toString()).value_or(core::RequestOrigin::Internal);
            r.submitterId = idOrZero(q.value(5));
            r.submittedOn = dateFrom(q.value(6));
            r.status = core::requestStatusFromKey(q.value(7).toString()).value_or(core::RequestStatus::Submitted);
            r.urgency = q.value(8).toInt();
            r.estBenefit = q.value(9).toDouble();
            r.estCost = q.value(10).toDouble();
            r.estEffortDays = q.value(11).toDouble();
            r.domainId = idOrZero(q.value(12));
            r.pillarId = idOrZero(q.value(13));
            r.evidence = q.value(14).toString();
            r.wantedBy = dateFrom(q.value(15));
            r.checklist = q.value(16).toInt();
            r.qualifiedOn = dateFrom(q.value(17));
            r.qualificationNote = q.value(18).toString();
            r.sessionId = idOrZero(q.value(19));
            r.deferredTo = dateFrom(q.value(20));
            r.version = q.value(21).toLongLong();
            return r;
        });
    if (!rows) {
        return rows;
    }
    if (auto st = readLinks(d, QStringLiteral("change_request_pain_point"), QStringLiteral("request_id"),
                            QStringLiteral("pain_point_id"), *rows, &core::ChangeRequest::painPoints);
        !st) {
        return unexpected(st.error());
    }
    return rows;
}

static Status writeRequestPainPoints(DatabasePrivate* d, const core::ChangeRequest& r)
{
    return writeLinks(d, QStringLiteral("change_request_pain_point"), QStringLiteral("request_id"),
                      QStringLiteral("pain_point_id"), r.id, r.painPoints);
}

Status ChangeRepository::insert(core::ChangeRequest& r)
{
    DatabasePrivate* d = m_db.d();
    if (auto s = insertRow(d, QStringLiteral("change_request"), requestColumns(), requestValues(r), r.id); !s) {
        return s;
    }
    r.version = 1;
    if (!r.painPoints.isEmpty()) {
        if (auto s = writeRequestPainPoints(d, r); !s) {
            return s;
        }
    }
    return audited(d, QStringLiteral("change_request"), r.id, QString(), QStringLiteral("%1 %2").arg(r.code, r.title));
}

Status ChangeRepository::update(const core::ChangeRequest& before, core::ChangeRequest& after)
{
    DatabasePrivate* d = m_db.d();
    if (auto s = updateRow(d, QStringLiteral("change_request"), requestColumns(), requestValues(after), before.id,
                           before.version);
        !s) {
        return s;
    }
    if (before.painPoints != after.painPoints) {
        if (auto s = writeRequestPainPoints(d, after); !s) {
            return s;
        }
    }
    AuditDiff diff(d, QStringLiteral("change_request"), before.id);
    diff.add("code", before.code, after.code);
    diff.add("title", before.title, after.title);
    diff.add("description", before.description, after.description);
    diff.add("origin", core::toKey(before.origin), core::toKey(after.origin));
    diff.add("submitter_id", before.submitterId, after.submitterId);
    diff.add("status", core::toKey(before.status), core::toKey(after.status));
    diff.add("urgency", before.urgency, after.urgency);
    diff.add("est_benefit", before.estBenefit, after.estBenefit);
    diff.add("est_cost", before.estCost, after.estCost);
    diff.add("est_effort_days", before.estEffortDays, after.estEffortDays);
    diff.add("domain_id", before.domainId, after.domainId);
    diff.add("pillar_id", before.pillarId, after.pillarId);
    diff.add("evidence", before.evidence, after.evidence);
    diff.add("pain_points", before.painPoints, after.painPoints);
    diff.add("wanted_by", dateText(before.wantedBy), dateText(after.wantedBy));
    diff.add("checklist", before.checklist, after.checklist);
    diff.add("qualified_on", dateText(before.qualifiedOn), dateText(after.qualifiedOn));
    diff.add("qualification_note", before.qualificationNote, after.qualificationNote);
    diff.add("session_id", before.sessionId, after.sessionId);
    diff.add("deferred_to", dateText(before.deferredTo), dateText(after.deferredTo));
    after.version = before.version + 1;
    return finishUpdate(diff);
}

Status ChangeRepository::remove(const core::ChangeRequest& r)
{
    DatabasePrivate* d = m_db.d();
    if (auto s = deleteRow(d, QStringLiteral("change_request"), r.id, r.version); !s) {
        return s;
    }
    return audited(d, QStringLiteral("change_request"), r.id, QStringLiteral("%1 %2").arg(r.code, r.title), QString());
}

Result<std::vector<core::BoardDecision>> ChangeRepository::loadDecisions()
{
    return selectAll<core::BoardDecision>(
        m_db.d(),
        QStringLiteral("SELECT id, session_id, request_id, verdict, reason, priority, deadline, resources, deferred_to, "
                       "initiative_id, bin_id, decided_on, version, created_bin FROM board_decision ORDER BY id"),
        [](QSqlQuery& q) {
            core::BoardDecision x;
            x.id = q.value(0).toLongLong();
            x.sessionId = q.value(1).toLongLong();
            x.requestId = q.value(2).toLongLong();
            x.verdict = core::boardVerdictFromKey(q.value(3).toString()).value_or(core::BoardVerdict::Deferred);
            x.reason = q.value(4).toString();
            x.priority = q.value(5).toInt();
            x.deadline = dateFrom(q.value(6));
            x.resources = q.value(7).toString();
            x.deferredTo = dateFrom(q.value(8));
            x.initiativeId = idOrZero(q.value(9));
            x.binId = idOrZero(q.value(10));
            x.decidedOn = dateFrom(q.value(11));
            x.version = q.value(12).toLongLong();
            x.createdBin = q.value(13).toInt() != 0;
            return x;
        });
}

static QString decisionText(const core::BoardDecision& x)
{
    return QStringLiteral("%1 request %2 session %3").arg(core::toKey(x.verdict)).arg(x.requestId).arg(x.sessionId);
}

Status ChangeRepository::insert(core::BoardDecision& x)
{
    DatabasePrivate* d = m_db.d();
    if (auto s = insertRow(d, QStringLiteral("board_decision"), decisionColumns(), decisionValues(x), x.id); !s) {
        return s;
    }
    x.version = 1;
    return audited(d, QStringLiteral("board_decision"), x.id, QString(), decisionText(x));
}

Status ChangeRepository::update(const core::BoardDecision& before, core::BoardDecision& after)
{
    DatabasePrivate* d = m_db.d();
    if (auto s = updateRow(d, QStringLiteral("board_decision"), decisionColumns(), decisionValues(after), before.id,
                           before.version);
        !s) {
        return s;
    }
    AuditDiff diff(d, QStringLiteral("board_decision"), before.id);
    diff.add("verdict", core::toKey(before.verdict), core::toKey(after.verdict));
    diff.add("reason", before.reason, after.reason);
    diff.add("priority", before.priority, after.priority);
    diff.add("deadline", dateText(before.deadline), dateText(after.deadline));
    diff.add("resources", before.resources, after.resources);
    diff.add("deferred_to", dateText(before.deferredTo), dateText(after.deferredTo));
    diff.add("initiative_id", before.initiativeId, after.initiativeId);
    diff.add("bin_id", before.binId, after.binId);
    diff.add("decided_on", dateText(before.decidedOn), dateText(after.decidedOn));
    after.version = before.version + 1;
    return finishUpdate(diff);
}

Status ChangeRepository::remove(const core::BoardDecision& x)
{
    DatabasePrivate* d = m_db.d();
    if (auto s = deleteRow(d, QStringLiteral("board_decision"), x.id, x.version); !s) {
        return s;
    }
    return audited(d, QStringLiteral("board_decision"), x.id, decisionText(x), QString());
}

} // namespace tiller::storage
