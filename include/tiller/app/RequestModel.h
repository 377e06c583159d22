// The change requests as a table: one row per request, following the portfolio's request signals row by row.
#pragma once

#include "tiller/core/Types.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace tiller::core {
struct ChangeRequest;
}

namespace tiller::app {

class Portfolio;

class RequestModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Code,
        Title,
        Origin,
        Submitter,
        Submitted,
        Domain,
        Pillar,
        Urgency,
        Benefit,
        Cost,
        Effort,
        Status,
        Session,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole, // the raw value: numbers as numbers, dates as QDate, names as text
        IdRole,                  // the request's id (qint64), on every column
        KeyRole,                 // the stored value: origin, status and urgency as int; submitter, domain,
                                 // pillar and session as ids
        DescriptionRole,         // the request's description, on every column
        ChoicesRole,             // Urgency: QVariantList of {label, value} maps
        DomainColorRole,         // "#rrggbb" of the request's domain
    };
    Q_ENUM(Column)

    explicit RequestModel(Portfolio* portfolio, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    // Title and Urgency: one undo command each; false when the rules refuse it.
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    core::Id idAt(int row) const;
    int rowOf(core::Id id) const;

private:
    const core::ChangeRequest* requestAt(int row) const;
    void onAdded(core::Id id);
    void onChanged(core::Id id);
    void onRemoved(core::Id id);
    void columnChanged(int column);
    void reindex();

    Portfolio* m_portfolio;
    QList<core::Id> m_ids;       // display order: as loaded, new ones last
    QHash<core::Id, int> m_rows; // request → row
    QHash<core::Id, int> m_at;   // request → position in Portfolio::requests()
};

} // namespace tiller::app
