#include "tiller/gui/DashboardView.h"

#include "DashboardCharts.h"
#include "tiller/app/Portfolio.h"
#include "tiller/app/StrategyCheck.h"
#include "tiller/app/Text.h"
#include "tiller/gui/DashboardItemsDialog.h"
#include "tiller/gui/Dialogs.h"
#include "tiller/gui/EngagementPanel.h"
#include "tiller/gui/MonthlyReport.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QMouseEvent>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace tiller::gui {

namespace {

const QColor& Good = DashboardCharts::Good;
const QColor& Bad = DashboardCharts::Bad;
const QColor& Neutral = DashboardCharts::Neutral;

QString number(double v, int decimals = 0)
{
    return DashboardCharts::number(v, decimals);
}

QString signedNumber(double v)
{
    return DashboardCharts::signedNumber(v);
}

QString monthLabel(const QString& yyyyMm)
{
    return DashboardCharts::monthLabel(yyyyMm);
}

QString percent(double share)
{
    return number(share * 100) + QStringLiteral("%");
}

const char* FigureProperty = "dashboardFigure";

} // namespace

DashboardView::DashboardView(QWidget* parent)
    : QWidget(parent), m_period(new QComboBox(this)), m_domain(new QComboBox(this)), m_periodLabel(new QLabel(this)),
      m_reportMonth(new QComboBox(this)), m_reportButton(new QPushButton(tr("Monthly Report…"), this)), m_grid(nullptr),
      m_refreshTimer(new QTimer(this)),
      m_engagementSwitch(new QCheckBox(tr("Show &engagement and recognition (points, badges, leaderboards)"), this))
{
    m_period->setAccessibleName(tr("Period"));
    m_period->addItem(tr("Last 3 months"), int(Period::LastThreeMonths));
    m_period->addItem(tr("Last 6 months"), int(Period::LastSixMonths));
    m_period->addItem(tr("Last 12 months"), int(Period::LastTwelveMonths));
    m_period->addItem(tr("This year"), int(Period::ThisYear));
    m_period->setCurrentIndex(1);
    m_domain->setAccessibleName(tr("Domain"));
    m_domain->addItem(tr("All domains"), qint64(0));
    m_domain->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Period:"), this));
    bar->addWidget(m_period);
    bar->addSpacing(12);
    bar->addWidget(new QLabel(tr("Domain:"), this));
    bar->addWidget(m_domain);
    bar->addSpacing(12);
    bar->addWidget(m_periodLabel, 1);
    m_engagementSwitch->setObjectName(QStringLiteral("engagementSwitch"));
    m_engagementSwitch->setToolTip(tr("Engagement and recognition: points, badges and leaderboards (the "
                                      "program's setting, kept in its file; Ctrl+Z undoes the change)"));
    connect(m_engagementSwitch, &QCheckBox::toggled, this, &DashboardView::setEngagement);
    m_periodLabel->setStyleSheet(QStringLiteral("color: palette(mid);"));
    // The dates repeat the period's choice: on a narrow window they give way (clipped) to the controls.
    m_periodLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_reportMonth->setAccessibleName(tr("Report month"));
    m_reportMonth->setToolTip(tr("The month the monthly report covers"));
    m_reportButton->setToolTip(tr("Write the leaders' monthly report as a PDF"));
    bar->addWidget(new QLabel(tr("Report:"), this));
    bar->addWidget(m_reportMonth);
    bar->addWidget(m_reportButton);
    fillReportMonths();
    connect(m_reportButton, &QPushButton::clicked, this, &DashboardView::exportReportInteractively);

    auto* page = new QWidget;
    m_grid = new QGridLayout(page);
    m_grid->setSpacing(10);
    m_grid->setContentsMargins(0, 0, 0, 0);
    for (int c = 0; c < 4; ++c) {
        m_grid->setColumnStretch(c, 1);
    }
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(page);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(scroll, 1);

    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);
    connect(m_refreshTimer, &QTimer::timeout, this, &DashboardView::refresh);
    connect(m_period, &QComboBox::currentIndexChanged, this, &DashboardView::scheduleRefresh);
    connect(m_domain, &QComboBox::currentIndexChanged, this, &DashboardView::scheduleRefresh);
}

void DashboardView::setPortfolio(app::Portfolio* portfolio)
{
    if (m_portfolio) {
        disconnect(m_portfolio, nullptr, this, nullptr);
    }
    m_portfolio = portfolio;
    if (m_portfolio) {
        const auto later = [this] { scheduleRefresh(); };
        const auto domains = [this] {
            fillDomains();
            scheduleRefresh();
        };
        connect(m_portfolio, &app::Portfolio::binsChanged, this, later);
        connect(m_portfolio, &app::Portfolio::taskAdded, this, later);
        connect(m_portfolio, &app::Portfolio::taskChanged, this, later);
        connect(m_portfolio, &app::Portfolio::taskRemoved, this, later);
        connect(m_portfolio, &app::Portfolio::requestAdded, this, later);
        connect(m_portfolio, &app::Portfolio::requestChanged, this, later);
        connect(m_portfolio, &app::Portfolio::requestRemoved, this, later);
        connect(m_portfolio, &app::Portfolio::decisionsChanged, this, later);
        connect(m_portfolio, &app::Portfolio::programChanged, this, later);
        connect(m_portfolio, &app::Portfolio::charterChanged, this, later); // milestones reached
        connect(m_portfolio, &app::Portfolio::personAdded, this, later);    // the leaderboards' names and teams
        connect(m_portfolio, &app::Portfolio::personChanged, this, later);
        connect(m_portfolio, &app::Portfolio::initiativeChanged, this, later);
        connect(m_portfolio, &app::Portfolio::domainAdded, this, domains);
        connect(m_portfolio, &app::Portfolio::domainChanged, this, domains);
        connect(m_portfolio, &app::Portfolio::domainRemoved, this, domains);
        connect(m_portfolio, &QObject::destroyed, this, [this] { m_portfolio = nullptr; });
    }
    fillDomains();
    scheduleRefresh();
}

void DashboardView::setToday(QDate today)
{
    m_today = today;
    fillReportMonths();
    scheduleRefresh();
}

std::pair<QDate, QDate> DashboardView::periodRange(Period period, QDate today)
{
    const QDate month(today.year(), today.month(), 1);
    switch (period) {
    case Period::LastThreeMonths:
        return {month.addMonths(-2), today};
    case Period::LastSixMonths:
        return {month.addMonths(-5), today};
    case Period::LastTwelveMonths:
        return {month.addMonths(-11), today};
    case Period::ThisYear:
        return {QDate(today.year(), 1, 1), today};
    }
    return {month, today};
}

void DashboardView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_built) {
        refresh(); // at once: the first paint shows figures, not empty cards
    }
}

void DashboardView::scheduleRefresh()
{
    // Only once shown: a hidden tab costs nothing; many signals of one edit make one refresh.
    if (m_built && !m_refreshTimer->isActive()) {
        m_refreshTimer->start();
    }
}

void DashboardView::fillDomains()
{
    const qint64 current = m_domain->currentData().toLongLong();
    const QSignalBlocker block(m_domain);
    m_domain->clear();
    m_domain->addItem(tr("All domains"), qint64(0));
    if (m_portfolio) {
        auto domains = m_portfolio->domains();
        std::sort(domains.begin(), domains.end(),
                  [](const auto& a, const auto& b) { return a.sortOrder < b.sortOrder; });
        for (const core::Domain& d : domains) {
            m_domain->addItem(d.name, qint64(d.id));
        }
    }
    const int index = m_domain->findData(current);
    m_domain->setCurrentIndex(index < 0 ? 0 : index);
}

QLabel* DashboardView::addCard(int row, int column, const QString& title, const QString& objectName, QLabel** detail,
                               std::optional<app::DashboardFigure> figure)
{
    auto* card = new QFrame;
    if (figure) {
        // A card with items behind it opens them when clicked.
        card->setProperty(FigureProperty, int(*figure));
        card->setCursor(Qt::PointingHandCursor);
        card->setToolTip(tr("Click to see the items behind this figure"));
        card->installEventFilter(this);
    }
    card->setObjectName(objectName + QStringLiteral("Card"));
    card->setFrameShape(QFrame::StyledPanel);
    card->setStyleSheet(QStringLiteral("#%1Card { background: palette(base); border: 1px solid palette(mid); "
                                       "border-radius: 6px; }")
                            .arg(objectName));
    auto* layout = new QVBoxLayout(card);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(2);
    auto* heading = new QLabel(title, card);
    heading->setStyleSheet(QStringLiteral("color: palette(dark);"));
    auto* value = new QLabel(card);
    value->setObjectName(objectName);
    QFont big = value->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    value->setFont(big);
    value->setTextFormat(Qt::RichText);
    auto* small = new QLabel(card);
    small->setObjectName(objectName + QStringLiteral("Detail"));
    small->setWordWrap(true);
    small->setStyleSheet(QStringLiteral("color: palette(dark);"));
    layout->addWidget(heading);
    layout->addWidget(value);
    layout->addWidget(small);
    layout->addStretch(1);
    m_cards->addWidget(card, row, column);
    *detail = small;
    return value;
}

QChartView* DashboardView::addChart(int row, int column, int columnSpan, const QString& objectName)
{
    auto* view = new QChartView;
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(280);
    m_grid->addWidget(view, row, column, 1, columnSpan);
    return view;
}

void DashboardView::build()
{
    using F = app::DashboardFigure;
    m_built = true;
    m_cards = new QGridLayout;
    m_cards->setSpacing(10);
    for (int c = 0; c < 5; ++c) {
        m_cards->setColumnStretch(c, 1);
    }
    m_grid->addLayout(m_cards, 0, 0, 1, 4);
    m_nps = addCard(0, 0, tr("NPS"), QStringLiteral("npsValue"), &m_npsDetail);
    m_csat = addCard(0, 1, tr("CSAT"), QStringLiteral("csatValue"), &m_csatDetail);
    m_ces = addCard(0, 2, tr("CES (lower is better)"), QStringLiteral("cesValue"), &m_cesDetail);
    m_decided = addCard(0, 3, tr("Requests decided"), QStringLiteral("decidedValue"), &m_decidedDetail, F::Decisions);
    m_budget = addCard(0, 4, tr("Budget committed"), QStringLiteral("budgetValue"), &m_budgetDetail);
    m_onTime = addCard(1, 0, tr("Tasks on time"), QStringLiteral("onTimeValue"), &m_onTimeDetail, F::TasksDone);
    m_milestones =
        addCard(1, 1, tr("Milestones on time"), QStringLiteral("milestonesValue"), &m_milestonesDetail, F::Milestones);
    m_progress =
        addCard(1, 2, tr("Work done vs plan"), QStringLiteral("progressValue"), &m_progressDetail, F::Progress);
    m_overdue = addCard(1, 3, tr("Overdue tasks"), QStringLiteral("overdueValue"), &m_overdueDetail, F::TasksOverdue);
    m_blocked = addCard(1, 4, tr("Blocked tasks"), QStringLiteral("blockedValue"), &m_blockedDetail, F::TasksBlocked);
    m_trendView = addChart(2, 0, 2, QStringLiteral("trendChart"));
    m_stagesView = addChart(2, 2, 2, QStringLiteral("stagesChart"));
    m_binsView = addChart(3, 0, 2, QStringLiteral("binsChart"));
    m_horizonView = addChart(3, 2, 2, QStringLiteral("horizonChart"));
    m_progressView = addChart(4, 0, 2, QStringLiteral("progressChart"));
    m_throughputView = addChart(4, 2, 2, QStringLiteral("throughputChart"));
    m_loadView = addChart(5, 0, 2, QStringLiteral("loadChart"));

    m_successes = new QTreeWidget;
    m_successes->setObjectName(QStringLiteral("successList"));
    m_successes->setHeaderLabels({tr("Date"), tr("Success"), tr("Who")});
    m_successes->setRootIsDecorated(false);
    m_successes->setAccessibleName(tr("Successes of the period"));
    m_successes->setToolTip(tr("Celebrated in the weekly reviews, milestones reached on time, bins delivered; "
                               "double-click to open"));
    connect(m_successes, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        const core::Id id = item->data(0, Qt::UserRole).toLongLong();
        if (id != 0) {
            emit(item->data(0, Qt::UserRole + 1).toBool() ? taskActivated(id) : binActivated(id));
        }
    });
    auto* successBox = new QWidget;
    auto* successLayout = new QVBoxLayout(successBox);
    successLayout->setContentsMargins(0, 0, 0, 0);
    successLayout->addWidget(new QLabel(tr("<b>Successes of the period</b>")));
    successLayout->addWidget(m_successes, 1);
    m_grid->addWidget(successBox, 5, 2, 1, 2);

    m_kpis = new QTableWidget(0, 5);
    m_kpis->setObjectName(QStringLiteral("kpiTable"));
    m_kpis->setHorizontalHeaderLabels({tr("KPI"), tr("Latest"), tr("Target"), tr("Trend"), tr("Status")});
    m_kpis->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_kpis->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_kpis->verticalHeader()->hide();
    m_kpis->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_kpis->setMinimumHeight(280);
    auto* kpiBox = new QWidget;
    auto* kpiLayout = new QVBoxLayout(kpiBox);
    kpiLayout->setContentsMargins(0, 0, 0, 0);
    auto* kpiTitle = new QLabel(tr("<b>KPIs against their targets</b>"));
    kpiLayout->addWidget(kpiTitle);
    kpiLayout->addWidget(m_kpis, 1);
    m_grid->addWidget(kpiBox, 6, 0, 1, 4);

    m_engagement = new EngagementPanel;
    m_engagement->setObjectName(QStringLiteral("engagementPanel"));
    connect(m_engagement, &EngagementPanel::personActivated, this,
            [this](core::Id person) { showItems(app::DashboardFigure::Earned, person); });
    m_grid->addWidget(m_engagementSwitch, 7, 0, 1, 4);
    m_grid->addWidget(m_engagement, 8, 0, 1, 4);
    m_grid->setRowStretch(9, 1);

    m_items = new DashboardItemsDialog(this);
    connect(m_items, &DashboardItemsDialog::opened, this, [this](const app::DashboardItem& item) {
        switch (item.opens) {
        case app::DashboardItem::Task:
            emit taskActivated(item.id);
            break;
        case app::DashboardItem::Bin:
            emit binActivated(item.id);
            break;
        case app::DashboardItem::Request:
            emit requestActivated(item.id);
            break;
        case app::DashboardItem::Nothing:
            break;
        }
    });
}

void DashboardView::refresh()
{
    if (!m_built) {
        build();
    }
    m_refreshTimer->stop();
    if (!m_portfolio) {
        m_data = {};
        return;
    }
    const auto [from, to] = periodRange(Period(m_period->currentData().toInt()), m_today);
    m_data = app::DashboardData::compute(*m_portfolio, from, to, m_domain->currentData().toLongLong());
    m_periodLabel->setText(
        tr("From %1 to %2")
            .arg(QLocale().toString(from, QLocale::ShortFormat), QLocale().toString(to, QLocale::ShortFormat)));
    {
        const QSignalBlocker block(m_engagementSwitch);
        m_engagementSwitch->setChecked(m_portfolio->program().engagement);
    }
    showCards();
    showCharts();
    showKpis();
    showSuccesses();
    m_engagement->setVisible(m_data.engagement);
    if (m_data.engagement) {
        m_engagement->setData(*m_portfolio, m_data);
    }
}

void DashboardView::showKpis()
{
    m_kpis->setRowCount(int(m_data.kpis.size()));
    const auto value = &DashboardCharts::kpiValue;
    for (int r = 0; r < int(m_data.kpis.size()); ++r) {
        const auto& k = m_data.kpis[std::size_t(r)];
        auto* name = new QTableWidgetItem(k.name);
        name->setToolTip(k.direction == core::KpiDirection::Up ? tr("Higher is better") : tr("Lower is better"));
        auto* latest = new QTableWidgetItem(value(k.latest, k.unit));
        if (k.latestOn.isValid()) {
            latest->setToolTip(tr("Measured on %1").arg(QLocale().toString(k.latestOn, QLocale::ShortFormat)));
        }
        auto* target = new QTableWidgetItem(value(k.target, k.unit));
        auto* trend = new QTableWidgetItem(k.trend ? DashboardCharts::arrow(*k.trend) : QString());
        if (k.trend) {
            trend->setForeground(*k.trend == core::Trend::Flat ? Neutral : k.improving ? Good : Bad);
            trend->setToolTip(tr("Before: %1").arg(value(k.previous, k.unit)));
        }
        auto* status = new QTableWidgetItem(!k.met   ? (k.target ? tr("No measurement") : tr("No target"))
                                            : *k.met ? tr("On target")
                                                     : tr("Off target"));
        if (k.met) {
            status->setForeground(*k.met ? Good : Bad);
        }
        for (auto* item : {latest, target, trend}) {
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        }
        m_kpis->setItem(r, 0, name);
        m_kpis->setItem(r, 1, latest);
        m_kpis->setItem(r, 2, target);
        m_kpis->setItem(r, 3, trend);
        m_kpis->setItem(r, 4, status);
    }
    m_kpis->resizeColumnsToContents();
    m_kpis->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
}

void DashboardView::fillReportMonths()
{
    const QDate last = MonthlyReport::defaultMonth(m_today);
    const QSignalBlocker block(m_reportMonth);
    m_reportMonth->clear();
    // This month so far, then the twelve before it; the last complete month is chosen.
    for (int i = -1; i < 12; ++i) {
        const QDate m = last.addMonths(-i);
        m_reportMonth->addItem(QLocale().toString(m, QStringLiteral("MMMM yyyy")), m);
    }
    m_reportMonth->setCurrentIndex(1);
}

QDate DashboardView::reportMonth() const
{
    return m_reportMonth->currentData().toDate();
}

bool DashboardView::exportReport(const QString& path, QString* error)
{
    if (!m_portfolio) {
        *error = tr("no portfolio is open");
        return false;
    }
    MonthlyReport report(*m_portfolio, reportMonth());
    return report.write(path, error);
}

void DashboardView::exportReportInteractively()
{
    if (!m_portfolio) {
        return;
    }
    const QDate month = reportMonth();
    const QString suggested = tr("Monthly report %1.pdf").arg(month.toString(QStringLiteral("yyyy-MM")));
    const QString path =
        Dialogs::saveFileName(this, tr("Export Monthly Report"), suggested, tr("PDF documents (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool written = exportReport(path, &error);
    QApplication::restoreOverrideCursor();
    if (written) {
        emit message(tr("Wrote the monthly report of %1 to %2.")
                         .arg(QLocale().toString(month, QStringLiteral("MMMM yyyy")), path));
    } else {
        Dialogs::warning(this, tr("Export Monthly Report"), tr("The report was not written: %1.").arg(error));
    }
}

void DashboardView::showCards()
{
    const auto cx = [this](core::VocMetric metric, QLabel* value, QLabel* detail, int decimals, bool sign) {
        const auto& m = m_data.metric(metric);
        if (!m.latest) {
            value->setText(QStringLiteral("–"));
            detail->setText(tr("No answers in the period"));
            return;
        }
        QString text = (sign ? signedNumber(*m.latest) : number(*m.latest, decimals)).toHtmlEscaped();
        if (metric == core::VocMetric::Csat) {
            text += QStringLiteral("%");
        }
        if (m.trend) {
            const QString arrow = *m.trend == core::Trend::Up     ? QStringLiteral("▲")
                                  : *m.trend == core::Trend::Down ? QStringLiteral("▼")
                                                                  : QStringLiteral("▶");
            const QColor colour = *m.trend == core::Trend::Flat ? Neutral : m.improving ? Good : Bad;
            text += QStringLiteral(" <span style=\"color:%1\">%2</span>").arg(colour.name(), arrow);
            detail->setText(tr("%1 (%2) · %3 before")
                                .arg(monthLabel(m.months.back().month),
                                     m.improving                     ? tr("improving")
                                     : *m.trend == core::Trend::Flat ? tr("steady")
                                                                     : tr("worse"),
                                     sign ? signedNumber(*m.previous) : number(*m.previous, decimals)));
        } else {
            detail->setText(monthLabel(m.months.back().month));
        }
        value->setText(text);
    };
    cx(core::VocMetric::Nps, m_nps, m_npsDetail, 0, true);
    cx(core::VocMetric::Csat, m_csat, m_csatDetail, 0, false);
    cx(core::VocMetric::Ces, m_ces, m_cesDetail, 1, false);

    if (m_data.onTimeRate) {
        m_onTime->setText(number(*m_data.onTimeRate * 100) + QStringLiteral("%"));
    } else {
        m_onTime->setText(QStringLiteral("–"));
    }
    m_onTimeDetail->setText(tr("%n task(s) done in the period", nullptr, m_data.tasksDoneInPeriod));
    const core::MilestoneCount& ms = m_data.milestones;
    m_milestones->setText(ms.rate() ? percent(*ms.rate()) : QStringLiteral("–"));
    m_milestonesDetail->setText(ms.judged() + ms.upcoming == 0 ? tr("No milestone due in the period")
                                                               : tr("%1 on time, %2 late, %3 not reached; %4 to come")
                                                                     .arg(ms.onTime)
                                                                     .arg(ms.late)
                                                                     .arg(ms.missed)
                                                                     .arg(ms.upcoming));
    if (m_data.overallProgress) {
        const double gap = m_data.overallProgress->gap();
        const QColor colour = gap < -0.1 ? Bad : gap >= 0 ? Good : Neutral;
        m_progress->setText(
            QStringLiteral("%1 <span style=\"color:%2; font-size:small\">/ %3</span>")
                .arg(percent(m_data.overallProgress->actual), colour.name(), percent(m_data.overallProgress->planned)));
        m_progressDetail->setText(
            tr("Work done against time gone, mean of %n bin(s) under way", nullptr, int(m_data.progress.size())));
    } else {
        m_progress->setText(QStringLiteral("–"));
        m_progressDetail->setText(tr("No bin under way with dates and tasks"));
    }
    m_overdue->setText(number(m_data.tasksOverdue));
    m_overdueDetail->setText(tr("Not done, past their due date"));
    m_blocked->setText(number(m_data.tasksBlocked));
    m_blockedDetail->setText(tr("Waiting on something"));
    m_budget->setText(app::StrategyCheck::amount(m_data.budget.committed));
    if (m_data.budget.envelope > 0) {
        m_budgetDetail->setText(tr("of %1 for %2 (%3%)")
                                    .arg(app::StrategyCheck::amount(m_data.budget.envelope))
                                    .arg(m_data.budget.year)
                                    .arg(number(100 * m_data.budget.committed / m_data.budget.envelope)));
        m_budgetDetail->setStyleSheet(m_data.budget.over() ? QStringLiteral("color: %1;").arg(Bad.name())
                                                           : QStringLiteral("color: palette(dark);"));
    } else {
        m_budgetDetail->setText(tr("No envelope set for %1").arg(m_data.budget.year));
        m_budgetDetail->setStyleSheet(QStringLiteral("color: palette(dark);"));
    }
    m_decided->setText(number(m_data.decided));
    QString lead = m_data.medianLeadDays ? tr("median lead time %1 days").arg(number(*m_data.medianLeadDays, 1))
                                         : tr("no lead time yet");
    m_decidedDetail->setText(
        tr("%1 received, %2 qualified; %3").arg(m_data.requestsReceived).arg(m_data.requestsQualified).arg(lead));
}

void DashboardView::replaceChart(QChartView* view, QChart* chart)
{
    QChart* old = view->chart();
    view->setChart(chart);
    delete old;
}

void DashboardView::showCharts()
{
    using F = app::DashboardFigure;
    replaceChart(m_trendView, DashboardCharts::cxTrend(m_data));
    // What customers said: a month of the trend, a stage's bar.
    for (QAbstractSeries* series : m_trendView->chart()->series()) {
        if (auto* line = qobject_cast<QLineSeries*>(series)) {
            connect(line, &QXYSeries::clicked, this,
                    [this](const QPointF& point) { showItems(F::MonthVoices, qRound64(point.x())); });
        }
    }
    m_trendView->chart()->setToolTip(tr("Click a point to read what customers said that month"));
    replaceChart(m_stagesView, DashboardCharts::npsByStage(m_data));
    std::vector<core::Id> stageBars; // from the bottom up, as the chart lists them: the stages with NPS answers
    for (auto it = m_data.stages.rbegin(); it != m_data.stages.rend(); ++it) {
        if (it->nps) {
            stageBars.push_back(it->stage);
        }
    }
    clickThrough(m_stagesView->chart(), F::StageVoices, [stageBars](int bar) {
        return bar >= 0 && std::size_t(bar) < stageBars.size() ? qint64(stageBars[std::size_t(bar)]) : qint64(-1);
    });
    replaceChart(m_binsView, DashboardCharts::binsByStatus(m_data));
    clickThrough(m_binsView->chart(), F::BinsByStatus, [](int bar) { return qint64(bar); });
    replaceChart(m_horizonView, DashboardCharts::binsByHorizon(m_data));
    // The bars: short, medium and long term, then "not set" when there is any.
    clickThrough(m_horizonView->chart(), F::BinsByHorizon, [](int bar) {
        constexpr core::Horizon order[] = {core::Horizon::Short, core::Horizon::Medium, core::Horizon::Long,
                                           core::Horizon::Unset};
        return qint64(order[std::clamp(bar, 0, 3)]);
    });
    replaceChart(m_progressView, DashboardCharts::progress(m_data));
    // Any bar lists every bin under way with its figures, most behind first.
    clickThrough(m_progressView->chart(), F::Progress, [](int) { return qint64(0); });
    replaceChart(m_throughputView, DashboardCharts::throughput(m_data));
    clickThrough(m_throughputView->chart(), F::Throughput, [](int bar) { return qint64(bar); });
    replaceChart(m_loadView, DashboardCharts::load(m_data));
    clickThrough(m_loadView->chart(), F::DomainLoad, [this](int bar) {
        return bar >= 0 && std::size_t(bar) < m_data.load.size() ? qint64(m_data.load[std::size_t(bar)].domain) : 0;
    });
}

void DashboardView::clickThrough(QChart* chart, app::DashboardFigure figure, const std::function<qint64(int)>& keyOf)
{
    for (QAbstractSeries* series : chart->series()) {
        if (auto* bars = qobject_cast<QAbstractBarSeries*>(series)) {
            connect(bars, &QAbstractBarSeries::clicked, this,
                    [this, figure, keyOf](int index, QBarSet*) { showItems(figure, keyOf(index)); });
        }
    }
    chart->setToolTip(tr("Click a bar to see the items behind it"));
}

void DashboardView::showItems(app::DashboardFigure figure, qint64 key)
{
    if (!m_portfolio || !m_items) {
        return;
    }
    m_items->setItems(app::DashboardItems::title(*m_portfolio, m_data, figure, key),
                      app::DashboardItems::of(*m_portfolio, m_data, figure, key));
    m_items->show();
    m_items->raise();
    m_items->activateWindow();
}

bool DashboardView::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::MouseButtonRelease && static_cast<QMouseEvent*>(event)->button() == Qt::LeftButton) {
        const QVariant figure = watched->property(FigureProperty);
        if (figure.isValid()) {
            showItems(app::DashboardFigure(figure.toInt()));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void DashboardView::showSuccesses()
{
    using Success = app::DashboardData::Success;
    m_successes->clear();
    QList<QTreeWidgetItem*> rows;
    for (const Success& s : m_data.successes) {
        const core::Person* who = m_portfolio->person(s.person);
        const QString what = s.kind == Success::Celebrated  ? tr("Celebrated: %1")
                             : s.kind == Success::Milestone ? tr("Milestone reached: %1")
                                                            : tr("Delivered: %1");
        auto* row =
            new QTreeWidgetItem({QLocale().toString(s.on, QLocale::ShortFormat),
                                 what.arg(s.binCode.isEmpty() ? s.title : s.binCode + QStringLiteral(" — ") + s.title),
                                 who ? who->name : QString()});
        // What a double-click opens: the task celebrated, or the bin.
        const bool task = s.kind == Success::Celebrated;
        row->setData(0, Qt::UserRole, task ? s.subject : s.bin);
        row->setData(0, Qt::UserRole + 1, task);
        row->setToolTip(1, row->text(1));
        rows.append(row);
    }
    if (rows.isEmpty()) {
        auto* none = new QTreeWidgetItem({QString(), tr("No success recorded in the period yet")});
        none->setFlags(Qt::NoItemFlags);
        rows.append(none);
    }
    m_successes->addTopLevelItems(rows);
    m_successes->resizeColumnToContents(0);
    m_successes->resizeColumnToContents(2);
    m_successes->header()->setSectionResizeMode(1, QHeaderView::Stretch);
}

void DashboardView::setEngagement(bool on)
{
    if (!m_portfolio || m_portfolio->program().engagement == on) {
        return;
    }
    core::Program after = m_portfolio->program();
    after.engagement = on;
    app::ChangeSet changes;
    changes.program.push_back({m_portfolio->program(), after});
    if (!m_portfolio->submit(on ? tr("Show engagement and recognition") : tr("Hide engagement and recognition"),
                             changes)) {
        const QSignalBlocker block(m_engagementSwitch);
        m_engagementSwitch->setChecked(m_portfolio->program().engagement);
    }
}

} // namespace tiller::gui
