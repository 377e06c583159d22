// Shared by the benchmarks: a figure printed with its target, and a timer around a piece of work.
#pragma once

#include <QElapsedTimer>

#include <cstdio>

namespace tiller::bench {

inline void report(const char* what, double value, const char* unit, double target)
{
    std::printf("%-52s %9.2f %-3s (target < %g %s) %s\n", what, value, unit, target, unit,
                value < target ? "OK" : "OVER TARGET");
    std::fflush(stdout);
}

template <typename Fn>
double timed(Fn&& fn)
{
    QElapsedTimer t;
    t.start();
    fn();
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace tiller::bench
