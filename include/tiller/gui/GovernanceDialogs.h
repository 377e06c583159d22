// The dialogs of governance: a body (purpose, chair, cadence, members and their roles), a meeting record
// (attendees, notes, decisions), and the CX direction (its lead, whom it reports to, the RACI limit).
#pragma once

#include "tiller/app/Changes.h"
#include "tiller/core/Entities.h"

#include <QDialog>
#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;

namespace tiller::app {
class Portfolio;
}

namespace tiller::gui {

// Fills a combo with "(nobody)" and the program's people, by name; selects `current`.
void fillPeople(QComboBox* combo, const app::Portfolio& portfolio, core::Id current);

// A few lines of text, Tab moving on; OK and Cancel wired to the dialog.
QPlainTextEdit* textBox(QWidget* parent, int lines);
QDialogButtonBox* okCancel(QDialog* dialog);

// Submits an edit and returns why it was refused, or nothing when it was made.
std::optional<QString> submitEdit(app::Portfolio& portfolio, const QString& label, app::ChangeSet changes);

// A dialog whose OK saves: a refused edit keeps it open with the reason shown, and nothing typed is lost.
class SavingDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SavingDialog(QWidget* parent = nullptr);
    // The save: the reason it was refused, or nothing when it was written.
    void setSave(std::function<std::optional<QString>()> save) { m_save = std::move(save); }
    // Submits `changes` on the portfolio, returning the refusal's reason if any.
    QLabel* errorLabel() const { return m_error; }
    void accept() override;

protected:
    QLabel* m_error;

private:
    std::function<std::optional<QString>()> m_save;
};

class BodyDialog : public SavingDialog
{
    Q_OBJECT
public:
    BodyDialog(const app::Portfolio& portfolio, const core::GovernanceBody& body, QWidget* parent = nullptr);
    core::GovernanceBody body() const;
    // Edits a body (id 0: a new one) and submits it; true when saved.
    static bool edit(QWidget* parent, app::Portfolio* portfolio, const core::GovernanceBody& body);

    QLineEdit* nameEdit() const { return m_name; }
    QComboBox* kindBox() const { return m_kind; }
    QComboBox* chairBox() const { return m_chair; }
    QComboBox* cadenceBox() const { return m_cadence; }
    QTableWidget* members() const { return m_members; }

private:
    const app::Portfolio& m_portfolio;
    core::GovernanceBody m_body;
    QLineEdit* m_name;
    QComboBox* m_kind;
    QPlainTextEdit* m_purpose;
    QComboBox* m_chair;
    QComboBox* m_cadence;
    QCheckBox* m_planned;
    QDateEdit* m_next;
    QTableWidget* m_members; // a row per person: checked when a member, with their role
};

class MeetingDialog : public SavingDialog
{
    Q_OBJECT
public:
    MeetingDialog(const app::Portfolio& portfolio, const core::GovernanceBody& body, const core::Meeting& meeting,
                  QWidget* parent = nullptr);
    core::Meeting meeting() const;
    // Records a meeting of a body (id 0: a new one); true when saved.
    static bool edit(QWidget* parent, app::Portfolio* portfolio, core::Id bodyId, const core::Meeting& meeting);

    QDateEdit* dateEdit() const { return m_date; }
    QTableWidget* attendees() const { return m_attendees; }
    QPlainTextEdit* decisionsEdit() const { return m_decisions; }

private:
    core::Meeting m_meeting;
    QLineEdit* m_title;
    QDateEdit* m_date;
    QTableWidget* m_attendees;
    QPlainTextEdit* m_notes;
    QPlainTextEdit* m_decisions;
};

class DirectionDialog : public SavingDialog
{
    Q_OBJECT
public:
    DirectionDialog(const app::Portfolio& portfolio, QWidget* parent = nullptr);
    core::Program program() const;
    static bool edit(QWidget* parent, app::Portfolio* portfolio);

private:
    core::Program m_program;
    QComboBox* m_lead;
    QLineEdit* m_reportsTo;
    QSpinBox* m_limit;
};

} // namespace tiller::gui
