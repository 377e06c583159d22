#include "tiller/core/Rhythm.h"

#include "KeyTable.h"

#include <QMap>
#include <QRegularExpression>

#include <algorithm>

namespace tiller::core {

namespace {

constexpr std::array<const char*, NotificationKindCount> notificationKeys{
    "due_soon", "overdue", "task_transferred", "blocker_raised", "change_decided", "round_opened", "round_closing"};

bool isOpen(const Task& t) { return t.status != TaskStatus::Done; }

} // namespace

QString toKey(NotificationKind kind) { return QLatin1String(notificationKeys.at(std::size_t(kind))); }

std::optional<NotificationKind> notificationKindFromKey(const QString& key)
{
    return detail::fromKey<NotificationKind>(notificationKeys, key);
}

QString weekKey(QDate date)
{
    int year = 0;
    const int week = date.weekNumber(&year);
    return QStringLiteral("%1-W%2").arg(year).arg(week, 2, 10, QLatin1Char('0'));
}

std::optional<QDate> weekMonday(const QString& key)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-W(\\d{2})$"));
    const auto m = pattern.match(key);
    if (!m.hasMatch()) {
        return std::nullopt;
    }
    const int year = m.captured(1).toInt();
    const int week = m.captured(2).toInt();
    // 4 January is always in week 1.
    const QDate jan4(year, 1, 4);
    const QDate monday = jan4.addDays(1 - jan4.dayOfWeek()).addDays(qint64(week - 1) * 7);
    if (week < 1 || weekKey(monday) != key) {
        return std::nullopt; // week 53 of a year that has 52
    }
    return monday;
}

QString weekAfter(const QString& key, int weeks)
{
    const auto monday = weekMonday(key);
    return monday ? weekKey(monday->addDays(qint64(weeks) * 7)) : QString();
}

WeeklyReview weeklyReview(const std::vector<Task>& tasks, const QString& week, const QDateTime& now)
{
    WeeklyReview r;
    r.week = week;
    const auto monday = weekMonday(week);
    if (!monday) {
        return r;
    }
    const QDate sunday = monday->addDays(6);
    const QString next = weekAfter(week);
    const QDate today = now.date();
    QMap<Id, PersonObjectives> byPerson;
    for (const Task& t : tasks) {
        const QDate done = t.completedAt.isValid() && t.status == TaskStatus::Done ? t.completedAt.date() : QDate();
        if (done.isValid() && done >= *monday && done <= sunday) {
            r.completed.append(t.id);
        }
        // Slipped: its deadline fell in the week (and has passed) and it was not done by then.
        if (t.due.isValid() && t.due >= *monday && t.due <= sunday && t.due < today &&
            (!done.isValid() || done > t.due)) {
            r.slipped.append(t.id);
        }
        if (t.status == TaskStatus::Blocked) {
            r.blocked.append(t.id);
        }
        if (t.objectiveWeek == week && t.ownerId != 0) {
            PersonObjectives& o = byPerson[t.ownerId];
            o.person = t.ownerId;
            if (done.isValid() && done <= sunday) {
                o.met.append(t.id);
            } else {
                o.missed.append(t.id);
            }
        }
        if (!next.isEmpty() && t.objectiveWeek == next) {
            r.nextWeek.append(t.id);
        }
    }
    for (const PersonObjectives& o : byPerson) {
        r.objectives.push_back(o);
    }
    return r;
}

QDate previousWorkingDay(QDate day)
{
    QDate d = day.addDays(-1);
    while (d.dayOfWeek() > 5) {
        d = d.addDays(-1);
    }
    return d;
}

std::vector<StandupLine> standup(const std::vector<Task>& tasks, QDate today)
{
    const QDate since = previousWorkingDay(today);
    const QString week = weekKey(today);
    QMap<Id, StandupLine> lines;
    for (const Task& t : tasks) {
        if (t.ownerId == 0) {
            continue;
        }
        StandupLine* line = nullptr;
        const auto at = [&]() -> StandupLine& {
            if (!line) {
                line = &lines[t.ownerId];
                line->person = t.ownerId;
            }
            return *line;
        };
        if (t.status == TaskStatus::Done) {
            if (t.completedAt.isValid() && t.completedAt.date() >= since && t.completedAt.date() < today) {
                at().yesterday.append(t.id);
            }
        } else if (t.status == TaskStatus::Blocked) {
            at().blockers.append(t.id);
        } else if (t.status == TaskStatus::Doing || (t.due.isValid() && t.due <= today) || t.objectiveWeek == week) {
            at().today.append(t.id);
        }
    }
    std::vector<StandupLine> out;
    for (const StandupLine& l : lines) {
        out.push_back(l);
    }
    return out;
}

std::vector<DeadlineNotice> deadlineNotices(const std::vector<Task>& tasks, QDate today, int dueSoonDays)
{
    std::vector<DeadlineNotice> out;
    for (const Task& t : tasks) {
        if (!isOpen(t) || t.ownerId == 0 || !t.due.isValid()) {
            continue;
        }
        const qint64 days = today.daysTo(t.due);
        if (days < 0) {
            out.push_back({t.ownerId, NotificationKind::Overdue, t.id, int(-days)});
        } else if (days < dueSoonDays + 1) {
            out.push_back({t.ownerId, NotificationKind::DueSoon, t.id, int(days)});
        }
    }
    return out;
}

} // namespace tiller::core
