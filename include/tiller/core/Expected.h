// A value or a typed error: what the lower layers return instead of throwing.
#pragma once

#include <utility>
#include <variant>

namespace tiller::core {

template <typename E>
struct Unexpected
{
    E error;
};

template <typename E>
Unexpected<E> unexpected(E e)
{
    return Unexpected<E>{std::move(e)};
}

template <typename T, typename E>
class Expected
{
public:
    Expected(T value) : m_data(std::in_place_index<0>, std::move(value)) {}
    Expected(Unexpected<E> e) : m_data(std::in_place_index<1>, std::move(e.error)) {}

    bool hasValue() const { return m_data.index() == 0; }
    explicit operator bool() const { return hasValue(); }

    T& value() & { return std::get<0>(m_data); }
    const T& value() const& { return std::get<0>(m_data); }
    T&& value() && { return std::get<0>(std::move(m_data)); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }

    const E& error() const { return std::get<1>(m_data); }

private:
    std::variant<T, E> m_data;
};

// For operations that return nothing on success.
template <typename E>
class Expected<void, E>
{
public:
    Expected() = default;
    Expected(Unexpected<E> e) : m_error(std::move(e.error)), m_failed(true) {}

    bool hasValue() const { return !m_failed; }
    explicit operator bool() const { return hasValue(); }
    const E& error() const { return m_error; }

private:
    E m_error{};
    bool m_failed = false;
};

} // namespace tiller::core
