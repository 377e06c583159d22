// E-mail from the desktop app: queue the digests and instant mails due now, then send the outbox on a worker
// thread (with its own connection to the portfolio), so the window never waits for a mail server.
#pragma once

#include "tiller/app/MailSettings.h"
#include "tiller/core/Types.h"

#include <QObject>
#include <QSet>
#include <QStringList>

class QThread;

namespace tiller::app {

class Portfolio;

// Who wants a weekly digest rather than a daily one: the settings list people by id or e-mail address.
QSet<core::Id> weeklyDigestPeople(const Portfolio& portfolio, const QStringList& entries);

class MailService : public QObject
{
    Q_OBJECT
public:
    explicit MailService(Portfolio* portfolio, QObject* parent = nullptr);
    ~MailService() override;

    // Queues today's digests (daily ones, and on Mondays the weekly ones) and the instant mails, then starts
    // sending the outbox in the background. False with a reason when it can't start: no server or sender set,
    // a password file others can read, a read-only portfolio, or a send already under way.
    bool sendNow(const MailSettings& settings, const QSet<core::Id>& weeklyPeople, QString* error);
    bool isBusy() const { return m_worker != nullptr; }
    // Waits for a send under way to end (tests; closing the app).
    void wait();

signals:
    // How many mails were queued just now (before sending).
    void queued(int count);
    // The outbox was sent: `errors` has one line per failed mail ("to: reason").
    void finished(int sent, int failed, const QStringList& errors);

private:
    Portfolio* m_portfolio;
    QThread* m_worker = nullptr;
};

} // namespace tiller::app
