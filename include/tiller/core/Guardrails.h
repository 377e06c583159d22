// The strategy's guardrails as arithmetic: committed budget against the yearly envelope, committed load against
// each domain's monthly capacity, initiatives outside every pillar. Plain values in, plain values out.
#pragma once

#include "tiller/core/Types.h"

#include <QDate>
#include <QHash>
#include <QList>

#include <optional>
#include <vector>

namespace tiller::core {

// Money committed in a year: an approved initiative's or bin's budget, counted in the year it starts.
struct Commitment
{
    Id id = 0;
    QDate start; // invalid: not dated, counted in the year being checked (it will land somewhere)
    double amount = 0;
};

struct BudgetStatus
{
    int year = 0;
    double envelope = 0;  // 0: no envelope set for that year
    double committed = 0;
    double remaining() const { return envelope - committed; }
    bool over() const { return envelope > 0 && committed > envelope; }
    // The share of what remains that `amount` would use (1.0 = all of it; more = over the envelope).
    // Nothing when there is no envelope, or nothing remains.
    std::optional<double> shareOfRemaining(double amount) const;
};

BudgetStatus budgetStatus(int year, const QHash<int, double>& envelopes, const std::vector<Commitment>& commitments);

// Work committed to a domain: person-days spread evenly over the months it spans.
struct Workload
{
    Id id = 0;
    Id domain = 0;
    QDate start;
    QDate end;
    double personDays = 0;
};

struct LoadCell
{
    Id domain = 0;
    QDate month;       // the first day of the month
    double load = 0;   // person-days
    double capacity = 0; // person-days; 0: no capacity set
    bool over() const { return capacity > 0 && load > capacity + 1e-9; }
};

// Load per domain and month over [from, to] (whole months); work without dates or domain is left out.
std::vector<LoadCell> loadByDomainAndMonth(const std::vector<Workload>& work, const QHash<Id, double>& monthlyCapacity,
                                           QDate from, QDate to);
// The cells a new piece of work would push over capacity (that were not over before).
std::vector<LoadCell> overloadsIfAdded(const std::vector<Workload>& work, const Workload& candidate,
                                       const QHash<Id, double>& monthlyCapacity);

// Initiatives linked to no pillar (pillars: initiative → its pillar ids).
QList<Id> withoutPillar(const QList<Id>& initiatives, const QHash<Id, QList<Id>>& pillars);

} // namespace tiller::core
