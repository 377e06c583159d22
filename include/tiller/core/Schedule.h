// Project bins on a calendar: finish-to-start dependencies, their violations, and the critical path to a bin.
#pragma once

#include "tiller/core/Types.h"

#include <QDate>
#include <QList>
#include <QSet>

#include <optional>
#include <vector>

namespace tiller::core {

struct ScheduledBin
{
    Id id = 0;
    QDate start; // invalid: not dated yet (a horizon only)
    QDate end;
};

// Finish-to-start: the successor may start `lagDays` after the predecessor ends.
struct Dependency
{
    Id predecessor = 0;
    Id successor = 0;
    int lagDays = 0;
};

struct DependencyViolation
{
    Dependency dependency;
    int daysEarly = 0; // how many days too soon the successor starts
};

// Dependencies whose successor starts before its predecessor ends (plus the lag). Undated bins are not judged.
std::vector<DependencyViolation> findViolations(const std::vector<ScheduledBin>& bins,
                                                const std::vector<Dependency>& dependencies);

// Whether adding `candidate` would close a cycle; if so, the cycle (starting at the candidate's successor).
QList<Id> cycleIfAdded(const std::vector<Dependency>& dependencies, const Dependency& candidate);

struct CriticalPath
{
    QList<Id> bins;     // from the first bin of the chain to the target
    int lengthDays = 0; // durations plus lags along the chain
};

// The longest chain of predecessors ending at `target` (durations in days, end − start + 1, plus lags);
// undated bins count 0 days. Nothing when the target is unknown or the graph has a cycle.
std::optional<CriticalPath> criticalPathTo(Id target, const std::vector<ScheduledBin>& bins,
                                           const std::vector<Dependency>& dependencies);

// The program's horizon bounds (guardrails), in months from today.
struct HorizonBounds
{
    int shortMonths = 6;
    int mediumMonths = 18;
    int longMonths = 36;
};

// The days a horizon covers, seen from `today`: short term [today, today + short),
// medium term [today + short, today + medium), long term [today + medium, today + long).
// Unset has no window (invalid dates).
std::pair<QDate, QDate> horizonWindow(Horizon horizon, QDate today, const HorizonBounds& bounds);

// The horizon a bin starting on `start` falls in: short term for anything starting before the
// short-term bound (the past included), long term for anything after the medium-term bound.
Horizon horizonOf(QDate start, QDate today, const HorizonBounds& bounds);

// The horizon a bin is in: from its start date when dated, else the horizon it was given.
Horizon shownHorizon(QDate start, Horizon given, QDate today, const HorizonBounds& bounds);

// A dated bin moved into `horizon`: it starts where the horizon starts (today for the short term) and keeps its
// length. Nothing when the bin is undated, the horizon is unset, or the bin is already there.
std::optional<std::pair<QDate, QDate>> movedToHorizon(QDate start, QDate end, Horizon horizon, QDate today,
                                                      const HorizonBounds& bounds);

// Every bin `id` waits on, directly or not (its predecessors' predecessors…), and every bin waiting on it.
QSet<Id> upstreamOf(Id id, const std::vector<Dependency>& dependencies);
QSet<Id> downstreamOf(Id id, const std::vector<Dependency>& dependencies);

} // namespace tiller::core
