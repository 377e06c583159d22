// Execution-rhythm benchmarks on the large demo (50,000 tasks): each view's first showing, where the
// tasks are read and the models built, must not feel like a freeze.
//   tasks view (table) first shown      < 500 ms
//   board first shown                   < 500 ms
//   weekly review first shown           < 300 ms
//   stand-up first shown                < 300 ms
#include "BenchSupport.h"
#include "tiller/app/Portfolio.h"
#include "tiller/gui/RhythmViews.h"
#include "tiller/gui/TasksView.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <spdlog/spdlog.h>

#include <cstdio>

using namespace tiller;

using bench::report;
using bench::timed;

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    spdlog::set_level(spdlog::level::warn);
    QTemporaryDir tmp;
    const QString path = bench::largeDemo(argc, argv, tmp);
    auto portfolio = path.isEmpty() ? nullptr : bench::openUnlocked(path);
    if (!portfolio) {
        return 1;
    }
    app::Portfolio* p = portfolio.get();
    std::printf("  (%zu tasks)\n", p->tasks().size()); // reads them: the views below measure their own work
    auto fresh = bench::openUnlocked(path);
    p = fresh.get();

    gui::TasksView tasks;
    tasks.resize(1280, 760);
    tasks.setPortfolio(p);
    report("tasks view first shown, tasks read (ms)", timed([&] { tasks.show(); tasks.grab(); }), "ms", 500);
    report("board first shown (ms)", timed([&] { tasks.showBoard(true); tasks.grab(); }), "ms", 500);
    report("filter: overdue (ms)", timed([&] { tasks.scopeChooser()->setCurrentIndex(3); tasks.grab(); }), "ms", 300);
    gui::WeeklyReviewView review;
    review.resize(1280, 760);
    review.setPortfolio(p);
    report("weekly review first shown (ms)", timed([&] { review.show(); review.grab(); }), "ms", 300);
    gui::StandupView standup;
    standup.resize(1280, 760);
    standup.setPortfolio(p);
    report("stand-up first shown (ms)", timed([&] { standup.show(); standup.grab(); }), "ms", 300);
    return 0;
}
