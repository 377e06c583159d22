// The execution actions as ChangeSets: hand a task over, change its status, make it a weekly objective, celebrate it.
#pragma once

#include "tiller/app/Changes.h"

#include <QCoreApplication>

namespace tiller::app {

class Portfolio;

class TaskEdits
{
    Q_DECLARE_TR_FUNCTIONS(TaskEdits)
public:
    // The task goes to `to` with a note; the history keeps the hand-over, and both people are notified.
    static ChangeSet transfer(const Portfolio& portfolio, core::Id taskId, core::Id to, const QString& note);
    // A new status; done stamps the time, blocked keeps the reason and tells the bin's owner.
    static ChangeSet setStatus(const Portfolio& portfolio, core::Id taskId, core::TaskStatus status,
                               const QString& blockedReason = {});
    // Makes the task a weekly objective of `week` ("" clears it).
    static ChangeSet setObjectiveWeek(const Portfolio& portfolio, core::Id taskId, const QString& week);
    // Celebrates the done tasks among `taskIds` as successes today (a weekly review's recognition; their owners earn
    // the points), or withdraws the celebration; tasks already so, or not done, are left alone.
    static ChangeSet celebrate(const Portfolio& portfolio, const QList<core::Id>& taskIds, bool celebrated = true);
    // The label of the command for a status change ("Mark “…” done").
    static QString statusLabel(const core::Task& task, core::TaskStatus status);
};

} // namespace tiller::app
