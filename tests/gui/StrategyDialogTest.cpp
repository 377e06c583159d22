// The strategy dialog, offscreen: one undo step for the whole strategy, removing a pillar with its links, a refused
// change keeping the dialog open, and the bins view's guardrail banner following the strategy.
#include "tiller/gui/StrategyDialog.h"

#include "TestSupport.h"
#include "tiller/app/DemoBuilder.h"
#include "tiller/app/Portfolio.h"
#include "tiller/app/StrategyCheck.h"
#include "tiller/gui/BinDialog.h"
#include "tiller/gui/BinsView.h"
#include "tiller/gui/Dialogs.h"

#include <QComboBox>
#include <QDialog>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>
#include <memory>

using namespace tiller;

class StrategyDialogTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TempDir> m_tmp;
    std::unique_ptr<test::FakeClock> m_clock;
    std::unique_ptr<app::Portfolio> m_portfolio;

    app::Portfolio* portfolio() { return m_portfolio.get(); }
    QDate today() const { return m_clock->now().date(); }

    template <typename T> static T* child(QDialog& dialog, const QString& name)
    {
        T* w = dialog.findChild<T*>(name);
        if (!w) {
            qWarning("no child %s", qPrintable(name));
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
    static void screenshotTabs(QDialog& dialog, const QString& prefix)
    {
        if (qEnvironmentVariable("TILLER_SCREENSHOTS").isEmpty()) {
            return;
        }
        auto* tabs = dialog.findChild<QTabWidget*>(QStringLiteral("tabs"));
        const int was = tabs->currentIndex();
        for (int t = 0; t < tabs->count(); ++t) {
            tabs->setCurrentIndex(t);
            screenshot(dialog, QStringLiteral("%1-%2.png").arg(prefix).arg(t + 1));
        }
        tabs->setCurrentIndex(was);
    }
    // The domain with the highest load over the next year, and that load.
    std::pair<core::Id, double> busiestDomain()
    {
        std::pair<core::Id, double> best{0, 0};
        for (const core::LoadCell& cell : app::StrategyCheck(*portfolio()).load(today(), 12)) {
            if (cell.load > best.second) {
                best = {cell.domain, cell.load};
            }
        }
        return best;
    }
    // Sets one domain's capacity through the dialog.
    void setCapacity(core::Id domain, double capacity)
    {
        gui::Dialogs::setDialogHook([&](QDialog& dialog) {
            child<QDoubleSpinBox>(dialog, QStringLiteral("capacity-%1").arg(domain))->setValue(capacity);
            dialog.accept();
            return dialog.result();
        });
        QVERIFY(gui::StrategyDialog::edit(nullptr, portfolio()));
    }
    core::Id addLinkedPillar(const QString& name, core::Id initiativeId)
    {
        app::ChangeSet add;
        add.pillars.push_back({std::nullopt, core::Pillar{0, name, QStringLiteral("Why it matters"), 0, 0}});
        if (!portfolio()->submit(QStringLiteral("Add pillar"), std::move(add))) {
            return 0;
        }
        const core::Id id = portfolio()->pillars().back().id;
        const core::Initiative before = *portfolio()->initiative(initiativeId);
        core::Initiative after = before;
        after.pillars = {id};
        app::ChangeSet link;
        link.initiatives.push_back({before, after});
        return portfolio()->submit(QStringLiteral("Link"), std::move(link)) ? id : 0;
    }

private slots:
    void init()
    {
        m_tmp = std::make_unique<test::TempDir>();
        const QString path = m_tmp->path(QStringLiteral("strategy.tiller"));
        app::DemoBuilder builder(app::DemoBuilder::Size::Small, 1, QDate(2026, 6, 1));
        QVERIFY(builder.build(path));
        auto opened = app::Portfolio::openForEditing(path, QStringLiteral("tester"));
        QVERIFY(bool(opened));
        m_portfolio = std::move(*opened);
        m_clock = std::make_unique<test::FakeClock>(QDateTime(QDate(2026, 6, 1), QTime(9, 0), Qt::UTC));
        m_portfolio->setClock(m_clock->clock());
        gui::Dialogs::setMessageHook([](const QString&, const QString&) {});
    }

    void cleanup()
    {
        m_portfolio.reset();
        gui::Dialogs::clearHooks();
    }

    void theWholeStrategyIsOneUndoStep()
    {
        const core::Program programBefore = portfolio()->program();
        const auto pillarsBefore = portfolio()->pillars();
        const core::Domain domainBefore = portfolio()->domains().front();
        const int steps = portfolio()->undoStack()->count();
        const int year = today().year() + 1;
        QVERIFY(!programBefore.budgetEnvelopes.contains(year));
        const auto cadence = programBefore.boardCadence == core::BoardCadence::Quarterly
                                 ? core::BoardCadence::Weekly
                                 : core::BoardCadence::Quarterly;
        int asked = 0;
        gui::Dialogs::setDialogHook([&](QDialog& dialog) {
            ++asked;
            [&] {
                QVERIFY(dialog.minimumWidth() >= 760 && dialog.minimumHeight() >= 560);
                child<QPlainTextEdit>(dialog, QStringLiteral("vision"))
                    ->setPlainText(QStringLiteral("Customers never have to ask twice"));
                child<QPushButton>(dialog, QStringLiteral("addPillar"))->click();
                auto* pillars = child<QTableWidget>(dialog, QStringLiteral("pillars"));
                QCOMPARE(pillars->rowCount(), int(pillarsBefore.size()) + 1);
                pillars->item(pillars->rowCount() - 1, 0)->setText(QStringLiteral("Effortless service"));
                pillars->item(pillars->rowCount() - 1, 1)->setText(QStringLiteral("One contact solves it"));
                // Add year proposes the current year first (when it has no envelope), then the next ones.
                auto* newYear = child<QSpinBox>(dialog, QStringLiteral("newYear"));
                if (!programBefore.budgetEnvelopes.contains(today().year())) {
                    QCOMPARE(newYear->value(), today().year());
                }
                newYear->setValue(year);
                child<QPushButton>(dialog, QStringLiteral("addYear"))->click();
                auto* envelope = child<QDoubleSpinBox>(dialog, QStringLiteral("envelope-%1").arg(year));
                QVERIFY(envelope);
                QCOMPARE(envelope->maximum(), 1e12);
                envelope->setValue(1500000);
                child<QDoubleSpinBox>(dialog, QStringLiteral("capacity-%1").arg(domainBefore.id))->setValue(42);
                auto* combo = child<QComboBox>(dialog, QStringLiteral("cadence"));
                QCOMPARE(combo->count(), core::BoardCadenceCount);
                combo->setCurrentIndex(combo->findData(int(cadence)));
                screenshotTabs(dialog, QStringLiteral("strategy-dialog"));
            }();
            dialog.accept();
            return dialog.result();
        });
        QVERIFY(gui::StrategyDialog::edit(nullptr, portfolio()));
        QCOMPARE(asked, 1);
        QCOMPARE(portfolio()->undoStack()->count(), steps + 1);
        QCOMPARE(portfolio()->undoStack()->undoText(), QStringLiteral("Edit the strategy"));
        QCOMPARE(portfolio()->program().vision, QStringLiteral("Customers never have to ask twice"));
        QCOMPARE(portfolio()->program().budgetEnvelopes.value(year), 1500000.0);
        QCOMPARE(portfolio()->program().boardCadence, cadence);
        QCOMPARE(portfolio()->pillars().size(), pillarsBefore.size() + 1);
        QCOMPARE(portfolio()->pillars().back().name, QStringLiteral("Effortless service"));
        QCOMPARE(portfolio()->domain(domainBefore.id)->capacityPersonDays, 42.0);

        portfolio()->undoStack()->undo();
        core::Program restored = portfolio()->program();
        restored.version = programBefore.version;
        QCOMPARE(restored, programBefore);
        QCOMPARE(portfolio()->pillars().size(), pillarsBefore.size());
        QCOMPARE(portfolio()->domain(domainBefore.id)->capacityPersonDays, domainBefore.capacityPersonDays);

        // Nothing changed: no undo step, and edit() says so.
        gui::Dialogs::setDialogHook([](QDialog& dialog) {
            dialog.accept();
            return dialog.result();
        });
        QVERIFY(!gui::StrategyDialog::edit(nullptr, portfolio()));
        QCOMPARE(portfolio()->undoStack()->count(), steps + 1);
        QCOMPARE(portfolio()->undoStack()->index(), steps);
    }

    void removingAPillarUnlinksWhatServesIt()
    {
        QVERIFY(!portfolio()->initiatives().empty());
        const core::Id initiativeId = portfolio()->initiatives().front().id;
        const core::Id pillarId = addLinkedPillar(QStringLiteral("Trust"), initiativeId);
        QVERIFY(pillarId != 0);
        QCOMPARE(portfolio()->initiative(initiativeId)->pillars, QList<core::Id>{pillarId});
        const int steps = portfolio()->undoStack()->count();

        QStringList questions;
        gui::Dialogs::setQuestionHook([&](const QString&, const QString& text) {
            questions << text;
            return true;
        });
        gui::Dialogs::setDialogHook([&](QDialog& dialog) {
            auto* pillars = child<QTableWidget>(dialog, QStringLiteral("pillars"));
            pillars->setCurrentCell(0, 0);
            child<QPushButton>(dialog, QStringLiteral("removePillar"))->click();
            if (pillars->rowCount() != 0) {
                return int(QDialog::Rejected);
            }
            dialog.accept();
            return dialog.result();
        });
        QVERIFY(gui::StrategyDialog::edit(nullptr, portfolio()));
        QCOMPARE(questions.size(), 1);
        QVERIFY2(questions.front().contains(QStringLiteral("“Trust”")), qPrintable(questions.front()));
        QVERIFY2(questions.front().contains(QStringLiteral("1 initiative")), qPrintable(questions.front()));
        QVERIFY(portfolio()->pillars().empty());
        QVERIFY(portfolio()->initiative(initiativeId)->pillars.isEmpty());
        QCOMPARE(portfolio()->undoStack()->count(), steps + 1);

        portfolio()->undoStack()->undo();
        QCOMPARE(portfolio()->pillars().size(), std::size_t(1));
        QCOMPARE(portfolio()->pillars().front().name, QStringLiteral("Trust"));
        QCOMPARE(portfolio()->initiative(initiativeId)->pillars, QList<core::Id>{portfolio()->pillars().front().id});

        // Answering no keeps the pillar (and changes nothing).
        gui::Dialogs::setQuestionHook([](const QString&, const QString&) { return false; });
        gui::Dialogs::setDialogHook([&](QDialog& dialog) {
            auto* pillars = child<QTableWidget>(dialog, QStringLiteral("pillars"));
            pillars->setCurrentCell(0, 0);
            child<QPushButton>(dialog, QStringLiteral("removePillar"))->click();
            dialog.accept();
            return pillars->rowCount() == 1 ? dialog.result() : int(QDialog::Rejected);
        });
        QVERIFY(!gui::StrategyDialog::edit(nullptr, portfolio()));
        QCOMPARE(portfolio()->pillars().size(), std::size_t(1));
    }

    void pillarsReorder()
    {
        app::ChangeSet add;
        add.pillars.push_back({std::nullopt, core::Pillar{0, QStringLiteral("First"), {}, 0, 0}});
        add.pillars.push_back({std::nullopt, core::Pillar{0, QStringLiteral("Second"), {}, 1, 0}});
        QVERIFY(portfolio()->submit(QStringLiteral("Add pillars"), std::move(add)));
        gui::Dialogs::setDialogHook([&](QDialog& dialog) {
            auto* pillars = child<QTableWidget>(dialog, QStringLiteral("pillars"));
            pillars->setCurrentCell(1, 0);
            child<QPushButton>(dialog, QStringLiteral("movePillarUp"))->click();
            dialog.accept();
            return dialog.result();
        });
        QVERIFY(gui::StrategyDialog::edit(nullptr, portfolio()));
        QCOMPARE(portfolio()->pillars().front().name, QStringLiteral("Second"));
        QCOMPARE(portfolio()->pillars().back().name, QStringLiteral("First"));
    }

    void envelopesAreAddedAndRemovedByYear()
    {
        const int year = today().year();
        gui::Dialogs::setDialogHook([&](QDialog& dialog) {
            auto* newYear = child<QSpinBox>(dialog, QStringLiteral("newYear"));
            auto* envelopes = child<QTableWidget>(dialog, QStringLiteral("envelopes"));
            while (envelopes->rowCount() > 0) {
                envelopes->setCurrentCell(0, 0);
                child<QPushButton>(dialog, QStringLiteral("removeYear"))->click();
            }
            // The next year without an envelope, from this year on; rows stay in year order.
            [&] { QCOMPARE(newYear->value(), year); }();
            newYear->setValue(year + 2);
            child<QPushButton>(dialog, QStringLiteral("addYear"))->click();
            [&] { QCOMPARE(newYear->value(), year); }();
            child<QPushButton>(dialog, QStringLiteral("addYear"))->click();
            [&] { QCOMPARE(newYear->value(), year + 1); }();
            child<QPushButton>(dialog, QStringLiteral("addYear"))->click();
            [&] {
                QCOMPARE(envelopes->rowCount(), 3);
                QCOMPARE(envelopes->item(0, 0)->text(), QString::number(year));
                QCOMPARE(envelopes->item(2, 0)->text(), QString::number(year + 2));
            }();
            child<QDoubleSpinBox>(dialog, QStringLiteral("envelope-%1").arg(year + 2))->setValue(700000);
            envelopes->setCurrentCell(1, 0);
            child<QPushButton>(dialog, QStringLiteral("removeYear"))->click();
            dialog.accept();
            return dialog.result();
        });
        QVERIFY(gui::StrategyDialog::edit(nullptr, portfolio()));
        const QMap<int, double> expected{{year, 0.0}, {year + 2, 700000.0}};
        QCOMPARE(portfolio()->program().budgetEnvelopes, expected);
    }

    void aRefusedChangeKeepsTheDialogOpen()
    {
        const core::Program before = portfolio()->program();
        const int steps = portfolio()->undoStack()->count();
        bool stayedOpen = false;
        QString shown;
        gui::Dialogs::setDialogHook([&](QDialog& dialog) {
            child<QSpinBox>(dialog, QStringLiteral("shortTerm"))->setValue(12);
            child<QSpinBox>(dialog, QStringLiteral("mediumTerm"))->setValue(6);
            child<QSpinBox>(dialog, QStringLiteral("longTerm"))->setValue(36);
            dialog.show();
            dialog.accept();
            auto* error = child<QLabel>(dialog, QStringLiteral("error"));
            stayedOpen = dialog.isVisible() && dialog.result() != QDialog::Accepted;
            shown = error->isVisibleTo(&dialog) ? error->text() : QString();
            screenshot(dialog, QStringLiteral("strategy-dialog-refused.png"));
            dialog.reject();
            return dialog.result();
        });
        QVERIFY(!gui::StrategyDialog::edit(nullptr, portfolio()));
        QVERIFY(stayedOpen);
        QVERIFY2(shown.contains(QStringLiteral("Horizons")), qPrintable(shown));
        QCOMPARE(portfolio()->undoStack()->count(), steps);
        QCOMPARE(portfolio()->program(), before);
    }

    void theBinsViewBannerFollowsTheGuardrails()
    {
        gui::BinsView view;
        view.setPortfolio(portfolio());
        view.resize(1200, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QLabel* banner = view.findChild<QLabel*>(QStringLiteral("guardrails"));
        QVERIFY(banner);
        QCOMPARE(banner->isVisible(), !app::StrategyCheck(*portfolio()).alerts(today()).isEmpty());

        // Capacities out of the way first, so the banner starts hidden.
        app::ChangeSet roomy;
        for (const core::Domain& d : portfolio()->domains()) {
            core::Domain after = d;
            after.capacityPersonDays = 0;
            roomy.domains.push_back({d, after});
        }
        core::Program program = portfolio()->program();
        program.budgetEnvelopes.clear();
        roomy.program.push_back({portfolio()->program(), program});
        QVERIFY(portfolio()->submit(QStringLiteral("No guardrails"), std::move(roomy)));
        QTRY_VERIFY(!banner->isVisible());

        const auto [domainId, load] = busiestDomain();
        QVERIFY2(domainId != 0 && load > 1, "the sample has committed work in a domain");
        const QString domainName = portfolio()->domain(domainId)->name;
        setCapacity(domainId, 1);
        QTRY_VERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(domainName), qPrintable(banner->text()));
        screenshot(view, QStringLiteral("bins-view-guardrails.png"));
        // The dialog shows the same: the alert, and the domain's peak in red.
        gui::Dialogs::setDialogHook([&](QDialog& dialog) {
            [&] {
                auto* alerts = child<QLabel>(dialog, QStringLiteral("guardrails"));
                QVERIFY2(alerts->text().contains(domainName), qPrintable(alerts->text()));
            }();
            child<QTabWidget>(dialog, QStringLiteral("tabs"))->setCurrentIndex(3);
            screenshot(dialog, QStringLiteral("strategy-dialog-over-capacity.png"));
            dialog.reject();
            return dialog.result();
        });
        QVERIFY(!gui::StrategyDialog::edit(nullptr, portfolio()));
        setCapacity(domainId, 1e6);
        QTRY_VERIFY(!banner->isVisible());

        // An envelope under what is committed this year shows too.
        const double committed = app::StrategyCheck(*portfolio()).budget(today().year()).committed;
        QVERIFY(committed > 10);
        gui::Dialogs::setDialogHook([&](QDialog& dialog) {
            child<QSpinBox>(dialog, QStringLiteral("newYear"))->setValue(today().year());
            child<QPushButton>(dialog, QStringLiteral("addYear"))->click();
            child<QDoubleSpinBox>(dialog, QStringLiteral("envelope-%1").arg(today().year()))->setValue(10);
            child<QTabWidget>(dialog, QStringLiteral("tabs"))->setCurrentIndex(2);
            screenshot(dialog, QStringLiteral("strategy-dialog-over-budget.png"));
            dialog.accept();
            return dialog.result();
        });
        QVERIFY(gui::StrategyDialog::edit(nullptr, portfolio()));
        QTRY_VERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(QString::number(today().year())), qPrintable(banner->text()));
        portfolio()->undoStack()->undo();
        QTRY_VERIFY(!banner->isVisible());
    }

    void theBinDialogEditsEffort()
    {
        const core::ProjectBin bin = portfolio()->bins().front();
        gui::Dialogs::setDialogHook([&](QDialog& dialog) {
            auto* effort = child<QDoubleSpinBox>(dialog, QStringLiteral("effort"));
            [&] {
                QVERIFY(effort);
                QCOMPARE(effort->value(), bin.effortDays);
                QCOMPARE(effort->maximum(), 1e7);
                QCOMPARE(effort->specialValueText(), QStringLiteral("from tasks"));
            }();
            effort->setValue(120);
            screenshot(dialog, QStringLiteral("bin-dialog-effort.png"));
            dialog.accept();
            return dialog.result();
        });
        QVERIFY(gui::BinDialog::editBin(nullptr, portfolio(), bin.id));
        QCOMPARE(portfolio()->bin(bin.id)->effortDays, 120.0);
    }
};

QTEST_MAIN(StrategyDialogTest)
#include "StrategyDialogTest.moc"
