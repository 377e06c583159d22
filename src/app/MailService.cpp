#include "tiller/app/MailService.h"

#include "tiller/app/Mail.h"
#include "tiller/app/Portfolio.h"
#include "tiller/app/Text.h"
#include "tiller/storage/Database.h"

#include <QThread>

namespace tiller::app {

QSet<core::Id> weeklyDigestPeople(const Portfolio& portfolio, const QStringList& entries)
{
    QSet<core::Id> weekly;
    for (const QString& entry : entries) {
        for (const core::Person& person : portfolio.people()) {
            if (QString::number(person.id) == entry.trimmed() ||
                (!person.email.isEmpty() && person.email.compare(entry.trimmed(), Qt::CaseInsensitive) == 0)) {
                weekly.insert(person.id);
            }
        }
    }
    return weekly;
}

MailService::MailService(Portfolio* portfolio, QObject* parent) : QObject(parent), m_portfolio(portfolio) {}

MailService::~MailService() { wait(); }

void MailService::wait()
{
    if (m_worker) {
        m_worker->wait();
    }
}

bool MailService::sendNow(const MailSettings& settings, const QSet<core::Id>& weeklyPeople, QString* error)
{
    if (m_worker) {
        *error = Text::tr("Mail is already being sent.");
        return false;
    }
    if (settings.host.trimmed().isEmpty() || settings.from.trimmed().isEmpty()) {
        *error = Text::tr("Set the mail server and the sender's address in Preferences first.");
        return false;
    }
    if (m_portfolio->isReadOnly()) {
        *error = m_portfolio->readOnlyReason();
        return false;
    }
    const auto password = smtpPassword();
    if (!password) {
        *error = password.error();
        return false;
    }
    const MailAddress from{settings.fromName, settings.from};
    std::vector<PersonMail> mails = Digest::forEveryone(*m_portfolio, DigestPeriod::Daily, weeklyPeople, from);
    if (m_portfolio->now().date().dayOfWeek() == Qt::Monday) {
        const auto weekly = Digest::forEveryone(*m_portfolio, DigestPeriod::Weekly, weeklyPeople, from);
        mails.insert(mails.end(), weekly.begin(), weekly.end());
    }
    const auto instant = Digest::instantMails(*m_portfolio, settings.instantKinds, from);
    mails.insert(mails.end(), instant.begin(), instant.end());
    const auto queuedNow = Mailer::queue(m_portfolio->database(), mails, m_portfolio->now());
    if (!queuedNow) {
        *error = Text::error(queuedNow.error());
        return false;
    }
    emit queued(*queuedNow);

    // The worker opens its own connection: a database connection belongs to the thread that made it.
    const QString location = m_portfolio->location();
    const QDateTime now = m_portfolio->now();
    m_worker = QThread::create([this, location, settings, secret = *password, now] {
        storage::Database::Options options;
        options.create = false;
        options.migrate = false;
        options.takeLock = false; // beside the app, which holds the lock
        int sent = 0, failed = 0;
        QStringList errors;
        auto db = storage::Database::open(location, options);
        if (!db) {
            errors.append(Text::error(db.error()));
            failed = 1;
        } else if (auto report = Mailer::sendPending(**db, settings, secret, now); !report) {
            errors.append(Text::error(report.error()));
            failed = 1;
        } else {
            sent = report->sent;
            failed = report->failed;
            errors = report->errors;
        }
        QMetaObject::invokeMethod(this, [this, sent, failed, errors] { emit finished(sent, failed, errors); },
                                  Qt::QueuedConnection);
    });
    connect(m_worker, &QThread::finished, this, [this] {
        m_worker->deleteLater();
        m_worker = nullptr;
    });
    m_worker->start();
    return true;
}

} // namespace tiller::app
