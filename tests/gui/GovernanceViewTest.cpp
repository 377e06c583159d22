// The governance and journey views, offscreen: a RACI cell edited through its editor and undone, a body and a
// meeting record through their dialogs, a maturity assessment on the radar, the master plan's PDF, a pain point
// added to a journey with its initiatives and undone, a stage moved.
#include "tiller/gui/GovernanceView.h"

#include "TestSupport.h"
#include "tiller/app/DemoBuilder.h"
#include "tiller/app/GovernanceText.h"
#include "tiller/app/Portfolio.h"
#include "tiller/app/RaciModel.h"
#include "tiller/gui/Dialogs.h"
#include "tiller/gui/GovernanceDialogs.h"
#include "tiller/gui/JourneyDialogs.h"
#include "tiller/gui/JourneyView.h"
#include "tiller/gui/MaturityPanel.h"
#include "tiller/gui/RaciPanel.h"

#include <QAbstractSeries>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPolarChart>
#include <QProcess>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QUndoStack>
#include <memory>

using namespace tiller;

class GovernanceViewTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TempDir> m_tmp;
    std::unique_ptr<app::Portfolio> m_portfolio;
    QStringList m_refusals;

    app::Portfolio* portfolio() { return m_portfolio.get(); }
    static void screenshot(QWidget& w, const QString& name)
    {
        if (const QString dir = qEnvironmentVariable("TILLER_SCREENSHOTS"); !dir.isEmpty()) {
            w.show();
            QTest::qWait(50);
            w.grab().save(dir + QLatin1Char('/') + name);
        }
    }

private slots:
    void init()
    {
        m_tmp = std::make_unique<test::TempDir>();
        const QString path = m_tmp->path(QStringLiteral("governance.tiller"));
        app::DemoBuilder builder(app::DemoBuilder::Size::Small, 1, QDate(2026, 6, 1));
        QVERIFY(builder.build(path));
        auto opened = app::Portfolio::openForEditing(path, QStringLiteral("tester"));
        QVERIFY(bool(opened));
        m_portfolio = std::move(*opened);
        m_portfolio->setClock([] { return QDateTime(QDate(2026, 6, 1), QTime(9, 0), Qt::UTC); });
        m_refusals.clear();
        connect(m_portfolio.get(), &app::Portfolio::editRefused, this, [this](const QString& r) { m_refusals << r; });
        gui::Dialogs::setMessageHook([](const QString&, const QString&) {});
    }

    void cleanup()
    {
        m_portfolio.reset();
        gui::Dialogs::clearHooks();
    }

    void raciCellIsEditedInItsEditorAndUndone()
    {
        gui::GovernanceView view;
        view.setPortfolio(portfolio());
        view.resize(1400, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.showPage(gui::GovernanceView::Page::Raci);
        QTableView* table = view.raci()->table();
        app::RaciModel* model = view.raci()->model();
        QVERIFY(model->rowCount() > 0);
        QVERIFY(model->columnCount() > app::RaciModel::FirstPerson);
        // A bin row and a person who holds no role there.
        int row = 0;
        int column = -1;
        for (int c = app::RaciModel::FirstPerson; c < model->columnCount(); ++c) {
            if (model->index(row, c).data(app::RaciModel::FlagsRole).toInt() == 0) {
                column = c;
                break;
            }
        }
        QVERIFY(column > 0);
        const core::RaciItem item = model->itemAt(row);
        const core::Id person = model->personAt(column);
        QVERIFY(item.isBin());
        const int stack = portfolio()->undoStack()->count();

        const QModelIndex cell = model->index(row, column);
        table->setCurrentIndex(cell);
        table->edit(cell);
        auto* editor = qobject_cast<QComboBox*>(QApplication::focusWidget());
        QVERIFY(editor);
        const int ar = editor->findText(QStringLiteral("A/R"));
        QVERIFY(ar >= 0);
        editor->setCurrentIndex(ar);
        emit editor->activated(ar); // as when the person picks it in the list
        QVERIFY2(m_refusals.isEmpty(), qPrintable(m_refusals.join(QLatin1Char('\n'))));

        const int A = core::roleFlag(core::RaciRole::Accountable);
        const int R = core::roleFlag(core::RaciRole::Responsible);
        QCOMPARE(portfolio()->raciCell(item, person), A | R);
        QCOMPARE(portfolio()->undoStack()->count(), stack + 1);
        // The cell reads A/R; whoever was accountable before is not any more.
        const int newColumn = model->columnOf(person);
        QCOMPARE(model->index(model->rowOf(item), newColumn).data().toString(), QStringLiteral("A/R"));
        int accountable = 0;
        for (const auto& a : portfolio()->raciOf(item)) {
            accountable += a.role == core::RaciRole::Accountable ? 1 : 0;
        }
        QCOMPARE(accountable, 1);
        screenshot(view, QStringLiteral("governance-raci.png"));

        portfolio()->undoStack()->undo();
        QCOMPARE(portfolio()->raciCell(item, person), 0);
        QCOMPARE(model->index(model->rowOf(item), model->columnOf(person)).data().toString(), QString());
        portfolio()->undoStack()->redo();
        QCOMPARE(portfolio()->raciCell(item, person), A | R);

        // Delete clears the cell, as one more step.
        table->setCurrentIndex(model->index(model->rowOf(item), model->columnOf(person)));
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Delete);
        QCOMPARE(portfolio()->raciCell(item, person), 0);
    }

    void theOverviewListsBodiesMeetingsAndGaps()
    {
        gui::GovernanceView view;
        view.setPortfolio(portfolio());
        view.resize(1400, 900);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.bodies()->rowCount(), int(portfolio()->bodies().size()));
        QVERIFY(view.bodies()->rowCount() >= 4);
        QVERIFY(view.upcoming()->topLevelItemCount() > 0);
        QVERIFY(view.direction()->text().contains(portfolio()->person(portfolio()->program().cxLeadId)->name));
        // The sample leaves some items without an accountable person: they are listed, and lead to the matrix.
        QTreeWidgetItem* gap = nullptr;
        for (int i = 0; i < view.gaps()->topLevelItemCount(); ++i) {
            if (view.gaps()->topLevelItem(i)->text(0) == app::GovernanceText::raciGap(core::RaciGap::NoAccountable)) {
                gap = view.gaps()->topLevelItem(i);
                break;
            }
        }
        QVERIFY(gap);
        emit view.gaps()->itemActivated(gap, 0);
        const QModelIndex current = view.raci()->table()->currentIndex();
        QVERIFY(current.isValid());
        QVERIFY(current.data(app::RaciModel::GapRole).toBool());
        screenshot(view, QStringLiteral("governance-overview.png"));
    }

    void aBodyAndAMeetingRecordAreAddedThroughTheirDialogs()
    {
        gui::GovernanceView view;
        view.setPortfolio(portfolio());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const auto before = portfolio()->bodies().size();
        gui::Dialogs::setDialogHook([&](QDialog& dialog) {
            auto& d = dynamic_cast<gui::BodyDialog&>(dialog);
            d.nameEdit()->setText(QStringLiteral("Digital council"));
            d.chairBox()->setCurrentIndex(2);
            d.members()->item(0, 0)->setCheckState(Qt::Checked);
            d.members()->item(0, 1)->setText(QStringLiteral("web lead"));
            d.members()->item(1, 0)->setCheckState(Qt::Checked);
            screenshot(dialog, QStringLiteral("body-dialog.png"));
            dialog.accept();
            return dialog.result();
        });
        view.addBody();
        QCOMPARE(portfolio()->bodies().size(), before + 1);
        const core::GovernanceBody added = portfolio()->bodies().back();
        QCOMPARE(added.name, QStringLiteral("Digital council"));
        QCOMPARE(added.members.size(), 2);
        QVERIFY(added.chairId != 0);
        QCOMPARE(view.currentBody(), added.id);

        // A second body with the same name is refused: the dialog stays open and says why.
        int shown = 0;
        gui::Dialogs::setDialogHook([&](QDialog& dialog) {
            ++shown;
            auto& d = dynamic_cast<gui::BodyDialog&>(dialog);
            d.nameEdit()->setText(QStringLiteral("digital council"));
            dialog.accept();
            [&] { QVERIFY(d.errorLabel()->isVisibleTo(&d)); }();
            [&] { QVERIFY(d.errorLabel()->text().contains(QStringLiteral("already"))); }();
            dialog.reject();
            return dialog.result();
        });
        view.addBody();
        QCOMPARE(shown, 1);
        QCOMPARE(portfolio()->bodies().size(), before + 1);

        gui::Dialogs::setDialogHook([&](QDialog& dialog) {
            auto& d = dynamic_cast<gui::MeetingDialog&>(dialog);
            d.dateEdit()->setDate(QDate(2026, 5, 28));
            d.decisionsEdit()->setPlainText(QStringLiteral("Launch the new app in September."));
            dialog.accept();
            return dialog.result();
        });
        view.selectBody(added.id);
        view.recordMeeting();
        const auto meetings = portfolio()->meetingsOf(added.id);
        QCOMPARE(meetings.size(), std::size_t(1));
        QCOMPARE(meetings.front().attendees.size(), 2); // the members, ticked at first
        QVERIFY(view.detail()->toPlainText().contains(QStringLiteral("Launch the new app")));
        QVERIFY(portfolio()->body(added.id)->nextMeeting > QDate(2026, 5, 28));
        portfolio()->undoStack()->undo();
        QVERIFY(portfolio()->meetingsOf(added.id).empty());
    }

    void anAssessmentJoinsTheRadar()
    {
        gui::MaturityPanel panel(portfolio());
        panel.resize(900, 700);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        const auto count = portfolio()->assessments().size();
        QVERIFY(count >= 2);
        QCOMPARE(panel.compared().size(), 2); // the latest two
        QCOMPARE(panel.chart()->series().size(), 2);
        gui::Dialogs::setDialogHook([&](QDialog& dialog) {
            auto& d = dynamic_cast<gui::AssessmentDialog&>(dialog);
            // It starts from the latest answers; raise one, leave another unanswered.
            d.answer(QStringLiteral("strategy.vision"))->setCurrentIndex(5);
            d.answer(QStringLiteral("culture.training"))->setCurrentIndex(0);
            screenshot(dialog, QStringLiteral("assessment-dialog.png"));
            dialog.accept();
            return dialog.result();
        });
        panel.newAssessment();
        QCOMPARE(portfolio()->assessments().size(), count + 1);
        const core::MaturityAssessment& latest = portfolio()->assessments().back();
        QCOMPARE(latest.answers.value(QStringLiteral("strategy.vision")), 5);
        QVERIFY(!latest.answers.contains(QStringLiteral("culture.training")));
        QCOMPARE(panel.compared().size(), 3);
        QCOMPARE(panel.chart()->series().size(), 3);
        screenshot(panel, QStringLiteral("maturity-radar.png"));
        portfolio()->undoStack()->undo();
        QCOMPARE(portfolio()->assessments().size(), count);
        QCOMPARE(panel.chart()->series().size(), 2);
    }

    void theMasterPlanIsWrittenAsPdf()
    {
        const QString out = m_tmp->path(QStringLiteral("plan.pdf"));
        gui::Dialogs::setNextFileName(out);
        gui::GovernanceView view;
        view.setPortfolio(portfolio());
        view.show();
        QSignalSpy message(&view, &gui::GovernanceView::message);
        view.exportInteractively();
        QVERIFY(QFile::exists(out));
        QCOMPARE(message.count(), 1);
        if (const QString dir = qEnvironmentVariable("TILLER_SCREENSHOTS"); !dir.isEmpty()) {
            QFile::remove(dir + QStringLiteral("/governance-master-plan.pdf"));
            QFile::copy(out, dir + QStringLiteral("/governance-master-plan.pdf"));
        }
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {out, QStringLiteral("-")});
        if (!p.waitForStarted(5000)) {
            QSKIP("pdftotext is not installed");
        }
        p.waitForFinished(30000);
        const QString text = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY(text.contains(QStringLiteral("Governance master plan")));
        for (const core::GovernanceBody& b : portfolio()->bodies()) {
            QVERIFY2(text.contains(b.name), qPrintable(b.name));
        }
        QVERIFY(text.contains(QStringLiteral("RACI")));
    }

    void aPainPointIsAddedToAJourneyAndUndone()
    {
        gui::JourneyView view;
        view.setPortfolio(portfolio());
        view.resize(1400, 900);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const core::Id journey = view.currentJourney();
        QVERIFY(journey != 0);
        const auto stages = portfolio()->stagesOf(journey);
        QVERIFY(stages.size() >= 3);
        const core::Id stage = stages[1].id;
        view.selectStage(stage);
        QListWidget* list = view.painList(stage);
        QVERIFY(list);
        const int before = list->count();
        const core::Initiative first = portfolio()->initiatives().front();

        gui::Dialogs::setDialogHook([&](QDialog& dialog) {
            auto& d = dynamic_cast<gui::PainPointDialog&>(dialog);
            d.titleEdit()->setText(QStringLiteral("Nobody calls back"));
            d.severityBox()->setCurrentIndex(4);
            d.initiativeList()->item(0)->setCheckState(Qt::Checked);
            dialog.accept();
            return dialog.result();
        });
        view.addPain();
        QVERIFY2(m_refusals.isEmpty(), qPrintable(m_refusals.join(QLatin1Char('\n'))));
        list = view.painList(stage);
        QCOMPARE(list->count(), before + 1);
        const core::Id pain = view.currentPain();
        QVERIFY(portfolio()->painPoint(pain));
        QCOMPARE(portfolio()->painPoint(pain)->severity, 5);
        QVERIFY(portfolio()->initiative(first.id)->painPoints.contains(pain));
        // Most severe first: the new one heads its column, with the initiative's code under it.
        QVERIFY(list->item(0)->text().contains(QStringLiteral("Nobody calls back")));
        QVERIFY(list->item(0)->text().contains(first.code));
        QVERIFY(view.tracePanel()->toPlainText().contains(first.code));
        QVERIFY(view.tracePanel()->toPlainText().contains(QStringLiteral("negative answer")));
        screenshot(view, QStringLiteral("journey-view.png"));

        portfolio()->undoStack()->undo();
        QVERIFY(!portfolio()->painPoint(pain));
        QCOMPARE(view.painList(stage)->count(), before);
        QVERIFY(!portfolio()->initiative(first.id)->painPoints.contains(pain));
        portfolio()->undoStack()->redo();
        QCOMPARE(view.painList(stage)->count(), before + 1);
    }

    void aStageMovesRightAndBack()
    {
        gui::JourneyView view;
        view.setPortfolio(portfolio());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const core::Id journey = view.currentJourney();
        const auto stages = portfolio()->stagesOf(journey);
        view.selectStage(stages[0].id);
        view.moveStage(+1);
        auto moved = portfolio()->stagesOf(journey);
        QCOMPARE(moved[0].id, stages[1].id);
        QCOMPARE(moved[1].id, stages[0].id);
        portfolio()->undoStack()->undo();
        moved = portfolio()->stagesOf(journey);
        QCOMPARE(moved[0].id, stages[0].id);
        // A new stage goes after the one chosen, and is named.
        gui::Dialogs::setTextHook(
            [](const QString&) { return std::optional<QString>(QStringLiteral("Compare offers")); });
        view.selectStage(stages[0].id);
        view.addStage();
        moved = portfolio()->stagesOf(journey);
        QCOMPARE(moved.size(), stages.size() + 1);
        QCOMPARE(moved[1].name, QStringLiteral("Compare offers"));
        QCOMPARE(view.currentStage(), moved[1].id);
    }
};

QTEST_MAIN(GovernanceViewTest)
#include "GovernanceViewTest.moc"
