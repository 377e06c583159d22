#include "tiller/gui/MapView.h"

#include "MapLayout.h"
#include "SceneExport.h"
#include "tiller/app/Portfolio.h"
#include "tiller/app/Text.h"
#include "tiller/gui/Dialogs.h"
#include "tiller/gui/MapScene.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPainter>
#include <QScrollBar>
#include <QToolBar>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <algorithm>

namespace tiller::gui {

// ---- The graphics view --------------------------------------------------------

MapGraphicsView::MapGraphicsView(QWidget* parent) : QGraphicsView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setDragMode(ScrollHandDrag);
    setTransformationAnchor(AnchorUnderMouse);
    setViewportUpdateMode(SmartViewportUpdate);
    setOptimizationFlags(DontSavePainterState);
    setFrameShape(QFrame::NoFrame);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setAccessibleName(tr("Transformation map"));
}

void MapGraphicsView::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    if (dx != 0) {
        viewport()->update(); // the pinned lane names move with the view, not the scene
    }
}

void MapGraphicsView::zoomBy(double factor)
{
    const double now = zoom();
    const double next = std::clamp(now * factor, 0.05, 4.0);
    scale(next / now, next / now);
    emit zoomChanged(zoom());
}

void MapGraphicsView::fitAll()
{
    if (!scene()) {
        return;
    }
    fitInView(scene()->sceneRect(), Qt::KeepAspectRatio);
    // Never blow a small map up beyond its natural size.
    if (zoom() > 1.0) {
        resetTransform();
    }
    emit zoomChanged(zoom());
}

void MapGraphicsView::drawForeground(QPainter* painter, const QRectF& rect)
{
    QGraphicsView::drawForeground(painter, rect);
    auto* map = qobject_cast<MapScene*>(scene());
    if (!map) {
        return;
    }
    // When the lane names have scrolled out of sight, keep them readable at the left edge.
    // So are they when zoomed out too far to read them.
    const QRectF visible = mapToScene(viewport()->rect()).boundingRect();
    if (visible.left() <= MapLayout::LaneHeader * 0.6 && zoom() >= 0.6) {
        return;
    }
    // Below the zoom where the scene's own headers are legible, leave room for the pinned column names.
    const QPalette palette = this->palette();
    QFont bold = font();
    bold.setBold(true);
    painter->save();
    painter->resetTransform(); // draw in viewport pixels: readable at any zoom
    painter->setFont(bold);
    const QFontMetrics fm(bold);
    for (const MapLane& lane : map->layout().lanes) {
        const QRect onScreen = mapFromScene(lane.rect).boundingRect();
        if (onScreen.bottom() < 0 || onScreen.top() > viewport()->height()) {
            continue;
        }
        const core::Domain* d = map->domainOfLane(lane);
        const QString name = d ? d->name : MapScene::tr("No domain");
        const int top = zoom() < 0.6 ? fm.height() + 12 : 4;
        const QRect label(4, std::max(onScreen.top() + 4, top), fm.horizontalAdvance(name) + 18, fm.height() + 6);
        QColor back = palette.color(QPalette::Base);
        back.setAlphaF(0.9);
        painter->setPen(palette.color(QPalette::Mid));
        painter->setBrush(back);
        painter->drawRoundedRect(label, 4, 4);
        painter->fillRect(QRect(label.left() + 1, label.top() + 1, 5, label.height() - 1),
                          d ? QColor(d->color) : QColor(Qt::gray));
        painter->setPen(palette.color(QPalette::Text));
        painter->drawText(label.adjusted(12, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft, name);
    }
    // Zoomed out on horizons, the column names too.
    if (zoom() < 0.6 && map->layout().axis == MapAxis::Horizons) {
        for (const MapColumn& c : map->layout().columns) {
            const QRect onScreen = mapFromScene(c.rect).boundingRect();
            const QString name = app::Text::horizon(c.horizon);
            const QRect label(onScreen.left() + 4, 2, fm.horizontalAdvance(name) + 12, fm.height() + 6);
            QColor back = palette.color(QPalette::Base);
            back.setAlphaF(0.9);
            painter->setPen(palette.color(QPalette::Mid));
            painter->setBrush(back);
            painter->drawRoundedRect(label, 4, 4);
            painter->setPen(palette.color(QPalette::Text));
            painter->drawText(label, Qt::AlignCenter, name);
        }
    }
    painter->restore();
}

void MapGraphicsView::wheelEvent(QWheelEvent* event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0) {
        QGraphicsView::wheelEvent(event); // horizontal wheels scroll
        return;
    }
    zoomBy(std::pow(1.15, steps));
    event->accept();
}

void MapGraphicsView::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(1.25);
        return;
    case Qt::Key_Minus:
        zoomBy(0.8);
        return;
    case Qt::Key_0:
        fitAll();
        return;
    default:
        QGraphicsView::keyPressEvent(event);
    }
}

// ---- The view -------------------------------------------------------------------

MapView::MapView(QWidget* parent)
    : QWidget(parent), m_view(new MapGraphicsView(this)), m_axis(new QComboBox(this)), m_search(new QLineEdit(this)),
      m_status(new QComboBox(this)), m_owner(new QComboBox(this)), m_domain(new QComboBox(this)),
      m_priority(new QComboBox(this)), m_count(new QLabel(this))
{
    auto* tools = new QToolBar(this);
    tools->setIconSize(QSize(16, 16));
    tools->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_axis->addItem(tr("Columns: horizons"), int(MapAxis::Horizons));
    m_axis->addItem(tr("Columns: months"), int(MapAxis::Months));
    m_axis->addItem(tr("Columns: quarters"), int(MapAxis::Quarters));
    m_axis->setAccessibleName(tr("Map columns"));
    m_axis->setToolTip(tr("Place bins by horizon (short, medium, long term) or on a calendar"));
    tools->addWidget(m_axis);
    tools->addSeparator();

    const auto makeAction = [&](const QString& text, const QKeySequence& key, const QString& tip) {
        auto* a = new QAction(text, this);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        a->setToolTip(tip + QStringLiteral(" (%1)").arg(key.toString(QKeySequence::NativeText)));
        tools->addAction(a);
        this->addAction(a);
        return a;
    };
    connect(makeAction(tr("Zoom in"), QKeySequence::ZoomIn, tr("Zoom in")), &QAction::triggered, this,
            [this] { m_view->zoomBy(1.25); });
    connect(makeAction(tr("Zoom out"), QKeySequence::ZoomOut, tr("Zoom out")), &QAction::triggered, this,
            [this] { m_view->zoomBy(0.8); });
    connect(makeAction(tr("Fit"), QKeySequence(Qt::CTRL | Qt::Key_0), tr("Show the whole map")), &QAction::triggered,
            this, [this] { m_view->fitAll(); });
    tools->addSeparator();
    m_critical = makeAction(tr("Critical path"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K),
                            tr("Highlight the longest chain of work leading to the selected bin"));
    m_critical->setCheckable(true);
    connect(m_critical, &QAction::toggled, this, &MapView::toggleCriticalPath);
    tools->addSeparator();
    m_export = makeAction(tr("Export…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
                          tr("Save the map as a PDF page for printing (A3), an SVG or a PNG"));
    connect(m_export, &QAction::triggered, this, &MapView::exportInteractively);

    m_search->setPlaceholderText(tr("Filter bins by code or name"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Filter bins by code or name"));
    m_status->setAccessibleName(tr("Filter by status"));
    m_owner->setAccessibleName(tr("Filter by owner"));
    m_domain->setAccessibleName(tr("Filter by domain"));
    m_priority->setAccessibleName(tr("Filter by priority"));
    m_priority->addItem(tr("All priorities"), 0);
    for (int n : {10, 25, 50, 100}) {
        m_priority->addItem(tr("Top %1").arg(n), n);
    }
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    for (QComboBox* b : {m_status, m_owner, m_domain, m_priority}) {
        b->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        b->setMinimumContentsLength(8);
        filters->addWidget(b, 1);
        connect(b, &QComboBox::currentIndexChanged, this, &MapView::updateFilter);
    }
    filters->addWidget(m_count);
    connect(m_search, &QLineEdit::textChanged, this, &MapView::updateFilter);
    connect(m_axis, &QComboBox::currentIndexChanged, this, [this] {
        if (m_scene) {
            m_scene->setAxis(MapAxis(m_axis->currentData().toInt()));
            m_view->fitAll();
        }
    });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 6, 0);
    layout->setSpacing(4);
    layout->addWidget(tools);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    setPortfolio(nullptr);
}

MapView::~MapView() = default;

void MapView::setPortfolio(app::Portfolio* portfolio)
{
    if (m_scene) {
        m_view->setScene(nullptr);
        delete m_scene;
        m_scene = nullptr;
    }
    m_portfolio = portfolio;
    m_fitPending = true;
    m_critical->setChecked(false);
    rebuildChoosers();
    setEnabled(portfolio != nullptr);
    if (portfolio) {
        connect(portfolio, &app::Portfolio::personAdded, this, &MapView::rebuildChoosers);
        connect(portfolio, &app::Portfolio::personChanged, this, &MapView::rebuildChoosers);
        connect(portfolio, &app::Portfolio::personRemoved, this, &MapView::rebuildChoosers);
        connect(portfolio, &app::Portfolio::domainAdded, this, &MapView::rebuildChoosers);
        connect(portfolio, &app::Portfolio::domainChanged, this, &MapView::rebuildChoosers);
        connect(portfolio, &app::Portfolio::domainRemoved, this, &MapView::rebuildChoosers);
        if (isVisible()) {
            ensureBuilt();
        }
    }
}

MapScene* MapView::scene()
{
    ensureBuilt();
    return m_scene;
}

void MapView::ensureBuilt()
{
    if (m_scene || !m_portfolio) {
        return;
    }
    m_scene = new MapScene(m_portfolio, this);
    m_scene->setAxis(MapAxis(m_axis->currentData().toInt()));
    connect(m_scene, &MapScene::binActivated, this, &MapView::binActivated);
    connect(m_scene, &MapScene::charterRequested, this, &MapView::charterRequested);
    connect(m_scene, &MapScene::criticalPathRequested, this, [this](core::Id) {
        // The bin is selected by then: the action shows its path.
        if (m_critical->isChecked()) {
            toggleCriticalPath(true);
        } else {
            m_critical->setChecked(true);
        }
    });
    connect(m_scene, &MapScene::message, this, &MapView::message);
    connect(m_scene, &MapScene::rebuilt, this, &MapView::updateCount);
    connect(m_scene, &QGraphicsScene::selectionChanged, this, [this] {
        if (m_critical->isChecked()) {
            toggleCriticalPath(true);
        }
    });
    updateFilter();
    m_view->setScene(m_scene);
    updateCount();
    m_view->fitAll();
}

void MapView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    ensureBuilt();
    if (m_fitPending && m_scene) {
        m_fitPending = false;
        m_view->fitAll();
    }
}

void MapView::rebuildChoosers()
{
    const QSignalBlocker blockStatus(m_status), blockOwner(m_owner), blockDomain(m_domain);
    const QVariant status = m_status->currentData(), owner = m_owner->currentData(), domain = m_domain->currentData();
    m_status->clear();
    m_owner->clear();
    m_domain->clear();
    m_status->addItem(tr("All statuses"), -1);
    for (int s = 0; s < core::BinStatusCount; ++s) {
        m_status->addItem(app::Text::binStatus(core::BinStatus(s)), s);
    }
    m_owner->addItem(tr("All owners"), qint64(0));
    m_domain->addItem(tr("All domains"), qint64(0));
    if (m_portfolio) {
        QSet<core::Id> owners;
        for (const core::ProjectBin& b : m_portfolio->bins()) {
            owners.insert(b.ownerId);
        }
        for (const core::Person& p : m_portfolio->people()) {
            if (owners.contains(p.id)) {
                m_owner->addItem(p.name, p.id);
            }
        }
        for (const core::Domain& d : m_portfolio->domains()) {
            m_domain->addItem(d.name, d.id);
        }
    }
    for (auto [box, value] : {std::pair{m_status, status}, {m_owner, owner}, {m_domain, domain}}) {
        const int at = value.isValid() ? box->findData(value) : 0;
        box->setCurrentIndex(std::max(at, 0));
    }
}

void MapView::updateFilter()
{
    if (!m_scene) {
        return;
    }
    MapScene::Filter f;
    f.status = m_status->currentData().toInt();
    f.owner = m_owner->currentData().toLongLong();
    f.domain = m_domain->currentData().toLongLong();
    f.topPriorities = m_priority->currentData().toInt();
    f.text = m_search->text();
    m_scene->setFilter(f);
}

void MapView::updateCount()
{
    if (!m_scene || !m_portfolio) {
        m_count->clear();
        return;
    }
    const int all = int(m_portfolio->bins().size());
    const int shown = m_scene->visibleCards();
    QString text = shown == all ? tr("%n bin(s)", nullptr, all) : tr("%1 of %n bin(s)", nullptr, all).arg(shown);
    if (const int late = m_scene->violatedDependencies(); late > 0) {
        text += tr(" · %n broken dependency(ies)", nullptr, late);
    }
    m_count->setText(text);
}

void MapView::toggleCriticalPath(bool on)
{
    if (!m_scene) {
        return;
    }
    if (!on) {
        m_scene->showCriticalPath(0);
        return;
    }
    const core::Id target = m_scene->focusBin();
    if (target == 0) {
        emit message(tr("Select a bin on the map: its critical path will be highlighted."));
        return;
    }
    const QString sentence = m_scene->showCriticalPath(target);
    emit message(sentence.isEmpty() ? tr("No critical path: the dependencies form a cycle.") : sentence);
}

bool MapView::exportTo(const QString& path, QString* error)
{
    ensureBuilt();
    if (!m_scene) {
        *error = tr("no portfolio is open");
        return false;
    }
    SceneExport out;
    out.title = tr("Transformation map — %1").arg(m_portfolio->program().name);
    out.subtitle = tr("%1 · %2 · %3")
                       .arg(QLocale().toString(QDate::currentDate(), QLocale::LongFormat), m_axis->currentText(),
                            m_count->text());
    out.pageSize = QPageSize(QPageSize::A3);
    m_scene->setCaching(false);
    const bool written = out.write(m_scene, m_scene->mapRect(), path, error);
    m_scene->setCaching(true);
    return written;
}

void MapView::exportInteractively()
{
    const QString path = Dialogs::saveFileName(this, tr("Export the Transformation Map"),
                                               QStringLiteral("transformation-map.pdf"),
                                               tr("PDF, A3 landscape (*.pdf);;SVG (*.svg);;PNG image (*.png)"));
    if (path.isEmpty()) {
        return;
    }
    QString error;
    if (exportTo(path, &error)) {
        emit message(tr("Exported the transformation map to %1").arg(path));
    } else {
        Dialogs::warning(this, tr("Export the Transformation Map"), error);
    }
}

} // namespace tiller::gui
