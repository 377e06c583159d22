// The RACI matrix as an editable table: a row per bin or initiative under way, a column per person; each cell the
// roles that person holds there (R, A, C, I). The first columns name the item and its gaps; a person's header
// says how many items they are accountable for, and flags an overload.
#pragma once

#include "tiller/core/Governance.h"

#include <QAbstractTableModel>
#include <QHash>

namespace tiller::app {

class Portfolio;

class RaciModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Item,
        Gaps,
        FirstPerson
    };
    enum Role
    {
        ChoicesRole = Qt::UserRole + 1, // QVariantList of {label, value} maps: the cells a person may hold
        FlagsRole,                      // int: RaciRole flags of the cell
        GapRole,                        // bool: the row has a gap / the person's column is overloaded
    };

    explicit RaciModel(Portfolio* portfolio, QObject* parent = nullptr);
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    // EditRole: RaciRole flags (an int); one undoable step.
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    // Initiatives too, or bins only.
    void setShowInitiatives(bool show);
    bool showInitiatives() const { return m_showInitiatives; }
    // Everyone, or only the people holding a role on the rows shown (the default: the matrix stays readable).
    void setShowEveryone(bool everyone);
    bool showEveryone() const { return m_showEveryone; }
    core::RaciItem itemAt(int row) const;
    core::Id personAt(int column) const;
    int rowOf(core::RaciItem item) const;
    int columnOf(core::Id personId) const;
    const core::RaciReport& report() const { return m_report; }
    // "A/R", "C"… the letters of a cell.
    static QString letters(int flags);

private:
    void reload();
    Portfolio* m_portfolio;
    bool m_showInitiatives = true;
    bool m_showEveryone = false;
    std::vector<core::RaciItem> m_items;
    QList<core::Id> m_people;
    QHash<QPair<qint64, qint64>, int> m_cells; // (row, person) → flags
    QHash<qint64, int> m_rowGaps;              // row → RaciGap flags
    core::RaciReport m_report;
};

} // namespace tiller::app
