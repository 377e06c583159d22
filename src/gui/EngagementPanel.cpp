#include "tiller/gui/EngagementPanel.h"

#include "tiller/app/DashboardItems.h"
#include "tiller/app/Portfolio.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>

namespace tiller::gui {

namespace {

constexpr int PersonRole = Qt::UserRole;

QTableWidgetItem* numberItem(int n)
{
    auto* item = new QTableWidgetItem(QLocale().toString(n));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QString badgeList(const QList<core::Badge>& badges)
{
    QStringList names;
    for (const core::Badge b : badges) {
        names << QStringLiteral("★ ") + app::DashboardItems::badge(b);
    }
    return names.join(QStringLiteral("  "));
}

} // namespace

EngagementPanel::EngagementPanel(QWidget* parent)
    : QWidget(parent), m_rules(new QLabel(this)),
      m_teams(table(QStringLiteral("teamBoard"), {tr("Team"), tr("Points"), tr("People"), tr("Badges")})),
      m_ambassadors(table(QStringLiteral("ambassadorBoard"), {tr("Ambassador"), tr("Points"), tr("Badges")})),
      m_people(table(QStringLiteral("peopleBoard"), {tr("Person"), tr("Points"), tr("Badges")}))
{
    auto* title = new QLabel(tr("<b>Engagement and recognition</b>"), this);
    QStringList rules;
    for (int k = 0; k < core::AchievementCount; ++k) {
        const auto kind = core::Achievement(k);
        rules << tr("%1: %2").arg(app::DashboardItems::achievement(kind).toLower()).arg(core::pointsFor(kind));
    }
    QStringList badges;
    for (int b = 0; b < core::BadgeCount; ++b) {
        badges << tr("%1 (%2)").arg(app::DashboardItems::badge(core::Badge(b)),
                                    app::DashboardItems::badgeRule(core::Badge(b)));
    }
    m_rules->setText(
        tr("Points: %1. Badges: %2.").arg(rules.join(QStringLiteral(" · ")), badges.join(QStringLiteral(" · "))));
    m_rules->setWordWrap(true);
    m_rules->setStyleSheet(QStringLiteral("color: palette(dark);"));
    m_teams->setAccessibleName(tr("Leaderboard by team"));
    m_ambassadors->setAccessibleName(tr("Leaderboard of the ambassadors"));
    m_people->setAccessibleName(tr("Points and badges of everyone"));
    m_people->setToolTip(tr("Double-click a person to see what they earned their points for"));
    m_ambassadors->setToolTip(m_people->toolTip());
    for (QTableWidget* t : {m_ambassadors, m_people}) {
        connect(t, &QTableWidget::cellActivated, this, [this, t](int row) {
            if (const QTableWidgetItem* item = t->item(row, 0)) {
                emit personActivated(item->data(PersonRole).toLongLong());
            }
        });
    }
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title, 0, 0, 1, 3);
    layout->addWidget(m_rules, 1, 0, 1, 3);
    layout->addWidget(new QLabel(tr("By team"), this), 2, 0);
    layout->addWidget(new QLabel(tr("Ambassadors"), this), 2, 1);
    layout->addWidget(new QLabel(tr("Everyone"), this), 2, 2);
    layout->addWidget(m_teams, 3, 0);
    layout->addWidget(m_ambassadors, 3, 1);
    layout->addWidget(m_people, 3, 2);
    for (int c = 0; c < 3; ++c) {
        layout->setColumnStretch(c, 1);
    }
}

QTableWidget* EngagementPanel::table(const QString& objectName, const QStringList& headers)
{
    auto* t = new QTableWidget(0, int(headers.size()), this);
    t->setObjectName(objectName);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    t->setMinimumHeight(220);
    return t;
}

void EngagementPanel::fillStandings(QTableWidget* table, const std::vector<core::Standing>& lines, bool teams)
{
    table->setRowCount(int(lines.size()));
    for (int r = 0; r < int(lines.size()); ++r) {
        const core::Standing& s = lines[std::size_t(r)];
        auto* name = new QTableWidgetItem(QStringLiteral("%1. %2").arg(r + 1).arg(s.name));
        name->setData(PersonRole, s.person);
        int c = 0;
        table->setItem(r, c++, name);
        table->setItem(r, c++, numberItem(s.points));
        if (teams) {
            table->setItem(r, c++, numberItem(s.people));
        }
        table->setItem(r, c++, numberItem(s.badges));
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
}

void EngagementPanel::setData(const app::Portfolio& p, const app::DashboardData& d)
{
    fillStandings(m_teams, d.teams, true);
    fillStandings(m_ambassadors, d.ambassadors, false);
    m_people->setRowCount(int(d.scores.size()));
    for (int r = 0; r < int(d.scores.size()); ++r) {
        const core::PersonScore& s = d.scores[std::size_t(r)];
        const core::Person* who = p.person(s.person);
        auto* name = new QTableWidgetItem(QStringLiteral("%1. %2").arg(r + 1).arg(who ? who->name : QString()));
        name->setData(PersonRole, s.person);
        auto* badges = new QTableWidgetItem(badgeList(s.badges));
        QStringList rules;
        for (const core::Badge b : s.badges) {
            rules << app::DashboardItems::badge(b) + QStringLiteral(": ") + app::DashboardItems::badgeRule(b);
        }
        badges->setToolTip(rules.join(QLatin1Char('\n')));
        m_people->setItem(r, 0, name);
        m_people->setItem(r, 1, numberItem(s.points));
        m_people->setItem(r, 2, badges);
    }
    m_people->resizeColumnsToContents();
    m_people->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
}

} // namespace tiller::gui
