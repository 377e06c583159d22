#include "tiller/gui/PriorityMatrixScene.h"

#include "PriorityMatrixItems.h"
#include "tiller/app/Portfolio.h"
#include "tiller/app/PriorityModel.h"
#include "tiller/app/Selection.h"
#include "tiller/app/Text.h"
#include "tiller/core/ScoreAdjust.h"

#include <QApplication>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QPalette>

#include <cmath>

namespace tiller::gui {

namespace {

// Few labels stay readable; beyond that the tooltip names each bubble.
constexpr int MaxLabels = 120;

const core::Criterion* criterionWithRole(const core::ScoringModel& m, core::CriterionRole role)
{
    for (const auto& c : m.criteria) {
        if (c.role == role) {
            return &c;
        }
    }
    return nullptr;
}

QColor quadrantTint(core::Quadrant q)
{
    // Translucent, so they read on light and dark palettes alike.
    switch (q) {
    case core::Quadrant::QuickWin:
        return QColor(46, 160, 67, 38);
    case core::Quadrant::MajorProject:
        return QColor(56, 132, 244, 34);
    case core::Quadrant::FillIn:
        return QColor(140, 140, 140, 26);
    case core::Quadrant::MoneyPit:
        return QColor(218, 54, 51, 30);
    }
    return {};
}

} // namespace

PriorityMatrixScene::PriorityMatrixScene(app::Portfolio* portfolio, app::Selection* selection, QObject* parent)
    : QGraphicsScene(parent), m_portfolio(portfolio), m_selection(selection)
{
    setItemIndexMethod(QGraphicsScene::BspTreeIndex);
    rebuild();
    connect(portfolio, &app::Portfolio::scoringChanged, this, &PriorityMatrixScene::rebuild);
    connect(portfolio, &app::Portfolio::domainChanged, this, &PriorityMatrixScene::rebuild);
    connect(portfolio, &app::Portfolio::scoresChanged, this, [this](core::Id id) {
        // A value may widen the axes of RICE and WSJF: check, else move one bubble.
        const auto before = std::tuple{m_xMin, m_xMax, m_yMin, m_yMax};
        updateAxes();
        if (before != std::tuple{m_xMin, m_xMax, m_yMin, m_yMax}) {
            rebuild();
        } else {
            placeBubble(id);
        }
    });
    connect(portfolio, &app::Portfolio::initiativeAdded, this, &PriorityMatrixScene::rebuild);
    connect(portfolio, &app::Portfolio::initiativeRemoved, this, [this](core::Id id) {
        delete m_bubbles.take(id);
    });
    connect(portfolio, &app::Portfolio::initiativeChanged, this, [this](core::Id id) {
        updateBubbleLook(id);
        filterBubble(id);
    });
    connect(this, &QGraphicsScene::selectionChanged, this, [this] {
        if (m_syncingSelection) {
            return;
        }
        const QList<QGraphicsItem*> items = selectedItems();
        for (QGraphicsItem* item : items) {
            if (auto* b = dynamic_cast<InitiativeBubble*>(item)) {
                m_selection->setCurrent(b->id());
                return;
            }
        }
    });
    connect(selection, &app::Selection::currentChanged, this, [this](core::Id id) {
        m_syncingSelection = true;
        clearSelection();
        if (InitiativeBubble* b = m_bubbles.value(id)) {
            b->setSelected(true);
        }
        m_syncingSelection = false;
    });
}

QPointF PriorityMatrixScene::toScene(double effort, double value) const
{
    const QRectF plot = plotRect();
    const double x = plot.left() + (effort - m_xMin) / (m_xMax - m_xMin) * plot.width();
    const double y = plot.bottom() - (value - m_yMin) / (m_yMax - m_yMin) * plot.height();
    return {qBound(plot.left(), x, plot.right()), qBound(plot.top(), y, plot.bottom())};
}

std::pair<double, double> PriorityMatrixScene::fromScene(const QPointF& p) const
{
    const QRectF plot = plotRect();
    const double effort = m_xMin + (p.x() - plot.left()) / plot.width() * (m_xMax - m_xMin);
    const double value = m_yMin + (plot.bottom() - p.y()) / plot.height() * (m_yMax - m_yMin);
    return {effort, value};
}

void PriorityMatrixScene::updateAxes()
{
    const core::ScoringModel* model = m_portfolio->activeModel();
    m_xMin = 0;
    m_xMax = 100;
    m_yMin = 0;
    m_yMax = 100;
    if (!model || model->kind == core::ModelKind::Weighted) {
        return;
    }
    const core::Criterion* effort = criterionWithRole(
        *model, model->kind == core::ModelKind::Rice ? core::CriterionRole::Effort : core::CriterionRole::JobSize);
    if (effort) {
        m_xMin = effort->scaleMin;
        m_xMax = effort->scaleMax;
    }
    // The value axis of RICE and WSJF has no natural top: fit the program's values.
    double top = 1;
    for (const auto& i : m_portfolio->initiatives()) {
        top = qMax(top, m_portfolio->score(i.id, *model).value);
    }
    top = qMax(top, m_portfolio->program().valueThreshold);
    // A round top (1, 2 or 5 × 10^n) keeps tick labels readable.
    const double magnitude = std::pow(10.0, std::floor(std::log10(top * 1.05)));
    for (double f : {1.0, 2.0, 5.0, 10.0}) {
        if (f * magnitude >= top * 1.05) {
            m_yMax = f * magnitude;
            break;
        }
    }
}

void PriorityMatrixScene::layoutBackground()
{
    qDeleteAll(m_background);
    m_background.clear();
    const QRectF plot = plotRect();
    const QPalette palette = QApplication::palette();
    const core::ScoringModel* model = m_portfolio->activeModel();
    const QPointF t = toScene(m_portfolio->program().effortThreshold, m_portfolio->program().valueThreshold);

    struct Band
    {
        core::Quadrant quadrant;
        QRectF rect;
        Qt::Alignment corner;
    };
    const Band bands[] = {
        {core::Quadrant::QuickWin, QRectF(QPointF(plot.left(), plot.top()), QPointF(t.x(), t.y())),
         Qt::AlignLeft | Qt::AlignTop},
        {core::Quadrant::MajorProject, QRectF(QPointF(t.x(), plot.top()), QPointF(plot.right(), t.y())),
         Qt::AlignRight | Qt::AlignTop},
        {core::Quadrant::FillIn, QRectF(QPointF(plot.left(), t.y()), QPointF(t.x(), plot.bottom())),
         Qt::AlignLeft | Qt::AlignBottom},
        {core::Quadrant::MoneyPit, QRectF(QPointF(t.x(), t.y()), QPointF(plot.right(), plot.bottom())),
         Qt::AlignRight | Qt::AlignBottom},
    };
    QFont labelFont = QApplication::font();
    labelFont.setBold(true);
    labelFont.setPointSizeF(labelFont.pointSizeF() * 1.1);
    for (const Band& b : bands) {
        auto* rect = addRect(b.rect, Qt::NoPen, quadrantTint(b.quadrant));
        rect->setZValue(-10);
        m_background.append(rect);
        auto* label = addSimpleText(app::PriorityModel::quadrantName(b.quadrant), labelFont);
        QColor c = palette.color(QPalette::Text);
        c.setAlpha(140);
        label->setBrush(c);
        const QRectF lr = label->boundingRect();
        const double x = (b.corner & Qt::AlignLeft) ? b.rect.left() + 8 : b.rect.right() - lr.width() - 8;
        const double y = (b.corner & Qt::AlignTop) ? b.rect.top() + 6 : b.rect.bottom() - lr.height() - 6;
        label->setPos(x, y);
        label->setZValue(-9);
        m_background.append(label);
    }
    // Frame, ticks and axis titles.
    QPen axisPen(palette.color(QPalette::Mid));
    axisPen.setCosmetic(true);
    m_background.append(addRect(plot, axisPen));
    QFont tickFont = QApplication::font();
    tickFont.setPointSizeF(tickFont.pointSizeF() * 0.85);
    for (int k = 0; k <= 4; ++k) {
        const double fx = m_xMin + (m_xMax - m_xMin) * k / 4;
        const double fy = m_yMin + (m_yMax - m_yMin) * k / 4;
        auto* xt = addSimpleText(QLocale().toString(fx, 'g', 4), tickFont);
        xt->setBrush(palette.color(QPalette::Text));
        xt->setPos(toScene(fx, m_yMin).x() - xt->boundingRect().width() / 2, plot.bottom() + 4);
        auto* yt = addSimpleText(QLocale().toString(fy, 'g', 4), tickFont);
        yt->setBrush(palette.color(QPalette::Text));
        yt->setPos(plot.left() - yt->boundingRect().width() - 6, toScene(m_xMin, fy).y() - yt->boundingRect().height() / 2);
        m_background.append(xt);
        m_background.append(yt);
    }
    QString xTitle = tr("Cost and effort →");
    QString yTitle = tr("Benefit ↑");
    if (model && model->kind == core::ModelKind::Rice) {
        xTitle = tr("Effort (person-months) →");
        yTitle = tr("Reach × impact × confidence ↑");
    } else if (model && model->kind == core::ModelKind::Wsjf) {
        xTitle = tr("Job size →");
        yTitle = tr("Cost of delay ↑");
    }
    auto* xTitleItem = addSimpleText(xTitle, labelFont);
    xTitleItem->setBrush(palette.color(QPalette::Text));
    xTitleItem->setPos(plot.center().x() - xTitleItem->boundingRect().width() / 2, plot.bottom() + 24);
    auto* yTitleItem = addSimpleText(yTitle, labelFont);
    yTitleItem->setBrush(palette.color(QPalette::Text));
    yTitleItem->setRotation(-90);
    yTitleItem->setPos(plot.left() - 60, plot.center().y() + yTitleItem->boundingRect().width() / 2);
    m_background.append(xTitleItem);
    m_background.append(yTitleItem);

    if (!m_valueLine) {
        m_valueLine = new ThresholdLine(Qt::Horizontal, this);
        m_effortLine = new ThresholdLine(Qt::Vertical, this);
        addItem(m_valueLine);
        addItem(m_effortLine);
    }
    m_valueLine->placeAt(t.y());
    m_effortLine->placeAt(t.x());
    setSceneRect(plot.adjusted(-80, -10, 20, 50));
}

void PriorityMatrixScene::rebuild()
{
    qDeleteAll(m_bubbles);
    m_bubbles.clear();
    updateAxes();
    layoutBackground();
    if (!m_portfolio->activeModel()) {
        return;
    }
    for (const auto& i : m_portfolio->initiatives()) {
        auto* b = new InitiativeBubble(i.id, this);
        addItem(b);
        m_bubbles.insert(i.id, b);
        b->setData(0, true);
        updateBubbleLook(i.id);
        placeBubble(i.id);
    }
    applyFilter();
    if (InitiativeBubble* b = m_bubbles.value(m_selection->current())) {
        m_syncingSelection = true;
        b->setSelected(true);
        m_syncingSelection = false;
    }
}

void PriorityMatrixScene::placeBubble(core::Id id)
{
    InitiativeBubble* b = m_bubbles.value(id);
    const core::ScoringModel* model = m_portfolio->activeModel();
    if (!b || !model) {
        return;
    }
    const core::Score s = m_portfolio->score(id, *model);
    b->setData(1, s.complete);
    b->setVisible(s.complete && b->data(0).toBool());
    b->setPos(toScene(s.effort, s.value));
    const core::Initiative* i = m_portfolio->initiative(id);
    b->setToolTip(QStringLiteral("<b>%1</b> — %2<br>%3")
                      .arg(i->code.toHtmlEscaped(), i->title.toHtmlEscaped(),
                           app::Text::scoreSummary(s, model->kind).toHtmlEscaped()));
}

void PriorityMatrixScene::updateBubbleLook(core::Id id)
{
    InitiativeBubble* b = m_bubbles.value(id);
    const core::Initiative* i = m_portfolio->initiative(id);
    if (!b || !i) {
        return;
    }
    const core::Domain* d = m_portfolio->domain(i->domainId);
    QColor fill = d ? QColor::fromString(d->color) : QApplication::palette().color(QPalette::Mid);
    fill.setAlpha(200);
    b->setBrush(fill);
    QPen outline(fill.darker(150));
    outline.setCosmetic(true);
    b->setPen(outline);
    double r = 7;
    switch (m_size) {
    case BubbleSize::Uniform:
        break;
    case BubbleSize::PainPoints:
        r = 6 + 3 * std::sqrt(double(i->painPoints.size()));
        break;
    case BubbleSize::Budget:
    case BubbleSize::Reach: {
        // Area proportional to the measure; unknown values stay small.
        const double v = m_size == BubbleSize::Budget ? i->budget : i->reach;
        const double top = m_size == BubbleSize::Budget ? m_maxBudget : m_maxReach;
        r = top > 0 && v > 0 ? 4 + 16 * std::sqrt(v / top) : 4;
        break;
    }
    }
    b->setRadius(r);
    b->setLabel(i->code, m_portfolio->initiatives().size() <= MaxLabels);
}

void PriorityMatrixScene::setFilter(const Filter& filter)
{
    m_filter = filter;
    applyFilter();
}

void PriorityMatrixScene::setBubbleSize(BubbleSize size)
{
    m_size = size;
    m_maxBudget = 0;
    m_maxReach = 0;
    for (const auto& i : m_portfolio->initiatives()) {
        m_maxBudget = qMax(m_maxBudget, i.budget);
        m_maxReach = qMax(m_maxReach, i.reach);
    }
    for (auto it = m_bubbles.cbegin(); it != m_bubbles.cend(); ++it) {
        updateBubbleLook(it.key());
    }
}

void PriorityMatrixScene::applyFilter()
{
    for (auto it = m_bubbles.cbegin(); it != m_bubbles.cend(); ++it) {
        filterBubble(it.key());
    }
}

bool PriorityMatrixScene::passes(const Filter& f, const core::Initiative& i)
{
    return (f.domain == 0 || i.domainId == f.domain) && (f.status < 0 || int(i.status) == f.status) &&
           (f.horizon < 0 || int(i.horizon) == f.horizon) && (f.bin < 0 || i.binId == f.bin);
}

void PriorityMatrixScene::filterBubble(core::Id id)
{
    InitiativeBubble* b = m_bubbles.value(id);
    const core::Initiative* i = m_portfolio->initiative(id);
    if (!b) {
        return;
    }
    const bool pass = i && passes(m_filter, *i);
    b->setData(0, pass);
    b->setVisible(pass && b->data(1).toBool()); // data(1): scored, set by placeBubble
}

int PriorityMatrixScene::visibleBubbles() const
{
    int n = 0;
    for (const InitiativeBubble* b : m_bubbles) {
        n += b->isVisible() ? 1 : 0;
    }
    return n;
}

void PriorityMatrixScene::bubbleDropped(core::Id id, const QPointF& scenePos)
{
    const core::ScoringModel* model = m_portfolio->activeModel();
    const core::Initiative* initiative = m_portfolio->initiative(id);
    if (!model || !initiative) {
        return;
    }
    const auto [effort, value] = fromScene(scenePos);
    const QHash<core::Id, double> current = m_portfolio->scoreValues(id);
    const QHash<core::Id, double> target = core::adjustToward(*model, current, value, effort);
    app::ChangeSet changes;
    for (auto it = target.cbegin(); it != target.cend(); ++it) {
        const auto was = current.constFind(it.key());
        if (was != current.cend() && qFuzzyCompare(1.0 + *was, 1.0 + it.value())) {
            continue;
        }
        std::optional<core::ScoreValue> before;
        if (was != current.cend()) {
            before = core::ScoreValue{id, it.key(), 0, *was};
        }
        changes.scores.push_back({before, core::ScoreValue{id, it.key(), 0, it.value()}});
    }
    if (changes.scores.empty() ||
        !m_portfolio->submit(tr("Move %1 on the priority matrix").arg(initiative->code), std::move(changes))) {
        placeBubble(id); // back where its scores say
    }
}

void PriorityMatrixScene::thresholdMoved(Qt::Orientation orientation, double sceneCoordinate)
{
    core::Program after = m_portfolio->program();
    const auto [effort, value] = fromScene(orientation == Qt::Horizontal ? QPointF(0, sceneCoordinate)
                                                                          : QPointF(sceneCoordinate, 0));
    // Round to a readable figure: whole units on a 0–100 axis.
    auto tidy = [](double v, double span) {
        const double step = std::pow(10.0, std::floor(std::log10(qMax(span, 1e-9))) - 2);
        return std::round(v / step) * step;
    };
    if (orientation == Qt::Horizontal) {
        after.valueThreshold = tidy(value, m_yMax - m_yMin);
    } else {
        after.effortThreshold = tidy(effort, m_xMax - m_xMin);
    }
    if (after == m_portfolio->program()) {
        layoutBackground();
        return;
    }
    app::ChangeSet changes;
    changes.program.push_back({m_portfolio->program(), after});
    if (!m_portfolio->submit(orientation == Qt::Horizontal ? tr("Move the value threshold")
                                                           : tr("Move the effort threshold"),
                             std::move(changes))) {
        layoutBackground();
    }
}

void PriorityMatrixScene::bubbleActivated(core::Id id) { emit initiativeActivated(id); }

} // namespace tiller::gui
