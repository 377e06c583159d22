// Edits the program's strategy in one place: vision, pillars, budget envelopes, domain capacities, horizons and
// the change board's cadence; OK makes it one undoable change.
#pragma once

#include "tiller/core/Entities.h"

#include <QDate>
#include <QDialog>
#include <QHash>
#include <QSet>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPlainTextEdit;
class QSpinBox;
class QTabWidget;
class QTableWidget;

namespace tiller::app {
class Portfolio;
struct ChangeSet;
} // namespace tiller::app

namespace tiller::gui {

class StrategyDialog : public QDialog
{
    Q_OBJECT
public:
    // True when the strategy was changed. Shown through Dialogs::exec (tests answer it with a hook).
    static bool edit(QWidget* parent, app::Portfolio* portfolio);

    StrategyDialog(app::Portfolio* portfolio, QWidget* parent = nullptr);

    // Pillars: a new one at the end (named "New pillar", being edited), and the selected one up, down or out.
    void addPillar();
    void removePillar();
    void movePillar(int delta);
    // Budget: the year in the "new year" box (the next year without an envelope by default), and the selected out.
    void addYear();
    void removeYear();

    // Submits; stays open showing the portfolio's reason when the change is refused.
    void accept() override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* buildVisionTab();
    QWidget* buildPillarsTab();
    QWidget* buildBudgetTab();
    QWidget* buildCapacityTab();
    QWidget* buildGuardrails();
    void addPillarRow(const core::Pillar& pillar);
    void swapPillarRows(int a, int b);
    void addEnvelopeRow(int year, double amount);
    int envelopeRow(int year) const;
    QDoubleSpinBox* envelopeEditor(int row) const;
    void updateRemaining(int row);
    void updatePeak(int row);
    int nextFreeYear() const;
    QString servingText(core::Id pillarId) const;
    void showError(const QString& text);
    app::ChangeSet changes() const;

    app::Portfolio* m_portfolio;
    QDate m_today;
    QHash<core::Id, double> m_peakLoad; // domain → highest monthly load over the next 12 months
    QHash<core::Id, QDate> m_peakMonth;
    QSet<core::Id> m_unlink; // pillars removed with their links (the user agreed)
    QTabWidget* m_tabs;
    QPlainTextEdit* m_vision;
    QSpinBox* m_short;
    QSpinBox* m_medium;
    QSpinBox* m_long;
    QComboBox* m_cadence;
    QTableWidget* m_pillars;
    QTableWidget* m_envelopes;
    QSpinBox* m_newYear;
    QTableWidget* m_capacity;
    QLabel* m_guardrails;
    QLabel* m_error;
};

} // namespace tiller::gui
