// The change requests of the change board view: a filtered table, the selected request's details, and the
// actions that move a request through submission and qualification.
#pragma once

#include "tiller/core/Types.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;
class QTextBrowser;
class QToolBar;

namespace tiller::app {
class Portfolio;
class RequestFilterModel;
class RequestModel;
} // namespace tiller::app

namespace tiller::gui {

class RequestsPanel : public QWidget
{
    Q_OBJECT
public:
    // The portfolio must outlive the panel.
    explicit RequestsPanel(app::Portfolio* portfolio, QWidget* parent = nullptr);

    // Selects the request, clearing the filters when they hide it.
    void selectRequest(core::Id id);
    core::Id currentRequest() const;

    // For the main window's menus and for tests.
    QTableView* table() const { return m_table; }
    app::RequestModel* model() const { return m_model; }
    app::RequestFilterModel* proxy() const { return m_proxy; }
    QLabel* countLabel() const { return m_count; }
    QTextBrowser* detail() const { return m_detail; }
    QAction* newAction() const { return m_new; }
    QAction* editAction() const { return m_edit; }
    QAction* qualifyAction() const { return m_qualify; }
    QAction* resubmitAction() const { return m_resubmit; }
    QAction* deleteAction() const { return m_delete; }

    void newRequest();
    void editCurrent();
    void qualifyCurrent();
    void resubmitCurrent();
    void deleteCurrent();

signals:
    // A request was opened (double-click or Enter), just before its dialog shows.
    void requestActivated(core::Id id);
    // A short report for the status bar.
    void message(const QString& text);

private:
    void rebuildFilters();
    void applyStatusFilter();
    void updateCount();
    void updateActions();
    void updateDetail();
    void sizeColumns();
    bool deletable(core::Id id) const;

    app::Portfolio* m_portfolio;
    app::RequestModel* m_model;
    app::RequestFilterModel* m_proxy;
    QToolBar* m_toolbar;
    QLineEdit* m_search;
    QComboBox* m_statusFilter;
    QComboBox* m_originFilter;
    QComboBox* m_domainFilter;
    QLabel* m_count;
    QTableView* m_table;
    QTextBrowser* m_detail;
    QSplitter* m_splitter;
    QAction* m_new;
    QAction* m_edit;
    QAction* m_qualify;
    QAction* m_resubmit;
    QAction* m_delete;
};

} // namespace tiller::gui
