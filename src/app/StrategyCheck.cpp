#include "tiller/app/StrategyCheck.h"

#include "tiller/app/Portfolio.h"

#include <QLocale>

#include <cmath>

namespace tiller::app {

namespace {

// A bin counts once the program has decided on it.
bool committed(core::BinStatus s)
{
    return s == core::BinStatus::Planned || s == core::BinStatus::InProgress || s == core::BinStatus::Blocked ||
           s == core::BinStatus::Done;
}

bool alive(core::InitiativeStatus s) { return s != core::InitiativeStatus::Done && s != core::InitiativeStatus::Dropped; }

QHash<int, double> envelopesOf(const core::Program& p)
{
    QHash<int, double> out;
    for (auto it = p.budgetEnvelopes.cbegin(); it != p.budgetEnvelopes.cend(); ++it) {
        out.insert(it.key(), it.value());
    }
    return out;
}

} // namespace

std::vector<core::Commitment> StrategyCheck::commitments() const
{
    std::vector<core::Commitment> out;
    QHash<core::Id, double> initiativesInBin;
    for (const core::Initiative& i : m_p.initiatives()) {
        if (i.binId != 0) {
            initiativesInBin[i.binId] += i.budget;
        } else if (i.status == core::InitiativeStatus::Approved || i.status == core::InitiativeStatus::InProgress ||
                   i.status == core::InitiativeStatus::Done) {
            if (i.budget > 0) {
                out.push_back({i.id, QDate(), i.budget});
            }
        }
    }
    for (const core::ProjectBin& b : m_p.bins()) {
        if (!committed(b.status)) {
            continue;
        }
        const double amount = b.budget > 0 ? b.budget : initiativesInBin.value(b.id);
        if (amount > 0) {
            // Undated bins of a horizon land somewhere: counted in the year checked.
            out.push_back({b.id, b.start, amount});
        }
    }
    return out;
}

std::vector<core::Workload> StrategyCheck::workloads() const
{
    std::vector<core::Workload> out;
    QHash<core::Id, double> openEstimates;
    bool tasksRead = false;
    for (const core::ProjectBin& b : m_p.bins()) {
        if (!committed(b.status) || b.status == core::BinStatus::Done || b.domainId == 0 || !b.start.isValid() ||
            !b.end.isValid()) {
            continue;
        }
        double days = b.effortDays;
        if (days <= 0) {
            if (!tasksRead) {
                tasksRead = true;
                for (const core::Task& t : m_p.tasks()) {
                    if (t.status != core::TaskStatus::Done) {
                        openEstimates[t.binId] += t.estimateDays;
                    }
                }
            }
            days = openEstimates.value(b.id);
        }
        if (days > 0) {
            out.push_back({b.id, b.domainId, b.start, b.end, days});
        }
    }
    return out;
}

QHash<core::Id, double> StrategyCheck::capacities() const
{
    QHash<core::Id, double> out;
    for (const core::Domain& d : m_p.domains()) {
        if (d.capacityPersonDays > 0) {
            out.insert(d.id, d.capacityPersonDays);
        }
    }
    return out;
}

core::BudgetStatus StrategyCheck::budget(int year) const
{
    return core::budgetStatus(year, envelopesOf(m_p.program()), commitments());
}

std::vector<core::LoadCell> StrategyCheck::load(QDate from, int months) const
{
    const QDate first(from.year(), from.month(), 1);
    return core::loadByDomainAndMonth(workloads(), capacities(), first, first.addMonths(months).addDays(-1));
}

QList<core::Id> StrategyCheck::initiativesWithoutPillar() const
{
    QList<core::Id> ids;
    QHash<core::Id, QList<core::Id>> links;
    for (const core::Initiative& i : m_p.initiatives()) {
        if (alive(i.status)) {
            ids.append(i.id);
            links.insert(i.id, i.pillars);
        }
    }
    return core::withoutPillar(ids, links);
}

StrategyCheck::Impact StrategyCheck::impactOf(const core::ChangeRequest& r, QDate start, QDate deadline) const
{
    Impact out;
    if (!start.isValid()) {
        start = m_p.now().date();
    }
    QDate end = deadline.isValid() ? deadline : r.wantedBy;
    if (!end.isValid() || end < start) {
        end = start.addMonths(m_p.program().shortTermMonths).addDays(-1);
    }
    out.work = {-r.id, r.domainId, start, end, r.estEffortDays};
    out.budget = budget(start.year());
    if (r.estCost > 0) {
        out.shareOfRemaining = out.budget.shareOfRemaining(r.estCost);
    }
    out.overloads = core::overloadsIfAdded(workloads(), out.work, capacities());
    out.outsideStrategy = r.pillarId == 0;
    return out;
}

QString StrategyCheck::amount(double value)
{
    return QLocale().toString(value, 'f', 0);
}

QString StrategyCheck::describe(const Impact& impact) const
{
    QStringList parts;
    if (impact.shareOfRemaining) {
        const double share = *impact.shareOfRemaining;
        parts.append(share > 1.0 ? tr("goes over the %1 envelope (it needs %2% of what remains)")
                                       .arg(impact.budget.year)
                                       .arg(qRound(share * 100))
                                 : tr("uses %1% of what remains of the %2 envelope")
                                       .arg(std::max(1, int(std::lround(share * 100))))
                                       .arg(impact.budget.year));
    } else if (impact.budget.envelope > 0 && impact.budget.remaining() <= 0) {
        parts.append(tr("adds to a %1 envelope already spent").arg(impact.budget.year));
    }
    if (!impact.overloads.empty()) {
        const core::Domain* d = m_p.domain(impact.work.domain);
        QStringList months;
        for (const core::LoadCell& cell : impact.overloads) {
            months.append(QLocale().standaloneMonthName(cell.month.month()) +
                          (cell.month.year() != impact.work.start.year() ? QStringLiteral(" %1").arg(cell.month.year())
                                                                         : QString()));
        }
        parts.append(tr("overloads %1 in %2").arg(d ? d->name : QString(), QLocale().createSeparatedList(months)));
    }
    QString text;
    if (parts.isEmpty()) {
        text = tr("Approving this stays within the budget envelope and the domains' capacity.");
    } else {
        text = tr("Approving this %1.").arg(QLocale().createSeparatedList(parts));
    }
    if (impact.outsideStrategy) {
        text += QLatin1Char(' ') + tr("It serves no strategic pillar.");
    }
    return text;
}

QStringList StrategyCheck::alerts(QDate today, int months) const
{
    QStringList out;
    for (int year : {today.year(), today.year() + 1}) {
        const core::BudgetStatus b = budget(year);
        if (b.over()) {
            out.append(tr("%1 budget: %2 committed against an envelope of %3 (%4 over).")
                           .arg(year)
                           .arg(amount(b.committed), amount(b.envelope), amount(-b.remaining())));
        }
    }
    QHash<core::Id, QStringList> overMonths;
    for (const core::LoadCell& cell : load(today, months)) {
        if (cell.over()) {
            overMonths[cell.domain].append(QLocale().toString(cell.month, QStringLiteral("MMM yyyy")));
        }
    }
    for (const core::Domain& d : m_p.domains()) {
        const QStringList& list = overMonths.value(d.id);
        if (!list.isEmpty()) {
            out.append(tr("%1 is over capacity in %n month(s): %2.", nullptr, int(list.size()))
                           .arg(d.name, QLocale().createSeparatedList(list)));
        }
    }
    if (!m_p.pillars().empty()) {
        const int orphans = int(initiativesWithoutPillar().size());
        if (orphans > 0) {
            out.append(tr("%n initiative(s) serve no strategic pillar.", nullptr, orphans));
        }
    }
    return out;
}

} // namespace tiller::app
