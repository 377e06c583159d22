#include "tiller/storage/GovernanceRepository.h"

#include "RepositorySupport.h"
#include "tiller/storage/Database.h"

namespace tiller::storage {

using namespace detail;

namespace {

QDate dateFrom(const QVariant& v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString().left(10), Qt::ISODate);
}
QString dateText(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

// One table's plain rows: the columns written, and how a value becomes them. Inserts, updates and deletes of every
// foundation table go through here, so each is versioned and audited the same way.
template <typename T> struct Table
{
    QString name;
    QStringList columns;
    QVariantList (*values)(const T&);
    QString (*label)(const T&);
};

template <typename T> Status insertInto(DatabasePrivate* d, const Table<T>& t, T& row)
{
    if (auto s = insertRow(d, t.name, t.columns, t.values(row), row.id); !s) {
        return s;
    }
    row.version = 1;
    return audited(d, t.name, row.id, QString(), t.label(row));
}

template <typename T> Status updateIn(DatabasePrivate* d, const Table<T>& t, const T& before, T& after)
{
    if (auto s = updateRow(d, t.name, t.columns, t.values(after), before.id, before.version); !s) {
        return s;
    }
    AuditDiff diff(d, t.name, before.id);
    const QVariantList was = t.values(before);
    const QVariantList now = t.values(after);
    for (int i = 0; i < t.columns.size(); ++i) {
        diff.add(qPrintable(t.columns[i]), was[i].toString(), now[i].toString());
    }
    after.version = before.version + 1;
    return finishUpdate(diff);
}

template <typename T> Status removeFrom(DatabasePrivate* d, const Table<T>& t, const T& row)
{
    if (auto s = deleteRow(d, t.name, row.id, row.version); !s) {
        return s;
    }
    return audited(d, t.name, row.id, t.label(row), QString());
}

const Table<core::Persona> personaTable{
    QStringLiteral("persona"),
    {QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("goals"), QStringLiteral("frustrations")},
    [](const core::Persona& p) -> QVariantList {
        return {p.name.trimmed(), p.description, p.goals, p.frustrations};
    },
    [](const core::Persona& p) { return p.name; }};

const Table<core::Journey> journeyTable{
    QStringLiteral("journey"),
    {QStringLiteral("persona_id"), QStringLiteral("name"), QStringLiteral("description")},
    [](const core::Journey& j) -> QVariantList {
        return {nullableId(j.personaId), j.name.trimmed(), j.description};
    },
    [](const core::Journey& j) { return j.name; }};

const Table<core::JourneyStage> stageTable{
    QStringLiteral("journey_stage"),
    {QStringLiteral("journey_id"), QStringLiteral("name"), QStringLiteral("sort_order")},
    [](const core::JourneyStage& s) -> QVariantList {
        return {s.journeyId, s.name.trimmed(), s.sortOrder};
    },
    [](const core::JourneyStage& s) { return s.name; }};

const Table<core::Touchpoint> touchpointTable{
    QStringLiteral("touchpoint"),
    {QStringLiteral("stage_id"), QStringLiteral("name"), QStringLiteral("channel"), QStringLiteral("sort_order")},
    [](const core::Touchpoint& t) -> QVariantList {
        return {t.stageId, t.name.trimmed(), t.channel, t.sortOrder};
    },
    [](const core::Touchpoint& t) { return t.name; }};

const Table<core::PainPoint> painTable{QStringLiteral("pain_point"),
                                       {QStringLiteral("stage_id"), QStringLiteral("title"),
                                        QStringLiteral("description"), QStringLiteral("severity"),
                                        QStringLiteral("keywords")},
                                       [](const core::PainPoint& p) -> QVariantList {
                                           return {p.stageId, p.title.trimmed(), p.description, p.severity, p.keywords};
                                       },
                                       [](const core::PainPoint& p) { return p.title; }};

const Table<core::GovernanceBody> bodyTable{
    QStringLiteral("governance_body"),
    {QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("purpose"), QStringLiteral("chair_id"),
     QStringLiteral("cadence"), QStringLiteral("next_meeting")},
    [](const core::GovernanceBody& b) -> QVariantList {
        return {b.name.trimmed(),      core::toKey(b.kind),    b.purpose,
                nullableId(b.chairId), core::toKey(b.cadence), nullableDate(b.nextMeeting)};
    },
    [](const core::GovernanceBody& b) { return b.name; }};

const Table<core::RaciAssignment> raciTable{
    QStringLiteral("raci"),
    {QStringLiteral("bin_id"), QStringLiteral("initiative_id"), QStringLiteral("person_id"), QStringLiteral("role")},
    [](const core::RaciAssignment& a) -> QVariantList {
        return {nullableId(a.binId), nullableId(a.initiativeId), a.personId, core::toKey(a.role)};
    },
    [](const core::RaciAssignment& a) {
        return QStringLiteral("%1 %2 %3 %4")
            .arg(a.binId != 0 ? QStringLiteral("bin") : QStringLiteral("initiative"))
            .arg(a.binId != 0 ? a.binId : a.initiativeId)
            .arg(core::toKey(a.role))
            .arg(a.personId);
    }};

const Table<core::MaturityAssessment> assessmentTable{
    QStringLiteral("maturity_assessment"),
    {QStringLiteral("assessed_on"), QStringLiteral("notes")},
    [](const core::MaturityAssessment& a) -> QVariantList {
        return {a.assessedOn.toString(Qt::ISODate), a.notes};
    },
    [](const core::MaturityAssessment& a) { return a.assessedOn.toString(Qt::ISODate); }};

QString membersText(const QList<core::BodyMember>& members)
{
    QStringList parts;
    for (const core::BodyMember& m : members) {
        parts.append(QStringLiteral("%1:%2").arg(m.personId).arg(m.role));
    }
    return parts.join(QLatin1Char(','));
}

QString answersText(const QMap<QString, int>& answers)
{
    QStringList parts;
    for (auto it = answers.cbegin(); it != answers.cend(); ++it) {
        parts.append(QStringLiteral("%1=%2").arg(it.key()).arg(it.value()));
    }
    return parts.join(QLatin1Char(','));
}

Status execAll(DatabasePrivate* d, const QString& sql, const QList<QVariantList>& rows)
{
    QSqlQuery q = d->query();
    q.prepare(sql);
    StorageError error;
    for (const QVariantList& row : rows) {
        for (const QVariant& v : row) {
            q.addBindValue(bindable(v));
        }
        if (!d->exec(q, &error)) {
            return unexpected(error);
        }
    }
    return {};
}

Status writeMembers(DatabasePrivate* d, const core::GovernanceBody& b)
{
    QList<QVariantList> rows;
    for (const core::BodyMember& m : b.members) {
        rows.append({b.id, m.personId, m.role.trimmed().isEmpty() ? QStringLiteral("member") : m.role.trimmed()});
    }
    if (auto s = execAll(d, QStringLiteral("DELETE FROM body_member WHERE body_id = ?"), {{b.id}}); !s) {
        return s;
    }
    return execAll(d, QStringLiteral("INSERT INTO body_member (body_id, person_id, role) VALUES (?, ?, ?)"), rows);
}

Status writeAnswers(DatabasePrivate* d, const core::MaturityAssessment& a)
{
    QList<QVariantList> rows;
    for (auto it = a.answers.cbegin(); it != a.answers.cend(); ++it) {
        rows.append({a.id, it.key(), it.value()});
    }
    if (auto s = execAll(d, QStringLiteral("DELETE FROM maturity_score WHERE assessment_id = ?"), {{a.id}}); !s) {
        return s;
    }
    return execAll(d, QStringLiteral("INSERT INTO maturity_score (assessment_id, dimension, score) VALUES (?, ?, ?)"),
                   rows);
}

// LIKE wants its wildcards escaped: a keyword is matched as written, "100%" included.
QString likePattern(const QString& keyword)
{
    QString k = keyword.trimmed().toLower();
    k.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    k.replace(QLatin1Char('%'), QLatin1String("\\%"));
    k.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + k + QLatin1Char('%');
}

} // namespace

// ---- Reading ----

Result<std::vector<core::Persona>> GovernanceRepository::loadPersonas()
{
    return selectAll<core::Persona>(
        m_db.d(), QStringLiteral("SELECT id, name, description, goals, frustrations, version FROM persona ORDER BY id"),
        [](QSqlQuery& q) {
            return core::Persona{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                                 q.value(3).toString(),   q.value(4).toString(), q.value(5).toLongLong()};
        });
}

Result<std::vector<core::Journey>> GovernanceRepository::loadJourneys()
{
    return selectAll<core::Journey>(
        m_db.d(), QStringLiteral("SELECT id, persona_id, name, description, version FROM journey ORDER BY id"),
        [](QSqlQuery& q) {
            return core::Journey{q.value(0).toLongLong(), idOrZero(q.value(1)), q.value(2).toString(),
                                 q.value(3).toString(), q.value(4).toLongLong()};
        });
}

Result<std::vector<core::JourneyStage>> GovernanceRepository::loadStages()
{
    return selectAll<core::JourneyStage>(
        m_db.d(),
        QStringLiteral("SELECT id, journey_id, name, sort_order, version FROM journey_stage "
                       "ORDER BY journey_id, sort_order, id"),
        [](QSqlQuery& q) {
            return core::JourneyStage{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                                      q.value(3).toInt(), q.value(4).toLongLong()};
        });
}

Result<std::vector<core::Touchpoint>> GovernanceRepository::loadTouchpoints()
{
    return selectAll<core::Touchpoint>(
        m_db.d(),
        QStringLiteral("SELECT id, stage_id, name, channel, sort_order, version FROM touchpoint "
                       "ORDER BY stage_id, sort_order, id"),
        [](QSqlQuery& q) {
            return core::Touchpoint{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                                    q.value(3).toString(),   q.value(4).toInt(),      q.value(5).toLongLong()};
        });
}

Result<std::vector<core::PainPoint>> GovernanceRepository::loadPainPoints()
{
    return selectAll<core::PainPoint>(
        m_db.d(),
        QStringLiteral("SELECT id, stage_id, title, description, severity, keywords, version FROM pain_point "
                       "ORDER BY stage_id, id"),
        [](QSqlQuery& q) {
            return core::PainPoint{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                                   q.value(3).toString(),   q.value(4).toInt(),      q.value(5).toString(),
                                   q.value(6).toLongLong()};
        });
}

Result<std::vector<core::GovernanceBody>> GovernanceRepository::loadBodies()
{
    auto bodies = selectAll<core::GovernanceBody>(
        m_db.d(),
        QStringLiteral("SELECT id, name, kind, purpose, chair_id, cadence, next_meeting, version FROM governance_body "
                       "ORDER BY id"),
        [](QSqlQuery& q) {
            core::GovernanceBody b;
            b.id = q.value(0).toLongLong();
            b.name = q.value(1).toString();
            b.kind = core::bodyKindFromKey(q.value(2).toString()).value_or(core::BodyKind::Other);
            b.purpose = q.value(3).toString();
            b.chairId = idOrZero(q.value(4));
            b.cadence = core::boardCadenceFromKey(q.value(5).toString()).value_or(core::BoardCadence::Monthly);
            b.nextMeeting = dateFrom(q.value(6));
            b.version = q.value(7).toLongLong();
            return b;
        });
    if (!bodies) {
        return bodies;
    }
    auto members = selectAll<std::pair<core::Id, core::BodyMember>>(
        m_db.d(), QStringLiteral("SELECT body_id, person_id, role FROM body_member ORDER BY body_id, person_id"),
        [](QSqlQuery& q) {
            return std::pair(q.value(0).toLongLong(), core::BodyMember{q.value(1).toLongLong(), q.value(2).toString()});
        });
    if (!members) {
        return unexpected(members.error());
    }
    QHash<core::Id, core::GovernanceBody*> byId;
    for (core::GovernanceBody& b : *bodies) {
        byId.insert(b.id, &b);
    }
    for (const auto& [body, member] : *members) {
        if (core::GovernanceBody* b = byId.value(body)) {
            b->members.append(member);
        }
    }
    return bodies;
}

Result<std::vector<core::RaciAssignment>> GovernanceRepository::loadRaci()
{
    return selectAll<core::RaciAssignment>(
        m_db.d(), QStringLiteral("SELECT id, bin_id, initiative_id, person_id, role, version FROM raci ORDER BY id"),
        [](QSqlQuery& q) {
            core::RaciAssignment a;
            a.id = q.value(0).toLongLong();
            a.binId = idOrZero(q.value(1));
            a.initiativeId = idOrZero(q.value(2));
            a.personId = q.value(3).toLongLong();
            a.role = core::raciRoleFromKey(q.value(4).toString()).value_or(core::RaciRole::Informed);
            a.version = q.value(5).toLongLong();
            return a;
        });
}

Result<std::vector<core::MaturityAssessment>> GovernanceRepository::loadAssessments()
{
    auto assessments = selectAll<core::MaturityAssessment>(
        m_db.d(),
        QStringLiteral("SELECT id, assessed_on, notes, version FROM maturity_assessment ORDER BY assessed_on, id"),
        [](QSqlQuery& q) {
            core::MaturityAssessment a;
            a.id = q.value(0).toLongLong();
            a.assessedOn = dateFrom(q.value(1));
            a.notes = q.value(2).toString();
            a.version = q.value(3).toLongLong();
            return a;
        });
    if (!assessments) {
        return assessments;
    }
    auto scores = selectAll<std::tuple<core::Id, QString, int>>(
        m_db.d(), QStringLiteral("SELECT assessment_id, dimension, score FROM maturity_score"),
        [](QSqlQuery& q) { return std::tuple(q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt()); });
    if (!scores) {
        return unexpected(scores.error());
    }
    QHash<core::Id, core::MaturityAssessment*> byId;
    for (core::MaturityAssessment& a : *assessments) {
        byId.insert(a.id, &a);
    }
    for (const auto& [id, key, score] : *scores) {
        if (core::MaturityAssessment* a = byId.value(id)) {
            a->answers.insert(key, score);
        }
    }
    return assessments;
}

// ---- Writing ----

Status GovernanceRepository::insert(core::Persona& p)
{
    return insertInto(m_db.d(), personaTable, p);
}
Status GovernanceRepository::update(const core::Persona& b, core::Persona& a)
{
    return updateIn(m_db.d(), personaTable, b, a);
}
Status GovernanceRepository::remove(const core::Persona& p)
{
    return removeFrom(m_db.d(), personaTable, p);
}

Status GovernanceRepository::insert(core::Journey& j)
{
    return insertInto(m_db.d(), journeyTable, j);
}
Status GovernanceRepository::update(const core::Journey& b, core::Journey& a)
{
    return updateIn(m_db.d(), journeyTable, b, a);
}
Status GovernanceRepository::remove(const core::Journey& j)
{
    return removeFrom(m_db.d(), journeyTable, j);
}

Status GovernanceRepository::insert(core::JourneyStage& s)
{
    return insertInto(m_db.d(), stageTable, s);
}
Status GovernanceRepository::update(const core::JourneyStage& b, core::JourneyStage& a)
{
    return updateIn(m_db.d(), stageTable, b, a);
}
Status GovernanceRepository::remove(const core::JourneyStage& s)
{
    return removeFrom(m_db.d(), stageTable, s);
}

Status GovernanceRepository::insert(core::Touchpoint& t)
{
    return insertInto(m_db.d(), touchpointTable, t);
}
Status GovernanceRepository::update(const core::Touchpoint& b, core::Touchpoint& a)
{
    return updateIn(m_db.d(), touchpointTable, b, a);
}
Status GovernanceRepository::remove(const core::Touchpoint& t)
{
    return removeFrom(m_db.d(), touchpointTable, t);
}

Status GovernanceRepository::insert(core::PainPoint& p)
{
    return insertInto(m_db.d(), painTable, p);
}
Status GovernanceRepository::update(const core::PainPoint& b, core::PainPoint& a)
{
    return updateIn(m_db.d(), painTable, b, a);
}
Status GovernanceRepository::remove(const core::PainPoint& p)
{
    return removeFrom(m_db.d(), painTable, p);
}

Status GovernanceRepository::insert(core::GovernanceBody& b)
{
    if (auto s = insertInto(m_db.d(), bodyTable, b); !s) {
        return s;
    }
    return writeMembers(m_db.d(), b);
}

Status GovernanceRepository::update(const core::GovernanceBody& before, core::GovernanceBody& after)
{
    DatabasePrivate* d = m_db.d();
    if (auto s = updateIn(d, bodyTable, before, after); !s) {
        return s;
    }
    if (before.members == after.members) {
        return {};
    }
    AuditDiff diff(d, bodyTable.name, before.id);
    diff.add("members", membersText(before.members), membersText(after.members));
    if (auto s = finishUpdate(diff); !s) {
        return s;
    }
    return writeMembers(d, after);
}

Status GovernanceRepository::remove(const core::GovernanceBody& b)
{
    return removeFrom(m_db.d(), bodyTable, b);
}

Status GovernanceRepository::insert(core::RaciAssignment& a)
{
    return insertInto(m_db.d(), raciTable, a);
}
Status GovernanceRepository::update(const core::RaciAssignment& b, core::RaciAssignment& a)
{
    return updateIn(m_db.d(), raciTable, b, a);
}
Status GovernanceRepository::remove(const core::RaciAssignment& a)
{
    return removeFrom(m_db.d(), raciTable, a);
}

Status GovernanceRepository::insert(core::MaturityAssessment& a)
{
    if (auto s = insertInto(m_db.d(), assessmentTable, a); !s) {
        return s;
    }
    return writeAnswers(m_db.d(), a);
}

Status GovernanceRepository::update(const core::MaturityAssessment& before, core::MaturityAssessment& after)
{
    DatabasePrivate* d = m_db.d();
    if (auto s = updateIn(d, assessmentTable, before, after); !s) {
        return s;
    }
    if (before.answers == after.answers) {
        return {};
    }
    AuditDiff diff(d, assessmentTable.name, before.id);
    diff.add("answers", answersText(before.answers), answersText(after.answers));
    if (auto s = finishUpdate(diff); !s) {
        return s;
    }
    return writeAnswers(d, after);
}

Status GovernanceRepository::remove(const core::MaturityAssessment& a)
{
    return removeFrom(m_db.d(), assessmentTable, a);
}

// ---- Queries ----

Result<int> GovernanceRepository::stageUsage(core::Id stageId)
{
    return countUses(m_db.d(),
                     {QStringLiteral("SELECT count(*) FROM voc_record WHERE stage_id = ?"),
                      QStringLiteral("SELECT count(*) FROM kpi WHERE stage_id = ?")},
                     stageId);
}

Result<PainEvidence> GovernanceRepository::evidence(const core::PainPoint& pain, QDate since, int samples)
{
    DatabasePrivate* d = m_db.d();
    if (!since.isValid()) {
        StorageError e;
        e.code = StorageError::Code::Constraint;
        e.path = d->path;
        e.detail = QStringLiteral("pain point evidence needs a start date");
        return unexpected(e);
    }
    // Negative answers, by the same thresholds as the dashboard's figures.
    const QString negative = QStringLiteral("((metric = 'nps' AND score <= 6) OR (metric = 'csat' AND score <= 2) OR "
                                            "(metric = 'ces' AND score >= 5))");
    QStringList likes;
    QVariantList keywordValues;
    for (const QString& k : pain.keywords.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!k.trimmed().isEmpty()) {
            likes.append(QStringLiteral("lower(verbatim) LIKE ? ESCAPE '\\'"));
            keywordValues.append(likePattern(k));
        }
    }
    const QString matches = likes.isEmpty() ? QStringLiteral("1 = 1")
                                            : QLatin1Char('(') + likes.join(QLatin1String(" OR ")) + QLatin1Char(')');
    const QString where = QStringLiteral("stage_id = ? AND recorded_on >= ?");
    auto bindAll = [&](QSqlQuery& q) {
        q.addBindValue(pain.stageId);
        q.addBindValue(since.toString(Qt::ISODate));
        for (const QVariant& v : keywordValues) {
            q.addBindValue(v);
        }
    };
    PainEvidence out;
    StorageError error;
    {
        QSqlQuery q = d->query();
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT count(*), sum(CASE WHEN %1 AND %2 THEN 1 ELSE 0 END) FROM voc_record WHERE %3")
                      .arg(negative, matches, where));
        // The keywords appear in the CASE, before the WHERE: bind them first.
        for (const QVariant& v : keywordValues) {
            q.addBindValue(v);
        }
        q.addBindValue(pain.stageId);
        q.addBindValue(since.toString(Qt::ISODate));
        if (!d->exec(q, &error)) {
            return unexpected(error);
        }
        if (q.next()) {
            out.answers = q.value(0).toInt();
            out.negative = q.value(1).toInt();
        }
    }
    if (samples > 0 && out.negative > 0) {
        QSqlQuery q = d->query();
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT verbatim FROM voc_record WHERE %1 AND %2 AND %3 AND verbatim <> '' "
                                 "ORDER BY recorded_on DESC, id DESC LIMIT ?")
                      .arg(where, negative, matches));
        bindAll(q);
        q.addBindValue(samples);
        if (!d->exec(q, &error)) {
            return unexpected(error);
        }
        while (q.next()) {
            out.verbatims.append(q.value(0).toString());
        }
    }
    return out;
}

} // namespace tiller::storage
