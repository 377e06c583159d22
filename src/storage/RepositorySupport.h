// Helpers shared by the repositories: row writes with version checks, audit diffs, typed selects.
#pragma once

#include "DatabasePrivate.h"
#include "tiller/storage/Repositories.h"

#include <QStringList>

namespace tiller::storage::detail {

using core::unexpected;

// Collects the changed fields of an update and writes one audit row each.
class AuditDiff
{
public:
    AuditDiff(DatabasePrivate* d, QString entity, qint64 id) : m_d(d), m_entity(std::move(entity)), m_id(id) {}
    template <typename T>
    void add(const char* field, const T& before, const T& after)
    {
        if (before != after) {
            m_rows.append({QLatin1String(field), text(before), text(after)});
        }
    }
    bool write(StorageError* error) const
    {
        for (const auto& r : m_rows) {
            if (!m_d->audit(m_entity, m_id, r[0], r[1], r[2], error)) {
                return false;
            }
        }
        return true;
    }

private:
    static QString text(const QString& s) { return s; }
    static QString text(qint64 v) { return QString::number(v); }
    static QString text(int v) { return QString::number(v); }
    static QString text(double v) { return QString::number(v, 'g', 12); }
    static QString text(const QList<qint64>& ids)
    {
        QStringList parts;
        for (qint64 id : ids) {
            parts.append(QString::number(id));
        }
        return parts.join(QLatin1Char(','));
    }
    DatabasePrivate* m_d;
    QString m_entity;
    qint64 m_id;
    QList<QStringList> m_rows;
};

inline Status conflict(DatabasePrivate* d, const QString& entity, qint64 id)
{
    StorageError e;
    e.code = StorageError::Code::Conflict;
    e.path = d->path;
    e.detail = QStringLiteral("%1 %2 changed since it was read").arg(entity).arg(id);
    return unexpected(e);
}

// Runs an INSERT … RETURNING id, or an insert with the given id.
inline Status insertRow(DatabasePrivate* d, const QString& table, QStringList columns, QVariantList values, qint64& id)
{
    if (id != 0) {
        columns.prepend(QStringLiteral("id"));
        values.prepend(id);
    }
    QStringList marks;
    for (int i = 0; i < columns.size(); ++i) {
        marks.append(QStringLiteral("?"));
    }
    QSqlQuery q = d->query();
    q.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) RETURNING id")
                  .arg(table, columns.join(QLatin1String(", ")), marks.join(QLatin1String(", "))));
    for (const QVariant& v : values) {
        q.addBindValue(bindable(v));
    }
    StorageError error;
    if (!d->exec(q, &error)) {
        return unexpected(error);
    }
    if (q.next()) {
        id = q.value(0).toLongLong();
    }
    return {};
}

// Runs a statement that must touch exactly the row (id, version): none means it moved since it was read.
inline Status execOnVersion(DatabasePrivate* d, QSqlQuery& q, const QString& table, qint64 id, qint64 expectedVersion)
{
    q.addBindValue(id);
    q.addBindValue(expectedVersion);
    StorageError error;
    if (!d->exec(q, &error)) {
        return unexpected(error);
    }
    if (q.numRowsAffected() != 1) {
        return conflict(d, table, id);
    }
    return {};
}

inline Status updateRow(DatabasePrivate* d, const QString& table, const QStringList& columns, QVariantList values, qint64 id,
                 qint64 expectedVersion)
{
    QStringList sets;
    for (const QString& c : columns) {
        sets.append(c + QStringLiteral(" = ?"));
    }
    QSqlQuery q = d->query();
    q.prepare(QStringLiteral("UPDATE %1 SET %2, version = version + 1 WHERE id = ? AND version = ?")
                  .arg(table, sets.join(QLatin1String(", "))));
    for (const QVariant& v : values) {
        q.addBindValue(bindable(v));
    }
    return execOnVersion(d, q, table, id, expectedVersion);
}

inline Status deleteRow(DatabasePrivate* d, const QString& table, qint64 id, qint64 expectedVersion)
{
    QSqlQuery q = d->query();
    q.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ? AND version = ?").arg(table));
    return execOnVersion(d, q, table, id, expectedVersion);
}

template <typename T, typename Fn>
Result<std::vector<T>> selectAll(DatabasePrivate* d, const QString& sql, Fn&& fromRow)
{
    QSqlQuery q = d->query();
    q.setForwardOnly(true);
    q.prepare(sql);
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

inline Result<int> countUses(DatabasePrivate* d, const QStringList& queries, qint64 id)
{
    int total = 0;
    for (const QString& sql : queries) {
        QSqlQuery q = d->query();
        q.prepare(sql);
        q.addBindValue(id);
        StorageError error;
        if (!d->exec(q, &error)) {
            return unexpected(error);
        }
        if (q.next()) {
            total += q.value(0).toInt();
        }
    }
    return total;
}

// Audits an insert (before empty) or a delete (after empty) of a row, described in words.
inline Status audited(DatabasePrivate* d, const QString& entity, core::Id id, const QString& before,
                      const QString& after)
{
    StorageError error;
    if (!d->audit(entity, id, QString(), before, after, &error)) {
        return unexpected(error);
    }
    return {};
}

// Writes an update's audit rows.
inline Status finishUpdate(const AuditDiff& diff)
{
    StorageError error;
    if (!diff.write(&error)) {
        return unexpected(error);
    }
    return {};
}

inline qint64 idOrZero(const QVariant& v) { return v.isNull() ? 0 : v.toLongLong(); }


// Replaces the links of one row in a two-column link table (initiative → pain points, request → pain points…).
inline Status writeLinks(DatabasePrivate* d, const QString& table, const QString& ownerColumn,
                         const QString& otherColumn, qint64 owner, const QList<qint64>& others)
{
    StorageError error;
    QSqlQuery del = d->query();
    del.prepare(QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(table, ownerColumn));
    del.addBindValue(owner);
    if (!d->exec(del, &error)) {
        return unexpected(error);
    }
    QSqlQuery ins = d->query();
    ins.prepare(QStringLiteral("INSERT INTO %1 (%2, %3) VALUES (?, ?)").arg(table, ownerColumn, otherColumn));
    for (qint64 other : others) {
        ins.addBindValue(owner);
        ins.addBindValue(other);
        if (!d->exec(ins, &error)) {
            return unexpected(error);
        }
    }
    return {};
}

// Reads a link table into rows sorted by id: `member` picks the list to fill in each row.
template <typename T, typename Member>
Status readLinks(DatabasePrivate* d, const QString& table, const QString& ownerColumn, const QString& otherColumn,
                 std::vector<T>& rows, Member member)
{
    QSqlQuery q = d->query();
    q.setForwardOnly(true);
    StorageError error;
    q.prepare(QStringLiteral("SELECT %2, %3 FROM %1 ORDER BY %2, %3").arg(table, ownerColumn, otherColumn));
    if (!d->exec(q, &error)) {
        return unexpected(error);
    }
    std::size_t at = 0;
    while (q.next()) {
        const qint64 owner = q.value(0).toLongLong();
        while (at < rows.size() && rows[at].id < owner) {
            ++at;
        }
        if (at < rows.size() && rows[at].id == owner) {
            (rows[at].*member).append(q.value(1).toLongLong());
        }
    }
    return {};
}

} // namespace tiller::storage::detail
