// The map's background: lanes, columns and their headers, today's line, the drop hint and the legend.
#include "tiller/gui/MapScene.h"

#include "MapItems.h"
#include "MapLayout.h"
#include "tiller/app/Portfolio.h"
#include "tiller/app/Text.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>
#include <QPalette>

namespace tiller::gui {

namespace {

QString monthLabel(QDate d, const char* format) { return QLocale().toString(d, QString::fromLatin1(format)); }

} // namespace

void MapScene::drawBackground(QPainter* painter, const QRectF& rect)
{
    const QPalette palette = QApplication::palette();
    const MapLayout& m = *m_layout;
    painter->fillRect(rect, palette.color(QPalette::Base));
    const QColor text = palette.color(QPalette::Text);
    QColor faint = text;
    faint.setAlphaF(0.6);
    QColor line = palette.color(QPalette::Mid);
    line.setAlphaF(0.55);
    QColor band = palette.color(QPalette::AlternateBase);
    QFont font = QApplication::font();
    QFont bold = font;
    bold.setBold(true);
    QFont small = font;
    small.setPointSizeF(font.pointSizeF() * 0.8);

    // Lanes: alternate bands, the domain's colour and name at the left.
    int index = 0;
    for (const MapLane& lane : m.lanes) {
        if (index++ % 2 == 1) {
            painter->fillRect(lane.rect, band);
        }
        const core::Domain* d = domainOfLane(lane);
        const QColor colour = d ? QColor(d->color) : QColor(Qt::gray);
        painter->fillRect(QRectF(lane.rect.left(), lane.rect.top() + 1, 6, lane.rect.height() - 2), colour);
        painter->setPen(text);
        painter->setFont(bold);
        const QRectF label(lane.rect.left() + 14, lane.rect.top() + 8, MapLayout::LaneHeader - 24,
                           lane.rect.height() - 16);
        painter->drawText(label, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, d ? d->name : tr("No domain"));
        painter->setPen(line);
        painter->drawLine(QPointF(lane.rect.left(), lane.rect.bottom()), QPointF(lane.rect.right(), lane.rect.bottom()));
    }
    painter->setPen(line);
    painter->drawLine(QPointF(MapLayout::LaneHeader, 0), QPointF(MapLayout::LaneHeader, m.bounding.bottom()));

    // Columns and their headers.
    const QLocale locale;
    for (qsizetype i = 0; i < m.columns.size(); ++i) {
        const MapColumn& c = m.columns[i];
        painter->setPen(line);
        painter->drawLine(QPointF(c.rect.right(), 0), QPointF(c.rect.right(), c.rect.bottom()));
        const QRectF header(c.rect.left() + 8, 4, c.rect.width() - 12, MapLayout::ColumnHeader - 8);
        if (m.axis == MapAxis::Horizons) {
            painter->setPen(text);
            painter->setFont(bold);
            painter->drawText(header, Qt::AlignLeft | Qt::AlignTop, app::Text::horizon(c.horizon));
            painter->setPen(faint);
            painter->setFont(small);
            QString span;
            if (c.horizon == core::Horizon::Unset) {
                span = tr("neither dated nor placed");
            } else if (c.horizon == core::Horizon::Short) {
                span = tr("started, or starting by %1").arg(monthLabel(c.to, "MMM yyyy"));
            } else if (c.horizon == core::Horizon::Long) {
                span = tr("from %1").arg(monthLabel(c.from, "MMM yyyy"));
            } else {
                span = tr("%1 – %2").arg(monthLabel(c.from, "MMM yyyy"), monthLabel(c.to, "MMM yyyy"));
            }
            painter->drawText(header, Qt::AlignLeft | Qt::AlignBottom, span);
        } else {
            const bool quarters = m.axis == MapAxis::Quarters;
            painter->setPen(text);
            painter->setFont(quarters || c.from.month() == 1 || i == 0 ? bold : font);
            const QString top = quarters ? tr("Q%1").arg((c.from.month() - 1) / 3 + 1) : monthLabel(c.from, "MMM");
            painter->drawText(header, Qt::AlignLeft | Qt::AlignBottom, top);
            if (i == 0 || c.from.month() == 1) {
                painter->setFont(bold);
                painter->drawText(header, Qt::AlignLeft | Qt::AlignTop, QString::number(c.from.year()));
            }
        }
    }
    painter->setPen(line);
    painter->drawLine(QPointF(0, MapLayout::ColumnHeader), QPointF(m.bounding.right(), MapLayout::ColumnHeader));

    // Today, on a time axis.
    if (m.axis != MapAxis::Horizons) {
        const double x = m.xOf(m_today);
        painter->setPen(QPen(DependencyArrow::violationColor(), 1.5));
        painter->drawLine(QPointF(x, MapLayout::ColumnHeader - 6), QPointF(x, m.bounding.bottom()));
        painter->setFont(small);
        painter->drawText(QRectF(x + 3, MapLayout::ColumnHeader - 18, 80, 14), Qt::AlignLeft, tr("Today"));
    }

    if (!m_dropHint.isEmpty()) {
        QColor hint = palette.color(QPalette::Highlight);
        hint.setAlphaF(0.14);
        painter->fillRect(m_dropHint, hint);
    }
    if (m.lanes.isEmpty()) {
        painter->setPen(faint);
        painter->setFont(font);
        painter->drawText(m.bounding.adjusted(0, MapLayout::ColumnHeader, 0, 80), Qt::AlignCenter,
                          tr("No functional domains yet: add them with Program ▸ Functional Domains…"));
    }
    paintLegend(painter, m_legendRect);
}

void MapScene::paintLegend(QPainter* painter, const QRectF& area) const
{
    const QPalette palette = QApplication::palette();
    QFont small = QApplication::font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    painter->setFont(small);
    const QFontMetricsF fm(small);
    painter->setRenderHint(QPainter::Antialiasing);
    double x = area.left() + 14;
    const double y = area.center().y();
    const QColor text = palette.color(QPalette::Text);
    const auto label = [&](const QString& s) {
        painter->setPen(text);
        painter->drawText(QPointF(x, y + fm.ascent() / 2 - 1), s);
        x += fm.horizontalAdvance(s) + 18;
    };
    for (int s = 0; s < core::BinStatusCount; ++s) {
        const auto status = core::BinStatus(s);
        painter->setPen(Qt::NoPen);
        painter->setBrush(BinCard::statusColor(status));
        painter->drawRoundedRect(QRectF(x, y - 6, 12, 12), 3, 3);
        x += 17;
        label(app::Text::binStatus(status));
    }
    x += 8;
    const auto sample = [&](const QPen& pen, const QString& s) {
        painter->setPen(pen);
        painter->drawLine(QPointF(x, y), QPointF(x + 26, y));
        x += 32;
        label(s);
    };
    QColor normal = text;
    normal.setAlphaF(0.45);
    sample(QPen(normal, 1.2), tr("waits for"));
    sample(QPen(DependencyArrow::violationColor(), 1.8, Qt::DashLine), tr("dates break the dependency"));
    sample(QPen(palette.color(QPalette::Highlight), 2.2), tr("critical path / chain"));
    painter->setPen(QPen(palette.color(QPalette::Mid), 1, Qt::DashLine));
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(QRectF(x, y - 7, 24, 14), 3, 3);
    x += 30;
    label(tr("not dated yet"));
}

} // namespace tiller::gui
