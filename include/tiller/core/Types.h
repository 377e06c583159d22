// Identifiers and the small enumerations shared by every aggregate.
#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

namespace tiller::core {

using Id = qint64;

enum class InitiativeStatus { Idea, Proposed, Approved, InProgress, Done, Dropped };
inline constexpr int InitiativeStatusCount = 6;

enum class Horizon { Unset, Short, Medium, Long };
inline constexpr int HorizonCount = 4;

enum class BinStatus { Proposed, Planned, InProgress, Blocked, Done, Cancelled };
inline constexpr int BinStatusCount = 6;
enum class TaskStatus { Todo, Doing, Blocked, Done };

// Roles a person may hold in the program; a person may hold several.
enum PersonRole : int {
    ProgramManager = 0x1,
    Stakeholder = 0x2,
    Leader = 0x4,
    Ambassador = 0x8,
    Sponsor = 0x10,
};

// Stable keys as stored in the database and in exports; never translated.
QString toKey(InitiativeStatus s);
QString toKey(Horizon h);
QString toKey(BinStatus s);
QString toKey(TaskStatus s);
std::optional<InitiativeStatus> initiativeStatusFromKey(const QString& key);
std::optional<Horizon> horizonFromKey(const QString& key);
std::optional<BinStatus> binStatusFromKey(const QString& key);
std::optional<TaskStatus> taskStatusFromKey(const QString& key);

} // namespace tiller::core
