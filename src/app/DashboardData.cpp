#include "tiller/app/DashboardData.h"

#include "tiller/app/Portfolio.h"
#include "tiller/app/StrategyCheck.h"
#include "tiller/core/Schedule.h"
#include "tiller/storage/KpiRepository.h"
#include "tiller/storage/VocRepository.h"

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
        const core::Horizon h = core::shownHorizon(b.start, b.horizon, d.today, p.horizonBounds());
        ++d.binsByHorizon[std::size_t(h)];
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
        }
        if (t.status != core::TaskStatus::Done && t.due.isValid() && t.due < d.today) {
            ++d.tasksOverdue;
        }
        if (t.status == core::TaskStatus::Done && inRange(t.completedAt.date(), from, to)) {
            ++d.tasksDoneInPeriod;
        }
    }
    d.onTimeRate = core::onTimeRate(tasks, from, to);
    d.throughput = core::throughputPerWeek(tasks, from, to);

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
        if (it->isValid()) {
            lead.append(it->daysTo(dec.decidedOn));
        }
    }
    d.medianLeadDays = core::medianDays(lead);
    return d;
}

} // namespace tiller::app
