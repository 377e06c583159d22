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

// Where a change request comes from.
enum class RequestOrigin { Market, Organisation, Voc, Regulation, Internal };
inline constexpr int RequestOriginCount = 5;
// A change request's life: submitted → returned (for information) | rejected | qualified → on a board's agenda →
// approved | deferred (back on the agenda from a date) | rejected.
enum class RequestStatus { Submitted, Returned, Qualified, Approved, Deferred, Rejected };
inline constexpr int RequestStatusCount = 6;
// A board's decision on a request.
enum class BoardVerdict { Approved, Deferred, Rejected };
inline constexpr int BoardVerdictCount = 3;
// How often the change board meets.
enum class BoardCadence { Weekly, Fortnightly, Monthly, Bimonthly, Quarterly };
inline constexpr int BoardCadenceCount = 5;

// Governance: the kinds of body, and the roles of a RACI matrix.
enum class BodyKind { Steering, ChangeBoard, AdvocacyCouncil, Ambassadors, Other };
inline constexpr int BodyKindCount = 5;
enum class RaciRole { Responsible, Accountable, Consulted, Informed };
inline constexpr int RaciRoleCount = 4;
// The qualification checklist, as flags.
enum QualificationCheck : int {
    CheckComplete = 0x1,     // the request says what, why, for whom
    CheckInStrategy = 0x2,   // it serves a pillar of the strategy
    CheckNotDuplicate = 0x4, // nothing in the inventory or the requests already covers it
    CheckEstimated = 0x8,    // benefit, cost and effort are estimated
};
inline constexpr int AllQualificationChecks = 0xF;

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
QString toKey(RequestOrigin o);
QString toKey(RequestStatus s);
QString toKey(BoardVerdict v);
QString toKey(BoardCadence c);
std::optional<RequestOrigin> requestOriginFromKey(const QString& key);
std::optional<RequestStatus> requestStatusFromKey(const QString& key);
std::optional<BoardVerdict> boardVerdictFromKey(const QString& key);
std::optional<BoardCadence> boardCadenceFromKey(const QString& key);
QString toKey(BodyKind k);
QString toKey(RaciRole r); // "R", "A", "C", "I"
std::optional<BodyKind> bodyKindFromKey(const QString& key);
std::optional<RaciRole> raciRoleFromKey(const QString& key);

} // namespace tiller::core
