// The execution part of Portfolio: tasks, charters, phases, definitions of done, meetings and notifications —
// in memory, checked, written in the command's transaction.
#include "tiller/app/Portfolio.h"

#include "PortfolioSupport.h"

#include "tiller/app/Text.h"
#include "tiller/core/Log.h"
#include "tiller/core/Rhythm.h"
#include "tiller/storage/ExecutionRepository.h"
#include "tiller/storage/Transaction.h"

#include <QSet>

namespace tiller::app {

using core::unexpected;
using storage::StorageError;

using namespace detail;

core::Expected<void, StorageError> Portfolio::loadExecution()
{
    storage::ExecutionRepository repo(*m_db);
    m_tasks.clear();
    m_taskIndex.clear();
    m_tasksLoaded = false; // read when first asked for: opening a large program stays fast
    auto charters = repo.loadCharters();
    auto phases = repo.loadPhases();
    auto dod = repo.loadDodItems();
    auto meetings = repo.loadMeetings();
    auto notifications = repo.loadNotifications();
    for (const StorageError* e : {charters ? nullptr : &charters.error(),
                                  phases ? nullptr : &phases.error(), dod ? nullptr : &dod.error(),
                                  meetings ? nullptr : &meetings.error(),
                                  notifications ? nullptr : &notifications.error()}) {
        if (e) {
            return unexpected(*e);
        }
    }
    m_charters = std::move(*charters);
    m_phases = std::move(*phases);
    m_dodItems = std::move(*dod);
    m_meetings = std::move(*meetings);
    m_notifications = std::move(*notifications);
    return {};
}

const std::vector<core::Task>& Portfolio::tasks() const
{
    if (!m_tasksLoaded) {
        m_tasksLoaded = true;
        auto rows = storage::ExecutionRepository(*m_db).loadTasks();
        if (!rows) {
            core::logger("tiller.app")->error("can't read the tasks of {}: {}", m_db->location().toStdString(),
                               rows.error().technical().toStdString());
        } else {
            m_tasks = std::move(*rows);
        }
        m_taskIndex.reserve(qsizetype(m_tasks.size()));
        for (std::size_t i = 0; i < m_tasks.size(); ++i) {
            m_taskIndex.insert(m_tasks[i].id, i);
        }
    }
    return m_tasks;
}

const core::Task* Portfolio::task(core::Id id) const
{
    tasks();
    const auto it = m_taskIndex.constFind(id);
    return it == m_taskIndex.cend() ? nullptr : &m_tasks[*it];
}

std::vector<core::TaskTransfer> Portfolio::taskHistory(core::Id taskId) const
{
    auto rows = storage::ExecutionRepository(*m_db).transfers(taskId);
    return rows ? std::move(*rows) : std::vector<core::TaskTransfer>{};
}

const core::Charter* Portfolio::charter(core::Id binId) const
{
    for (const core::Charter& c : m_charters) {
        if (c.binId == binId) {
            return &c;
        }
    }
    return nullptr;
}

std::vector<core::CharterPhase> Portfolio::phases(core::Id binId) const
{
    std::vector<core::CharterPhase> out;
    std::copy_if(m_phases.begin(), m_phases.end(), std::back_inserter(out),
                 [&](const auto& p) { return p.binId == binId; });
    std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.sortOrder < b.sortOrder; });
    return out;
}

std::vector<core::DodItem> Portfolio::definitionOfDone(core::Id binId) const
{
    std::vector<core::DodItem> out;
    std::copy_if(m_dodItems.begin(), m_dodItems.end(), std::back_inserter(out),
                 [&](const auto& d) { return d.binId == binId; });
    std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.sortOrder < b.sortOrder; });
    return out;
}

const core::Meeting* Portfolio::meeting(core::Id id) const { return byId(m_meetings, id); }

int Portfolio::unreadNotifications(core::Id personId) const
{
    return int(std::count_if(m_notifications.begin(), m_notifications.end(),
                             [&](const auto& n) { return n.personId == personId && !n.readAt.isValid(); }));
}

std::optional<QString> Portfolio::validateExecution(const ChangeSet& changes) const
{
    QSet<core::Id> binsGoing;
    for (const auto& c : changes.bins) {
        if (c.before && !c.after) {
            binsGoing.insert(c.before->id);
        }
    }
    const auto binKnown = [&](core::Id id) {
        if (bin(id) && !binsGoing.contains(id)) {
            return true;
        }
        return std::any_of(changes.bins.begin(), changes.bins.end(),
                           [&](const auto& c) { return c.after && c.after->id == id; });
    };
    for (const auto& c : changes.tasks) {
        if (!c.after) {
            continue;
        }
        const core::Task& t = *c.after;
        if (t.title.trimmed().isEmpty()) {
            return Text::tr("A task needs a title.");
        }
        if (!binKnown(t.binId)) {
            return Text::tr("A task belongs to a bin: choose one.");
        }
        if (t.ownerId != 0 && !person(t.ownerId)) {
            return Text::tr("The task's owner is no longer in the program.");
        }
        if (t.status == core::TaskStatus::Blocked && t.blockedReason.trimmed().isEmpty()) {
            return Text::tr("Say what blocks “%1”: a blocked task needs a reason.").arg(t.title);
        }
        if (t.estimateDays < 0 || t.estimateDays > 10000) {
            return Text::tr("An estimate is a number of days between 0 and 10,000.");
        }
        if (!t.objectiveWeek.isEmpty() && !core::weekMonday(t.objectiveWeek)) {
            return Text::tr("“%1” is not a week (write it like 2026-W48).").arg(t.objectiveWeek);
        }
    }
    for (const auto& c : changes.phases) {
        if (c.after && c.after->name.trimmed().isEmpty()) {
            return Text::tr("A phase needs a name.");
        }
        if (c.after && c.after->start.isValid() && c.after->end.isValid() && c.after->end < c.after->start) {
            return Text::tr("The phase “%1” ends before it starts.").arg(c.after->name);
        }
        if (c.after && c.after->reachedOn.isValid() && c.after->reachedOn > now().date()) {
            return Text::tr("The phase “%1” can't be reached later than today.").arg(c.after->name);
        }
    }
    for (const auto& c : changes.dodItems) {
        if (c.after && c.after->text.trimmed().isEmpty()) {
            return Text::tr("A success criterion needs some text.");
        }
    }
    // A bin goes with its tasks, charter, phases and definition of done, so that undo brings them all back.
    for (core::Id gone : std::as_const(binsGoing)) {
        const auto leaving = [&](const auto& list, core::Id id) {
            return std::any_of(list.begin(), list.end(),
                               [&](const auto& c) { return c.before && !c.after && c.before->id == id; });
        };
        for (const core::Task& t : tasks()) {
            if (t.binId == gone && !leaving(changes.tasks, t.id)) {
                return Text::tr("%1 still has tasks: remove them with it.").arg(bin(gone)->code);
            }
        }
        for (const core::CharterPhase& p : m_phases) {
            if (p.binId == gone && !leaving(changes.phases, p.id)) {
                return Text::tr("%1 still has charter phases: remove them with it.").arg(bin(gone)->code);
            }
        }
        for (const core::DodItem& d : m_dodItems) {
            if (d.binId == gone && !leaving(changes.dodItems, d.id)) {
                return Text::tr("%1 still has a definition of done: remove it with it.").arg(bin(gone)->code);
            }
        }
        if (charter(gone) && std::none_of(changes.charters.begin(), changes.charters.end(), [&](const auto& c) {
                return c.before && !c.after && c.before->binId == gone;
            })) {
            return Text::tr("%1 still has a charter: remove it with it.").arg(bin(gone)->code);
        }
    }
    // A bin is done when its definition of done is: overriding that needs a reason.
    for (const auto& c : changes.bins) {
        if (!c.after || c.after->status != core::BinStatus::Done || (c.before && c.before->status == core::BinStatus::Done)) {
            continue;
        }
        QStringList open;
        for (const core::DodItem& d : definitionOfDone(c.after->id)) {
            bool done = d.done;
            for (const auto& dc : changes.dodItems) {
                if (dc.after && dc.after->id == d.id) {
                    done = dc.after->done;
                }
            }
            if (!done) {
                open.append(d.text);
            }
        }
        if (!open.isEmpty() && changes.overrideReason.trimmed().isEmpty()) {
            return Text::tr("%1 can't be marked done: %n success criterion(s) of its definition of done are still "
                            "open (%2). Tick them, or give a reason to override.",
                            nullptr, int(open.size()))
                .arg(c.after->code, open.join(QStringLiteral("; ")));
        }
    }
    return std::nullopt;
}

core::Expected<void, StorageError> Portfolio::applyExecution(ChangeSet& changes, bool deletes)
{
    storage::ExecutionRepository repo(*m_db);
    const auto findTask = [this](const core::Task& t) { return task(t.id); };
    const auto findTransfer = [](const core::TaskTransfer& t) { return &t; }; // append-only rows
    const auto findCharter = [this](const core::Charter& c) { return charter(c.binId); };
    const auto findPhase = [this](const core::CharterPhase& p) { return byId(m_phases, p.id); };
    const auto findDod = [this](const core::DodItem& d) { return byId(m_dodItems, d.id); };
    const auto findMeeting = [this](const core::Meeting& m) { return meeting(m.id); };
    const auto findNotification = [](const core::Notification& n) { return &n; };
    if (!deletes) {
        for (auto step : {std::function([&] { return writeAll(repo, changes.charters, findCharter, false, m_placeholders); }),
                          std::function([&] { return writeAll(repo, changes.phases, findPhase, false, m_placeholders); }),
                          std::function([&] { return writeAll(repo, changes.dodItems, findDod, false, m_placeholders); }),
                          std::function([&] { return writeAll(repo, changes.tasks, findTask, false, m_placeholders); }),
                          std::function([&] { return writeAll(repo, changes.transfers, findTransfer, false, m_placeholders); }),
                          std::function([&] { return writeAll(repo, changes.meetings, findMeeting, false, m_placeholders); }),
                          std::function([&] { return writeAll(repo, changes.notifications, findNotification, false, m_placeholders); })}) {
            if (auto r = step(); !r) {
                return r;
            }
        }
        if (!changes.overrideReason.trimmed().isEmpty()) {
            for (const auto& c : changes.bins) {
                if (c.after && c.after->status == core::BinStatus::Done) {
                    if (auto r = repo.note(QStringLiteral("bin"), c.after->id,
                                           QStringLiteral("definition_of_done_override"), changes.overrideReason);
                        !r) {
                        return r;
                    }
                }
            }
        }
        return {};
    }
    for (auto step : {std::function([&] { return writeAll(repo, changes.notifications, findNotification, true, m_placeholders); }),
                      std::function([&] { return writeAll(repo, changes.meetings, findMeeting, true, m_placeholders); }),
                      std::function([&] { return writeAll(repo, changes.transfers, findTransfer, true, m_placeholders); }),
                      std::function([&] { return writeAll(repo, changes.tasks, findTask, true, m_placeholders); }),
                      std::function([&] { return writeAll(repo, changes.dodItems, findDod, true, m_placeholders); }),
                      std::function([&] { return writeAll(repo, changes.phases, findPhase, true, m_placeholders); }),
                      std::function([&] { return writeAll(repo, changes.charters, findCharter, true, m_placeholders); })}) {
        if (auto r = step(); !r) {
            return r;
        }
    }
    return {};
}

void Portfolio::commitExecutionToMemory(const ChangeSet& changes)
{
    QSet<core::Id> charterBins;
    for (const auto& c : changes.charters) {
        charterBins.insert(c.after ? c.after->binId : c.before->binId);
    }
    for (const auto& c : changes.phases) {
        charterBins.insert(c.after ? c.after->binId : c.before->binId);
    }
    for (const auto& c : changes.dodItems) {
        charterBins.insert(c.after ? c.after->binId : c.before->binId);
    }
    commitList(m_charters, changes.charters, [](const core::Charter& c) { return c.binId; });
    commitList(m_phases, changes.phases, [](const core::CharterPhase& p) { return p.id; });
    commitList(m_dodItems, changes.dodItems, [](const core::DodItem& d) { return d.id; });
    commitList(m_meetings, changes.meetings, [](const core::Meeting& m) { return m.id; });
    commitList(m_notifications, changes.notifications, [](const core::Notification& n) { return n.id; });

    QList<core::Id> added, changed, removed;
    if (!changes.tasks.empty()) {
        tasks();
    }
    for (const auto& c : changes.tasks) {
        if (c.before && c.after) {
            m_tasks[m_taskIndex.value(c.after->id)] = *c.after;
            changed.append(c.after->id);
        } else if (c.after) {
            // Tasks read for the first time just above already hold the rows this change wrote.
            if (const auto at = m_taskIndex.constFind(c.after->id); at != m_taskIndex.cend()) {
                m_tasks[*at] = *c.after;
            } else {
                m_taskIndex.insert(c.after->id, m_tasks.size());
                m_tasks.push_back(*c.after);
            }
            added.append(c.after->id);
        } else if (c.before) {
            removed.append(c.before->id);
        }
    }
    if (!removed.isEmpty()) {
        const QSet<core::Id> going(removed.begin(), removed.end());
        std::erase_if(m_tasks, [&](const core::Task& t) { return going.contains(t.id); });
        m_taskIndex.clear();
        for (std::size_t i = 0; i < m_tasks.size(); ++i) {
            m_taskIndex.insert(m_tasks[i].id, i);
        }
    }
    for (core::Id id : std::as_const(added)) {
        emit taskAdded(id);
    }
    for (core::Id id : std::as_const(changed)) {
        emit taskChanged(id);
    }
    for (core::Id id : std::as_const(removed)) {
        emit taskRemoved(id);
    }
    for (core::Id id : std::as_const(charterBins)) {
        emit charterChanged(id);
    }
    if (!changes.meetings.empty()) {
        emit meetingsChanged();
    }
    if (!changes.notifications.empty()) {
        emit notificationsChanged();
    }
}

int Portfolio::raiseDeadlineNotices(QDate today, int dueSoonDays)
{
    if (isReadOnly()) {
        return 0;
    }
    // Each notice once per (person, kind, task).
    QSet<QString> known;
    const auto keyOf = [](core::Id person, const QString& kind, core::Id task) {
        return QStringLiteral("%1/%2/%3").arg(person).arg(kind).arg(task);
    };
    for (const core::Notification& n : m_notifications) {
        if (n.entity == QLatin1String("task")) {
            known.insert(keyOf(n.personId, n.kind, n.entityId));
        } else if (n.entity == QLatin1String("round")) {
            known.insert(QStringLiteral("%1/%2/round%3").arg(n.personId).arg(n.kind).arg(n.entityId));
        }
    }
    std::vector<core::Notification> fresh;
    for (const core::DeadlineNotice& d : core::deadlineNotices(tasks(), today, dueSoonDays)) {
        const QString kind = core::toKey(d.kind);
        if (known.contains(keyOf(d.person, kind, d.task))) {
            continue;
        }
        const core::Task* t = task(d.task);
        core::Notification n;
        n.personId = d.person;
        n.kind = kind;
        n.createdAt = now();
        n.entity = QStringLiteral("task");
        n.entityId = d.task;
        n.text = d.kind == core::NotificationKind::Overdue
                     ? Text::tr("“%1” is %n day(s) late.", nullptr, d.days).arg(t->title)
                     : (d.days == 0 ? Text::tr("“%1” is due today.").arg(t->title)
                                    : Text::tr("“%1” is due in %n day(s).", nullptr, d.days).arg(t->title));
        fresh.push_back(n);
    }
    // Voting rounds closing soon: the voters who have not voted yet.
    for (const core::VotingRound& round : m_rounds) {
        if (round.status != core::RoundStatus::Open || !round.deadline.isValid()) {
            continue;
        }
        const qint64 days = today.daysTo(round.deadline);
        if (days < 0 || days > dueSoonDays) {
            continue;
        }
        QSet<core::Id> voted;
        for (const core::VoterBallot& b : ballots(round.id)) {
            if (b.submitted) {
                voted.insert(b.voterId);
            }
        }
        const QString kind = core::toKey(core::NotificationKind::RoundClosing);
        for (core::Id voter : round.voters) {
            if (voted.contains(voter) || known.contains(QStringLiteral("%1/%2/round%3").arg(voter).arg(kind).arg(round.id))) {
                continue;
            }
            core::Notification n;
            n.personId = voter;
            n.kind = kind;
            n.createdAt = now();
            n.entity = QStringLiteral("round");
            n.entityId = round.id;
            n.text = days == 0 ? Text::tr("The vote “%1” closes today: yours is missing.").arg(round.name)
                               : Text::tr("The vote “%1” closes in %n day(s): yours is missing.", nullptr, int(days))
                                     .arg(round.name);
            fresh.push_back(n);
        }
    }
    if (fresh.empty()) {
        return 0;
    }
    storage::Transaction tx(*m_db, QStringLiteral("Deadline notices"));
    if (!tx.isActive()) {
        return 0;
    }
    storage::ExecutionRepository repo(*m_db);
    for (core::Notification& n : fresh) {
        if (!repo.insert(n)) {
            return 0;
        }
    }
    if (!tx.commit()) {
        return 0;
    }
    m_notifications.insert(m_notifications.end(), fresh.begin(), fresh.end());
    emit notificationsChanged();
    return int(fresh.size());
}

bool Portfolio::markNotificationsRead(const QList<core::Id>& ids)
{
    if (isReadOnly() || ids.isEmpty()) {
        return false;
    }
    const QDateTime when = now();
    storage::Transaction tx(*m_db, QStringLiteral("Read notifications"));
    if (!tx.isActive() || !storage::ExecutionRepository(*m_db).markRead(ids, when) || !tx.commit()) {
        return false;
    }
    for (core::Notification& n : m_notifications) {
        if (ids.contains(n.id) && !n.readAt.isValid()) {
            n.readAt = when;
        }
    }
    emit notificationsChanged();
    return true;
}

} // namespace tiller::app
