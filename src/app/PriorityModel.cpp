#include "tiller/app/PriorityModel.h"

#include "tiller/app/Portfolio.h"
#include "tiller/app/Text.h"

#include <QStringList>

#include <algorithm>

namespace tiller::app {

PriorityModel::PriorityModel(Portfolio* portfolio, QObject* parent) : QAbstractTableModel(parent), m_portfolio(portfolio)
{
    rebuild();
    // Any score may move the order: rebuild (2,000 rows take well under a millisecond to sort).
    auto reset = [this] {
        beginResetModel();
        rebuild();
        endResetModel();
    };
    connect(portfolio, &Portfolio::scoringChanged, this, reset);
    connect(portfolio, &Portfolio::scoresChanged, this, reset);
    connect(portfolio, &Portfolio::initiativeAdded, this, reset);
    connect(portfolio, &Portfolio::initiativeRemoved, this, reset);
    connect(portfolio, &Portfolio::initiativeChanged, this, [this](core::Id id) {
        const int row = rowOf(id);
        if (row >= 0) {
            emit dataChanged(index(row, Code), index(row, Title));
        }
    });
}

void PriorityModel::rebuild()
{
    m_rows.clear();
    m_index.clear();
    const core::ScoringModel* model = m_portfolio->activeModel();
    if (!model) {
        return;
    }
    const double vt = m_portfolio->program().valueThreshold;
    const double et = m_portfolio->program().effortThreshold;
    for (const core::Initiative& i : m_portfolio->initiatives()) {
        core::Score s = m_portfolio->score(i.id, *model);
        const core::Quadrant q = core::quadrantOf(s.value, s.effort, vt, et);
        m_rows.push_back({i.id, std::move(s), 0, q});
    }
    // Scored first, by score; ties by value (more is better), then effort (less), then code.
    std::stable_sort(m_rows.begin(), m_rows.end(), [this](const Row& a, const Row& b) {
        if (a.score.complete != b.score.complete) {
            return a.score.complete;
        }
        if (a.score.score != b.score.score) {
            return a.score.score > b.score.score;
        }
        if (a.score.value != b.score.value) {
            return a.score.value > b.score.value;
        }
        if (a.score.effort != b.score.effort) {
            return a.score.effort < b.score.effort;
        }
        return m_portfolio->initiative(a.id)->code < m_portfolio->initiative(b.id)->code;
    });
    // Competition ranking: equal scores share a rank ("1, 2, 2, 4").
    for (std::size_t r = 0; r < m_rows.size(); ++r) {
        const bool tie = r > 0 && m_rows[r].score.complete && m_rows[r - 1].score.complete &&
                         qFuzzyCompare(1.0 + m_rows[r].score.score, 1.0 + m_rows[r - 1].score.score);
        m_rows[r].rank = tie ? m_rows[r - 1].rank : int(r) + 1;
        m_index.insert(m_rows[r].id, int(r));
    }
}

int PriorityModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }
int PriorityModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }
core::Id PriorityModel::idAt(int row) const { return row >= 0 && row < int(m_rows.size()) ? m_rows[row].id : 0; }
int PriorityModel::rowOf(core::Id id) const { return m_index.value(id, -1); }

QList<core::Id> PriorityModel::tiedWith(core::Id id) const
{
    QList<core::Id> out;
    const int row = rowOf(id);
    if (row < 0 || !m_rows[row].score.complete) {
        return out;
    }
    for (const Row& r : m_rows) {
        if (r.id != id && r.rank == m_rows[row].rank && r.score.complete) {
            out.append(r.id);
        }
    }
    return out;
}

QString PriorityModel::quadrantName(core::Quadrant q)
{
    switch (q) {
    case core::Quadrant::QuickWin:
        return tr("Quick win");
    case core::Quadrant::MajorProject:
        return tr("Major project");
    case core::Quadrant::FillIn:
        return tr("Fill-in");
    case core::Quadrant::MoneyPit:
        return tr("Money pit");
    }
    return {};
}

QVariant PriorityModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row& row = m_rows[index.row()];
    const core::Initiative* i = m_portfolio->initiative(row.id);
    if (!i) {
        return {};
    }
    switch (role) {
    case IdRole:
        return row.id;
    case QuadrantRole:
        return int(row.quadrant);
    case CompleteRole:
        return row.score.complete;
    case ExplanationRole:
        return Text::scoreSummary(row.score, m_portfolio->activeModel()->kind);
    default:
        break;
    }
    if (role == Qt::ToolTipRole) {
        if (!row.score.complete) {
            return tr("Not scored on: %1").arg(row.score.missing.join(QStringLiteral(", ")));
        }
        if (index.column() == Rank) {
            const QList<core::Id> tied = tiedWith(row.id);
            if (!tied.isEmpty()) {
                QStringList codes;
                for (core::Id t : tied) {
                    codes.append(m_portfolio->initiative(t)->code);
                }
                return tr("Tied at %1 with %2 (same score); listed by value, then effort, then code.")
                    .arg(row.rank)
                    .arg(codes.join(QStringLiteral(", ")));
            }
        }
        return Text::scoreSummary(row.score, m_portfolio->activeModel()->kind);
    }
    if (role == Qt::TextAlignmentRole && index.column() != Code && index.column() != Title &&
        index.column() != Quadrant) {
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    const bool complete = row.score.complete;
    switch (index.column()) {
    case Rank:
        return complete ? QVariant(row.rank) : QVariant(QStringLiteral("—"));
    case Code:
        return i->code;
    case Title:
        return i->title;
    case Value:
        return complete ? QString::number(row.score.value, 'f', 1) : QString();
    case Effort:
        return complete ? QString::number(row.score.effort, 'f', 1) : QString();
    case Score:
        return complete ? QString::number(row.score.score, 'f', 2) : tr("not scored");
    case Quadrant:
        return complete ? quadrantName(row.quadrant) : QString();
    default:
        return {};
    }
}

QVariant PriorityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Rank:
        return tr("Rank");
    case Code:
        return tr("Code");
    case Title:
        return tr("Title");
    case Value:
        return tr("Value");
    case Effort:
        return tr("Effort");
    case Score:
        return tr("Score");
    case Quadrant:
        return tr("Quadrant");
    default:
        return {};
    }
}

} // namespace tiller::app
