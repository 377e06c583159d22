// The weekly and daily rhythm of execution: weeks, the weekly review, the stand-up, deadline notices.
#pragma once

#include "tiller/core/Entities.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace tiller::core {

// ISO 8601 week of a date, as stored and shown: "2026-W48".
QString weekKey(QDate date);
// The Monday of a week key; nothing when the key is malformed.
std::optional<QDate> weekMonday(const QString& key);
// The key of the week after (or before, with a negative count).
QString weekAfter(const QString& key, int weeks = 1);

struct PersonObjectives
{
    Id person = 0;
    QList<Id> met;    // weekly objectives of the week, done by its end
    QList<Id> missed; // weekly objectives of the week, not done by its end
};

struct WeeklyReview
{
    QString week;
    QList<Id> completed; // done during the week: the successes to celebrate
    QList<Id> slipped;   // due during the week but not done by their deadline
    QList<Id> blocked;   // blocked now
    std::vector<PersonObjectives> objectives; // per person, by id
    QList<Id> nextWeek;  // objectives already set for the week after
};

// What the week `week` looked like, judged at `now` (a week still running counts what is done so far).
WeeklyReview weeklyReview(const std::vector<Task>& tasks, const QString& week, const QDateTime& now);

struct StandupLine
{
    Id person = 0;
    QList<Id> yesterday; // done since the previous working day
    QList<Id> today;     // under way, due by today, or this week's objectives still open
    QList<Id> blockers;  // blocked
};

// Each task owner's line for the daily stand-up on `today` (people with nothing to say are left out).
std::vector<StandupLine> standup(const std::vector<Task>& tasks, QDate today);
// The working day before `day` (Friday before a Monday).
QDate previousWorkingDay(QDate day);

enum class NotificationKind { DueSoon, Overdue, TaskTransferred, BlockerRaised, ChangeDecided, RoundOpened, RoundClosing };
inline constexpr int NotificationKindCount = 7;
QString toKey(NotificationKind kind);
std::optional<NotificationKind> notificationKindFromKey(const QString& key);

struct DeadlineNotice
{
    Id person = 0;
    NotificationKind kind = NotificationKind::DueSoon;
    Id task = 0;
    int days = 0; // due in so many days (due soon) or late by so many days (overdue)
};

// Open tasks with an owner: due within `dueSoonDays` days (today included), or overdue.
std::vector<DeadlineNotice> deadlineNotices(const std::vector<Task>& tasks, QDate today, int dueSoonDays);

} // namespace tiller::core
