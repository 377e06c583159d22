// What Tiller mails: each person's digest and instant notices, queued in the outbox, then sent over SMTP.
#pragma once

#include "tiller/app/MailMessage.h"
#include "tiller/app/MailSettings.h"
#include "tiller/core/Expected.h"
#include "tiller/core/Types.h"
#include "tiller/storage/OutboxRepository.h"

#include <QDateTime>
#include <QSet>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace tiller::storage {
class Database;
}

namespace tiller::app {

class Portfolio;

enum class DigestPeriod
{
    Daily,
    Weekly
};
QString toKey(DigestPeriod p); // "daily", "weekly"
std::optional<DigestPeriod> digestPeriodFromKey(const QString& key);

// A mail for one person, ready for the outbox.
struct PersonMail
{
    core::Id personId = 0;
    MailMessage message;
    QString reference; // unique per mail: queuing the same reference twice queues it once
};

class Digest
{
public:
    // One person's digest at the portfolio's now(): their unread notifications raised during the period
    // (the last day, or the last seven days), grouped by kind, plus their open tasks overdue or due within
    // seven days. Nothing when the person has no e-mail address or nothing to report.
    static std::optional<PersonMail> forPerson(const Portfolio& portfolio, core::Id personId, DigestPeriod period,
                                               const MailAddress& from);
    // The digests of everyone whose preference is `period` (people in `weeklyPeople` get weekly digests,
    // everyone else daily ones). People without an address are skipped and named in `skipped`.
    static std::vector<PersonMail> forEveryone(const Portfolio& portfolio, DigestPeriod period,
                                               const QSet<core::Id>& weeklyPeople, const MailAddress& from,
                                               QStringList* skipped = nullptr);
    // One mail per unread notification of the given kinds (NotificationKind keys).
    static std::vector<PersonMail> instantMails(const Portfolio& portfolio, const QStringList& kinds,
                                                const MailAddress& from, QStringList* skipped = nullptr);
};

struct SendReport
{
    int sent = 0;
    int failed = 0;
    QStringList errors; // one per failed mail: "to: reason"
};

class Mailer
{
public:
    // Queues the mails not queued before (by reference). Returns how many were queued.
    static core::Expected<int, storage::StorageError> queue(storage::Database& db, const std::vector<PersonMail>& mails,
                                                            const QDateTime& now);
    // Sends every pending mail of the outbox: a success marks it sent, a failure records the attempt and
    // the reason and leaves it pending for the next run. When the server can't be reached at all, every
    // pending mail records that one failure (no retry storm).
    static core::Expected<SendReport, storage::StorageError>
    sendPending(storage::Database& db, const MailSettings& settings, const QString& password, const QDateTime& now);
    // Writes a mail as an .eml file.
    static bool writeEml(const QByteArray& message, const QString& path, QString* error = nullptr);
    // A file name for a mail: "0007-ada-lovelace.eml".
    static QString emlFileName(int number, const QString& who);
};

} // namespace tiller::app
