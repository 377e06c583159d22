// CX metrics benchmarks on the large demo (200,000 VoC records over 5 years, 50,000 tasks): the aggregate queries
// and figures the leadership dashboard is built on. Each figure is taken on a freshly opened database (SQLite's
// page cache empty), over the demo's last 12 months.
//   monthly NPS                                      < 100 ms
//   monthly NPS, one journey stage                   < 100 ms
//   NPS by journey stage                             < 100 ms
//   CSAT monthly and by stage; CES likewise          < 100 ms each
//   on-time rate and throughput per week             < 50 ms
// Also printed: NPS by stage over the whole history (5 years, half the table), the worst case of the
// (metric, recorded_on) index, whose every hit is a lookup in the table.
#include "BenchSupport.h"
#include "tiller/app/Portfolio.h"
#include "tiller/core/CxMetrics.h"
#include "tiller/storage/VocRepository.h"

#include <QGuiApplication>
#include <QTemporaryDir>
#include <cstdio>
#include <memory>
#include <spdlog/spdlog.h>

using namespace tiller;

using bench::report;
using bench::timed;

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    spdlog::set_level(spdlog::level::warn);
    QTemporaryDir tmp;
    const QString path = bench::largeDemo(argc, argv, tmp);
    auto portfolio = path.isEmpty() ? nullptr : bench::openUnlocked(path);
    if (!portfolio) {
        return 1;
    }
    std::unique_ptr<app::Portfolio> fresh;
    // A repository over a portfolio opened anew, so that no query profits from the one before.
    const auto freshVoc = [&] {
        fresh = bench::openUnlocked(path);
        return fresh ? std::make_unique<storage::VocRepository>(fresh->database()) : nullptr;
    };
    auto voc = freshVoc();
    const auto records = voc ? voc->count() : storage::Result<qint64>(0);
    if (!records || *records == 0) {
        std::fprintf(stderr, "the demo has no VoC records\n");
        return 1;
    }
    // The demo's records end with the month before this one: its last 12 calendar months.
    const QDate to = QDate(QDate::currentDate().year(), QDate::currentDate().month(), 1).addDays(-1);
    const QDate from = QDate(to.year(), to.month(), 1).addMonths(-11);
    const QDate historyStart = to.addYears(-6);
    const auto nps = QStringLiteral("nps");
    bool failed = false;
    const auto check = [&](const auto& result) {
        if (!result) {
            std::fprintf(stderr, "query failed: %s\n", qPrintable(result.error().technical()));
            failed = true;
        }
        return result ? result->size() : std::size_t(0);
    };

    voc = freshVoc();
    report("monthly NPS, last 12 months (ms)", timed([&] { check(voc->monthly(from, to, nps)); }), "ms", 100);
    const auto months = voc->monthly(from, to, nps);
    const auto stages = voc->byStage(from, to, nps);
    if (months && !months->empty() && stages && !stages->empty()) {
        core::ScoreCounts total;
        for (const storage::VocMonth& m : *months) {
            total += m.counts;
        }
        std::printf("  (%lld records in all; %zu months, %lld NPS answers, NPS %+.1f; %s: %+.1f; %zu stages)\n",
                    *records, months->size(), total.n, core::nps(total).value_or(0), qPrintable(months->back().month),
                    core::nps(months->back().counts).value_or(0), stages->size());
    }
    const core::Id someStage = stages && !stages->empty() ? stages->back().stageId : 0;
    voc = freshVoc();
    report("monthly NPS, last 12 months, one stage (ms)", timed([&] { check(voc->monthly(from, to, nps, someStage)); }),
           "ms", 100);
    voc = freshVoc();
    report("NPS by journey stage, last 12 months (ms)", timed([&] { check(voc->byStage(from, to, nps)); }), "ms", 100);
    for (core::VocMetric m : {core::VocMetric::Csat, core::VocMetric::Ces}) {
        const QString key = core::toKey(m);
        voc = freshVoc();
        const QByteArray what =
            QStringLiteral("%1 monthly and by stage, last 12 months (ms)").arg(key.toUpper()).toUtf8();
        report(what.constData(), timed([&] {
                   check(voc->monthly(from, to, key));
                   check(voc->byStage(from, to, key));
               }),
               "ms", 100);
    }
    voc = freshVoc();
    report("NPS by journey stage, whole history (ms)", timed([&] { check(voc->byStage(historyStart, to, nps)); }), "ms",
           100);

    const std::vector<core::Task>& tasks = portfolio->tasks();
    std::optional<double> rate;
    std::size_t weeks = 0;
    report("on-time rate and throughput per week, 12 months (ms)", timed([&] {
               rate = core::onTimeRate(tasks, from, to);
               weeks = core::throughputPerWeek(tasks, from, to).size();
           }),
           "ms", 50);
    std::printf("  (%zu tasks, on time %.1f%%, %zu weeks)\n", tasks.size(), rate.value_or(0) * 100, weeks);
    return failed ? 1 : 0;
}
