// Lays out an HTML document on A4 pages with a footer (a line of text and "page N of M") and writes it as PDF.
// Shared by the charter and the change board's agenda and minutes.
#pragma once

#include <QCoreApplication>
#include <QString>

namespace tiller::gui {

class HtmlPdf
{
    Q_DECLARE_TR_FUNCTIONS(HtmlPdf)
public:
    struct Options
    {
        QString title;      // the PDF's title property
        QString footer;     // printed at the bottom left of every page
        int fitPages = 0;   // > 0: use a smaller type (down to 7.5 pt) to fit in that many pages
        double pointSize = 10;
    };
    // Text for HTML: escaped, line breaks kept.
    static QString escape(const QString& text);
    // "<html><head><style>…</style></head><body>": the house look of printed documents (h1, h2, p.sub, p.empty,
    // td.k for keys, th and td.c for tables).
    static QString begin();
    // False with `error` in words when the file can't be written.
    static bool write(const QString& html, const QString& path, const Options& options, QString* error);
};

} // namespace tiller::gui
