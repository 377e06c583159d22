// Named loggers per area ("tiller.storage", "tiller.gui"…) sharing one set of sinks.
#pragma once

#include <spdlog/spdlog.h>

#include <memory>
#include <string>

namespace tiller::core {

// Returns the logger for an area, created on first use with the default
// logger's sinks (so it writes where the app configured logging).
std::shared_ptr<spdlog::logger> logger(const std::string& area);

} // namespace tiller::core
