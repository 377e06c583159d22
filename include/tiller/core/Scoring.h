// Scoring models (weighted benefit/cost, RICE, WSJF): how an initiative's criterion values become a priority.
#pragma once

#include "tiller/core/Types.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace tiller::core {

enum class CriterionSide { Benefit, Cost };
// What a criterion stands for in the RICE and WSJF formulas; Generic in a weighted model.
enum class CriterionRole {
    Generic,
    Reach,
    Impact,
    Confidence,
    Effort,
    BusinessValue,
    TimeCriticality,
    RiskReduction,
    JobSize
};
enum class ModelKind { Weighted, Rice, Wsjf };

// Stable keys as stored in the database and in exports; never translated.
QString toKey(CriterionSide s);
QString toKey(CriterionRole r);
QString toKey(ModelKind k);
std::optional<CriterionSide> criterionSideFromKey(const QString& key);
std::optional<CriterionRole> criterionRoleFromKey(const QString& key);
std::optional<ModelKind> modelKindFromKey(const QString& key);

struct Criterion
{
    Id id = 0;
    QString name;
    CriterionSide side = CriterionSide::Benefit;
    CriterionRole role = CriterionRole::Generic;
    double weight = 1; // used by weighted models only; RICE and WSJF have fixed formulas
    double scaleMin = 1;
    double scaleMax = 5;
    int sortOrder = 0;
    qint64 version = 0;
    bool operator==(const Criterion&) const = default;
};

struct ScoringModel
{
    Id id = 0;
    QString name;
    ModelKind kind = ModelKind::Weighted;
    QList<Criterion> criteria;
    qint64 version = 0;
    bool operator==(const ScoringModel&) const = default;
};

// The default models a new program gets. Names are in English: the app translates them when it creates them.
// Ids are 0 (not stored yet) and sortOrder follows the list order.
ScoringModel defaultWeightedModel();
ScoringModel defaultRiceModel();
ScoringModel defaultWsjfModel();

// One criterion's part in a score.
struct ScoreTerm
{
    Id criterionId = 0;
    QString criterion; // its name
    CriterionSide side = CriterionSide::Benefit;
    CriterionRole role = CriterionRole::Generic;
    double weight = 0;
    double value = 0;      // the value used, i.e. after clamping to the scale
    bool clamped = false;  // the given value was outside the scale
    double normalized = 0; // (value − min) / (max − min) × 100, whatever the model kind
    // Weighted: weight × normalized / Σ weights of the side (the side score is the sum of its terms);
    // RICE: the factor the term enters the product with (confidence as a fraction); WSJF: the value itself;
    // a criterion that is not part of the RICE or WSJF formula: 0.
    double contribution = 0;
    bool operator==(const ScoreTerm&) const = default;
};

struct Score
{
    bool complete = false; // every criterion of the model has a value (false for a model without criteria)
    QStringList missing;   // names of criteria without a value, in sortOrder
    // RICE or WSJF: the effort (job size) is 0, so the score is undefined and reported as 0. Only a model that
    // validateModel rejects (a divisor scale reaching 0) lets this happen.
    bool zeroEffort = false;
    double value = 0;  // the value axis of the priority matrix: weighted: benefit 0–100; RICE: reach × impact ×
                       // confidence; WSJF: cost of delay
    double effort = 0; // the effort axis: weighted: cost 0–100; RICE: effort; WSJF: job size
    // What the ranked list sorts by: weighted: benefit − cost (−100…100); RICE: value / effort; WSJF: cost of
    // delay / job size.
    double score = 0;
    QList<ScoreTerm> terms; // one per criterion with a value, in sortOrder
    // The formula with its numbers, in plain text (not translated: it is mostly numbers), e.g.
    // "benefit = (3×75.0 + 2×50.0) / 5 = 65.0; cost = (1×25.0) / 1 = 25.0; score = 65.0 − 25.0 = 40.0".
    QString formula;
};

// `values` maps a criterion id to its value; a missing or non-finite value is missing. Values outside a criterion's
// scale are clamped (and the term says so) so that one typo cannot dominate a ranking.
// Weighted: each side is the weighted mean of its criteria that have a value, normalised on the criterion's own
// scale, never on the population: a score never moves because another initiative was added or changed.
// RICE: confidence is a percentage (0–100). RICE and WSJF need every input of their formula: when one is missing,
// value and score are 0 (effort still shows when it is known) and `complete` is false.
// The result is always finite, even for a model validateModel rejects (then the numbers mean nothing).
Score computeScore(const ScoringModel& model, const QHash<Id, double>& values);

struct ModelProblem
{
    enum class Code {
        NoCriteria,
        EmptyName,
        DuplicateName,  // names compare case-insensitively and without surrounding blanks
        BadScale,       // max ≤ min or not finite; a divisor (effort, job size) reaching 0; confidence beyond 0–100
        NegativeWeight, // weighted models only: a weight below 0 or not finite
        AllWeightsZero, // weighted models: a side has criteria whose weights sum to 0
        MissingRole,    // RICE or WSJF: a role of the formula has no criterion
        DuplicateRole,  // RICE or WSJF: two criteria claim the same role of the formula
    };
    Code code = Code::NoCriteria;
    QString criterion; // the criterion at fault (the second one for a duplicate), empty if none
    QString detail;    // the role's key for MissingRole and DuplicateRole, the side's key for AllWeightsZero
    bool operator==(const ModelProblem&) const = default;
};

// The first problem found, criteria taken in sortOrder. RICE needs the Reach, Impact, Confidence and Effort roles;
// WSJF needs BusinessValue, TimeCriticality, RiskReduction and JobSize.
std::optional<ModelProblem> validateModel(const ScoringModel& model);

enum class Quadrant { QuickWin, MajorProject, FillIn, MoneyPit };
// High value ≥ valueThreshold; high effort ≥ effortThreshold. Quick win: high value, low effort; major project:
// high value, high effort; fill-in: low value, low effort; money pit: low value, high effort.
Quadrant quadrantOf(double value, double effort, double valueThreshold, double effortThreshold);
QString toKey(Quadrant q);
std::optional<Quadrant> quadrantFromKey(const QString& key);

// Individual scoring: the spread of stakeholders' values for one initiative and criterion.
struct Spread
{
    int raters = 0;
    double min = 0;
    double max = 0;
    double mean = 0;
    double median = 0;
    double stddev = 0; // population standard deviation: the raters are the whole panel, not a sample
    bool disagreement = false;
    double consensus = 0;
    bool operator==(const Spread&) const = default;
};

// Non-finite values are ignored; no value at all gives a zero Spread (raters 0). The statistics describe the values
// as given; only the consensus is brought back into the scale.
// Disagreement: at least 2 raters and (max − min) ≥ share × (scaleMax − scaleMin).
// Consensus: the median rounded to the nearest step counted from scaleMin, halves rounding up (so a panel split
// between 4 and 5 gives 5), then clamped to the scale; a step ≤ 0 means no rounding.
Spread spreadOf(const QList<double>& values, double scaleMin, double scaleMax, double disagreementShare = 0.4,
                double step = 1);

} // namespace tiller::core
