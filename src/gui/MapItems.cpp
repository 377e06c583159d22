#include "MapItems.h"

#include "tiller/gui/MapScene.h"

#include <QApplication>
#include <QCursor>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QPalette>
#include <QStyleOptionGraphicsItem>

namespace tiller::gui {

namespace {

constexpr double Radius = 5;
constexpr double Stripe = 6;
constexpr double Connector = 7; // the connector's radius

QFont scaledFont(double factor, bool bold = false)
{
    QFont f = QApplication::font();
    f.setPointSizeF(f.pointSizeF() * factor);
    f.setBold(bold);
    return f;
}

} // namespace

// ---- Card -------------------------------------------------------------------

BinCard::BinCard(core::Id id, MapScene* scene) : m_id(id), m_scene(scene)
{
    setFlags(ItemIsMovable | ItemIsSelectable | ItemSendsGeometryChanges);
    setAcceptHoverEvents(true);
    setCursor(Qt::OpenHandCursor);
    setZValue(2);
}

QColor BinCard::statusColor(core::BinStatus status)
{
    switch (status) {
    case core::BinStatus::Proposed:
        return {0x8a, 0x91, 0x9b};
    case core::BinStatus::Planned:
        return {0x7c, 0x5c, 0xd6};
    case core::BinStatus::InProgress:
        return {0x25, 0x74, 0xd9};
    case core::BinStatus::Blocked:
        return {0xd6, 0x33, 0x3a};
    case core::BinStatus::Done:
        return {0x2f, 0x9a, 0x56};
    case core::BinStatus::Cancelled:
        return {0xb8, 0xbc, 0xc2};
    }
    return Qt::gray;
}

void BinCard::setLook(const CardLook& look)
{
    m_look = look;
    update();
}

void BinCard::setSize(const QSizeF& size)
{
    if (size != m_size) {
        prepareGeometryChange();
        m_size = size;
    }
}

void BinCard::setEmphasis(bool onPath, bool dimmed)
{
    if (onPath != m_onPath || dimmed != m_dimmed) {
        m_onPath = onPath;
        m_dimmed = dimmed;
        setOpacity(dimmed ? 0.28 : 1.0);
        update();
    }
}

QRectF BinCard::connectorRect() const
{
    return {m_size.width() - Connector, m_size.height() / 2 - Connector, 2 * Connector, 2 * Connector};
}

QRectF BinCard::boundingRect() const
{
    return QRectF(QPointF(0, 0), m_size).adjusted(-3, -3, Connector + 3, 3);
}

void BinCard::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*)
{
    const QPalette palette = QApplication::palette();
    const QRectF r(QPointF(0, 0), m_size);
    const double detail = option->levelOfDetailFromTransform(painter->worldTransform());
    painter->setRenderHint(QPainter::Antialiasing);

    QColor fill = palette.color(QPalette::Base);
    QPen border(palette.color(QPalette::Mid), 1);
    if (!m_look.dated) {
        border.setStyle(Qt::DashLine);
    }
    if (isSelected()) {
        border = QPen(palette.color(QPalette::Highlight), 2.5);
    } else if (m_onPath) {
        border = QPen(palette.color(QPalette::Highlight), 2);
    }
    painter->setPen(border);
    painter->setBrush(fill);
    painter->drawRoundedRect(r, Radius, Radius);

    // The status stripe on the left.
    QPainterPath stripe;
    stripe.addRoundedRect(QRectF(r.left(), r.top(), Stripe * 2, r.height()), Radius, Radius);
    QPainterPath clip;
    clip.addRect(QRectF(r.left(), r.top(), Stripe, r.height()));
    painter->setPen(Qt::NoPen);
    painter->setBrush(m_look.statusColor);
    painter->drawPath(stripe.intersected(clip));

    if (detail < 0.35) {
        // Zoomed far out: the status as a tint, no text (it would be noise).
        QColor tint = m_look.statusColor;
        tint.setAlphaF(0.3);
        painter->setBrush(tint);
        painter->drawRoundedRect(r, Radius, Radius);
        return;
    }
    const QColor text = palette.color(QPalette::Text);
    QColor faint = text;
    faint.setAlphaF(0.62);
    const double left = Stripe + 6;
    const bool compact = m_size.height() < 60;
    const QRectF inner = r.adjusted(left, 4, -8, -4);

    // Code, priority badge.
    painter->setFont(scaledFont(0.82, true));
    const QFontMetricsF boldMetrics(painter->font());
    double badgeWidth = 0;
    if (m_look.priority > 0) {
        const QString badge = QStringLiteral("#%1").arg(m_look.priority);
        QFont badgeFont = scaledFont(0.72, true);
        const QFontMetricsF bm(badgeFont);
        badgeWidth = bm.horizontalAdvance(badge) + 10;
        if (badgeWidth + 40 < inner.width()) {
            const QRectF pill(inner.right() - badgeWidth, inner.top(), badgeWidth, bm.height() + 2);
            QColor pillColor = m_look.priority <= 10 ? palette.color(QPalette::Highlight) : palette.color(QPalette::Mid);
            painter->setBrush(pillColor);
            painter->drawRoundedRect(pill, pill.height() / 2, pill.height() / 2);
            painter->setPen(m_look.priority <= 10 ? palette.color(QPalette::HighlightedText) : palette.color(QPalette::Base));
            painter->setFont(badgeFont);
            painter->drawText(pill, Qt::AlignCenter, badge);
            painter->setFont(scaledFont(0.82, true));
        } else {
            badgeWidth = 0;
        }
    }
    painter->setPen(text);
    QString title = m_look.code;
    if (m_look.late) {
        title.prepend(QStringLiteral("⚠ "));
    }
    const QRectF codeRect(inner.left(), inner.top(), inner.width() - badgeWidth - 4, boldMetrics.height());
    if (compact) {
        // One line: code and name.
        const QString line = boldMetrics.elidedText(title, Qt::ElideRight, codeRect.width());
        painter->drawText(codeRect, Qt::AlignLeft | Qt::AlignVCenter, line);
        const double used = boldMetrics.horizontalAdvance(line) + 6;
        painter->setFont(scaledFont(0.82));
        const QFontMetricsF fm(painter->font());
        if (codeRect.width() - used > 20) {
            painter->drawText(QRectF(codeRect.left() + used, codeRect.top(), codeRect.width() - used, codeRect.height()),
                              Qt::AlignLeft | Qt::AlignVCenter,
                              fm.elidedText(m_look.name, Qt::ElideRight, codeRect.width() - used));
        }
    } else {
        painter->drawText(codeRect, Qt::AlignLeft | Qt::AlignVCenter,
                          boldMetrics.elidedText(title, Qt::ElideRight, codeRect.width()));
        painter->setFont(scaledFont(0.82));
        const QFontMetricsF fm(painter->font());
        painter->drawText(QRectF(inner.left(), codeRect.bottom() + 1, inner.width(), fm.height()),
                          Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(m_look.name, Qt::ElideRight, inner.width()));
    }

    // Owner and progress on the last line.
    painter->setFont(scaledFont(0.74));
    const QFontMetricsF small(painter->font());
    const QRectF last(inner.left(), inner.bottom() - small.height(), inner.width(), small.height());
    const double barWidth = std::min(56.0, inner.width() * 0.35);
    const QString percent = QStringLiteral("%1%").arg(qRound(m_look.progress * 100));
    const double percentWidth = small.horizontalAdvance(QStringLiteral("100%"));
    const bool showBar = inner.width() > 110;
    const double ownerWidth = showBar ? inner.width() - barWidth - percentWidth - 10 : inner.width();
    painter->setPen(faint);
    painter->drawText(QRectF(last.left(), last.top(), ownerWidth, last.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      small.elidedText(m_look.owner, Qt::ElideRight, ownerWidth));
    if (showBar) {
        const QRectF bar(last.right() - barWidth - percentWidth - 4, last.center().y() - 2.5, barWidth, 5);
        painter->setPen(Qt::NoPen);
        QColor track = palette.color(QPalette::Mid);
        track.setAlphaF(0.35);
        painter->setBrush(track);
        painter->drawRoundedRect(bar, 2.5, 2.5);
        painter->setBrush(m_look.statusColor);
        painter->drawRoundedRect(QRectF(bar.left(), bar.top(), bar.width() * std::clamp(m_look.progress, 0.0, 1.0), 5),
                                 2.5, 2.5);
        painter->setPen(faint);
        painter->drawText(QRectF(last.right() - percentWidth, last.top(), percentWidth, last.height()),
                          Qt::AlignRight | Qt::AlignVCenter, percent);
    }

    if (m_hovered) {
        painter->setPen(QPen(palette.color(QPalette::Highlight), 1.5));
        painter->setBrush(palette.color(QPalette::Base));
        painter->drawEllipse(connectorRect().adjusted(1, 1, -1, -1));
        painter->drawLine(connectorRect().center() - QPointF(3, 0), connectorRect().center() + QPointF(3, 0));
        painter->drawLine(connectorRect().center() - QPointF(0, 3), connectorRect().center() + QPointF(0, 3));
    }
}

QVariant BinCard::itemChange(GraphicsItemChange change, const QVariant& value)
{
    if (change == ItemPositionHasChanged && m_moved) {
        m_scene->cardMoving(m_id);
    } else if (change == ItemSelectedHasChanged) {
        update();
    }
    return QGraphicsItem::itemChange(change, value);
}

void BinCard::mousePressEvent(QGraphicsSceneMouseEvent* event)
{
    m_moved = false;
    if (event->button() == Qt::LeftButton && connectorRect().contains(event->pos()) && m_scene->isEditable()) {
        m_connecting = true;
        event->accept();
        return;
    }
    if (!m_scene->isEditable()) {
        setFlag(ItemIsMovable, false);
    }
    setCursor(Qt::ClosedHandCursor);
    QGraphicsItem::mousePressEvent(event);
}

void BinCard::mouseMoveEvent(QGraphicsSceneMouseEvent* event)
{
    if (m_connecting) {
        m_scene->connectionDragged(m_id, event->scenePos());
        return;
    }
    m_moved = true;
    QGraphicsItem::mouseMoveEvent(event);
}

void BinCard::mouseReleaseEvent(QGraphicsSceneMouseEvent* event)
{
    if (m_connecting) {
        m_connecting = false;
        m_scene->connectionDropped(m_id, event->scenePos());
        return;
    }
    QGraphicsItem::mouseReleaseEvent(event);
    setCursor(Qt::OpenHandCursor);
    // One drag = one command, written when the card is dropped.
    if (m_moved) {
        m_moved = false;
        m_scene->cardDropped(m_id);
    }
}

void BinCard::mouseDoubleClickEvent(QGraphicsSceneMouseEvent* event)
{
    QGraphicsItem::mouseDoubleClickEvent(event);
    m_scene->cardActivated(m_id);
}

void BinCard::hoverEnterEvent(QGraphicsSceneHoverEvent* event)
{
    m_hovered = m_scene->isEditable();
    update();
    QGraphicsItem::hoverEnterEvent(event);
}

void BinCard::hoverLeaveEvent(QGraphicsSceneHoverEvent* event)
{
    m_hovered = false;
    update();
    QGraphicsItem::hoverLeaveEvent(event);
}

// ---- Arrow ------------------------------------------------------------------

DependencyArrow::DependencyArrow(core::Id id, core::Id from, core::Id to) : m_id(id), m_from(from), m_to(to)
{
    setZValue(1);
    setAcceptedMouseButtons(Qt::NoButton);
}

void DependencyArrow::setState(State state)
{
    if (state != m_state) {
        m_state = state;
        setZValue(state == State::Emphasised || state == State::Violated ? 1.5 : 1);
        update();
    }
}

QPainterPath DependencyArrow::curve(const QPointF& start, const QPointF& end)
{
    // Leave and enter horizontally; a backward link loops out and back so it stays readable.
    const double dx = end.x() - start.x();
    const double pull = dx > 40 ? dx / 2 : 60 + std::min(std::abs(end.y() - start.y()) / 4, 60.0);
    QPainterPath path(start);
    path.cubicTo(start + QPointF(pull, 0), end - QPointF(pull, 0), end);
    return path;
}

void DependencyArrow::route(const QRectF& from, const QRectF& to)
{
    prepareGeometryChange();
    const QPointF start(from.right(), from.center().y());
    // Side by side (the successor starts past the predecessor's middle, as finish-to-start links do on a time
    // axis), or entirely to its left (a link going back in time).
    if (to.left() >= from.center().x() || to.right() <= from.left() - 4) {
        // Side by side: out of the predecessor's right edge, into the successor's left edge.
        const QPointF end(to.left() - 1, to.center().y());
        m_path = curve(start, end - QPointF(7, 0));
        m_head = QPolygonF({end, end + QPointF(-8, -4), end + QPointF(-8, 4)});
        return;
    }
    // One above the other: a bracket on the right, so the link does not cross the cards.
    const QPointF end(to.right() + 1, to.center().y());
    const double reach = 26 + std::min(std::abs(end.y() - start.y()) * 0.12, 60.0) + std::max(0.0, start.x() - end.x());
    const double reachEnd = reach + std::max(0.0, end.x() - start.x());
    m_path = QPainterPath(start);
    m_path.cubicTo(start + QPointF(reach, 0), end + QPointF(reachEnd, 0), end + QPointF(7, 0));
    m_head = QPolygonF({end, end + QPointF(8, -4), end + QPointF(8, 4)});
}

QRectF DependencyArrow::boundingRect() const { return m_path.boundingRect().united(m_head.boundingRect()).adjusted(-3, -3, 3, 3); }

QPainterPath DependencyArrow::shape() const
{
    QPainterPath p = m_path;
    p.addPolygon(m_head);
    return p;
}

void DependencyArrow::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*)
{
    const QPalette palette = QApplication::palette();
    QColor color = palette.color(QPalette::Text);
    double width = 1.1;
    switch (m_state) {
    case State::Normal:
        // Zoomed far out, hundreds of plain links would be a haze: the broken and highlighted ones stand out.
        color.setAlphaF(option->levelOfDetailFromTransform(painter->worldTransform()) < 0.35 ? 0.1 : 0.38);
        break;
    case State::Dimmed:
        color.setAlphaF(0.08);
        break;
    case State::Violated:
        color = violationColor();
        width = 1.8;
        break;
    case State::Emphasised:
        color = palette.color(QPalette::Highlight);
        width = 2.2;
        break;
    }
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(color, width, m_state == State::Violated ? Qt::DashLine : Qt::SolidLine, Qt::RoundCap));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(m_path);
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawPolygon(m_head);
}

} // namespace tiller::gui
