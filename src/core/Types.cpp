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

} // namespace

QString toKey(InitiativeStatus s) { return QLatin1String(initiativeStatusKeys.at(std::size_t(s))); }
QString toKey(Horizon h) { return QLatin1String(horizonKeys.at(std::size_t(h))); }
QString toKey(BinStatus s) { return QLatin1String(binStatusKeys.at(std::size_t(s))); }
QString toKey(TaskStatus s) { return QLatin1String(taskStatusKeys.at(std::size_t(s))); }

std::optional<InitiativeStatus> initiativeStatusFromKey(const QString& key)
{
    return fromKey<InitiativeStatus>(initiativeStatusKeys, key);
}
std::optional<Horizon> horizonFromKey(const QString& key) { return fromKey<Horizon>(horizonKeys, key); }
std::optional<BinStatus> binStatusFromKey(const QString& key) { return fromKey<BinStatus>(binStatusKeys, key); }
std::optional<TaskStatus> taskStatusFromKey(const QString& key) { return fromKey<TaskStatus>(taskStatusKeys, key); }

} // namespace tiller::core
