// The project bins as a table: one row per bin; edits and initiative drops become undo commands.
#pragma once

#include "tiller/core/Types.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>

#include <functional>
#include <optional>

namespace tiller::core {
struct ProjectBin;
}

namespace tiller::app {

class Portfolio;

class BinModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Code,
        Name,
        Domain,
        Owner,
        Status,
        Priority,
        Start,
        End,
        Horizon,
        Initiatives,
        Budget,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole, // the bin's id (qint64)
        ChoicesRole,           // for Domain/Owner/Status/Horizon: QVariantList of {label, value} maps
        SortRole,              // the value to sort by
        DomainColorRole,       // "#rrggbb" of the bin's domain
    };
    Q_ENUM(Column)

    explicit BinModel(Portfolio* portfolio, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    // Pushes one undo command; refuses (returns false) what the rules refuse.
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    // Initiatives dropped on a bin's row move into it, all in one undo step.
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                         const QModelIndex& parent) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

    // Asked when a status edit marks a bin done while its definition of done has open criteria: the reason to
    // override (recorded in the audit trail), or nothing to leave the bin as it is. Without an asker the edit is
    // submitted as it is, and the portfolio refuses it.
    using OverrideAsker = std::function<std::optional<QString>(const core::ProjectBin& bin, const QStringList& open)>;
    void setOverrideAsker(OverrideAsker asker) { m_askOverride = std::move(asker); }

    core::Id idAt(int row) const;
    int rowOf(core::Id id) const;
    int initiativeCount(core::Id binId) const { return m_counts.value(binId); }

private:
    const core::ProjectBin* binAt(int row) const;
    void onBinsChanged();
    void onInitiativeAdded(core::Id id);
    void onInitiativeChanged(core::Id id);
    void onInitiativeRemoved(core::Id id);
    void onReferenceChanged();
    void countChanged(core::Id binId, int delta);
    void reindex();

    Portfolio* m_portfolio;
    OverrideAsker m_askOverride;
    QList<core::Id> m_ids;             // display order: as loaded, new ones last
    QHash<core::Id, int> m_rows;       // bin → row
    QHash<core::Id, int> m_at;         // bin → position in Portfolio::bins()
    QHash<core::Id, core::Id> m_binOf; // initiative → its bin (0: none)
    QHash<core::Id, int> m_counts;     // bin → how many initiatives it holds
};

} // namespace tiller::app
