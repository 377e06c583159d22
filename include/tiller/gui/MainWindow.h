// The desktop app's window: navigation sidebar, menus, toolbar, the views of the open portfolio.
#pragma once

#include <QMainWindow>

#include <memory>

class QListWidget;
class QStackedWidget;
class QLabel;
class QMenu;
class QUndoStack;
class QSystemTrayIcon;

namespace tiller::app {
class MailService;
class Portfolio;
class Selection;
class Settings;
} // namespace tiller::app

namespace tiller::gui {

class BinsView;
class InventoryView;
class PriorityMatrixView;
class VotingView;
class MapView;
class TasksView;
class WeeklyReviewView;
class StandupView;
class InboxView;
class ChangeBoardView;
class DashboardView;
class GovernanceView;
class JourneyView;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(app::Settings* settings, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Takes the portfolio; the window shows it at once.
    void setPortfolio(std::unique_ptr<app::Portfolio> portfolio);
    app::Portfolio* portfolio() const { return m_portfolio.get(); }
    // Opens a location, reporting errors in a dialog; true when it is open.
    bool openLocation(const QString& location);
    // Shows a view by its command-line name ("inventory"…); false if unknown.
    bool showView(const QString& name);
    static QStringList viewNames();
    // Views shown on another page than their first ("changeboard/session"); showView() takes them too.
    static QStringList pageNames();
    InventoryView* inventoryView() const { return m_inventory; }
    PriorityMatrixView* matrixView() const { return m_matrix; }
    VotingView* votingView() const { return m_voting; }
    BinsView* binsView() const { return m_bins; }
    MapView* mapView() const { return m_map; }
    TasksView* tasksView() const { return m_tasks; }
    WeeklyReviewView* reviewView() const { return m_review; }
    StandupView* standupView() const { return m_standup; }
    InboxView* inboxView() const { return m_inbox; }
    ChangeBoardView* changeBoardView() const { return m_changeBoard; }
    app::Selection* selection() const { return m_selection; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void updateTitle();
    void updateRecentMenu();
    void newPortfolio();
    void openPortfolio();
    void saveCopy();
    void editPeople();
    void editDomains();
    void editPreferences();
    void editScoringModel();
    void sendMail();
    void sendMailNow(bool quiet);
    void autoSendMail();
    void about();

    app::Settings* m_settings;
    std::unique_ptr<app::Portfolio> m_portfolio;
    QListWidget* m_sidebar;
    QStackedWidget* m_stack;
    app::Selection* m_selection;
    InventoryView* m_inventory;
    PriorityMatrixView* m_matrix;
    VotingView* m_voting;
    BinsView* m_bins;
    MapView* m_map;
    TasksView* m_tasks;
    WeeklyReviewView* m_review;
    StandupView* m_standup;
    InboxView* m_inbox;
    ChangeBoardView* m_changeBoard;
    DashboardView* m_dashboard;
    GovernanceView* m_governance;
    JourneyView* m_journey;
    QSystemTrayIcon* m_tray = nullptr;
    int m_lastUnread = 0;
    app::MailService* m_mail = nullptr;
    bool m_mailQuiet = false;
    QLabel* m_statusLocation;
    QMenu* m_recentMenu = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    QUndoStack* m_emptyStack;
};

} // namespace tiller::gui
