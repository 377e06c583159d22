#include "tiller/core/Types.h"

#include "KeyTable.h"

#include <array>

namespace tiller::core {

namespace {

using detail::fromKey;

constexpr std::array<const char*, 6> initiativeStatusKeys{"idea", "proposed", "approved", "in_progress", "done",
                                                          "dropped"};
constexpr std::array<const char*, 4> horizonKeys{"", "short", "medium", "long"};
constexpr std::array<const char*, 6> binStatusKeys{"proposed", "planned", "in_progress", "blocked", "done",
                                                   "cancelled"};
constexpr std::array<const char*, 4> taskStatusKeys{"todo", "doing", "blocked", "done"};
constexpr std::array<const char*, 5> requestOriginKeys{"market", "organisation", "voc", "regulation", "internal"};
constexpr std::array<const char*, 6> requestStatusKeys{"submitted", "returned", "qualified", "approved", "deferred",
                                                       "rejected"};
constexpr std::array<const char*, 3> boardVerdictKeys{"approved", "deferred", "rejected"};
constexpr std::array<const char*, 5> boardCadenceKeys{"weekly", "fortnightly", "monthly", "bimonthly", "quarterly"};
constexpr std::array<const char*, 5> bodyKindKeys{"steering", "change_board", "advocacy_council", "ambassadors",
                                                  "other"};
constexpr std::array<const char*, 4> raciRoleKeys{"R", "A", "C", "I"};

} // namespace

QString toKey(InitiativeStatus s) { return QLatin1String(initiativeStatusKeys.at(std::size_t(s))); }
QString toKey(Horizon h) { return QLatin1String(horizonKeys.at(std::size_t(h))); }
QString toKey(BinStatus s) { return QLatin1String(binStatusKeys.at(std::size_t(s))); }
QString toKey(TaskStatus s) { return QLatin1String(taskStatusKeys.at(std::size_t(s))); }
QString toKey(RequestOrigin o) { return QLatin1String(requestOriginKeys.at(std::size_t(o))); }
QString toKey(RequestStatus s) { return QLatin1String(requestStatusKeys.at(std::size_t(s))); }
QString toKey(BoardVerdict v) { return QLatin1String(boardVerdictKeys.at(std::size_t(v))); }
QString toKey(BoardCadence c) { return QLatin1String(boardCadenceKeys.at(std::size_t(c))); }
QString toKey(BodyKind k) { return QLatin1String(bodyKindKeys.at(std::size_t(k))); }
QString toKey(RaciRole r) { return QLatin1String(raciRoleKeys.at(std::size_t(r))); }

std::optional<InitiativeStatus> initiativeStatusFromKey(const QString& key)
{
    return fromKey<InitiativeStatus>(initiativeStatusKeys, key);
}
std::optional<Horizon> horizonFromKey(const QString& key) { return fromKey<Horizon>(horizonKeys, key); }
std::optional<BinStatus> binStatusFromKey(const QString& key) { return fromKey<BinStatus>(binStatusKeys, key); }
std::optional<TaskStatus> taskStatusFromKey(const QString& key) { return fromKey<TaskStatus>(taskStatusKeys, key); }
std::optional<RequestOrigin> requestOriginFromKey(const QString& key)
{
    return fromKey<RequestOrigin>(requestOriginKeys, key);
}
std::optional<RequestStatus> requestStatusFromKey(const QString& key)
{
    return fromKey<RequestStatus>(requestStatusKeys, key);
}
std::optional<BoardVerdict> boardVerdictFromKey(const QString& key)
{
    return fromKey<BoardVerdict>(boardVerdictKeys, key);
}
std::optional<BoardCadence> boardCadenceFromKey(const QString& key)
{
    return fromKey<BoardCadence>(boardCadenceKeys, key);
}
std::optional<BodyKind> bodyKindFromKey(const QString& key) { return fromKey<BodyKind>(bodyKindKeys, key); }
std::optional<RaciRole> raciRoleFromKey(const QString& key) { return fromKey<RaciRole>(raciRoleKeys, key); }

} // namespace tiller::core
