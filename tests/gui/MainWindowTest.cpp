// Drives the real main window offscreen, as a user would: keys, menus, dialogs pre-answered.
#include "TestSupport.h"
#include "tiller/app/DemoBuilder.h"
#include "tiller/app/InitiativeFilterModel.h"
#include "tiller/app/InitiativeModel.h"
#include "tiller/app/Portfolio.h"
#include "tiller/app/Settings.h"
#include "tiller/gui/Dialogs.h"
#include "tiller/gui/InventoryView.h"
#include "tiller/app/MailSettings.h"
#include "tiller/gui/MainWindow.h"
#include "tiller/gui/BoardSessionPanel.h"
#include "tiller/gui/ChangeBoardView.h"
#include "tiller/gui/InboxView.h"
#include "tiller/gui/RequestsPanel.h"
#include "tiller/gui/PreferencesDialog.h"
#include "tiller/gui/MapScene.h"
#include "tiller/gui/MapView.h"
#include "../../src/gui/MapItems.h"
#include "tiller/gui/PriorityMatrixScene.h"
#include "tiller/gui/PriorityMatrixView.h"
#include "tiller/gui/ScoringModelDialog.h"
#include "tiller/gui/AhpDialog.h"
#include "tiller/gui/DecisionsDialog.h"
#include "tiller/gui/NewRoundDialog.h"
#include "tiller/gui/VotingDialog.h"
#include "tiller/gui/VotingView.h"
#include "tiller/app/PriorityModel.h"
#include "tiller/app/Selection.h"
#include "../../src/gui/PriorityMatrixItems.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QDoubleSpinBox>
#include <QTableWidget>
#include <QGraphicsView>
#include <QMouseEvent>
#include <QDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace tiller;
using M = app::InitiativeModel;

class MainWindowTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TempDir> m_tmp;
    std::unique_ptr<app::Settings> m_settings;
    std::unique_ptr<gui::MainWindow> m_window;
    QString m_path;
    QStringList m_messages;

    gui::InventoryView* inventory() { return m_window->inventoryView(); }
    QTableView* table() { return inventory()->table(); }
    app::Portfolio* portfolio() { return m_window->portfolio(); }
    QAction* action(const QString& menuTitle, const QString& text)
    {
        for (QAction* menu : m_window->menuBar()->actions()) {
            if (menu->text() == menuTitle && menu->menu()) {
                for (QAction* a : menu->menu()->actions()) {
                    if (a->text().startsWith(text)) {
                        return a;
                    }
                }
            }
        }
        return nullptr;
    }
    int rowOfCode(const QString& code)
    {
        auto* proxy = inventory()->proxy();
        for (int r = 0; r < proxy->rowCount(); ++r) {
            if (proxy->index(r, M::Code).data().toString() == code) {
                return r;
            }
        }
        return -1;
    }

private slots:
    void init()
    {
        m_tmp = std::make_unique<test::TempDir>();
        m_path = m_tmp->path(QStringLiteral("gui.tiller"));
        app::DemoBuilder builder(app::DemoBuilder::Size::Small, 1, QDate(2026, 6, 1));
        QVERIFY(builder.build(m_path));
        m_settings = std::make_unique<app::Settings>(m_tmp->path(QStringLiteral("settings.ini")));
        m_window = std::make_unique<gui::MainWindow>(m_settings.get());
        m_messages.clear();
        gui::Dialogs::setMessageHook([this](const QString&, const QString& text) { m_messages.append(text); });
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openLocation(m_path));
    }

    void cleanup()
    {
        m_window.reset();
        gui::Dialogs::clearHooks();
    }

    void editsTitleInPlaceThenUndoesWithTheKeyboard()
    {
        const int row = rowOfCode(QStringLiteral("CX-001"));
        QVERIFY(row >= 0);
        const QString before = inventory()->proxy()->index(row, M::Title).data().toString();
        table()->setFocus();
        table()->setCurrentIndex(inventory()->proxy()->index(row, M::Title));
        QTest::keyClick(table(), Qt::Key_F2);
        QWidget* editor = QApplication::focusWidget();
        QVERIFY(qobject_cast<QLineEdit*>(editor));
        static_cast<QLineEdit*>(editor)->selectAll();
        QTest::keyClicks(editor, QStringLiteral("Self-service move-in"));
        QTest::keyClick(editor, Qt::Key_Return); // the delegate commits on the next event loop turn
        QTRY_COMPARE(inventory()->proxy()->index(rowOfCode(QStringLiteral("CX-001")), M::Title).data().toString(),
                 QStringLiteral("Self-service move-in"));
        QVERIFY(action(tr("&Edit"), tr("&Undo"))->text().contains(QStringLiteral("CX-001")));

        QTest::keySequence(m_window.get(), QKeySequence::Undo);
        QCOMPARE(inventory()->proxy()->index(rowOfCode(QStringLiteral("CX-001")), M::Title).data().toString(), before);
        QTest::keySequence(m_window.get(), QKeySequence::Redo);
        QCOMPARE(inventory()->proxy()->index(rowOfCode(QStringLiteral("CX-001")), M::Title).data().toString(),
                 QStringLiteral("Self-service move-in"));

        // Restart: the edit is there.
        m_window.reset();
        m_window = std::make_unique<gui::MainWindow>(m_settings.get());
        QVERIFY(m_window->openLocation(m_path));
        QCOMPARE(inventory()->proxy()->index(rowOfCode(QStringLiteral("CX-001")), M::Title).data().toString(),
                 QStringLiteral("Self-service move-in"));
    }

    void theChangeBoardOpensFromItsShortcutAndANoticeOpensItsRequest()
    {
        const auto currentView = [this] {
            return m_window->findChild<QListWidget*>(QStringLiteral("sidebar"))->currentItem()->data(Qt::UserRole).toString();
        };
        // Ctrl+Shift+C: the change board, its requests first.
        QTest::keyClick(m_window.get(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(currentView(), QStringLiteral("changeboard"));
        gui::ChangeBoardView* board = m_window->changeBoardView();
        QVERIFY(board->requests());
        QVERIFY(m_window->showView(QStringLiteral("changeboard/session")));
        QVERIFY(board->session()->isVisible());
        QVERIFY(m_window->showView(QStringLiteral("changeboard/log")));
        QVERIFY(board->log()->rowCount() >= 3); // the sample's past session

        // A notice about a request, opened in the inbox, shows that request.
        QVERIFY(m_window->showView(QStringLiteral("inbox")));
        QVERIFY(!portfolio()->requests().empty());
        const core::Id request = portfolio()->requests().back().id;
        emit m_window->inboxView()->requestActivated(request);
        QCOMPARE(currentView(), QStringLiteral("changeboard"));
        QCOMPARE(board->requests()->currentRequest(), request);
    }

    void doubleClickOnTheMapOpensTheBinAndItsEditShowsOnTheMap()
    {
        QVERIFY(m_window->showView(QStringLiteral("map")));
        gui::MapScene* scene = m_window->mapView()->scene();
        QVERIFY(scene);
        core::Id id = 0;
        for (const core::ProjectBin& b : portfolio()->bins()) {
            if (b.code == QLatin1String("BIN-03")) {
                id = b.id;
            }
        }
        QString shown;
        gui::Dialogs::setDialogHook([&](QDialog& dialog) {
            shown = dialog.windowTitle();
            auto* name = dialog.findChild<QLineEdit*>(QStringLiteral("name"));
            if (!name) {
                return int(QDialog::Rejected);
            }
            name->setText(QStringLiteral("Bills anyone can read"));
            dialog.accept();
            return dialog.result();
        });
        QGraphicsView* view = m_window->mapView()->graphicsView();
        view->resetTransform();
        view->centerOn(scene->cardRect(id).center());
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, view->mapFromScene(scene->cardRect(id).center()));
        QVERIFY2(shown.contains(QStringLiteral("BIN-03")), qPrintable(shown));
        QCOMPARE(portfolio()->bin(id)->name, QStringLiteral("Bills anyone can read"));
        QCOMPARE(scene->card(id)->look().name, QStringLiteral("Bills anyone can read"));
        QTest::keySequence(m_window.get(), QKeySequence::Undo);
        QVERIFY(scene->card(id)->look().name != QStringLiteral("Bills anyone can read"));
    }

    void preferencesKeepTheMailServerButNeverAPassword()
    {
        gui::Dialogs::setDialogHook([&](QDialog& dialog) {
            auto* prefs = qobject_cast<gui::PreferencesDialog*>(&dialog);
            if (!prefs) {
                return int(QDialog::Rejected);
            }
            prefs->mailHostEdit()->setText(QStringLiteral("smtp.brightwave.example"));
            prefs->mailFromEdit()->setText(QStringLiteral("cx@brightwave.example"));
            prefs->dueSoonBox()->setValue(5);
            if (prefs->instantKindBoxes().size() != 7) {
                return int(QDialog::Rejected); // one box per notification kind
            }
            prefs->instantKindBoxes().at(3)->setChecked(true); // blockers raised
            if (const QString dir = qEnvironmentVariable("TILLER_SCREENSHOTS"); !dir.isEmpty()) {
                dialog.show();
                dialog.grab().save(dir + QStringLiteral("/preferences.png"));
            }
            prefs->apply();
            return int(QDialog::Accepted);
        });
        action(tr("&Edit"), tr("&Preferences"))->trigger();
        const app::MailSettings mail = app::MailSettings::load(*m_settings);
        QCOMPARE(mail.host, QStringLiteral("smtp.brightwave.example"));
        QCOMPARE(mail.from, QStringLiteral("cx@brightwave.example"));
        QCOMPARE(mail.port, 587); // the usual port of STARTTLS, the default
        QCOMPARE(mail.instantKinds, QStringList{QStringLiteral("blocker_raised")});
        QCOMPARE(m_settings->value(app::Settings::Key::DueSoonDays).toInt(), 5);
        const QByteArray ini = test::readFile(m_tmp->path(QStringLiteral("settings.ini")));
        QVERIFY(ini.contains("smtp.brightwave.example"));
        QVERIFY(!ini.toLower().contains("password"));
    }

    void refusesADuplicateCodeAndSaysWhy()
    {
        const int row = rowOfCode(QStringLiteral("CX-002"));
        QVERIFY(!inventory()->proxy()->setData(inventory()->proxy()->index(row, M::Code), QStringLiteral("cx-001")));
        QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("CX-001")));
        QCOMPARE(inventory()->proxy()->index(row, M::Code).data().toString(), QStringLiteral("CX-002"));
    }

    void searchFiltersAsYouType()
    {
        QTest::keySequence(m_window.get(), QKeySequence::Find);
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget*>(inventory()->searchBox()));
        const int all = inventory()->proxy()->rowCount();
        QTest::keyClicks(inventory()->searchBox(), QStringLiteral("CX-00"));
        QCOMPARE(inventory()->proxy()->rowCount(), 9); // CX-001 … CX-009
        inventory()->searchBox()->clear();
        QCOMPARE(inventory()->proxy()->rowCount(), all);
    }

    void addsDuplicatesAndDeletesWithUndo()
    {
        const int count = inventory()->model()->rowCount();
        table()->setFocus();
        QTest::keyClick(table(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(inventory()->model()->rowCount(), count + 1);
        QVERIFY(rowOfCode(QStringLiteral("CX-042")) >= 0);
        // The title editor is open on the new row: type and commit.
        QWidget* editor = QApplication::focusWidget();
        QVERIFY(qobject_cast<QLineEdit*>(editor));
        static_cast<QLineEdit*>(editor)->selectAll();
        QTest::keyClicks(editor, QStringLiteral("Outage text alerts"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(portfolio()->initiativeByCode(QStringLiteral("CX-042"))->title, QStringLiteral("Outage text alerts"));

        table()->setFocus();
        QTest::keyClick(table(), Qt::Key_D, Qt::ControlModifier);
        QVERIFY(portfolio()->initiativeByCode(QStringLiteral("CX-043")) != nullptr);
        QCOMPARE(inventory()->model()->rowCount(), count + 2);

        inventory()->selectInitiative(portfolio()->initiativeByCode(QStringLiteral("CX-043"))->id);
        table()->setFocus();
        QTest::keyClick(table(), Qt::Key_Delete);
        QCOMPARE(inventory()->model()->rowCount(), count + 1);
        QVERIFY(portfolio()->initiativeByCode(QStringLiteral("CX-043")) == nullptr);
        QTest::keySequence(m_window.get(), QKeySequence::Undo);
        QVERIFY(portfolio()->initiativeByCode(QStringLiteral("CX-043")) != nullptr);
    }

    void descriptionIsSavedWhenTheEditorLosesFocus()
    {
        inventory()->selectInitiative(portfolio()->initiativeByCode(QStringLiteral("CX-003"))->id);
        QPlainTextEdit* description = inventory()->descriptionEdit();
        description->setFocus();
        description->selectAll();
        QTest::keyClicks(description, QStringLiteral("Match addresses to meter points as the customer types."));
        table()->setFocus(); // focus out commits
        QCOMPARE(portfolio()->initiativeByCode(QStringLiteral("CX-003"))->description,
                 QStringLiteral("Match addresses to meter points as the customer types."));
        QCOMPARE(portfolio()->undoStack()->count(), 1);
    }

    void ticksAPainPointWithUndo()
    {
        const core::Initiative* i = portfolio()->initiativeByCode(QStringLiteral("CX-040"));
        inventory()->selectInitiative(i->id);
        QListWidget* list = inventory()->painPointList();
        QListWidgetItem* target = nullptr;
        for (int r = 0; r < list->count(); ++r) {
            QListWidgetItem* item = list->item(r);
            if ((item->flags() & Qt::ItemIsUserCheckable) && item->checkState() == Qt::Unchecked) {
                target = item;
                break;
            }
        }
        QVERIFY(target);
        const core::Id painId = target->data(Qt::UserRole + 1).toLongLong();
        target->setCheckState(Qt::Checked);
        QVERIFY(portfolio()->initiativeByCode(QStringLiteral("CX-040"))->painPoints.contains(painId));
        QTest::keySequence(m_window.get(), QKeySequence::Undo);
        QVERIFY(!portfolio()->initiativeByCode(QStringLiteral("CX-040"))->painPoints.contains(painId));
    }

    void aDamagedFileIsRefusedAndTheOpenPortfolioStays()
    {
        const QString bad = m_tmp->path(QStringLiteral("notes.tiller"));
        test::writeFile(bad, QByteArray("These are meeting notes, not a portfolio. ").repeated(10));
        QVERIFY(!m_window->openLocation(bad));
        QCOMPARE(m_messages.size(), 1);
        QVERIFY(m_messages.first().contains(QStringLiteral("not a Tiller portfolio")));
        QCOMPARE(portfolio()->location(), m_path);
    }

    void aSecondWindowOnTheSameFileIsReadOnlyAndSaysWho()
    {
        app::Settings other(m_tmp->path(QStringLiteral("other.ini")));
        gui::MainWindow second(&other);
        QVERIFY(second.openLocation(m_path));
        QVERIFY(second.portfolio()->isReadOnly());
        QVERIFY(second.windowTitle().contains(tr("read-only")));
        QVERIFY(second.statusBar()->currentMessage().contains(QStringLiteral("pid")));
        QVERIFY(!second.inventoryView()->addAction()->isEnabled());
    }

    void editsPeopleInTheirDialogWithUndo()
    {
        const auto before = portfolio()->people().size();
        gui::Dialogs::setDialogHook([this](QDialog& dialog) {
            dialog.show(); // as exec() would, without blocking
            if (!QTest::qWaitForWindowExposed(&dialog)) {
                return int(QDialog::Rejected);
            }
            dialog.activateWindow();
            auto* table = dialog.findChild<QTableView*>();
            QPushButton* add = nullptr;
            for (auto* b : dialog.findChildren<QPushButton*>()) {
                if (b->text() == tr("&Add")) {
                    add = b;
                }
            }
            QTest::mouseClick(add, Qt::LeftButton);
            // The new row's name is being edited: type it.
            QWidget* editor = QApplication::focusWidget();
            if (auto* line = qobject_cast<QLineEdit*>(editor)) {
                line->selectAll();
                QTest::keyClicks(line, QStringLiteral("Nora Haddad"));
                QTest::keyClick(line, Qt::Key_Return);
            }
            QTest::qWait(50); // the delegate commits on the next event loop turn
            // Roles through the model, as the check-box editor does.
            const int row = table->model()->rowCount() - 1;
            table->model()->setData(table->model()->index(row, 3), int(core::Ambassador | core::Stakeholder));
            return int(QDialog::Accepted);
        });
        QAction* people = action(tr("&Program"), tr("&People"));
        QVERIFY(people);
        people->trigger();
        QCOMPARE(portfolio()->people().size(), before + 1);
        QTRY_COMPARE(portfolio()->people().back().name, QStringLiteral("Nora Haddad"));
        QCOMPARE(portfolio()->people().back().roles, int(core::Ambassador | core::Stakeholder));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keySequence(m_window.get(), QKeySequence::Undo); // roles
        QTest::keySequence(m_window.get(), QKeySequence::Undo); // name
        QTest::keySequence(m_window.get(), QKeySequence::Undo); // the addition
        QCOMPARE(portfolio()->people().size(), before);
    }

    void dragsABubbleOnTheMatrixWithUndo()
    {
        QVERIFY(m_window->showView(QStringLiteral("matrix")));
        gui::PriorityMatrixView* matrix = m_window->matrixView();
        const core::Id id = portfolio()->initiativeByCode(QStringLiteral("CX-001"))->id;
        const core::Score before = portfolio()->score(id);
        gui::InitiativeBubble* bubble = matrix->scene()->bubble(id);
        QVERIFY(bubble && bubble->isVisible());

        // Drag it to the top-left corner (high benefit, low cost) with the mouse.
        QGraphicsView* view = matrix->graphicsView();
        const QPoint from = view->mapFromScene(bubble->scenePos());
        const QPoint to = view->mapFromScene(gui::PriorityMatrixScene::plotRect().topLeft() + QPointF(5, 5));
        QTest::mousePress(view->viewport(), Qt::LeftButton, {}, from);
        for (int k = 1; k <= 5; ++k) {
            QMouseEvent move(QEvent::MouseMove, from + (to - from) * k / 5, view->viewport()->mapToGlobal(from + (to - from) * k / 5),
                             Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(view->viewport(), &move);
        }
        QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, to);

        const core::Score after = portfolio()->score(id);
        QVERIFY(after.value > before.value);
        QVERIFY(after.effort < before.effort);
        QCOMPARE(portfolio()->undoStack()->count(), 1); // one drag, one command
        QCOMPARE(app::PriorityModel::quadrantName(core::quadrantOf(after.value, after.effort, 50, 50)),
                 app::PriorityModel::quadrantName(core::Quadrant::QuickWin));
        // The ranked list follows, and the selection is shared with the inventory.
        QCOMPARE(m_window->selection()->current(), id);
        QTest::keySequence(m_window.get(), QKeySequence::Undo);
        QCOMPARE(portfolio()->score(id).value, before.value);
        QCOMPARE(bubble->pos(), matrix->scene()->toScene(before.effort, before.value));
    }

    void exportsTheMatrixAsPngSvgAndPdf()
    {
        gui::PriorityMatrixView* matrix = m_window->matrixView();
        for (const QString& name : {QStringLiteral("m.png"), QStringLiteral("m.svg"), QStringLiteral("m.pdf")}) {
            QString error;
            QVERIFY2(matrix->exportTo(m_tmp->path(name), &error), qPrintable(error));
            QVERIFY(QFileInfo(m_tmp->path(name)).size() > 1000);
        }
        QVERIFY(test::readFile(m_tmp->path(QStringLiteral("m.pdf"))).startsWith("%PDF"));
        QVERIFY(test::readFile(m_tmp->path(QStringLiteral("m.svg"))).contains("<svg"));
        QString error;
        QVERIFY(!matrix->exportTo(m_tmp->path(QStringLiteral("m.doc")), &error));
        QVERIFY(!error.isEmpty());
    }

    void switchingTheModelIsUndoable()
    {
        gui::PriorityMatrixView* matrix = m_window->matrixView();
        QComboBox* chooser = matrix->modelChooser();
        const core::Id before = portfolio()->program().scoringModelId;
        const int wsjf = chooser->findText(QStringLiteral("WSJF"));
        QVERIFY(wsjf >= 0);
        chooser->setCurrentIndex(wsjf);
        emit chooser->activated(wsjf);
        QCOMPARE(portfolio()->activeModel()->kind, core::ModelKind::Wsjf);
        QVERIFY(matrix->scene()->visibleBubbles() > 30);
        QTest::keySequence(m_window.get(), QKeySequence::Undo);
        QCOMPARE(portfolio()->program().scoringModelId, before);
        QCOMPARE(chooser->currentData().toLongLong(), before);
    }

    void editsModelWeightsInTheDialogWithUndo()
    {
        const core::Id id = portfolio()->initiativeByCode(QStringLiteral("CX-001"))->id;
        const double before = portfolio()->score(id).score;
        const double weight = portfolio()->activeModel()->criteria.front().weight;
        bool sawProblem = false;
        gui::Dialogs::setDialogHook([&](QDialog& d) {
            auto& dialog = static_cast<gui::ScoringModelDialog&>(d);
            auto* firstWeight = static_cast<QDoubleSpinBox*>(dialog.table()->cellWidget(0, 2));
            firstWeight->setValue(weight * 3);
            // A broken scale is refused with a reason, and nothing is written.
            auto* firstMax = static_cast<QDoubleSpinBox*>(dialog.table()->cellWidget(0, 4));
            const double max = firstMax->value();
            firstMax->setValue(0);
            sawProblem = !dialog.apply();
            firstMax->setValue(max);
            return dialog.apply() ? int(QDialog::Accepted) : int(QDialog::Rejected);
        });
        QAction* edit = action(tr("&Program"), tr("Scoring &Model"));
        QVERIFY(edit);
        edit->trigger();
        QVERIFY(sawProblem);
        QCOMPARE(portfolio()->activeModel()->criteria.front().weight, weight * 3);
        QVERIFY(portfolio()->score(id).score != before);
        QCOMPARE(portfolio()->undoStack()->count(), 1);
        QTest::keySequence(m_window.get(), QKeySequence::Undo);
        QCOMPARE(portfolio()->score(id).score, before);
    }

    void runsAVotingRoundFromOpeningToResult()
    {
        QVERIFY(m_window->showView(QStringLiteral("voting")));
        gui::VotingView* voting = m_window->votingView();
        const auto roundsBefore = portfolio()->rounds().size();

        // Open a round on four initiatives with two stakeholders.
        gui::Dialogs::setDialogHook([this](QDialog& d) {
            auto& dialog = static_cast<gui::NewRoundDialog&>(d);
            dialog.nameEdit()->setText(QStringLiteral("Q4 priorities"));
            for (int k = 0; k < dialog.initiativeList()->count(); ++k) {
                dialog.initiativeList()->item(k)->setCheckState(k < 4 ? Qt::Checked : Qt::Unchecked);
            }
            for (int k = 0; k < dialog.voterList()->count(); ++k) {
                dialog.voterList()->item(k)->setCheckState(k == 1 || k == 2 ? Qt::Checked : Qt::Unchecked);
            }
            return int(QDialog::Accepted);
        });
        voting->newRound();
        QCOMPARE(portfolio()->rounds().size(), roundsBefore + 1);
        const core::Id roundId = portfolio()->rounds().back().id;
        QCOMPARE(voting->currentRound(), roundId);

        // Each stakeholder ranks: move the last initiative to the top by keyboard, tie the next two, submit.
        QStringList firstChoices;
        for (int voter = 0; voter < 2; ++voter) {
            gui::Dialogs::setDialogHook([&, voter](QDialog& d) {
                auto& dialog = static_cast<gui::VotingDialog&>(d);
                dialog.voterBox()->setCurrentIndex(voter);
                QListWidget* list = dialog.rankingList();
                list->setCurrentRow(list->count() - 1);
                for (int k = 0; k < list->count() - 1; ++k) {
                    dialog.moveCurrent(-1);
                }
                firstChoices.append(list->item(0)->text());
                list->setCurrentRow(2);
                dialog.toggleTie(); // rows 2 and 3 (1-based) share a rank
                // For a person to look at: TILLER_SCREENSHOTS=folder keeps a picture of the dialog.
                if (const QString dir = qEnvironmentVariable("TILLER_SCREENSHOTS"); !dir.isEmpty()) {
                    dialog.show();
                    dialog.grab().save(dir + QStringLiteral("/ballot-dialog.png"));
                }
                return dialog.save(true) ? int(QDialog::Accepted) : int(QDialog::Rejected);
            });
            voting->vote();
        }
        QCOMPARE(portfolio()->ballots(roundId).size(), std::size_t(2));
        // While open, the result is not shown.
        QCOMPARE(voting->resultTable()->rowCount(), 0);
        QVERIFY(voting->summary()->text().contains(QStringLiteral("2 of 2")));

        gui::Dialogs::setTextHook([](const QString&) { return std::optional<QString>(QStringLiteral("Board asked for it")); });
        voting->closeRound();
        QCOMPARE(portfolio()->round(roundId)->status, core::RoundStatus::Closed);
        QCOMPARE(portfolio()->snapshots().back().rationale, QStringLiteral("Board asked for it"));
        QCOMPARE(voting->resultTable()->rowCount(), 4);
        // Both moved the same initiative to the top: it wins with every method.
        const QString winner = firstChoices.first().section(QStringLiteral(" — "), 0, 0);
        for (int c = 0; c < voting->resultTable()->columnCount() - 1; ++c) {
            QCOMPARE(voting->resultTable()->item(0, c)->text(), winner);
        }
        voting->applyResult();
        QCOMPARE(portfolio()->initiativeByCode(winner)->priority, 1);
        // The decision log compares the closing with the application: same order, nothing moved.
        int rows = 0;
        QString first, moved;
        gui::Dialogs::setDialogHook([&](QDialog& d) {
            auto& dialog = static_cast<gui::DecisionsDialog&>(d);
            rows = dialog.table()->rowCount();
            first = rows > 0 ? dialog.table()->item(0, 0)->text() : QString();
            moved = rows > 0 ? dialog.table()->item(0, 3)->text() : QString();
            return int(QDialog::Accepted);
        });
        voting->showDecisions();
        QVERIFY(rows >= 4);
        QCOMPARE(first, winner);
        QCOMPARE(moved, QStringLiteral("="));
        QTest::keySequence(m_window.get(), QKeySequence::Undo); // the application
        QTest::keySequence(m_window.get(), QKeySequence::Undo); // the closing
        QCOMPARE(portfolio()->round(roundId)->status, core::RoundStatus::Open);
    }

    void derivesWeightsFromPairwiseComparisons()
    {
        gui::ScoringModelDialog dialog(portfolio(), *portfolio()->activeModel(), m_window.get());
        dialog.table()->setCurrentCell(0, 0); // a benefit criterion
        double cr = -1;
        gui::Dialogs::setDialogHook([&cr](QDialog& d) {
            auto& ahp = static_cast<gui::AhpDialog&>(d);
            // First criterion strongly more important than the second (5), moderately than the third (3).
            static_cast<QComboBox*>(ahp.matrix()->cellWidget(0, 1))->setCurrentIndex(2);
            static_cast<QComboBox*>(ahp.matrix()->cellWidget(0, 2))->setCurrentIndex(3);
            cr = ahp.consistencyRatio();
            return int(QDialog::Accepted);
        });
        dialog.weightsFromComparisons();
        QVERIFY(cr >= 0);
        QVERIFY(cr < 0.10);
        // The most important criterion gets 10; the others in proportion, below it.
        const double first = static_cast<QDoubleSpinBox*>(dialog.table()->cellWidget(0, 2))->value();
        const double second = static_cast<QDoubleSpinBox*>(dialog.table()->cellWidget(1, 2))->value();
        const double third = static_cast<QDoubleSpinBox*>(dialog.table()->cellWidget(2, 2))->value();
        QCOMPARE(first, 10.0);
        QVERIFY(second < third);
        QVERIFY(third < first);
        // The cost side was not touched.
        QCOMPARE(static_cast<QDoubleSpinBox*>(dialog.table()->cellWidget(3, 2))->value(),
                 portfolio()->activeModel()->criteria[3].weight);
    }

    void remembersRecentFiles()
    {
        QCOMPARE(m_settings->recentFiles().value(0), QFileInfo(m_path).absoluteFilePath());
    }
};

QTEST_MAIN(MainWindowTest)
#include "MainWindowTest.moc"
