// The monthly report's pages and the helpers they share (private to the gui library): what MonthlyReport draws.
#pragma once

#include "ReportCanvas.h"
#include "tiller/app/DashboardData.h"
#include "tiller/app/Portfolio.h"

#include <QDate>
#include <QHash>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace tiller::gui::report {

inline constexpr int ListLimit = 12; // rows of a list before the rest is only counted

double mm(double v);
QString esc(const QString& s);
QString number(double v, int decimals = 0);
QString percent(std::optional<double> share);
QString dateText(QDate d);
QString monthName(QDate d);
QString longMonth(const QString& yyyyMm);
// "… and 4 more" under a list cut at ListLimit.
QString more(int total);
QString metricValue(core::VocMetric m, double v);
QString kpiValue(std::optional<double> v, const QString& unit);
QString colourOf(bool good);
// A table's opening with its header cells (escaped text), and a row of cells (HTML).
QString tableHead(const QStringList& headers);
QString tableRow(const QStringList& cells);

struct Context
{
    app::Portfolio& p;
    QDate first;
    QDate last;
    QDate today;
    app::DashboardData month;
    app::DashboardData year;
    QStringList alerts;
    QHash<core::Id, const core::ProjectBin*> bins;

    QString personName(core::Id id) const
    {
        const core::Person* person = p.person(id);
        return person ? person->name : QString();
    }
    QString binCode(core::Id id) const
    {
        const core::ProjectBin* b = bins.value(id);
        return b ? b->code : QString();
    }
};

// One page each (the map on a landscape page); long lists continue on more pages.
void coverPage(ReportCanvas& c, const Context& x);
void deliveryPage(ReportCanvas& c, const Context& x);
void cxPage(ReportCanvas& c, const Context& x);
void boardPage(ReportCanvas& c, const Context& x);
void risksPage(ReportCanvas& c, const Context& x);
void mapPage(ReportCanvas& c, const Context& x);

} // namespace tiller::gui::report
