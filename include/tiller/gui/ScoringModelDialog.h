// Edits the model in use: its criteria, their side, weight and scale; OK writes one undoable change that re-scores everything.
#pragma once

#include "tiller/core/Scoring.h"

#include <QDialog>

class QLineEdit;
class QTableWidget;
class QLabel;

namespace tiller::app {
class Portfolio;
}

namespace tiller::gui {

class ScoringModelDialog : public QDialog
{
    Q_OBJECT
public:
    ScoringModelDialog(app::Portfolio* portfolio, const core::ScoringModel& model, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    QLineEdit* nameEdit() const { return m_name; }
    // The model as edited in the dialog.
    core::ScoringModel editedModel() const;
    // Validates and submits; false (with the reason shown in the dialog) when refused.
    bool apply();
    // Opens the pairwise comparison of the criteria and takes the weights it derives.
    void weightsFromComparisons();

private:
    void addRow(const core::Criterion& c);
    app::Portfolio* m_portfolio;
    core::ScoringModel m_model;
    QLineEdit* m_name;
    QTableWidget* m_table;
    QLabel* m_problem;
};

} // namespace tiller::gui
