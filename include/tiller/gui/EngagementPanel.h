// The dashboard's engagement and recognition: leaderboards by team and of the ambassadors, everyone's points and
// badges for the period. Shown only when the program has engagement switched on.
#pragma once

#include "tiller/app/DashboardData.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace tiller::app {
class Portfolio;
}

namespace tiller::gui {

class EngagementPanel : public QWidget
{
    Q_OBJECT
public:
    explicit EngagementPanel(QWidget* parent = nullptr);
    void setData(const app::Portfolio& portfolio, const app::DashboardData& data);

    QTableWidget* teams() const { return m_teams; }
    QTableWidget* ambassadors() const { return m_ambassadors; }
    QTableWidget* people() const { return m_people; }

signals:
    // A person's line was activated: what they earned their points for.
    void personActivated(core::Id person);

private:
    QTableWidget* table(const QString& objectName, const QStringList& headers);
    void fillStandings(QTableWidget* table, const std::vector<core::Standing>& lines, bool teams);

    QLabel* m_rules;
    QTableWidget* m_teams;
    QTableWidget* m_ambassadors;
    QTableWidget* m_people;
};

} // namespace tiller::gui
