// Change board benchmarks on the large demo (2,000 initiatives, 1,000 change requests, 500 bins, 50,000 tasks):
// what a person waits for while preparing or running a session.
//   likely duplicates of one request (index built + query)   < 150 ms
//   guardrail alerts (budget, load per domain and month)      < 300 ms
//   impact of one request                                     < 150 ms
//   session panel first shown                                 < 500 ms
//   decision log first shown                                  < 300 ms
#include "BenchSupport.h"
#include "tiller/app/BoardEdits.h"
#include "tiller/app/Portfolio.h"
#include "tiller/app/StrategyCheck.h"
#include "tiller/gui/BoardSessionPanel.h"

#include <QApplication>
#include <QTemporaryDir>

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
    app::Portfolio* p = portfolio.get();
    std::printf("  (%zu initiatives, %zu requests, %zu decisions)\n", p->initiatives().size(), p->requests().size(),
                p->decisions().size());
    if (p->requests().empty()) {
        std::fprintf(stderr, "the demo has no change requests\n");
        return 1;
    }
    const core::ChangeRequest request = p->requests().back();
    std::size_t hits = 0;
    report("likely duplicates of one request (ms)",
           timed([&] { hits = app::BoardEdits::likelyDuplicates(*p, request).size(); }), "ms", 150);
    std::printf("  (%zu likely duplicates)\n", hits);
    const app::StrategyCheck check(*p);
    QStringList alerts;
    report("guardrail alerts (ms)", timed([&] { alerts = check.alerts(QDate::currentDate()); }), "ms", 300);
    report("impact of one request (ms)",
           timed([&] { check.describe(check.impactOf(request, QDate::currentDate())); }), "ms", 150);
    report("session panel first shown (ms)", timed([&] {
               gui::BoardSessionPanel panel(p);
               panel.resize(1280, 760);
               panel.show();
               panel.grab();
           }),
           "ms", 500);
    report("decision log first shown (ms)", timed([&] {
               gui::DecisionLogPanel log(p);
               log.resize(1280, 760);
               log.show();
               log.grab();
           }),
           "ms", 300);
    return 0;
}
