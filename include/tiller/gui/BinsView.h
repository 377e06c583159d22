// The project bins: a filterable, sortable table; initiatives dragged into, between and out of bins.
#pragma once

#include "tiller/core/Types.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;
class QTimer;
class QToolBar;

namespace tiller::app {
class Portfolio;
class BinModel;
class BinFilterModel;
class InitiativeModel;
class InitiativeFilterModel;
} // namespace tiller::app

namespace tiller::gui {

class BinsView : public QWidget
{
    Q_OBJECT
public:
    explicit BinsView(QWidget* parent = nullptr);

    void setPortfolio(app::Portfolio* portfolio); // nullptr: nothing open

    QTableView* table() const { return m_table; }
    QLineEdit* searchBox() const { return m_search; }
    QComboBox* statusFilter() const { return m_statusFilter; }
    QComboBox* domainFilter() const { return m_domainFilter; }
    QComboBox* ownerFilter() const { return m_ownerFilter; }
    QLabel* countLabel() const { return m_count; }
    // The selected bin's initiatives, and those in no bin.
    QTableView* binInitiatives() const { return m_inBin; }
    QTableView* unassignedInitiatives() const { return m_unassigned; }
    QLabel* binTitle() const { return m_binTitle; }
    // The guardrails crossed today (hidden when none).
    QLabel* guardrailsBanner() const { return m_guardrails; }
    // Built when the view is first shown (nullptr before).
    app::BinModel* model() const { return m_model; }
    app::BinFilterModel* proxy() const { return m_proxy; }

    QAction* newAction() const { return m_new; }
    QAction* editAction() const { return m_edit; }
    QAction* deleteAction() const { return m_delete; }
    QAction* deriveAction() const { return m_derive; }
    QAction* removeFromBinAction() const { return m_removeFromBin; }
    QAction* charterAction() const { return m_charter; }
    QAction* exportCharterAction() const { return m_exportCharter; }

    core::Id currentBin() const;
    void selectBin(core::Id id);

    void newBin();
    void editCurrentBin();
    void deleteCurrentBin();
    void derivePriorities();
    void removeFromBin();
    // The selected bin's charter: edit it (CharterDialog), or write it to a PDF (CharterExport).
    void editCurrentCharter();
    void exportCurrentCharter();

signals:
    void message(const QString& text);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void ensureBuilt();
    void updateCount();
    void updatePanel();
    void updateActions();
    void rebuildFilters();
    void updateGuardrails();
    QList<core::Id> selectedInBin() const;

    app::Portfolio* m_portfolio = nullptr;
    app::BinModel* m_model = nullptr;
    app::BinFilterModel* m_proxy;
    app::InitiativeModel* m_initiatives = nullptr;
    app::InitiativeFilterModel* m_inBinProxy;
    app::InitiativeFilterModel* m_unassignedProxy;
    QToolBar* m_toolbar;
    QLineEdit* m_search;
    QComboBox* m_statusFilter;
    QComboBox* m_domainFilter;
    QComboBox* m_ownerFilter;
    QLabel* m_count;
    QTableView* m_table;
    QSplitter* m_splitter;
    QLabel* m_binTitle;
    QTableView* m_inBin;
    QLabel* m_unassignedTitle;
    QLineEdit* m_unassignedSearch;
    QTableView* m_unassigned;
    QLabel* m_guardrails;
    QTimer* m_guardrailsTimer;
    QAction* m_new;
    QAction* m_edit;
    QAction* m_delete;
    QAction* m_derive;
    QAction* m_removeFromBin;
    QAction* m_charter;
    QAction* m_exportCharter;
};

} // namespace tiller::gui
