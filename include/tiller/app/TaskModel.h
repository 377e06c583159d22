// Every task as a table (title, bin, owner, due date, status, weekly objective…), with the filters of the
// tasks view: mine, my team, overdue, blocked, this week. Edits become undo commands.
#pragma once

#include "tiller/core/Types.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QSortFilterProxyModel>

#include <functional>

namespace tiller::core {
struct Task;
}

namespace tiller::app {

class Portfolio;

class TaskModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Title, Bin, Owner, Due, Status, Objective, Estimate, Note, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole, // the task's id (qint64)
        ChoicesRole,           // for Bin/Owner/Status: QVariantList of {label, value} maps
        SortRole,
        StatusRole, // int(TaskStatus)
        LateRole,   // true when open and past its due date
    };
    Q_ENUM(Column)

    explicit TaskModel(Portfolio* portfolio, QObject* parent = nullptr);

    // "Today" for overdue and this week (tests fix it).
    void setToday(QDate today);
    QDate today() const { return m_today; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    // Tasks dragged onto a board column change status (one undo step per drop).
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    Qt::DropActions supportedDragActions() const override { return Qt::MoveAction; }

    int rowOf(core::Id id) const { return m_rows.value(id, -1); }
    core::Id idAt(int row) const;
    const core::Task* taskAt(int row) const;

private:
    void reset();
    void taskChanged(core::Id id);
    QVariant display(const core::Task& t, int column, int role) const;

    Portfolio* m_portfolio;
    QDate m_today;
    QList<core::Id> m_ids;
    QHash<core::Id, int> m_rows;
};

// The tasks view's filters.
class TaskFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class Scope { All, Mine, Team, Overdue, Blocked, ThisWeek };

    explicit TaskFilterModel(Portfolio* portfolio, QObject* parent = nullptr);
    void setScope(Scope scope);
    Scope scope() const { return m_scope; }
    // Who "mine" and "my team" are about.
    void setMe(core::Id person);
    void setBin(core::Id bin); // 0: every bin
    void setText(const QString& text);
    void setStatus(int status); // -1: any (the board's columns use one each)
    void setToday(QDate today);

    // A board column takes task drops: the handler changes their status (returns false when refused).
    void setDropHandler(std::function<bool(const QList<qint64>& taskIds)> handler) { m_drop = std::move(handler); }
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    Qt::DropActions supportedDropActions() const override { return Qt::CopyAction | Qt::MoveAction; }
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                         const QModelIndex& parent) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override;

private:
    Portfolio* m_portfolio;
    Scope m_scope = Scope::All;
    core::Id m_me = 0;
    core::Id m_bin = 0;
    QString m_text;
    int m_status = -1;
    QDate m_today = QDate::currentDate();
    std::function<bool(const QList<qint64>&)> m_drop;
};

} // namespace tiller::app
