// Drives the transformation map offscreen as a user would: drags with the mouse, links, filters, exports.
#include "TestSupport.h"
#include "tiller/app/DemoBuilder.h"
#include "tiller/app/Portfolio.h"
#include "tiller/gui/MapScene.h"
#include "tiller/gui/MapView.h"
#include "../../src/gui/MapItems.h"
#include "../../src/gui/MapLayout.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMouseEvent>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace tiller;

class MapViewTest : public QObject
{
    Q_OBJECT

private:
    const QDate Anchor{2026, 6, 1};
    std::unique_ptr<test::TempDir> m_tmp;
    std::unique_ptr<app::Portfolio> m_portfolio;
    std::unique_ptr<gui::MapView> m_view;
    QStringList m_refusals;

    gui::MapScene* scene() { return m_view->scene(); }
    QGraphicsView* graphics() { return m_view->graphicsView(); }
    const core::ProjectBin& bin(const QString& code)
    {
        for (const core::ProjectBin& b : m_portfolio->bins()) {
            if (b.code == code) {
                return b;
            }
        }
        qFatal("no bin %s", qPrintable(code));
    }
    core::Id domainNamed(const QString& name)
    {
        for (const core::Domain& d : m_portfolio->domains()) {
            if (d.name == name) {
                return d.id;
            }
        }
        return 0;
    }
    QPointF centreOf(const QString& code) { return scene()->cardRect(bin(code).id).center(); }
    // The centre of a lane × column cell of the horizon map.
    QPointF cell(core::Id domain, core::Horizon horizon)
    {
        const gui::MapLayout& m = scene()->layout();
        QRectF lane, column;
        for (const auto& l : m.lanes) {
            if (l.domainId == domain) {
                lane = l.rect;
            }
        }
        for (const auto& c : m.columns) {
            if (c.horizon == horizon) {
                column = c.rect;
            }
        }
        return {column.left() + gui::MapLayout::CardWidth / 2 + 12, lane.center().y()};
    }
    // A real mouse drag on the viewport: press, a few moves with the button held, release.
    void drag(QPointF fromScene, QPointF toScene)
    {
        QWidget* vp = graphics()->viewport();
        const QPoint a = graphics()->mapFromScene(fromScene), b = graphics()->mapFromScene(toScene);
        QTest::mousePress(vp, Qt::LeftButton, {}, a);
        for (int i = 1; i <= 6; ++i) {
            const QPoint p = a + (b - a) * i / 6;
            QMouseEvent move(QEvent::MouseMove, p, vp->mapToGlobal(p), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(vp, &move);
        }
        QTest::mouseRelease(vp, Qt::LeftButton, {}, b);
    }
    void showWholeMap()
    {
        graphics()->resetTransform();
        graphics()->ensureVisible(scene()->mapRect(), 0, 0);
    }
    void screenshot(const QString& name)
    {
        // For a person to look at: TILLER_SCREENSHOTS=folder keeps pictures of the map.
        if (const QString dir = qEnvironmentVariable("TILLER_SCREENSHOTS"); !dir.isEmpty()) {
            m_view->grab().save(dir + QLatin1Char('/') + name);
        }
    }

private slots:
    void init()
    {
        m_tmp = std::make_unique<test::TempDir>();
        const QString path = m_tmp->path(QStringLiteral("map.tiller"));
        app::DemoBuilder builder(app::DemoBuilder::Size::Small, 1, Anchor);
        QVERIFY(builder.build(path));
        auto opened = app::Portfolio::openForEditing(path, QStringLiteral("Tester"));
        QVERIFY(opened);
        m_portfolio = std::move(*opened);
        m_refusals.clear();
        connect(m_portfolio.get(), &app::Portfolio::editRefused, this, [this](const QString& r) { m_refusals.append(r); });
        m_view = std::make_unique<gui::MapView>();
        m_view->resize(1500, 1000);
        m_view->setPortfolio(m_portfolio.get());
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        scene()->setToday(Anchor);
        showWholeMap();
    }

    void cleanup()
    {
        m_view.reset();
        m_portfolio.reset();
    }

    void showsEveryBinInItsLaneAndFollowsEditsAndUndo()
    {
        QCOMPARE(scene()->visibleCards(), 8);
        QVERIFY(m_view->countLabel()->text().contains(QStringLiteral("8")));
        // BIN-07 starts 19 months after the anchor: long term, in its domain's lane.
        const auto* lane = scene()->layout().laneAt(centreOf(QStringLiteral("BIN-07")));
        QVERIFY(lane);
        QCOMPARE(lane->domainId, bin(QStringLiteral("BIN-07")).domainId);
        QCOMPARE(scene()->layout().columnAt(centreOf(QStringLiteral("BIN-07")))->horizon, core::Horizon::Long);
        screenshot(QStringLiteral("map-horizons.png"));

        // An edit made elsewhere shows at once; so does its undo.
        core::ProjectBin after = bin(QStringLiteral("BIN-07"));
        after.status = core::BinStatus::Blocked;
        after.name = QStringLiteral("Fair tariffs for all");
        app::ChangeSet changes;
        changes.bins.push_back({bin(QStringLiteral("BIN-07")), after});
        QVERIFY(m_portfolio->submit(QStringLiteral("Block"), changes));
        auto* card = scene()->card(after.id);
        QCOMPARE(card->look().status, core::BinStatus::Blocked);
        QCOMPARE(card->look().name, QStringLiteral("Fair tariffs for all"));
        m_portfolio->undoStack()->undo();
        QCOMPARE(scene()->card(after.id)->look().status, core::BinStatus::Proposed);

        core::ProjectBin fresh;
        fresh.code = QStringLiteral("BIN-09");
        fresh.name = QStringLiteral("Callback when queues are long");
        fresh.horizon = core::Horizon::Medium;
        app::ChangeSet add;
        add.bins.push_back({std::nullopt, fresh});
        QVERIFY(m_portfolio->submit(QStringLiteral("Add"), add));
        QCOMPARE(scene()->visibleCards(), 9);
        // No domain, no dates: the "no domain" lane, dashed as not dated yet.
        QCOMPARE(scene()->layout().laneAt(centreOf(QStringLiteral("BIN-09")))->domainId, core::Id(0));
        QVERIFY(!scene()->card(bin(QStringLiteral("BIN-09")).id)->look().dated);
        m_portfolio->undoStack()->undo();
        QCOMPARE(scene()->visibleCards(), 8);
    }

    void dragMovesABinToAnotherLaneAndHorizonAsOneUndoStep()
    {
        const core::ProjectBin before = bin(QStringLiteral("BIN-07"));
        const core::Id digital = domainNamed(QStringLiteral("Digital channels"));
        QVERIFY(digital != 0 && digital != before.domainId);
        const int commands = m_portfolio->undoStack()->count();
        drag(centreOf(QStringLiteral("BIN-07")), cell(digital, core::Horizon::Medium));
        QCOMPARE(m_portfolio->undoStack()->count(), commands + 1);
        const core::ProjectBin& moved = bin(QStringLiteral("BIN-07"));
        QCOMPARE(moved.domainId, digital);
        QCOMPARE(moved.horizon, core::Horizon::Medium);
        // Dated bins start where the horizon starts (6 months out) and keep their length.
        QCOMPARE(moved.start, Anchor.addMonths(6));
        QCOMPARE(moved.start.daysTo(moved.end), before.start.daysTo(before.end));
        QCOMPARE(scene()->layout().laneAt(centreOf(QStringLiteral("BIN-07")))->domainId, digital);
        QVERIFY(m_portfolio->undoStack()->undoText().contains(QStringLiteral("BIN-07")));

        m_portfolio->undoStack()->undo();
        QCOMPARE(bin(QStringLiteral("BIN-07")).domainId, before.domainId);
        QCOMPARE(bin(QStringLiteral("BIN-07")).start, before.start);
        QCOMPARE(scene()->layout().laneAt(centreOf(QStringLiteral("BIN-07")))->domainId, before.domainId);
    }

    void aDragThatBreaksADependencyIsFlagged()
    {
        // BIN-08 waits for BIN-05 (ends January 2027); pulling it into the short term breaks that.
        const int broken = scene()->violatedDependencies();
        QSignalSpy messages(m_view.get(), &gui::MapView::message);
        drag(centreOf(QStringLiteral("BIN-08")), cell(bin(QStringLiteral("BIN-08")).domainId, core::Horizon::Short));
        QCOMPARE(bin(QStringLiteral("BIN-08")).start, Anchor);
        QCOMPARE(scene()->violatedDependencies(), broken + 1);
        QVERIFY(scene()->card(bin(QStringLiteral("BIN-08")).id)->look().late);
        QVERIFY(!messages.isEmpty());
        const QString said = messages.last().at(0).toString();
        QVERIFY2(said.contains(QStringLiteral("BIN-05")) && said.contains(QStringLiteral("BIN-08")), qPrintable(said));
        m_portfolio->undoStack()->undo();
        QCOMPARE(scene()->violatedDependencies(), broken);
    }

    void draggingFromTheConnectorLinksTwoBinsAndACycleIsRefused()
    {
        const core::Id from = bin(QStringLiteral("BIN-07")).id, to = bin(QStringLiteral("BIN-02")).id;
        const auto hasLink = [this](core::Id a, core::Id b) {
            return std::any_of(m_portfolio->dependencies().begin(), m_portfolio->dependencies().end(),
                               [&](const core::BinDependency& d) { return d.predecessor == a && d.successor == b; });
        };
        QVERIFY(!hasLink(from, to));
        const QRectF source = scene()->cardRect(from);
        drag(QPointF(source.right(), source.center().y()), centreOf(QStringLiteral("BIN-02")));
        QVERIFY(hasLink(from, to));
        QVERIFY(scene()->arrow(m_portfolio->dependencies().back().id));
        // The card did not move while linking.
        QCOMPARE(scene()->cardRect(from), source);
        m_portfolio->undoStack()->undo();
        QVERIFY(!hasLink(from, to));

        // BIN-08 already waits (through BIN-05, BIN-03) for BIN-01: linking back would close a loop.
        const core::Id last = bin(QStringLiteral("BIN-08")).id, first = bin(QStringLiteral("BIN-01")).id;
        const QRectF r = scene()->cardRect(last);
        const std::size_t links = m_portfolio->dependencies().size();
        drag(QPointF(r.right(), r.center().y()), centreOf(QStringLiteral("BIN-01")));
        QCOMPARE(m_portfolio->dependencies().size(), links);
        QVERIFY(!hasLink(last, first));
        QVERIFY(!m_refusals.isEmpty());
        QVERIFY2(m_refusals.last().contains(QStringLiteral("BIN-01")) && m_refusals.last().contains(QStringLiteral("BIN-08")),
                 qPrintable(m_refusals.last()));
    }

    void aLinkCanBeRemovedFromTheMapAndTheRemovalUndone()
    {
        const core::BinDependency link = m_portfolio->dependencies().front();
        const std::size_t links = m_portfolio->dependencies().size();
        QVERIFY(scene()->arrow(link.id));
        QVERIFY(scene()->removeDependency(link.id));
        QVERIFY(!scene()->arrow(link.id));
        QVERIFY(m_portfolio->undoStack()->undoText().contains(m_portfolio->bin(link.successor)->code));
        m_portfolio->undoStack()->undo();
        QCOMPARE(m_portfolio->dependencies().size(), links);
        const auto back = std::find_if(m_portfolio->dependencies().begin(), m_portfolio->dependencies().end(),
                                       [&](const auto& d) { return d.predecessor == link.predecessor && d.successor == link.successor; });
        QVERIFY(back != m_portfolio->dependencies().end());
        QVERIFY(scene()->arrow(back->id));

        // "Show the critical path" from a card's menu selects the bin and turns the highlight on.
        scene()->card(bin(QStringLiteral("BIN-05")).id)->setSelected(true);
        emit scene()->criticalPathRequested(bin(QStringLiteral("BIN-05")).id);
        QVERIFY(m_view->criticalPathAction()->isChecked());
        QCOMPARE(scene()->criticalPath().back(), bin(QStringLiteral("BIN-05")).id);
    }

    void filtersHideBinsAndSayHowManyAreShown()
    {
        QComboBox* status = m_view->statusFilter();
        status->setCurrentIndex(status->findData(int(core::BinStatus::Proposed)));
        QCOMPARE(scene()->visibleCards(), 2); // BIN-07, BIN-08
        QVERIFY(m_view->countLabel()->text().contains(QStringLiteral("2")));
        QVERIFY(!scene()->card(bin(QStringLiteral("BIN-01")).id));
        m_view->searchBox()->setText(QStringLiteral("tariff"));
        QCOMPARE(scene()->visibleCards(), 1);
        status->setCurrentIndex(0);
        m_view->searchBox()->clear();
        m_view->priorityFilter()->setCurrentIndex(m_view->priorityFilter()->findData(10));
        QCOMPARE(scene()->visibleCards(), 8);
        QComboBox* owner = m_view->ownerFilter();
        owner->setCurrentIndex(owner->findData(bin(QStringLiteral("BIN-03")).ownerId));
        QCOMPARE(scene()->visibleCards(), 1);
    }

    void selectingABinLightsItsChainAndTheCriticalPath()
    {
        auto* card = scene()->card(bin(QStringLiteral("BIN-08")).id);
        card->setSelected(true);
        QCOMPARE(scene()->focusBin(), bin(QStringLiteral("BIN-08")).id);
        for (const char* code : {"BIN-05", "BIN-03", "BIN-01"}) {
            QVERIFY2(!scene()->card(bin(QString::fromLatin1(code)).id)->isDimmed(), code);
        }
        QVERIFY(scene()->card(bin(QStringLiteral("BIN-07")).id)->isDimmed());

        m_view->criticalPathAction()->setChecked(true);
        QList<core::Id> expected;
        for (const char* code : {"BIN-01", "BIN-03", "BIN-05", "BIN-08"}) {
            expected.append(bin(QString::fromLatin1(code)).id);
        }
        QCOMPARE(scene()->criticalPath(), expected);
        QVERIFY(scene()->card(bin(QStringLiteral("BIN-01")).id)->isOnPath());
        QVERIFY(!scene()->card(bin(QStringLiteral("BIN-02")).id)->isOnPath());
        screenshot(QStringLiteral("map-critical-path.png"));
        m_view->criticalPathAction()->setChecked(false);
        QVERIFY(scene()->criticalPath().isEmpty());
        scene()->clearSelection();
        QVERIFY(!scene()->card(bin(QStringLiteral("BIN-07")).id)->isDimmed());
    }

    void onATimeAxisADragShiftsTheDatesByTheDaysMoved()
    {
        m_view->axisChooser()->setCurrentIndex(m_view->axisChooser()->findData(int(gui::MapAxis::Months)));
        QCOMPARE(scene()->visibleCards(), 8);
        showWholeMap();
        graphics()->horizontalScrollBar()->setValue(graphics()->horizontalScrollBar()->minimum());
        screenshot(QStringLiteral("map-months.png"));
        graphics()->horizontalScrollBar()->setValue(graphics()->horizontalScrollBar()->maximum() / 2);
        screenshot(QStringLiteral("map-months-scrolled.png"));
        showWholeMap();
        const core::ProjectBin before = bin(QStringLiteral("BIN-07"));
        const QRectF r = scene()->cardRect(before.id);
        QCOMPARE(scene()->layout().dateAt(r.left()), before.start);
        const double day = scene()->layout().pixelsPerDay;
        drag(r.center(), r.center() + QPointF(30 * day, 0));
        const core::ProjectBin& after = bin(QStringLiteral("BIN-07"));
        QCOMPARE(before.start.daysTo(after.start), 30);
        QCOMPARE(before.end.daysTo(after.end), 30);
        QCOMPARE(after.domainId, before.domainId);
        m_portfolio->undoStack()->undo();
        QCOMPARE(bin(QStringLiteral("BIN-07")).start, before.start);
    }

    void wheelAndKeysZoomAndFitShowsTheWholeMap()
    {
        const double before = m_view->graphicsView()->zoom();
        QWheelEvent wheel(QPointF(200, 200), graphics()->viewport()->mapToGlobal(QPointF(200, 200)), QPoint(),
                          QPoint(0, 240), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(graphics()->viewport(), &wheel);
        QVERIFY(m_view->graphicsView()->zoom() > before);
        QTest::keyClick(graphics(), Qt::Key_Minus);
        QTest::keyClick(graphics(), Qt::Key_Minus);
        QTest::keyClick(graphics(), Qt::Key_Minus);
        QVERIFY(m_view->graphicsView()->zoom() < before);
        QTest::keyClick(graphics(), Qt::Key_0);
        const QRectF shown = graphics()->mapToScene(graphics()->viewport()->rect()).boundingRect();
        QVERIFY(shown.adjusted(-2, -2, 2, 2).contains(scene()->mapRect()));
    }

    void doubleClickOpensTheBin()
    {
        QSignalSpy opened(m_view.get(), &gui::MapView::binActivated);
        const QPoint at = graphics()->mapFromScene(centreOf(QStringLiteral("BIN-03")));
        QTest::mouseDClick(graphics()->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().at(0).toLongLong(), bin(QStringLiteral("BIN-03")).id);
    }

    void exportsPngSvgAndAnA3LandscapePdf()
    {
        QString error;
        const QString png = m_tmp->path(QStringLiteral("map.png"));
        const QString svg = m_tmp->path(QStringLiteral("map.svg"));
        const QString pdf = m_tmp->path(QStringLiteral("map.pdf"));
        QVERIFY2(m_view->exportTo(png, &error), qPrintable(error));
        QVERIFY2(m_view->exportTo(svg, &error), qPrintable(error));
        QVERIFY2(m_view->exportTo(pdf, &error), qPrintable(error));
        const QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > image.height());
        const QByteArray svgText = test::readFile(svg);
        QVERIFY(svgText.contains("<svg"));
        QVERIFY(svgText.contains("BIN-07"));
        // A3 landscape is 420 × 297 mm: 1190.55 × 841.89 points.
        const QByteArray pdfBytes = test::readFile(pdf);
        QVERIFY(pdfBytes.startsWith("%PDF"));
        const qsizetype box = pdfBytes.indexOf("/MediaBox [0 0 ");
        QVERIFY(box > 0);
        const QList<QByteArray> size = pdfBytes.mid(box + 15, pdfBytes.indexOf(']', box) - box - 15).split(' ');
        QCOMPARE(qRound(size.at(0).toDouble()), 1191);
        QCOMPARE(qRound(size.at(1).toDouble()), 842);
        if (const QString dir = qEnvironmentVariable("TILLER_SCREENSHOTS"); !dir.isEmpty()) {
            QFile::remove(dir + QStringLiteral("/map.pdf"));
            QFile::copy(pdf, dir + QStringLiteral("/map.pdf"));
        }
        QVERIFY(!m_view->exportTo(m_tmp->path(QStringLiteral("map.docx")), &error));
        QVERIFY(error.contains(QStringLiteral(".pdf")));
    }
};

QTEST_MAIN(MapViewTest)
#include "MapViewTest.moc"
