#include "HtmlPdf.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace tiller::gui {

namespace {

constexpr int Margin = 16;     // millimetres around the page
constexpr int FooterLines = 2; // lines kept free at the bottom of each page

} // namespace

QString HtmlPdf::escape(const QString& text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString HtmlPdf::begin()
{
    return QStringLiteral("<html><head><style>"
                          "h1 { font-size: 17pt; margin: 0; }"
                          "h2 { font-size: 11.5pt; margin-top: 10px; margin-bottom: 3px; color: #1f3a5f; }"
                          "h3 { font-size: 10.5pt; margin-top: 8px; margin-bottom: 2px; }"
                          "p { margin: 0; }"
                          "p.empty { color: #777777; font-style: italic; }"
                          "p.sub { color: #555555; }"
                          "p.warn { color: #9a3b00; }"
                          "td.k { color: #555555; padding-right: 6px; }"
                          "th { background-color: #e8edf3; text-align: left; padding: 3px; }"
                          "td.c { padding: 3px; border-bottom: 1px solid #cccccc; }"
                          "</style></head><body>");
}

bool HtmlPdf::write(const QString& html, const QString& path, const Options& options, QString* error)
{
    QPdfWriter pdf(path);
    pdf.setResolution(300);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageOrientation(QPageLayout::Portrait);
    pdf.setPageMargins(QMarginsF(Margin, Margin, Margin, Margin), QPageLayout::Millimeter);
    pdf.setTitle(options.title);
    pdf.setCreator(QStringLiteral("Tiller"));

    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&pdf);
    QFont base = QApplication::font();
    base.setFamily(QStringLiteral("DejaVu Sans"));
    // No ligatures: "fi" stays two letters, so the PDF's text can be searched and copied as typed.
    base.setStyleStrategy(QFont::PreferNoShaping);
    QFont footerFont = base;
    footerFont.setPointSizeF(7.5);
    const double footerHeight = QFontMetricsF(footerFont, &pdf).height() * FooterLines;
    const QSizeF body(pdf.width(), pdf.height() - footerHeight);
    for (double size : {options.pointSize, options.pointSize - 1, options.pointSize - 2, 7.5}) {
        base.setPointSizeF(std::max(size, 7.5));
        doc.setDefaultFont(base);
        doc.setHtml(html);
        doc.setPageSize(body);
        if (options.fitPages <= 0 || doc.pageCount() <= options.fitPages) {
            break;
        }
    }
    QPainter p;
    if (!p.begin(&pdf)) {
        *error = tr("can't write %1").arg(path);
        return false;
    }
    const int pages = doc.pageCount();
    for (int page = 0; page < pages; ++page) {
        if (page > 0) {
            pdf.newPage();
        }
        p.save();
        p.translate(0, -page * body.height());
        doc.drawContents(&p, QRectF(QPointF(0, page * body.height()), body));
        p.restore();
        p.setFont(footerFont);
        p.setPen(QColor(0x55, 0x55, 0x55));
        const QRectF footer(0, pdf.height() - footerHeight / FooterLines, pdf.width(), footerHeight / FooterLines);
        p.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, options.footer);
        p.drawText(footer, Qt::AlignRight | Qt::AlignVCenter, tr("page %1 of %2").arg(page + 1).arg(pages));
    }
    if (!p.end()) {
        *error = tr("can't write %1").arg(path);
        return false;
    }
    return true;
}

} // namespace tiller::gui
