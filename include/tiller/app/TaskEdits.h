// The execution actions as ChangeSets: hand a task over, change its status, make it a weekly objective.
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
    // The label of the command for a status change ("Mark “…” done").
    static QString statusLabel(const core::Task& task, core::TaskStatus status);
};

} // namespace tiller::app
