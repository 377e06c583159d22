// Foundation benchmarks on the large demo portfolio (issue: the foundation).
//   create the large demo          < 5 s
//   open to first painted inventory < 250 ms (offscreen)
//   one edit command (redo, durable) < 2 ms median
//   peak memory of the open app     < 150 MB
#include "tiller/app/DemoBuilder.h"
#include "tiller/app/Portfolio.h"
#include "tiller/app/Settings.h"
#include "tiller/gui/InventoryView.h"
#include "tiller/gui/MainWindow.h"

#include <QApplication>
#include <spdlog/spdlog.h>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace tiller;

namespace {

void report(const char* what, double value, const char* unit, double target)
{
    std::printf("%-44s %10.2f %-3s (target < %g %s) %s\n", what, value, unit, target, unit,
                value < target ? "OK" : "OVER TARGET");
    std::fflush(stdout);
}

qint64 peakKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:")) {
            return line.mid(6).trimmed().split(' ').first().toLongLong();
        }
    }
    return -1;
}

// Opens the portfolio and paints the inventory; returns milliseconds.
double openAndPaint(const QString& path, app::Settings& settings, std::unique_ptr<gui::MainWindow>& window)
{
    QElapsedTimer t;
    t.start();
    auto portfolio = app::Portfolio::open(path);
    if (!portfolio) {
        std::fprintf(stderr, "open failed: %s\n", portfolio.error().technical().toLocal8Bit().constData());
        std::exit(1);
    }
    window = std::make_unique<gui::MainWindow>(&settings);
    window->setPortfolio(std::move(*portfolio));
    window->resize(1280, 800);
    window->show();
    window->grab(); // forces layout and a full paint of the window
    return t.nsecsElapsed() / 1e6;
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    spdlog::set_level(spdlog::level::warn); // figures only on stdout
    QTemporaryDir tmp;
    app::Settings settings(tmp.filePath(QStringLiteral("bench.ini")));

    // Child mode: open and paint, then print the peak memory.
    if (argc == 3 && QByteArray(argv[1]) == "--open") {
        std::unique_ptr<gui::MainWindow> window;
        openAndPaint(QString::fromLocal8Bit(argv[2]), settings, window);
        std::printf("%lld\n", peakKiB());
        return 0;
    }

    const QString path = argc > 1 ? QString::fromLocal8Bit(argv[1]) : tmp.filePath(QStringLiteral("large.tiller"));
    if (!QFile::exists(path)) {
        QElapsedTimer t;
        t.start();
        app::DemoBuilder builder(app::DemoBuilder::Size::Large, 1, QDate::currentDate());
        builder.setProgress([&t](const QString& step, qint64 done, qint64 total) {
            std::fprintf(stderr, "  %7.2f s  %s %lld/%lld\n", t.elapsed() / 1000.0, step.toLocal8Bit().constData(), done, total);
        });
        auto stats = builder.build(path);
        if (!stats) {
            std::fprintf(stderr, "demo failed: %s\n", stats.error().technical().toLocal8Bit().constData());
            return 1;
        }
        report("create the large demo", t.elapsed() / 1000.0, "s", 5);
        std::printf("  (%lld initiatives, %lld bins, %lld tasks, %lld VoC records, %.0f MB)\n", stats->initiatives,
                    stats->bins, stats->tasks, stats->vocRecords, QFile(path).size() / 1048576.0);
    }

    // Open → first painted inventory: median of 5 (the first run also warms the file cache).
    std::vector<double> opens;
    std::unique_ptr<gui::MainWindow> window;
    for (int i = 0; i < 5; ++i) {
        window.reset();
        opens.push_back(openAndPaint(path, settings, window));
    }
    std::sort(opens.begin(), opens.end());
    report("open to first painted inventory (median)", opens[opens.size() / 2], "ms", 250);

    // One edit = one undo command = one durable transaction.
    app::Portfolio* p = window->portfolio();
    std::vector<double> edits;
    for (int i = 0; i < 400; ++i) {
        const core::Initiative& target = p->initiatives()[std::size_t(i * 7919) % p->initiatives().size()];
        core::Initiative after = target;
        after.title = QStringLiteral("Benchmark edit %1").arg(i);
        app::ChangeSet c;
        c.initiatives.push_back({target, after});
        QElapsedTimer t;
        t.start();
        if (!p->submit(QStringLiteral("bench"), std::move(c))) {
            std::fprintf(stderr, "edit refused\n");
            return 1;
        }
        edits.push_back(t.nsecsElapsed() / 1e6);
    }
    std::sort(edits.begin(), edits.end());
    report("edit command, redo + commit (median)", edits[edits.size() / 2], "ms", 2);
    std::printf("  (p90 %.2f ms, max %.2f ms)\n", edits[edits.size() * 9 / 10], edits.back());
    std::vector<double> undos;
    for (int i = 0; i < 200; ++i) {
        QElapsedTimer t;
        t.start();
        p->undoStack()->undo();
        undos.push_back(t.nsecsElapsed() / 1e6);
    }
    std::sort(undos.begin(), undos.end());
    report("undo, durable (median)", undos[undos.size() / 2], "ms", 2);
    window.reset();

    // Peak memory of a fresh process that opens the portfolio and paints it.
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--open"), path});
    child.waitForFinished(60000);
    const QList<QByteArray> lines = child.readAllStandardOutput().trimmed().split('\n');
    const double peakMiB = lines.last().trimmed().toLongLong() / 1024.0;
    report("peak memory of the open app", peakMiB, "MB", 150);
    return 0;
}
