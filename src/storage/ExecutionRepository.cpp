#include "tiller/storage/ExecutionRepository.h"

#include "RepositorySupport.h"
#include "tiller/storage/Database.h"

namespace tiller::storage {

using namespace detail;

namespace {

// A NULL is bound with a null value of a non-string type (an empty string would be stored as "", see bindable).
QVariant null() { return QVariant(QMetaType::fromType<qint64>()); }
QVariant dateOrNull(const QDate& d) { return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : null(); }
QVariant timeOrNull(const QDateTime& t) { return t.isValid() ? QVariant(t.toUTC().toString(Qt::ISODateWithMs)) : null(); }
QVariant textOrNull(const QString& s) { return s.isEmpty() ? null() : QVariant(s); }
QString dateText(const QDate& d) { return d.isValid() ? d.toString(Qt::ISODate) : QString(); }
QString timeText(const QDateTime& t) { return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString(); }
// Loading 50,000 tasks parses 100,000 dates: the fixed ISO forms we write are read by hand, anything else by Qt.
int digits(const QChar* s, int n)
{
    int v = 0;
    for (int i = 0; i < n; ++i) {
        const char16_t c = s[i].unicode();
        if (c < u'0' || c > u'9') {
            return -1;
        }
        v = v * 10 + (c - u'0');
    }
    return v;
}
QDate fastDate(const QString& text)
{
    if (text.size() == 10 && text[4] == u'-' && text[7] == u'-') {
        const QChar* s = text.constData();
        const int y = digits(s, 4), m = digits(s + 5, 2), d = digits(s + 8, 2);
        if (y >= 0 && m >= 0 && d >= 0) {
            return QDate(y, m, d);
        }
    }
    return QDate::fromString(text, Qt::ISODate);
}
QDate dateFrom(const QVariant& v) { return v.isNull() ? QDate() : fastDate(v.toString()); }
QDateTime timeFrom(const QVariant& v)
{
    if (v.isNull()) {
        return {};
    }
    // "2026-11-25T02:26:44.228Z" or "2026-11-25T02:26:44Z", as written; a day alone ("2026-11-25", as imports and
    // the demo write it) is its midnight UTC.
    const QString text = v.toString();
    if (text.size() == 10) {
        if (const QDate day = fastDate(text); day.isValid()) {
            return QDateTime(day, QTime(0, 0), Qt::UTC);
        }
    }
    if ((text.size() == 24 || text.size() == 20) && text[10] == u'T' && text.back() == u'Z') {
        const QChar* s = text.constData();
        const QDate day = fastDate(text.left(10));
        const int h = digits(s + 11, 2), mi = digits(s + 14, 2), sec = digits(s + 17, 2);
        const int ms = text.size() == 24 ? digits(s + 20, 3) : 0;
        if (day.isValid() && h >= 0 && mi >= 0 && sec >= 0 && ms >= 0) {
            return QDateTime(day, QTime(h, mi, sec, ms), Qt::UTC);
        }
    }
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid()) {
        t = QDateTime::fromString(text, Qt::ISODate);
    }
    if (t.isValid() && t.timeSpec() == Qt::LocalTime) {
        t.setTimeSpec(Qt::UTC); // stored times are UTC
    }
    return t;
}


// ---- Tasks ----
QStringList taskColumns()
{
    return {QStringLiteral("bin_id"),         QStringLiteral("title"),          QStringLiteral("owner_id"),
            QStringLiteral("due_date"),       QStringLiteral("estimate_days"),  QStringLiteral("status"),
            QStringLiteral("blocked_reason"), QStringLiteral("objective_week"), QStringLiteral("created_at"),
            QStringLiteral("completed_at"),   QStringLiteral("celebrated_on")};
}
QVariantList taskValues(const core::Task& t)
{
    return {t.binId,
            t.title.trimmed(),
            nullableId(t.ownerId),
            dateOrNull(t.due),
            t.estimateDays > 0 ? QVariant(t.estimateDays) : null(),
            core::toKey(t.status),
            t.blockedReason,
            textOrNull(t.objectiveWeek),
            timeOrNull(t.createdAt),
            timeOrNull(t.completedAt),
            dateOrNull(t.celebratedOn)};
}

} // namespace

Result<std::vector<core::Task>> ExecutionRepository::loadTasks()
{
    return selectAll<core::Task>(
        m_db.d(),
        QStringLiteral("SELECT id, bin_id, title, owner_id, due_date, estimate_days, status, blocked_reason, "
                       "objective_week, created_at, completed_at, version, celebrated_on FROM task ORDER BY id"),
        [](QSqlQuery& q) {
            core::Task t;
            t.id = q.value(0).toLongLong();
            t.binId = q.value(1).toLongLong();
            t.title = q.value(2).toString();
            t.ownerId = idOrZero(q.value(3));
            t.due = dateFrom(q.value(4));
            t.estimateDays = q.value(5).toDouble();
            t.status = core::taskStatusFromKey(q.value(6).toString()).value_or(core::TaskStatus::Todo);
            t.blockedReason = q.value(7).toString();
            t.objectiveWeek = q.value(8).toString();
            t.createdAt = timeFrom(q.value(9));
            t.completedAt = timeFrom(q.value(10));
            t.version = q.value(11).toLongLong();
            t.celebratedOn = dateFrom(q.value(12));
            return t;
        });
}

Status ExecutionRepository::insert(core::Task& task)
{
    DatabasePrivate* d = m_db.d();
    if (auto s = insertRow(d, QStringLiteral("task"), taskColumns(), taskValues(task), task.id); !s) {
        return s;
    }
    task.version = 1;
    return audited(d, QStringLiteral("task"), task.id, QString(), task.title);
}

Status ExecutionRepository::update(const core::Task& before, core::Task& after)
{
    DatabasePrivate* d = m_db.d();
    if (auto s = updateRow(d, QStringLiteral("task"), taskColumns(), taskValues(after), before.id, before.version); !s) {
        return s;
    }
    AuditDiff diff(d, QStringLiteral("task"), before.id);
    diff.add("bin_id", before.binId, after.binId);
    diff.add("title", before.title, after.title);
    diff.add("owner_id", before.ownerId, after.ownerId);
    diff.add("due_date", dateText(before.due), dateText(after.due));
    diff.add("estimate_days", before.estimateDays, after.estimateDays);
    diff.add("status", core::toKey(before.status), core::toKey(after.status));
    diff.add("blocked_reason", before.blockedReason, after.blockedReason);
    diff.add("objective_week", before.objectiveWeek, after.objectiveWeek);
    diff.add("completed_at", timeText(before.completedAt), timeText(after.completedAt));
    diff.add("celebrated_on", dateText(before.celebratedOn), dateText(after.celebratedOn));
    after.version = before.version + 1;
    return finishUpdate(diff);
}

Status ExecutionRepository::remove(const core::Task& task)
{
    DatabasePrivate* d = m_db.d();
    if (auto s = deleteRow(d, QStringLiteral("task"), task.id, task.version); !s) {
        return s;
    }
    return audited(d, QStringLiteral("task"), task.id, task.title, QString());
}

// ---- Transfers ----

Result<std::vector<core::TaskTransfer>> ExecutionRepository::transfers(core::Id taskId)
{
    QString sql = QStringLiteral("SELECT id, task_id, from_person_id, to_person_id, note, at FROM task_transfer");
    if (taskId != 0) {
        sql += QStringLiteral(" WHERE task_id = %1").arg(taskId); // an integer, not user text
    }
    sql += QStringLiteral(" ORDER BY at, id");
    return selectAll<core::TaskTransfer>(m_db.d(), sql, [](QSqlQuery& q) {
        return core::TaskTransfer{q.value(0).toLongLong(), q.value(1).toLongLong(), idOrZero(q.value(2)),
                                  idOrZero(q.value(3)),    q.value(4).toString(),   timeFrom(q.value(5))};
    });
}

Status ExecutionRepository::insert(core::TaskTransfer& t)
{
    DatabasePrivate* d = m_db.d();
    if (auto s = insertRow(d, QStringLiteral("task_transfer"),
                           {QStringLiteral("task_id"), QStringLiteral("from_person_id"), QStringLiteral("to_person_id"),
                            QStringLiteral("note"), QStringLiteral("at")},
                           {t.taskId, nullableId(t.fromPerson), nullableId(t.toPerson), t.note, timeOrNull(t.at)}, t.id);
        !s) {
        return s;
    }
    return audited(d, QStringLiteral("task_transfer"), t.id, QString(),
                   QStringLiteral("task %1: %2 → %3 %4").arg(t.taskId).arg(t.fromPerson).arg(t.toPerson).arg(t.note));
}

Status ExecutionRepository::remove(const core::TaskTransfer& t)
{
    DatabasePrivate* d = m_db.d();
    QSqlQuery q = d->query();
    q.prepare(QStringLiteral("DELETE FROM task_transfer WHERE id = ?"));
    q.addBindValue(t.id);
    StorageError error;
    if (!d->exec(q, &error)) {
        return unexpected(error);
    }
    return audited(d, QStringLiteral("task_transfer"), t.id, t.note, QString());
}

// ---- Charters (one per bin, keyed by the bin) ----

namespace {

QStringList charterColumns()
{
    return {QStringLiteral("objectives"), QStringLiteral("benefits"), QStringLiteral("scope_in"),
            QStringLiteral("scope_out"),  QStringLiteral("risks"),    QStringLiteral("sponsor_id")};
}
QVariantList charterValues(const core::Charter& c)
{
    return {c.objectives, c.benefits, c.scopeIn, c.scopeOut, c.risks, nullableId(c.sponsorId)};
}

} // namespace

Result<std::vector<core::Charter>> ExecutionRepository::loadCharters()
{
    return selectAll<core::Charter>(
        m_db.d(),
        QStringLiteral("SELECT bin_id, objectives, benefits, scope_in, scope_out, risks, sponsor_id, version "
                       "FROM charter ORDER BY bin_id"),
        [](QSqlQuery& q) {
            return core::Charter{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                                 q.value(3).toString(),   q.value(4).toString(), q.value(5).toString(),
                                 idOrZero(q.value(6)),    q.value(7).toLongLong()};
        });
}

Status ExecutionRepository::insert(core::Charter& c)
{
    DatabasePrivate* d = m_db.d();
    QStringList columns = charterColumns();
    columns.prepend(QStringLiteral("bin_id"));
    QVariantList values = charterValues(c);
    values.prepend(c.binId);
    QStringList marks(columns.size(), QStringLiteral("?"));
    QSqlQuery q = d->query();
    q.prepare(QStringLiteral("INSERT INTO charter (%1) VALUES (%2)")
                  .arg(columns.join(QLatin1String(", ")), marks.join(QLatin1String(", "))));
    for (const QVariant& v : values) {
        q.addBindValue(bindable(v));
    }
    StorageError error;
    if (!d->exec(q, &error)) {
        return unexpected(error);
    }
    c.version = 1;
    return audited(d, QStringLiteral("charter"), c.binId, QString(), c.objectives.left(200));
}

Status ExecutionRepository::update(const core::Charter& before, core::Charter& after)
{
    DatabasePrivate* d = m_db.d();
    QStringList sets;
    for (const QString& column : charterColumns()) {
        sets.append(column + QStringLiteral(" = ?"));
    }
    QSqlQuery q = d->query();
    q.prepare(QStringLiteral("UPDATE charter SET %1, version = version + 1 WHERE bin_id = ? AND version = ?")
                  .arg(sets.join(QLatin1String(", "))));
    for (const QVariant& v : charterValues(after)) {
        q.addBindValue(bindable(v));
    }
    if (auto s = execOnVersion(d, q, QStringLiteral("charter"), before.binId, before.version); !s) {
        return s;
    }
    AuditDiff diff(d, QStringLiteral("charter"), before.binId);
    diff.add("objectives", before.objectives, after.objectives);
    diff.add("benefits", before.benefits, after.benefits);
    diff.add("scope_in", before.scopeIn, after.scopeIn);
    diff.add("scope_out", before.scopeOut, after.scopeOut);
    diff.add("risks", before.risks, after.risks);
    diff.add("sponsor_id", before.sponsorId, after.sponsorId);
    after.version = before.version + 1;
    return finishUpdate(diff);
}

Status ExecutionRepository::remove(const core::Charter& c)
{
    DatabasePrivate* d = m_db.d();
    QSqlQuery q = d->query();
    q.prepare(QStringLiteral("DELETE FROM charter WHERE bin_id = ? AND version = ?"));
    if (auto s = execOnVersion(d, q, QStringLiteral("charter"), c.binId, c.version); !s) {
        return s;
    }
    return audited(d, QStringLiteral("charter"), c.binId, c.objectives.left(200), QString());
}

// ---- Phases ----

namespace {

QStringList phaseColumns()
{
    return {QStringLiteral("bin_id"),   QStringLiteral("name"),       QStringLiteral("start_date"),
            QStringLiteral("end_date"), QStringLiteral("sort_order"), QStringLiteral("reached_on")};
}
QVariantList phaseValues(const core::CharterPhase& p)
{
    return {p.binId, p.name.trimmed(), dateOrNull(p.start), dateOrNull(p.end), p.sortOrder, dateOrNull(p.reachedOn)};
}

} // namespace

Result<std::vector<core::CharterPhase>> ExecutionRepository::loadPhases()
{
    return selectAll<core::CharterPhase>(
        m_db.d(),
        QStringLiteral("SELECT id, bin_id, name, start_date, end_date, sort_order, reached_on, version "
                       "FROM charter_phase ORDER BY bin_id, sort_order, id"),
        [](QSqlQuery& q) {
            core::CharterPhase p;
            p.id = q.value(0).toLongLong();
            p.binId = q.value(1).toLongLong();
            p.name = q.value(2).toString();
            p.start = dateFrom(q.value(3));
            p.end = dateFrom(q.value(4));
            p.sortOrder = q.value(5).toInt();
            p.reachedOn = dateFrom(q.value(6));
            p.version = q.value(7).toLongLong();
            return p;
        });
}

Status ExecutionRepository::insert(core::CharterPhase& p)
{
    DatabasePrivate* d = m_db.d();
    if (auto s = insertRow(d, QStringLiteral("charter_phase"), phaseColumns(), phaseValues(p), p.id); !s) {
        return s;
    }
    p.version = 1;
    return audited(d, QStringLiteral("charter_phase"), p.id, QString(), p.name);
}

Status ExecutionRepository::update(const core::CharterPhase& before, core::CharterPhase& after)
{
    DatabasePrivate* d = m_db.d();
    if (auto s = updateRow(d, QStringLiteral("charter_phase"), phaseColumns(), phaseValues(after), before.id,
                           before.version);
        !s) {
        return s;
    }
    AuditDiff diff(d, QStringLiteral("charter_phase"), before.id);
    diff.add("name", before.name, after.name);
    diff.add("start_date", dateText(before.start), dateText(after.start));
    diff.add("end_date", dateText(before.end), dateText(after.end));
    diff.add("sort_order", before.sortOrder, after.sortOrder);
    diff.add("reached_on", dateText(before.reachedOn), dateText(after.reachedOn));
    after.version = before.version + 1;
    return finishUpdate(diff);
}

Status ExecutionRepository::remove(const core::CharterPhase& p)
{
    DatabasePrivate* d = m_db.d();
    if (auto s = deleteRow(d, QStringLiteral("charter_phase"), p.id, p.version); !s) {
        return s;
    }
    return audited(d, QStringLiteral("charter_phase"), p.id, p.name, QString());
}

// ---- Definition of done ----

Result<std::vector<core::DodItem>> ExecutionRepository::loadDodItems()
{
    return selectAll<core::DodItem>(
        m_db.d(),
        QStringLiteral("SELECT id, bin_id, text, done, sort_order, version FROM dod_item ORDER BY bin_id, sort_order, id"),
        [](QSqlQuery& q) {
            return core::DodItem{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                                 q.value(3).toInt() != 0, q.value(4).toInt(),      q.value(5).toLongLong()};
        });
}

Status ExecutionRepository::insert(core::DodItem& item)
{
    DatabasePrivate* d = m_db.d();
    if (auto s = insertRow(d, QStringLiteral("dod_item"),
                           {QStringLiteral("bin_id"), QStringLiteral("text"), QStringLiteral("done"),
                            QStringLiteral("sort_order")},
                           {item.binId, item.text.trimmed(), item.done ? 1 : 0, item.sortOrder}, item.id);
        !s) {
        return s;
    }
    item.version = 1;
    return audited(d, QStringLiteral("dod_item"), item.id, QString(), item.text);
}

Status ExecutionRepository::update(const core::DodItem& before, core::DodItem& after)
{
    DatabasePrivate* d = m_db.d();
    if (auto s = updateRow(d, QStringLiteral("dod_item"),
                           {QStringLiteral("bin_id"), QStringLiteral("text"), QStringLiteral("done"),
                            QStringLiteral("sort_order")},
                           {after.binId, after.text.trimmed(), after.done ? 1 : 0, after.sortOrder}, before.id,
                           before.version);
        !s) {
        return s;
    }
    AuditDiff diff(d, QStringLiteral("dod_item"), before.id);
    diff.add("text", before.text, after.text);
    diff.add("done", int(before.done), int(after.done));
    diff.add("sort_order", before.sortOrder, after.sortOrder);
    after.version = before.version + 1;
    return finishUpdate(diff);
}

Status ExecutionRepository::remove(const core::DodItem& item)
{
    DatabasePrivate* d = m_db.d();
    if (auto s = deleteRow(d, QStringLiteral("dod_item"), item.id, item.version); !s) {
        return s;
    }
    return audited(d, QStringLiteral("dod_item"), item.id, item.text, QString());
}

// ---- Meetings ----

namespace {

Status writeAttendees(DatabasePrivate* d, const core::Meeting& m)
{
    StorageError error;
    QSqlQuery clear = d->query();
    clear.prepare(QStringLiteral("DELETE FROM meeting_attendee WHERE meeting_id = ?"));
    clear.addBindValue(m.id);
    if (!d->exec(clear, &error)) {
        return unexpected(error);
    }
    for (core::Id person : m.attendees) {
        QSqlQuery q = d->query();
        q.prepare(QStringLiteral("INSERT INTO meeting_attendee (meeting_id, person_id) VALUES (?, ?)"));
        q.addBindValue(m.id);
        q.addBindValue(person);
        if (!d->exec(q, &error)) {
            return unexpected(error);
        }
    }
    return {};
}

QStringList meetingColumns()
{
    return {QStringLiteral("kind"), QStringLiteral("held_on"), QStringLiteral("title"), QStringLiteral("notes"),
            QStringLiteral("decisions"), QStringLiteral("status"), QStringLiteral("reason"), QStringLiteral("body_id")};
}
QVariantList meetingValues(const core::Meeting& m)
{
    // A record of a meeting that took place is "held"; a board session is "planned" until it is closed.
    const QString status = m.closed ? QStringLiteral("closed")
                                    : (m.kind == QLatin1String("change_board") ? QStringLiteral("planned")
                                                                              : QStringLiteral("held"));
    return {m.kind, m.heldOn.toString(Qt::ISODate), m.title, m.notes, m.decisions, status, m.reason,
            nullableId(m.bodyId)};
}

QString idsText(const QList<core::Id>& ids)
{
    QStringList parts;
    for (core::Id id : ids) {
        parts.append(QString::number(id));
    }
    return parts.join(QLatin1Char(','));
}

} // namespace

Result<std::vector<core::Meeting>> ExecutionRepository::loadMeetings()
{
    auto meetings = selectAll<core::Meeting>(
        m_db.d(),
        QStringLiteral("SELECT id, kind, held_on, title, notes, decisions, version, status, reason, body_id FROM meeting "
                       "ORDER BY held_on, id"),
        [](QSqlQuery& q) {
            core::Meeting m;
            m.id = q.value(0).toLongLong();
            m.kind = q.value(1).toString();
            m.heldOn = dateFrom(q.value(2));
            m.title = q.value(3).toString();
            m.notes = q.value(4).toString();
            m.decisions = q.value(5).toString();
            m.version = q.value(6).toLongLong();
            m.closed = q.value(7).toString() == QLatin1String("closed");
            m.reason = q.value(8).toString();
            m.bodyId = idOrZero(q.value(9));
            return m;
        });
    if (!meetings) {
        return meetings;
    }
    auto attendees = selectAll<std::pair<core::Id, core::Id>>(
        m_db.d(), QStringLiteral("SELECT meeting_id, person_id FROM meeting_attendee ORDER BY meeting_id, person_id"),
        [](QSqlQuery& q) { return std::pair(q.value(0).toLongLong(), q.value(1).toLongLong()); });
    if (!attendees) {
        return unexpected(attendees.error());
    }
    QHash<core::Id, core::Meeting*> byId;
    for (core::Meeting& m : *meetings) {
        byId.insert(m.id, &m);
    }
    for (const auto& [meeting, person] : *attendees) {
        if (core::Meeting* m = byId.value(meeting)) {
            m->attendees.append(person);
        }
    }
    return meetings;
}

Status ExecutionRepository::insert(core::Meeting& m)
{
    DatabasePrivate* d = m_db.d();
    if (auto s = insertRow(d, QStringLiteral("meeting"), meetingColumns(), meetingValues(m), m.id); !s) {
        return s;
    }
    m.version = 1;
    if (auto s = writeAttendees(d, m); !s) {
        return s;
    }
    return audited(d, QStringLiteral("meeting"), m.id, QString(), m.title);
}

Status ExecutionRepository::update(const core::Meeting& before, core::Meeting& after)
{
    DatabasePrivate* d = m_db.d();
    if (auto s = updateRow(d, QStringLiteral("meeting"), meetingColumns(), meetingValues(after), before.id,
                           before.version);
        !s) {
        return s;
    }
    if (before.attendees != after.attendees) {
        if (auto s = writeAttendees(d, after); !s) {
            return s;
        }
    }
    AuditDiff diff(d, QStringLiteral("meeting"), before.id);
    diff.add("title", before.title, after.title);
    diff.add("held_on", dateText(before.heldOn), dateText(after.heldOn));
    diff.add("notes", before.notes, after.notes);
    diff.add("decisions", before.decisions, after.decisions);
    diff.add("attendees", idsText(before.attendees), idsText(after.attendees));
    diff.add("closed", int(before.closed), int(after.closed));
    diff.add("reason", before.reason, after.reason);
    diff.add("body_id", before.bodyId, after.bodyId);
    after.version = before.version + 1;
    return finishUpdate(diff);
}

Status ExecutionRepository::remove(const core::Meeting& m)
{
    DatabasePrivate* d = m_db.d();
    if (auto s = deleteRow(d, QStringLiteral("meeting"), m.id, m.version); !s) {
        return s;
    }
    return audited(d, QStringLiteral("meeting"), m.id, m.title, QString());
}

// ---- Notifications ----

Result<std::vector<core::Notification>> ExecutionRepository::loadNotifications()
{
    return selectAll<core::Notification>(
        m_db.d(),
        QStringLiteral("SELECT id, person_id, kind, created_at, read_at, entity, entity_id, text FROM notification "
                       "ORDER BY created_at, id"),
        [](QSqlQuery& q) {
            return core::Notification{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                                      timeFrom(q.value(3)),    timeFrom(q.value(4)),    q.value(5).toString(),
                                      idOrZero(q.value(6)),    q.value(7).toString()};
        });
}

Status ExecutionRepository::insert(core::Notification& n)
{
    return insertRow(m_db.d(), QStringLiteral("notification"),
                     {QStringLiteral("person_id"), QStringLiteral("kind"), QStringLiteral("created_at"),
                      QStringLiteral("read_at"), QStringLiteral("entity"), QStringLiteral("entity_id"),
                      QStringLiteral("text")},
                     {n.personId, n.kind, timeOrNull(n.createdAt), timeOrNull(n.readAt), n.entity,
                      nullableId(n.entityId), n.text},
                     n.id);
}

Status ExecutionRepository::remove(const core::Notification& n)
{
    DatabasePrivate* d = m_db.d();
    QSqlQuery q = d->query();
    q.prepare(QStringLiteral("DELETE FROM notification WHERE id = ?"));
    q.addBindValue(n.id);
    StorageError error;
    if (!d->exec(q, &error)) {
        return unexpected(error);
    }
    return {};
}

Status ExecutionRepository::markRead(const QList<core::Id>& ids, const QDateTime& when)
{
    DatabasePrivate* d = m_db.d();
    StorageError error;
    for (core::Id id : ids) {
        QSqlQuery q = d->query();
        q.prepare(QStringLiteral("UPDATE notification SET read_at = ? WHERE id = ? AND read_at IS NULL"));
        q.addBindValue(timeOrNull(when));
        q.addBindValue(id);
        if (!d->exec(q, &error)) {
            return unexpected(error);
        }
    }
    return {};
}

Status ExecutionRepository::note(const QString& entity, core::Id id, const QString& what, const QString& text)
{
    StorageError error;
    if (!m_db.d()->audit(entity, id, what, QString(), text, &error)) {
        return unexpected(error);
    }
    return {};
}

} // namespace tiller::storage
