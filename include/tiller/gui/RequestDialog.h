// Submits a new change request or edits one, showing likely duplicates while the title is typed.
#pragma once

#include "tiller/core/Entities.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTimer;

namespace tiller::app {
class Portfolio;
}

namespace tiller::gui {

class RequestDialog : public QDialog
{
    Q_OBJECT
public:
    // The new request's id, or 0 when cancelled. Shown through Dialogs::exec (tests answer it with a hook).
    static core::Id submitNew(QWidget* parent, app::Portfolio* portfolio, core::Id submitter = 0);
    // True when the request was changed.
    static bool edit(QWidget* parent, app::Portfolio* portfolio, core::Id requestId);

    // Submits; stays open showing the portfolio's reason when the change is refused.
    void accept() override;

private:
    RequestDialog(app::Portfolio* portfolio, const core::ChangeRequest& request, QWidget* parent);
    core::ChangeRequest edited() const;
    void updateDuplicates();
    void showError(const QString& text);

    app::Portfolio* m_portfolio;
    core::ChangeRequest m_request; // as it was (id 0: a new one)
    core::Id m_createdId = 0;
    QLineEdit* m_title;
    QPlainTextEdit* m_description;
    QComboBox* m_origin;
    QComboBox* m_submitter;
    QComboBox* m_domain;
    QComboBox* m_pillar;
    QPlainTextEdit* m_evidence;
    QListWidget* m_painPoints;
    QDoubleSpinBox* m_benefit;
    QDoubleSpinBox* m_cost;
    QDoubleSpinBox* m_effort;
    QComboBox* m_urgency;
    QCheckBox* m_wanted;
    QDateEdit* m_wantedBy;
    QListWidget* m_duplicates;
    QTimer* m_duplicateTimer;
    QLabel* m_error;
};

} // namespace tiller::gui
