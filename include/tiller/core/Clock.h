// The time source, replaceable in tests (a fake clock) and never read directly.
#pragma once

#include <QDateTime>

#include <functional>

namespace tiller::core {

using Clock = std::function<QDateTime()>;

inline Clock systemClock()
{
    return [] { return QDateTime::currentDateTimeUtc(); };
}

} // namespace tiller::core
