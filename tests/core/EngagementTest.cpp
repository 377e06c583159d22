#include "tiller/core/Engagement.h"

#include <catch2/catch.hpp>

using namespace tiller::core;

namespace {

const QDate Today(2026, 11, 20);

CharterPhase phase(Id id, Id bin, QDate end, QDate reached = {})
{
    CharterPhase p;
    p.id = id;
    p.binId = bin;
    p.name = QStringLiteral("Phase %1").arg(id);
    p.start = end.addDays(-30);
    p.end = end;
    p.reachedOn = reached;
    return p;
}

// A task owned by `owner`, done at 10:00 on `done` (invalid: open), due on `due` (invalid: none).
Task task(Id id, Id owner, QDate done, QDate due = {})
{
    Task t;
    t.id = id;
    t.binId = 1;
    t.ownerId = owner;
    t.due = due;
    t.estimateDays = 1;
    if (done.isValid()) {
        t.status = TaskStatus::Done;
        t.completedAt = QDateTime(done, QTime(10, 0), Qt::UTC);
    }
    return t;
}

template <typename T> std::vector<const T*> pointers(const std::vector<T>& items)
{
    std::vector<const T*> out;
    for (const T& i : items) {
        out.push_back(&i);
    }
    return out;
}

Person person(Id id, const QString& name, const QString& team, int roles = 0)
{
    Person p;
    p.id = id;
    p.name = name;
    p.team = team;
    p.roles = roles;
    return p;
}

} // namespace

TEST_CASE("Milestones due in a period are judged on time, late, missed or upcoming", "[engagement]")
{
    const std::vector<CharterPhase> phases{
        phase(1, 1, QDate(2026, 11, 2), QDate(2026, 10, 30)), // on time (early)
        phase(2, 1, QDate(2026, 11, 5), QDate(2026, 11, 5)),  // on time (the very day)
        phase(3, 1, QDate(2026, 11, 9), QDate(2026, 11, 12)), // late
        phase(4, 2, QDate(2026, 11, 15)),                     // missed: past, not reached
        phase(5, 2, QDate(2026, 11, 28)),                     // upcoming
        phase(6, 2, QDate(2026, 10, 31), QDate(2026, 11, 3)), // before the period: not counted
        phase(7, 2, QDate()),                                 // no end: not a milestone
    };
    const MilestoneCount c = milestonesDue(pointers(phases), QDate(2026, 11, 1), QDate(2026, 11, 30), Today);
    CHECK(c.onTime == 2);
    CHECK(c.late == 1);
    CHECK(c.missed == 1);
    CHECK(c.upcoming == 1);
    REQUIRE(c.rate());
    CHECK(*c.rate() == Approx(0.5)); // 2 of the 4 judged
    CHECK_FALSE(milestonesDue(pointers(phases), QDate(2026, 12, 1), QDate(2026, 12, 31), Today).rate());
}

TEST_CASE("Progress against plan compares the time elapsed with the effort done", "[engagement]")
{
    ProjectBin bin;
    bin.id = 1;
    bin.start = QDate(2026, 11, 1);
    bin.end = QDate(2026, 11, 10); // ten days
    std::vector<Task> tasks{task(1, 1, QDate(2026, 11, 3)), task(2, 1, {}), task(3, 1, {})};
    tasks[1].estimateDays = 0; // counts one day
    tasks[2].estimateDays = 2;
    const auto p = planProgress(bin, pointers(tasks), QDate(2026, 11, 5));
    REQUIRE(p);
    CHECK(p->planned == Approx(0.5)); // day 5 of 10
    CHECK(p->actual == Approx(0.25)); // 1 day done of 4
    CHECK(p->gap() == Approx(-0.25)); // behind plan
    CHECK(planProgress(bin, pointers(tasks), QDate(2026, 10, 1))->planned == 0);
    CHECK(planProgress(bin, pointers(tasks), QDate(2027, 1, 1))->planned == 1);
    CHECK_FALSE(planProgress(bin, {}, Today));
    bin.end = bin.start.addDays(-1);
    CHECK_FALSE(planProgress(bin, pointers(tasks), Today));
}

TEST_CASE("Points reward tasks on time, objectives met, milestones on time and successes celebrated", "[engagement]")
{
    std::vector<Task> tasks{
        task(1, 7, QDate(2026, 11, 3), QDate(2026, 11, 4)), // on time: 10
        task(2, 7, QDate(2026, 11, 6), QDate(2026, 11, 4)), // late: nothing
        task(3, 8, QDate(2026, 11, 6)),                     // no due date; objective of its week, met: 5
        task(4, 8, QDate(2026, 11, 17)),                    // objective of week 45, done in week 47: nothing
        task(5, 0, QDate(2026, 11, 3), QDate(2026, 11, 4)), // nobody's: nothing
        task(6, 7, {}, QDate(2026, 11, 30)),                // open
    };
    tasks[2].objectiveWeek = QStringLiteral("2026-W45"); // 2–8 November
    tasks[3].objectiveWeek = QStringLiteral("2026-W45");
    tasks[1].celebratedOn = QDate(2026, 11, 13); // celebrated all the same: 15
    ProjectBin bin;
    bin.id = 1;
    bin.ownerId = 8;
    const std::vector<ProjectBin> bins{bin};
    const std::vector<CharterPhase> phases{phase(1, 1, QDate(2026, 11, 10), QDate(2026, 11, 9)), // 20 to 8
                                           phase(2, 1, QDate(2026, 11, 12), QDate(2026, 11, 14))};
    const auto earned = earnedFrom(pointers(tasks), pointers(phases), pointers(bins));
    CHECK(earned.size() == 4);

    const auto scores = scoresOf(earned, QDate(2026, 11, 1), QDate(2026, 11, 30));
    REQUIRE(scores.size() == 2);
    // Equal points: the one holding a badge leads.
    CHECK(scores[0].person == 8); // 5 + 20
    CHECK(scores[0].points == 25);
    CHECK(scores[0].badges == QList<Badge>{Badge::MilestoneMaker});
    CHECK(scores[1].person == 7); // 10 + 15
    CHECK(scores[1].points == 25);
    CHECK(scores[1].counts[std::size_t(Achievement::TaskOnTime)] == 1);
    CHECK(scores[1].counts[std::size_t(Achievement::SuccessCelebrated)] == 1);
    CHECK(scores[1].badges.isEmpty());

    // Only what was earned in the period counts: the celebration of 13 November falls outside 1–10 November.
    const auto early = scoresOf(earned, QDate(2026, 11, 1), QDate(2026, 11, 10));
    REQUIRE(early.size() == 2);
    CHECK(early[0].person == 8);
    CHECK(early[0].points == 25);
    CHECK(early[1].points == 10);
}

TEST_CASE("Badges are earned at their thresholds and kept after the period", "[engagement]")
{
    std::vector<Task> tasks;
    for (int i = 1; i <= 10; ++i) {
        const QDate day = QDate(2026, 9, 1).addDays(i);
        tasks.push_back(task(i, 3, day, day));
    }
    auto earned = earnedFrom(pointers(tasks), {}, {});
    CHECK(scoresOf(earned, QDate(2026, 9, 1), QDate(2026, 9, 10)).front().badges.isEmpty()); // 9 so far
    const auto later = scoresOf(earned, QDate(2026, 11, 1), QDate(2026, 11, 30));
    REQUIRE(later.size() == 1); // no points in November, but a badge held
    CHECK(later[0].points == 0);
    CHECK(later[0].badges == QList<Badge>{Badge::Reliable});
}

TEST_CASE("Leaderboards rank teams and ambassadors by points", "[engagement]")
{
    const std::vector<Person> people{
        person(1, QStringLiteral("Ana"), QStringLiteral("Care"), PersonRole::Ambassador),
        person(2, QStringLiteral("Bo"), QStringLiteral("Care")),
        person(3, QStringLiteral("Cy"), QStringLiteral("Digital"), PersonRole::Ambassador | PersonRole::Stakeholder),
        person(4, QStringLiteral("Di"), QString(), PersonRole::Ambassador),
        person(5, QStringLiteral("Ed"), QStringLiteral("  "))};
    std::vector<PersonScore> scores{{1, 10, {}, {}}, {2, 25, {}, {Badge::Reliable}}, {3, 30, {}, {}}, {5, 5, {}, {}}};
    const auto teams = teamStandings(scores, people, QStringLiteral("(none)"));
    REQUIRE(teams.size() == 3);
    CHECK(teams[0].name == QStringLiteral("Care"));
    CHECK(teams[0].points == 35);
    CHECK(teams[0].people == 2);
    CHECK(teams[0].badges == 1);
    CHECK(teams[1].name == QStringLiteral("Digital"));
    CHECK(teams[2].name == QStringLiteral("(none)"));
    CHECK(teams[2].points == 5);

    const auto ambassadors = personStandings(scores, people, PersonRole::Ambassador);
    REQUIRE(ambassadors.size() == 3);
    CHECK(ambassadors[0].name == QStringLiteral("Cy"));
    CHECK(ambassadors[1].name == QStringLiteral("Ana"));
    CHECK(ambassadors[2].name == QStringLiteral("Di")); // no points, still listed
    CHECK(ambassadors[2].points == 0);
}
