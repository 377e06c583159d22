// The journey view: a persona's journey with its stages as columns, each headed by the customers' score there (a
// heat colour), its touchpoints, and its pain points with the initiatives addressing them. The pain point chosen is
// traced below: its evidence (negative answers, what customers wrote), initiatives, bins, tasks, KPIs, requests.
#pragma once

#include "tiller/core/Types.h"

#include <QWidget>

class QAction;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QListWidget;
class QScrollArea;
class QSplitter;
class QTextBrowser;

namespace tiller::app {
class Portfolio;
}

namespace tiller::gui {

class JourneyView : public QWidget
{
    Q_OBJECT
public:
    explicit JourneyView(QWidget* parent = nullptr);
    void setPortfolio(app::Portfolio* portfolio);

    QComboBox* journeyChooser() const { return m_journey; }
    core::Id currentJourney() const;
    core::Id currentStage() const { return m_stage; }
    core::Id currentPain() const { return m_pain; }
    // The pain-point list of a stage column (nullptr when the stage is not shown).
    QListWidget* painList(core::Id stageId) const;
    QTextBrowser* tracePanel() const { return m_trace; }
    // Shows the journey holding this pain point, and selects it.
    void selectPain(core::Id painId);
    void selectStage(core::Id stageId);

    void newJourney();
    void editJourney();
    void removeJourney();
    void editPersona();
    void addStage();
    void renameStage();
    void moveStage(int delta);
    void removeStage();
    void addTouchpoint();
    void addPain();
    void editPain();
    void removePain();

signals:
    void message(const QString& text);
    void initiativeActivated(core::Id id);
    void binActivated(core::Id id);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void rebuildJourneys();
    void rebuildColumns();
    void refreshTrace();
    void updateActions();

    app::Portfolio* m_portfolio = nullptr;
    QComboBox* m_journey;
    QLabel* m_persona;
    QScrollArea* m_scroll;
    QWidget* m_columns;
    QHBoxLayout* m_columnsLayout;
    QTextBrowser* m_trace;
    QSplitter* m_split = nullptr;
    bool m_sized = false;
    QList<QPair<core::Id, QListWidget*>> m_lists;
    core::Id m_stage = 0;
    core::Id m_pain = 0;
    bool m_stale = true;
    bool m_filling = false;
    QAction* m_editJourney;
    QAction* m_removeJourney;
    QAction* m_editPersona;
    QAction* m_addStage;
    QAction* m_renameStage;
    QAction* m_left;
    QAction* m_right;
    QAction* m_removeStage;
    QAction* m_addTouchpoint;
    QAction* m_addPain;
    QAction* m_editPain;
    QAction* m_removePain;
    QAction* m_newJourney;
};

} // namespace tiller::gui
