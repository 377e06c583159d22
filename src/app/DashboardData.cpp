#include "tiller/app/DashboardData.h"

#include "tiller/app/Portfolio.h"
#include "tiller/app/StrategyCheck.h"
#include "tiller/core/Schedule.h"
#include "tiller/storage/KpiRepository.h"
#include "tiller/storage/VocRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <algorithm>

namespace tiller::app {

namespace {

bool inRange(QDate d, QDate from, QDate to)
{
    return d.isValid() && d >= from && d <= to;
}

DashboardData::Metric metricOver(storage::VocRepository& repo, core::VocMetric metric, QDate from, QDate to)
{
    DashboardData::Metric out;
    auto months = repo.monthly(from, to, core::toKey(metric));
    if (!months) {
        return out; // a storage failure leaves the metric empty; the dashboard shows "–"
    }
    for (const storage::VocMonth& m : *months) {
        out.months.push_back({m.month, core::metricValue(metric, m.counts)});
    }
    std::vector<double> values;
    for (const auto& m : out.months) {
        if (m.value) {
            values.push_back(*m.value);
        }
    }
    if (!values.empty()) {
        out.latest = values.back();
    }
    if (values.size() >= 2) {
        out.previous = values[values.size() - 2];
        out.trend = core::trendOf(*out.previous, *out.latest);
        out.improving = core::isImprovement(metric, *out.trend);
    }
    return out;
}

// NPS, CSAT and CES per journey stage over the period, in the order of the journeys and their stages.
void stagesOver(const Portfolio& p, storage::VocRepository& repo, QDate from, QDate to,
                std::vector<DashboardData::Stage>& out)
{
    QHash<core::Id, DashboardData::Stage> byId;
    for (int m = 0; m < core::VocMetricCount; ++m) {
        const auto metric = core::VocMetric(m);
        auto rows = repo.byStage(from, to, core::toKey(metric));
        if (!rows) {
            continue;
        }
        for (const storage::VocStage& r : *rows) {
            DashboardData::Stage& s = byId[r.stageId];
            s.stage = r.stageId;
            s.answers += r.counts.n;
            const auto value = core::metricValue(metric, r.counts);
            (metric == core::VocMetric::Nps ? s.nps : metric == core::VocMetric::Csat ? s.csat : s.ces) = value;
        }
    }
    QHash<core::Id, int> journeyOrder;
    for (const core::Journey& j : p.journeys()) {
        journeyOrder.insert(j.id, int(journeyOrder.size()));
    }
    std::vector<core::JourneyStage> stages = p.stages();
    std::stable_sort(stages.begin(), stages.end(), [&](const core::JourneyStage& a, const core::JourneyStage& b) {
        const int ja = journeyOrder.value(a.journeyId), jb = journeyOrder.value(b.journeyId);
        return ja != jb ? ja < jb : a.sortOrder < b.sortOrder;
    });
    for (const core::JourneyStage& st : stages) {
        auto it = byId.find(st.id);
        if (it != byId.end()) {
            it->name = st.name;
            out.push_back(*it);
            byId.erase(it);
        }
    }
    if (auto none = byId.find(0); none != byId.end()) {
        out.push_back(*none);
    }
}

void kpisUntil(const Portfolio& p, QDate to, DashboardData& d)
{
    storage::KpiRepository repo(p.database());
    auto readings = repo.readings(to.isValid() ? to : d.today);
    if (!readings) {
        return;
    }
    for (const storage::KpiReading& r : *readings) {
        DashboardData::Kpi k;
        k.id = r.id;
        k.name = r.name;
        k.unit = r.unit;
        k.direction = core::kpiDirectionFromKey(r.direction).value_or(core::KpiDirection::Up);
        k.target = r.target;
        if (r.latestOn.isValid()) {
            k.latest = r.latest;
            k.latestOn = r.latestOn;
        }
        if (r.previousOn.isValid()) {
            k.previous = r.previous;
            k.trend = core::trendOf(r.previous, r.latest);
            k.improving = core::isImprovement(k.direction, *k.trend);
        }
        if (k.target && k.latest) {
            k.met = core::targetMet(k.direction, *k.latest, *k.target);
            ++d.kpisWithTarget;
            d.kpisMet += *k.met ? 1 : 0;
        }
        d.kpis.push_back(std::move(k));
    }
}

template <typename T> std::vector<const T*> pointersTo(const std::vector<T>& items)
{
    std::vector<const T*> out;
    out.reserve(items.size());
    for (const T& i : items) {
        out.push_back(&i);
    }
    return out;
}

std::vector<const core::CharterPhase*> phasesOf(const Portfolio& p, const QSet<core::Id>& bins)
{
    std::vector<const core::CharterPhase*> out;
    for (const core::CharterPhase& ph : p.allPhases()) {
        if (bins.contains(ph.binId)) {
            out.push_back(&ph);
        }
    }
    return out;
}

// Milestones due in the period, and where the bins under way stand against their plan.
void deliveryAgainstPlan(const Portfolio& p, const std::vector<core::Task>& tasks, const QSet<core::Id>& bins,
                         DashboardData& d)
{
    const auto phases = phasesOf(p, bins);
    d.milestones = core::milestonesDue(phases, d.from, d.to, d.today);
    for (const core::CharterPhase* ph : phases) {
        if (inRange(ph->end, d.from, d.to)) {
            d.behind.milestones.append(ph->id);
        }
    }
    QHash<core::Id, std::vector<const core::Task*>> tasksOf;
    for (const core::Task& t : tasks) {
        tasksOf[t.binId].push_back(&t);
    }
    const QDate asOf = d.to.isValid() && d.to < d.today ? d.to : d.today;
    core::PlanProgress sum;
    for (const core::ProjectBin& b : p.bins()) {
        if (!bins.contains(b.id) || (b.status != core::BinStatus::InProgress && b.status != core::BinStatus::Blocked)) {
            continue;
        }
        if (const auto progress = core::planProgress(b, tasksOf.value(b.id), asOf)) {
            d.progress.push_back({b.id, b.code, b.name, *progress});
            sum.planned += progress->planned;
            sum.actual += progress->actual;
        }
    }
    std::stable_sort(d.progress.begin(), d.progress.end(), [](const auto& a, const auto& b) {
        return a.progress.gap() != b.progress.gap() ? a.progress.gap() < b.progress.gap() : a.code < b.code;
    });
    if (!d.progress.empty()) {
        const double n = double(d.progress.size());
        d.overallProgress = core::PlanProgress{sum.planned / n, sum.actual / n};
    }
}

void successesOf(const Portfolio& p, const std::vector<core::Task>& tasks, const QSet<core::Id>& bins, DashboardData& d)
{
    using Success = DashboardData::Success;
    QHash<core::Id, const core::ProjectBin*> binById;
    for (const core::ProjectBin& b : p.bins()) {
        binById.insert(b.id, &b);
    }
    const auto codeOf = [&](core::Id bin) {
        const core::ProjectBin* b = binById.value(bin);
        return b ? b->code : QString();
    };
    for (const core::Task& t : tasks) {
        if (t.status == core::TaskStatus::Done && inRange(t.celebratedOn, d.from, d.to)) {
            d.successes.push_back(
                {Success::Celebrated, t.celebratedOn, t.id, t.binId, t.ownerId, t.title, codeOf(t.binId)});
        }
    }
    for (const core::CharterPhase* ph : phasesOf(p, bins)) {
        if (inRange(ph->reachedOn, d.from, d.to) && ph->end.isValid() && ph->reachedOn <= ph->end) {
            const core::ProjectBin* b = binById.value(ph->binId);
            d.successes.push_back({Success::Milestone, ph->reachedOn, ph->id, ph->binId, b ? b->ownerId : 0, ph->name,
                                   codeOf(ph->binId)});
        }
    }
    for (const DashboardData::Delivery& del : d.delivered) {
        const core::ProjectBin* b = binById.value(del.bin);
        d.successes.push_back({Success::Delivered, del.on, del.bin, del.bin, b ? b->ownerId : 0, del.name, del.code});
    }
    std::stable_sort(d.successes.begin(), d.successes.end(),
                     [](const Success& a, const Success& b) { return a.on != b.on ? a.on > b.on : a.kind < b.kind; });
}

void engagementOf(const Portfolio& p, const std::vector<core::Task>& tasks, const QSet<core::Id>& bins,
                  DashboardData& d)
{
    d.engagement = true;
    std::vector<const core::ProjectBin*> shown;
    for (const core::ProjectBin& b : p.bins()) {
        if (bins.contains(b.id)) {
            shown.push_back(&b);
        }
    }
    const auto earned = core::earnedFrom(pointersTo(tasks), phasesOf(p, bins), shown);
    d.scores = core::scoresOf(earned, d.from, d.to);
    for (const core::Earned& e : earned) {
        if (inRange(e.on, d.from, d.to)) {
            d.earned.push_back(e);
        }
    }
    std::stable_sort(d.earned.begin(), d.earned.end(),
                     [](const core::Earned& a, const core::Earned& b) { return a.on < b.on; });
    d.teams =
        core::teamStandings(d.scores, p.people(), QCoreApplication::translate("tiller::app::DashboardData", "No team"));
    d.ambassadors = core::personStandings(d.scores, p.people(), core::PersonRole::Ambassador);
}

} // namespace

DashboardData DashboardData::compute(const Portfolio& p, QDate from, QDate to, core::Id domainId)
{
    DashboardData d;
    d.from = from;
    d.to = to;
    d.today = p.now().date();
    d.domainId = domainId;

    // ---- Delivery ----
    QSet<core::Id> binsShown;
    for (const core::ProjectBin& b : p.bins()) {
        if (domainId != 0 && b.domainId != domainId) {
            continue;
        }
        binsShown.insert(b.id);
        ++d.binCount;
        ++d.binsByStatus[std::size_t(b.status)];
        d.behind.binsByStatus[std::size_t(b.status)].append(b.id);
        const core::Horizon h = core::shownHorizon(b.start, b.horizon, d.today, p.horizonBounds());
        ++d.binsByHorizon[std::size_t(h)];
        d.behind.binsByHorizon[std::size_t(h)].append(b.id);
        if (b.status == core::BinStatus::Done && inRange(b.end, from, to)) {
            d.delivered.push_back({b.id, b.code, b.name, b.end, 0});
        }
    }
    for (Delivery& del : d.delivered) {
        del.initiatives = int(std::count_if(p.initiatives().begin(), p.initiatives().end(),
                                            [&](const core::Initiative& i) { return i.binId == del.bin; }));
    }
    std::sort(d.delivered.begin(), d.delivered.end(),
              [](const Delivery& a, const Delivery& b) { return a.on != b.on ? a.on < b.on : a.code < b.code; });
    std::vector<core::Task> tasks;
    for (const core::Task& t : p.tasks()) {
        if (domainId != 0 && !binsShown.contains(t.binId)) {
            continue;
        }
        tasks.push_back(t);
        if (t.status == core::TaskStatus::Blocked) {
            ++d.tasksBlocked;
            d.behind.tasksBlocked.append(t.id);
        }
        if (t.status != core::TaskStatus::Done && t.due.isValid() && t.due < d.today) {
            ++d.tasksOverdue;
            d.behind.tasksOverdue.append(t.id);
        }
        if (t.status == core::TaskStatus::Done && inRange(t.completedAt.date(), from, to)) {
            ++d.tasksDoneInPeriod;
            d.behind.tasksDone.append(t.id);
        }
    }
    d.onTimeRate = core::onTimeRate(tasks, from, to);
    d.throughput = core::throughputPerWeek(tasks, from, to);
    deliveryAgainstPlan(p, tasks, binsShown, d);
    successesOf(p, tasks, binsShown, d);
    if (p.program().engagement) {
        engagementOf(p, tasks, binsShown, d);
    }

    const StrategyCheck check(p);
    d.budget = check.budget(to.year());
    if (from.isValid() && to.isValid() && from <= to) {
        const int months = (to.year() - from.year()) * 12 + to.month() - from.month() + 1;
        QHash<core::Id, std::size_t> row;
        for (const core::Domain& dom : p.domains()) {
            if (domainId != 0 && dom.id != domainId) {
                continue;
            }
            row.insert(dom.id, d.load.size());
            d.load.push_back({dom.id, dom.name, 0, dom.capacityPersonDays});
        }
        for (const core::LoadCell& cell : check.load(from, months)) {
            auto it = row.constFind(cell.domain);
            if (it == row.constEnd()) {
                continue;
            }
            DomainLoad& l = d.load[*it];
            l.peakLoad = std::max(l.peakLoad, cell.load);
            if (cell.capacity > 0) {
                l.capacity = cell.capacity;
            }
        }
    }

    // ---- CX outcomes (aggregated by SQL) ----
    storage::VocRepository voc(p.database());
    for (int m = 0; m < core::VocMetricCount; ++m) {
        d.cx[std::size_t(m)] = metricOver(voc, core::VocMetric(m), from, to);
    }
    stagesOver(p, voc, from, to, d.stages);
    kpisUntil(p, to, d);

    // ---- Change board ----
    QHash<core::Id, QDate> submitted;
    for (const core::ChangeRequest& r : p.requests()) {
        if (domainId != 0 && r.domainId != domainId) {
            continue;
        }
        submitted.insert(r.id, r.submittedOn);
        if (inRange(r.submittedOn, from, to)) {
            ++d.requestsReceived;
        }
        if (inRange(r.qualifiedOn, from, to)) {
            ++d.requestsQualified;
        }
    }
    QList<qint64> lead;
    for (const core::BoardDecision& dec : p.decisions()) {
        auto it = submitted.constFind(dec.requestId);
        if (it == submitted.constEnd() || !inRange(dec.decidedOn, from, to)) {
            continue;
        }
        ++d.decided;
        ++d.decisionsByVerdict[std::size_t(dec.verdict)];
        d.behind.decisions.append(dec.id);
        if (it->isValid()) {
            lead.append(it->daysTo(dec.decidedOn));
        }
    }
    d.medianLeadDays = core::medianDays(lead);
    return d;
}

} // namespace tiller::app
