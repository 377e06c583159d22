#include "tiller/app/ScoreSheetModel.h"

#include "tiller/app/Portfolio.h"

#include <QLocale>

#include <cmath>

namespace tiller::app {

namespace {

// Integer scales take whole steps; wide scales (reach) are free.
double stepOf(const core::Criterion& c) { return c.scaleMax - c.scaleMin <= 20 ? 1 : 0; }

QString number(double v) { return QLocale().toString(v, 'g', 6); }

} // namespace

ScoreSheetModel::ScoreSheetModel(Portfolio* portfolio, QObject* parent) : QAbstractTableModel(parent), m_portfolio(portfolio)
{
    auto refresh = [this] {
        beginResetModel();
        reload();
        endResetModel();
    };
    connect(portfolio, &Portfolio::scoringChanged, this, refresh);
    connect(portfolio, &Portfolio::scoresChanged, this, [this, refresh](core::Id id) {
        if (id == m_initiative) {
            refresh();
        }
    });
}

void ScoreSheetModel::setInitiative(core::Id id)
{
    beginResetModel();
    m_initiative = id;
    reload();
    endResetModel();
}

void ScoreSheetModel::setRater(core::Id personId)
{
    beginResetModel();
    m_rater = personId;
    reload();
    endResetModel();
}

void ScoreSheetModel::reload()
{
    m_criteria.clear();
    m_spreads.clear();
    m_raterValues.clear();
    const core::ScoringModel* model = m_portfolio->activeModel();
    if (!model || !m_portfolio->initiative(m_initiative)) {
        return;
    }
    m_criteria = model->criteria;
    std::sort(m_criteria.begin(), m_criteria.end(),
              [](const core::Criterion& a, const core::Criterion& b) { return a.sortOrder < b.sortOrder; });
    QHash<core::Id, QList<double>> byCriterion;
    for (const core::ScoreValue& v : m_portfolio->raterScores(m_initiative)) {
        byCriterion[v.criterionId].append(v.value);
        if (v.personId == m_rater) {
            m_raterValues.insert(v.criterionId, v.value);
        }
    }
    for (const core::Criterion& c : std::as_const(m_criteria)) {
        if (byCriterion.contains(c.id)) {
            m_spreads.insert(c.id, core::spreadOf(byCriterion.value(c.id), c.scaleMin, c.scaleMax, 0.4, stepOf(c)));
        }
    }
}

int ScoreSheetModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_criteria.size()); }
int ScoreSheetModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

int ScoreSheetModel::disagreements() const
{
    int n = 0;
    for (const core::Spread& s : m_spreads) {
        n += s.disagreement ? 1 : 0;
    }
    return n;
}

QVariant ScoreSheetModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const core::Criterion& c = m_criteria[index.row()];
    const auto values = m_rater == 0 ? m_portfolio->scoreValues(m_initiative) : m_raterValues;
    const bool hasSpread = m_spreads.contains(c.id);
    const core::Spread spread = m_spreads.value(c.id);
    if (role == CriterionIdRole) {
        return c.id;
    }
    if (role == DisagreementRole) {
        return hasSpread && spread.disagreement;
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == Criterion) {
            return c.side == core::CriterionSide::Benefit
                       ? tr("Benefit side, weight %1, scale %2–%3").arg(number(c.weight), number(c.scaleMin), number(c.scaleMax))
                       : tr("Cost side, weight %1, scale %2–%3").arg(number(c.weight), number(c.scaleMin), number(c.scaleMax));
        }
        if (index.column() == Consensus && hasSpread) {
            return spread.disagreement ? tr("The stakeholders disagree: settle on a value together (proposed: the "
                                            "median, %1).")
                                             .arg(number(spread.consensus))
                                       : tr("The stakeholders' median.");
        }
        if (index.column() == Stakeholders && hasSpread) {
            return tr("%n stakeholder(s): mean %1, median %2, standard deviation %3", nullptr, spread.raters)
                .arg(number(spread.mean), number(spread.median), QLocale().toString(spread.stddev, 'f', 2));
        }
        return {};
    }
    if (role == Qt::TextAlignmentRole && index.column() != Criterion) {
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole) {
        return {};
    }
    switch (index.column()) {
    case Criterion:
        return c.name;
    case Value:
        if (!values.contains(c.id)) {
            return role == Qt::EditRole ? QVariant((c.scaleMin + c.scaleMax) / 2) : QVariant();
        }
        return role == Qt::EditRole ? QVariant(values.value(c.id)) : QVariant(number(values.value(c.id)));
    case Stakeholders:
        if (!hasSpread) {
            return QString();
        }
        return spread.min == spread.max ? tr("%1 (all %n)", nullptr, spread.raters).arg(number(spread.min))
                                        : tr("%1–%2 (%n)", nullptr, spread.raters).arg(number(spread.min), number(spread.max));
    case Consensus:
        if (!hasSpread) {
            return QString();
        }
        return spread.disagreement ? QStringLiteral("⚠ %1").arg(number(spread.consensus)) : number(spread.consensus);
    default:
        return {};
    }
}

QVariant ScoreSheetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Criterion:
        return tr("Criterion");
    case Value:
        if (m_rater != 0) {
            const core::Person* p = m_portfolio->person(m_rater);
            return p ? tr("%1's score").arg(p->name) : tr("Private score");
        }
        return tr("Agreed value");
    case Stakeholders:
        return tr("Stakeholders");
    case Consensus:
        return tr("Proposed");
    default:
        return {};
    }
}

Qt::ItemFlags ScoreSheetModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Value && !m_portfolio->isReadOnly()) {
        f |= Qt::ItemIsEditable;
    }
    return f;
}

bool ScoreSheetModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) || index.column() != Value) {
        return false;
    }
    const core::Criterion& c = m_criteria[index.row()];
    bool ok = false;
    const double v = QLocale().toDouble(value.toString(), &ok);
    const double number = ok ? v : value.toDouble(&ok);
    const core::Initiative* i = m_portfolio->initiative(m_initiative);
    if (!ok || !std::isfinite(number) || !i) {
        emit m_portfolio->editRefused(tr("“%1” is not a number.").arg(value.toString()));
        return false;
    }
    if (number < c.scaleMin || number > c.scaleMax) {
        emit m_portfolio->editRefused(
            tr("%1 takes a value from %2 to %3.").arg(c.name, QLocale().toString(c.scaleMin), QLocale().toString(c.scaleMax)));
        return false;
    }
    const auto values = m_rater == 0 ? m_portfolio->scoreValues(m_initiative) : m_raterValues;
    std::optional<core::ScoreValue> before;
    if (values.contains(c.id)) {
        if (values.value(c.id) == number) {
            return true;
        }
        before = core::ScoreValue{m_initiative, c.id, m_rater, values.value(c.id)};
    }
    ChangeSet changes;
    changes.scores.push_back({before, core::ScoreValue{m_initiative, c.id, m_rater, number}});
    const core::Person* rater = m_portfolio->person(m_rater);
    const QString label = rater ? tr("%1 scores %2 on %3").arg(rater->name, i->code, c.name)
                                : tr("Score %1 on %2").arg(i->code, c.name);
    if (!m_portfolio->submit(label, std::move(changes))) {
        return false;
    }
    if (m_rater != 0) {
        // Private scores are not in the portfolio's memory: read them again.
        beginResetModel();
        reload();
        endResetModel();
    }
    return true;
}

bool ScoreSheetModel::adoptConsensus()
{
    const core::Initiative* i = m_portfolio->initiative(m_initiative);
    if (!i) {
        return false;
    }
    const auto values = m_portfolio->scoreValues(m_initiative);
    ChangeSet changes;
    for (const core::Criterion& c : std::as_const(m_criteria)) {
        if (!m_spreads.contains(c.id)) {
            continue;
        }
        const double consensus = m_spreads.value(c.id).consensus;
        std::optional<core::ScoreValue> before;
        if (values.contains(c.id)) {
            if (values.value(c.id) == consensus) {
                continue;
            }
            before = core::ScoreValue{m_initiative, c.id, 0, values.value(c.id)};
        }
        changes.scores.push_back({before, core::ScoreValue{m_initiative, c.id, 0, consensus}});
    }
    if (changes.scores.empty()) {
        return true;
    }
    return m_portfolio->submit(tr("Adopt the stakeholders' consensus for %1").arg(i->code), std::move(changes));
}

} // namespace tiller::app
