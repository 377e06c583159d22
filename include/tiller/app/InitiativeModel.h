// The initiatives as a table: one row per initiative; edits become undo commands.
#pragma once

#include "tiller/core/Types.h"

#include <QAbstractTableModel>

namespace tiller::app {

class Portfolio;

class InitiativeModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Code, Title, Domain, Owner, Status, Horizon, Priority, PainPoints, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, // the initiative's id (qint64)
        ChoicesRole,               // for Domain/Owner/Status/Horizon: QVariantList of {label, value} maps
        SortRole,                  // the value to sort by
        DomainColorRole,           // "#rrggbb" of the initiative's domain
        DescriptionRole,           // the description (searched, shown in the detail panel)
        BinRole,                   // the id of the project bin holding it (qint64; 0: none)
    };
    Q_ENUM(Column)

    explicit InitiativeModel(Portfolio* portfolio, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    // Pushes one undo command; refuses (returns false) what the rules refuse.
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    // Rows drag out as initiative ids (MimeTypes.h), to be dropped on a project bin.
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    Qt::DropActions supportedDragActions() const override;

    core::Id idAt(int row) const;
    int rowOf(core::Id id) const;

private:
    void onAdded(core::Id id);
    void onChanged(core::Id id);
    void onRemoved(core::Id id);
    void onReferenceChanged();

    Portfolio* m_portfolio;
    QList<core::Id> m_ids; // display order: as loaded, new ones last
    QHash<core::Id, int> m_rows;
};

} // namespace tiller::app
