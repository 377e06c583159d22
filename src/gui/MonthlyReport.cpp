#include "tiller/gui/MonthlyReport.h"

#include "ReportCanvas.h"
#include "ReportPages.h"
#include "tiller/app/DashboardData.h"
#include "tiller/app/Portfolio.h"
#include "tiller/app/StrategyCheck.h"

#include <QBuffer>
#include <QFileInfo>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>

namespace tiller::gui {

namespace {

using namespace report;

constexpr double MarginMm = 14;

int drawReport(const Context& x, QPdfWriter& pdf, int totalPages)
{
    QPainter painter;
    if (!painter.begin(&pdf)) {
        return -1;
    }
    painter.setRenderHint(QPainter::Antialiasing);
    const QString title = MonthlyReport::tr("Monthly report — %1").arg(monthName(x.first));
    ReportCanvas c(
        pdf, painter, QStringLiteral("%1 · %2").arg(x.p.program().name, title),
        MonthlyReport::tr("Prepared with Tiller on %1").arg(QLocale().toString(x.today, QLocale::LongFormat)),
        totalPages);
    coverPage(c, x);
    deliveryPage(c, x);
    cxPage(c, x);
    boardPage(c, x);
    risksPage(c, x);
    if (!x.p.bins().empty()) {
        mapPage(c, x);
    }
    c.finish();
    const int pages = c.pagesDrawn();
    return painter.end() ? pages : -1;
}

void setUp(QPdfWriter& pdf, const Context& x)
{
    pdf.setResolution(int(ReportCanvas::Dpi));
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageOrientation(QPageLayout::Portrait);
    pdf.setPageMargins(QMarginsF(MarginMm, MarginMm, MarginMm, MarginMm), QPageLayout::Millimeter);
    pdf.setTitle(QStringLiteral("%1 — %2").arg(x.p.program().name,
                                               MonthlyReport::tr("Monthly report — %1").arg(monthName(x.first))));
    pdf.setCreator(QStringLiteral("Tiller"));
}

} // namespace

MonthlyReport::MonthlyReport(app::Portfolio& portfolio, QDate month)
    : m_portfolio(portfolio), m_month(month.isValid() ? QDate(month.year(), month.month(), 1) : QDate())
{
}

QDate MonthlyReport::defaultMonth(QDate today)
{
    return QDate(today.year(), today.month(), 1).addMonths(-1);
}

QDate MonthlyReport::parseMonth(const QString& yyyyMm)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    const auto match = pattern.match(yyyyMm.trimmed());
    if (!match.hasMatch()) {
        return {};
    }
    const int year = match.captured(1).toInt();
    const int month = match.captured(2).toInt();
    if (year < 1900 || month < 1 || month > 12) {
        return {};
    }
    return QDate(year, month, 1);
}

bool MonthlyReport::write(const QString& path, QString* error) const
{
    if (!m_month.isValid()) {
        *error = tr("no month to report on");
        return false;
    }
    app::Portfolio& p = m_portfolio;
    const QDate first = m_month;
    const QDate last = m_month.addMonths(1).addDays(-1);
    const QDate today = p.now().date();
    Context x{p,
              first,
              last,
              today,
              app::DashboardData::compute(p, first, last),
              app::DashboardData::compute(p, first.addMonths(-11), last),
              app::StrategyCheck(p).alerts(today),
              {}};
    for (const core::ProjectBin& b : p.bins()) {
        x.bins.insert(b.id, &b);
    }

    // A first pass counts the pages, for the footers' "page N of M"; long lists may continue on more pages.
    int pages = 0;
    {
        QBuffer scratch;
        scratch.open(QIODevice::WriteOnly);
        QPdfWriter pdf(&scratch);
        setUp(pdf, x);
        pages = drawReport(x, pdf, 0);
    }
    QSaveFile file(path);
    if (pages < 0 || !file.open(QIODevice::WriteOnly)) {
        *error = tr("can't write %1: %2").arg(QFileInfo(path).fileName(), file.errorString());
        return false;
    }
    {
        QPdfWriter pdf(&file);
        setUp(pdf, x);
        m_pages = drawReport(x, pdf, pages);
    }
    if (m_pages < 0) {
        file.cancelWriting();
        *error = tr("can't write %1").arg(QFileInfo(path).fileName());
        return false;
    }
    if (!file.commit()) {
        *error = tr("can't write %1: %2").arg(QFileInfo(path).fileName(), file.errorString());
        return false;
    }
    return true;
}

} // namespace tiller::gui
