// The leadership dashboard's figures for a period and an optional domain, as plain values: delivery, CX outcomes
// (from the VoC aggregates computed by SQL) and the change board.
#pragma once

#include "tiller/core/CxMetrics.h"
#include "tiller/core/Engagement.h"
#include "tiller/core/Guardrails.h"
#include "tiller/core/Types.h"

#include <QDate>
#include <QHash>
#include <QString>
#include <array>
#include <optional>
#include <utility>
#include <vector>

namespace tiller::app {

class Portfolio;

struct DashboardData
{
    QDate from;
    QDate to;
    QDate today; // the portfolio clock's date: what "overdue" is measured against
    core::Id domainId = 0;

    // ---- Delivery ----
    std::array<int, core::BinStatusCount> binsByStatus{};
    std::array<int, 4> binsByHorizon{}; // indexed by core::Horizon (Unset, Short, Medium, Long)
    int binCount = 0;
    int tasksOverdue = 0; // not done, due before today
    int tasksBlocked = 0;
    int tasksDoneInPeriod = 0;
    std::optional<double> onTimeRate;                // 0..1, of the tasks done in the period that had a due date
    core::MilestoneCount milestones;                 // the charter phases ending in the period, judged today
    std::vector<std::pair<QString, int>> throughput; // ISO week → tasks done
    core::BudgetStatus budget;                       // the period's end year
    struct DomainLoad
    {
        core::Id domain = 0;
        QString name;
        double peakLoad = 0; // person-days in the busiest month of the period
        double capacity = 0; // per month; 0: not set
    };
    std::vector<DomainLoad> load;
    // Bins done whose end date falls in the period, by date: what the program delivered (the annotations of the
    // CX trends: which initiatives were delivered before each change).
    struct Delivery
    {
        core::Id bin = 0;
        QString code;
        QString name;
        QDate on;
        int initiatives = 0;
    };
    std::vector<Delivery> delivered;
    // The bins under way (in progress or blocked) with dates and tasks, against their plan on the period's last day
    // (today for a period still running), most behind first.
    struct BinProgress
    {
        core::Id bin = 0;
        QString code;
        QString name;
        core::PlanProgress progress;
    };
    std::vector<BinProgress> progress;
    std::optional<core::PlanProgress> overallProgress; // the mean of those bins

    // ---- Engagement and recognition (only when the program shows it) ----
    bool engagement = false;
    std::vector<core::PersonScore> scores;   // points earned in the period, badges held at its end
    std::vector<core::Standing> teams;       // leaderboard by team
    std::vector<core::Standing> ambassadors; // leaderboard of the ambassadors
    // The period's successes, newest first: tasks celebrated in a weekly review, milestones reached on time, bins
    // delivered. Shown whether or not engagement is, as they are the program's news.
    struct Success
    {
        enum Kind
        {
            Celebrated,
            Milestone,
            Delivered
        };
        Kind kind = Celebrated;
        QDate on;
        core::Id subject = 0; // the task, the phase or the bin
        core::Id bin = 0;     // the bin it belongs to
        core::Id person = 0;  // the task's owner, the bin's owner
        QString title;        // the task's title, the phase's name, the bin's name
        QString binCode;
    };
    std::vector<Success> successes;
    std::vector<core::Earned> earned; // in the period, oldest first: what the points are for (when shown)

    // The items behind the figures, by id, for the click-through from a chart or a card to its items.
    struct Behind
    {
        std::array<QList<core::Id>, core::BinStatusCount> binsByStatus;
        std::array<QList<core::Id>, 4> binsByHorizon;
        QList<core::Id> tasksOverdue;
        QList<core::Id> tasksBlocked;
        QList<core::Id> tasksDone;  // done in the period
        QList<core::Id> milestones; // the phases ending in the period
        QList<core::Id> decisions;  // the board decisions of the period
    };
    Behind behind;

    // ---- CX outcomes ----
    struct MonthValue
    {
        QString month; // "yyyy-MM"
        std::optional<double> value;
    };
    struct Metric
    {
        std::vector<MonthValue> months; // months with records, oldest first
        std::optional<double> latest;   // the last month with records
        std::optional<double> previous; // the month before it (with records)
        std::optional<core::Trend> trend;
        bool improving = false;
    };
    std::array<Metric, core::VocMetricCount> cx; // indexed by core::VocMetric
    const Metric& metric(core::VocMetric m) const { return cx[std::size_t(m)]; }
    // Over the whole period, per journey stage with answers (in journey and stage order; answers without a stage
    // last, with an empty name).
    struct Stage
    {
        core::Id stage = 0;
        QString name;
        std::optional<double> nps;
        std::optional<double> csat;
        std::optional<double> ces;
        qint64 answers = 0; // of every metric
    };
    std::vector<Stage> stages;
    // Every KPI with its latest measurement up to the period's end, the one before, and its target.
    struct Kpi
    {
        core::Id id = 0;
        QString name;
        QString unit;
        core::KpiDirection direction = core::KpiDirection::Up;
        std::optional<double> target;
        std::optional<double> latest;
        QDate latestOn;
        std::optional<double> previous;
        std::optional<core::Trend> trend;
        bool improving = false;
        std::optional<bool> met; // nothing without a target or a measurement
    };
    std::vector<Kpi> kpis;
    int kpisMet = 0;
    int kpisWithTarget = 0; // and a measurement

    // ---- Change board ----
    int requestsReceived = 0;
    int requestsQualified = 0;
    int decided = 0;
    std::array<int, core::BoardVerdictCount> decisionsByVerdict{};
    std::optional<double> medianLeadDays; // submitted → decided, of the decisions in the period

    // Computes every figure over [from, to]; domainId 0: every domain.
    static DashboardData compute(const Portfolio& portfolio, QDate from, QDate to, core::Id domainId = 0);
};

} // namespace tiller::app
