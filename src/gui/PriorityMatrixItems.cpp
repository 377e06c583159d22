#include "PriorityMatrixItems.h"

#include "tiller/gui/PriorityMatrixScene.h"

#include <QApplication>
#include <QCursor>
#include <QGraphicsSceneMouseEvent>
#include <QPalette>
#include <QPen>

namespace tiller::gui {

InitiativeBubble::InitiativeBubble(core::Id id, PriorityMatrixScene* scene)
    : m_id(id), m_scene(scene), m_label(new QGraphicsSimpleTextItem(this))
{
    setFlags(ItemIsMovable | ItemIsSelectable | ItemSendsGeometryChanges);
    setAcceptHoverEvents(true);
    setCursor(Qt::OpenHandCursor);
    QFont f = QApplication::font();
    f.setPointSizeF(f.pointSizeF() * 0.8);
    m_label->setFont(f);
    m_label->setBrush(QApplication::palette().color(QPalette::Text));
    m_label->setAcceptedMouseButtons(Qt::NoButton);
    setRadius(7);
}

void InitiativeBubble::setRadius(double r)
{
    setRect(-r, -r, 2 * r, 2 * r);
    m_label->setPos(r + 2, -m_label->boundingRect().height() / 2);
}

void InitiativeBubble::setLabel(const QString& code, bool visible)
{
    m_label->setText(code);
    m_label->setVisible(visible);
    m_label->setPos(rect().width() / 2 + 2, -m_label->boundingRect().height() / 2);
}

QVariant InitiativeBubble::itemChange(GraphicsItemChange change, const QVariant& value)
{
    if (change == ItemPositionChange) {
        // Stay inside the plot while dragging.
        const QRectF plot = PriorityMatrixScene::plotRect();
        QPointF p = value.toPointF();
        p.setX(qBound(plot.left(), p.x(), plot.right()));
        p.setY(qBound(plot.top(), p.y(), plot.bottom()));
        return p;
    }
    return QGraphicsEllipseItem::itemChange(change, value);
}

void InitiativeBubble::mousePressEvent(QGraphicsSceneMouseEvent* event)
{
    m_pressPos = pos();
    setCursor(Qt::ClosedHandCursor);
    QGraphicsEllipseItem::mousePressEvent(event);
}

void InitiativeBubble::mouseReleaseEvent(QGraphicsSceneMouseEvent* event)
{
    QGraphicsEllipseItem::mouseReleaseEvent(event);
    setCursor(Qt::OpenHandCursor);
    // One drag = one command, written when the bubble is dropped.
    if ((pos() - m_pressPos).manhattanLength() > 2) {
        m_scene->bubbleDropped(m_id, pos());
    }
}

void InitiativeBubble::mouseDoubleClickEvent(QGraphicsSceneMouseEvent* event)
{
    QGraphicsEllipseItem::mouseDoubleClickEvent(event);
    m_scene->bubbleActivated(m_id);
}

ThresholdLine::ThresholdLine(Qt::Orientation orientation, PriorityMatrixScene* scene)
    : m_orientation(orientation), m_scene(scene)
{
    const QRectF plot = PriorityMatrixScene::plotRect();
    if (orientation == Qt::Horizontal) {
        setLine(plot.left(), 0, plot.right(), 0);
        setCursor(Qt::SizeVerCursor);
    } else {
        setLine(0, plot.top(), 0, plot.bottom());
        setCursor(Qt::SizeHorCursor);
    }
    QPen pen(QApplication::palette().color(QPalette::Mid), 2, Qt::DashLine);
    pen.setCosmetic(true);
    setPen(pen);
    setFlags(ItemIsMovable | ItemSendsGeometryChanges);
    setAcceptHoverEvents(true);
    setZValue(-1);
}

void ThresholdLine::placeAt(double sceneCoordinate)
{
    m_placing = true;
    setPos(m_orientation == Qt::Horizontal ? QPointF(0, sceneCoordinate) : QPointF(sceneCoordinate, 0));
    m_placing = false;
}

QVariant ThresholdLine::itemChange(GraphicsItemChange change, const QVariant& value)
{
    if (change == ItemPositionChange && !m_placing) {
        const QRectF plot = PriorityMatrixScene::plotRect();
        QPointF p = value.toPointF();
        if (m_orientation == Qt::Horizontal) {
            p = QPointF(0, qBound(plot.top(), p.y(), plot.bottom()));
        } else {
            p = QPointF(qBound(plot.left(), p.x(), plot.right()), 0);
        }
        return p;
    }
    return QGraphicsLineItem::itemChange(change, value);
}

void ThresholdLine::mouseReleaseEvent(QGraphicsSceneMouseEvent* event)
{
    QGraphicsLineItem::mouseReleaseEvent(event);
    m_scene->thresholdMoved(m_orientation, m_orientation == Qt::Horizontal ? pos().y() : pos().x());
}

void ThresholdLine::hoverEnterEvent(QGraphicsSceneHoverEvent* event)
{
    setToolTip(m_orientation == Qt::Horizontal ? QCoreApplication::translate("tiller::gui::PriorityMatrixScene", "Drag to move the value threshold")
                                               : QCoreApplication::translate("tiller::gui::PriorityMatrixScene", "Drag to move the effort threshold"));
    QGraphicsLineItem::hoverEnterEvent(event);
}

} // namespace tiller::gui
