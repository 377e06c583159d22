// The dashboard on the sample program, offscreen: charts, the domain filter, and following an edit.
#include "tiller/gui/DashboardView.h"

#include "TestSupport.h"
#include "tiller/app/DemoBuilder.h"
#include "tiller/app/Portfolio.h"
#include "tiller/app/TaskEdits.h"
#include "tiller/gui/DashboardItemsDialog.h"
#include "tiller/gui/Dialogs.h"
#include "tiller/gui/EngagementPanel.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>
#include <memory>

using namespace tiller;

class DashboardViewTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TempDir> m_tmp;
    std::unique_ptr<app::Portfolio> m_portfolio;
    std::unique_ptr<gui::DashboardView> m_view;

    QString cardText(const char* name) const
    {
        auto* label = m_view->findChild<QLabel*>(QString::fromLatin1(name));
        return label ? label->text() : QStringLiteral("<missing>");
    }

private slots:
    void init()
    {
        m_tmp = std::make_unique<test::TempDir>();
        const QString path = m_tmp->path(QStringLiteral("dashboard.tiller"));
        app::DemoBuilder builder(app::DemoBuilder::Size::Small, 1, QDate(2026, 6, 1));
        QVERIFY(builder.build(path));
        auto opened = app::Portfolio::openForEditing(path, QStringLiteral("tester"));
        QVERIFY(bool(opened));
        m_portfolio = std::move(*opened);
        m_portfolio->setClock([] { return QDateTime(QDate(2026, 6, 1), QTime(9, 0), Qt::UTC); });
        m_view = std::make_unique<gui::DashboardView>();
        m_view->setToday(QDate(2026, 6, 1));
        m_view->setPortfolio(m_portfolio.get());
        m_view->resize(1280, 900);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }

    void cleanup()
    {
        m_view.reset();
        m_portfolio.reset();
        m_tmp.reset();
    }

    void showsFiguresAndCharts()
    {
        const auto& d = m_view->data();
        QCOMPARE(d.from, QDate(2026, 1, 1));
        QCOMPARE(d.to, QDate(2026, 6, 1));
        QVERIFY(d.binCount > 0);
        QCOMPARE(d.binCount, int(m_portfolio->bins().size()));
        QCOMPARE(m_view->findChildren<QChartView*>().size(), 7);
        for (QChartView* v : m_view->findChildren<QChartView*>()) {
            QVERIFY(v->chart());
            QVERIFY(!v->chart()->series().isEmpty());
        }
        QVERIFY(cardText("npsValue") != QStringLiteral("<missing>"));
        QCOMPARE(cardText("overdueValue"), QLocale().toString(d.tasksOverdue));
        QVERIFY(m_view->domainFilter()->count() == int(m_portfolio->domains().size()) + 1);
        // The KPIs, each with its status against its target.
        auto* kpis = m_view->findChild<QTableWidget*>(QStringLiteral("kpiTable"));
        QVERIFY(kpis);
        QVERIFY(!d.kpis.empty());
        QCOMPARE(kpis->rowCount(), int(d.kpis.size()));
        QCOMPARE(kpis->item(0, 0)->text(), d.kpis[0].name);
        QVERIFY(!kpis->item(0, 4)->text().isEmpty());

        if (const QString dir = qEnvironmentVariable("TILLER_SCREENSHOTS"); !dir.isEmpty()) {
            m_view->resize(1280, 1400); // the whole page, without scrolling
            QTest::qWait(50);
            m_view->grab().save(dir + QStringLiteral("/dashboard.png"));
        }
    }

    void exportsTheMonthlyReport()
    {
        // The last complete month is offered first; the report is written where the user says.
        QCOMPARE(m_view->reportMonth(), QDate(2026, 5, 1));
        QStringList messages;
        connect(m_view.get(), &gui::DashboardView::message, this, [&](const QString& m) { messages << m; });
        const QString path = m_tmp->path(QStringLiteral("report.pdf"));
        gui::Dialogs::setNextFileName(path);
        m_view->exportReportInteractively();
        QFile pdf(path);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        QCOMPARE(messages.size(), 1);
        QVERIFY(messages[0].contains(path));

        // A folder that doesn't exist: a warning names the problem, nothing is written.
        QStringList warnings;
        gui::Dialogs::setMessageHook([&](const QString&, const QString& text) { warnings << text; });
        const QString nowhere = m_tmp->path(QStringLiteral("missing/report.pdf"));
        gui::Dialogs::setNextFileName(nowhere);
        m_view->exportReportInteractively();
        gui::Dialogs::clearHooks();
        QCOMPARE(warnings.size(), 1);
        QVERIFY(warnings[0].contains(QStringLiteral("report.pdf")));
        QVERIFY(!QFile::exists(nowhere));
    }

    void domainFilterRecomputes()
    {
        const int all = m_view->data().binCount;
        QVERIFY(m_view->domainFilter()->count() > 2);
        m_view->domainFilter()->setCurrentIndex(1);
        const core::Id domain = m_view->domainFilter()->currentData().toLongLong();
        QTRY_COMPARE(m_view->data().domainId, domain);
        int inDomain = 0;
        for (const auto& b : m_portfolio->bins()) {
            inDomain += b.domainId == domain ? 1 : 0;
        }
        QCOMPARE(m_view->data().binCount, inDomain);
        QVERIFY(m_view->data().binCount < all);
        QCOMPARE(m_view->data().load.size(), std::size_t(1));

        m_view->periodFilter()->setCurrentIndex(0); // last 3 months
        QTRY_COMPARE(m_view->data().from, QDate(2026, 4, 1));
    }

    void followsATaskMarkedDone()
    {
        // An open task due today or later: done now, it is done on time.
        const core::Task* open = nullptr;
        for (const auto& t : m_portfolio->tasks()) {
            if (t.status != core::TaskStatus::Done && t.status != core::TaskStatus::Blocked && t.due.isValid() &&
                t.due >= QDate(2026, 6, 1)) {
                open = &t;
                break;
            }
        }
        QVERIFY(open);
        const int doneBefore = m_view->data().tasksDoneInPeriod;
        const core::Id id = open->id;
        QVERIFY(m_portfolio->submit(QStringLiteral("Done"),
                                    app::TaskEdits::setStatus(*m_portfolio, id, core::TaskStatus::Done)));
        QTRY_COMPARE(m_view->data().tasksDoneInPeriod, doneBefore + 1);
        QVERIFY(m_view->data().onTimeRate);
        const QString expected = QLocale().toString(*m_view->data().onTimeRate * 100, 'f', 0) + QStringLiteral("%");
        QCOMPARE(cardText("onTimeValue"), expected);
        QCOMPARE(cardText("onTimeValueDetail"),
                 gui::DashboardView::tr("%n task(s) done in the period", nullptr, doneBefore + 1));
    }

    void showsMilestonesProgressAndEngagement()
    {
        // The sample program has milestones reached on time and late, bins under way, and celebrated successes.
        const auto& d = m_view->data();
        QVERIFY(d.milestones.judged() > 0);
        QCOMPARE(cardText("milestonesValue"),
                 QLocale().toString(*d.milestones.rate() * 100, 'f', 0) + QStringLiteral("%"));
        QVERIFY(!d.progress.empty());
        QVERIFY(cardText("progressValue")
                    .startsWith(QLocale().toString(d.overallProgress->actual * 100, 'f', 0) + QStringLiteral("%")));
        QVERIFY(d.engagement);
        QVERIFY(!d.scores.empty());
        QVERIFY(!d.teams.empty());
        auto* panel = m_view->engagementPanel();
        QVERIFY(panel->isVisible());
        QCOMPARE(panel->people()->rowCount(), int(d.scores.size()));
        QCOMPARE(panel->teams()->rowCount(), int(d.teams.size()));
        QVERIFY(panel->teams()->item(0, 0)->text().endsWith(d.teams[0].name));
        QCOMPARE(panel->teams()->item(0, 1)->text(), QLocale().toString(d.teams[0].points));
        auto* successes = m_view->findChild<QTreeWidget*>(QStringLiteral("successList"));
        QVERIFY(successes);
        QCOMPARE(successes->topLevelItemCount(), int(d.successes.size()));

        // Switched off: an undoable edit of the program; the panel goes, the successes stay.
        QVERIFY(m_view->engagementSwitch()->isChecked());
        m_view->engagementSwitch()->setChecked(false);
        QVERIFY(!m_portfolio->program().engagement);
        QTRY_VERIFY(!m_view->data().engagement);
        QVERIFY(m_view->data().scores.empty());
        QVERIFY(!panel->isVisible());
        QCOMPARE(successes->topLevelItemCount(), int(m_view->data().successes.size()));
        m_portfolio->undoStack()->undo();
        QTRY_VERIFY(m_view->data().engagement);
        QVERIFY(m_view->engagementSwitch()->isChecked());
        QVERIFY(panel->isVisible());
    }

    void clicksThroughToTheItems()
    {
        // A card: the overdue tasks, each opening the task.
        const auto& d = m_view->data();
        QVERIFY(d.tasksOverdue > 0);
        auto* card = m_view->findChild<QLabel*>(QStringLiteral("overdueValue"))->parentWidget();
        QTest::mouseClick(card, Qt::LeftButton);
        auto* dialog = m_view->itemsDialog();
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->list()->topLevelItemCount(), d.tasksOverdue);
        for (const auto& item : dialog->items()) {
            const core::Task* t = m_portfolio->task(item.id);
            QVERIFY(t);
            QVERIFY(t->status != core::TaskStatus::Done && t->due < QDate(2026, 6, 1));
        }
        QSignalSpy tasks(m_view.get(), &gui::DashboardView::taskActivated);
        dialog->list()->setCurrentItem(dialog->list()->topLevelItem(0));
        dialog->openCurrent();
        QCOMPARE(tasks.size(), 1);
        QCOMPARE(tasks[0][0].value<core::Id>(), dialog->items()[0].id);

        // A bar of the status chart: the bins of that status.
        auto* binsChart = m_view->findChild<QChartView*>(QStringLiteral("binsChart"));
        auto* series = qobject_cast<QAbstractBarSeries*>(binsChart->chart()->series().at(0));
        QVERIFY(series);
        const int inProgress = int(core::BinStatus::InProgress);
        emit series->clicked(inProgress, series->barSets().at(0));
        QCOMPARE(int(dialog->items().size()), d.binsByStatus[std::size_t(inProgress)]);
        if (const QString dir = qEnvironmentVariable("TILLER_SCREENSHOTS"); !dir.isEmpty()) {
            dialog->grab().save(dir + QStringLiteral("/dashboard-items.png"));
        }
        QSignalSpy bins(m_view.get(), &gui::DashboardView::binActivated);
        dialog->openCurrent();
        QCOMPARE(bins.size(), 1);
        QCOMPARE(m_portfolio->bin(bins[0][0].value<core::Id>())->status, core::BinStatus::InProgress);

        // A stage of the NPS chart: what customers wrote there, read in place (nothing to open).
        auto* stagesChart = m_view->findChild<QChartView*>(QStringLiteral("stagesChart"));
        auto* stageBars = qobject_cast<QAbstractBarSeries*>(stagesChart->chart()->series().at(0));
        QVERIFY(stageBars);
        emit stageBars->clicked(0, stageBars->barSets().at(0)); // the bottom bar: the last stage with answers
        QVERIFY(!dialog->items().empty());
        QVERIFY(int(dialog->items().size()) <= app::DashboardItems::VoicesShown);
        for (const auto& item : dialog->items()) {
            QCOMPARE(item.opens, app::DashboardItem::Nothing);
            QVERIFY(!item.title.isEmpty()); // a verbatim
        }
        QString lastStage;
        for (auto it = d.stages.rbegin(); it != d.stages.rend() && lastStage.isEmpty(); ++it) {
            lastStage = it->nps ? it->name : QString();
        }
        QVERIFY(dialog->items()[0].detail.endsWith(lastStage));
        const int opensBefore = tasks.size() + bins.size();
        dialog->openCurrent();
        QCOMPARE(tasks.size() + bins.size(), opensBefore);
        // A month of the trend.
        m_view->showItems(app::DashboardFigure::MonthVoices, int(d.metric(core::VocMetric::Nps).months.size()) - 1);
        QVERIFY(!dialog->items().empty());
        for (const auto& item : dialog->items()) {
            QCOMPARE(item.opens, app::DashboardItem::Nothing);
        }

        // A person on the leaderboard: what they earned their points for, adding up to their points.
        const core::PersonScore& top = d.scores.front();
        m_view->showItems(app::DashboardFigure::Earned, top.person);
        int points = 0;
        for (const auto& e : d.earned) {
            points += e.person == top.person ? core::pointsFor(e.kind) : 0;
        }
        QCOMPARE(points, top.points);
        QCOMPARE(dialog->list()->topLevelItemCount(),
                 int(std::count_if(d.earned.begin(), d.earned.end(),
                                   [&](const auto& e) { return e.person == top.person; })));
    }
};

QTEST_MAIN(DashboardViewTest)
#include "DashboardViewTest.moc"
