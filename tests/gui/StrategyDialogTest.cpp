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
    // The first year from `from` on that has no budget envelope.
    int firstYearWithoutEnvelope(int from)
    {
        int year = from;
        while (portfolio()->program().budgetEnvelopes.contains(year)) {
            ++year;
        }
        return year;
    }
    // The editor in the envelope row of `year` (a removed row's editor lingers until the event loop deletes it, with
    // the same name, so the row is looked up rather than the name).
    static QDoubleSpinBox* envelopeEditor(QTableWidget* envelopes, int year)
    {
        for (int r = 0; r < envelopes->rowCount(); ++r) {
            if (envelopes->item(r, 0)->text() == QString::number(year)) {
                auto* box = qobject_cast<QDoubleSpinBox*>(envelopes->cellWidget(r, 1));
                return box && box->objectName() == QStringLiteral("envelope-%1").arg(year) ? box : nullptr;
            }
        }
        return nullptr;
    }
    // How many initiatives and change requests serve a pillar.
    std::pair<int, int> servingPillar(core::Id pillarId)
    {
        int initiatives = 0;
        for (const core::Initiative& i : portfolio()->initiatives()) {
            initiatives += i.pillars.contains(pillarId) ? 1 : 0;
        }
        int requests = 0;
        for (const core::ChangeRequest& r : portfolio()->requests()) {
            requests += r.pillarId == pillarId ? 1 : 0;
        }
        return {initiatives, requests};
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
        // The sample has envelopes for some years already: a later year without one.
        const int year = firstYearWithoutEnvelope(today().year() + 1);
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
                // Add year proposes the first year without an envelope, from the current year on.
                auto* newYear = child<QSpinBox>(dialog, QStringLiteral("newYear"));
                QCOMPARE(newYear->value(), firstYearWithoutEnvelope(today().year()));
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

        // Nothing changed: no undo step, and edit() says so (the sample numbers its pillars from 1: kept as they are).
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
        // A pillar of the sample that both initiatives and change requests serve.
        const auto pillarsBefore = portfolio()->pillars();
        const auto initiativesBefore = portfolio()->initiatives();
        const auto requestsBefore = portfolio()->requests();
        int row = -1;
        for (int r = 0; r < int(pillarsBefore.size()) && row < 0; ++r) {
            const auto [initiatives, requests] = servingPillar(pillarsBefore[r].id);
            row = initiatives > 0 && requests > 0 ? r : -1;
        }
        QVERIFY2(row >= 0, "the sample has a pillar served by initiatives and change requests");
        const core::Pillar pillar = pillarsBefore[row];
        const auto [initiatives, requests] = servingPillar(pillar.id);
        const int steps = portfolio()->undoStack()->count();

        QStringList questions;
        gui::Dialogs::setQuestionHook([&](const QString&, const QString& text) {
            questions << text;
            return true;
        });
        gui::Dialogs::setDialogHook([&](QDialog& dialog) {
            auto* pillars = child<QTableWidget>(dialog, QStringLiteral("pillars"));
            pillars->setCurrentCell(row, 0);
            child<QPushButton>(dialog, QStringLiteral("removePillar"))->click();
            if (pillars->rowCount() != int(pillarsBefore.size()) - 1) {
                return int(QDialog::Rejected);
            }
            dialog.accept();
            return dialog.result();
        });
        QVERIFY(gui::StrategyDialog::edit(nullptr, portfolio()));
        QCOMPARE(questions.size(), 1);
        QVERIFY2(questions.front().contains(QStringLiteral("“%1”").arg(pillar.name)), qPrintable(questions.front()));
        QVERIFY2(questions.front().contains(QStringLiteral("%1 initiative").arg(initiatives)),
                 qPrintable(questions.front()));
        QVERIFY2(questions.front().contains(QStringLiteral("%1 change request").arg(requests)),
                 qPrintable(questions.front()));
        QCOMPARE(portfolio()->pillars().size(), pillarsBefore.size() - 1);
        QVERIFY(!portfolio()->pillar(pillar.id));
        QCOMPARE(servingPillar(pillar.id), std::make_pair(0, 0));
        // The other links stay.
        for (const core::Initiative& i : initiativesBefore) {
            QList<core::Id> kept = i.pillars;
            kept.removeAll(pillar.id);
            QCOMPARE(portfolio()->initiative(i.id)->pillars, kept);
        }
        for (const core::ChangeRequest& r : requestsBefore) {
            QCOMPARE(portfolio()->request(r.id)->pillarId, r.pillarId == pillar.id ? core::Id(0) : r.pillarId);
        }
        QCOMPARE(portfolio()->undoStack()->count(), steps + 1);

        // Undo brings the pillar back, in its place, with what served it.
        portfolio()->undoStack()->undo();
        QCOMPARE(portfolio()->pillars().size(), pillarsBefore.size());
        const core::Pillar& restored = portfolio()->pillars()[row];
        QCOMPARE(restored.name, pillar.name);
        const auto relinked = [&](core::Id id) { return id == pillar.id ? restored.id : id; };
        for (const core::Initiative& i : initiativesBefore) {
            QList<core::Id> expected;
            for (core::Id id : i.pillars) {
                expected << relinked(id);
            }
            QCOMPARE(portfolio()->initiative(i.id)->pillars, expected);
        }
        for (const core::ChangeRequest& r : requestsBefore) {
            QCOMPARE(portfolio()->request(r.id)->pillarId, relinked(r.pillarId));
        }

        // Answering no keeps the pillar (and changes nothing).
        questions.clear();
        gui::Dialogs::setQuestionHook([&](const QString&, const QString& text) {
            questions << text;
            return false;
        });
        gui::Dialogs::setDialogHook([&](QDialog& dialog) {
            auto* pillars = child<QTableWidget>(dialog, QStringLiteral("pillars"));
            pillars->setCurrentCell(row, 0);
            child<QPushButton>(dialog, QStringLiteral("removePillar"))->click();
            dialog.accept();
            return pillars->rowCount() == int(pillarsBefore.size()) ? dialog.result() : int(QDialog::Rejected);
        });
        QVERIFY(!gui::StrategyDialog::edit(nullptr, portfolio()));
        QCOMPARE(questions.size(), 1);
        QCOMPARE(portfolio()->pillars().size(), pillarsBefore.size());
        QCOMPARE(servingPillar(restored.id), std::make_pair(initiatives, requests));
    }

    void pillarsReorder()
    {
        // The sample's first two pillars swap places.
        const auto before = portfolio()->pillars();
        QVERIFY(before.size() >= 2);
        gui::Dialogs::setDialogHook([&](QDialog& dialog) {
            auto* pillars = child<QTableWidget>(dialog, QStringLiteral("pillars"));
            pillars->setCurrentCell(1, 0);
            child<QPushButton>(dialog, QStringLiteral("movePillarUp"))->click();
            dialog.accept();
            return dialog.result();
        });
        QVERIFY(gui::StrategyDialog::edit(nullptr, portfolio()));
        const auto after = portfolio()->pillars();
        QCOMPARE(after.size(), before.size());
        QCOMPARE(after[0].name, before[1].name);
        QCOMPARE(after[1].name, before[0].name);
        for (std::size_t i = 2; i < after.size(); ++i) {
            QCOMPARE(after[i].name, before[i].name);
        }
    }

    void envelopesAreAddedAndRemovedByYear()
    {
        const int year = today().year();
        const QMap<int, double> before = portfolio()->program().budgetEnvelopes;
        QVERIFY2(!before.isEmpty(), "the sample has budget envelopes");
        gui::Dialogs::setDialogHook([&](QDialog& dialog) {
            auto* newYear = child<QSpinBox>(dialog, QStringLiteral("newYear"));
            auto* envelopes = child<QTableWidget>(dialog, QStringLiteral("envelopes"));
            // The sample's envelopes, in year order; Add year proposes the first year without one from this year on.
            [&] {
                QCOMPARE(envelopes->rowCount(), int(before.size()));
                QCOMPARE(envelopes->item(0, 0)->text(), QString::number(before.firstKey()));
                QCOMPARE(envelopes->item(envelopes->rowCount() - 1, 0)->text(), QString::number(before.lastKey()));
                QCOMPARE(newYear->value(), firstYearWithoutEnvelope(year));
            }();
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
                QVERIFY(envelopeEditor(envelopes, year + 2));
                QCOMPARE(envelopeEditor(envelopes, year + 2)->value(), 0.0);
            }();
            if (QDoubleSpinBox* box = envelopeEditor(envelopes, year + 2)) {
                box->setValue(700000);
            }
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
        // The sample starts over its guardrails, and the banner says so from the start.
        const QStringList initial = app::StrategyCheck(*portfolio()).alerts(today());
        QVERIFY2(!initial.isEmpty(), "the sample starts over a guardrail");
        QVERIFY(banner->isVisible());
        QCOMPARE(banner->text(), initial.join(QLatin1Char('\n')));

        // Within every guardrail first: room in every domain, every initiative serving a pillar, large envelopes.
        QVERIFY(!portfolio()->pillars().empty());
        app::ChangeSet clean;
        for (const core::Domain& d : portfolio()->domains()) {
            core::Domain after = d;
            after.capacityPersonDays = 1e6;
            clean.domains.push_back({d, after});
        }
        for (core::Id id : app::StrategyCheck(*portfolio()).initiativesWithoutPillar()) {
            const core::Initiative& before = *portfolio()->initiative(id);
            core::Initiative after = before;
            after.pillars = {portfolio()->pillars().front().id};
            clean.initiatives.push_back({before, after});
        }
        core::Program program = portfolio()->program();
        for (auto it = program.budgetEnvelopes.begin(); it != program.budgetEnvelopes.end(); ++it) {
            it.value() = 1e11;
        }
        clean.program.push_back({portfolio()->program(), program});
        QVERIFY(portfolio()->submit(QStringLiteral("Within the guardrails"), std::move(clean)));
        const QStringList left = app::StrategyCheck(*portfolio()).alerts(today());
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char('\n'))));
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

        // An initiative serving no pillar shows too.
        const core::Initiative* linked = nullptr;
        for (const core::Initiative& i : portfolio()->initiatives()) {
            if (!linked && !i.pillars.isEmpty() && i.status != core::InitiativeStatus::Done &&
                i.status != core::InitiativeStatus::Dropped) {
                linked = &i;
            }
        }
        QVERIFY(linked);
        core::Initiative unlinked = *linked;
        unlinked.pillars.clear();
        app::ChangeSet unlink;
        unlink.initiatives.push_back({*linked, unlinked});
        QVERIFY(portfolio()->submit(QStringLiteral("Unlink"), std::move(unlink)));
        QTRY_VERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(QStringLiteral("pillar")), qPrintable(banner->text()));
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
