// The dashboard's charts, built from its figures: shared by the dashboard view and the monthly report, so that
// what a leader sees on screen is what is printed.
#pragma once

#include "tiller/app/DashboardData.h"

#include <QColor>
#include <QCoreApplication>

class QChart;

namespace tiller::gui {

class DashboardCharts
{
    Q_DECLARE_TR_FUNCTIONS(DashboardCharts)
public:
    static const QColor Good;
    static const QColor Bad;
    static const QColor Neutral;
    static const QColor Accent;
    static const QColor Second;

    // NPS and CSAT per month of the period; with `annotate`, a marker at each month a bin was delivered, labelled
    // with the bins' codes.
    static QChart* cxTrend(const app::DashboardData& d, bool annotate = true);
    // NPS per journey stage over the period.
    static QChart* npsByStage(const app::DashboardData& d);
    static QChart* binsByStatus(const app::DashboardData& d);
    static QChart* binsByHorizon(const app::DashboardData& d);
    // Tasks done per week; lastWeeks > 0 keeps only the last weeks of the period.
    static QChart* throughput(const app::DashboardData& d, int lastWeeks = 0);
    static QChart* load(const app::DashboardData& d);
    // Time gone against work done for the `most` bins most behind their plan.
    static QChart* progress(const app::DashboardData& d, int most = 8);

    // "Nov 26" for "2026-11".
    static QString monthLabel(const QString& yyyyMm);
    static QString number(double v, int decimals = 0);
    // "+12", "−3", "0": NPS-style.
    static QString signedNumber(double v);
    // A KPI's value with its unit ("6.5 min", "82%"); "–" without one.
    static QString kpiValue(std::optional<double> v, const QString& unit);
    // ▲ ▼ ▶ for a trend.
    static QString arrow(core::Trend trend);
};

} // namespace tiller::gui
