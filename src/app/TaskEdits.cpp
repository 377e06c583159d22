#include "tiller/app/TaskEdits.h"

#include "tiller/app/Portfolio.h"
#include "tiller/app/Text.h"
#include "tiller/core/Rhythm.h"

namespace tiller::app {

namespace {

core::Notification notice(const Portfolio& p, core::Id person, core::NotificationKind kind, core::Id taskId,
                          const QString& text)
{
    core::Notification n;
    n.personId = person;
    n.kind = core::toKey(kind);
    n.createdAt = p.now();
    n.entity = QStringLiteral("task");
    n.entityId = taskId;
    n.text = text;
    return n;
}

} // namespace

ChangeSet TaskEdits::transfer(const Portfolio& portfolio, core::Id taskId, core::Id to, const QString& note)
{
    ChangeSet changes;
    const core::Task* task = portfolio.task(taskId);
    const core::Person* receiver = portfolio.person(to);
    if (!task || !receiver || task->ownerId == to) {
        return changes;
    }
    core::Task after = *task;
    after.ownerId = to;
    changes.tasks.push_back({*task, after});
    core::TaskTransfer t;
    t.taskId = taskId;
    t.fromPerson = task->ownerId;
    t.toPerson = to;
    t.note = note.trimmed();
    t.at = portfolio.now();
    changes.transfers.push_back({std::nullopt, t});
    const core::Person* giver = portfolio.person(task->ownerId);
    const QString withNote = t.note.isEmpty() ? QString() : QStringLiteral(" — ") + t.note;
    changes.notifications.push_back(
        {std::nullopt, notice(portfolio, to, core::NotificationKind::TaskTransferred, taskId,
                              tr("%1 handed you “%2”%3").arg(giver ? giver->name : tr("Someone"), task->title, withNote))});
    if (giver) {
        changes.notifications.push_back(
            {std::nullopt, notice(portfolio, giver->id, core::NotificationKind::TaskTransferred, taskId,
                                  tr("You handed “%1” to %2%3").arg(task->title, receiver->name, withNote))});
    }
    return changes;
}

ChangeSet TaskEdits::setStatus(const Portfolio& portfolio, core::Id taskId, core::TaskStatus status,
                               const QString& blockedReason)
{
    ChangeSet changes;
    const core::Task* task = portfolio.task(taskId);
    if (!task || (task->status == status && status != core::TaskStatus::Blocked)) {
        return changes;
    }
    core::Task after = *task;
    after.status = status;
    after.completedAt = status == core::TaskStatus::Done ? portfolio.now() : QDateTime();
    after.blockedReason = status == core::TaskStatus::Blocked ? blockedReason.trimmed() : QString();
    if (status != core::TaskStatus::Done) {
        after.celebratedOn = QDate(); // reopened: no longer a success
    }
    if (after == *task) {
        return changes;
    }
    changes.tasks.push_back({*task, after});
    // A blocker raised: the bin's owner hears of it (unless they raised it on their own task).
    const core::ProjectBin* bin = portfolio.bin(task->binId);
    if (status == core::TaskStatus::Blocked && task->status != core::TaskStatus::Blocked && bin && bin->ownerId != 0 &&
        bin->ownerId != task->ownerId) {
        changes.notifications.push_back(
            {std::nullopt, notice(portfolio, bin->ownerId, core::NotificationKind::BlockerRaised, taskId,
                                  tr("“%1” in %2 is blocked: %3").arg(task->title, bin->code, after.blockedReason))});
    }
    return changes;
}

ChangeSet TaskEdits::setObjectiveWeek(const Portfolio& portfolio, core::Id taskId, const QString& week)
{
    ChangeSet changes;
    const core::Task* task = portfolio.task(taskId);
    if (!task || task->objectiveWeek == week) {
        return changes;
    }
    core::Task after = *task;
    after.objectiveWeek = week;
    changes.tasks.push_back({*task, after});
    return changes;
}

ChangeSet TaskEdits::celebrate(const Portfolio& portfolio, const QList<core::Id>& taskIds, bool celebrated)
{
    ChangeSet changes;
    const QDate today = portfolio.now().date();
    for (const core::Id id : taskIds) {
        const core::Task* task = portfolio.task(id);
        if (!task || task->status != core::TaskStatus::Done || task->celebratedOn.isValid() == celebrated) {
            continue;
        }
        core::Task after = *task;
        after.celebratedOn = celebrated ? today : QDate();
        changes.tasks.push_back({*task, after});
    }
    return changes;
}

QString TaskEdits::statusLabel(const core::Task& task, core::TaskStatus status)
{
    switch (status) {
    case core::TaskStatus::Todo:
        return tr("Reopen “%1”").arg(task.title);
    case core::TaskStatus::Doing:
        return tr("Start “%1”").arg(task.title);
    case core::TaskStatus::Blocked:
        return tr("Mark “%1” blocked").arg(task.title);
    case core::TaskStatus::Done:
        return tr("Mark “%1” done").arg(task.title);
    }
    return {};
}

} // namespace tiller::app
