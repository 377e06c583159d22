#include "tiller/gui/MapScene.h"

#include "MapItems.h"
#include "MapLayout.h"
#include "tiller/app/Portfolio.h"
#include "tiller/app/Text.h"

#include <QApplication>
#include <QGraphicsPathItem>
#include <QGraphicsSceneContextMenuEvent>
#include <QGraphicsSceneMouseEvent>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QPalette>

#include <algorithm>

namespace tiller::gui {

namespace {

constexpr double LegendHeight = 44;

std::vector<core::ScheduledBin> scheduled(const std::vector<core::ProjectBin>& bins)
{
    std::vector<core::ScheduledBin> out;
    out.reserve(bins.size());
    for (const core::ProjectBin& b : bins) {
        out.push_back({b.id, b.start, b.end});
    }
    return out;
}

std::vector<core::Dependency> links(const std::vector<core::BinDependency>& dependencies)
{
    std::vector<core::Dependency> out;
    out.reserve(dependencies.size());
    for (const core::BinDependency& d : dependencies) {
        out.push_back({d.predecessor, d.successor, d.lagDays});
    }
    return out;
}

} // namespace

MapScene::MapScene(app::Portfolio* portfolio, QObject* parent)
    : QGraphicsScene(parent), m_portfolio(portfolio), m_axis(MapAxis::Horizons), m_today(QDate::currentDate()),
      m_layout(std::make_unique<MapLayout>())
{
    connect(m_portfolio, &app::Portfolio::binsChanged, this, &MapScene::rebuild);
    connect(m_portfolio, &app::Portfolio::domainAdded, this, &MapScene::rebuild);
    connect(m_portfolio, &app::Portfolio::domainChanged, this, &MapScene::rebuild);
    connect(m_portfolio, &app::Portfolio::domainRemoved, this, &MapScene::rebuild);
    connect(m_portfolio, &app::Portfolio::programChanged, this, &MapScene::rebuild);
    connect(m_portfolio, &app::Portfolio::personChanged, this, &MapScene::refreshLooks);
    connect(m_portfolio, &app::Portfolio::initiativeChanged, this, &MapScene::refreshLooks);
    connect(m_portfolio, &app::Portfolio::initiativeAdded, this, &MapScene::refreshLooks);
    connect(m_portfolio, &app::Portfolio::initiativeRemoved, this, &MapScene::refreshLooks);
    connect(this, &QGraphicsScene::selectionChanged, this, [this] {
        const auto selected = selectedItems();
        const auto* card = selected.size() == 1 ? qgraphicsitem_cast<BinCard*>(selected.front()) : nullptr;
        setFocusBin(card ? card->id() : 0);
    });
    rebuild();
}

MapScene::~MapScene()
{
    // Deleting selected items would report a selection change to a half-destroyed scene.
    blockSignals(true);
    clear();
}

void MapScene::setAxis(MapAxis axis)
{
    if (axis != m_axis) {
        m_axis = axis;
        rebuild();
    }
}

MapAxis MapScene::axis() const { return m_axis; }

void MapScene::setToday(QDate today)
{
    m_today = today;
    rebuild();
}

void MapScene::setFilter(const Filter& filter)
{
    if (!(filter == m_filter)) {
        m_filter = filter;
        rebuild();
    }
}

bool MapScene::isEditable() const { return !m_portfolio->isReadOnly(); }

core::HorizonBounds MapScene::bounds() const { return m_portfolio->horizonBounds(); }

bool MapScene::passes(const core::ProjectBin& b) const
{
    if (m_filter.status >= 0 && int(b.status) != m_filter.status) {
        return false;
    }
    if (m_filter.owner != 0 && b.ownerId != m_filter.owner) {
        return false;
    }
    if (m_filter.domain != 0 && b.domainId != m_filter.domain) {
        return false;
    }
    if (m_filter.topPriorities > 0 && (b.priority <= 0 || b.priority > m_filter.topPriorities)) {
        return false;
    }
    const QString text = m_filter.text.trimmed();
    return text.isEmpty() || b.code.contains(text, Qt::CaseInsensitive) || b.name.contains(text, Qt::CaseInsensitive);
}

const core::Domain* MapScene::domainOfLane(const MapLane& lane) const { return m_portfolio->domain(lane.domainId); }

QRectF MapScene::cardRect(core::Id id) const
{
    const BinCard* c = m_cards.value(id);
    return c && c->isVisible() ? QRectF(c->pos(), c->size()) : QRectF();
}

void MapScene::rebuild()
{
    if (m_rubberLink) {
        delete m_rubberLink;
        m_rubberLink = nullptr;
    }
    m_dropHint = {};
    MapLayout::Input input;
    input.axis = m_axis;
    input.today = m_today;
    input.bounds = bounds();
    for (const core::ProjectBin& b : m_portfolio->bins()) {
        if (passes(b)) {
            input.bins.push_back(&b);
        }
    }
    std::stable_sort(input.bins.begin(), input.bins.end(), [](const core::ProjectBin* a, const core::ProjectBin* b) {
        if ((a->priority > 0) != (b->priority > 0)) {
            return a->priority > 0;
        }
        return a->priority != b->priority ? a->priority < b->priority : a->code < b->code;
    });
    for (const core::Domain& d : m_portfolio->domains()) {
        if (m_filter.domain == 0 || d.id == m_filter.domain) {
            input.domains.push_back(&d);
        }
    }
    std::stable_sort(input.domains.begin(), input.domains.end(), [](const core::Domain* a, const core::Domain* b) {
        return a->sortOrder != b->sortOrder ? a->sortOrder < b->sortOrder : a->name < b->name;
    });
    *m_layout = MapLayout::compute(input);

    // Cards: reuse by id, drop the ones no longer shown.
    QSet<core::Id> shown;
    for (const core::ProjectBin* b : input.bins) {
        shown.insert(b->id);
        BinCard*& card = m_cards[b->id];
        if (!card) {
            card = new BinCard(b->id, this);
            card->setCacheMode(m_caching ? QGraphicsItem::DeviceCoordinateCache : QGraphicsItem::NoCache);
            addItem(card);
        }
        const QRectF r = m_layout->cards.value(b->id);
        card->setSize(r.size());
        card->setPos(r.topLeft());
    }
    for (auto it = m_cards.begin(); it != m_cards.end();) {
        if (!shown.contains(it.key())) {
            BinCard* gone = it.value();
            it = m_cards.erase(it); // out of the map before it goes: deleting it may report a selection change
            delete gone;
        } else {
            ++it;
        }
    }
    m_visible = int(shown.size());

    // Violations, judged on every bin (a hidden predecessor still constrains).
    QHash<std::pair<core::Id, core::Id>, core::Id> idOf;
    for (const core::BinDependency& d : m_portfolio->dependencies()) {
        idOf.insert({d.predecessor, d.successor}, d.id);
    }
    m_violated.clear();
    for (const core::DependencyViolation& v :
         core::findViolations(scheduled(m_portfolio->bins()), links(m_portfolio->dependencies()))) {
        m_violated.insert(idOf.value({v.dependency.predecessor, v.dependency.successor}));
    }

    // Arrows between shown cards.
    m_arrowsOf.clear();
    QSet<core::Id> drawn;
    for (const core::BinDependency& d : m_portfolio->dependencies()) {
        if (!shown.contains(d.predecessor) || !shown.contains(d.successor)) {
            continue;
        }
        DependencyArrow*& arrow = m_arrows[d.id];
        if (arrow && (arrow->from() != d.predecessor || arrow->to() != d.successor)) {
            delete arrow;
            arrow = nullptr;
        }
        if (!arrow) {
            arrow = new DependencyArrow(d.id, d.predecessor, d.successor);
            addItem(arrow);
        }
        arrow->route(m_layout->cards.value(d.predecessor), m_layout->cards.value(d.successor));
        m_arrowsOf[d.predecessor].append(arrow);
        m_arrowsOf[d.successor].append(arrow);
        drawn.insert(d.id);
    }
    for (auto it = m_arrows.begin(); it != m_arrows.end();) {
        if (!drawn.contains(it.key())) {
            DependencyArrow* gone = it.value();
            it = m_arrows.erase(it);
            delete gone;
        } else {
            ++it;
        }
    }
    if (m_focus != 0 && !m_cards.contains(m_focus)) {
        m_focus = 0;
    }
    if (!m_criticalPath.isEmpty()) {
        showCriticalPath(m_cards.contains(m_criticalPath.back()) ? m_criticalPath.back() : 0);
    }
    refreshLooks();
    m_legendRect = QRectF(0, m_layout->bounding.bottom() + 8, std::max(m_layout->bounding.width(), 980.0), LegendHeight);
    setSceneRect(m_layout->bounding.united(m_legendRect).adjusted(0, 0, 0, 8));
    invalidate(sceneRect(), BackgroundLayer);
    emit rebuilt();
}

void MapScene::setCaching(bool on)
{
    m_caching = on;
    for (BinCard* card : std::as_const(m_cards)) {
        card->setCacheMode(on ? QGraphicsItem::DeviceCoordinateCache : QGraphicsItem::NoCache);
    }
}

void MapScene::refreshLooks()
{
    QSet<core::Id> late;
    for (const core::BinDependency& d : m_portfolio->dependencies()) {
        if (m_violated.contains(d.id)) {
            late.insert(d.successor);
        }
    }
    for (auto it = m_cards.cbegin(); it != m_cards.cend(); ++it) {
        const core::ProjectBin* b = m_portfolio->bin(it.key());
        if (!b) {
            continue;
        }
        CardLook look;
        look.code = b->code;
        look.name = b->name;
        const core::Person* owner = m_portfolio->person(b->ownerId);
        look.owner = owner ? owner->name : tr("No owner");
        look.status = b->status;
        look.statusText = app::Text::binStatus(b->status);
        look.statusColor = BinCard::statusColor(b->status);
        look.priority = b->priority;
        look.progress = m_portfolio->binProgress(b->id);
        look.dated = b->start.isValid() && b->end.isValid();
        look.late = late.contains(b->id);
        it.value()->setLook(look);
        const QLocale locale;
        QString when = look.dated ? tr("%1 – %2").arg(locale.toString(b->start, QLocale::ShortFormat),
                                                      locale.toString(b->end, QLocale::ShortFormat))
                                  : tr("Not dated (%1)").arg(app::Text::horizon(b->horizon));
        it.value()->setToolTip(tr("<b>%1</b> %2<br>%3 · %4<br>%5 · priority %6 · %7% done")
                                   .arg(b->code.toHtmlEscaped(), b->name.toHtmlEscaped(), look.statusText,
                                        look.owner.toHtmlEscaped(), when,
                                        b->priority > 0 ? QString::number(b->priority) : tr("none"))
                                   .arg(qRound(look.progress * 100)));
    }
    applyEmphasis();
}

void MapScene::setFocusBin(core::Id id)
{
    if (id == m_focus) {
        return;
    }
    m_focus = id;
    applyEmphasis();
}

QString MapScene::showCriticalPath(core::Id target)
{
    m_criticalPath.clear();
    QString sentence;
    if (target != 0) {
        const auto path =
            core::criticalPathTo(target, scheduled(m_portfolio->bins()), links(m_portfolio->dependencies()));
        if (path) {
            m_criticalPath = path->bins;
            QStringList codes;
            for (core::Id id : path->bins) {
                codes.append(m_portfolio->bin(id)->code);
            }
            sentence = tr("Critical path to %1: %2 (%n day(s))", nullptr, path->lengthDays)
                           .arg(codes.back(), codes.join(QStringLiteral(" → ")));
        }
    }
    applyEmphasis();
    return sentence;
}

void MapScene::applyEmphasis()
{
    QSet<core::Id> lit;
    QSet<std::pair<core::Id, core::Id>> litEdges;
    if (!m_criticalPath.isEmpty()) {
        for (qsizetype i = 0; i < m_criticalPath.size(); ++i) {
            lit.insert(m_criticalPath[i]);
            if (i > 0) {
                litEdges.insert({m_criticalPath[i - 1], m_criticalPath[i]});
            }
        }
    }
    if (m_focus != 0 && m_criticalPath.isEmpty()) {
        const auto deps = links(m_portfolio->dependencies());
        const QSet<core::Id> up = core::upstreamOf(m_focus, deps);
        const QSet<core::Id> down = core::downstreamOf(m_focus, deps);
        lit.insert(m_focus);
        lit.unite(up).unite(down);
        for (const core::Dependency& d : deps) {
            // Edges of the chain: between ancestors (or into the focus), or between descendants (or out of it).
            const bool upEdge = (up.contains(d.predecessor)) && (up.contains(d.successor) || d.successor == m_focus);
            const bool downEdge =
                (down.contains(d.successor)) && (down.contains(d.predecessor) || d.predecessor == m_focus);
            if (upEdge || downEdge) {
                litEdges.insert({d.predecessor, d.successor});
            }
        }
    }
    const bool highlighting = !lit.isEmpty();
    for (auto it = m_cards.cbegin(); it != m_cards.cend(); ++it) {
        const bool on = lit.contains(it.key());
        it.value()->setEmphasis(on, highlighting && !on);
    }
    for (auto it = m_arrows.cbegin(); it != m_arrows.cend(); ++it) {
        DependencyArrow* a = it.value();
        const bool on = litEdges.contains({a->from(), a->to()});
        if (m_violated.contains(a->id()) && (on || !highlighting)) {
            a->setState(DependencyArrow::State::Violated);
        } else if (on) {
            a->setState(DependencyArrow::State::Emphasised);
        } else {
            a->setState(highlighting ? DependencyArrow::State::Dimmed : DependencyArrow::State::Normal);
        }
    }
}

void MapScene::routeArrowsOf(core::Id id)
{
    for (DependencyArrow* a : m_arrowsOf.value(id)) {
        a->route(cardRect(a->from()), cardRect(a->to()));
    }
}

std::optional<core::ProjectBin> MapScene::dropTarget(core::Id id) const
{
    const core::ProjectBin* original = m_portfolio->bin(id);
    const QRectF r = cardRect(id);
    if (!original || r.isEmpty()) {
        return std::nullopt;
    }
    core::ProjectBin b = *original;
    const QPointF centre = r.center();
    if (const MapLane* lane = m_layout->laneAt(centre)) {
        b.domainId = lane->domainId;
    }
    const bool dated = b.start.isValid() && b.end.isValid();
    if (m_axis == MapAxis::Horizons) {
        const MapColumn* column = m_layout->columnAt(centre);
        if (column && column->horizon != m_layout->shownHorizon(*original)) {
            if (column->horizon == core::Horizon::Unset) {
                if (!dated) {
                    b.horizon = core::Horizon::Unset;
                }
            } else if (dated) {
                if (const auto moved = core::movedToHorizon(b.start, b.end, column->horizon, m_today, bounds())) {
                    std::tie(b.start, b.end) = *moved;
                }
                b.horizon = column->horizon;
            } else {
                b.horizon = column->horizon;
            }
        }
    } else {
        const QDate start = m_layout->dateAt(r.left());
        if (dated) {
            const qint64 shift = b.start.daysTo(start);
            b.start = b.start.addDays(shift);
            b.end = b.end.addDays(shift);
        } else {
            b.start = start;
            b.end = start.addDays(qint64(MapLayout::UndatedDays) - 1);
        }
        b.horizon = core::horizonOf(b.start, m_today, bounds());
    }
    if (b == *original) {
        return std::nullopt;
    }
    return b;
}

void MapScene::cardMoving(core::Id id)
{
    routeArrowsOf(id);
    // Show where the card would land, and which of its links it would break.
    const QRectF old = m_dropHint;
    m_dropHint = {};
    const QRectF r = cardRect(id);
    if (const MapLane* lane = m_layout->laneAt(r.center())) {
        if (m_axis == MapAxis::Horizons) {
            if (const MapColumn* column = m_layout->columnAt(r.center())) {
                m_dropHint = lane->rect.intersected(column->rect);
            }
        } else {
            m_dropHint = QRectF(r.left(), lane->rect.top(), r.width(), lane->rect.height());
        }
    }
    if (m_dropHint != old) {
        invalidate(old.united(m_dropHint).adjusted(-2, -2, 2, 2), BackgroundLayer);
    }
    const auto target = dropTarget(id);
    if (!target) {
        return;
    }
    std::vector<core::ScheduledBin> bins;
    std::vector<core::Dependency> touching;
    for (const DependencyArrow* a : m_arrowsOf.value(id)) {
        const core::BinDependency* d = nullptr;
        for (const core::BinDependency& x : m_portfolio->dependencies()) {
            if (x.id == a->id()) {
                d = &x;
                break;
            }
        }
        if (!d) {
            continue;
        }
        touching.push_back({d->predecessor, d->successor, d->lagDays});
        const core::Id other = d->predecessor == id ? d->successor : d->predecessor;
        const core::ProjectBin* o = m_portfolio->bin(other);
        bins.push_back({other, o->start, o->end});
    }
    bins.push_back({id, target->start, target->end});
    QSet<std::pair<core::Id, core::Id>> broken;
    for (const auto& v : core::findViolations(bins, touching)) {
        broken.insert({v.dependency.predecessor, v.dependency.successor});
    }
    for (DependencyArrow* a : m_arrowsOf.value(id)) {
        a->setState(broken.contains({a->from(), a->to()}) ? DependencyArrow::State::Violated
                                                           : DependencyArrow::State::Emphasised);
    }
}

void MapScene::cardDropped(core::Id id)
{
    const auto target = dropTarget(id);
    const QRectF hint = m_dropHint;
    m_dropHint = {};
    invalidate(hint.adjusted(-2, -2, 2, 2), BackgroundLayer);
    const core::ProjectBin* original = m_portfolio->bin(id);
    if (!target || !original) {
        rebuild(); // back where it was
        return;
    }
    // Say which dependencies the move breaks: it is done, and flagged on the map.
    std::vector<core::ProjectBin> after = m_portfolio->bins();
    for (core::ProjectBin& b : after) {
        if (b.id == id) {
            b = *target;
        }
    }
    QStringList broken;
    for (const auto& v : core::findViolations(scheduled(after), links(m_portfolio->dependencies()))) {
        if (v.dependency.predecessor == id || v.dependency.successor == id) {
            broken.append(tr("%1 starts %n day(s) before %2 allows", nullptr, v.daysEarly)
                              .arg(m_portfolio->bin(v.dependency.successor)->code,
                                   m_portfolio->bin(v.dependency.predecessor)->code));
        }
    }
    app::ChangeSet changes;
    changes.bins.push_back({*original, *target});
    if (!m_portfolio->submit(tr("Move %1 on the map").arg(original->code), std::move(changes))) {
        rebuild();
        return;
    }
    if (!broken.isEmpty()) {
        emit message(tr("Moved %1, but it breaks a dependency: %2.").arg(target->code, broken.join(QStringLiteral("; "))));
    } else {
        emit message(tr("Moved %1.").arg(target->code));
    }
}

void MapScene::connectionDragged(core::Id from, const QPointF& scenePos)
{
    if (!m_rubberLink) {
        m_rubberLink = addPath(QPainterPath(), QPen(QApplication::palette().color(QPalette::Highlight), 2, Qt::DashLine));
        m_rubberLink->setZValue(5);
    }
    const QRectF r = cardRect(from);
    m_rubberLink->setPath(DependencyArrow::curve(QPointF(r.right(), r.center().y()), scenePos));
}

void MapScene::connectionDropped(core::Id from, const QPointF& scenePos)
{
    delete m_rubberLink;
    m_rubberLink = nullptr;
    for (QGraphicsItem* item : items(scenePos)) {
        if (auto* card = qgraphicsitem_cast<BinCard*>(item); card && card->id() != from) {
            addDependency(from, card->id());
            return;
        }
    }
}

bool MapScene::addDependency(core::Id from, core::Id to)
{
    const core::ProjectBin* a = m_portfolio->bin(from);
    const core::ProjectBin* b = m_portfolio->bin(to);
    if (!a || !b || from == to) {
        return false;
    }
    for (const core::BinDependency& d : m_portfolio->dependencies()) {
        if (d.predecessor == from && d.successor == to) {
            emit message(tr("%1 already waits for %2.").arg(b->code, a->code));
            return false;
        }
    }
    app::ChangeSet changes;
    changes.dependencies.push_back({std::nullopt, core::BinDependency{0, from, to, 0, 0}});
    if (!m_portfolio->submit(tr("Make %1 wait for %2").arg(b->code, a->code), std::move(changes))) {
        return false;
    }
    emit message(tr("%1 now waits for %2 to finish.").arg(b->code, a->code));
    return true;
}

bool MapScene::removeDependency(core::Id dependencyId)
{
    for (const core::BinDependency& d : m_portfolio->dependencies()) {
        if (d.id == dependencyId) {
            const QString successor = m_portfolio->bin(d.successor)->code;
            const QString predecessor = m_portfolio->bin(d.predecessor)->code;
            app::ChangeSet changes;
            changes.dependencies.push_back({d, std::nullopt});
            return m_portfolio->submit(tr("%1 no longer waits for %2").arg(successor, predecessor), std::move(changes));
        }
    }
    return false;
}

void MapScene::cardActivated(core::Id id) { emit binActivated(id); }

void MapScene::contextMenuEvent(QGraphicsSceneContextMenuEvent* event)
{
    BinCard* card = nullptr;
    for (QGraphicsItem* item : items(event->scenePos())) {
        if ((card = qgraphicsitem_cast<BinCard*>(item))) {
            break;
        }
    }
    if (!card) {
        QGraphicsScene::contextMenuEvent(event);
        return;
    }
    const core::Id id = card->id();
    clearSelection();
    card->setSelected(true);
    QMenu menu;
    menu.addAction(tr("&Open %1…").arg(card->look().code), this, [this, id] { emit binActivated(id); });
    menu.addAction(tr("C&harter of %1…").arg(card->look().code), this, [this, id] { emit charterRequested(id); });
    menu.addAction(tr("Show the &critical path to %1").arg(card->look().code), this,
                   [this, id] { emit criticalPathRequested(id); });
    QMenu* unlink = menu.addMenu(tr("&Stop waiting for"));
    for (const core::BinDependency& d : m_portfolio->dependencies()) {
        if (d.successor == id) {
            const core::ProjectBin* p = m_portfolio->bin(d.predecessor);
            const core::Id dependency = d.id;
            unlink->addAction(QStringLiteral("%1 %2").arg(p->code, p->name), this,
                              [this, dependency] { removeDependency(dependency); });
        }
    }
    unlink->setEnabled(!unlink->isEmpty() && isEditable());
    menu.exec(event->screenPos());
    event->accept();
}

} // namespace tiller::gui
