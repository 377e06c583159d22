// The mail outbox: every mail waits here until a send succeeds, so a failed send is retried, never lost.
#pragma once

#include "tiller/core/Types.h"
#include "tiller/storage/Repositories.h"

#include <QDateTime>
#include <QString>
#include <optional>
#include <vector>

namespace tiller::storage {

// One queued mail. `message` is the complete RFC 5322 message (headers and encoded body, CRLF line ends,
// 7-bit ASCII) exactly as it goes to the SMTP server and into an .eml file; `subject` and `to` repeat the
// headers' values in plain words for listings.
struct OutboxMail
{
    core::Id id = 0;
    QString to;
    QString subject;
    QString message;
    QDateTime createdAt;
    int attempts = 0;
    QString lastError;
    QDateTime sentAt; // invalid: still pending
};

// Unlike the program's repositories, each write here is a whole action: it runs in its own
// storage::Transaction (so call them outside any other transaction), and is not audited (the outbox is
// delivery plumbing, not the program).
class OutboxRepository
{
public:
    explicit OutboxRepository(Database& db) : m_db(db) {}

    Status enqueue(OutboxMail& mail); // fills id (and createdAt when unset)
    // Pending mails (never sent), oldest first.
    Result<std::vector<OutboxMail>> pending();
    // Every mail, oldest first.
    Result<std::vector<OutboxMail>> all();
    Result<std::optional<OutboxMail>> find(core::Id id);
    // Whether a mail whose message contains `marker` is in the outbox (sent or not): used to queue a
    // mail once (markers are unique header values such as a Message-ID).
    Result<bool> containsMarker(const QString& marker);
    Status markSent(core::Id id, const QDateTime& when);
    // A failed attempt: attempts + 1 and the reason; the mail stays pending.
    Status recordFailure(core::Id id, const QString& error);

private:
    Database& m_db;
};

} // namespace tiller::storage
