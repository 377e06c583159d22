// The transformation map as a scene: lanes per functional domain, columns per horizon or on a time axis,
// a card per project bin and an arrow per dependency. It follows the portfolio's change signals only.
#pragma once

#include "tiller/core/Entities.h"
#include "tiller/core/Schedule.h"
#include "tiller/core/Types.h"

#include <QDate>
#include <QGraphicsScene>
#include <QHash>
#include <QSet>

#include <memory>
#include <optional>

class QGraphicsPathItem;

namespace tiller::app {
class Portfolio;
} // namespace tiller::app

namespace tiller::gui {

class BinCard;
class DependencyArrow;
struct MapLayout;
struct MapLane;
enum class MapAxis;

class MapScene : public QGraphicsScene
{
    Q_OBJECT
public:
    struct Filter
    {
        int status = -1;    // a BinStatus, -1: any
        core::Id owner = 0; // 0: anyone
        core::Id domain = 0;
        int topPriorities = 0; // only bins ranked 1..n; 0: all
        QString text;          // in the code or the name
        bool operator==(const Filter&) const = default;
    };

    explicit MapScene(app::Portfolio* portfolio, QObject* parent = nullptr);
    ~MapScene() override;

    void setAxis(MapAxis axis);
    MapAxis axis() const;
    // "Today" for the horizon columns (tests fix it; the app uses the current date).
    void setToday(QDate today);
    void setFilter(const Filter& filter);
    const Filter& filter() const { return m_filter; }
    bool isEditable() const;

    // Highlights a bin's upstream and downstream chain (0: none).
    void setFocusBin(core::Id id);
    core::Id focusBin() const { return m_focus; }
    // Highlights the critical path to a bin (0: none); returns a sentence saying what it is.
    QString showCriticalPath(core::Id target);
    const QList<core::Id>& criticalPath() const { return m_criticalPath; }

    BinCard* card(core::Id id) const { return m_cards.value(id); }
    DependencyArrow* arrow(core::Id dependencyId) const { return m_arrows.value(dependencyId); }
    int visibleCards() const { return m_visible; }
    int violatedDependencies() const { return int(m_violated.size()); }
    const MapLayout& layout() const { return *m_layout; }
    const core::Domain* domainOfLane(const MapLane& lane) const;
    // The map's area: lanes, headers and the legend.
    QRectF mapRect() const { return sceneRect(); }
    // A bin's card rectangle in scene coordinates (empty when hidden).
    QRectF cardRect(core::Id id) const;

    // Cards cache their look as pixmaps on screen; exports turn that off to stay vector graphics.
    void setCaching(bool on);

    // ---- Called by the items ----
    void cardMoving(core::Id id);
    void cardDropped(core::Id id);
    void connectionDragged(core::Id from, const QPointF& scenePos);
    void connectionDropped(core::Id from, const QPointF& scenePos);
    void cardActivated(core::Id id);
    // Makes `from` a predecessor of `to`: one undoable command (refused with the cycle named).
    bool addDependency(core::Id from, core::Id to);
    // Removes a dependency: one undoable command.
    bool removeDependency(core::Id dependencyId);

signals:
    void binActivated(core::Id id);
    // The user asked for a bin's charter (context menu).
    void charterRequested(core::Id id);
    // The user asked for the critical path to a bin (context menu).
    void criticalPathRequested(core::Id id);
    void message(const QString& text);
    // The visible bins changed (filter, edits): the view updates its counts.
    void rebuilt();

protected:
    void drawBackground(QPainter* painter, const QRectF& rect) override;
    void contextMenuEvent(QGraphicsSceneContextMenuEvent* event) override;

private:
    void rebuild();
    void refreshLooks();
    void applyEmphasis();
    bool passes(const core::ProjectBin& bin) const;
    void routeArrowsOf(core::Id id);
    // Where a card dropped at its current position would put its bin (nullopt: nowhere new).
    std::optional<core::ProjectBin> dropTarget(core::Id id) const;
    void paintLegend(QPainter* painter, const QRectF& area) const;
    core::HorizonBounds bounds() const;

    app::Portfolio* m_portfolio;
    MapAxis m_axis;
    QDate m_today;
    Filter m_filter;
    std::unique_ptr<MapLayout> m_layout;
    QHash<core::Id, BinCard*> m_cards;
    QHash<core::Id, DependencyArrow*> m_arrows;
    QHash<core::Id, QList<DependencyArrow*>> m_arrowsOf; // bin → its arrows, both ends
    QSet<core::Id> m_violated;                           // dependency ids
    core::Id m_focus = 0;
    QList<core::Id> m_criticalPath;
    QGraphicsPathItem* m_rubberLink = nullptr;
    QRectF m_dropHint;
    int m_visible = 0;
    QRectF m_legendRect;
    bool m_caching = true;
};

} // namespace tiller::gui
