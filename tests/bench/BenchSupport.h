// Shared by the benchmarks: a figure printed with its target, and a timer around a piece of work.
#pragma once

#include "tiller/app/DemoBuilder.h"
#include "tiller/app/Portfolio.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>
#include <memory>

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

// The large demo: the file named on the command line (built there when missing), else one built in `tmp`.
// Opened without the lock, so that a benchmark can run beside the app. Nothing when it can't be built or opened.
inline QString largeDemo(int argc, char** argv, const QTemporaryDir& tmp)
{
    const QString path = argc > 1 ? QString::fromLocal8Bit(argv[1]) : tmp.filePath(QStringLiteral("large.tiller"));
    if (!QFile::exists(path)) {
        app::DemoBuilder builder(app::DemoBuilder::Size::Large, 1, QDate::currentDate());
        if (!builder.build(path)) {
            std::fprintf(stderr, "demo failed\n");
            return {};
        }
    }
    return path;
}

inline std::unique_ptr<app::Portfolio> openUnlocked(const QString& path)
{
    storage::Database::Options options;
    options.takeLock = false;
    auto portfolio = app::Portfolio::open(path, options);
    if (!portfolio) {
        std::fprintf(stderr, "open failed\n");
        return nullptr;
    }
    return std::move(*portfolio);
}

} // namespace tiller::bench
