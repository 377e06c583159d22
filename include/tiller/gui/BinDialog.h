// Edits one project bin and its predecessors; OK makes it one undoable change.
#pragma once

#include "tiller/core/Entities.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace tiller::app {
class Portfolio;
}

namespace tiller::gui {

class BinDialog : public QDialog
{
    Q_OBJECT
public:
    // True when the bin was changed. Shown through Dialogs::exec (tests answer it with a hook).
    static bool editBin(QWidget* parent, app::Portfolio* portfolio, core::Id binId);
    // The new bin's id, or 0 when cancelled.
    static core::Id newBin(QWidget* parent, app::Portfolio* portfolio);

    // Submits; stays open showing the portfolio's reason when the change is refused.
    void accept() override;

private:
    BinDialog(app::Portfolio* portfolio, const core::ProjectBin& bin, QWidget* parent);
    core::ProjectBin edited() const;
    void addPredecessor(core::Id binId, int lagDays);
    void addChosenPredecessor();
    void removePredecessor();
    void refreshChoices();
    void showError(const QString& text);
    bool submitEdit();
    bool submitNew();

    app::Portfolio* m_portfolio;
    core::ProjectBin m_bin; // as it was (id 0: a new bin)
    core::Id m_createdId = 0;
    QLineEdit* m_code;
    QLineEdit* m_name;
    QComboBox* m_domain;
    QComboBox* m_owner;
    QComboBox* m_status;
    QSpinBox* m_priority;
    QComboBox* m_horizon;
    QCheckBox* m_dated;
    QDateEdit* m_start;
    QDateEdit* m_end;
    QDoubleSpinBox* m_budget;
    QDoubleSpinBox* m_effort;
    QTableWidget* m_predecessors;
    QComboBox* m_choice;
    QLabel* m_error;
};

} // namespace tiller::gui
