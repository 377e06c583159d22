// A small deterministic random source: the same seed gives the same program on every machine.
#pragma once

#include <QtGlobal>

#include <cstdint>

namespace tiller::core {

// SplitMix64: tiny, fast and fully specified (std distributions are not
// portable across standard libraries, so demo content would drift).
class Random
{
public:
    explicit Random(std::uint64_t seed) : m_state(seed) {}

    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    // Uniform integer in [lo, hi].
    int between(int lo, int hi) { return lo + int(next() % std::uint64_t(hi - lo + 1)); }
    double unit() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    bool chance(double p) { return unit() < p; }
    template <typename C>
    const auto& pick(const C& c)
    {
        return c[qsizetype(next() % std::uint64_t(c.size()))];
    }

private:
    std::uint64_t m_state;
};

} // namespace tiller::core
