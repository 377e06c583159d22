// Edits a bin's charter — objectives, benefits, scope, risks, sponsor, phases, definition of done — starting from a
// template when the bin has none; OK makes it one undoable change.
#pragma once

#include "tiller/app/CharterEdits.h"
#include "tiller/core/Entities.h"

#include <QDialog>
#include <optional>

class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace tiller::app {
class Portfolio;
}

namespace tiller::gui {

class CharterDialog : public QDialog
{
    Q_OBJECT
public:
    // True when the charter was saved. Shown through Dialogs::exec (tests answer it with a hook).
    static bool edit(QWidget* parent, app::Portfolio* portfolio, core::Id binId);
    // Asks why `bin` may be marked done although `open` criteria of its definition of done are open (through
    // Dialogs::text); nothing when the user cancels or gives no reason.
    static std::optional<QString> askDoneOverride(QWidget* parent, const core::ProjectBin& bin,
                                                  const QStringList& open);

    // What the dialog holds now (the bin's id, the sections, the rows in their order).
    app::CharterDraft edited() const;
    bool isTemplate() const { return m_template; }

    // Rows of the two lists, for the buttons (and tests).
    void addPhase();
    void removePhase();
    void movePhase(int delta);
    void addCriterion();
    void removeCriterion();
    void moveCriterion(int delta);
    // Writes the charter as it stands in the dialog to a PDF the user chooses.
    void exportPdf();

    // Submits; stays open showing the portfolio's reason when the change is refused.
    void accept() override;

private:
    CharterDialog(app::Portfolio* portfolio, core::Id binId, QWidget* parent);
    QWidget* textTab(const std::vector<std::pair<QString, QPlainTextEdit*>>& sections);
    QWidget* phasesTab();
    QWidget* criteriaTab();
    QWidget* teamTab();
    void appendPhase(const core::CharterPhase& phase);
    void appendCriterion(const core::DodItem& item);
    void toggleReached();
    void updateReachedButton();
    void showError(const QString& text);

    app::Portfolio* m_portfolio;
    core::Id m_binId;
    app::CharterDraft m_initial;
    bool m_template;
    QLabel* m_banner;
    QTabWidget* m_tabs;
    QPlainTextEdit* m_objectives;
    QPlainTextEdit* m_benefits;
    QPlainTextEdit* m_scopeIn;
    QPlainTextEdit* m_scopeOut;
    QPlainTextEdit* m_risks;
    QComboBox* m_sponsor;
    QTableWidget* m_phases;
    QPushButton* m_reached = nullptr;
    QListWidget* m_criteria;
    QLabel* m_error;
};

} // namespace tiller::gui
