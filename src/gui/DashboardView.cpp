#include "tiller/gui/DashboardView.h"

#include "tiller/app/Portfolio.h"
#include "tiller/app/StrategyCheck.h"
#include "tiller/app/Text.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace tiller::gui {

namespace {

const QColor Good(QStringLiteral("#2e7d32"));
const QColor Bad(QStringLiteral("#c62828"));
const QColor Neutral(QStringLiteral("#616161"));
const QColor Accent(QStringLiteral("#1565c0"));
const QColor Second(QStringLiteral("#ef6c00"));

QString number(double v, int decimals = 0)
{
    return QLocale().toString(v, 'f', decimals);
}

QString signedNumber(double v)
{
    const QString n = number(std::abs(v));
    return v > 0.5 ? QStringLiteral("+") + n : v < -0.5 ? QStringLiteral("−") + n : n;
}

QString monthLabel(const QString& yyyyMm)
{
    const QDate d = QDate::fromString(yyyyMm + QStringLiteral("-01"), QStringLiteral("yyyy-MM-dd"));
    return d.isValid() ? QLocale().toString(d, QStringLiteral("MMM yy")) : yyyyMm;
}

QChart* newChart(const QString& title)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    QFont f = chart->titleFont();
    f.setBold(true);
    chart->setTitleFont(f);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(6);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);
    return chart;
}

QValueAxis* valueAxis(double min, double max, bool integers)
{
    auto* axis = new QValueAxis;
    axis->setRange(min, max);
    if (integers) {
        axis->setLabelFormat(QStringLiteral("%d"));
        axis->applyNiceNumbers();
    }
    return axis;
}

} // namespace

DashboardView::DashboardView(QWidget* parent)
    : QWidget(parent), m_period(new QComboBox(this)), m_domain(new QComboBox(this)), m_periodLabel(new QLabel(this)),
      m_grid(nullptr), m_refreshTimer(new QTimer(this))
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
    m_periodLabel->setStyleSheet(QStringLiteral("color: palette(mid);"));

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

QLabel* DashboardView::addCard(int row, int column, const QString& title, const QString& objectName, QLabel** detail)
{
    auto* card = new QFrame;
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
    m_grid->addWidget(card, row, column);
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

void DashboardView::refresh()
{
    if (!m_built) {
        m_built = true;
        m_nps = addCard(0, 0, tr("NPS"), QStringLiteral("npsValue"), &m_npsDetail);
        m_csat = addCard(0, 1, tr("CSAT"), QStringLiteral("csatValue"), &m_csatDetail);
        m_ces = addCard(0, 2, tr("CES (lower is better)"), QStringLiteral("cesValue"), &m_cesDetail);
        m_decided = addCard(0, 3, tr("Requests decided"), QStringLiteral("decidedValue"), &m_decidedDetail);
        m_onTime = addCard(1, 0, tr("Tasks on time"), QStringLiteral("onTimeValue"), &m_onTimeDetail);
        m_overdue = addCard(1, 1, tr("Overdue tasks"), QStringLiteral("overdueValue"), &m_overdueDetail);
        m_blocked = addCard(1, 2, tr("Blocked tasks"), QStringLiteral("blockedValue"), &m_blockedDetail);
        m_budget = addCard(1, 3, tr("Budget committed"), QStringLiteral("budgetValue"), &m_budgetDetail);
        m_trendView = addChart(2, 0, 2, QStringLiteral("trendChart"));
        m_binsView = addChart(2, 2, 2, QStringLiteral("binsChart"));
        m_throughputView = addChart(3, 0, 2, QStringLiteral("throughputChart"));
        m_loadView = addChart(3, 2, 2, QStringLiteral("loadChart"));
        m_grid->setRowStretch(4, 1);
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
    showCards();
    showCharts();
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
    replaceChart(m_trendView, trendChart());
    replaceChart(m_binsView, binsChart());
    replaceChart(m_throughputView, throughputChart());
    replaceChart(m_loadView, loadChart());
}

QChart* DashboardView::trendChart() const
{
    QChart* chart = newChart(tr("NPS and CSAT by month"));
    // One category per month of the period, so both metrics share the axis even when a month lacks answers.
    QStringList keys;
    for (QDate m(m_data.from.year(), m_data.from.month(), 1); m.isValid() && m <= m_data.to; m = m.addMonths(1)) {
        keys << m.toString(QStringLiteral("yyyy-MM"));
    }
    auto* axisX = new QBarCategoryAxis;
    for (const QString& k : keys) {
        axisX->append(monthLabel(k));
    }
    chart->addAxis(axisX, Qt::AlignBottom);
    auto* axisY = valueAxis(-100, 100, false);
    axisY->setLabelFormat(QStringLiteral("%d"));
    axisY->setTickCount(5);
    chart->addAxis(axisY, Qt::AlignLeft);
    const auto line = [&](core::VocMetric metric, const QString& name, const QColor& colour) {
        auto* series = new QLineSeries;
        series->setName(name);
        series->setPointsVisible(true);
        QPen pen(colour);
        pen.setWidth(2);
        series->setPen(pen);
        for (const auto& m : m_data.metric(metric).months) {
            const int x = int(keys.indexOf(m.month));
            if (x >= 0 && m.value) {
                series->append(x, *m.value);
            }
        }
        chart->addSeries(series);
        series->attachAxis(axisX);
        series->attachAxis(axisY);
    };
    line(core::VocMetric::Nps, tr("NPS (−100 to 100)"), Accent);
    line(core::VocMetric::Csat, tr("CSAT (% satisfied)"), Second);
    return chart;
}

QChart* DashboardView::binsChart() const
{
    QChart* chart = newChart(tr("Project bins by status"));
    auto* set = new QBarSet(tr("Bins"));
    set->setColor(Accent);
    QStringList categories;
    int top = 1;
    for (int s = 0; s < core::BinStatusCount; ++s) {
        categories << app::Text::binStatus(core::BinStatus(s));
        *set << m_data.binsByStatus[std::size_t(s)];
        top = std::max(top, m_data.binsByStatus[std::size_t(s)]);
    }
    auto* series = new QBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    chart->addSeries(series);
    auto* axisX = new QBarCategoryAxis;
    axisX->append(categories);
    QFont small = axisX->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.85); // six statuses side by side: keep "In progress" whole
    axisX->setLabelsFont(small);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    auto* axisY = valueAxis(0, top + 1, true);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    chart->legend()->hide();
    return chart;
}

QChart* DashboardView::throughputChart() const
{
    QChart* chart = newChart(tr("Tasks done per week"));
    auto* set = new QBarSet(tr("Tasks done"));
    set->setColor(Accent);
    QStringList categories;
    int top = 1;
    for (const auto& [week, n] : m_data.throughput) {
        // "2026-W19" → "W19": the year is in the period already.
        categories << week.mid(week.indexOf(QLatin1Char('W')));
        *set << n;
        top = std::max(top, n);
    }
    auto* series = new QBarSeries;
    series->append(set);
    chart->addSeries(series);
    auto* axisX = new QBarCategoryAxis;
    axisX->append(categories);
    QFont small = axisX->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.8);
    axisX->setLabelsFont(small);
    if (categories.size() > 14) {
        axisX->setLabelsAngle(-90);
    }
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    auto* axisY = valueAxis(0, top + 1, true);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    chart->legend()->hide();
    return chart;
}

QChart* DashboardView::loadChart() const
{
    QChart* chart = newChart(tr("Peak monthly load vs capacity per domain (person-days)"));
    auto* load = new QBarSet(tr("Peak load"));
    auto* capacity = new QBarSet(tr("Capacity"));
    capacity->setColor(QColor(QStringLiteral("#9e9e9e")));
    load->setColor(Accent);
    // Only the domains over capacity show in red (a selected bar), so the chart names who is overloaded.
    load->setSelectedColor(Bad);
    QStringList categories;
    double top = 1;
    for (const auto& l : m_data.load) {
        categories << l.name;
        *load << l.peakLoad;
        *capacity << l.capacity;
        top = std::max({top, l.peakLoad, l.capacity});
        if (l.capacity > 0 && l.peakLoad > l.capacity + 1e-9) {
            load->selectBar(int(categories.size()) - 1);
        }
    }
    auto* series = new QBarSeries;
    series->append(load);
    series->append(capacity);
    chart->addSeries(series);
    auto* axisX = new QBarCategoryAxis;
    axisX->append(categories);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    QFont small = axisX->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    axisX->setLabelsFont(small);
    auto* axisY = valueAxis(0, std::ceil(top * 1.1), true);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    return chart;
}

} // namespace tiller::gui
