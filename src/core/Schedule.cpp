#include "tiller/core/Schedule.h"

#include "tiller/core/Invariants.h"

#include <QHash>

#include <functional>

namespace tiller::core {

std::vector<DependencyViolation> findViolations(const std::vector<ScheduledBin>& bins,
                                                const std::vector<Dependency>& dependencies)
{
    QHash<Id, const ScheduledBin*> byId;
    for (const ScheduledBin& b : bins) {
        byId.insert(b.id, &b);
    }
    std::vector<DependencyViolation> out;
    for (const Dependency& d : dependencies) {
        const ScheduledBin* p = byId.value(d.predecessor);
        const ScheduledBin* s = byId.value(d.successor);
        if (!p || !s || !p->end.isValid() || !s->start.isValid()) {
            continue;
        }
        // Finish-to-start: the day after the predecessor's last day, plus the lag.
        const QDate earliest = p->end.addDays(1 + d.lagDays);
        if (s->start < earliest) {
            out.push_back({d, int(s->start.daysTo(earliest))});
        }
    }
    return out;
}

QList<Id> cycleIfAdded(const std::vector<Dependency>& dependencies, const Dependency& candidate)
{
    std::vector<std::pair<Id, Id>> edges;
    edges.reserve(dependencies.size() + 1);
    for (const Dependency& d : dependencies) {
        edges.emplace_back(d.predecessor, d.successor);
    }
    edges.emplace_back(candidate.predecessor, candidate.successor);
    QList<Id> cycle = findCycle(edges);
    if (cycle.isEmpty() || !cycle.contains(candidate.predecessor) || !cycle.contains(candidate.successor)) {
        return cycle.isEmpty() ? cycle : QList<Id>{};
    }
    // Start the report at the successor: "B → C → A → B" reads as the consequence of adding A → B.
    const qsizetype at = cycle.indexOf(candidate.successor);
    QList<Id> rotated = cycle.mid(at) + cycle.mid(0, at);
    return rotated;
}

std::optional<CriticalPath> criticalPathTo(Id target, const std::vector<ScheduledBin>& bins,
                                           const std::vector<Dependency>& dependencies)
{
    QHash<Id, int> duration;
    for (const ScheduledBin& b : bins) {
        duration.insert(b.id, b.start.isValid() && b.end.isValid() ? int(b.start.daysTo(b.end)) + 1 : 0);
    }
    if (!duration.contains(target)) {
        return std::nullopt;
    }
    std::vector<std::pair<Id, Id>> edges;
    QHash<Id, QList<const Dependency*>> into;
    for (const Dependency& d : dependencies) {
        edges.emplace_back(d.predecessor, d.successor);
        into[d.successor].append(&d);
    }
    if (!findCycle(edges).isEmpty()) {
        return std::nullopt;
    }
    // Longest path ending at each bin, memoised; the graph is acyclic.
    QHash<Id, int> best;
    QHash<Id, Id> via;
    std::function<int(Id)> longest = [&](Id id) -> int {
        if (auto it = best.constFind(id); it != best.cend()) {
            return *it;
        }
        int length = duration.value(id);
        Id from = 0;
        for (const Dependency* d : into.value(id)) {
            const int candidate = longest(d->predecessor) + d->lagDays + duration.value(id);
            // At equal length the chain names its predecessor (an undated one counts 0 days).
            if (candidate > length || (candidate == length && (from == 0 || d->predecessor < from))) {
                length = candidate;
                from = d->predecessor;
            }
        }
        best.insert(id, length);
        via.insert(id, from);
        return length;
    };
    CriticalPath path;
    path.lengthDays = longest(target);
    for (Id at = target; at != 0; at = via.value(at)) {
        path.bins.prepend(at);
    }
    return path;
}

std::pair<QDate, QDate> horizonWindow(Horizon horizon, QDate today, const HorizonBounds& bounds)
{
    switch (horizon) {
    case Horizon::Unset:
        break;
    case Horizon::Short:
        return {today, today.addMonths(bounds.shortMonths).addDays(-1)};
    case Horizon::Medium:
        return {today.addMonths(bounds.shortMonths), today.addMonths(bounds.mediumMonths).addDays(-1)};
    case Horizon::Long:
        return {today.addMonths(bounds.mediumMonths), today.addMonths(bounds.longMonths).addDays(-1)};
    }
    return {};
}

Horizon horizonOf(QDate start, QDate today, const HorizonBounds& bounds)
{
    if (!start.isValid()) {
        return Horizon::Unset;
    }
    if (start < today.addMonths(bounds.shortMonths)) {
        return Horizon::Short;
    }
    return start < today.addMonths(bounds.mediumMonths) ? Horizon::Medium : Horizon::Long;
}

Horizon shownHorizon(QDate start, Horizon given, QDate today, const HorizonBounds& bounds)
{
    return start.isValid() ? horizonOf(start, today, bounds) : given;
}

std::optional<std::pair<QDate, QDate>> movedToHorizon(QDate start, QDate end, Horizon horizon, QDate today,
                                                      const HorizonBounds& bounds)
{
    if (!start.isValid() || !end.isValid() || horizon == Horizon::Unset ||
        horizonOf(start, today, bounds) == horizon) {
        return std::nullopt;
    }
    const qint64 shift = start.daysTo(horizonWindow(horizon, today, bounds).first);
    return std::pair(start.addDays(shift), end.addDays(shift));
}

namespace {

QSet<Id> reachable(Id from, const std::vector<Dependency>& dependencies, bool forward)
{
    QHash<Id, QList<Id>> next;
    for (const Dependency& d : dependencies) {
        if (forward) {
            next[d.predecessor].append(d.successor);
        } else {
            next[d.successor].append(d.predecessor);
        }
    }
    QSet<Id> seen;
    QList<Id> stack{from};
    while (!stack.isEmpty()) {
        const Id at = stack.takeLast();
        for (Id n : next.value(at)) {
            if (n != from && !seen.contains(n)) {
                seen.insert(n);
                stack.append(n);
            }
        }
    }
    return seen;
}

} // namespace

QSet<Id> upstreamOf(Id id, const std::vector<Dependency>& dependencies) { return reachable(id, dependencies, false); }

QSet<Id> downstreamOf(Id id, const std::vector<Dependency>& dependencies) { return reachable(id, dependencies, true); }

} // namespace tiller::core
