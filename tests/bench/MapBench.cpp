// Transformation map benchmarks, on the large demo (500 bins, about 1,000 dependencies):
//   the map built and first painted offscreen        < 150 ms
//   one frame while dragging a card                  < 16 ms
//   the A3 PDF export                                < 1 s
#include "tiller/app/DemoBuilder.h"
#include "tiller/app/Portfolio.h"
#include "tiller/gui/MapScene.h"
#include "tiller/gui/MapView.h"
#include "../../src/gui/MapItems.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QGraphicsItem>
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

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    spdlog::set_level(spdlog::level::warn);

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
    std::printf("  (%zu bins, %zu dependencies)\n", (*portfolio)->bins().size(), (*portfolio)->dependencies().size());

    std::unique_ptr<gui::MapView> view;
    for (const auto& [axis, label] : {std::pair{0, "horizons"}, {1, "months"}}) {
        std::vector<double> builds;
        for (int run = 0; run < 5; ++run) {
            view.reset();
            QElapsedTimer t;
            t.start();
            view = std::make_unique<gui::MapView>();
            view->axisChooser()->setCurrentIndex(axis);
            view->setPortfolio(portfolio->get());
            view->resize(1280, 760);
            view->show();
            view->grab();
            builds.push_back(t.nsecsElapsed() / 1e6);
        }
        const QByteArray what = QStringLiteral("map built and first painted, %1 (median)").arg(QLatin1String(label)).toUtf8();
        report(what.constData(), median(builds), "ms", 150);
    }

    // A drag frame at a working zoom: move a card, re-route its arrows, repaint the viewport.
    gui::MapScene* scene = view->scene();
    gui::MapGraphicsView* gv = view->graphicsView();
    for (const double zoom : {1.0, 0.25}) {
        gv->resetTransform();
        gv->scale(zoom, zoom);
        const core::Id id = (*portfolio)->bins()[250].id;
        QGraphicsItem* card = scene->card(id);
        gv->centerOn(card);
        QImage frame(gv->viewport()->size(), QImage::Format_ARGB32_Premultiplied);
        std::vector<double> frames;
        for (int k = 0; k < 60; ++k) {
            QElapsedTimer t;
            t.start();
            card->setPos(card->pos() + QPointF(4, k % 2 ? 3 : -3));
            scene->cardMoving(id);
            QPainter p(&frame);
            gv->render(&p);
            p.end();
            frames.push_back(t.nsecsElapsed() / 1e6);
        }
        const QByteArray what = QStringLiteral("one frame while dragging a card, zoom %1 (median)").arg(zoom).toUtf8();
        report(what.constData(), median(frames), "ms", 16);
    }

    std::vector<double> exports;
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer t;
        t.start();
        QString error;
        if (!view->exportTo(tmp.filePath(QStringLiteral("map.pdf")), &error)) {
            std::fprintf(stderr, "export failed: %s\n", qPrintable(error));
            return 1;
        }
        exports.push_back(t.nsecsElapsed() / 1e6);
    }
    report("A3 PDF export of the map (median)", median(exports), "ms", 1000);
    return 0;
}
