#include "tiller/core/Engagement.h"

#include "tiller/core/Rhythm.h"

#include <QHash>
#include <algorithm>

namespace tiller::core {

namespace {

QDate doneOn(const Task& t)
{
    return t.status == TaskStatus::Done && t.completedAt.isValid() ? t.completedAt.date() : QDate();
}

// Most points first, then by name: a leaderboard's order.
void rank(std::vector<Standing>& lines)
{
    std::stable_sort(lines.begin(), lines.end(), [](const Standing& a, const Standing& b) {
        if (a.points != b.points) {
            return a.points > b.points;
        }
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
}

} // namespace

std::optional<double> MilestoneCount::rate() const
{
    if (judged() == 0) {
        return std::nullopt;
    }
    return double(onTime) / double(judged());
}

MilestoneCount milestonesDue(const std::vector<const CharterPhase*>& phases, QDate from, QDate to, QDate today)
{
    MilestoneCount c;
    for (const CharterPhase* p : phases) {
        if (!p->end.isValid() || p->end < from || p->end > to) {
            continue;
        }
        if (p->reachedOn.isValid()) {
            ++(p->reachedOn <= p->end ? c.onTime : c.late);
        } else {
            ++(p->end < today ? c.missed : c.upcoming);
        }
    }
    return c;
}

std::optional<PlanProgress> planProgress(const ProjectBin& bin, const std::vector<const Task*>& tasks, QDate asOf)
{
    if (!bin.start.isValid() || !bin.end.isValid() || bin.end < bin.start || tasks.empty()) {
        return std::nullopt;
    }
    const double days = double(bin.start.daysTo(bin.end) + 1);
    const double elapsed = double(bin.start.daysTo(asOf) + 1);
    double effort = 0;
    double done = 0;
    for (const Task* t : tasks) {
        const double weight = t->estimateDays > 0 ? t->estimateDays : 1.0;
        effort += weight;
        done += t->status == TaskStatus::Done ? weight : 0;
    }
    return PlanProgress{std::clamp(elapsed / days, 0.0, 1.0), done / effort};
}

int pointsFor(Achievement kind)
{
    switch (kind) {
    case Achievement::TaskOnTime:
        return 10;
    case Achievement::ObjectiveMet:
        return 5;
    case Achievement::MilestoneOnTime:
        return 20;
    case Achievement::SuccessCelebrated:
        return 15;
    }
    return 0;
}

std::vector<Earned> earnedFrom(const std::vector<const Task*>& tasks, const std::vector<const CharterPhase*>& phases,
                               const std::vector<const ProjectBin*>& bins)
{
    std::vector<Earned> out;
    for (const Task* t : tasks) {
        if (t->ownerId == 0) {
            continue;
        }
        const QDate done = doneOn(*t);
        if (done.isValid() && t->due.isValid() && done <= t->due) {
            out.push_back({t->ownerId, done, Achievement::TaskOnTime, t->id});
        }
        if (done.isValid() && !t->objectiveWeek.isEmpty()) {
            if (const auto monday = weekMonday(t->objectiveWeek); monday && done <= monday->addDays(6)) {
                out.push_back({t->ownerId, done, Achievement::ObjectiveMet, t->id});
            }
        }
        if (done.isValid() && t->celebratedOn.isValid()) {
            out.push_back({t->ownerId, t->celebratedOn, Achievement::SuccessCelebrated, t->id});
        }
    }
    QHash<Id, Id> owners;
    for (const ProjectBin* b : bins) {
        owners.insert(b->id, b->ownerId);
    }
    for (const CharterPhase* p : phases) {
        const Id owner = owners.value(p->binId);
        if (owner != 0 && p->reachedOn.isValid() && p->end.isValid() && p->reachedOn <= p->end) {
            out.push_back({owner, p->reachedOn, Achievement::MilestoneOnTime, p->id});
        }
    }
    return out;
}

Achievement badgeAchievement(Badge badge)
{
    switch (badge) {
    case Badge::Reliable:
        return Achievement::TaskOnTime;
    case Badge::ObjectiveKeeper:
        return Achievement::ObjectiveMet;
    case Badge::MilestoneMaker:
        return Achievement::MilestoneOnTime;
    case Badge::Celebrated:
        return Achievement::SuccessCelebrated;
    }
    return Achievement::TaskOnTime;
}

int badgeThreshold(Badge badge)
{
    switch (badge) {
    case Badge::Reliable:
        return 10;
    case Badge::ObjectiveKeeper:
        return 5;
    case Badge::MilestoneMaker:
        return 1;
    case Badge::Celebrated:
        return 3;
    }
    return 1;
}

std::vector<PersonScore> scoresOf(const std::vector<Earned>& earned, QDate from, QDate to)
{
    QHash<Id, std::size_t> index;
    std::vector<PersonScore> scores;
    std::vector<std::array<int, AchievementCount>> ever; // up to `to`, for the badges
    const auto of = [&](Id person) -> std::size_t {
        const auto it = index.constFind(person);
        if (it != index.cend()) {
            return *it;
        }
        index.insert(person, scores.size());
        scores.push_back(PersonScore{person, 0, {}, {}});
        ever.push_back({});
        return scores.size() - 1;
    };
    for (const Earned& e : earned) {
        if (!e.on.isValid() || e.on > to) {
            continue;
        }
        const std::size_t i = of(e.person);
        ++ever[i][std::size_t(e.kind)];
        if (e.on >= from) {
            scores[i].points += pointsFor(e.kind);
            ++scores[i].counts[std::size_t(e.kind)];
        }
    }
    for (std::size_t i = 0; i < scores.size(); ++i) {
        for (int b = 0; b < BadgeCount; ++b) {
            const Badge badge = Badge(b);
            if (ever[i][std::size_t(badgeAchievement(badge))] >= badgeThreshold(badge)) {
                scores[i].badges.append(badge);
            }
        }
    }
    std::erase_if(scores, [](const PersonScore& s) { return s.points == 0 && s.badges.isEmpty(); });
    std::sort(scores.begin(), scores.end(), [](const PersonScore& a, const PersonScore& b) {
        if (a.points != b.points) {
            return a.points > b.points;
        }
        if (a.badges.size() != b.badges.size()) {
            return a.badges.size() > b.badges.size();
        }
        return a.person < b.person;
    });
    return scores;
}

std::vector<Standing> teamStandings(const std::vector<PersonScore>& scores, const std::vector<Person>& people,
                                    const QString& noTeam)
{
    QHash<Id, QString> teamOf;
    for (const Person& p : people) {
        teamOf.insert(p.id, p.team.trimmed());
    }
    std::vector<Standing> lines;
    QHash<QString, std::size_t> index;
    for (const PersonScore& s : scores) {
        if (s.points == 0) {
            continue;
        }
        QString team = teamOf.value(s.person);
        if (team.isEmpty()) {
            team = noTeam;
        }
        auto it = index.constFind(team);
        if (it == index.cend()) {
            it = index.insert(team, lines.size());
            lines.push_back(Standing{team, 0, 0, 0, 0});
        }
        Standing& line = lines[*it];
        line.points += s.points;
        line.people += 1;
        line.badges += int(s.badges.size());
    }
    rank(lines);
    return lines;
}

std::vector<Standing> personStandings(const std::vector<PersonScore>& scores, const std::vector<Person>& people,
                                      int roles)
{
    QHash<Id, const PersonScore*> scoreOf;
    for (const PersonScore& s : scores) {
        scoreOf.insert(s.person, &s);
    }
    std::vector<Standing> lines;
    for (const Person& p : people) {
        if ((p.roles & roles) != roles) {
            continue;
        }
        const PersonScore* s = scoreOf.value(p.id);
        lines.push_back(Standing{p.name, p.id, s ? s->points : 0, 1, s ? int(s->badges.size()) : 0});
    }
    rank(lines);
    return lines;
}

} // namespace tiller::core
