// The program's people as an editable table (name, e-mail, team, roles).
#pragma once

#include "tiller/core/Types.h"

#include <QAbstractTableModel>

namespace tiller::app {

class Portfolio;

class PeopleModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Email, Team, Roles, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, RoleFlagsRole };

    explicit PeopleModel(Portfolio* portfolio, QObject* parent = nullptr);
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    core::Id idAt(int row) const;
    // Undoable add and delete; return the new row (-1 if refused) / success.
    int addPerson();
    bool removeRows(const QList<int>& rows);

private:
    void reload();
    Portfolio* m_portfolio;
    QList<core::Id> m_ids;
};

class DomainModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Color, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit DomainModel(Portfolio* portfolio, QObject* parent = nullptr);
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    core::Id idAt(int row) const;
    int addDomain();
    bool removeRows(const QList<int>& rows);

private:
    void reload();
    Portfolio* m_portfolio;
    QList<core::Id> m_ids;
};

} // namespace tiller::app
