// The click-through of the leadership dashboard: the items behind one of its figures (a chart's bar, a card), as
// rows a list shows, each naming what it opens.
#pragma once

#include "tiller/app/DashboardData.h"

#include <QCoreApplication>
#include <QString>
#include <vector>

namespace tiller::app {

class Portfolio;

// A figure of the dashboard; `key` (in DashboardItems::of) says which bar of it.
enum class DashboardFigure
{
    BinsByStatus,  // key: a core::BinStatus
    BinsByHorizon, // key: a core::Horizon
    TasksDone,     // the tasks done in the period (the on-time rate's)
    TasksOverdue,
    TasksBlocked,
    Throughput, // key: the index of the week in DashboardData::throughput
    DomainLoad, // key: the domain's id: its bins under way or planned
    Milestones, // the phases ending in the period
    Progress,   // the bins under way against their plan
    Decisions,  // the board's decisions of the period
    Successes,
    Earned,        // key: a person's id: what they earned points for
    StageVoices,   // key: a journey stage's id (0: answers without a stage): what customers wrote there
    MonthVoices,   // key: the month's index in the period (0: its first month): what customers wrote then
};

struct DashboardItem
{
    enum Opens
    {
        Task,
        Bin,
        Request,
        Nothing // a customer's answer: read here, opened nowhere
    };
    Opens opens = Task;
    core::Id id = 0; // of the task, the bin or the request opened
    QString code;    // the bin's or the request's code
    QString title;
    QString detail; // the figure's reason for listing it: a date, a status, a reason
};

class DashboardItems
{
    Q_DECLARE_TR_FUNCTIONS(DashboardItems)
public:
    // The items behind `figure` of `d` (computed on `p`), in the figure's order.
    static std::vector<DashboardItem> of(const Portfolio& p, const DashboardData& d, DashboardFigure figure,
                                         qint64 key = 0);
    // A title for the list ("Project bins in progress").
    static QString title(const Portfolio& p, const DashboardData& d, DashboardFigure figure, qint64 key = 0);
    // What an achievement is, in words ("Task done on time").
    static QString achievement(core::Achievement kind);
    static QString badge(core::Badge badge);
    static QString badgeRule(core::Badge badge); // how it is earned
    // At most this many answers are listed behind a CX figure, the newest.
    static constexpr int VoicesShown = 200;
};

} // namespace tiller::app
