#include "tiller/core/Guardrails.h"

#include <QMap>

#include <algorithm>

namespace tiller::core {

namespace {

QDate monthOf(QDate d) { return {d.year(), d.month(), 1}; }

// Person-days of `w` falling in each month it spans, in proportion to its days in that month.
QMap<QDate, double> spread(const Workload& w)
{
    QMap<QDate, double> out;
    if (!w.start.isValid() || !w.end.isValid() || w.end < w.start || w.personDays <= 0) {
        return out;
    }
    const double total = double(w.start.daysTo(w.end) + 1);
    for (QDate m = monthOf(w.start); m <= w.end; m = m.addMonths(1)) {
        const QDate from = std::max(m, w.start);
        const QDate to = std::min(m.addMonths(1).addDays(-1), w.end);
        out[m] += w.personDays * double(from.daysTo(to) + 1) / total;
    }
    return out;
}

} // namespace

std::optional<double> BudgetStatus::shareOfRemaining(double amount) const
{
    if (envelope <= 0 || remaining() <= 0) {
        return std::nullopt;
    }
    return amount / remaining();
}

BudgetStatus budgetStatus(int year, const QHash<int, double>& envelopes, const std::vector<Commitment>& commitments)
{
    BudgetStatus s;
    s.year = year;
    s.envelope = envelopes.value(year, 0);
    for (const Commitment& c : commitments) {
        if (!c.start.isValid() || c.start.year() == year) {
            s.committed += std::max(0.0, c.amount);
        }
    }
    return s;
}

std::vector<LoadCell> loadByDomainAndMonth(const std::vector<Workload>& work, const QHash<Id, double>& monthlyCapacity,
                                           QDate from, QDate to)
{
    QMap<std::pair<Id, QDate>, double> load;
    for (const Workload& w : work) {
        if (w.domain == 0) {
            continue;
        }
        const auto months = spread(w);
        for (auto it = months.cbegin(); it != months.cend(); ++it) {
            load[{w.domain, it.key()}] += it.value();
        }
    }
    std::vector<LoadCell> out;
    const QDate first = monthOf(from), last = monthOf(to);
    for (auto it = load.cbegin(); it != load.cend(); ++it) {
        if (it.key().second < first || it.key().second > last) {
            continue;
        }
        out.push_back({it.key().first, it.key().second, it.value(), monthlyCapacity.value(it.key().first, 0)});
    }
    return out;
}

std::vector<LoadCell> overloadsIfAdded(const std::vector<Workload>& work, const Workload& candidate,
                                       const QHash<Id, double>& monthlyCapacity)
{
    if (!candidate.start.isValid() || !candidate.end.isValid() || candidate.domain == 0) {
        return {};
    }
    const auto before = loadByDomainAndMonth(work, monthlyCapacity, candidate.start, candidate.end);
    std::vector<Workload> with = work;
    with.push_back(candidate);
    std::vector<LoadCell> out;
    for (const LoadCell& cell : loadByDomainAndMonth(with, monthlyCapacity, candidate.start, candidate.end)) {
        if (cell.domain != candidate.domain || !cell.over()) {
            continue;
        }
        const bool wasOver = std::any_of(before.begin(), before.end(), [&](const LoadCell& b) {
            return b.domain == cell.domain && b.month == cell.month && b.over();
        });
        if (!wasOver) {
            out.push_back(cell);
        }
    }
    return out;
}

QList<Id> withoutPillar(const QList<Id>& initiatives, const QHash<Id, QList<Id>>& pillars)
{
    QList<Id> out;
    for (Id id : initiatives) {
        if (pillars.value(id).isEmpty()) {
            out.append(id);
        }
    }
    return out;
}

} // namespace tiller::core
