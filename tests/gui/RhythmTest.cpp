// Drives the execution views offscreen: a task handed over, a board drop, a weekly review, a stand-up.
#include "TestSupport.h"
#include "tiller/app/DemoBuilder.h"
#include "tiller/app/MimeTypes.h"
#include "tiller/app/Portfolio.h"
#include "tiller/app/TaskModel.h"
#include "tiller/app/WeeklyReviewReport.h"
#include "tiller/core/Rhythm.h"
#include "tiller/gui/Dialogs.h"
#include "tiller/app/TaskEdits.h"
#include "tiller/gui/InboxView.h"
#include "tiller/gui/RhythmViews.h"
#include "tiller/gui/TasksView.h"

#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace tiller;

class RhythmTest : public QObject
{
    Q_OBJECT

private:
    const QDate Anchor{2026, 6, 1}; // the sample program's "today" (a Monday)
    std::unique_ptr<test::TempDir> m_tmp;
    std::unique_ptr<app::Portfolio> m_portfolio;
    std::unique_ptr<test::FakeClock> m_clock;

    core::Id openTaskOwnedBySomeone()
    {
        for (const auto& t : m_portfolio->tasks()) {
            if (t.ownerId != 0 && t.status == core::TaskStatus::Todo) {
                return t.id;
            }
        }
        return 0;
    }
    QTreeWidgetItem* findItem(QTreeWidget* tree, const QString& startsWith)
    {
        for (QTreeWidgetItem* item : tree->findItems(QStringLiteral("*"), Qt::MatchWildcard | Qt::MatchRecursive)) {
            if (item->text(0).startsWith(startsWith)) {
                return item;
            }
        }
        return nullptr;
    }
    void screenshot(QWidget* w, const QString& name)
    {
        if (const QString dir = qEnvironmentVariable("TILLER_SCREENSHOTS"); !dir.isEmpty()) {
            w->grab().save(dir + QLatin1Char('/') + name);
        }
    }

private slots:
    void init()
    {
        m_tmp = std::make_unique<test::TempDir>();
        const QString path = m_tmp->path(QStringLiteral("rhythm.tiller"));
        app::DemoBuilder builder(app::DemoBuilder::Size::Small, 1, Anchor);
        QVERIFY(builder.build(path));
        auto opened = app::Portfolio::openForEditing(path, QStringLiteral("Tester"));
        QVERIFY(opened);
        m_portfolio = std::move(*opened);
        m_clock = std::make_unique<test::FakeClock>(QDateTime(Anchor.addDays(3), QTime(16, 0), Qt::UTC));
        m_portfolio->setClock(m_clock->clock());
    }

    void cleanup()
    {
        gui::Dialogs::clearHooks();
        m_portfolio.reset();
    }

    void handsATaskOverWithANoteThenUndoes()
    {
        gui::TasksView view;
        view.setToday(Anchor);
        view.setPortfolio(m_portfolio.get());
        view.resize(1200, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const core::Id id = openTaskOwnedBySomeone();
        QVERIFY(id != 0);
        const core::Id from = m_portfolio->task(id)->ownerId;
        view.selectTask(id);
        QCOMPARE(view.currentId(), id);
        QVERIFY(view.handOverAction()->isEnabled());

        QString chosen;
        gui::Dialogs::setDialogHook([&](QDialog& dialog) {
            auto* to = dialog.findChild<QComboBox*>(QStringLiteral("to"));
            auto* note = dialog.findChild<QPlainTextEdit*>(QStringLiteral("note"));
            if (!to || !note) {
                return int(QDialog::Rejected);
            }
            to->setCurrentIndex(2);
            chosen = to->currentText();
            note->setPlainText(QStringLiteral("Supplier contact is in the shared folder"));
            screenshot(&dialog, QStringLiteral("hand-over.png"));
            for (QPushButton* b : dialog.findChildren<QPushButton*>()) {
                if (b->text() == gui::TasksView::tr("Hand Over")) {
                    b->click();
                }
            }
            return dialog.result();
        });
        view.handOverAction()->trigger();
        const core::Id to = m_portfolio->task(id)->ownerId;
        QVERIFY(to != from);
        QVERIFY(chosen.startsWith(m_portfolio->person(to)->name));
        const auto history = m_portfolio->taskHistory(id);
        QCOMPARE(history.size(), std::size_t(1));
        QCOMPARE(history[0].note, QStringLiteral("Supplier contact is in the shared folder"));
        QCOMPARE(m_portfolio->unreadNotifications(to), 1);
        // The table shows the new owner at once.
        const QModelIndex row = view.proxy()->mapFromSource(view.model()->index(view.model()->rowOf(id), app::TaskModel::Owner));
        QCOMPARE(row.data().toString(), m_portfolio->person(to)->name);
        screenshot(&view, QStringLiteral("tasks.png"));

        m_portfolio->undoStack()->undo();
        QCOMPARE(m_portfolio->task(id)->ownerId, from);
        QCOMPARE(row.data().toString(), m_portfolio->person(from)->name);
        QVERIFY(m_portfolio->taskHistory(id).empty());
    }

    void aDropOnTheBoardsBlockedColumnAsksWhyAndMovesTheCard()
    {
        gui::TasksView view;
        view.setToday(Anchor);
        view.setPortfolio(m_portfolio.get());
        view.resize(1200, 700);
        view.showBoard(true);
        view.show();
        const core::Id id = openTaskOwnedBySomeone();
        const int blockedBefore = view.boardProxy(int(core::TaskStatus::Blocked))->rowCount();
        const int todoBefore = view.boardProxy(int(core::TaskStatus::Todo))->rowCount();
        gui::Dialogs::setTextHook([](const QString&) { return std::optional<QString>(QStringLiteral("Waiting for legal")); });
        std::unique_ptr<QMimeData> drag(app::taskMimeData({id}));
        auto* blocked = view.boardProxy(int(core::TaskStatus::Blocked));
        QVERIFY(blocked->canDropMimeData(drag.get(), Qt::CopyAction, -1, -1, {}));
        blocked->dropMimeData(drag.get(), Qt::CopyAction, -1, -1, {});
        QCOMPARE(m_portfolio->task(id)->status, core::TaskStatus::Blocked);
        QCOMPARE(m_portfolio->task(id)->blockedReason, QStringLiteral("Waiting for legal"));
        QCOMPARE(blocked->rowCount(), blockedBefore + 1);
        QCOMPARE(view.boardProxy(int(core::TaskStatus::Todo))->rowCount(), todoBefore - 1);
        screenshot(&view, QStringLiteral("board.png"));

        // Cancelling the question leaves the task where it was.
        gui::Dialogs::setTextHook([](const QString&) { return std::optional<QString>(); });
        const core::Id other = openTaskOwnedBySomeone();
        std::unique_ptr<QMimeData> again(app::taskMimeData({other}));
        blocked->dropMimeData(again.get(), Qt::CopyAction, -1, -1, {});
        QCOMPARE(m_portfolio->task(other)->status, core::TaskStatus::Todo);
        m_portfolio->undoStack()->undo();
        QCOMPARE(m_portfolio->task(id)->status, core::TaskStatus::Todo);
    }

    void aWeeklyReviewPlansNextWeekSavesItsRecordAndExportsMinutes()
    {
        gui::WeeklyReviewView view;
        view.setPortfolio(m_portfolio.get());
        view.setToday(Anchor.addDays(3)); // Thursday of week 23
        view.resize(1200, 760);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.week(), QStringLiteral("2026-W23"));
        QVERIFY(view.weekLabel()->text().contains(QStringLiteral("23")));
        const core::WeeklyReview expected = core::weeklyReview(m_portfolio->tasks(), view.week(), m_portfolio->now());
        QTreeWidgetItem* slipped = findItem(view.review(), gui::WeeklyReviewView::tr("Slipped"));
        QVERIFY(slipped);
        QCOMPARE(slipped->childCount(), int(expected.slipped.size()));

        // Plan two of the candidates as next week's objectives: one undo step.
        QVERIFY(view.candidates()->count() >= 2);
        view.candidates()->item(0)->setSelected(true);
        view.candidates()->item(1)->setSelected(true);
        const core::Id planned = view.candidates()->item(0)->data(Qt::UserRole).toLongLong();
        const int commands = m_portfolio->undoStack()->count();
        view.planSelected();
        QCOMPARE(m_portfolio->undoStack()->count(), commands + 1);
        QCOMPARE(m_portfolio->task(planned)->objectiveWeek, QStringLiteral("2026-W24"));
        QTreeWidgetItem* next = findItem(view.review(), gui::WeeklyReviewView::tr("Next week's objectives"));
        QVERIFY(next);
        QCOMPARE(next->childCount(), 2);

        view.attendees()->item(0)->setCheckState(Qt::Checked);
        view.attendees()->item(2)->setCheckState(Qt::Checked);
        view.notes()->setPlainText(QStringLiteral("Billing pilot went live on Tuesday."));
        view.decisions()->setPlainText(QStringLiteral("Extend the pilot to 500 customers."));
        QVERIFY(view.saveRecord());
        const core::Meeting* record = app::WeeklyReviewReport::recordOf(*m_portfolio, QStringLiteral("2026-W23"));
        QVERIFY(record);
        QCOMPARE(record->attendees.size(), 2);
        QCOMPARE(record->decisions, QStringLiteral("Extend the pilot to 500 customers."));
        screenshot(&view, QStringLiteral("weekly-review.png"));

        QString error;
        const QString md = m_tmp->path(QStringLiteral("minutes.md"));
        QVERIFY2(view.exportTo(md, true, &error), qPrintable(error));
        const QString text = QString::fromUtf8(test::readFile(md));
        QVERIFY(text.contains(QStringLiteral("Billing pilot went live")));
        QVERIFY(text.contains(QStringLiteral("Extend the pilot to 500 customers.")));
        QVERIFY(text.contains(m_portfolio->person(record->attendees.front())->name));
        QVERIFY(text.contains(m_portfolio->task(planned)->title));
        const QString pdf = m_tmp->path(QStringLiteral("agenda.pdf"));
        QVERIFY2(view.exportTo(pdf, false, &error), qPrintable(error));
        QVERIFY(test::readFile(pdf).startsWith("%PDF"));
        QVERIFY(!view.exportTo(m_tmp->path(QStringLiteral("agenda.docx")), false, &error));

        // Reopening the week shows the saved record.
        view.setWeek(QStringLiteral("2026-W22"));
        QVERIFY(view.notes()->toPlainText().isEmpty());
        view.setWeek(QStringLiteral("2026-W23"));
        QCOMPARE(view.notes()->toPlainText(), QStringLiteral("Billing pilot went live on Tuesday."));
        QCOMPARE(view.attendees()->item(2)->checkState(), Qt::Checked);
    }

    void aWeeklyReviewCelebratesItsSuccesses()
    {
        gui::WeeklyReviewView view;
        view.setPortfolio(m_portfolio.get());
        view.setToday(Anchor.addDays(3));
        view.resize(1200, 760);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setWeek(QStringLiteral("2026-W22")); // the week before: its successes are done tasks
        QTreeWidgetItem* successes = findItem(view.review(), gui::WeeklyReviewView::tr("Successes to celebrate"));
        QVERIFY(successes);
        QVERIFY(successes->childCount() >= 2);
        QList<core::Id> chosen;
        for (int i = 0; i < successes->childCount() && chosen.size() < 2; ++i) {
            const core::Id id = successes->child(i)->data(0, Qt::UserRole).toLongLong();
            if (!m_portfolio->task(id)->celebratedOn.isValid()) {
                successes->child(i)->setSelected(true);
                chosen << id;
            }
        }
        QCOMPARE(chosen.size(), 2);
        QStringList messages;
        connect(&view, &gui::WeeklyReviewView::message, this, [&](const QString& m) { messages << m; });
        const int commands = m_portfolio->undoStack()->count();
        view.findChild<QPushButton*>(QStringLiteral("celebrate"))->click();
        QCOMPARE(m_portfolio->undoStack()->count(), commands + 1);
        for (const core::Id id : chosen) {
            QCOMPARE(m_portfolio->task(id)->celebratedOn, m_portfolio->now().date());
        }
        QCOMPARE(messages.last(), gui::WeeklyReviewView::tr("%n success(es) celebrated.", nullptr, 2));
        // The review marks them; one undo takes both back.
        successes = findItem(view.review(), gui::WeeklyReviewView::tr("Successes to celebrate"));
        int starred = 0;
        for (int i = 0; i < successes->childCount(); ++i) {
            starred += successes->child(i)->text(0).startsWith(QStringLiteral("★")) ? 1 : 0;
        }
        QVERIFY(starred >= 2);
        screenshot(&view, QStringLiteral("weekly-review-celebrated.png"));
        m_portfolio->undoStack()->undo();
        for (const core::Id id : chosen) {
            QVERIFY(!m_portfolio->task(id)->celebratedOn.isValid());
        }
        // Nothing selected: a word, no command.
        view.review()->clearSelection();
        view.findChild<QPushButton*>(QStringLiteral("celebrate"))->click();
        QCOMPARE(messages.last(), gui::WeeklyReviewView::tr("Select the successes to celebrate first."));
        QCOMPARE(m_portfolio->undoStack()->count(), commands + 1); // the undone command, still redoable
    }

    void theInboxShowsAHandOverUnreadAndOpensItsTask()
    {
        gui::InboxView inbox;
        inbox.setPortfolio(m_portfolio.get());
        inbox.resize(1000, 500);
        inbox.show();
        const core::Id id = openTaskOwnedBySomeone();
        const core::Id to = m_portfolio->people().back().id;
        QSignalSpy unread(&inbox, &gui::InboxView::unreadChanged);
        QVERIFY(m_portfolio->submit(QStringLiteral("Hand over"),
                                    app::TaskEdits::transfer(*m_portfolio, id, to, QStringLiteral("Over to you"))));
        QVERIFY(!unread.isEmpty());
        inbox.personChooser()->setCurrentIndex(inbox.personChooser()->findData(to));
        QCOMPARE(inbox.list()->topLevelItemCount(), 1);
        QTreeWidgetItem* item = inbox.list()->topLevelItem(0);
        QVERIFY(item->text(3).contains(QStringLiteral("Over to you")));
        QCOMPARE(item->text(2), gui::InboxView::kindText(core::toKey(core::NotificationKind::TaskTransferred)));
        QVERIFY(item->font(0).bold());
        QCOMPARE(inbox.unread(), 1);
        screenshot(&inbox, QStringLiteral("inbox.png"));
        QSignalSpy opened(&inbox, &gui::InboxView::taskActivated);
        emit inbox.list()->itemActivated(item, 0);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().at(0).toLongLong(), id);
        QCOMPARE(inbox.unread(), 0);
        QVERIFY(!inbox.list()->topLevelItem(0)->font(0).bold());
    }

    void aStandUpShowsEachPersonMarksABlockerAndTimesFifteenMinutes()
    {
        gui::StandupView view;
        view.setPortfolio(m_portfolio.get());
        view.setToday(Anchor);
        view.resize(1100, 700);
        view.show();
        const auto lines = core::standup(m_portfolio->tasks(), Anchor);
        QVERIFY(!lines.empty());
        QCOMPARE(view.board()->topLevelItemCount(), int(lines.size()));
        // Pick someone's "today" task and raise a blocker on it.
        core::Id target = 0;
        for (const auto& line : lines) {
            if (!line.today.isEmpty()) {
                target = line.today.front();
                break;
            }
        }
        QVERIFY(target != 0);
        for (QTreeWidgetItem* item : view.board()->findItems(QStringLiteral("*"), Qt::MatchWildcard | Qt::MatchRecursive)) {
            if (item->data(0, Qt::UserRole).toLongLong() == target) {
                view.board()->setCurrentItem(item);
            }
        }
        QCOMPARE(view.currentTask(), target);
        gui::Dialogs::setTextHook([](const QString&) { return std::optional<QString>(QStringLiteral("No test meter")); });
        view.markBlocked();
        QCOMPARE(m_portfolio->task(target)->status, core::TaskStatus::Blocked);
        // The board follows: the task is now among that person's blockers, still selected.
        QCOMPARE(view.currentTask(), target);
        QVERIFY(view.board()->currentItem()->parent()->text(0).startsWith(gui::StandupView::tr("Blockers")));
        view.moveToTomorrow();
        QCOMPARE(m_portfolio->task(target)->due, Anchor.addDays(1));
        screenshot(&view, QStringLiteral("standup.png"));

        QCOMPARE(view.clock()->text(), QStringLiteral("15:00"));
        QSignalSpy said(&view, &gui::StandupView::message);
        for (int s = 0; s < 15 * 60; ++s) {
            view.tick();
        }
        QCOMPARE(view.clock()->text(), QStringLiteral("00:00"));
        QCOMPARE(said.size(), 1);
        view.resetTimer();
        QCOMPARE(view.secondsLeft(), 15 * 60);
    }
};

QTEST_MAIN(RhythmTest)
#include "RhythmTest.moc"
