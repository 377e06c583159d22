// The leaders' monthly report: a multi-page A4 PDF (cover with the month's headline figures, delivery, CX
// outcomes, the change board, successes, risks and blockers, the transformation map), charts as vector graphics,
// in the UI language. The same code writes it from the dashboard and from `tiller report`.
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace tiller::app {
class Portfolio;
}

namespace tiller::gui {

class MonthlyReport
{
    Q_DECLARE_TR_FUNCTIONS(MonthlyReport)
public:
    // `month`: any day of the month reported on. "Today" (for what is overdue or blocked now) is the portfolio's
    // clock.
    MonthlyReport(app::Portfolio& portfolio, QDate month);

    // The month a report covers by default: the last complete month before `today` (its first day).
    static QDate defaultMonth(QDate today);
    // "2026-11" → the first of November 2026; an invalid date for anything else (or a month before 1900, after 9999).
    static QDate parseMonth(const QString& yyyyMm);

    // Writes the PDF (through a temporary file: a failed write leaves any earlier file as it was). False and a
    // reason for the user on failure.
    bool write(const QString& path, QString* error) const;
    // The pages of the last write.
    int pageCount() const { return m_pages; }

private:
    app::Portfolio& m_portfolio;
    QDate m_month; // its first day
    mutable int m_pages = 0;
};

} // namespace tiller::gui
