// CX maturity: the assessments made over time, a radar chart comparing the ones ticked (the latest two at first),
// and the questionnaire, by dimension, scored 1 to 5.
#pragma once

#include "tiller/core/Entities.h"
#include "tiller/gui/GovernanceDialogs.h"

#include <QDialog>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

class QChartView;
class QPolarChart;

namespace tiller::app {
class Portfolio;
}

namespace tiller::gui {

class MaturityPanel : public QWidget
{
    Q_OBJECT
public:
    explicit MaturityPanel(app::Portfolio* portfolio, QWidget* parent = nullptr);
    QTreeWidget* list() const { return m_list; }
    QPolarChart* chart() const { return m_chart; }
    // The assessments drawn on the radar, oldest first.
    QList<core::Id> compared() const;

    void newAssessment();
    void editAssessment();
    void removeAssessment();

private:
    void refresh();
    void redraw();

    app::Portfolio* m_portfolio;
    QTreeWidget* m_list;
    QChartView* m_view;
    QPolarChart* m_chart;
    QPushButton* m_edit;
    QPushButton* m_remove;
    bool m_filling = false;
};

// The questionnaire: one row per question, grouped by dimension, each answered 1..5 or left unanswered.
class AssessmentDialog : public SavingDialog
{
    Q_OBJECT
public:
    AssessmentDialog(const core::MaturityAssessment& assessment, QWidget* parent = nullptr);
    core::MaturityAssessment assessment() const;
    QDateEdit* dateEdit() const { return m_date; }
    // The answer box of a question, by key.
    QComboBox* answer(const QString& key) const;
    static bool edit(QWidget* parent, app::Portfolio* portfolio, const core::MaturityAssessment& assessment);

private:
    core::MaturityAssessment m_assessment;
    QDateEdit* m_date;
    QPlainTextEdit* m_notes;
    QList<QPair<QString, QComboBox*>> m_answers;
};

} // namespace tiller::gui
