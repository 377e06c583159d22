// The execution rhythm's rows: tasks and their transfers, charters, phases, definitions of done,
// meeting records and notifications.
#pragma once

#include "tiller/core/Entities.h"
#include "tiller/storage/Repositories.h"

#include <vector>

namespace tiller::storage {

class ExecutionRepository
{
public:
    explicit ExecutionRepository(Database& db) : m_db(db) {}

    Result<std::vector<core::Task>> loadTasks();
    Status insert(core::Task& task);
    Status update(const core::Task& before, core::Task& after);
    Status remove(const core::Task& task);

    // A task's hand-overs, oldest first (0: every task's).
    Result<std::vector<core::TaskTransfer>> transfers(core::Id taskId = 0);
    Status insert(core::TaskTransfer& transfer);
    Status remove(const core::TaskTransfer& transfer);

    Result<std::vector<core::Charter>> loadCharters();
    Status insert(core::Charter& charter);
    Status update(const core::Charter& before, core::Charter& after);
    Status remove(const core::Charter& charter);

    Result<std::vector<core::CharterPhase>> loadPhases();
    Status insert(core::CharterPhase& phase);
    Status update(const core::CharterPhase& before, core::CharterPhase& after);
    Status remove(const core::CharterPhase& phase);

    Result<std::vector<core::DodItem>> loadDodItems();
    Status insert(core::DodItem& item);
    Status update(const core::DodItem& before, core::DodItem& after);
    Status remove(const core::DodItem& item);

    Result<std::vector<core::Meeting>> loadMeetings();
    Status insert(core::Meeting& meeting);
    Status update(const core::Meeting& before, core::Meeting& after);
    Status remove(const core::Meeting& meeting);

    Result<std::vector<core::Notification>> loadNotifications();
    Status insert(core::Notification& notification);
    Status remove(const core::Notification& notification);
    // Marks notifications read (not an undoable edit: reading is not changing the program).
    Status markRead(const QList<core::Id>& ids, const QDateTime& when);

    // An audit line that is not a field change: an override and its reason.
    Status note(const QString& entity, core::Id id, const QString& what, const QString& text);

private:
    Database& m_db;
};

} // namespace tiller::storage
