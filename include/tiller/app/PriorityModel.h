// The initiatives ranked by the model in use: rank, value, effort, score, quadrant (the priority matrix's list).
#pragma once

#include "tiller/core/Scoring.h"
#include "tiller/core/Types.h"

#include <QAbstractTableModel>

namespace tiller::app {

class Portfolio;

class PriorityModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Rank, Code, Title, Value, Effort, Score, Quadrant, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        QuadrantRole,    // core::Quadrant as int
        CompleteRole,    // bool: every criterion scored
        ExplanationRole, // the score's formula with its numbers
    };

    explicit PriorityModel(Portfolio* portfolio, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    core::Id idAt(int row) const;
    int rowOf(core::Id id) const;
    // The initiatives sharing this one's rank (itself excluded).
    QList<core::Id> tiedWith(core::Id id) const;
    static QString quadrantName(core::Quadrant q);

private:
    struct Row
    {
        core::Id id;
        core::Score score;
        int rank;
        core::Quadrant quadrant;
    };
    void rebuild();
    Portfolio* m_portfolio;
    std::vector<Row> m_rows;
    QHash<core::Id, int> m_index;
};

} // namespace tiller::app
