// What the leaders' dashboard says about the people and the plan, as arithmetic on plain values: milestones met on
// time, progress against plan, and engagement and recognition (points, badges, leaderboards).
#pragma once

#include "tiller/core/Entities.h"

#include <QDate>
#include <QList>
#include <QString>
#include <array>
#include <optional>
#include <vector>

namespace tiller::core {

// ---- Milestones ----

// The milestones (a charter phase's end) due in a period, as seen on a day.
struct MilestoneCount
{
    int onTime = 0;   // reached on or before the end
    int late = 0;     // reached after the end
    int missed = 0;   // not reached, end already past
    int upcoming = 0; // not reached, end still to come
    int judged() const { return onTime + late + missed; }
    // 0..1, of the milestones judged; nothing when none is.
    std::optional<double> rate() const;
};
// The phases whose end falls in [from, to], judged on `today`.
MilestoneCount milestonesDue(const std::vector<const CharterPhase*>& phases, QDate from, QDate to, QDate today);

// ---- Progress against plan ----

// Where a bin stands on a day, as shares 0..1: `planned` is the share of its dates elapsed (start to end, both
// days counted), `actual` the share of its tasks' effort done (estimates in days; a task without an estimate
// counts one day).
struct PlanProgress
{
    double planned = 0;
    double actual = 0;
    double gap() const { return actual - planned; } // below zero: behind plan
};
// Nothing for a bin without valid dates (start after end included) or without tasks.
std::optional<PlanProgress> planProgress(const ProjectBin& bin, const std::vector<const Task*>& tasks, QDate asOf);

// ---- Engagement and recognition ----

// What earns points, and how many (pointsFor). A task done after its due date, or without one, earns nothing: the
// points reward keeping promises.
enum class Achievement
{
    TaskOnTime,        // a task done on or before its due date: its owner, on the day it was done
    ObjectiveMet,      // a weekly objective done by the end of its week: its owner, on the day it was done
    MilestoneOnTime,   // a charter phase reached on or before its end: the bin's owner, on the day it was reached
    SuccessCelebrated, // a done task celebrated in a weekly review: its owner, on the day it was celebrated
};
inline constexpr int AchievementCount = 4;
int pointsFor(Achievement kind);

struct Earned
{
    Id person = 0;
    QDate on;
    Achievement kind = Achievement::TaskOnTime;
    Id subject = 0; // the task, or the phase for a milestone
};
// Everything earned, by anyone, ever: what the points and the badges are counted from. Work without an owner earns
// nobody anything; a milestone goes to the owner of its bin (among `bins`).
std::vector<Earned> earnedFrom(const std::vector<const Task*>& tasks, const std::vector<const CharterPhase*>& phases,
                               const std::vector<const ProjectBin*>& bins);

// Badges, kept once earned: counted over everything up to a day.
enum class Badge
{
    Reliable,        // 10 tasks done on time
    ObjectiveKeeper, // 5 weekly objectives met
    MilestoneMaker,  // a milestone reached on time
    Celebrated,      // 3 successes celebrated
};
inline constexpr int BadgeCount = 4;
// How many achievements of the badge's kind earn it.
int badgeThreshold(Badge badge);
Achievement badgeAchievement(Badge badge);

struct PersonScore
{
    Id person = 0;
    int points = 0;                             // earned in the period
    std::array<int, AchievementCount> counts{}; // in the period, by kind
    QList<Badge> badges;                        // earned by the period's end, in Badge order
};
// Everyone who earned points in [from, to] or holds a badge by `to`, most points first (then most badges, then by
// id, so equal scores keep a stable order).
std::vector<PersonScore> scoresOf(const std::vector<Earned>& earned, QDate from, QDate to);

// A leaderboard line: a team, or one person.
struct Standing
{
    QString name;
    Id person = 0; // for a person's line
    int points = 0;
    int people = 0; // for a team: how many of its people scored
    int badges = 0;
};
// The teams (Person::team; people without a team under `noTeam`), most points first, then by name.
std::vector<Standing> teamStandings(const std::vector<PersonScore>& scores, const std::vector<Person>& people,
                                    const QString& noTeam);
// The people holding every role of `roles` (the ambassadors), most points first, then by name; those who scored
// nothing are listed too, with 0, so every ambassador is seen.
std::vector<Standing> personStandings(const std::vector<PersonScore>& scores, const std::vector<Person>& people,
                                      int roles);

} // namespace tiller::core
