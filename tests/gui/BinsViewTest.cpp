// The bins view in the real main window, offscreen: drops, the bin dialog, delete and undo.
#include "tiller/gui/BinsView.h"

#include "TestSupport.h"
#include "tiller/app/BinFilterModel.h"
#include "tiller/app/BinModel.h"
#include "tiller/app/DemoBuilder.h"
#include "tiller/app/InitiativeModel.h"
#include "tiller/app/MimeTypes.h"
#include "tiller/app/Portfolio.h"
#include "tiller/app/Settings.h"
#include "tiller/app/Text.h"
#include "tiller/gui/BinDialog.h"
#include "tiller/gui/Dialogs.h"
#include "tiller/gui/MainWindow.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDropEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>
#include <memory>

using namespace tiller;
using B = app::BinModel;

class BinsViewTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TempDir> m_tmp;
    std::unique_ptr<app::Settings> m_settings;
    std::unique_ptr<gui::MainWindow> m_window;
    QStringList m_questions;

    gui::BinsView* view() { return m_window->binsView(); }
    app::Portfolio* portfolio() { return m_window->portfolio(); }
    QModelIndex binIndex(const QString& code, int column = B::Name)
    {
        QAbstractItemModel* m = view()->table()->model();
        for (int r = 0; r < m->rowCount(); ++r) {
            if (m->index(r, B::Code).data().toString() == code) {
                return m->index(r, column);
            }
        }
        return {};
    }
    const core::ProjectBin* bin(const QString& code)
    {
        for (const auto& b : portfolio()->bins()) {
            if (b.code == code) {
                return &b;
            }
        }
        return nullptr;
    }
    int countIn(core::Id binId)
    {
        return int(std::count_if(portfolio()->initiatives().begin(), portfolio()->initiatives().end(),
                                 [&](const auto& i) { return i.binId == binId; }));
    }
    // What a user's drop does: enter, move over, release at the centre of `index` in `view`.
    static bool dropOn(QAbstractItemView* view, const QPoint& at, const QMimeData* mime)
    {
        QWidget* target = view->viewport();
        QDragEnterEvent enter(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &enter);
        QDragMoveEvent move(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &move);
        if (!move.isAccepted()) {
            return false;
        }
        QDropEvent drop(QPointF(at), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &drop);
        return drop.isAccepted();
    }
    // A drag of the given rows of an initiative table, as the view itself would start it.
    static std::unique_ptr<QMimeData> dragRows(QTableView* table, const QList<int>& rows)
    {
        QModelIndexList indexes;
        for (int r : rows) {
            indexes.append(table->model()->index(r, app::InitiativeModel::Code));
            indexes.append(table->model()->index(r, app::InitiativeModel::Title));
        }
        return std::unique_ptr<QMimeData>(table->model()->mimeData(indexes));
    }

private slots:
    void init()
    {
        m_tmp = std::make_unique<test::TempDir>();
        const QString path = m_tmp->path(QStringLiteral("bins.tiller"));
        app::DemoBuilder builder(app::DemoBuilder::Size::Small, 1, QDate(2026, 6, 1));
        QVERIFY(builder.build(path));
        m_settings = std::make_unique<app::Settings>(m_tmp->path(QStringLiteral("settings.ini")));
        m_window = std::make_unique<gui::MainWindow>(m_settings.get());
        gui::Dialogs::setMessageHook([](const QString&, const QString&) {});
        m_questions.clear();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openLocation(path));
        QVERIFY(gui::MainWindow::viewNames().contains(QStringLiteral("bins")));
        QVERIFY(view()->model() == nullptr); // built when first shown
        QTest::keyClick(m_window.get(), Qt::Key_4, Qt::ControlModifier);
        QVERIFY(view()->isVisible());
        QVERIFY(view()->model() != nullptr);
        QCOMPARE(view()->table()->model()->rowCount(), int(portfolio()->bins().size()));
    }

    void cleanup()
    {
        m_window.reset();
        gui::Dialogs::clearHooks();
    }

    void dropsAnUnassignedInitiativeOnABinRowThenUndoes()
    {
        const core::Id target = bin(QStringLiteral("BIN-04"))->id;
        const int before = countIn(target);
        QTableView* unassigned = view()->unassignedInitiatives();
        const int unassignedBefore = unassigned->model()->rowCount();
        QVERIFY(unassignedBefore > 0);
        QVERIFY(view()->countLabel()->text().contains(QStringLiteral("8")));
        const core::Id moved = unassigned->model()->index(0, 0).data(app::InitiativeModel::IdRole).toLongLong();
        auto mime = dragRows(unassigned, {0});
        QVERIFY(mime);

        const QModelIndex row = binIndex(QStringLiteral("BIN-04"));
        QVERIFY(row.isValid());
        view()->table()->scrollTo(row);
        QVERIFY(dropOn(view()->table(), view()->table()->visualRect(row).center(), mime.get()));
        QCOMPARE(portfolio()->initiative(moved)->binId, target);
        QCOMPARE(binIndex(QStringLiteral("BIN-04"), B::Initiatives).data().toInt(), before + 1);
        QCOMPARE(unassigned->model()->rowCount(), unassignedBefore - 1);
        QCOMPARE(portfolio()->undoStack()->count(), 1);

        // The bin's panel lists it once the bin is selected.
        view()->selectBin(target);
        QCOMPARE(view()->binInitiatives()->model()->rowCount(), before + 1);
        QVERIFY(view()->binTitle()->text().contains(QStringLiteral("BIN-04")));

        QTest::keySequence(m_window.get(), QKeySequence::Undo);
        QCOMPARE(portfolio()->initiative(moved)->binId, core::Id(0));
        QCOMPARE(binIndex(QStringLiteral("BIN-04"), B::Initiatives).data().toInt(), before);
        QCOMPARE(view()->binInitiatives()->model()->rowCount(), before);
        QCOMPARE(unassigned->model()->rowCount(), unassignedBefore);
    }

    void dragsInitiativesOutOfABinOntoAnotherAndOntoTheUnassignedList()
    {
        const core::Id from = bin(QStringLiteral("BIN-02"))->id;
        const core::Id to = bin(QStringLiteral("BIN-07"))->id;
        view()->selectBin(from);
        QTableView* inBin = view()->binInitiatives();
        const int held = countIn(from);
        QVERIFY(held >= 2);
        QCOMPARE(inBin->model()->rowCount(), held);
        auto two = dragRows(inBin, {0, 1});
        const QList<qint64> ids = app::initiativeIds(two.get());
        QCOMPARE(ids.size(), 2);
        QVERIFY(dropOn(view()->table(), view()->table()->visualRect(binIndex(QStringLiteral("BIN-07"))).center(),
                       two.get()));
        QCOMPARE(portfolio()->initiative(ids[0])->binId, to);
        QCOMPARE(portfolio()->initiative(ids[1])->binId, to);
        QCOMPARE(inBin->model()->rowCount(), held - 2);
        QCOMPARE(portfolio()->undoStack()->undoText(), QStringLiteral("Move 2 initiatives to BIN-07"));

        // Onto the unassigned list: out of any bin.
        view()->selectBin(to);
        auto one = dragRows(inBin, {0});
        const qint64 out = app::initiativeIds(one.get()).front();
        QTableView* unassigned = view()->unassignedInitiatives();
        QVERIFY(dropOn(unassigned, unassigned->viewport()->rect().center(), one.get()));
        QCOMPARE(portfolio()->initiative(out)->binId, core::Id(0));

        // And "Remove from bin" on a selected one.
        inBin->selectRow(0);
        const qint64 removed = inBin->model()->index(0, 0).data(app::InitiativeModel::IdRole).toLongLong();
        QVERIFY(view()->removeFromBinAction()->isEnabled());
        view()->removeFromBinAction()->trigger();
        QCOMPARE(portfolio()->initiative(removed)->binId, core::Id(0));
        QCOMPARE(portfolio()->undoStack()->count(), 3);
    }

    void editsABinThroughItsDialogAsOneUndoStep()
    {
        const core::ProjectBin before = *bin(QStringLiteral("BIN-03"));
        int asked = 0;
        gui::Dialogs::setDialogHook([&asked](QDialog& dialog) {
            ++asked;
            dialog.findChild<QLineEdit*>(QStringLiteral("name"))->setText(QStringLiteral("Bills anyone can read"));
            auto* status = dialog.findChild<QComboBox*>(QStringLiteral("status"));
            status->setCurrentIndex(status->findData(int(core::BinStatus::Blocked)));
            auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("predecessors"));
            auto* choice = dialog.findChild<QComboBox*>(QStringLiteral("predecessorChoice"));
            choice->setCurrentIndex(choice->findText(QStringLiteral("BIN-07"), Qt::MatchStartsWith));
            const int rows = table->rowCount();
            dialog.findChild<QPushButton*>(QStringLiteral("addPredecessor"))->click();
            if (table->rowCount() != rows + 1) {
                return int(QDialog::Rejected);
            }
            table->item(rows, 1)->setData(Qt::EditRole, 10);
            dialog.accept();
            return dialog.result();
        });
        view()->selectBin(before.id);
        view()->table()->setFocus();
        QTest::keyClick(view()->table(), Qt::Key_Return); // Enter opens the bin
        QCOMPARE(asked, 1);
        QCOMPARE(binIndex(QStringLiteral("BIN-03")).data().toString(), QStringLiteral("Bills anyone can read"));
        QCOMPARE(binIndex(QStringLiteral("BIN-03"), B::Status).data().toString(),
                 app::Text::binStatus(core::BinStatus::Blocked));
        const core::Id bin07 = bin(QStringLiteral("BIN-07"))->id;
        auto link = std::find_if(portfolio()->dependencies().begin(), portfolio()->dependencies().end(),
                                 [&](const auto& d) { return d.predecessor == bin07 && d.successor == before.id; });
        QVERIFY(link != portfolio()->dependencies().end());
        QCOMPARE(link->lagDays, 10);
        QCOMPARE(portfolio()->undoStack()->count(), 1);

        QTest::keySequence(m_window.get(), QKeySequence::Undo);
        QCOMPARE(binIndex(QStringLiteral("BIN-03")).data().toString(), before.name);
        QVERIFY(std::none_of(portfolio()->dependencies().begin(), portfolio()->dependencies().end(),
                             [&](const auto& d) { return d.predecessor == bin07 && d.successor == before.id; }));
    }

    void aPredecessorClosingACycleIsRefusedInTheDialogWithTheCycleNamed()
    {
        const core::BinDependency existing = portfolio()->dependencies().front();
        const QString pred = portfolio()->bin(existing.predecessor)->code;
        const QString succ = portfolio()->bin(existing.successor)->code;
        QString shown;
        int result = -1;
        gui::Dialogs::setDialogHook([&](QDialog& dialog) {
            auto* choice = dialog.findChild<QComboBox*>(QStringLiteral("predecessorChoice"));
            choice->setCurrentIndex(choice->findText(succ, Qt::MatchStartsWith));
            dialog.findChild<QPushButton*>(QStringLiteral("addPredecessor"))->click();
            dialog.accept();
            shown = dialog.findChild<QLabel*>(QStringLiteral("error"))->text();
            result = dialog.result();
            return result;
        });
        // The predecessor of an existing link gets its successor as predecessor: a cycle.
        QVERIFY(!gui::BinDialog::editBin(m_window.get(), portfolio(), existing.predecessor));
        QCOMPARE(result, int(QDialog::Rejected));
        QVERIFY2(shown.contains(pred) && shown.contains(succ) && shown.contains(QStringLiteral("→")),
                 qPrintable(shown));
        QCOMPARE(portfolio()->undoStack()->count(), 0);
    }

    void newBinWithAPredecessorIsOneUndoStep()
    {
        const auto bins = portfolio()->bins().size();
        const auto links = portfolio()->dependencies().size();
        gui::Dialogs::setDialogHook([](QDialog& dialog) {
            if (dialog.findChild<QLineEdit*>(QStringLiteral("code"))->text() != QStringLiteral("BIN-09")) {
                return int(QDialog::Rejected);
            }
            dialog.findChild<QLineEdit*>(QStringLiteral("name"))->setText(QStringLiteral("Smart meter roll-out"));
            dialog.findChild<QCheckBox*>(QStringLiteral("dated"))->setChecked(false);
            auto* choice = dialog.findChild<QComboBox*>(QStringLiteral("predecessorChoice"));
            choice->setCurrentIndex(choice->findText(QStringLiteral("BIN-04"), Qt::MatchStartsWith));
            dialog.findChild<QPushButton*>(QStringLiteral("addPredecessor"))->click();
            dialog.accept();
            return dialog.result();
        });
        view()->table()->setFocus();
        QTest::keyClick(view()->table(), Qt::Key_B, Qt::ControlModifier | Qt::ShiftModifier);
        const core::ProjectBin* created = bin(QStringLiteral("BIN-09"));
        QVERIFY(created);
        QCOMPARE(created->name, QStringLiteral("Smart meter roll-out"));
        QVERIFY(!created->start.isValid());
        QCOMPARE(view()->currentBin(), created->id);
        QCOMPARE(portfolio()->dependencies().size(), links + 1);
        QCOMPARE(portfolio()->undoStack()->count(), 1);
        QCOMPARE(view()->table()->model()->rowCount(), int(bins) + 1);

        QTest::keySequence(m_window.get(), QKeySequence::Undo);
        QVERIFY(bin(QStringLiteral("BIN-09")) == nullptr);
        QCOMPARE(portfolio()->dependencies().size(), links);
        QCOMPARE(view()->table()->model()->rowCount(), int(bins));
    }

    void deletesABinAfterAskingAndUndoRestoresEverything()
    {
        // A bin with initiatives and dependencies.
        const core::ProjectBin target = *bin(QStringLiteral("BIN-02"));
        const int held = countIn(target.id);
        const auto links = portfolio()->dependencies().size();
        QVERIFY(held > 0);
        bool answer = false;
        gui::Dialogs::setQuestionHook([&](const QString&, const QString& text) {
            m_questions.append(text);
            return answer;
        });
        view()->selectBin(target.id);
        view()->table()->setFocus();
        QTest::keyClick(view()->table(), Qt::Key_Delete);
        QCOMPARE(m_questions.size(), 1);
        QVERIFY(m_questions.front().contains(QStringLiteral("BIN-02")));
        QVERIFY(bin(QStringLiteral("BIN-02")) != nullptr); // said no

        answer = true;
        QTest::keyClick(view()->table(), Qt::Key_Delete);
        QVERIFY(bin(QStringLiteral("BIN-02")) == nullptr);
        QVERIFY(!binIndex(QStringLiteral("BIN-02")).isValid());
        QVERIFY(portfolio()->dependencies().size() < links);
        QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("BIN-02")));

        QTest::keySequence(m_window.get(), QKeySequence::Undo);
        QVERIFY(binIndex(QStringLiteral("BIN-02")).isValid());
        QCOMPARE(countIn(target.id), held);
        QCOMPARE(binIndex(QStringLiteral("BIN-02"), B::Initiatives).data().toInt(), held);
        QCOMPARE(portfolio()->dependencies().size(), links);
    }

    void derivesPrioritiesAndFiltersTheTable()
    {
        // Give one initiative of BIN-08 the best priority: BIN-08 comes first.
        const core::Id last = bin(QStringLiteral("BIN-08"))->id;
        const core::Initiative* in08 = nullptr;
        for (const auto& i : portfolio()->initiatives()) {
            if (i.binId == last) {
                in08 = &i;
            }
        }
        QVERIFY(in08);
        for (const auto& i : portfolio()->initiatives()) {
            if (i.priority == 1 && i.id != in08->id) {
                core::Initiative after = i;
                after.priority = 2;
                app::ChangeSet c;
                c.initiatives.push_back({i, after});
                QVERIFY(portfolio()->submit(QStringLiteral("Second"), c));
            }
        }
        core::Initiative first = *in08;
        first.priority = 1;
        app::ChangeSet c;
        c.initiatives.push_back({*in08, first});
        QVERIFY(portfolio()->submit(QStringLiteral("First"), c));
        const int steps = portfolio()->undoStack()->count();
        view()->deriveAction()->trigger();
        QCOMPARE(portfolio()->undoStack()->count(), steps + 1);
        QCOMPARE(portfolio()->undoStack()->undoText(), QStringLiteral("Derive bin priorities"));
        QCOMPARE(bin(QStringLiteral("BIN-08"))->priority, 1);
        QCOMPARE(view()->table()->model()->index(0, B::Code).data().toString(), QStringLiteral("BIN-08"));

        // Filters: text and status.
        QTest::keyClicks(view()->searchBox(), QStringLiteral("bin-0"));
        QCOMPARE(view()->table()->model()->rowCount(), 8);
        view()->statusFilter()->setCurrentIndex(view()->statusFilter()->findData(int(core::BinStatus::Proposed)));
        const int proposed = int(std::count_if(portfolio()->bins().begin(), portfolio()->bins().end(),
                                               [](const auto& b) { return b.status == core::BinStatus::Proposed; }));
        QCOMPARE(view()->table()->model()->rowCount(), proposed);
        QVERIFY(view()->countLabel()->text().contains(QString::number(proposed)));
    }
};

QTEST_MAIN(BinsViewTest)
#include "BinsViewTest.moc"
