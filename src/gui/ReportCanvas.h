// Draws a printed report page after page on a PDF writer: a header line on each page, a body filled from the top
// with HTML blocks (continued on new pages when long) and charts, and a footer with "page N of M".
#pragma once

#include <QCoreApplication>
#include <QFont>
#include <QPageLayout>
#include <QRectF>
#include <QString>

class QChart;
class QPainter;
class QPdfWriter;

namespace tiller::gui {

class ReportCanvas
{
    Q_DECLARE_TR_FUNCTIONS(ReportCanvas)
public:
    static constexpr double Dpi = 300;
    static double mm(double v) { return v / 25.4 * Dpi; }
    // DejaVu Sans without ligatures: the PDF's text is searched and copied as typed.
    static QFont baseFont();

    // `pages`: the total printed in the footers (0 while counting them in a first pass).
    ReportCanvas(QPdfWriter& pdf, QPainter& painter, QString header, QString footer, int pages);

    QPainter& painter() { return m_p; }
    double width() const;
    double remaining() const { return m_bodyBottom - m_y; }
    int pagesDrawn() const { return m_page; }

    void startPage(const QString& title, QPageLayout::Orientation orientation = QPageLayout::Portrait);
    // HTML (in HtmlPdf's house style) over the width, or a column of it (x, w) without advancing. A full-width
    // block longer than what remains continues on new pages, its title repeated.
    double html(const QString& body, double x = 0, double w = -1, bool advance = true);
    // A chart in a box of the page, as vectors; the chart is deleted after.
    void chart(QChart* chart, const QRectF& box);
    // The box of the next `height` of the page (or what remains), full width or a column.
    QRectF take(double height, double x = 0, double w = -1, bool advance = true);
    // Ends the last page.
    void finish() { finishPage(); }

private:
    void finishPage();
    void continuePage();

    QPdfWriter& m_pdf;
    QPainter& m_p;
    QString m_header;
    QString m_footer;
    int m_pages;
    int m_page = 0;
    double m_y = 0;
    double m_bodyTop = 0;
    double m_bodyBottom = 0;
    QString m_title;
    QPageLayout::Orientation m_orientation = QPageLayout::Portrait;
};

} // namespace tiller::gui
