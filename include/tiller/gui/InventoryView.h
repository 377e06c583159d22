// The inventory: every initiative in a searchable, sortable, editable table with a detail panel.
#pragma once

#include "tiller/core/Types.h"

#include <QWidget>

class QTableView;
class QLineEdit;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QListWidget;
class QSplitter;
class QAction;

namespace tiller::app {
class Portfolio;
class InitiativeModel;
class InitiativeFilterModel;
class Selection;
} // namespace tiller::app

namespace tiller::gui {

class InventoryView : public QWidget
{
    Q_OBJECT
public:
    explicit InventoryView(app::Selection* selection, QWidget* parent = nullptr);

    void setPortfolio(app::Portfolio* portfolio); // nullptr: nothing open
    QTableView* table() const { return m_table; }
    QLineEdit* searchBox() const { return m_search; }
    app::InitiativeModel* model() const { return m_model; }
    app::InitiativeFilterModel* proxy() const { return m_proxy; }
    QPlainTextEdit* descriptionEdit() const { return m_description; }
    QListWidget* painPointList() const { return m_painPoints; }
    QSplitter* splitter() const { return m_splitter; }

    QAction* addAction() const { return m_add; }
    QAction* duplicateAction() const { return m_duplicate; }
    QAction* deleteAction() const { return m_delete; }
    QAction* findAction() const { return m_find; }

    core::Id currentId() const;
    void selectInitiative(core::Id id);
    QList<core::Id> selectedIds() const;

    void addInitiative();
    void duplicateSelected();
    void deleteSelected();
    // Writes a pending description edit (also done on focus loss and selection change).
    void commitDescription();

signals:
    void message(const QString& text);

private:
    void updateDetail();
    void updateActions();
    void updateCount();
    void rebuildDomainFilter();
    void painPointToggled(core::Id painPoint, bool linked);

    app::Portfolio* m_portfolio = nullptr;
    app::Selection* m_selection;
    app::InitiativeModel* m_model = nullptr;
    app::InitiativeFilterModel* m_proxy;
    QLineEdit* m_search;
    QComboBox* m_domainFilter;
    QComboBox* m_statusFilter;
    QLabel* m_count;
    QTableView* m_table;
    QSplitter* m_splitter;
    QLabel* m_detailTitle;
    QLabel* m_detailMeta;
    QPlainTextEdit* m_description;
    QListWidget* m_painPoints;
    QAction* m_add;
    QAction* m_duplicate;
    QAction* m_delete;
    QAction* m_find;
    core::Id m_detailId = 0;
    bool m_updatingDetail = false;
};

} // namespace tiller::gui
