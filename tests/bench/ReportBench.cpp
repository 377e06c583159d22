// The leadership dashboard and the monthly report on the large demo (200,000 VoC records, 50,000 tasks), or on
// a file given (the huge demo: tiller_bench_report FILE):
//   dashboard figures, last 6 months                  < 300 ms (large), < 1.5 s (huge)
//   dashboard computed and painted (first show)       < 300 ms (large), < 1.5 s (huge)
//   monthly report PDF                                < 2 s
#include "BenchSupport.h"
#include "tiller/app/DashboardData.h"
#include "tiller/app/Portfolio.h"
#include "tiller/gui/DashboardView.h"
#include "tiller/gui/MonthlyReport.h"

#include <QApplication>
#include <QFileInfo>
#include <QTemporaryDir>
#include <cstdio>
#include <spdlog/spdlog.h>

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
    const QDate today = QDate::currentDate();
    // A file given is the huge demo: its dashboard has 1.5 s.
    const double dashboardTarget = argc > 1 ? 1500 : 300;
    const auto [from, to] = gui::DashboardView::periodRange(gui::DashboardView::Period::LastSixMonths, today);
    app::DashboardData d;
    report("dashboard figures, last 6 months (ms)",
           timed([&] { d = app::DashboardData::compute(*portfolio, from, to); }), "ms", dashboardTarget);
    std::printf("  (%d bins, %zu weeks of throughput, %zu stages, %zu KPIs)\n", d.binCount, d.throughput.size(),
                d.stages.size(), d.kpis.size());

    auto fresh = bench::openUnlocked(path);
    report("dashboard computed and painted, first show (ms)", timed([&] {
               gui::DashboardView view;
               view.setToday(today);
               view.setPortfolio(fresh.get());
               view.resize(1280, 1400);
               view.show();
               view.grab(); // painted, charts included
           }),
           "ms", dashboardTarget);

    const QString pdf = tmp.filePath(QStringLiteral("report.pdf"));
    gui::MonthlyReport monthly(*portfolio, gui::MonthlyReport::defaultMonth(today));
    QString error;
    bool written = false;
    report("monthly report PDF (ms)", timed([&] { written = monthly.write(pdf, &error); }), "ms", 2000);
    if (!written) {
        std::fprintf(stderr, "report failed: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("  (%d pages, %lld KB)\n", monthly.pageCount(), QFileInfo(pdf).size() / 1024);
    return 0;
}
