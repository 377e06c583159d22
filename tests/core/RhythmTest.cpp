#include "TestSupport.h"
#include "tiller/core/Rhythm.h"

#include <catch2/catch.hpp>

using namespace tiller::core;

namespace {

Task task(Id id, Id owner, QDate due, TaskStatus status = TaskStatus::Todo, QDateTime completed = {},
          QString week = {})
{
    Task t;
    t.id = id;
    t.ownerId = owner;
    t.due = due;
    t.status = status;
    t.completedAt = completed;
    t.objectiveWeek = std::move(week);
    return t;
}

QDateTime at(int y, int m, int d, int h = 10) { return QDateTime(QDate(y, m, d), QTime(h, 0), Qt::UTC); }

} // namespace

TEST_CASE("weeks are ISO weeks - across year ends too")
{
    CHECK(weekKey({2026, 11, 25}) == QStringLiteral("2026-W48"));
    CHECK(weekKey({2027, 1, 1}) == QStringLiteral("2026-W53")); // a Friday: still 2026's last week
    CHECK(weekKey({2024, 12, 30}) == QStringLiteral("2025-W01"));
    CHECK(weekMonday(QStringLiteral("2026-W48")) == QDate(2026, 11, 23));
    CHECK(weekMonday(QStringLiteral("2025-W01")) == QDate(2024, 12, 30));
    CHECK(!weekMonday(QStringLiteral("2025-W53"))); // 2025 has 52 weeks
    CHECK(!weekMonday(QStringLiteral("2026-48")));
    CHECK(!weekMonday(QStringLiteral("2026-W00")));
    CHECK(weekAfter(QStringLiteral("2026-W53")) == QStringLiteral("2027-W01"));
    CHECK(weekAfter(QStringLiteral("2026-W01"), -1) == QStringLiteral("2025-W52"));
}

TEST_CASE("the weekly review counts successes - slips - blockers and each person's objectives")
{
    const QString week = QStringLiteral("2026-W48"); // 23–29 November
    const std::vector<Task> tasks{
        task(1, 7, {2026, 11, 24}, TaskStatus::Done, at(2026, 11, 24), week),  // done on time, an objective met
        task(2, 7, {2026, 11, 24}, TaskStatus::Done, at(2026, 11, 26)),        // done two days late: a slip and a success
        task(3, 8, {2026, 11, 25}, TaskStatus::Doing, {}, week),               // not done: a slip, an objective missed
        task(4, 8, {2026, 12, 2}, TaskStatus::Blocked),                        // blocked
        task(5, 8, {2026, 11, 10}, TaskStatus::Done, at(2026, 11, 20)),        // done the week before: not this week's
        task(6, 7, {}, TaskStatus::Todo, {}, QStringLiteral("2026-W49")),      // next week's objective
        task(7, 9, {2026, 11, 28}, TaskStatus::Todo),                          // due Saturday: not passed yet on Friday
    };
    const WeeklyReview r = weeklyReview(tasks, week, at(2026, 11, 27));
    CHECK(r.completed == QList<Id>{1, 2});
    CHECK(r.slipped == QList<Id>{2, 3});
    CHECK(r.blocked == QList<Id>{4});
    CHECK(r.nextWeek == QList<Id>{6});
    REQUIRE(r.objectives.size() == 2);
    CHECK(r.objectives[0].person == 7);
    CHECK(r.objectives[0].met == QList<Id>{1});
    CHECK(r.objectives[1].person == 8);
    CHECK(r.objectives[1].missed == QList<Id>{3});
    // Judged after the week, the Saturday deadline has passed too.
    CHECK(weeklyReview(tasks, week, at(2026, 11, 30)).slipped == QList<Id>{2, 3, 7});
    CHECK(weeklyReview(tasks, QStringLiteral("nonsense"), at(2026, 11, 30)).completed.isEmpty());
}

TEST_CASE("the stand-up gives each person yesterday - today and blockers")
{
    const QDate monday(2026, 11, 30);
    CHECK(previousWorkingDay(monday) == QDate(2026, 11, 27));
    const std::vector<Task> tasks{
        task(1, 7, {}, TaskStatus::Done, at(2026, 11, 27)),                    // done Friday: Monday's "yesterday"
        task(2, 7, {}, TaskStatus::Done, at(2026, 11, 20)),                    // long done: not mentioned
        task(3, 7, {}, TaskStatus::Doing),                                     // under way
        task(4, 8, {2026, 11, 30}, TaskStatus::Todo),                          // due today
        task(5, 8, {2026, 12, 15}, TaskStatus::Todo, {}, QStringLiteral("2026-W49")), // this week's objective
        task(6, 8, {2026, 12, 15}, TaskStatus::Todo),                          // later: not today
        task(7, 9, {}, TaskStatus::Blocked),
        task(8, 0, {2026, 11, 30}, TaskStatus::Todo),                          // nobody's
    };
    const auto lines = standup(tasks, monday);
    REQUIRE(lines.size() == 3);
    CHECK(lines[0].person == 7);
    CHECK(lines[0].yesterday == QList<Id>{1});
    CHECK(lines[0].today == QList<Id>{3});
    CHECK(lines[1].today == QList<Id>{4, 5});
    CHECK(lines[2].blockers == QList<Id>{7});
}

TEST_CASE("deadline notices warn owners of open tasks due soon or overdue")
{
    const QDate today(2026, 11, 25);
    const std::vector<Task> tasks{
        task(1, 7, {2026, 11, 27}),                      // in 2 days: due soon
        task(2, 7, {2026, 11, 28}),                      // in 3 days: not yet
        task(3, 7, {2026, 11, 20}, TaskStatus::Doing),   // 5 days late
        task(4, 7, {2026, 11, 20}, TaskStatus::Done),    // done: nothing
        task(5, 0, {2026, 11, 25}),                      // nobody to tell
        task(6, 8, {2026, 11, 25}, TaskStatus::Blocked), // due today: due soon
    };
    const auto notices = deadlineNotices(tasks, today, 2);
    REQUIRE(notices.size() == 3);
    CHECK(notices[0].task == 1);
    CHECK(notices[0].kind == NotificationKind::DueSoon);
    CHECK(notices[0].days == 2);
    CHECK(notices[1].task == 3);
    CHECK(notices[1].kind == NotificationKind::Overdue);
    CHECK(notices[1].days == 5);
    CHECK(notices[2].task == 6);
    CHECK(deadlineNotices(tasks, today, 3).size() == 4);
    CHECK(notificationKindFromKey(toKey(NotificationKind::RoundClosing)) == NotificationKind::RoundClosing);
    CHECK(!notificationKindFromKey(QStringLiteral("party")));
}
