// The change board in session: the agenda with each request's figures and guardrail impact, the decisions
// (approve, defer, reject — undoable until the session is closed), attendees and notes, agenda and minutes as PDF;
// and the decision log across sessions.
#pragma once

#include "tiller/core/Entities.h"

#include <QDate>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;
class QTextBrowser;
class QTimer;

namespace tiller::app {
class Portfolio;
}

namespace tiller::gui {

class BoardSessionPanel : public QWidget
{
    Q_OBJECT
public:
    explicit BoardSessionPanel(app::Portfolio* portfolio, QWidget* parent = nullptr);

    core::Id currentSession() const { return m_session; }
    void showSession(core::Id sessionId);
    core::Id currentRequest() const;
    void selectRequest(core::Id requestId);

    // The actions (also on the panel's buttons); each asks what it needs through Dialogs.
    void scheduleSession();
    void gatherAgenda();
    void approveCurrent();
    void deferCurrent();
    void rejectCurrent();
    void withdrawCurrent();
    void closeSession();
    void exportAgenda();
    void exportMinutes();

    QComboBox* sessions() const { return m_sessions; }
    QListWidget* agenda() const { return m_agenda; }
    QListWidget* attendees() const { return m_attendees; }
    QPlainTextEdit* notes() const { return m_notes; }
    QLabel* impact() const { return m_impact; }

signals:
    void message(const QString& text);

private:
    void refreshSessions();
    void refreshAgenda();
    void refreshDetail();
    void saveAttendees();
    void saveNotes();
    // The selected request when the session can still decide on it (open, writable); else nullptr.
    const core::ChangeRequest* decidable() const;

    app::Portfolio* m_portfolio;
    core::Id m_session = 0;
    QComboBox* m_sessions;
    QLabel* m_state;
    QListWidget* m_agenda;
    QTextBrowser* m_detail;
    QLabel* m_impact;
    QLabel* m_decision;
    QListWidget* m_attendees;
    QPlainTextEdit* m_notes;
    QPushButton* m_schedule;
    QPushButton* m_gather;
    QPushButton* m_approve;
    QPushButton* m_defer;
    QPushButton* m_reject;
    QPushButton* m_withdraw;
    QPushButton* m_close;
    QPushButton* m_exportAgenda;
    QPushButton* m_exportMinutes;
    QTimer* m_refresh;
    bool m_filling = false;
};

class DecisionLogPanel : public QWidget
{
    Q_OBJECT
public:
    explicit DecisionLogPanel(app::Portfolio* portfolio, QWidget* parent = nullptr);
    QTableView* table() const { return m_table; }
    int rowCount() const;

signals:
    void requestActivated(core::Id requestId);

private:
    void refresh();

    app::Portfolio* m_portfolio;
    QLineEdit* m_search;
    QComboBox* m_verdict;
    QStandardItemModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_table;
    QLabel* m_count;
};

} // namespace tiller::gui
