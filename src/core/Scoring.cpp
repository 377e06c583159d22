#include "tiller/core/Scoring.h"

#include "KeyTable.h"

#include <QSet>

#include <algorithm>
#include <array>
#include <cmath>

namespace tiller::core {

namespace {

using detail::fromKey;

constexpr std::array<const char*, 2> sideKeys{"benefit", "cost"};
constexpr std::array<const char*, 9> roleKeys{"generic",          "reach",          "impact",
                                              "confidence",       "effort",         "business_value",
                                              "time_criticality", "risk_reduction", "job_size"};
constexpr std::array<const char*, 3> kindKeys{"weighted", "rice", "wsjf"};
constexpr std::array<const char*, 4> quadrantKeys{"quick_win", "major_project", "fill_in", "money_pit"};

constexpr std::array<CriterionRole, 4> riceRoles{CriterionRole::Reach, CriterionRole::Impact, CriterionRole::Confidence,
                                                 CriterionRole::Effort};
constexpr std::array<CriterionRole, 4> wsjfRoles{CriterionRole::BusinessValue, CriterionRole::TimeCriticality,
                                                 CriterionRole::RiskReduction, CriterionRole::JobSize};

const QChar Times(0x00D7);
const QChar Minus(0x2212);

// The model's criteria in display order; stable so that equal sortOrders keep the order they were given in.
QList<Criterion> ordered(const QList<Criterion>& criteria)
{
    QList<Criterion> out = criteria;
    std::stable_sort(out.begin(), out.end(),
                     [](const Criterion& a, const Criterion& b) { return a.sortOrder < b.sortOrder; });
    return out;
}

bool validScale(const Criterion& c)
{
    return std::isfinite(c.scaleMin) && std::isfinite(c.scaleMax) && c.scaleMax > c.scaleMin;
}

// The divisor of the model's formula: a scale that reaches 0 would make the score undefined.
bool isDivisor(ModelKind kind, CriterionRole role)
{
    return (kind == ModelKind::Rice && role == CriterionRole::Effort) ||
           (kind == ModelKind::Wsjf && role == CriterionRole::JobSize);
}

Criterion makeCriterion(const char* name, CriterionSide side, CriterionRole role, double weight, double scaleMin,
                        double scaleMax, int sortOrder)
{
    Criterion c;
    c.name = QString::fromUtf8(name);
    c.side = side;
    c.role = role;
    c.weight = weight;
    c.scaleMin = scaleMin;
    c.scaleMax = scaleMax;
    c.sortOrder = sortOrder;
    return c;
}

// Inputs as people typed them: "2000", "0.25", "1.5".
QString plain(double v) { return QString::number(v, 'g', 10); }

// A result that rounds to zero should not read as a negative.
QString withoutNegativeZero(const QString& s) { return s == QLatin1String("-0.0") ? s.mid(1) : s; }

// Results on the 0–100 axes of a weighted model.
QString oneDecimal(double v) { return withoutNegativeZero(QString::number(v, 'f', 1)); }

// RICE and WSJF results span several magnitudes (0.52 … 300000.0): two decimals, one when the second is a zero.
QString result(double v)
{
    QString s = QString::number(v, 'f', 2);
    if (s.endsWith(QLatin1Char('0'))) {
        s.chop(1);
    }
    return withoutNegativeZero(s);
}

ScoreTerm makeTerm(const Criterion& c, double given)
{
    ScoreTerm t;
    t.criterionId = c.id;
    t.criterion = c.name;
    t.side = c.side;
    t.role = c.role;
    t.weight = c.weight;
    t.value = given;
    // Clamping an invalid scale (max < min) would be meaningless; validateModel reports it instead.
    if (c.scaleMax >= c.scaleMin) {
        t.value = std::min(std::max(given, c.scaleMin), c.scaleMax);
    }
    t.clamped = t.value != given;
    t.normalized = validScale(c) ? (t.value - c.scaleMin) / (c.scaleMax - c.scaleMin) * 100.0 : 0.0;
    return t;
}

QString weightedSide(const char* label, QList<ScoreTerm*> terms, bool sideHasCriteria, double* sideScore)
{
    const QString head = QLatin1String(label) + QStringLiteral(" = ");
    *sideScore = 0;
    if (!sideHasCriteria) {
        return head + QStringLiteral("0 (no criterion)");
    }
    if (terms.isEmpty()) {
        return head + QStringLiteral("0 (no value)");
    }
    double sumW = 0;
    double sumWN = 0;
    QStringList products;
    for (const ScoreTerm* t : terms) {
        sumW += t->weight;
        sumWN += t->weight * t->normalized;
        products.append(plain(t->weight) + Times + oneDecimal(t->normalized));
    }
    if (!(sumW > 0)) {
        return head + QStringLiteral("0 (weights sum to 0)");
    }
    for (ScoreTerm* t : terms) {
        t->contribution = t->weight * t->normalized / sumW;
    }
    *sideScore = sumWN / sumW;
    return head + QStringLiteral("(%1) / %2 = %3")
                      .arg(products.join(QStringLiteral(" + ")), plain(sumW), oneDecimal(*sideScore));
}

void scoreWeighted(const QList<Criterion>& criteria, Score& s)
{
    QList<ScoreTerm*> benefit;
    QList<ScoreTerm*> cost;
    for (ScoreTerm& t : s.terms) {
        (t.side == CriterionSide::Benefit ? benefit : cost).append(&t);
    }
    const auto has = [&criteria](CriterionSide side) {
        return std::any_of(criteria.begin(), criteria.end(), [side](const Criterion& c) { return c.side == side; });
    };
    const QString b = weightedSide("benefit", benefit, has(CriterionSide::Benefit), &s.value);
    const QString c = weightedSide("cost", cost, has(CriterionSide::Cost), &s.effort);
    s.score = s.value - s.effort;
    s.formula = QStringLiteral("%1; %2; score = %3 %4 %5 = %6")
                    .arg(b, c, oneDecimal(s.value), QString(Minus), oneDecimal(s.effort), oneDecimal(s.score));
}

// The term of each role of the formula (the first, should an invalid model repeat a role), or null without a value.
template <std::size_t N>
std::array<ScoreTerm*, N> termsByRole(const std::array<CriterionRole, N>& roles, QList<ScoreTerm>& terms)
{
    std::array<ScoreTerm*, N> out{};
    for (std::size_t i = 0; i < N; ++i) {
        for (ScoreTerm& t : terms) {
            if (t.role == roles[i]) {
                out[i] = &t;
                break;
            }
        }
    }
    return out;
}

// The names of the formula's inputs that have no value: the criterion's name, or the role's key when the model
// has no criterion for it at all.
template <std::size_t N>
QStringList missingInputs(const std::array<CriterionRole, N>& roles, const std::array<ScoreTerm*, N>& terms,
                          const QList<Criterion>& criteria)
{
    QStringList out;
    for (std::size_t i = 0; i < N; ++i) {
        if (terms[i]) {
            continue;
        }
        const auto it =
            std::find_if(criteria.begin(), criteria.end(), [&](const Criterion& c) { return c.role == roles[i]; });
        out.append(it != criteria.end() ? it->name : toKey(roles[i]));
    }
    return out;
}

// Shared by RICE and WSJF: score = value / effort, where `effortTerm` may be missing or 0.
QString dividedScore(Score& s, bool valueKnown, const ScoreTerm* effortTerm)
{
    if (effortTerm) {
        s.effort = effortTerm->value;
    }
    if (!valueKnown) {
        return QStringLiteral("score = 0");
    }
    if (!effortTerm) {
        return QStringLiteral("score = 0 (no effort)");
    }
    if (!(effortTerm->value > 0)) {
        s.zeroEffort = true;
        return QStringLiteral("score = 0 (effort is 0)");
    }
    s.score = s.value / effortTerm->value;
    return QStringLiteral("score = %1 / %2 = %3").arg(result(s.value), plain(effortTerm->value), result(s.score));
}

void scoreRice(const QList<Criterion>& criteria, Score& s)
{
    const auto t = termsByRole(riceRoles, s.terms);
    const auto [reach, impact, confidence, effort] = t;
    if (reach) {
        reach->contribution = reach->value;
    }
    if (impact) {
        impact->contribution = impact->value;
    }
    if (confidence) {
        confidence->contribution = confidence->value / 100.0;
    }
    if (effort) {
        effort->contribution = effort->value;
    }
    QString valuePart;
    const bool valueKnown = reach && impact && confidence;
    if (valueKnown) {
        s.value = reach->value * impact->value * confidence->value / 100.0;
        valuePart = QStringLiteral("value = %1 %4 %2 %4 %3% = %5")
                        .arg(plain(reach->value), plain(impact->value), plain(confidence->value), QString(Times),
                             result(s.value));
    } else {
        const std::array<CriterionRole, 3> valueRoles{riceRoles[0], riceRoles[1], riceRoles[2]};
        const std::array<ScoreTerm*, 3> valueTerms{reach, impact, confidence};
        valuePart = QStringLiteral("value = 0 (missing: %1)")
                        .arg(missingInputs(valueRoles, valueTerms, criteria).join(QStringLiteral(", ")));
    }
    s.formula = valuePart + QStringLiteral("; ") + dividedScore(s, valueKnown, effort);
    // Also catches a model without a criterion for a role, where no name is missing yet the score is unknown.
    if (!effort || !valueKnown) {
        s.complete = false;
    }
}

void scoreWsjf(const QList<Criterion>& criteria, Score& s)
{
    const auto t = termsByRole(wsjfRoles, s.terms);
    const auto [businessValue, timeCriticality, riskReduction, jobSize] = t;
    for (ScoreTerm* term : t) {
        if (term) {
            term->contribution = term->value;
        }
    }
    QString valuePart;
    const bool valueKnown = businessValue && timeCriticality && riskReduction;
    if (valueKnown) {
        s.value = businessValue->value + timeCriticality->value + riskReduction->value;
        valuePart = QStringLiteral("cost of delay = %1 + %2 + %3 = %4")
                        .arg(plain(businessValue->value), plain(timeCriticality->value), plain(riskReduction->value),
                             result(s.value));
    } else {
        const std::array<CriterionRole, 3> valueRoles{wsjfRoles[0], wsjfRoles[1], wsjfRoles[2]};
        const std::array<ScoreTerm*, 3> valueTerms{businessValue, timeCriticality, riskReduction};
        valuePart = QStringLiteral("cost of delay = 0 (missing: %1)")
                        .arg(missingInputs(valueRoles, valueTerms, criteria).join(QStringLiteral(", ")));
    }
    s.formula = valuePart + QStringLiteral("; ") + dividedScore(s, valueKnown, jobSize);
    // Also catches a model without a criterion for a role, where no name is missing yet the score is unknown.
    if (!jobSize || !valueKnown) {
        s.complete = false;
    }
}

} // namespace

QString toKey(CriterionSide s) { return QLatin1String(sideKeys.at(std::size_t(s))); }
QString toKey(CriterionRole r) { return QLatin1String(roleKeys.at(std::size_t(r))); }
QString toKey(ModelKind k) { return QLatin1String(kindKeys.at(std::size_t(k))); }
QString toKey(Quadrant q) { return QLatin1String(quadrantKeys.at(std::size_t(q))); }
std::optional<CriterionSide> criterionSideFromKey(const QString& key)
{
    return fromKey<CriterionSide>(sideKeys, key);
}
std::optional<CriterionRole> criterionRoleFromKey(const QString& key)
{
    return fromKey<CriterionRole>(roleKeys, key);
}
std::optional<ModelKind> modelKindFromKey(const QString& key) { return fromKey<ModelKind>(kindKeys, key); }
std::optional<Quadrant> quadrantFromKey(const QString& key) { return fromKey<Quadrant>(quadrantKeys, key); }

ScoringModel defaultWeightedModel()
{
    using S = CriterionSide;
    using R = CriterionRole;
    ScoringModel m;
    m.name = QStringLiteral("Benefit and cost");
    m.kind = ModelKind::Weighted;
    // What the customer gains counts most; risk counts least on the cost side because the effort estimate
    // usually already carries it.
    m.criteria = {
        makeCriterion("Customer benefit", S::Benefit, R::Generic, 3, 1, 5, 0),
        makeCriterion("Pain-point severity", S::Benefit, R::Generic, 2, 1, 5, 1),
        makeCriterion("Revenue and retention", S::Benefit, R::Generic, 2, 1, 5, 2),
        makeCriterion("Cost", S::Cost, R::Generic, 2, 1, 5, 3),
        makeCriterion("Effort", S::Cost, R::Generic, 2, 1, 5, 4),
        makeCriterion("Risk", S::Cost, R::Generic, 1, 1, 5, 5),
    };
    return m;
}

ScoringModel defaultRiceModel()
{
    using S = CriterionSide;
    using R = CriterionRole;
    ScoringModel m;
    m.name = QStringLiteral("RICE");
    m.kind = ModelKind::Rice;
    m.criteria = {
        makeCriterion("Reach (people per quarter)", S::Benefit, R::Reach, 1, 0, 100000, 0),
        makeCriterion("Impact", S::Benefit, R::Impact, 1, 0.25, 3, 1),
        makeCriterion("Confidence (%)", S::Benefit, R::Confidence, 1, 0, 100, 2),
        makeCriterion("Effort (person-months)", S::Cost, R::Effort, 1, 0.5, 24, 3),
    };
    return m;
}

ScoringModel defaultWsjfModel()
{
    using S = CriterionSide;
    using R = CriterionRole;
    ScoringModel m;
    m.name = QStringLiteral("WSJF");
    m.kind = ModelKind::Wsjf;
    // Relative estimates on the modified Fibonacci scale 1, 2, 3, 5, 8, 13, 20.
    m.criteria = {
        makeCriterion("Business value", S::Benefit, R::BusinessValue, 1, 1, 20, 0),
        makeCriterion("Time criticality", S::Benefit, R::TimeCriticality, 1, 1, 20, 1),
        makeCriterion("Risk reduction and opportunity enablement", S::Benefit, R::RiskReduction, 1, 1, 20, 2),
        makeCriterion("Job size", S::Cost, R::JobSize, 1, 1, 20, 3),
    };
    return m;
}

Score computeScore(const ScoringModel& model, const QHash<Id, double>& values)
{
    const QList<Criterion> criteria = ordered(model.criteria);
    Score s;
    for (const Criterion& c : criteria) {
        const auto it = values.constFind(c.id);
        if (it == values.constEnd() || !std::isfinite(*it)) {
            s.missing.append(c.name);
        } else {
            s.terms.append(makeTerm(c, *it));
        }
    }
    s.complete = s.missing.isEmpty() && !criteria.isEmpty();
    switch (model.kind) {
    case ModelKind::Weighted:
        scoreWeighted(criteria, s);
        break;
    case ModelKind::Rice:
        scoreRice(criteria, s);
        break;
    case ModelKind::Wsjf:
        scoreWsjf(criteria, s);
        break;
    }
    return s;
}

std::optional<ModelProblem> validateModel(const ScoringModel& model)
{
    using Code = ModelProblem::Code;
    if (model.criteria.isEmpty()) {
        return ModelProblem{Code::NoCriteria, {}, {}};
    }
    const QList<Criterion> criteria = ordered(model.criteria);
    QSet<QString> names;
    for (const Criterion& c : criteria) {
        const QString name = c.name.trimmed().toCaseFolded();
        if (name.isEmpty()) {
            return ModelProblem{Code::EmptyName, c.name, {}};
        }
        if (names.contains(name)) {
            return ModelProblem{Code::DuplicateName, c.name, {}};
        }
        names.insert(name);
        if (!validScale(c) || (isDivisor(model.kind, c.role) && !(c.scaleMin > 0)) ||
            (model.kind == ModelKind::Rice && c.role == CriterionRole::Confidence &&
             (c.scaleMin < 0 || c.scaleMax > 100))) {
            return ModelProblem{Code::BadScale, c.name, {}};
        }
        if (model.kind == ModelKind::Weighted && !(std::isfinite(c.weight) && c.weight >= 0)) {
            return ModelProblem{Code::NegativeWeight, c.name, {}};
        }
    }
    if (model.kind == ModelKind::Weighted) {
        for (CriterionSide side : {CriterionSide::Benefit, CriterionSide::Cost}) {
            bool any = false;
            double sum = 0;
            for (const Criterion& c : criteria) {
                if (c.side == side) {
                    any = true;
                    sum += c.weight;
                }
            }
            if (any && !(sum > 0)) {
                return ModelProblem{Code::AllWeightsZero, {}, toKey(side)};
            }
        }
        return std::nullopt;
    }
    const auto& roles = model.kind == ModelKind::Rice ? riceRoles : wsjfRoles;
    for (CriterionRole role : roles) {
        QStringList holders;
        for (const Criterion& c : criteria) {
            if (c.role == role) {
                holders.append(c.name);
            }
        }
        if (holders.isEmpty()) {
            return ModelProblem{Code::MissingRole, {}, toKey(role)};
        }
        if (holders.size() > 1) {
            return ModelProblem{Code::DuplicateRole, holders.at(1), toKey(role)};
        }
    }
    return std::nullopt;
}

Quadrant quadrantOf(double value, double effort, double valueThreshold, double effortThreshold)
{
    const bool highValue = value >= valueThreshold;
    const bool highEffort = effort >= effortThreshold;
    if (highValue) {
        return highEffort ? Quadrant::MajorProject : Quadrant::QuickWin;
    }
    return highEffort ? Quadrant::MoneyPit : Quadrant::FillIn;
}

Spread spreadOf(const QList<double>& values, double scaleMin, double scaleMax, double disagreementShare, double step)
{
    QList<double> v;
    for (double x : values) {
        if (std::isfinite(x)) {
            v.append(x);
        }
    }
    Spread s;
    if (v.isEmpty()) {
        return s;
    }
    std::sort(v.begin(), v.end());
    const qsizetype n = v.size();
    s.raters = int(n);
    s.min = v.first();
    s.max = v.last();
    double sum = 0;
    for (double x : v) {
        sum += x;
    }
    s.mean = sum / double(n);
    double squares = 0;
    for (double x : v) {
        squares += (x - s.mean) * (x - s.mean);
    }
    s.stddev = std::sqrt(squares / double(n));
    s.median = n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
    s.disagreement = n >= 2 && (s.max - s.min) >= disagreementShare * (scaleMax - scaleMin);

    double consensus = s.median;
    if (step > 0) {
        // The small nudge keeps an exact half (4.5 on an integer scale) from falling below .5 through a binary
        // rounding error on fractional steps (0.1, 0.25…).
        consensus = scaleMin + std::floor((s.median - scaleMin) / step + 0.5 + 1e-9) * step;
    }
    if (scaleMax >= scaleMin) {
        consensus = std::min(std::max(consensus, scaleMin), scaleMax);
    }
    s.consensus = consensus;
    return s;
}

} // namespace tiller::core
