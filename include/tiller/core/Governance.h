// Governance rules: the RACI matrix's gaps and overloads, the traceability from customer pains to the work and
// back, and the CX maturity questionnaire. Pure functions over plain values.
#pragma once

#include "tiller/core/Entities.h"

#include <QHash>
#include <array>
#include <optional>
#include <vector>

namespace tiller::core {

// ---- RACI ----

// A bin or an initiative: a row of RACI assignments belongs to exactly one of the two.
struct RaciItem
{
    Id binId = 0;
    Id initiativeId = 0;
    bool operator==(const RaciItem&) const = default;
    bool isBin() const { return binId != 0; }
};
RaciItem raciItemOf(const RaciAssignment& a);

// The roles one person holds on one item, as flags (1 << RaciRole).
int raciCell(const std::vector<RaciAssignment>& assignments, RaciItem item, Id personId);
inline bool hasRole(int cell, RaciRole r)
{
    return (cell & (1 << int(r))) != 0;
}
inline int roleFlag(RaciRole r)
{
    return 1 << int(r);
}

enum class RaciGap
{
    NoAccountable,      // nobody answers for it: the rule is one accountable person per bin and initiative
    SeveralAccountable, // more than one: nobody does
    NoResponsible,      // nobody named to do the work (an accountable person who does it is also R: "A/R")
};

struct RaciFinding
{
    RaciItem item;
    RaciGap gap = RaciGap::NoAccountable;
    QList<Id> people; // the accountable people, for SeveralAccountable
    bool operator==(const RaciFinding&) const = default;
};

struct RaciOverload
{
    Id personId = 0;
    int accountable = 0; // items this person is accountable for, among those checked
    bool operator==(const RaciOverload&) const = default;
};

struct RaciReport
{
    std::vector<RaciFinding> gaps;       // in the order of `items`
    std::vector<RaciOverload> overloads; // most loaded first
    QHash<Id, int> accountable;          // person → items accountable for, everyone
    int accountableFor(Id personId) const { return accountable.value(personId); }
    bool overloaded(Id personId) const;
    std::vector<RaciFinding> gapsOf(RaciItem item) const;
};

// Checks each item (the bins and initiatives under way) against the rules; a person accountable for more than
// `limit` of them is overloaded.
RaciReport analyseRaci(const std::vector<RaciItem>& items, const std::vector<RaciAssignment>& assignments, int limit);

// ---- Traceability ----

// Where a customer pain leads: the initiatives that address it, their bins and those bins' tasks, the KPIs that
// measure its stage, the change requests that cite it.
struct PainTrace
{
    QList<Id> initiatives;
    QList<Id> bins;
    QList<Id> tasks;
    QList<Id> kpis;
    QList<Id> requests;
};

struct KpiStage
{
    Id kpiId = 0;
    Id stageId = 0;
};

struct TraceInputs
{
    const std::vector<PainPoint>* painPoints = nullptr;
    const std::vector<Initiative>* initiatives = nullptr;
    const std::vector<Task>* tasks = nullptr;
    const std::vector<ChangeRequest>* requests = nullptr;
    std::vector<KpiStage> kpis;
};

PainTrace tracePain(Id painPointId, const TraceInputs& in);
// The pains an initiative addresses, most severe first.
QList<Id> painsOf(const Initiative& initiative, const std::vector<PainPoint>& painPoints);
// Pain points no live initiative addresses (a dropped one does not count), most severe first.
QList<Id> painsWithoutInitiative(const TraceInputs& in);
// Live initiatives (not dropped) that address no pain point, in inventory order.
QList<Id> initiativesWithoutPain(const TraceInputs& in);

// ---- CX maturity ----

enum class MaturityDimension
{
    Strategy,
    CustomerUnderstanding,
    Design,
    Measurement,
    Governance,
    Culture
};
inline constexpr int MaturityDimensionCount = 6;

struct MaturityQuestion
{
    const char* key; // stable: stored in the database
    MaturityDimension dimension;
};

// The questionnaire, by dimension (its wording is the app's, translated).
const std::vector<MaturityQuestion>& maturityQuestions();
std::optional<MaturityDimension> dimensionOfQuestion(const QString& key);
// The mean of a dimension's answered questions, 1..5; nullopt when none was answered.
std::optional<double> dimensionScore(const MaturityAssessment& a, MaturityDimension d);
// The mean of the dimensions' scores (dimensions left out ignored); nullopt when nothing was answered.
std::optional<double> overallMaturity(const MaturityAssessment& a);

} // namespace tiller::core
