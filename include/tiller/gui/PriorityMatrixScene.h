// The priority matrix as a scene: one bubble per initiative at (effort, value), quadrant bands, movable thresholds.
#pragma once

#include "tiller/core/Entities.h"
#include "tiller/core/Scoring.h"
#include "tiller/core/Types.h"

#include <QGraphicsScene>
#include <QHash>

namespace tiller::app {
class Portfolio;
class Selection;
} // namespace tiller::app

namespace tiller::gui {

class InitiativeBubble;
class ThresholdLine;

class PriorityMatrixScene : public QGraphicsScene
{
    Q_OBJECT
public:
    enum class BubbleSize { Uniform, PainPoints, Budget, Reach };
    struct Filter
    {
        core::Id domain = 0;
        int status = -1;
        int horizon = -1;
        core::Id bin = -1; // -1: any; 0: in no bin
    };

    static bool passes(const Filter& filter, const core::Initiative& i);

    PriorityMatrixScene(app::Portfolio* portfolio, app::Selection* selection, QObject* parent = nullptr);

    void setFilter(const Filter& filter);
    void setBubbleSize(BubbleSize size);
    // The plot area in scene coordinates (axes drawn around it).
    static QRectF plotRect() { return {0, 0, 1000, 640}; }

    // Axis mapping between model units and scene coordinates.
    QPointF toScene(double effort, double value) const;
    std::pair<double, double> fromScene(const QPointF& p) const; // (effort, value)

    InitiativeBubble* bubble(core::Id id) const { return m_bubbles.value(id); }
    int visibleBubbles() const;

    // Called by a bubble when the user drops it: one undoable command.
    void bubbleDropped(core::Id id, const QPointF& scenePos);
    void thresholdMoved(Qt::Orientation orientation, double sceneCoordinate);
    void bubbleActivated(core::Id id);

signals:
    void initiativeActivated(core::Id id);
    void message(const QString& text);

private:
    void rebuild();
    void updateAxes();
    void placeBubble(core::Id id);
    void updateBubbleLook(core::Id id);
    void applyFilter();
    void filterBubble(core::Id id);
    void layoutBackground();

    app::Portfolio* m_portfolio;
    app::Selection* m_selection;
    Filter m_filter;
    BubbleSize m_size = BubbleSize::Uniform;
    double m_maxBudget = 0;
    double m_maxReach = 0;
    double m_xMin = 0, m_xMax = 100, m_yMin = 0, m_yMax = 100;
    QHash<core::Id, InitiativeBubble*> m_bubbles;
    QList<QGraphicsItem*> m_background;
    ThresholdLine* m_valueLine = nullptr;
    ThresholdLine* m_effortLine = nullptr;
    bool m_syncingSelection = false;
};

} // namespace tiller::gui
