// The movable items of the priority matrix: initiative bubbles and threshold lines.
#pragma once

#include "tiller/core/Types.h"

#include <QGraphicsEllipseItem>
#include <QGraphicsLineItem>

namespace tiller::gui {

class PriorityMatrixScene;

class InitiativeBubble : public QGraphicsEllipseItem
{
public:
    InitiativeBubble(core::Id id, PriorityMatrixScene* scene);
    core::Id id() const { return m_id; }
    void setRadius(double r);
    void setLabel(const QString& code, bool visible);

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant& value) override;
    void mousePressEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent* event) override;

private:
    core::Id m_id;
    PriorityMatrixScene* m_scene;
    QGraphicsSimpleTextItem* m_label;
    QPointF m_pressPos;
};

class ThresholdLine : public QGraphicsLineItem
{
public:
    // Horizontal: the value threshold (moves up and down); vertical: the effort threshold.
    ThresholdLine(Qt::Orientation orientation, PriorityMatrixScene* scene);
    void placeAt(double sceneCoordinate);

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant& value) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent* event) override;
    void hoverEnterEvent(QGraphicsSceneHoverEvent* event) override;

private:
    Qt::Orientation m_orientation;
    PriorityMatrixScene* m_scene;
    bool m_placing = false;
};

} // namespace tiller::gui
