#include "tiller/core/Governance.h"

#include <QSet>
#include <algorithm>

namespace tiller::core {

// ---- RACI ----

RaciItem raciItemOf(const RaciAssignment& a)
{
    return {a.binId, a.binId != 0 ? 0 : a.initiativeId};
}

int raciCell(const std::vector<RaciAssignment>& assignments, RaciItem item, Id personId)
{
    int cell = 0;
    for (const RaciAssignment& a : assignments) {
        if (a.personId == personId && raciItemOf(a) == item) {
            cell |= roleFlag(a.role);
        }
    }
    return cell;
}

bool RaciReport::overloaded(Id personId) const
{
    return std::any_of(overloads.begin(), overloads.end(),
                       [=](const RaciOverload& o) { return o.personId == personId; });
}

std::vector<RaciFinding> RaciReport::gapsOf(RaciItem item) const
{
    std::vector<RaciFinding> out;
    std::copy_if(gaps.begin(), gaps.end(), std::back_inserter(out),
                 [&](const RaciFinding& f) { return f.item == item; });
    return out;
}

RaciReport analyseRaci(const std::vector<RaciItem>& items, const std::vector<RaciAssignment>& assignments, int limit)
{
    // Index the assignments by item once: the matrix of a large program has tens of thousands of rows.
    QHash<Id, std::vector<const RaciAssignment*>> byBin;
    QHash<Id, std::vector<const RaciAssignment*>> byInitiative;
    for (const RaciAssignment& a : assignments) {
        const RaciItem item = raciItemOf(a);
        (item.isBin() ? byBin[item.binId] : byInitiative[item.initiativeId]).push_back(&a);
    }
    RaciReport report;
    QHash<Id, int> accountable;
    for (const RaciItem& item : items) {
        const auto& rows = item.isBin() ? byBin.value(item.binId) : byInitiative.value(item.initiativeId);
        QList<Id> accountablePeople;
        bool responsible = false;
        for (const RaciAssignment* a : rows) {
            if (a->role == RaciRole::Accountable && !accountablePeople.contains(a->personId)) {
                accountablePeople.append(a->personId);
            }
            responsible = responsible || a->role == RaciRole::Responsible;
        }
        std::sort(accountablePeople.begin(), accountablePeople.end());
        for (Id p : accountablePeople) {
            ++accountable[p];
        }
        if (accountablePeople.isEmpty()) {
            report.gaps.push_back({item, RaciGap::NoAccountable, {}});
        } else if (accountablePeople.size() > 1) {
            report.gaps.push_back({item, RaciGap::SeveralAccountable, accountablePeople});
        }
        if (!responsible) {
            report.gaps.push_back({item, RaciGap::NoResponsible, {}});
        }
    }
    for (auto it = accountable.cbegin(); it != accountable.cend(); ++it) {
        if (it.value() > limit) {
            report.overloads.push_back({it.key(), it.value()});
        }
    }
    report.accountable = std::move(accountable);
    std::sort(report.overloads.begin(), report.overloads.end(), [](const RaciOverload& a, const RaciOverload& b) {
        return a.accountable != b.accountable ? a.accountable > b.accountable : a.personId < b.personId;
    });
    return report;
}

// ---- Traceability ----

namespace {

void appendOnce(QList<Id>& list, Id id)
{
    if (id != 0 && !list.contains(id)) {
        list.append(id);
    }
}

void bySeverity(QList<Id>& pains, const std::vector<PainPoint>& all)
{
    QHash<Id, int> severity;
    for (const PainPoint& p : all) {
        severity.insert(p.id, p.severity);
    }
    std::stable_sort(pains.begin(), pains.end(), [&](Id a, Id b) { return severity.value(a) > severity.value(b); });
}

} // namespace

PainTrace tracePain(Id painPointId, const TraceInputs& in)
{
    PainTrace out;
    Id stageId = 0;
    for (const PainPoint& p : *in.painPoints) {
        if (p.id == painPointId) {
            stageId = p.stageId;
        }
    }
    if (stageId == 0) {
        return out;
    }
    QSet<Id> bins;
    for (const Initiative& i : *in.initiatives) {
        if (i.painPoints.contains(painPointId)) {
            out.initiatives.append(i.id);
            appendOnce(out.bins, i.binId);
        }
    }
    bins = QSet<Id>(out.bins.begin(), out.bins.end());
    if (in.tasks) {
        for (const Task& t : *in.tasks) {
            if (bins.contains(t.binId)) {
                out.tasks.append(t.id);
            }
        }
    }
    for (const KpiStage& k : in.kpis) {
        if (k.stageId == stageId) {
            appendOnce(out.kpis, k.kpiId);
        }
    }
    if (in.requests) {
        for (const ChangeRequest& r : *in.requests) {
            if (r.painPoints.contains(painPointId)) {
                out.requests.append(r.id);
            }
        }
    }
    return out;
}

QList<Id> painsOf(const Initiative& initiative, const std::vector<PainPoint>& painPoints)
{
    QList<Id> out;
    for (Id p : initiative.painPoints) {
        if (std::any_of(painPoints.begin(), painPoints.end(), [p](const PainPoint& x) { return x.id == p; })) {
            out.append(p);
        }
    }
    bySeverity(out, painPoints);
    return out;
}

QList<Id> painsWithoutInitiative(const TraceInputs& in)
{
    QSet<Id> addressed;
    for (const Initiative& i : *in.initiatives) {
        if (i.status != InitiativeStatus::Dropped) {
            for (Id p : i.painPoints) {
                addressed.insert(p);
            }
        }
    }
    QList<Id> out;
    for (const PainPoint& p : *in.painPoints) {
        if (!addressed.contains(p.id)) {
            out.append(p.id);
        }
    }
    bySeverity(out, *in.painPoints);
    return out;
}

QList<Id> initiativesWithoutPain(const TraceInputs& in)
{
    QSet<Id> known;
    for (const PainPoint& p : *in.painPoints) {
        known.insert(p.id);
    }
    QList<Id> out;
    for (const Initiative& i : *in.initiatives) {
        if (i.status == InitiativeStatus::Dropped) {
            continue;
        }
        if (std::none_of(i.painPoints.begin(), i.painPoints.end(), [&](Id p) { return known.contains(p); })) {
            out.append(i.id);
        }
    }
    return out;
}

// ---- CX maturity ----

const std::vector<MaturityQuestion>& maturityQuestions()
{
    using D = MaturityDimension;
    static const std::vector<MaturityQuestion> questions{
        {"strategy.vision", D::Strategy},
        {"strategy.sponsorship", D::Strategy},
        {"strategy.roadmap", D::Strategy},
        {"understanding.personas", D::CustomerUnderstanding},
        {"understanding.journeys", D::CustomerUnderstanding},
        {"understanding.voc", D::CustomerUnderstanding},
        {"design.codesign", D::Design},
        {"design.blueprints", D::Design},
        {"design.testing", D::Design},
        {"measurement.kpis", D::Measurement},
        {"measurement.closed_loop", D::Measurement},
        {"measurement.value", D::Measurement},
        {"governance.bodies", D::Governance},
        {"governance.raci", D::Governance},
        {"governance.change_board", D::Governance},
        {"culture.training", D::Culture},
        {"culture.recognition", D::Culture},
        {"culture.empowerment", D::Culture},
    };
    return questions;
}

std::optional<MaturityDimension> dimensionOfQuestion(const QString& key)
{
    for (const MaturityQuestion& q : maturityQuestions()) {
        if (key == QLatin1String(q.key)) {
            return q.dimension;
        }
    }
    return std::nullopt;
}

std::optional<double> dimensionScore(const MaturityAssessment& a, MaturityDimension d)
{
    double sum = 0;
    int count = 0;
    for (const MaturityQuestion& q : maturityQuestions()) {
        const auto it = a.answers.constFind(QLatin1String(q.key));
        if (q.dimension == d && it != a.answers.constEnd()) {
            sum += it.value();
            ++count;
        }
    }
    if (count == 0) {
        return std::nullopt;
    }
    return sum / count;
}

std::optional<double> overallMaturity(const MaturityAssessment& a)
{
    double sum = 0;
    int count = 0;
    for (int d = 0; d < MaturityDimensionCount; ++d) {
        if (auto s = dimensionScore(a, MaturityDimension(d))) {
            sum += *s;
            ++count;
        }
    }
    if (count == 0) {
        return std::nullopt;
    }
    return sum / count;
}

} // namespace tiller::core
