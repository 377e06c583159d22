// Prioritisation benchmarks:
//   aggregating 200 candidates × 500 distinct ballots, each method but Kemeny  < 100 ms
//   the priority matrix of the large demo (2,000 initiatives) built and painted < 100 ms
//   one frame while dragging a bubble                                          < 16 ms
#include "tiller/app/DemoBuilder.h"
#include "tiller/app/Portfolio.h"
#include "tiller/app/Selection.h"
#include "tiller/core/Random.h"
#include "tiller/core/Ranking.h"
#include "tiller/gui/PriorityMatrixScene.h"
#include "tiller/gui/PriorityMatrixView.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QGraphicsItem>
#include <QGraphicsView>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <cstdio>

using namespace tiller;

namespace {

void report(const char* what, double value, const char* unit, double target)
{
    std::printf("%-52s %9.2f %-3s (target < %g %s) %s\n", what, value, unit, target, unit,
                value < target ? "OK" : "OVER TARGET");
    std::fflush(stdout);
}

std::vector<core::Ballot> randomBallots(int candidates, int ballots, std::uint64_t seed)
{
    core::Random rnd(seed);
    QStringList names;
    for (int c = 0; c < candidates; ++c) {
        names.append(QStringLiteral("CX-%1").arg(c + 1, 4, 10, QLatin1Char('0')));
    }
    std::vector<core::Ballot> out;
    for (int b = 0; b < ballots; ++b) {
        // A shared order plus personal noise, a few ties: ballots as stakeholders write them.
        QList<std::pair<double, QString>> keyed;
        for (int c = 0; c < candidates; ++c) {
            keyed.append({c + rnd.unit() * candidates * 0.6, names[c]});
        }
        std::sort(keyed.begin(), keyed.end());
        core::Ranking r;
        for (const auto& [key, name] : keyed) {
            if (!r.isEmpty() && rnd.chance(0.1)) {
                r.last().append(name);
            } else {
                r.append(QStringList{name});
            }
        }
        out.push_back({r, rnd.between(1, 3)});
    }
    return out;
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    spdlog::set_level(spdlog::level::warn);

    const auto ballots = randomBallots(200, 500, 7);
    for (auto method : {core::RankMethod::Schulze, core::RankMethod::Borda, core::RankMethod::Copeland,
                        core::RankMethod::InstantRunoff}) {
        std::vector<double> times;
        for (int run = 0; run < 5; ++run) {
            QElapsedTimer t;
            t.start();
            auto r = core::aggregate(ballots, method);
            times.push_back(t.nsecsElapsed() / 1e6);
            if (!r) {
                std::fprintf(stderr, "aggregation failed\n");
                return 1;
            }
        }
        std::sort(times.begin(), times.end());
        const QByteArray label = QStringLiteral("aggregate 200 × 500 ballots, %1 (median)").arg(core::toKey(method)).toUtf8();
        report(label.constData(), times[2], "ms", 100);
    }
    {
        QElapsedTimer t;
        t.start();
        auto r = core::aggregate(randomBallots(core::KemenyExactLimit, 500, 9), core::RankMethod::Kemeny);
        report("aggregate 16 × 500 ballots, kemeny (exact limit)", t.nsecsElapsed() / 1e6, "ms", 1000);
    }

    QTemporaryDir tmp;
    const QString path = argc > 1 ? QString::fromLocal8Bit(argv[1]) : tmp.filePath(QStringLiteral("large.tiller"));
    if (!QFile::exists(path)) {
        app::DemoBuilder builder(app::DemoBuilder::Size::Large, 1, QDate::currentDate());
        if (!builder.build(path)) {
            std::fprintf(stderr, "demo failed\n");
            return 1;
        }
    }
    auto portfolio = app::Portfolio::open(path);
    if (!portfolio) {
        std::fprintf(stderr, "open failed\n");
        return 1;
    }
    app::Selection selection;
    std::vector<double> builds;
    std::unique_ptr<gui::PriorityMatrixView> view;
    for (int run = 0; run < 5; ++run) {
        view.reset();
        QElapsedTimer t;
        t.start();
        view = std::make_unique<gui::PriorityMatrixView>(&selection);
        view->setPortfolio(portfolio->get());
        view->resize(1280, 760);
        view->show();
        view->grab();
        builds.push_back(t.nsecsElapsed() / 1e6);
    }
    std::sort(builds.begin(), builds.end());
    std::printf("  (%d bubbles shown)\n", view->scene()->visibleBubbles());
    report("matrix of the large demo built and painted (median)", builds[2], "ms", 100);

    // A drag frame: move one bubble and repaint the view's viewport.
    QGraphicsView* gv = view->graphicsView();
    auto* bubble = view->scene()->items().isEmpty() ? nullptr : view->scene()->items().first();
    QImage frame(gv->viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    std::vector<double> frames;
    for (int k = 0; k < 60 && bubble; ++k) {
        QElapsedTimer t;
        t.start();
        bubble->setPos(bubble->pos() + QPointF(3, -2));
        QPainter p(&frame);
        gv->render(&p);
        p.end();
        frames.push_back(t.nsecsElapsed() / 1e6);
    }
    std::sort(frames.begin(), frames.end());
    if (!frames.empty()) {
        report("one frame while dragging a bubble (median)", frames[frames.size() / 2], "ms", 16);
    }
    return 0;
}
