// The governance master plan (PDF): the CX direction, each body with its purpose, chair, cadence, members and next
// meeting, the meetings ahead, the RACI of the bins under way with its gaps and overloads, the traceability gaps
// and the latest maturity assessment.
#pragma once

#include <QCoreApplication>
#include <QString>

namespace tiller::app {
class Portfolio;
}

namespace tiller::gui {

class GovernanceReport
{
    Q_DECLARE_TR_FUNCTIONS(GovernanceReport)
public:
    static QString html(const app::Portfolio& portfolio);
    // False with `error` in words when the file can't be written.
    static bool write(const app::Portfolio& portfolio, const QString& path, QString* error);
};

} // namespace tiller::gui
