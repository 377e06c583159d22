// The transformation map view: the map itself, its filter bar, axis switch, zoom, critical path and exports.
#pragma once

#include "tiller/core/Types.h"

#include <QGraphicsView>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QAction;
class QToolButton;

namespace tiller::app {
class Portfolio;
} // namespace tiller::app

namespace tiller::gui {

class MapScene;

// Wheel and keys zoom about the cursor; dragging the background pans.
class MapGraphicsView : public QGraphicsView
{
    Q_OBJECT
public:
    explicit MapGraphicsView(QWidget* parent = nullptr);
    void zoomBy(double factor);
    void fitAll();
    double zoom() const { return transform().m11(); }

signals:
    void zoomChanged(double zoom);

protected:
    void drawForeground(QPainter* painter, const QRectF& rect) override;
    void scrollContentsBy(int dx, int dy) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
};

class MapView : public QWidget
{
    Q_OBJECT
public:
    explicit MapView(QWidget* parent = nullptr);
    ~MapView() override;

    void setPortfolio(app::Portfolio* portfolio);
    // Built on first show (or when asked): opening a portfolio stays fast when the map is not on screen.
    MapScene* scene();
    MapGraphicsView* graphicsView() const { return m_view; }
    QComboBox* axisChooser() const { return m_axis; }
    QLineEdit* searchBox() const { return m_search; }
    QComboBox* statusFilter() const { return m_status; }
    QComboBox* ownerFilter() const { return m_owner; }
    QComboBox* domainFilter() const { return m_domain; }
    QComboBox* priorityFilter() const { return m_priority; }
    QLabel* countLabel() const { return m_count; }
    QAction* criticalPathAction() const { return m_critical; }

    // Writes the map as PNG, SVG or a PDF page sized for printing (A3 landscape), by the file's suffix.
    bool exportTo(const QString& path, QString* error);
    void exportInteractively();

signals:
    void binActivated(core::Id id);
    void charterRequested(core::Id id);
    void message(const QString& text);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void ensureBuilt();
    void rebuildChoosers();
    void updateFilter();
    void updateCount();
    void toggleCriticalPath(bool on);

    app::Portfolio* m_portfolio = nullptr;
    MapScene* m_scene = nullptr;
    MapGraphicsView* m_view;
    QComboBox* m_axis;
    QLineEdit* m_search;
    QComboBox* m_status;
    QComboBox* m_owner;
    QComboBox* m_domain;
    QComboBox* m_priority;
    QLabel* m_count;
    QAction* m_critical;
    QAction* m_export;
    bool m_fitPending = true;
};

} // namespace tiller::gui
