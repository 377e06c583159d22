#include "tiller/core/ScoreAdjust.h"

#include <cmath>

namespace tiller::core {

namespace {

double mid(const Criterion& c) { return (c.scaleMin + c.scaleMax) / 2; }
// std::clamp is undefined when the bounds are reversed (a model validateModel refuses).
double bound(double v, double lo, double hi) { return lo <= hi ? std::clamp(v, lo, hi) : std::clamp(v, hi, lo); }
double span(const Criterion& c) { return c.scaleMax - c.scaleMin; }

double snap(const Criterion& c, double v)
{
    v = bound(v, c.scaleMin, c.scaleMax);
    if (span(c) <= 20) {
        // Whole steps from the scale's start (Fibonacci-like WSJF scales included).
        v = c.scaleMin + std::round(v - c.scaleMin);
    }
    return bound(v, c.scaleMin, c.scaleMax);
}

double valueOr(const QHash<Id, double>& values, const Criterion& c)
{
    const auto it = values.constFind(c.id);
    return it == values.constEnd() || !std::isfinite(*it) ? mid(c) : bound(*it, c.scaleMin, c.scaleMax);
}

// Weighted side: shift every criterion's normalised value by the same d so the
// weighted mean reaches `target` (0..100); bisection copes with clamping.
void moveSide(const ScoringModel& model, CriterionSide side, double target, const QHash<Id, double>& values,
              QHash<Id, double>& out)
{
    QList<const Criterion*> criteria;
    double weights = 0;
    for (const Criterion& c : model.criteria) {
        if (c.side == side && span(c) > 0 && c.weight > 0) {
            criteria.append(&c);
            weights += c.weight;
        }
    }
    if (criteria.isEmpty() || weights <= 0) {
        return;
    }
    target = std::clamp(target, 0.0, 100.0);
    auto normOf = [&](const Criterion& c) { return (valueOr(values, c) - c.scaleMin) / span(c) * 100; };
    auto meanAt = [&](double d) {
        double sum = 0;
        for (const Criterion* c : criteria) {
            sum += c->weight * std::clamp(normOf(*c) + d, 0.0, 100.0);
        }
        return sum / weights;
    };
    double lo = -100, hi = 100;
    for (int i = 0; i < 60; ++i) {
        const double m = (lo + hi) / 2;
        (meanAt(m) < target ? lo : hi) = m;
    }
    const double d = (lo + hi) / 2;
    for (const Criterion* c : criteria) {
        const double norm = std::clamp(normOf(*c) + d, 0.0, 100.0);
        out.insert(c->id, snap(*c, c->scaleMin + norm / 100 * span(*c)));
    }
}

const Criterion* withRole(const ScoringModel& model, CriterionRole role)
{
    for (const Criterion& c : model.criteria) {
        if (c.role == role) {
            return &c;
        }
    }
    return nullptr;
}

} // namespace

QHash<Id, double> adjustToward(const ScoringModel& model, const QHash<Id, double>& values, double targetValue,
                               double targetEffort)
{
    QHash<Id, double> out;
    switch (model.kind) {
    case ModelKind::Weighted:
        moveSide(model, CriterionSide::Benefit, targetValue, values, out);
        moveSide(model, CriterionSide::Cost, targetEffort, values, out);
        break;
    case ModelKind::Rice: {
        const Criterion* reach = withRole(model, CriterionRole::Reach);
        const Criterion* impact = withRole(model, CriterionRole::Impact);
        const Criterion* confidence = withRole(model, CriterionRole::Confidence);
        const Criterion* effort = withRole(model, CriterionRole::Effort);
        if (!reach || !impact || !confidence || !effort) {
            break;
        }
        out.insert(effort->id, bound(std::round(targetEffort * 2) / 2, effort->scaleMin, effort->scaleMax));
        const double r = valueOr(values, *reach);
        const double c = valueOr(values, *confidence) / 100;
        double i = r * c > 0 ? targetValue / (r * c) : impact->scaleMax;
        i = bound(std::round(i * 4) / 4, impact->scaleMin, impact->scaleMax);
        out.insert(impact->id, i);
        // What impact could not reach, reach does.
        double newReach = i * c > 0 ? targetValue / (i * c) : r;
        newReach = bound(std::round(newReach / 100) * 100, reach->scaleMin, reach->scaleMax);
        out.insert(reach->id, newReach);
        break;
    }
    case ModelKind::Wsjf: {
        const Criterion* parts[] = {withRole(model, CriterionRole::BusinessValue),
                                    withRole(model, CriterionRole::TimeCriticality),
                                    withRole(model, CriterionRole::RiskReduction)};
        const Criterion* size = withRole(model, CriterionRole::JobSize);
        if (!parts[0] || !parts[1] || !parts[2] || !size) {
            break;
        }
        out.insert(size->id, snap(*size, targetEffort));
        double current = 0;
        for (const Criterion* p : parts) {
            current += valueOr(values, *p);
        }
        const double factor = current > 0 ? targetValue / current : 1;
        for (const Criterion* p : parts) {
            out.insert(p->id, snap(*p, valueOr(values, *p) * factor));
        }
        break;
    }
    }
    return out;
}

} // namespace tiller::core
