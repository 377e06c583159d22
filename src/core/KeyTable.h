// Stable database keys for enumerations: one table per enum, looked up both ways.
#pragma once

#include <QLatin1String>
#include <QString>

#include <array>
#include <optional>

namespace tiller::core::detail {

template <typename E, std::size_t N>
std::optional<E> fromKey(const std::array<const char*, N>& keys, const QString& key)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (key == QLatin1String(keys[i])) {
            return E(i);
        }
    }
    return std::nullopt;
}

template <typename E, std::size_t N>
QString toKey(const std::array<const char*, N>& keys, E value)
{
    return QLatin1String(keys.at(std::size_t(value)));
}

} // namespace tiller::core::detail
