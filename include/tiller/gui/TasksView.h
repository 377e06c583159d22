// The tasks view: every task in a filterable table or on a board by status; hand a task over, block it,
// make it a weekly objective.
#pragma once

#include "tiller/core/Types.h"

#include <QDate>
#include <QWidget>

#include <array>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QStackedWidget;
class QTabBar;
class QTableView;

namespace tiller::app {
class Portfolio;
class TaskModel;
class TaskFilterModel;
} // namespace tiller::app

namespace tiller::gui {

class TasksView : public QWidget
{
    Q_OBJECT
public:
    explicit TasksView(QWidget* parent = nullptr);
    ~TasksView() override;

    void setPortfolio(app::Portfolio* portfolio);
    // "Today" for overdue and this week (tests fix it).
    void setToday(QDate today);

    app::TaskModel* model() const { return m_model; }
    app::TaskFilterModel* proxy() const { return m_proxy; }
    QTableView* table() const { return m_table; }
    // The board's columns: to do, doing, blocked, done.
    QListView* boardColumn(int status) const { return m_board[std::size_t(status)]; }
    app::TaskFilterModel* boardProxy(int status) const { return m_boardProxies[std::size_t(status)]; }
    QComboBox* scopeChooser() const { return m_scope; }
    QComboBox* meChooser() const { return m_me; }
    QLineEdit* searchBox() const { return m_search; }
    QLabel* countLabel() const { return m_count; }
    QAction* handOverAction() const { return m_handOver; }
    QAction* doneAction() const { return m_done; }
    QAction* blockAction() const { return m_block; }
    QAction* newAction() const { return m_new; }
    void showBoard(bool board);

    core::Id currentId() const;
    void selectTask(core::Id id);
    void handOverCurrent();
    void markCurrentDone();
    void markCurrentBlocked();
    void setCurrentObjective(int weeksFromNow); // -1: clear
    void addTask();
    void deleteCurrent();
    // A blocked reason for a task (asked through Dialogs::text); nullopt when cancelled.
    std::optional<QString> askBlockedReason(core::Id taskId);

signals:
    void message(const QString& text);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void build();
    void rebuildChoosers();
    void updateFilters();
    void updateActions();
    void updateCount();

    app::Portfolio* m_portfolio = nullptr;
    app::TaskModel* m_model = nullptr;
    app::TaskFilterModel* m_proxy = nullptr;
    std::array<app::TaskFilterModel*, 4> m_boardProxies{};
    QDate m_today = QDate::currentDate();
    QComboBox* m_scope;
    QComboBox* m_me;
    QComboBox* m_bin;
    QLineEdit* m_search;
    QLabel* m_count;
    QTabBar* m_mode;
    QStackedWidget* m_stack;
    QTableView* m_table;
    std::array<QListView*, 4> m_board{};
    std::array<QLabel*, 4> m_boardTitles{};
    QAction* m_new;
    QAction* m_handOver;
    QAction* m_done;
    QAction* m_block;
    QAction* m_thisWeek;
    QAction* m_nextWeek;
    QAction* m_delete;
};

// Hands a task to someone else with a note; shows the task's history.
class TransferDialog
{
public:
    static bool handOver(QWidget* parent, app::Portfolio* portfolio, core::Id taskId);
};

} // namespace tiller::gui
