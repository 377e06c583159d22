#include "tiller/app/Mail.h"

#include "tiller/app/Portfolio.h"
#include "tiller/app/SmtpClient.h"
#include "tiller/core/Log.h"
#include "tiller/core/Rhythm.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QSaveFile>
#include <QUuid>
#include <map>

namespace tiller::app {

namespace {

class DigestText
{
    Q_DECLARE_TR_FUNCTIONS(Digest)
};

QString kindHeading(const QString& key)
{
    using K = core::NotificationKind;
    const auto kind = core::notificationKindFromKey(key);
    if (!kind) {
        return key;
    }
    switch (*kind) {
    case K::DueSoon:
        return DigestText::tr("Due soon");
    case K::Overdue:
        return DigestText::tr("Overdue");
    case K::TaskTransferred:
        return DigestText::tr("Tasks handed over to you");
    case K::BlockerRaised:
        return DigestText::tr("Blockers raised");
    case K::ChangeDecided:
        return DigestText::tr("Change requests decided");
    case K::RoundOpened:
        return DigestText::tr("Voting rounds opened");
    case K::RoundClosing:
        return DigestText::tr("Voting rounds closing");
    }
    return key;
}

QString longDate(QDate d)
{
    return QLocale().toString(d, QLocale::LongFormat);
}

QString taskLine(const Portfolio& p, const core::Task& t)
{
    const core::ProjectBin* bin = p.bin(t.binId);
    return bin ? QStringLiteral("  - %1  %2 (%3)").arg(t.due.toString(Qt::ISODate), t.title, bin->code)
               : QStringLiteral("  - %1  %2").arg(t.due.toString(Qt::ISODate), t.title);
}

const QString signature = QStringLiteral("\n-- \nTiller\n");

} // namespace

QString toKey(DigestPeriod p)
{
    return p == DigestPeriod::Weekly ? QStringLiteral("weekly") : QStringLiteral("daily");
}

std::optional<DigestPeriod> digestPeriodFromKey(const QString& key)
{
    if (key == QLatin1String("daily")) {
        return DigestPeriod::Daily;
    }
    if (key == QLatin1String("weekly")) {
        return DigestPeriod::Weekly;
    }
    return std::nullopt;
}

std::optional<PersonMail> Digest::forPerson(const Portfolio& p, core::Id personId, DigestPeriod period,
                                            const MailAddress& from)
{
    const core::Person* person = p.person(personId);
    if (!person || person->email.trimmed().isEmpty()) {
        return std::nullopt;
    }
    const QDateTime now = p.now();
    const QDate today = now.date();
    const QDateTime since = now.addDays(period == DigestPeriod::Weekly ? -7 : -1);

    // Notifications by kind, in the order of the kinds' declaration, oldest first within a kind.
    std::map<int, std::vector<const core::Notification*>> byKind;
    int notices = 0;
    for (const core::Notification& n : p.notifications()) {
        if (n.personId != personId || n.readAt.isValid() || n.createdAt < since || n.createdAt > now) {
            continue;
        }
        const auto kind = core::notificationKindFromKey(n.kind);
        byKind[kind ? int(*kind) : core::NotificationKindCount].push_back(&n);
        ++notices;
    }
    std::vector<const core::Task*> overdue, dueSoon;
    for (const core::Task& t : p.tasks()) {
        if (t.ownerId != personId || t.status == core::TaskStatus::Done || !t.due.isValid()) {
            continue;
        }
        if (t.due < today) {
            overdue.push_back(&t);
        } else if (t.due <= today.addDays(7)) {
            dueSoon.push_back(&t);
        }
    }
    if (notices == 0 && overdue.empty() && dueSoon.empty()) {
        return std::nullopt;
    }
    auto byDue = [](const core::Task* a, const core::Task* b) {
        return std::tie(a->due, a->id) < std::tie(b->due, b->id);
    };
    std::sort(overdue.begin(), overdue.end(), byDue);
    std::sort(dueSoon.begin(), dueSoon.end(), byDue);

    QString text;
    text += DigestText::tr("Hello %1,").arg(person->name) + QStringLiteral("\n\n");
    text += (period == DigestPeriod::Weekly ? DigestText::tr("Here is your weekly digest of %1 for the week to %2.")
                                            : DigestText::tr("Here is your daily digest of %1 for %2."))
                .arg(p.program().name.isEmpty() ? QStringLiteral("Tiller") : p.program().name, longDate(today)) +
            QStringLiteral("\n");
    for (const auto& [kind, list] : byKind) {
        const QString heading = QStringLiteral("%1 (%2)").arg(kindHeading(list.front()->kind)).arg(list.size());
        text += QStringLiteral("\n") + heading + QStringLiteral("\n") + QString(heading.size(), QLatin1Char('-')) +
                QStringLiteral("\n");
        for (const core::Notification* n : list) {
            text += QStringLiteral("  - ") + n->text + QStringLiteral("\n");
        }
    }
    if (!overdue.empty()) {
        const QString heading = DigestText::tr("Your overdue tasks (%1)").arg(overdue.size());
        text += QStringLiteral("\n") + heading + QStringLiteral("\n") + QString(heading.size(), QLatin1Char('-')) +
                QStringLiteral("\n");
        for (const core::Task* t : overdue) {
            text += taskLine(p, *t) + QStringLiteral("\n");
        }
    }
    if (!dueSoon.empty()) {
        const QString heading = DigestText::tr("Your tasks due in the next 7 days (%1)").arg(dueSoon.size());
        text += QStringLiteral("\n") + heading + QStringLiteral("\n") + QString(heading.size(), QLatin1Char('-')) +
                QStringLiteral("\n");
        for (const core::Task* t : dueSoon) {
            text += taskLine(p, *t) + QStringLiteral("\n");
        }
    }
    text += signature;

    PersonMail mail;
    mail.personId = personId;
    mail.message.setFrom(from);
    mail.message.setTo({person->name, person->email.trimmed()});
    mail.message.setSubject(period == DigestPeriod::Weekly
                                ? DigestText::tr("Your weekly Tiller digest, week of %1").arg(longDate(today))
                                : DigestText::tr("Your daily Tiller digest, %1").arg(longDate(today)));
    mail.message.setText(text);
    mail.message.setDate(now);
    // One digest per person and period and day: running the command twice queues it once.
    mail.reference =
        QStringLiteral("digest-%1-%2-%3").arg(toKey(period)).arg(personId).arg(today.toString(Qt::ISODate));
    mail.message.setReference(mail.reference);
    return mail;
}

std::vector<PersonMail> Digest::forEveryone(const Portfolio& p, DigestPeriod period, const QSet<core::Id>& weeklyPeople,
                                            const MailAddress& from, QStringList* skipped)
{
    std::vector<PersonMail> out;
    for (const core::Person& person : p.people()) {
        const DigestPeriod wanted = weeklyPeople.contains(person.id) ? DigestPeriod::Weekly : DigestPeriod::Daily;
        if (wanted != period) {
            continue;
        }
        if (person.email.trimmed().isEmpty()) {
            core::logger("tiller.mail")
                ->info("no digest for {} (id {}): no e-mail address", person.name.toStdString(), person.id);
            if (skipped) {
                skipped->append(person.name);
            }
            continue;
        }
        if (auto mail = forPerson(p, person.id, period, from)) {
            out.push_back(std::move(*mail));
        }
    }
    return out;
}

std::vector<PersonMail> Digest::instantMails(const Portfolio& p, const QStringList& kinds, const MailAddress& from,
                                             QStringList* skipped)
{
    std::vector<PersonMail> out;
    for (const core::Notification& n : p.notifications()) {
        if (n.readAt.isValid() || !kinds.contains(n.kind)) {
            continue;
        }
        const core::Person* person = p.person(n.personId);
        if (!person) {
            continue;
        }
        if (person->email.trimmed().isEmpty()) {
            core::logger("tiller.mail")
                ->info("no mail for {} (id {}): no e-mail address", person->name.toStdString(), person->id);
            if (skipped && !skipped->contains(person->name)) {
                skipped->append(person->name);
            }
            continue;
        }
        PersonMail mail;
        mail.personId = person->id;
        mail.message.setFrom(from);
        mail.message.setTo({person->name, person->email.trimmed()});
        mail.message.setSubject(QStringLiteral("%1: %2").arg(kindHeading(n.kind), n.text));
        mail.message.setText(DigestText::tr("Hello %1,").arg(person->name) + QStringLiteral("\n\n") + n.text +
                             QStringLiteral("\n") + signature);
        mail.message.setDate(n.createdAt.isValid() ? n.createdAt : p.now());
        mail.reference = QStringLiteral("notification-%1").arg(n.id);
        mail.message.setReference(mail.reference);
        out.push_back(std::move(mail));
    }
    return out;
}

core::Expected<int, storage::StorageError> Mailer::queue(storage::Database& db, const std::vector<PersonMail>& mails,
                                                         const QDateTime& now)
{
    storage::OutboxRepository outbox(db);
    int queued = 0;
    for (const PersonMail& m : mails) {
        // The header line with its line end: "notification-4" must not match "notification-42".
        const QString marker = QStringLiteral("X-Tiller-Ref: %1\r\n").arg(m.reference);
        auto known = outbox.containsMarker(marker);
        if (!known) {
            return core::unexpected(known.error());
        }
        if (*known) {
            continue;
        }
        storage::OutboxMail mail;
        mail.to = m.message.to().address;
        mail.subject = m.message.subject();
        mail.message = QString::fromLatin1(m.message.toEml());
        mail.createdAt = now;
        if (auto s = outbox.enqueue(mail); !s) {
            return core::unexpected(s.error());
        }
        ++queued;
    }
    return queued;
}

core::Expected<SendReport, storage::StorageError>
Mailer::sendPending(storage::Database& db, const MailSettings& settings, const QString& password, const QDateTime& now)
{
    storage::OutboxRepository outbox(db);
    auto pending = outbox.pending();
    if (!pending) {
        return core::unexpected(pending.error());
    }
    SendReport report;
    if (pending->empty()) {
        return report;
    }
    auto log = core::logger("tiller.mail");
    SmtpClient client(settings, password);
    std::optional<SmtpError> unreachable;
    if (auto opened = client.open(); !opened) {
        unreachable = opened.error();
    }
    for (const storage::OutboxMail& mail : *pending) {
        core::Expected<void, SmtpError> result;
        if (unreachable) {
            result = core::unexpected(*unreachable);
        } else {
            result = client.send(settings.from, mail.to, mail.message.toLatin1());
            if (!result) {
                using C = SmtpError::Code;
                const C c = result.error().code;
                if (c == C::Connect || c == C::Timeout || c == C::Tls || c == C::Auth) {
                    unreachable = result.error();
                }
            }
        }
        if (result) {
            if (auto s = outbox.markSent(mail.id, now); !s) {
                return core::unexpected(s.error());
            }
            ++report.sent;
            log->info("sent mail {} to {}", mail.id, mail.to.toStdString());
        } else {
            const QString why = result.error().message();
            if (auto s = outbox.recordFailure(mail.id, why); !s) {
                return core::unexpected(s.error());
            }
            ++report.failed;
            report.errors.append(QStringLiteral("%1: %2").arg(mail.to, why));
            log->warn("mail {} to {} not sent: {}", mail.id, mail.to.toStdString(), why.toStdString());
        }
    }
    client.close();
    return report;
}

bool Mailer::writeEml(const QByteArray& message, const QString& path, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(message) != message.size() || !file.commit()) {
        if (error) {
            *error = file.errorString();
        }
        return false;
    }
    return true;
}

QString Mailer::emlFileName(int number, const QString& who)
{
    static const QRegularExpression unsafe(QStringLiteral("[^a-z0-9]+"));
    QString slug = who.toLower().normalized(QString::NormalizationForm_KD);
    slug.remove(QRegularExpression(QStringLiteral("[\\x{0300}-\\x{036f}]")));
    slug.replace(unsafe, QStringLiteral("-"));
    slug = slug.mid(0, 40);
    while (slug.startsWith(QLatin1Char('-')))
        slug.remove(0, 1);
    while (slug.endsWith(QLatin1Char('-')))
        slug.chop(1);
    return QStringLiteral("%1-%2.eml")
        .arg(number, 4, 10, QLatin1Char('0'))
        .arg(slug.isEmpty() ? QStringLiteral("mail") : slug);
}

} // namespace tiller::app
