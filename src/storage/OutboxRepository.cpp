#include "tiller/storage/OutboxRepository.h"

#include "RepositorySupport.h"
#include "tiller/storage/Database.h"
#include "tiller/storage/Transaction.h"

namespace tiller::storage {

using namespace detail;

namespace {

// A NULL is bound with a null value of a non-string type (an empty string would be stored as "", see bindable).
QVariant null()
{
    return QVariant(QMetaType::fromType<qint64>());
}
QVariant timeOrNull(const QDateTime& t)
{
    return t.isValid() ? QVariant(t.toUTC().toString(Qt::ISODateWithMs)) : null();
}
QDateTime timeFrom(const QVariant& v)
{
    if (v.isNull()) {
        return {};
    }
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (!t.isValid()) {
        t = QDateTime::fromString(v.toString(), Qt::ISODate);
    }
    if (t.isValid() && t.timeSpec() == Qt::LocalTime) {
        t.setTimeSpec(Qt::UTC); // stored times are UTC
    }
    return t;
}

const QString selectColumns =
    QStringLiteral("SELECT id, to_address, subject, body, created_at, attempts, last_error, sent_at FROM mail_outbox ");

OutboxMail fromRow(QSqlQuery& q)
{
    return OutboxMail{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                      timeFrom(q.value(4)),    q.value(5).toInt(),    q.value(6).toString(), timeFrom(q.value(7))};
}

// Runs one statement as a whole action.
Status writeAlone(Database& db, const QString& label, QSqlQuery& q)
{
    Transaction tx(db, label);
    if (!tx.isActive()) {
        return unexpected(tx.beginError());
    }
    StorageError error;
    if (!db.d()->exec(q, &error)) {
        return unexpected(error);
    }
    if (q.numRowsAffected() == 0) {
        error.code = StorageError::Code::NotFound;
        error.path = db.d()->path;
        error.detail = QStringLiteral("no such mail in the outbox");
        return unexpected(error);
    }
    return tx.commit();
}

} // namespace

Status OutboxRepository::enqueue(OutboxMail& mail)
{
    if (!mail.createdAt.isValid()) {
        mail.createdAt = QDateTime::currentDateTimeUtc();
    }
    Transaction tx(m_db, QStringLiteral("Queue mail"));
    if (!tx.isActive()) {
        return unexpected(tx.beginError());
    }
    mail.id = 0;
    if (Status s = insertRow(m_db.d(), QStringLiteral("mail_outbox"),
                             {QStringLiteral("to_address"), QStringLiteral("subject"), QStringLiteral("body"),
                              QStringLiteral("created_at"), QStringLiteral("attempts"), QStringLiteral("last_error"),
                              QStringLiteral("sent_at")},
                             {mail.to, mail.subject, mail.message, timeOrNull(mail.createdAt), mail.attempts,
                              mail.lastError, timeOrNull(mail.sentAt)},
                             mail.id);
        !s) {
        return s;
    }
    return tx.commit();
}

Result<std::vector<OutboxMail>> OutboxRepository::pending()
{
    return selectAll<OutboxMail>(m_db.d(), selectColumns + QStringLiteral("WHERE sent_at IS NULL ORDER BY id"),
                                 fromRow);
}

Result<std::vector<OutboxMail>> OutboxRepository::all()
{
    return selectAll<OutboxMail>(m_db.d(), selectColumns + QStringLiteral("ORDER BY id"), fromRow);
}

Result<std::optional<OutboxMail>> OutboxRepository::find(core::Id id)
{
    DatabasePrivate* d = m_db.d();
    QSqlQuery q = d->query();
    q.prepare(selectColumns + QStringLiteral("WHERE id = ?"));
    q.addBindValue(id);
    StorageError error;
    if (!d->exec(q, &error)) {
        return unexpected(error);
    }
    if (!q.next()) {
        return std::optional<OutboxMail>();
    }
    return std::optional<OutboxMail>(fromRow(q));
}

Result<bool> OutboxRepository::containsMarker(const QString& marker)
{
    DatabasePrivate* d = m_db.d();
    QSqlQuery q = d->query();
    // LIKE with the wildcards escaped: matched literally, the same on SQLite and PostgreSQL.
    QString pattern = marker;
    pattern.replace(QLatin1String("\\"), QLatin1String("\\\\"))
        .replace(QLatin1String("%"), QLatin1String("\\%"))
        .replace(QLatin1String("_"), QLatin1String("\\_"));
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM mail_outbox WHERE body LIKE ? ESCAPE '\\'"));
    q.addBindValue(QLatin1Char('%') + pattern + QLatin1Char('%'));
    StorageError error;
    if (!d->exec(q, &error)) {
        return unexpected(error);
    }
    return q.next() && q.value(0).toInt() > 0;
}

Status OutboxRepository::markSent(core::Id id, const QDateTime& when)
{
    QSqlQuery q = m_db.d()->query();
    q.prepare(QStringLiteral("UPDATE mail_outbox SET sent_at = ? WHERE id = ?"));
    q.addBindValue(timeOrNull(when.isValid() ? when : QDateTime::currentDateTimeUtc()));
    q.addBindValue(id);
    return writeAlone(m_db, QStringLiteral("Mail sent"), q);
}

Status OutboxRepository::recordFailure(core::Id id, const QString& error)
{
    QSqlQuery q = m_db.d()->query();
    q.prepare(QStringLiteral("UPDATE mail_outbox SET attempts = attempts + 1, last_error = ? WHERE id = ?"));
    q.addBindValue(bindable(error));
    q.addBindValue(id);
    return writeAlone(m_db, QStringLiteral("Mail failed"), q);
}

} // namespace tiller::storage
