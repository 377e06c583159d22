#include "MapLayout.h"

#include <QtMath>

#include <algorithm>

namespace tiller::gui {

namespace {

QDate firstOfPeriod(QDate d, MapAxis axis)
{
    const int month = axis == MapAxis::Quarters ? ((d.month() - 1) / 3) * 3 + 1 : d.month();
    return {d.year(), month, 1};
}

int monthsPerColumn(MapAxis axis) { return axis == MapAxis::Quarters ? 3 : 1; }

} // namespace

double MapLayout::xOf(QDate date) const { return LaneHeader + double(origin.daysTo(date)) * pixelsPerDay; }

QDate MapLayout::dateAt(double x) const { return origin.addDays(qRound((x - LaneHeader) / pixelsPerDay)); }

const MapLane* MapLayout::laneAt(const QPointF& p) const
{
    for (const MapLane& lane : lanes) {
        if (p.y() >= lane.rect.top() && p.y() < lane.rect.bottom()) {
            return &lane;
        }
    }
    return nullptr;
}

const MapColumn* MapLayout::columnAt(const QPointF& p) const
{
    for (const MapColumn& c : columns) {
        if (p.x() >= c.rect.left() && p.x() < c.rect.right()) {
            return &c;
        }
    }
    return nullptr;
}

core::Horizon MapLayout::shownHorizon(const core::ProjectBin& bin) const
{
    return core::shownHorizon(bin.start, bin.horizon, today, bounds);
}

MapLayout MapLayout::compute(const Input& input)
{
    MapLayout m;
    m.axis = input.axis;
    m.today = input.today;
    m.bounds = input.bounds;

    // Lanes: the domains in order, then "no domain" when a bin needs it.
    QHash<core::Id, int> laneOf;
    for (const core::Domain* d : input.domains) {
        laneOf.insert(d->id, int(m.lanes.size()));
        m.lanes.append(MapLane{d->id, {}});
    }
    const auto laneIndex = [&](const core::ProjectBin& b) {
        const int at = laneOf.value(b.domainId, -1);
        if (at >= 0) {
            return at;
        }
        if (!laneOf.contains(0)) {
            laneOf.insert(0, int(m.lanes.size()));
            m.lanes.append(MapLane{0, {}});
        }
        return laneOf.value(0);
    };
    std::vector<int> binLane;
    binLane.reserve(input.bins.size());
    for (const core::ProjectBin* b : input.bins) {
        binLane.push_back(laneIndex(*b));
    }
    const int laneCount = int(m.lanes.size());
    QList<double> laneHeight(laneCount, CardHeight + 2 * Gap);
    double width = LaneHeader;

    if (input.axis == MapAxis::Horizons) {
        // Columns: "not set" only when a bin has neither dates nor horizon.
        QList<core::Horizon> horizons{core::Horizon::Short, core::Horizon::Medium, core::Horizon::Long};
        const bool anyUnset = std::any_of(input.bins.begin(), input.bins.end(), [&](const core::ProjectBin* b) {
            return m.shownHorizon(*b) == core::Horizon::Unset;
        });
        if (anyUnset) {
            horizons.prepend(core::Horizon::Unset);
        }
        const int columnCount = int(horizons.size());
        const auto columnOf = [&](const core::ProjectBin& b) { return int(horizons.indexOf(m.shownHorizon(b))); };
        // Cards per row in each column: enough that the fullest cell stays about square.
        QList<int> count(laneCount * columnCount, 0);
        std::vector<int> binColumn;
        binColumn.reserve(input.bins.size());
        for (std::size_t i = 0; i < input.bins.size(); ++i) {
            binColumn.push_back(columnOf(*input.bins[i]));
            ++count[binLane[i] * columnCount + binColumn.back()];
        }
        QList<int> perRow(columnCount, 1);
        for (int c = 0; c < columnCount; ++c) {
            int fullest = 0;
            for (int l = 0; l < laneCount; ++l) {
                fullest = std::max(fullest, count[l * columnCount + c]);
            }
            perRow[c] = std::clamp(int(std::ceil(std::sqrt(double(fullest)))), 1, 6);
        }
        for (int l = 0; l < laneCount; ++l) {
            for (int c = 0; c < columnCount; ++c) {
                const int rows = (count[l * columnCount + c] + perRow[c] - 1) / perRow[c];
                laneHeight[l] = std::max(laneHeight[l], rows * (CardHeight + Gap) + Gap);
            }
        }
        for (int c = 0; c < columnCount; ++c) {
            const double w = perRow[c] * (CardWidth + CardSpacing) - CardSpacing + 2 * Gap;
            MapColumn column;
            column.horizon = horizons[c];
            std::tie(column.from, column.to) = core::horizonWindow(horizons[c], m.today, m.bounds);
            column.rect = QRectF(width, ColumnHeader, w, 0);
            m.columns.append(column);
            width += w;
        }
        double y = ColumnHeader;
        for (int l = 0; l < laneCount; ++l) {
            m.lanes[l].rect = QRectF(0, y, width, laneHeight[l]);
            y += laneHeight[l];
        }
        for (MapColumn& c : m.columns) {
            c.rect.setBottom(y);
        }
        QList<int> placed(laneCount * columnCount, 0);
        for (std::size_t i = 0; i < input.bins.size(); ++i) {
            const int l = binLane[i], c = binColumn[i];
            const int n = placed[l * columnCount + c]++;
            const double x = m.columns[c].rect.left() + Gap + (n % perRow[c]) * (CardWidth + CardSpacing);
            const double top = m.lanes[l].rect.top() + Gap + (n / perRow[c]) * (CardHeight + Gap);
            m.cards.insert(input.bins[i]->id, QRectF(x, top, CardWidth, CardHeight));
        }
        m.bounding = QRectF(0, 0, width, y);
        return m;
    }

    // A time axis: from the earliest start (or today) to the latest end (or the long-term bound).
    m.pixelsPerDay = input.axis == MapAxis::Quarters ? 1.6 : 5.0;
    QDate first = m.today, last = core::horizonWindow(core::Horizon::Short, m.today, m.bounds).second;
    const auto span = [&](const core::ProjectBin& b) -> std::pair<QDate, QDate> {
        if (b.start.isValid() && b.end.isValid()) {
            return {b.start, b.end};
        }
        const QDate from = b.horizon == core::Horizon::Unset
                               ? m.today
                               : core::horizonWindow(b.horizon, m.today, m.bounds).first;
        return {from, from.addDays(qint64(UndatedDays) - 1)};
    };
    for (const core::ProjectBin* b : input.bins) {
        const auto [from, to] = span(*b);
        first = std::min(first, from);
        last = std::max(last, to);
    }
    m.origin = firstOfPeriod(first, input.axis);
    const QDate end = firstOfPeriod(last, input.axis).addMonths(monthsPerColumn(input.axis));
    for (QDate d = m.origin; d < end; d = d.addMonths(monthsPerColumn(input.axis))) {
        MapColumn column;
        column.from = d;
        column.to = d.addMonths(monthsPerColumn(input.axis)).addDays(-1);
        column.rect = QRectF(m.xOf(d), ColumnHeader, m.xOf(column.to.addDays(1)) - m.xOf(d), 0);
        m.columns.append(column);
    }
    width = m.xOf(end);

    // Rows per lane: each card goes in the first row where it fits, earliest first.
    std::vector<std::size_t> order(input.bins.size());
    for (std::size_t i = 0; i < order.size(); ++i) {
        order[i] = i;
    }
    std::vector<QRectF> rects(input.bins.size());
    for (std::size_t i = 0; i < input.bins.size(); ++i) {
        const auto [from, to] = span(*input.bins[i]);
        const double x = m.xOf(from);
        rects[i] = QRectF(x, 0, std::max(m.xOf(to.addDays(1)) - x, 44.0), TimeCardHeight);
    }
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return binLane[a] != binLane[b] ? binLane[a] < binLane[b] : rects[a].left() < rects[b].left();
    });
    QList<QList<double>> rowEnds(laneCount);
    std::vector<int> rowOf(input.bins.size(), 0);
    for (std::size_t i : order) {
        QList<double>& ends = rowEnds[binLane[i]];
        int row = 0;
        while (row < ends.size() && ends[row] + 4 > rects[i].left()) {
            ++row;
        }
        if (row == ends.size()) {
            ends.append(0);
        }
        ends[row] = rects[i].right();
        rowOf[i] = row;
    }
    double y = ColumnHeader;
    for (int l = 0; l < laneCount; ++l) {
        laneHeight[l] = std::max(laneHeight[l] - CardHeight + TimeCardHeight,
                                 rowEnds[l].size() * (TimeCardHeight + Gap) + Gap);
        m.lanes[l].rect = QRectF(0, y, width, laneHeight[l]);
        y += laneHeight[l];
    }
    for (MapColumn& c : m.columns) {
        c.rect.setBottom(y);
    }
    for (std::size_t i = 0; i < input.bins.size(); ++i) {
        QRectF r = rects[i];
        r.moveTop(m.lanes[binLane[i]].rect.top() + Gap + rowOf[i] * (TimeCardHeight + Gap));
        m.cards.insert(input.bins[i]->id, r);
    }
    m.bounding = QRectF(0, 0, width, y);
    return m;
}

} // namespace tiller::gui
