// The charter dialog and its PDF, offscreen: edit through the dialog as one undo step, the template of a new bin,
// the export, and the definition-of-done gate when a bin is marked done.
#include "tiller/gui/CharterDialog.h"

#include "TestSupport.h"
#include "tiller/app/BinModel.h"
#include "tiller/app/CharterEdits.h"
#include "tiller/app/DemoBuilder.h"
#include "tiller/app/Portfolio.h"
#include "tiller/gui/BinDialog.h"
#include "tiller/gui/BinsView.h"
#include "tiller/gui/CharterExport.h"
#include "tiller/gui/Dialogs.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>
#include <memory>

using namespace tiller;

class CharterDialogTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TempDir> m_tmp;
    std::unique_ptr<app::Portfolio> m_portfolio;
    std::unique_ptr<gui::BinsView> m_view;
    QStringList m_refusals;

    app::Portfolio* portfolio() { return m_portfolio.get(); }
    const core::ProjectBin* bin(const QString& code)
    {
        for (const auto& b : portfolio()->bins()) {
            if (b.code == code) {
                return &b;
            }
        }
        return nullptr;
    }
    // A bin not done whose definition of done has open criteria.
    const core::ProjectBin* openBin()
    {
        for (const auto& b : portfolio()->bins()) {
            if (b.status != core::BinStatus::Done && !app::CharterEdits::openCriteria(*portfolio(), b.id).isEmpty()) {
                return &b;
            }
        }
        return nullptr;
    }
    QModelIndex statusIndex(core::Id binId)
    {
        QAbstractItemModel* m = m_view->table()->model();
        for (int r = 0; r < m->rowCount(); ++r) {
            if (m->index(r, 0).data(app::BinModel::IdRole).toLongLong() == binId) {
                return m->index(r, app::BinModel::Status);
            }
        }
        return {};
    }
    static void screenshot(QDialog& dialog, const QString& name)
    {
        // For a person to look at: TILLER_SCREENSHOTS=folder keeps a picture of the dialog.
        if (const QString dir = qEnvironmentVariable("TILLER_SCREENSHOTS"); !dir.isEmpty()) {
            dialog.show();
            QTest::qWait(50);
            dialog.grab().save(dir + QLatin1Char('/') + name);
        }
    }
    static QString run(const QString& program, const QStringList& args)
    {
        QProcess p;
        p.start(program, args);
        p.waitForFinished(30000);
        return QString::fromUtf8(p.readAllStandardOutput());
    }

private slots:
    void init()
    {
        m_tmp = std::make_unique<test::TempDir>();
        const QString path = m_tmp->path(QStringLiteral("charter.tiller"));
        app::DemoBuilder builder(app::DemoBuilder::Size::Small, 1, QDate(2026, 6, 1));
        QVERIFY(builder.build(path));
        auto opened = app::Portfolio::openForEditing(path, QStringLiteral("tester"));
        QVERIFY(bool(opened));
        m_portfolio = std::move(*opened);
        m_refusals.clear();
        connect(m_portfolio.get(), &app::Portfolio::editRefused, this, [this](const QString& r) { m_refusals << r; });
        gui::Dialogs::setMessageHook([](const QString&, const QString&) {});
        m_view = std::make_unique<gui::BinsView>();
        m_view->setPortfolio(m_portfolio.get());
        m_view->resize(1200, 700);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        QVERIFY(m_view->model());
    }

    void cleanup()
    {
        m_view.reset();
        m_portfolio.reset();
        gui::Dialogs::clearHooks();
    }

    void editsACharterAsOneUndoStep()
    {
        const core::ProjectBin* b = bin(QStringLiteral("BIN-03"));
        QVERIFY(b);
        const core::Id id = b->id;
        QVERIFY(portfolio()->charter(id));
        const core::Charter before = *portfolio()->charter(id);
        const auto dodBefore = portfolio()->definitionOfDone(id);
        const auto phasesBefore = portfolio()->phases(id);
        QVERIFY(!dodBefore.empty());
        m_view->selectBin(id);
        QVERIFY(m_view->charterAction()->isEnabled());
        if (const QString dir = qEnvironmentVariable("TILLER_SCREENSHOTS"); !dir.isEmpty()) {
            m_view->grab().save(dir + QStringLiteral("/bins-view-charter-actions.png"));
        }
        int asked = 0;
        gui::Dialogs::setDialogHook([&](QDialog& dialog) {
            ++asked;
            auto& charter = dynamic_cast<gui::CharterDialog&>(dialog);
            [&] {
                QVERIFY2(!charter.isTemplate(), "a saved charter is not a template");
                QVERIFY(!dialog.findChild<QLabel*>(QStringLiteral("templateBanner"))->isVisibleTo(&dialog));
            }();
            dialog.findChild<QPlainTextEdit*>(QStringLiteral("objectives"))
                ->setPlainText(QStringLiteral("Bills anyone can read at a glance"));
            charter.addPhase();
            auto* phases = dialog.findChild<QTableWidget*>(QStringLiteral("phases"));
            const int row = phases->rowCount() - 1;
            phases->item(row, 0)->setText(QStringLiteral("Pilot with 500 customers"));
            phases->item(row, 1)->setData(Qt::EditRole, QDate(2026, 9, 1));
            phases->item(row, 2)->setData(Qt::EditRole, QDate(2026, 10, 15));
            auto* dod = dialog.findChild<QListWidget*>(QStringLiteral("definitionOfDone"));
            [&] { QCOMPARE(dod->count(), int(dodBefore.size())); }();
            dod->item(0)->setCheckState(Qt::Checked);
            screenshot(dialog, QStringLiteral("charter-dialog.png"));
            dialog.findChild<QTabWidget*>(QStringLiteral("sections"))->setCurrentIndex(3);
            screenshot(dialog, QStringLiteral("charter-dialog-phases.png"));
            dialog.findChild<QTabWidget*>(QStringLiteral("sections"))->setCurrentIndex(4);
            screenshot(dialog, QStringLiteral("charter-dialog-dod.png"));
            dialog.findChild<QTabWidget*>(QStringLiteral("sections"))->setCurrentIndex(5);
            screenshot(dialog, QStringLiteral("charter-dialog-team.png"));
            dialog.accept();
            return dialog.result();
        });
        m_view->charterAction()->trigger();
        QCOMPARE(asked, 1);
        QVERIFY2(m_refusals.isEmpty(), qPrintable(m_refusals.join(QLatin1Char('\n'))));
        QCOMPARE(portfolio()->charter(id)->objectives, QStringLiteral("Bills anyone can read at a glance"));
        QCOMPARE(portfolio()->phases(id).size(), phasesBefore.size() + 1);
        QCOMPARE(portfolio()->phases(id).back().name, QStringLiteral("Pilot with 500 customers"));
        QCOMPARE(portfolio()->phases(id).back().end, QDate(2026, 10, 15));
        QVERIFY(portfolio()->definitionOfDone(id).front().done);
        QCOMPARE(portfolio()->undoStack()->count(), 1);
        QCOMPARE(portfolio()->undoStack()->undoText(), QStringLiteral("Edit charter of BIN-03"));

        portfolio()->undoStack()->undo();
        core::Charter restored = *portfolio()->charter(id);
        restored.version = before.version; // a write is a new version, even when it restores
        QVERIFY(restored == before);
        auto phasesAfter = portfolio()->phases(id);
        auto dodAfter = portfolio()->definitionOfDone(id);
        QCOMPARE(phasesAfter.size(), phasesBefore.size());
        QCOMPARE(dodAfter.size(), dodBefore.size());
        for (std::size_t i = 0; i < dodAfter.size(); ++i) {
            QCOMPARE(dodAfter[i].text, dodBefore[i].text);
            QCOMPARE(dodAfter[i].done, dodBefore[i].done);
        }
    }

    void cancelChangesNothing()
    {
        const core::Id id = bin(QStringLiteral("BIN-02"))->id;
        const core::Charter before = *portfolio()->charter(id);
        gui::Dialogs::setDialogHook([](QDialog& dialog) {
            dialog.findChild<QPlainTextEdit*>(QStringLiteral("objectives"))->setPlainText(QStringLiteral("Nope"));
            dialog.reject();
            return dialog.result();
        });
        QVERIFY(!gui::CharterDialog::edit(m_view.get(), portfolio(), id));
        QVERIFY(*portfolio()->charter(id) == before);
        QCOMPARE(portfolio()->undoStack()->count(), 0);
    }

    void refusesAPhaseEndingBeforeItStarts()
    {
        const core::Id id = bin(QStringLiteral("BIN-02"))->id;
        QString shown;
        gui::Dialogs::setDialogHook([&](QDialog& dialog) {
            auto& charter = dynamic_cast<gui::CharterDialog&>(dialog);
            charter.addPhase();
            auto* phases = dialog.findChild<QTableWidget*>(QStringLiteral("phases"));
            const int row = phases->rowCount() - 1;
            phases->item(row, 0)->setText(QStringLiteral("Backwards"));
            phases->item(row, 1)->setData(Qt::EditRole, QDate(2026, 9, 1));
            phases->item(row, 2)->setData(Qt::EditRole, QDate(2026, 8, 1));
            dialog.accept();
            shown = dialog.findChild<QLabel*>(QStringLiteral("error"))->text();
            return dialog.result();
        });
        QVERIFY(!gui::CharterDialog::edit(m_view.get(), portfolio(), id));
        QCOMPARE(shown, QStringLiteral("The phase “Backwards” ends before it starts."));
        QCOMPARE(portfolio()->undoStack()->count(), 0);
    }

    void recordsAMilestoneReachedAndRefusesOneInTheFuture()
    {
        const core::Id id = bin(QStringLiteral("BIN-02"))->id;
        const auto before = portfolio()->phases(id);
        QVERIFY(!before.empty());
        const QDate today = portfolio()->now().date();
        gui::Dialogs::setDialogHook([&](QDialog& dialog) {
            auto* phases = dialog.findChild<QTableWidget*>(QStringLiteral("phases"));
            auto* reached = dialog.findChild<QPushButton*>(QStringLiteral("phaseReached"));
            // On the phases' page, beside their table (not on another tab).
            [&] { QCOMPARE(reached->parentWidget(), phases->parentWidget()); }();
            phases->setCurrentCell(0, 0);
            phases->item(0, 3)->setData(Qt::EditRole, QVariant()); // not reached yet
            reached->click();                                       // reached today
            [&] { QCOMPARE(phases->item(0, 3)->data(Qt::EditRole).toDate(), today); }();
            dialog.accept();
            return dialog.result();
        });
        QVERIFY(gui::CharterDialog::edit(m_view.get(), portfolio(), id));
        QCOMPARE(portfolio()->phases(id).front().reachedOn, today);
        portfolio()->undoStack()->undo();
        QCOMPARE(portfolio()->phases(id).front().reachedOn, before.front().reachedOn);

        QString shown;
        gui::Dialogs::setDialogHook([&](QDialog& dialog) {
            auto* phases = dialog.findChild<QTableWidget*>(QStringLiteral("phases"));
            phases->item(0, 3)->setData(Qt::EditRole, today.addDays(3));
            dialog.accept();
            shown = dialog.findChild<QLabel*>(QStringLiteral("error"))->text();
            return dialog.result();
        });
        QVERIFY(!gui::CharterDialog::edit(m_view.get(), portfolio(), id));
        QCOMPARE(shown, QStringLiteral("The phase “%1” can't be reached later than today.").arg(before.front().name));
    }

    void aNewBinsCharterStartsFromTheTemplate()
    {
        core::ProjectBin fresh;
        fresh.code = QStringLiteral("BIN-99");
        fresh.name = QStringLiteral("Proactive outage notices");
        fresh.start = QDate(2027, 1, 1);
        fresh.end = QDate(2027, 6, 30);
        app::ChangeSet add;
        add.bins.push_back({std::nullopt, fresh});
        QVERIFY(portfolio()->submit(QStringLiteral("New bin"), std::move(add)));
        const core::Id id = bin(QStringLiteral("BIN-99"))->id;
        QVERIFY(!portfolio()->charter(id));
        gui::Dialogs::setDialogHook([&](QDialog& dialog) {
            auto& charter = dynamic_cast<gui::CharterDialog&>(dialog);
            auto* objectives = dialog.findChild<QPlainTextEdit*>(QStringLiteral("objectives"));
            [&] {
                QVERIFY(charter.isTemplate());
                QVERIFY(dialog.windowTitle().contains(QStringLiteral("template")));
                QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("templateBanner"))->isVisibleTo(&dialog));
                QVERIFY(objectives->toPlainText().isEmpty());
                QVERIFY(objectives->placeholderText().contains(QStringLiteral("What will be different for customers")));
                auto* dod = dialog.findChild<QListWidget*>(QStringLiteral("definitionOfDone"));
                QVERIFY(dod->count() >= 3);
                QCOMPARE(dod->item(0)->text(), QStringLiteral("Customer KPI measured before and after"));
                QCOMPARE(dod->item(0)->checkState(), Qt::Unchecked);
                QCOMPARE(dialog.findChild<QTableWidget*>(QStringLiteral("phases"))->rowCount(), 3);
            }();
            screenshot(dialog, QStringLiteral("charter-template.png"));
            objectives->setPlainText(QStringLiteral("Customers hear about an outage before they notice it"));
            // Reorder: the second criterion first; drop the last phase.
            auto* dod = dialog.findChild<QListWidget*>(QStringLiteral("definitionOfDone"));
            dod->setCurrentRow(1);
            charter.moveCriterion(-1);
            dialog.findChild<QTableWidget*>(QStringLiteral("phases"))->setCurrentCell(2, 0);
            charter.removePhase();
            dialog.accept();
            return dialog.result();
        });
        QVERIFY(gui::CharterDialog::edit(m_view.get(), portfolio(), id));
        QVERIFY(portfolio()->charter(id));
        QCOMPARE(portfolio()->definitionOfDone(id).size(), std::size_t(4));
        QCOMPARE(portfolio()->definitionOfDone(id).front().text, QStringLiteral("Owner and sponsor sign off"));
        QCOMPARE(portfolio()->phases(id).size(), std::size_t(2));
        QCOMPARE(portfolio()->phases(id).back().end, QDate(2027, 5, 16)); // three quarters of the way
        QCOMPARE(portfolio()->undoStack()->count(), 2);
        portfolio()->undoStack()->undo();
        QVERIFY(!portfolio()->charter(id));
        QVERIFY(portfolio()->definitionOfDone(id).empty());
        QVERIFY(portfolio()->phases(id).empty());
    }

    void exportsACharterPdf()
    {
        for (const auto& b : portfolio()->bins()) {
            const QString path = m_tmp->path(b.code + QStringLiteral(".pdf"));
            m_view->selectBin(b.id);
            QVERIFY(m_view->exportCharterAction()->isEnabled());
            gui::Dialogs::setNextFileName(path);
            m_view->exportCharterAction()->trigger();
            QVERIFY2(QFile::exists(path), qPrintable(path));
            const QByteArray bytes = test::readFile(path);
            QVERIFY(bytes.startsWith("%PDF"));
            if (const QString dir = qEnvironmentVariable("TILLER_SCREENSHOTS"); !dir.isEmpty()) {
                QFile::remove(dir + QStringLiteral("/charter-%1.pdf").arg(b.code));
                QFile::copy(path, dir + QStringLiteral("/charter-%1.pdf").arg(b.code));
            }
            int pages = 0;
            if (const QString pdfinfo = QStandardPaths::findExecutable(QStringLiteral("pdfinfo")); !pdfinfo.isEmpty()) {
                const auto m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(run(pdfinfo, {path}));
                QVERIFY(m.hasMatch());
                pages = m.captured(1).toInt();
            } else {
                pages = int(bytes.count("/Type /Page\n")) + int(bytes.count("/Type /Page\r")) +
                        int(bytes.count("/Type /Page ")) + int(bytes.count("/Type /Page/"));
            }
            QVERIFY2(pages >= 1 && pages <= 2, qPrintable(QStringLiteral("%1: %2 pages").arg(b.code).arg(pages)));
            if (const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
                !pdftotext.isEmpty()) {
                const QString text =
                    run(pdftotext, {path, QStringLiteral("-")}).normalized(QString::NormalizationForm_KC).simplified();
                QVERIFY2(text.contains(b.code), qPrintable(text));
                const QString objective = portfolio()->charter(b.id)->objectives.simplified().left(30);
                QVERIFY2(text.contains(objective), qPrintable(objective + QStringLiteral(" in ") + text));
                QVERIFY(text.contains(QStringLiteral("Definition of done")));
            }
        }
        // From the dialog: what it holds now, saved or not.
        const core::Id id = bin(QStringLiteral("BIN-01"))->id;
        const QString fromDialog = m_tmp->path(QStringLiteral("from-dialog.pdf"));
        gui::Dialogs::setDialogHook([&](QDialog& dialog) {
            dialog.findChild<QPlainTextEdit*>(QStringLiteral("objectives"))
                ->setPlainText(QStringLiteral("Unsaved words that still print"));
            gui::Dialogs::setNextFileName(fromDialog);
            dialog.findChild<QPushButton*>(QStringLiteral("exportPdf"))->click();
            dialog.reject();
            return dialog.result();
        });
        gui::CharterDialog::edit(m_view.get(), portfolio(), id);
        QVERIFY(QFile::exists(fromDialog));
        if (const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
            !pdftotext.isEmpty()) {
            QVERIFY(run(pdftotext, {fromDialog, QStringLiteral("-")}).contains(QStringLiteral("Unsaved words")));
        }
        QCOMPARE(portfolio()->undoStack()->count(), 0);
    }

    void aLongCharterStaysWithinTwoPages()
    {
        const QString pdfinfo = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
        if (pdfinfo.isEmpty()) {
            QSKIP("pdfinfo (poppler-utils) is not installed");
        }
        app::CharterDraft d = app::CharterEdits::draft(*portfolio(), bin(QStringLiteral("BIN-03"))->id);
        const QString paragraph =
            QStringLiteral("Customers read every bill without calling us, and every change of price is explained "
                           "before it applies, in the channel they chose. ");
        d.charter.objectives = paragraph.repeated(6);
        d.charter.benefits = paragraph.repeated(5);
        d.charter.scopeIn = paragraph.repeated(4);
        d.charter.scopeOut = paragraph.repeated(4);
        d.charter.risks = paragraph.repeated(5);
        for (int i = 0; i < 12; ++i) {
            core::CharterPhase p;
            p.name = QStringLiteral("Phase %1 of the roll-out across regions").arg(i + 1);
            p.start = QDate(2026, 1, 1).addMonths(i);
            p.end = p.start.addDays(27);
            d.phases.push_back(p);
            core::DodItem item;
            item.text = QStringLiteral("Success criterion %1 measured and signed off by the sponsor").arg(i + 1);
            d.definitionOfDone.push_back(item);
        }
        const QString path = m_tmp->path(QStringLiteral("long.pdf"));
        QString error;
        QVERIFY2(gui::CharterExport::write(*portfolio(), d, path, &error), qPrintable(error));
        const auto m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(run(pdfinfo, {path}));
        QVERIFY(m.hasMatch());
        QVERIFY2(m.captured(1).toInt() <= 2, qPrintable(m.captured(1)));
        if (const QString dir = qEnvironmentVariable("TILLER_SCREENSHOTS"); !dir.isEmpty()) {
            QFile::remove(dir + QStringLiteral("/charter-long.pdf"));
            QFile::copy(path, dir + QStringLiteral("/charter-long.pdf"));
        }
    }

    void markingABinDoneWithOpenCriteriaAsksForAReason()
    {
        const core::ProjectBin* b = openBin();
        QVERIFY(b);
        const core::Id id = b->id;
        const core::BinStatus before = b->status;
        const QModelIndex status = statusIndex(id);
        QVERIFY(status.isValid());
        QStringList asked;
        gui::Dialogs::setTextHook([&](const QString& title) {
            asked << title;
            return std::optional<QString>();
        });
        QVERIFY(!m_view->table()->model()->setData(status, int(core::BinStatus::Done)));
        QCOMPARE(asked.size(), 1);
        QVERIFY(asked.front().contains(b->code));
        QVERIFY(portfolio()->bin(id)->status == before);
        QCOMPARE(portfolio()->undoStack()->count(), 0);

        // An empty reason is no reason.
        gui::Dialogs::setTextHook([&](const QString&) { return std::optional<QString>(QStringLiteral("  ")); });
        QVERIFY(!m_view->table()->model()->setData(status, int(core::BinStatus::Done)));
        QVERIFY(portfolio()->bin(id)->status == before);

        gui::Dialogs::setTextHook([&](const QString&) {
            return std::optional<QString>(QStringLiteral("The sponsor accepted the rest as out of scope"));
        });
        QVERIFY(m_view->table()->model()->setData(status, int(core::BinStatus::Done)));
        QVERIFY(portfolio()->bin(id)->status == core::BinStatus::Done);
        QCOMPARE(portfolio()->undoStack()->count(), 1);
        QVERIFY(m_refusals.isEmpty());
        portfolio()->undoStack()->undo();
        QVERIFY(portfolio()->bin(id)->status == before);

        // With every criterion ticked, nobody is asked.
        asked.clear();
        gui::Dialogs::setTextHook([&](const QString& title) {
            asked << title;
            return std::optional<QString>();
        });
        app::CharterDraft d = app::CharterEdits::draft(*portfolio(), id);
        for (auto& item : d.definitionOfDone) {
            item.done = true;
        }
        QVERIFY(portfolio()->submit(QStringLiteral("Tick all"), app::CharterEdits::save(*portfolio(), d)));
        QVERIFY(m_view->table()->model()->setData(statusIndex(id), int(core::BinStatus::Done)));
        QVERIFY(asked.isEmpty());
        QVERIFY(portfolio()->bin(id)->status == core::BinStatus::Done);
    }

    void theBinDialogAsksTooWhenMarkingDone()
    {
        const core::ProjectBin* b = openBin();
        QVERIFY(b);
        const core::Id id = b->id;
        const core::BinStatus before = b->status;
        const auto markDone = [&](QDialog& dialog) {
            auto* status = dialog.findChild<QComboBox*>(QStringLiteral("status"));
            status->setCurrentIndex(status->findData(int(core::BinStatus::Done)));
            dialog.accept();
            return dialog.result();
        };
        QString error;
        gui::Dialogs::setTextHook([](const QString&) { return std::optional<QString>(); });
        gui::Dialogs::setDialogHook([&](QDialog& dialog) {
            const int r = markDone(dialog);
            error = dialog.findChild<QLabel*>(QStringLiteral("error"))->text();
            return r;
        });
        QVERIFY(!gui::BinDialog::editBin(m_view.get(), portfolio(), id));
        QVERIFY(portfolio()->bin(id)->status == before);
        QVERIFY(error.contains(b->code));

        gui::Dialogs::setTextHook([](const QString&) { return std::optional<QString>(QStringLiteral("Signed off")); });
        gui::Dialogs::setDialogHook(markDone);
        QVERIFY(gui::BinDialog::editBin(m_view.get(), portfolio(), id));
        QVERIFY(portfolio()->bin(id)->status == core::BinStatus::Done);
        QCOMPARE(portfolio()->undoStack()->count(), 1);
    }
};

QTEST_MAIN(CharterDialogTest)
#include "CharterDialogTest.moc"
