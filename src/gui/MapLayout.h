// Where everything sits on the transformation map: lanes, columns and card rectangles (geometry only, no items).
#pragma once

#include "tiller/core/Entities.h"
#include "tiller/core/Schedule.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QRectF>
#include <QString>

#include <vector>

namespace tiller::gui {

enum class MapAxis { Horizons, Months, Quarters };

struct MapLane
{
    core::Id domainId = 0; // 0: bins with no domain
    QRectF rect;           // the whole lane, header included
};

struct MapColumn
{
    core::Horizon horizon = core::Horizon::Unset; // horizon axis only
    QDate from, to;                               // the dates the column covers (invalid: not dated)
    QRectF rect;                                  // the column, below the header
};

struct MapLayout
{
    static constexpr double LaneHeader = 176;
    static constexpr double ColumnHeader = 48;
    static constexpr double CardWidth = 196;
    static constexpr double CardHeight = 66;
    static constexpr double TimeCardHeight = 54;
    static constexpr double Gap = 10;
    static constexpr double CardSpacing = 30; // between cards side by side in a cell: room for an arrow
    static constexpr double UndatedDays = 90; // how wide an undated bin is drawn on a time axis

    struct Input
    {
        MapAxis axis = MapAxis::Horizons;
        QDate today;
        core::HorizonBounds bounds;
        std::vector<const core::ProjectBin*> bins; // the visible ones, in priority order
        std::vector<const core::Domain*> domains;  // in lane order
    };

    // Lays the bins out: horizon columns (cards in a grid per cell) or a time axis (cards as wide as they last,
    // packed in rows per lane).
    static MapLayout compute(const Input& input);

    // Time axis: a date's x, and back.
    double xOf(QDate date) const;
    QDate dateAt(double x) const;
    // The lane and column under a scene point (nullptr outside).
    const MapLane* laneAt(const QPointF& p) const;
    const MapColumn* columnAt(const QPointF& p) const;
    // The horizon a dated or undated bin is shown in.
    core::Horizon shownHorizon(const core::ProjectBin& bin) const;

    MapAxis axis = MapAxis::Horizons;
    QDate today;
    core::HorizonBounds bounds;
    QDate origin;          // time axis: the date at x = LaneHeader
    double pixelsPerDay = 0;
    QList<MapLane> lanes;
    QList<MapColumn> columns;
    QHash<core::Id, QRectF> cards;
    QRectF bounding; // headers included
};

} // namespace tiller::gui
