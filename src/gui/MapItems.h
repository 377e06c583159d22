// The items of the transformation map: a card per bin, an arrow per dependency.
#pragma once

#include "tiller/core/Types.h"

#include <QColor>
#include <QGraphicsItem>
#include <QString>

namespace tiller::gui {

class MapScene;

// What a card shows; filled by the scene from the portfolio.
struct CardLook
{
    QString code;
    QString name;
    QString owner;
    QString statusText;
    QColor statusColor;
    core::BinStatus status = core::BinStatus::Proposed;
    int priority = 0;
    double progress = 0; // 0..1
    bool dated = true;
    bool late = false; // starts before a predecessor ends
};

class BinCard : public QGraphicsItem
{
public:
    enum { Type = UserType + 41 };
    BinCard(core::Id id, MapScene* scene);

    int type() const override { return Type; }
    core::Id id() const { return m_id; }
    void setLook(const CardLook& look);
    const CardLook& look() const { return m_look; }
    void setSize(const QSizeF& size);
    QSizeF size() const { return m_size; }
    // Emphasis: part of the focused chain or the critical path; dimmed when another chain is focused.
    void setEmphasis(bool onPath, bool dimmed);
    bool isDimmed() const { return m_dimmed; }
    bool isOnPath() const { return m_onPath; }
    // The connector on the right edge, from which a dependency is dragged.
    QRectF connectorRect() const;

    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    static QColor statusColor(core::BinStatus status);

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant& value) override;
    void mousePressEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent* event) override;
    void hoverEnterEvent(QGraphicsSceneHoverEvent* event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent* event) override;

private:
    core::Id m_id;
    MapScene* m_scene;
    CardLook m_look;
    QSizeF m_size;
    bool m_onPath = false;
    bool m_dimmed = false;
    bool m_hovered = false;
    bool m_connecting = false;
    bool m_moved = false;
};

class DependencyArrow : public QGraphicsItem
{
public:
    enum { Type = UserType + 42 };
    enum class State { Normal, Violated, Emphasised, Dimmed };
    DependencyArrow(core::Id id, core::Id from, core::Id to);

    int type() const override { return Type; }
    core::Id id() const { return m_id; }
    core::Id from() const { return m_from; }
    core::Id to() const { return m_to; }
    void setState(State state);
    State state() const { return m_state; }
    // From the predecessor card's right edge to the successor's left edge.
    void route(const QRectF& from, const QRectF& to);

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    static QColor violationColor() { return {0xd9, 0x48, 0x0f}; }
    static QPainterPath curve(const QPointF& start, const QPointF& end);

private:
    core::Id m_id, m_from, m_to;
    State m_state = State::Normal;
    QPainterPath m_path;
    QPolygonF m_head;
};

} // namespace tiller::gui
