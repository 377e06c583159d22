// A bin's charter as a one- or two-page A4 PDF a sponsor can read and sign.
#pragma once

#include "tiller/app/CharterEdits.h"
#include "tiller/core/Types.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

class QWidget;

namespace tiller::app {
class Portfolio;
}

namespace tiller::gui {

class CharterExport
{
    Q_DECLARE_TR_FUNCTIONS(CharterExport)
public:
    // Writes `draft` (its bin taken from the portfolio) to `path`; false with `error` in words when it can't.
    // `printedOn` is the date printed in the footer.
    static bool write(const app::Portfolio& portfolio, const app::CharterDraft& draft, const QString& path,
                      QString* error, QDate printedOn = QDate::currentDate());
    // The bin's saved charter (or its template).
    static bool write(const app::Portfolio& portfolio, core::Id binId, const QString& path, QString* error);
    // Asks for a file (Dialogs::saveFileName), writes, reports a failure (Dialogs::warning). The path written, or
    // empty when cancelled or failed.
    static QString exportInteractively(QWidget* parent, const app::Portfolio& portfolio,
                                       const app::CharterDraft& draft);
    static QString exportInteractively(QWidget* parent, const app::Portfolio* portfolio, core::Id binId);

    // The charter as HTML (what the PDF lays out).
    static QString html(const app::Portfolio& portfolio, const app::CharterDraft& draft);
};

} // namespace tiller::gui
