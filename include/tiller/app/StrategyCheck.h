// The strategy's guardrails read from the open program: what is committed against the budget envelopes and the
// domains' capacities, what serves no pillar, and what approving a change request would do to them.
#pragma once

#include "tiller/core/Entities.h"
#include "tiller/core/Guardrails.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

#include <optional>
#include <vector>

namespace tiller::app {

class Portfolio;

class StrategyCheck
{
    Q_DECLARE_TR_FUNCTIONS(StrategyCheck)
public:
    explicit StrategyCheck(const Portfolio& portfolio) : m_p(portfolio) {}

    // Money committed: bins decided on (planned, under way, blocked, done) at their budget, else their
    // initiatives' budgets; approved initiatives outside any bin at theirs.
    std::vector<core::Commitment> commitments() const;
    // Work committed: bins decided on and not finished, with dates and a domain, at their effort, else the
    // estimates of their open tasks.
    std::vector<core::Workload> workloads() const;
    QHash<core::Id, double> capacities() const;
    core::BudgetStatus budget(int year) const;
    // Load against capacity per domain and month, from `from`'s month for `months` months.
    std::vector<core::LoadCell> load(QDate from, int months) const;
    // Initiatives that are alive (not done, not dropped) and serve no pillar.
    QList<core::Id> initiativesWithoutPillar() const;

    // What approving a request would do.
    struct Impact
    {
        core::BudgetStatus budget;             // the year the work starts
        std::optional<double> shareOfRemaining; // of that year's envelope; nothing without an envelope
        std::vector<core::LoadCell> overloads; // months the request's domain would go over capacity
        core::Workload work;                    // the request as work: domain, months, person-days
        bool outsideStrategy = false;           // no pillar
    };
    // The request's work runs from `start` (the session's date) to `deadline` (else the date it is wanted by,
    // else the end of the short term).
    Impact impactOf(const core::ChangeRequest& request, QDate start, QDate deadline = {}) const;
    // In words: "Approving this uses 12% of what remains of the 2027 envelope and overloads Digital in March."
    QString describe(const Impact& impact) const;

    // The guardrails crossed today, one sentence each (the strategy editor, the bins view, the dashboard).
    QStringList alerts(QDate today, int months = 12) const;

    // Money in the program's words: "120,000".
    static QString amount(double value);

private:
    const Portfolio& m_p;
};

} // namespace tiller::app
