// The RACI matrix: a row per bin (and initiative) under way, a column per person; a cell is edited with a choice
// of roles (one undoable step each). Gaps and overloads are flagged in red.
#pragma once

#include "tiller/core/Governance.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QTableView;

namespace tiller::app {
class Portfolio;
class RaciModel;
} // namespace tiller::app

namespace tiller::gui {

class RaciPanel : public QWidget
{
    Q_OBJECT
public:
    explicit RaciPanel(app::Portfolio* portfolio, QWidget* parent = nullptr);
    QTableView* table() const { return m_table; }
    app::RaciModel* model() const { return m_model; }
    QCheckBox* initiativesToggle() const { return m_initiatives; }
    QLabel* summary() const { return m_summary; }
    // Selects an item's row (and shows it).
    void selectItem(core::RaciItem item);
    // Makes each owner accountable where nobody is (one undoable step).
    void ownersAccountable();

signals:
    void message(const QString& text);

private:
    void updateSummary();

    app::Portfolio* m_portfolio;
    app::RaciModel* m_model;
    QTableView* m_table;
    QCheckBox* m_initiatives;
    QCheckBox* m_everyone;
    QLabel* m_summary;
};

} // namespace tiller::gui
