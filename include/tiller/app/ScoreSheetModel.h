// One initiative's criterion values under the model in use: the agreed value (editable) beside the stakeholders' spread.
#pragma once

#include "tiller/core/Scoring.h"

#include <QAbstractTableModel>

namespace tiller::app {

class Portfolio;

class ScoreSheetModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Criterion, Value, Stakeholders, Consensus, ColumnCount };
    enum Role { DisagreementRole = Qt::UserRole + 1, CriterionIdRole };

    explicit ScoreSheetModel(Portfolio* portfolio, QObject* parent = nullptr);

    void setInitiative(core::Id id);
    core::Id initiative() const { return m_initiative; }
    // Whose values the Value column shows and edits: 0 for the agreed values, or a stakeholder scoring privately.
    void setRater(core::Id personId);
    core::Id rater() const { return m_rater; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    // Sets the agreed value, or the rater's private one (one undo command); values outside the scale are refused.
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    // Criteria where the stakeholders disagree.
    int disagreements() const;
    // Takes the proposed consensus as the agreed value wherever stakeholders scored (one undo command).
    bool adoptConsensus();

private:
    void reload();
    Portfolio* m_portfolio;
    core::Id m_initiative = 0;
    core::Id m_rater = 0;
    QHash<core::Id, double> m_raterValues; // criterion → the rater's private value
    QList<core::Criterion> m_criteria;
    QHash<core::Id, core::Spread> m_spreads; // criterion → stakeholders' spread
};

} // namespace tiller::app
