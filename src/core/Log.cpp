#include "tiller/core/Log.h"

#include <mutex>

namespace tiller::core {

std::shared_ptr<spdlog::logger> logger(const std::string& area)
{
    static std::mutex mutex;
    std::lock_guard lock(mutex);
    if (auto existing = spdlog::get(area)) {
        return existing;
    }
    auto base = spdlog::default_logger();
    auto created = std::make_shared<spdlog::logger>(area, base->sinks().begin(), base->sinks().end());
    created->set_level(base->level());
    spdlog::register_logger(created);
    return created;
}

} // namespace tiller::core
