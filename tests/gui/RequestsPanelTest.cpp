// The change requests panel offscreen with the sample program: submitting through the request dialog,
// qualifying and returning through the qualification dialog, likely duplicates, delete and undo.
#include "tiller/gui/RequestsPanel.h"

#include "TestSupport.h"
#include "tiller/app/BoardEdits.h"
#include "tiller/app/DemoBuilder.h"
#include "tiller/app/Portfolio.h"
#include "tiller/app/RequestFilterModel.h"
#include "tiller/app/RequestModel.h"
#include "tiller/app/Text.h"
#include "tiller/gui/Dialogs.h"
#include "tiller/gui/QualifyDialog.h"
#include "tiller/gui/RequestDialog.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QUndoStack>
#include <memory>

using namespace tiller;
using R = app::RequestModel;

class RequestsPanelTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TempDir> m_tmp;
    std::unique_ptr<app::Portfolio> m_portfolio;
    std::unique_ptr<gui::RequestsPanel> m_panel;
    QStringList m_refusals;

    app::Portfolio* portfolio() { return m_portfolio.get(); }

    template <typename T> static T* child(QWidget& parent, const char* name)
    {
        T* w = parent.findChild<T*>(QLatin1String(name));
        if (!w) {
            qWarning("no %s called %s", T::staticMetaObject.className(), name);
        }
        return w;
    }
    static void screenshot(QWidget& widget, const QString& name)
    {
        // For a person to look at: TILLER_SCREENSHOTS=folder keeps a picture.
        if (const QString dir = qEnvironmentVariable("TILLER_SCREENSHOTS"); !dir.isEmpty()) {
            widget.show();
            QTest::qWait(50);
            widget.grab().save(dir + QLatin1Char('/') + name);
        }
    }
    // Keys go to the table as a user's would: its window active (a screenshot's dialog may have taken that).
    bool focusTable()
    {
        m_panel->activateWindow();
        m_panel->table()->setFocus();
        return QTest::qWaitForWindowActive(m_panel.get()) && m_panel->table()->hasFocus();
    }
    // The request's row in the panel's table (as shown), or -1.
    int shownRow(core::Id id)
    {
        QAbstractItemModel* m = m_panel->table()->model();
        for (int r = 0; r < m->rowCount(); ++r) {
            if (m->index(r, 0).data(R::IdRole).toLongLong() == id) {
                return r;
            }
        }
        return -1;
    }
    core::Id addPillar(const QString& name)
    {
        app::ChangeSet c;
        c.pillars.push_back({std::nullopt, core::Pillar{0, name, {}, int(portfolio()->pillars().size()) + 1, 0}});
        if (!portfolio()->submit(QStringLiteral("Add pillar"), c)) {
            return 0;
        }
        return portfolio()->pillars().back().id;
    }
    // A request submitted without the dialog: described, estimated, with a submitter (and a pillar if given).
    core::Id submitDirectly(const QString& title, core::Id pillar = 0)
    {
        core::ChangeRequest r;
        r.code = portfolio()->nextRequestCode();
        r.title = title;
        r.description = QStringLiteral("Branch staff keep re-keying the same data for every new account.");
        r.submitterId = portfolio()->people().at(3).id;
        r.domainId = portfolio()->domains().front().id;
        r.pillarId = pillar;
        r.estBenefit = 30000;
        r.estCost = 12000;
        r.estEffortDays = 25;
        if (!portfolio()->submit(QStringLiteral("Submit"), app::BoardEdits::submitRequest(*portfolio(), r))) {
            return 0;
        }
        return portfolio()->requestByCode(r.code)->id;
    }
    int noticesFor(core::Id person, core::Id request)
    {
        return int(
            std::count_if(portfolio()->notifications().begin(), portfolio()->notifications().end(), [&](const auto& n) {
                return n.personId == person && n.entity == QLatin1String("change_request") && n.entityId == request;
            }));
    }

private slots:
    void init()
    {
        m_tmp = std::make_unique<test::TempDir>();
        const QString path = m_tmp->path(QStringLiteral("requests.tiller"));
        app::DemoBuilder builder(app::DemoBuilder::Size::Small, 1, QDate(2026, 6, 1));
        QVERIFY(builder.build(path));
        auto opened = app::Portfolio::openForEditing(path, QStringLiteral("tester"));
        QVERIFY(bool(opened));
        m_portfolio = std::move(*opened);
        m_refusals.clear();
        connect(m_portfolio.get(), &app::Portfolio::editRefused, this, [this](const QString& r) { m_refusals << r; });
        gui::Dialogs::setMessageHook([](const QString&, const QString&) {});
        m_panel = std::make_unique<gui::RequestsPanel>(m_portfolio.get());
        m_panel->resize(1280, 760);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
        QCOMPARE(m_panel->model()->rowCount(), int(portfolio()->requests().size()));
    }

    void cleanup()
    {
        m_panel.reset();
        m_portfolio.reset();
        gui::Dialogs::clearHooks();
    }

    void submitsARequestThroughTheDialog()
    {
        const int before = m_panel->model()->rowCount();
        const core::Id submitter = portfolio()->people().at(2).id;
        const core::PainPoint pain = portfolio()->painPoints().front();
        int asked = 0;
        gui::Dialogs::setDialogHook([&](QDialog& dialog) {
            ++asked;
            [&] {
                QVERIFY(dynamic_cast<gui::RequestDialog*>(&dialog));
                auto* title = child<QLineEdit>(dialog, "title");
                auto* description = child<QPlainTextEdit>(dialog, "description");
                auto* origin = child<QComboBox>(dialog, "origin");
                auto* who = child<QComboBox>(dialog, "submitter");
                auto* evidence = child<QPlainTextEdit>(dialog, "evidence");
                auto* pains = child<QListWidget>(dialog, "painPoints");
                auto* benefit = child<QDoubleSpinBox>(dialog, "benefit");
                auto* cost = child<QDoubleSpinBox>(dialog, "cost");
                auto* effort = child<QDoubleSpinBox>(dialog, "effort");
                auto* urgency = child<QComboBox>(dialog, "urgency");
                auto* wanted = child<QCheckBox>(dialog, "wanted");
                QVERIFY(title && description && origin && who && evidence && pains && benefit && cost && effort &&
                        urgency && wanted);
                title->setText(QStringLiteral("Let customers pause their subscription online"));
                description->setPlainText(QStringLiteral("Holiday-makers call the contact centre to pause; "
                                                         "let them do it in the app."));
                origin->setCurrentIndex(origin->findData(int(core::RequestOrigin::Voc)));
                who->setCurrentIndex(who->findData(submitter));
                evidence->setPlainText(QStringLiteral("212 calls in May; CES 4.8 on the pause journey."));
                QVERIFY(pains->count() > 0);
                for (int i = 0; i < pains->count(); ++i) {
                    if (pains->item(i)->data(Qt::UserRole).toLongLong() == pain.id) {
                        pains->item(i)->setCheckState(Qt::Checked);
                    }
                }
                benefit->setValue(80000);
                cost->setValue(25000);
                effort->setValue(40);
                urgency->setCurrentIndex(urgency->findData(2));
                wanted->setChecked(true);
                screenshot(dialog, QStringLiteral("request-dialog.png"));
                dialog.accept();
            }();
            return dialog.result();
        });
        // The panel's own key: Ctrl+Shift+R while the table has the focus.
        QVERIFY(focusTable());
        QTest::keyClick(m_panel->table(), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(asked, 1);
        QCOMPARE(m_panel->model()->rowCount(), before + 1);
        const core::ChangeRequest* r = portfolio()->request(m_panel->currentRequest());
        QVERIFY(r);
        QCOMPARE(r->title, QStringLiteral("Let customers pause their subscription online"));
        QCOMPARE(r->status, core::RequestStatus::Submitted);
        QCOMPARE(r->origin, core::RequestOrigin::Voc);
        QCOMPARE(r->submitterId, submitter);
        QCOMPARE(r->estBenefit, 80000.0);
        QCOMPARE(r->estEffortDays, 40.0);
        QCOMPARE(r->urgency, 2);
        QVERIFY(r->wantedBy.isValid());
        QCOMPARE(r->painPoints, QList<core::Id>{pain.id});
        QCOMPARE(portfolio()->undoStack()->undoText(), gui::RequestDialog::tr("Submit %1").arg(r->code));
        const int row = shownRow(r->id);
        QVERIFY(row >= 0);
        QCOMPARE(m_panel->table()->model()->index(row, R::Title).data().toString(), r->title);
        QVERIFY(m_panel->detail()->toPlainText().contains(QStringLiteral("212 calls in May")));
        QVERIFY(m_panel->countLabel()->text().contains(QString::number(before + 1)));

        // Edit: the same dialog, one undoable change labelled with the code.
        const core::Id id = r->id;
        gui::Dialogs::setDialogHook([&](QDialog& dialog) {
            child<QLineEdit>(dialog, "title")->setText(QStringLiteral("Pause a subscription online"));
            dialog.accept();
            return dialog.result();
        });
        QVERIFY(focusTable());
        QTest::keyClick(m_panel->table(), Qt::Key_Return);
        QCOMPARE(portfolio()->request(id)->title, QStringLiteral("Pause a subscription online"));
        QCOMPARE(portfolio()->undoStack()->undoText(), gui::RequestDialog::tr("Edit %1").arg(r->code));

        // A title is required: the dialog stays open with the reason.
        gui::Dialogs::setDialogHook([&](QDialog& dialog) {
            child<QLineEdit>(dialog, "title")->clear();
            dialog.accept();
            [&] {
                QCOMPARE(dialog.result(), int(QDialog::Rejected));
                QVERIFY(!child<QLabel>(dialog, "error")->text().isEmpty());
            }();
            return dialog.result();
        });
        QVERIFY(!gui::RequestDialog::edit(m_panel.get(), portfolio(), id));
        QCOMPARE(portfolio()->request(id)->title, QStringLiteral("Pause a subscription online"));

        portfolio()->undoStack()->undo(); // the edit
        portfolio()->undoStack()->undo(); // the submission
        QCOMPARE(m_panel->model()->rowCount(), before);
        QCOMPARE(shownRow(id), -1);
    }

    void qualifiesOnlyWithTheWholeChecklist()
    {
        // No pillar: "in the strategy" is not ticked for the qualifier, nor ever "not a duplicate".
        const core::Id id = submitDirectly(QStringLiteral("Pre-filled account opening forms"));
        QVERIFY(id != 0);
        m_panel->selectRequest(id);
        QCOMPARE(m_panel->currentRequest(), id);
        QVERIFY(m_panel->qualifyAction()->isEnabled());
        QVERIFY(!m_panel->resubmitAction()->isEnabled());
        int asked = 0;
        gui::Dialogs::setDialogHook([&](QDialog& dialog) {
            ++asked;
            [&] {
                QVERIFY(dynamic_cast<gui::QualifyDialog*>(&dialog));
                auto* complete = child<QCheckBox>(dialog, "checkComplete");
                auto* strategy = child<QCheckBox>(dialog, "checkInStrategy");
                auto* duplicate = child<QCheckBox>(dialog, "checkNotDuplicate");
                auto* estimated = child<QCheckBox>(dialog, "checkEstimated");
                auto* qualified = child<QRadioButton>(dialog, "qualified");
                auto* hint = child<QLabel>(dialog, "hint");
                QVERIFY(complete && strategy && duplicate && estimated && qualified && hint);
                QVERIFY(complete->isChecked());
                QVERIFY(estimated->isChecked());
                QVERIFY(!strategy->isChecked());
                QVERIFY(!duplicate->isChecked());
                QVERIFY(!qualified->isEnabled());
                QVERIFY(hint->text().contains(app::Text::check(core::CheckInStrategy)));
                QVERIFY(hint->text().contains(app::Text::check(core::CheckNotDuplicate)));
                screenshot(dialog, QStringLiteral("qualify-dialog-incomplete.png"));
                duplicate->setChecked(true);
                QVERIFY(!qualified->isEnabled());
                QVERIFY(!hint->text().contains(app::Text::check(core::CheckNotDuplicate)));
                strategy->setChecked(true);
                QVERIFY(qualified->isEnabled());
                qualified->setChecked(true);
                screenshot(dialog, QStringLiteral("qualify-dialog.png"));
                // Unticking one takes the outcome back.
                estimated->setChecked(false);
                QVERIFY(!qualified->isEnabled());
                QVERIFY(!qualified->isChecked());
                estimated->setChecked(true);
                qualified->setChecked(true);
                dialog.accept();
            }();
            return dialog.result();
        });
        QVERIFY(focusTable());
        QTest::keyClick(m_panel->table(), Qt::Key_Q, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(asked, 1);
        QCOMPARE(portfolio()->request(id)->status, core::RequestStatus::Qualified);
        QCOMPARE(portfolio()->request(id)->checklist, int(core::AllQualificationChecks));
        QCOMPARE(portfolio()->undoStack()->undoText(),
                 gui::QualifyDialog::tr("Qualify %1").arg(portfolio()->request(id)->code));
        QCOMPARE(m_panel->table()->model()->index(shownRow(id), R::Status).data().toString(),
                 app::Text::requestStatus(core::RequestStatus::Qualified));
        QVERIFY(!m_panel->qualifyAction()->isEnabled());
        QVERIFY(m_refusals.isEmpty());
    }

    void returnsWithANoteAndTellsTheSubmitter()
    {
        const core::Id pillar = addPillar(QStringLiteral("Zz effortless service"));
        QVERIFY(pillar != 0);
        const core::Id id = submitDirectly(QStringLiteral("Fewer signatures at account opening"), pillar);
        QVERIFY(id != 0);
        const core::Id submitter = portfolio()->request(id)->submitterId;
        const int noticesBefore = noticesFor(submitter, id);
        m_panel->selectRequest(id);
        int asked = 0;
        gui::Dialogs::setDialogHook([&](QDialog& dialog) {
            ++asked;
            [&] {
                auto* returned = child<QRadioButton>(dialog, "returned");
                auto* note = child<QPlainTextEdit>(dialog, "note");
                auto* error = child<QLabel>(dialog, "error");
                QVERIFY(returned && note && error);
                // The pillar is there: three checks ticked, "not a duplicate" left to the person.
                QVERIFY(child<QCheckBox>(dialog, "checkInStrategy")->isChecked());
                QVERIFY(!child<QCheckBox>(dialog, "checkNotDuplicate")->isChecked());
                returned->setChecked(true);
                note->clear();
                dialog.accept();
                QCOMPARE(dialog.result(), int(QDialog::Rejected)); // still open
                QVERIFY(!error->isHidden());
                QVERIFY(!error->text().isEmpty());
                QCOMPARE(portfolio()->request(id)->status, core::RequestStatus::Submitted);
                note->setPlainText(QStringLiteral("Which signatures? List the forms."));
                screenshot(dialog, QStringLiteral("qualify-dialog-return.png"));
                dialog.accept();
                QCOMPARE(dialog.result(), int(QDialog::Accepted));
            }();
            return dialog.result();
        });
        m_panel->qualifyAction()->trigger();
        QCOMPARE(asked, 1);
        const core::ChangeRequest* r = portfolio()->request(id);
        QCOMPARE(r->status, core::RequestStatus::Returned);
        QCOMPARE(r->qualificationNote, QStringLiteral("Which signatures? List the forms."));
        QCOMPARE(noticesFor(submitter, id), noticesBefore + 1);
        QCOMPARE(portfolio()->undoStack()->undoText(), gui::QualifyDialog::tr("Return %1").arg(r->code));
        const QModelIndex status = m_panel->table()->model()->index(shownRow(id), R::Status);
        QVERIFY(status.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Which signatures?")));
        QVERIFY(m_panel->detail()->toPlainText().contains(QStringLiteral("Which signatures?")));

        // The submitter completed it: send it back, then it can be deleted (never before the board).
        QVERIFY(m_panel->resubmitAction()->isEnabled());
        m_panel->resubmitAction()->trigger();
        QCOMPARE(portfolio()->request(id)->status, core::RequestStatus::Submitted);
        QVERIFY(m_panel->deleteAction()->isEnabled());
        screenshot(*m_panel, QStringLiteral("requests-panel.png"));
        QStringList asked2;
        gui::Dialogs::setQuestionHook([&](const QString& title, const QString&) {
            asked2 << title;
            return true;
        });
        const int rows = m_panel->model()->rowCount();
        QVERIFY(focusTable());
        QTest::keyClick(m_panel->table(), Qt::Key_Delete);
        QCOMPARE(asked2.size(), 1);
        QCOMPARE(m_panel->model()->rowCount(), rows - 1);
        QVERIFY(!portfolio()->request(id));
        portfolio()->undoStack()->undo();
        QVERIFY(portfolio()->request(id));
        QCOMPARE(m_panel->model()->rowCount(), rows);
    }

    void listsAnInitiativeTheTitleCopies()
    {
        const core::Initiative initiative = portfolio()->initiatives().front();
        int asked = 0;
        gui::Dialogs::setDialogHook([&](QDialog& dialog) {
            ++asked;
            [&] {
                auto* title = child<QLineEdit>(dialog, "title");
                auto* duplicates = child<QListWidget>(dialog, "duplicates");
                QVERIFY(title && duplicates);
                title->setText(initiative.title);
                // Debounced: the list follows a moment after typing stops.
                QTRY_VERIFY_WITH_TIMEOUT(
                    duplicates->count() > 0 && duplicates->item(0)->text().startsWith(initiative.code), 3000);
                QVERIFY(duplicates->item(0)->text().contains(gui::RequestDialog::tr("initiative")) ||
                        duplicates->item(0)->text().contains(QStringLiteral("initiative")));
                QVERIFY(duplicates->item(0)->text().contains(QLatin1Char('%')));
                screenshot(dialog, QStringLiteral("request-dialog-duplicates.png"));
                dialog.reject();
            }();
            return dialog.result();
        });
        QCOMPARE(gui::RequestDialog::submitNew(m_panel.get(), portfolio()), core::Id(0));
        QCOMPARE(asked, 1);
    }

    void filtersByStatusAndText()
    {
        const core::Id id = submitDirectly(QStringLiteral("Zyxw unique filter target"));
        QVERIFY(id != 0);
        QVERIFY(portfolio()->submit(QStringLiteral("Reject"),
                                    app::BoardEdits::qualify(*portfolio(), id, 0, app::BoardEdits::Outcome::Rejected,
                                                             QStringLiteral("Not for us"))));
        auto* search = m_panel->findChild<QLineEdit*>(QStringLiteral("search"));
        auto* status = m_panel->findChild<QComboBox*>(QStringLiteral("statusFilter"));
        QVERIFY(search && status);
        QCOMPARE(status->currentText(), gui::RequestsPanel::tr("Open"));
        search->setText(QStringLiteral("zyxw"));
        QCOMPARE(m_panel->table()->model()->rowCount(), 0); // rejected: not open
        QVERIFY(m_panel->countLabel()->text().startsWith(QStringLiteral("0 ")));
        status->setCurrentIndex(status->findData(app::RequestFilterModel::AllStatuses));
        QCOMPARE(m_panel->table()->model()->rowCount(), 1);
        status->setCurrentIndex(0);
        search->clear();
        // Selecting a hidden request clears the filters that hide it.
        m_panel->selectRequest(id);
        QCOMPARE(m_panel->currentRequest(), id);
        QVERIFY(m_panel->deleteAction()->isEnabled()); // rejected at qualification, never before the board
    }
};

QTEST_MAIN(RequestsPanelTest)
#include "RequestsPanelTest.moc"
