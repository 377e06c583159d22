#include "ReportCanvas.h"

#include "HtmlPdf.h"

#include <QAbstractBarSeries>
#include <QAbstractTextDocumentLayout>
#include <QBarSet>
#include <QChart>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QLegend>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextDocument>
#include <QXYSeries>
#include <algorithm>
#include <cmath>

namespace tiller::gui {

namespace {

// Charts are laid out at this many pixels per inch and scaled to their box: their type, in screen pixels (96 per
// inch), prints a little smaller than on screen, so the labels of narrow charts stay whole.
constexpr double ChartDpi = 120;

// Every font of a chart in DejaVu Sans at a pixel size, so the chart is laid out the same whatever the screen's
// resolution: the report is identical in the app and headless.
void pinFonts(QChart* chart)
{
    const auto pin = [](const QFont& f) {
        QFont out = ReportCanvas::baseFont();
        out.setBold(f.bold());
        out.setPixelSize(std::max(7, int(std::lround((f.pointSizeF() > 0 ? f.pointSizeF() : 9) * 96.0 / 72.0))));
        return out;
    };
    chart->setTitleFont(pin(chart->titleFont()));
    chart->legend()->setFont(pin(chart->legend()->font()));
    for (QAbstractAxis* axis : chart->axes()) {
        axis->setLabelsFont(pin(axis->labelsFont()));
        axis->setTitleFont(pin(axis->titleFont()));
    }
    for (QAbstractSeries* series : chart->series()) {
        if (auto* bars = qobject_cast<QAbstractBarSeries*>(series)) {
            for (QBarSet* set : bars->barSets()) {
                set->setLabelFont(pin(set->labelFont()));
            }
        } else if (auto* xy = qobject_cast<QXYSeries*>(series)) {
            xy->setPointLabelsFont(pin(xy->pointLabelsFont()));
        }
    }
}

} // namespace

QFont ReportCanvas::baseFont()
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

ReportCanvas::ReportCanvas(QPdfWriter& pdf, QPainter& painter, QString header, QString footer, int pages)
    : m_pdf(pdf), m_p(painter), m_header(std::move(header)), m_footer(std::move(footer)), m_pages(pages)
{
}

double ReportCanvas::width() const
{
    return m_pdf.width();
}

void ReportCanvas::startPage(const QString& title, QPageLayout::Orientation orientation)
{
    if (m_page > 0) {
        finishPage();
        if (m_pdf.pageLayout().orientation() != orientation) {
            m_pdf.setPageOrientation(orientation);
        }
        m_pdf.newPage();
    }
    ++m_page;
    m_title = title;
    m_orientation = orientation;
    QFont small = baseFont();
    small.setPointSizeF(8);
    m_p.setFont(small);
    m_p.setPen(QColor(0x55, 0x55, 0x55));
    const double line = QFontMetricsF(small, &m_pdf).height();
    m_p.drawText(QRectF(0, 0, width(), line), Qt::AlignLeft | Qt::AlignVCenter, m_header);
    m_y = line + mm(1);
    m_p.setPen(QPen(QColor(0x1f, 0x3a, 0x5f), mm(0.4)));
    m_p.drawLine(QPointF(0, m_y), QPointF(width(), m_y));
    m_y += mm(3);
    m_bodyBottom = m_pdf.height() - line * 2;
    if (!title.isEmpty()) {
        QFont big = baseFont();
        big.setPointSizeF(16);
        big.setBold(true);
        m_p.setFont(big);
        m_p.setPen(QColor(0x1f, 0x3a, 0x5f));
        const double h = QFontMetricsF(big, &m_pdf).height();
        m_p.drawText(QRectF(0, m_y, width(), h), Qt::AlignLeft | Qt::AlignVCenter, title);
        m_y += h + mm(3);
    }
    m_bodyTop = m_y;
}

void ReportCanvas::continuePage()
{
    const QString base = m_title;
    startPage(m_title.isEmpty() ? QString() : tr("%1 (continued)").arg(m_title), m_orientation);
    m_title = base; // a third page says "(continued)" once
}

double ReportCanvas::html(const QString& body, double x, double w, bool advance)
{
    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&m_pdf);
    QFont f = baseFont();
    f.setPointSizeF(9.5);
    doc.setDefaultFont(f);
    doc.setDocumentMargin(0);
    doc.setHtml(HtmlPdf::begin() + body + QStringLiteral("</body></html>"));
    doc.setTextWidth(w > 0 ? w : width());
    double h = doc.size().height();
    const bool flows = advance && w <= 0 && x == 0;
    if (flows && h > remaining() && m_y > m_bodyTop + 1) {
        continuePage(); // a block that doesn't fit starts on a page of its own
    }
    if (!flows || h <= remaining()) {
        m_p.save();
        m_p.translate(x, m_y);
        doc.drawContents(&m_p, QRectF(0, 0, doc.textWidth(), std::min(h, remaining())));
        m_p.restore();
        if (advance) {
            m_y += h + mm(2);
        }
        return h;
    }
    // Longer than a page: paginated (no line cut in two), one page after the other.
    const double pageHeight = remaining();
    doc.setPageSize(QSizeF(width(), pageHeight));
    const int pages = doc.pageCount();
    for (int page = 0; page < pages; ++page) {
        if (page > 0) {
            continuePage();
        }
        m_p.save();
        m_p.translate(0, m_y - page * pageHeight);
        doc.drawContents(&m_p, QRectF(0, page * pageHeight, width(), pageHeight));
        m_p.restore();
    }
    const double bottom = doc.documentLayout()->blockBoundingRect(doc.lastBlock()).bottom();
    m_y += std::max(0.0, bottom - (pages - 1) * pageHeight) + mm(2);
    return h;
}

void ReportCanvas::chart(QChart* chart, const QRectF& box)
{
    QGraphicsScene scene;
    scene.addItem(chart); // the scene owns it now
    chart->setBackgroundRoundness(0);
    chart->setBackgroundPen(QPen(QColor(0xdd, 0xdd, 0xdd)));
    pinFonts(chart);
    const QSizeF logical = box.size() * ChartDpi / Dpi;
    chart->resize(logical);
    chart->layout()->activate();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    scene.setSceneRect(QRectF(QPointF(0, 0), logical));
    scene.render(&m_p, box, scene.sceneRect());
}

QRectF ReportCanvas::take(double height, double x, double w, bool advance)
{
    if (height > remaining() && m_y > m_bodyTop + 1 && height <= m_bodyBottom - m_bodyTop) {
        continuePage();
    }
    const QRectF box(x, m_y, w > 0 ? w : width(), std::min(height, remaining()));
    if (advance) {
        m_y += box.height() + mm(3);
    }
    return box;
}

void ReportCanvas::finishPage()
{
    QFont small = baseFont();
    small.setPointSizeF(7.5);
    m_p.setFont(small);
    m_p.setPen(QColor(0x55, 0x55, 0x55));
    const double line = QFontMetricsF(small, &m_pdf).height();
    const QRectF footer(0, m_pdf.height() - line, width(), line);
    m_p.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, m_footer);
    if (m_pages > 0) {
        m_p.drawText(footer, Qt::AlignRight | Qt::AlignVCenter, tr("page %1 of %2").arg(m_page).arg(m_pages));
    }
}

} // namespace tiller::gui
