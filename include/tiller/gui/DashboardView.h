// The leadership dashboard: headline cards and charts of delivery, CX outcomes and the change board, for a period
// and a domain, with click-through from each figure to the items behind it.
#pragma once

#include "tiller/app/DashboardData.h"
#include "tiller/app/DashboardItems.h"

#include <QDate>
#include <QWidget>
#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QGridLayout;
class QLabel;
class QPushButton;
class QTableWidget;
class QTimer;
class QTreeWidget;

class QChartView;
class QChart;

namespace tiller::app {
class Portfolio;
}

namespace tiller::gui {

class DashboardItemsDialog;
class EngagementPanel;

class DashboardView : public QWidget
{
    Q_OBJECT
public:
    // The periods offered by the filter bar.
    enum class Period
    {
        LastThreeMonths,
        LastSixMonths,
        LastTwelveMonths,
        ThisYear
    };

    explicit DashboardView(QWidget* parent = nullptr);
    void setPortfolio(app::Portfolio* portfolio);
    void setToday(QDate today); // tests fix it; the app uses the current date
    const app::DashboardData& data() const { return m_data; }

    QComboBox* periodFilter() const { return m_period; }
    // Engagement and recognition on or off: the program's setting, changed as an undoable edit.
    QCheckBox* engagementSwitch() const { return m_engagementSwitch; }
    EngagementPanel* engagementPanel() const { return m_engagement; }
    // The click-through: the items behind a figure, in a dialog from which each opens where it is edited.
    void showItems(app::DashboardFigure figure, qint64 key = 0);
    DashboardItemsDialog* itemsDialog() const { return m_items; }
    QComboBox* domainFilter() const { return m_domain; }
    // The period's first and last day for the filter's choice, ending today.
    static std::pair<QDate, QDate> periodRange(Period period, QDate today);

    // The month chosen for the monthly report (its first day), and the report written for it.
    QComboBox* reportMonthChooser() const { return m_reportMonth; }
    QDate reportMonth() const;
    bool exportReport(const QString& path, QString* error);
    // Asks where, writes it, and says so in the status bar (message) or a warning.
    void exportReportInteractively();

signals:
    void message(const QString& text);
    void taskActivated(core::Id task);
    void binActivated(core::Id bin);
    void requestActivated(core::Id request);

protected:
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void scheduleRefresh();
    void refresh();
    void fillDomains();
    QLabel* addCard(int row, int column, const QString& title, const QString& objectName, QLabel** detail,
                    std::optional<app::DashboardFigure> figure = std::nullopt);
    void build();
    void clickThrough(QChart* chart, app::DashboardFigure figure, const std::function<qint64(int)>& keyOf);
    void showSuccesses();
    void setEngagement(bool on);
    QChartView* addChart(int row, int column, int columnSpan, const QString& objectName);
    void showCards();
    void showCharts();
    void showKpis();
    void fillReportMonths();
    static void replaceChart(QChartView* view, QChart* chart);

    app::Portfolio* m_portfolio = nullptr;
    QDate m_today = QDate::currentDate();
    bool m_built = false;
    app::DashboardData m_data;
    QComboBox* m_period;
    QComboBox* m_domain;
    QLabel* m_periodLabel;
    QComboBox* m_reportMonth;
    QPushButton* m_reportButton;
    QGridLayout* m_grid;
    QGridLayout* m_cards = nullptr;
    DashboardItemsDialog* m_items = nullptr;
    EngagementPanel* m_engagement = nullptr;
    QTreeWidget* m_successes = nullptr;
    QTimer* m_refreshTimer;
    QCheckBox* m_engagementSwitch;

    QLabel* m_nps = nullptr;
    QLabel* m_npsDetail = nullptr;
    QLabel* m_csat = nullptr;
    QLabel* m_csatDetail = nullptr;
    QLabel* m_ces = nullptr;
    QLabel* m_cesDetail = nullptr;
    QLabel* m_onTime = nullptr;
    QLabel* m_onTimeDetail = nullptr;
    QLabel* m_milestones = nullptr;
    QLabel* m_milestonesDetail = nullptr;
    QLabel* m_progress = nullptr;
    QLabel* m_progressDetail = nullptr;
    QLabel* m_overdue = nullptr;
    QLabel* m_overdueDetail = nullptr;
    QLabel* m_blocked = nullptr;
    QLabel* m_blockedDetail = nullptr;
    QLabel* m_budget = nullptr;
    QLabel* m_budgetDetail = nullptr;
    QLabel* m_decided = nullptr;
    QLabel* m_decidedDetail = nullptr;
    QChartView* m_trendView = nullptr;
    QChartView* m_stagesView = nullptr;
    QChartView* m_binsView = nullptr;
    QChartView* m_horizonView = nullptr;
    QTableWidget* m_kpis = nullptr;
    QChartView* m_throughputView = nullptr;
    QChartView* m_loadView = nullptr;
    QChartView* m_progressView = nullptr;
};

} // namespace tiller::gui
