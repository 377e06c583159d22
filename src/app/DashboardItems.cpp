#include "tiller/app/DashboardItems.h"

#include "tiller/app/Portfolio.h"
#include "tiller/app/Text.h"
#include "tiller/core/Rhythm.h"
#include "tiller/storage/VocRepository.h"

#include <QHash>
#include <QLocale>
#include <cmath>

namespace tiller::app {

namespace {

QString day(QDate d)
{
    return d.isValid() ? QLocale().toString(d, QLocale::ShortFormat) : QString();
}

QString ownerName(const Portfolio& p, core::Id person)
{
    const core::Person* who = p.person(person);
    return who ? who->name : DashboardItems::tr("nobody");
}

DashboardItem binItem(const Portfolio& p, const core::ProjectBin& b)
{
    QString detail = Text::binStatus(b.status) + QStringLiteral(" · ") + ownerName(p, b.ownerId);
    if (b.start.isValid() && b.end.isValid()) {
        detail += QStringLiteral(" · ") + DashboardItems::tr("%1 to %2").arg(day(b.start), day(b.end));
    }
    return {DashboardItem::Bin, b.id, b.code, b.name, detail};
}

DashboardItem taskItem(const Portfolio& p, const core::Task& t, const QString& detail)
{
    const core::ProjectBin* b = p.bin(t.binId);
    return {DashboardItem::Task, t.id, b ? b->code : QString(), t.title,
            detail + QStringLiteral(" · ") + ownerName(p, t.ownerId)};
}

QString doneDetail(const core::Task& t)
{
    const QDate done = t.completedAt.date();
    if (!t.due.isValid()) {
        return DashboardItems::tr("done %1, no due date").arg(day(done));
    }
    return done <= t.due ? DashboardItems::tr("done %1, due %2: on time").arg(day(done), day(t.due))
                         : DashboardItems::tr("done %1, due %2: late").arg(day(done), day(t.due));
}

QString milestoneDetail(const core::CharterPhase& ph, QDate today)
{
    if (ph.reachedOn.isValid()) {
        return ph.reachedOn <= ph.end
                   ? DashboardItems::tr("due %1, reached %2: on time").arg(day(ph.end), day(ph.reachedOn))
                   : DashboardItems::tr("due %1, reached %2: late").arg(day(ph.end), day(ph.reachedOn));
    }
    return ph.end < today ? DashboardItems::tr("due %1, not reached").arg(day(ph.end))
                          : DashboardItems::tr("due %1, still to come").arg(day(ph.end));
}

QString percent(double share)
{
    return QLocale().toString(share * 100, 'f', 0) + QStringLiteral("%");
}

// The first and last day of the period's month number `index`, within the period.
std::pair<QDate, QDate> monthOf(const DashboardData& d, qint64 index)
{
    const QDate first = QDate(d.from.year(), d.from.month(), 1).addMonths(int(index));
    return {std::max(first, d.from), std::min(first.addMonths(1).addDays(-1), d.to)};
}

QString stageName(const Portfolio& p, core::Id stage)
{
    for (const core::JourneyStage& s : p.stages()) {
        if (s.id == stage) {
            return s.name;
        }
    }
    return DashboardItems::tr("no stage");
}

void voices(const Portfolio& p, QDate from, QDate to, std::optional<core::Id> stage, std::vector<DashboardItem>& out)
{
    storage::VocRepository repo(p.database());
    const auto records = repo.verbatims(from, to, stage, DashboardItems::VoicesShown);
    if (!records) {
        return;
    }
    for (const storage::VocRecord& r : *records) {
        const QString score = QLocale().toString(r.score, 'f', r.score == std::round(r.score) ? 0 : 1);
        out.push_back({DashboardItem::Nothing, 0, r.channel, r.verbatim,
                       DashboardItems::tr("%1 %2 on %3 · %4")
                           .arg(r.metric.toUpper(), score, day(r.recordedOn), stageName(p, r.stageId))});
    }
}

} // namespace

QString DashboardItems::achievement(core::Achievement kind)
{
    switch (kind) {
    case core::Achievement::TaskOnTime:
        return tr("Task done on time");
    case core::Achievement::ObjectiveMet:
        return tr("Weekly objective met");
    case core::Achievement::MilestoneOnTime:
        return tr("Milestone reached on time");
    case core::Achievement::SuccessCelebrated:
        return tr("Success celebrated");
    }
    return {};
}

QString DashboardItems::badge(core::Badge badge)
{
    switch (badge) {
    case core::Badge::Reliable:
        return tr("Reliable");
    case core::Badge::ObjectiveKeeper:
        return tr("Objective keeper");
    case core::Badge::MilestoneMaker:
        return tr("Milestone maker");
    case core::Badge::Celebrated:
        return tr("Celebrated");
    }
    return {};
}

QString DashboardItems::badgeRule(core::Badge badge)
{
    const int n = core::badgeThreshold(badge);
    switch (badge) {
    case core::Badge::Reliable:
        return tr("%1 tasks done on time").arg(n);
    case core::Badge::ObjectiveKeeper:
        return tr("%1 weekly objectives met").arg(n);
    case core::Badge::MilestoneMaker:
        return tr("a milestone reached on time");
    case core::Badge::Celebrated:
        return tr("%1 successes celebrated").arg(n);
    }
    return {};
}

QString DashboardItems::title(const Portfolio& p, const DashboardData& d, DashboardFigure figure, qint64 key)
{
    switch (figure) {
    case DashboardFigure::BinsByStatus:
        return tr("Project bins: %1").arg(Text::binStatus(core::BinStatus(key)));
    case DashboardFigure::BinsByHorizon:
        return tr("Project bins: %1").arg(Text::horizon(core::Horizon(key)));
    case DashboardFigure::TasksDone:
        return tr("Tasks done in the period");
    case DashboardFigure::TasksOverdue:
        return tr("Overdue tasks");
    case DashboardFigure::TasksBlocked:
        return tr("Blocked tasks");
    case DashboardFigure::Throughput:
        return key >= 0 && std::size_t(key) < d.throughput.size()
                   ? tr("Tasks done in week %1").arg(d.throughput[std::size_t(key)].first)
                   : tr("Tasks done");
    case DashboardFigure::DomainLoad: {
        const core::Domain* dom = p.domain(key);
        return tr("Work planned or under way in %1").arg(dom ? dom->name : QString());
    }
    case DashboardFigure::Milestones:
        return tr("Milestones due in the period");
    case DashboardFigure::Progress:
        return tr("Project bins under way against their plan");
    case DashboardFigure::Decisions:
        return tr("Decisions of the change board");
    case DashboardFigure::Successes:
        return tr("Successes of the period");
    case DashboardFigure::Earned: {
        const core::Person* who = p.person(key);
        return tr("Points of %1").arg(who ? who->name : QString());
    }
    case DashboardFigure::StageVoices:
        return tr("What customers said at “%1” (the latest answers with a comment)").arg(stageName(p, key));
    case DashboardFigure::MonthVoices:
        return tr("What customers said in %1 (the latest answers with a comment)")
            .arg(QLocale().toString(monthOf(d, key).first, QStringLiteral("MMMM yyyy")));
    }
    return {};
}

std::vector<DashboardItem> DashboardItems::of(const Portfolio& p, const DashboardData& d, DashboardFigure figure,
                                              qint64 key)
{
    std::vector<DashboardItem> out;
    const auto bins = [&](const QList<core::Id>& ids) {
        for (const core::Id id : ids) {
            if (const core::ProjectBin* b = p.bin(id)) {
                out.push_back(binItem(p, *b));
            }
        }
    };
    const auto tasks = [&](const QList<core::Id>& ids, const auto& detail) {
        for (const core::Id id : ids) {
            if (const core::Task* t = p.task(id)) {
                out.push_back(taskItem(p, *t, detail(*t)));
            }
        }
    };
    QHash<core::Id, const core::CharterPhase*> phases;
    if (figure == DashboardFigure::Milestones || figure == DashboardFigure::Earned) {
        for (const core::CharterPhase& ph : p.allPhases()) {
            phases.insert(ph.id, &ph);
        }
    }
    const auto phaseItem = [&](const core::CharterPhase& ph, const QString& detail) {
        const core::ProjectBin* b = p.bin(ph.binId);
        out.push_back({DashboardItem::Bin, ph.binId, b ? b->code : QString(), ph.name, detail});
    };

    switch (figure) {
    case DashboardFigure::BinsByStatus:
        if (key >= 0 && key < core::BinStatusCount) {
            bins(d.behind.binsByStatus[std::size_t(key)]);
        }
        break;
    case DashboardFigure::BinsByHorizon:
        if (key >= 0 && key < qint64(d.behind.binsByHorizon.size())) {
            bins(d.behind.binsByHorizon[std::size_t(key)]);
        }
        break;
    case DashboardFigure::TasksDone:
        tasks(d.behind.tasksDone, doneDetail);
        break;
    case DashboardFigure::TasksOverdue:
        tasks(d.behind.tasksOverdue, [](const core::Task& t) { return tr("due %1").arg(day(t.due)); });
        break;
    case DashboardFigure::TasksBlocked:
        tasks(d.behind.tasksBlocked, [](const core::Task& t) {
            return t.blockedReason.isEmpty() ? tr("blocked") : tr("blocked: %1").arg(t.blockedReason);
        });
        break;
    case DashboardFigure::Throughput:
        if (key >= 0 && std::size_t(key) < d.throughput.size()) {
            const QString week = d.throughput[std::size_t(key)].first;
            QList<core::Id> ids;
            for (const core::Id id : d.behind.tasksDone) {
                const core::Task* t = p.task(id);
                if (t && core::weekKey(t->completedAt.date()) == week) {
                    ids.append(id);
                }
            }
            tasks(ids, doneDetail);
        }
        break;
    case DashboardFigure::DomainLoad:
        for (const auto& list : d.behind.binsByStatus) {
            for (const core::Id id : list) {
                const core::ProjectBin* b = p.bin(id);
                if (b && b->domainId == key &&
                    (b->status == core::BinStatus::Planned || b->status == core::BinStatus::InProgress ||
                     b->status == core::BinStatus::Blocked)) {
                    out.push_back(binItem(p, *b));
                }
            }
        }
        break;
    case DashboardFigure::Milestones:
        for (const core::Id id : d.behind.milestones) {
            if (const core::CharterPhase* ph = phases.value(id)) {
                phaseItem(*ph, milestoneDetail(*ph, d.today));
            }
        }
        break;
    case DashboardFigure::Progress:
        for (const auto& bp : d.progress) {
            out.push_back(
                {DashboardItem::Bin, bp.bin, bp.code, bp.name,
                 tr("%1 done, %2 of the time gone").arg(percent(bp.progress.actual), percent(bp.progress.planned))});
        }
        break;
    case DashboardFigure::Decisions:
        for (const core::Id id : d.behind.decisions) {
            const auto it = std::find_if(p.decisions().begin(), p.decisions().end(),
                                         [id](const core::BoardDecision& dec) { return dec.id == id; });
            const core::ChangeRequest* r = it != p.decisions().end() ? p.request(it->requestId) : nullptr;
            if (r) {
                out.push_back({DashboardItem::Request, r->id, r->code, r->title,
                               tr("%1 on %2").arg(Text::verdict(it->verdict), day(it->decidedOn))});
            }
        }
        break;
    case DashboardFigure::Successes:
        for (const DashboardData::Success& s : d.successes) {
            const QString who = ownerName(p, s.person);
            switch (s.kind) {
            case DashboardData::Success::Celebrated:
                out.push_back(
                    {DashboardItem::Task, s.subject, s.binCode, s.title, tr("celebrated %1 · %2").arg(day(s.on), who)});
                break;
            case DashboardData::Success::Milestone:
                out.push_back({DashboardItem::Bin, s.bin, s.binCode, s.title,
                               tr("milestone reached %1 · %2").arg(day(s.on), who)});
                break;
            case DashboardData::Success::Delivered:
                out.push_back(
                    {DashboardItem::Bin, s.subject, s.binCode, s.title, tr("delivered %1 · %2").arg(day(s.on), who)});
                break;
            }
        }
        break;
    case DashboardFigure::StageVoices:
        voices(p, d.from, d.to, key, out);
        break;
    case DashboardFigure::MonthVoices: {
        const auto [first, last] = monthOf(d, key);
        voices(p, first, last, std::nullopt, out);
        break;
    }
    case DashboardFigure::Earned:
        for (const core::Earned& e : d.earned) {
            if (e.person != key) {
                continue;
            }
            const QString detail =
                tr("%1 · %2 · %n point(s)", nullptr, core::pointsFor(e.kind)).arg(achievement(e.kind), day(e.on));
            if (e.kind == core::Achievement::MilestoneOnTime) {
                if (const core::CharterPhase* ph = phases.value(e.subject)) {
                    phaseItem(*ph, detail);
                }
            } else if (const core::Task* t = p.task(e.subject)) {
                const core::ProjectBin* b = p.bin(t->binId);
                out.push_back({DashboardItem::Task, t->id, b ? b->code : QString(), t->title, detail});
            }
        }
        break;
    }
    return out;
}

} // namespace tiller::app
