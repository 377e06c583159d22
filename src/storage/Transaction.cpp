#include "tiller/storage/Transaction.h"

#include "DatabasePrivate.h"

namespace tiller::storage {

Transaction::Transaction(Database& db, const QString& label) : m_db(db)
{
    DatabasePrivate* d = db.d();
    if (d->readOnly != Database::ReadOnlyReason::None) {
        m_error.code = StorageError::Code::ReadOnly;
        m_error.path = d->path;
        return;
    }
    if (d->inTransaction) {
        m_error.code = StorageError::Code::Sql;
        m_error.detail = QStringLiteral("nested transaction");
        return;
    }
    if (d->exec(d->dialect.beginWrite(), &m_error)) {
        m_active = true;
        d->inTransaction = true;
        d->currentAction = label;
    }
}

Transaction::~Transaction()
{
    if (m_active) {
        rollback();
    }
}

core::Expected<void, StorageError> Transaction::commit()
{
    if (!m_active) {
        return core::unexpected(m_error.code == StorageError::Code::None ? StorageError{StorageError::Code::Sql}
                                                                         : m_error);
    }
    DatabasePrivate* d = m_db.d();
    StorageError error;
    if (!d->exec(QStringLiteral("COMMIT"), &error)) {
        rollback();
        return core::unexpected(error);
    }
    m_active = false;
    d->inTransaction = false;
    d->currentAction.clear();
    return {};
}

void Transaction::rollback()
{
    if (!m_active) {
        return;
    }
    DatabasePrivate* d = m_db.d();
    d->exec(QStringLiteral("ROLLBACK"), nullptr);
    m_active = false;
    d->inTransaction = false;
    d->currentAction.clear();
}

} // namespace tiller::storage
