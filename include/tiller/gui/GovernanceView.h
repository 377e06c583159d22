// The governance view: the CX direction and its bodies (who sits where, when they meet, what they decided), the
// RACI matrix with its gaps and overloads, the traceability gaps, and the CX maturity assessments. Its overview is
// exported as the governance master plan (PDF).
#pragma once

#include "tiller/core/Types.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTextBrowser;
class QTreeWidget;

namespace tiller::app {
class Portfolio;
}

namespace tiller::gui {

class MaturityPanel;
class RaciPanel;

class GovernanceView : public QWidget
{
    Q_OBJECT
public:
    explicit GovernanceView(QWidget* parent = nullptr);
    void setPortfolio(app::Portfolio* portfolio);

    enum class Page
    {
        Overview,
        Raci,
        Maturity
    };
    void showPage(Page page);
    QTableWidget* bodies() const { return m_bodies; }
    QTextBrowser* detail() const { return m_detail; }
    QTreeWidget* upcoming() const { return m_upcoming; }
    QTreeWidget* gaps() const { return m_gaps; }
    RaciPanel* raci() const { return m_raci; }
    MaturityPanel* maturity() const { return m_maturity; }
    QLabel* direction() const { return m_direction; }
    core::Id currentBody() const;
    void selectBody(core::Id id);

    void addBody();
    void editBody();
    void removeBody();
    void recordMeeting();
    void editDirection();
    // The governance master plan as PDF: asks where; reports in the status bar.
    void exportInteractively();

signals:
    void message(const QString& text);
    void painActivated(core::Id painId);
    void initiativeActivated(core::Id initiativeId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void build();
    void refresh();
    void refreshDetail();
    void activateGap(int row);

    app::Portfolio* m_portfolio = nullptr;
    QTabWidget* m_tabs;
    QLabel* m_direction = nullptr;
    QTableWidget* m_bodies = nullptr;
    QTextBrowser* m_detail = nullptr;
    QTreeWidget* m_upcoming = nullptr;
    QTreeWidget* m_gaps = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_record = nullptr;
    RaciPanel* m_raci = nullptr;
    MaturityPanel* m_maturity = nullptr;
    bool m_stale = true;
};

} // namespace tiller::gui
