// Qualifies a submitted change request: the four-point checklist, the likely duplicates, and the outcome
// (qualified for the next board, returned for information, rejected) with its note.
#pragma once

#include "tiller/core/Entities.h"

#include <QDialog>

class QButtonGroup;
class QCheckBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;

namespace tiller::app {
class Portfolio;
}

namespace tiller::gui {

class QualifyDialog : public QDialog
{
    Q_OBJECT
public:
    // True when the qualification was recorded. Shown through Dialogs::exec (tests answer it with a hook).
    static bool qualify(QWidget* parent, app::Portfolio* portfolio, core::Id requestId);

    // Submits; stays open saying why when the note is missing or the change is refused.
    void accept() override;

private:
    QualifyDialog(app::Portfolio* portfolio, const core::ChangeRequest& request, QWidget* parent);
    int checklist() const;
    void updateOutcome();
    void showError(const QString& text);

    app::Portfolio* m_portfolio;
    core::ChangeRequest m_request;
    QCheckBox* m_complete;
    QCheckBox* m_inStrategy;
    QCheckBox* m_notDuplicate;
    QCheckBox* m_estimated;
    QListWidget* m_duplicates;
    QButtonGroup* m_outcomes;
    QRadioButton* m_qualified;
    QRadioButton* m_returned;
    QRadioButton* m_rejected;
    QLabel* m_hint;
    QPlainTextEdit* m_note;
    QLabel* m_error;
    QPushButton* m_ok;
};

} // namespace tiller::gui
