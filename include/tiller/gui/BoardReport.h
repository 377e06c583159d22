// A change board session's agenda (before) and minutes (after) as A4 PDF documents.
#pragma once

#include "tiller/core/Types.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

class QWidget;

namespace tiller::app {
class Portfolio;
}

namespace tiller::gui {

class BoardReport
{
    Q_DECLARE_TR_FUNCTIONS(BoardReport)
public:
    enum class Kind { Agenda, Minutes };
    // The document as HTML: the agenda lists each request with its figures and its guardrail impact; the
    // minutes record attendees, notes and each decision (and what waits for the next session).
    static QString html(const app::Portfolio& portfolio, core::Id sessionId, Kind kind);
    // False with `error` in words when it can't.
    static bool write(const app::Portfolio& portfolio, core::Id sessionId, Kind kind, const QString& path,
                      QString* error, QDate printedOn = QDate::currentDate());
    // Asks for a file, writes, reports a failure. The path written, or empty.
    static QString exportInteractively(QWidget* parent, const app::Portfolio& portfolio, core::Id sessionId,
                                       Kind kind);
};

} // namespace tiller::gui
