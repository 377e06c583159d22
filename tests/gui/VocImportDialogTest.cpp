// The VoC import dialog, offscreen: guessed mapping, a fixed metric, the report listing the bad line.
#include "tiller/gui/VocImportDialog.h"

#include "TestSupport.h"
#include "tiller/app/DemoBuilder.h"
#include "tiller/app/Portfolio.h"
#include "tiller/gui/Dialogs.h"
#include "tiller/storage/VocRecords.h"

#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <memory>

using namespace tiller;

class VocImportDialogTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TempDir> m_tmp;
    std::unique_ptr<app::Portfolio> m_portfolio;
    QStringList m_warnings;

    qint64 count()
    {
        auto n = storage::countVocRecords(m_portfolio->database());
        return n ? *n : -1;
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

private slots:
    void init()
    {
        m_tmp = std::make_unique<test::TempDir>();
        const QString path = m_tmp->path(QStringLiteral("voc.tiller"));
        app::DemoBuilder builder(app::DemoBuilder::Size::Small, 1, QDate(2026, 6, 1));
        QVERIFY(builder.build(path));
        auto opened = app::Portfolio::openForEditing(path, QStringLiteral("tester"));
        QVERIFY(bool(opened));
        m_portfolio = std::move(*opened);
        m_warnings.clear();
        gui::Dialogs::setMessageHook([this](const QString&, const QString& text) { m_warnings << text; });
    }

    void cleanup()
    {
        m_portfolio.reset();
        gui::Dialogs::clearHooks();
    }

    void importsThroughTheDialogAndReportsTheBadLine()
    {
        const QString file = m_tmp->path(QStringLiteral("survey.csv"));
        test::writeFile(file, "\xEF\xBB\xBF"
                              "Date de réponse;Canal;Étape;Note;Commentaire\n"
                              "2026-04-01;web;Planning the move;5;\"Easy; clear\"\n"
                              "2026-04-02;phone;Final meter reading;4;\"Took two calls\nbut fine\"\n"
                              "02/04/2026;app;Moving home › Final meter reading;2;\n"
                              "2026-04-03;web;Planning the move;9;Too high for CSAT\n"
                              "2026-04-04;email;Telling us about the move;3;The form asked twice for my address and "
                              "my phone number, and nobody told me whether it had arrived\n");
        const qint64 before = count();
        int asked = 0;
        QString summary;
        QStringList listed;
        gui::Dialogs::setDialogHook([&](QDialog& dialog) {
            ++asked;
            if (asked == 1) {
                auto* date = dialog.findChild<QComboBox*>(QStringLiteral("dateColumn"));
                auto* stage = dialog.findChild<QComboBox*>(QStringLiteral("stageColumn"));
                auto* metric = dialog.findChild<QComboBox*>(QStringLiteral("metricColumn"));
                auto* fixed = dialog.findChild<QComboBox*>(QStringLiteral("fixedMetric"));
                auto* score = dialog.findChild<QComboBox*>(QStringLiteral("scoreColumn"));
                auto* verbatim = dialog.findChild<QComboBox*>(QStringLiteral("verbatimColumn"));
                auto* import = dialog.findChild<QPushButton*>(QStringLiteral("import"));
                auto* preview = dialog.findChild<QTableWidget*>(QStringLiteral("preview"));
                if (!date || !stage || !metric || !fixed || !score || !verbatim || !import || !preview) {
                    qWarning("a control is missing");
                    return int(QDialog::Rejected);
                }
                // Guessed from the French header; no metric column, so one metric for the file.
                [&] {
                    QCOMPARE(date->currentData().toInt(), 0);
                    QCOMPARE(stage->currentData().toInt(), 2);
                    QCOMPARE(score->currentData().toInt(), 3);
                    QCOMPARE(verbatim->currentData().toInt(), 4);
                    QCOMPARE(metric->currentData().toInt(), -1);
                    QCOMPARE(preview->rowCount(), 5);
                    QCOMPARE(preview->columnCount(), 5);
                    QVERIFY(fixed->isVisibleTo(&dialog));
                    QCOMPARE(preview->verticalHeaderItem(2)->text(), QStringLiteral("5"));
                    QVERIFY(import->isEnabled());
                    // Without a date the import cannot run.
                    date->setCurrentIndex(0);
                    QVERIFY(!import->isEnabled());
                    QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("missing"))->isVisibleTo(&dialog));
                    date->setCurrentIndex(date->findData(0));
                    fixed->setCurrentIndex(fixed->findData(QStringLiteral("csat")));
                    QVERIFY(import->isEnabled());
                }();
                screenshot(dialog, QStringLiteral("voc-import-dialog.png"));
                return int(QDialog::Accepted);
            }
            summary = dialog.findChild<QLabel*>(QStringLiteral("summary"))->text();
            auto* list = dialog.findChild<QListWidget*>(QStringLiteral("badRows"));
            for (int i = 0; list && i < list->count(); ++i) {
                listed << list->item(i)->text();
            }
            screenshot(dialog, QStringLiteral("voc-import-report.png"));
            return int(QDialog::Accepted);
        });
        QVERIFY(gui::VocImportDialog::importFile(nullptr, m_portfolio.get(), file));
        QCOMPARE(asked, 2);
        QVERIFY2(m_warnings.isEmpty(), qPrintable(m_warnings.join(QLatin1Char('\n'))));
        QCOMPARE(count(), before + 4);
        QVERIFY2(summary.contains(QStringLiteral("4")), qPrintable(summary));
        QCOMPARE(listed.size(), 1);
        QVERIFY2(listed.first().startsWith(QStringLiteral("Line 6:")), qPrintable(listed.first()));
        QVERIFY(listed.first().contains(QStringLiteral("CSAT")));
        auto latest = storage::latestVocRecords(m_portfolio->database(), 4);
        QVERIFY(bool(latest));
        for (const auto& r : *latest) {
            QCOMPARE(r.metric, QStringLiteral("csat"));
        }
    }

    void asksForTheFileAndReportsManyBadRows()
    {
        const QString file = m_tmp->path(QStringLiteral("many.csv"));
        QByteArray csv = "date,metric,score\n";
        for (int i = 0; i < 70; ++i) {
            csv += "2026-05-01,nps,42\n";
        }
        csv += "2026-05-02,nps,10\n";
        test::writeFile(file, csv);
        gui::Dialogs::setNextFileName(file);
        QStringList listed;
        gui::Dialogs::setDialogHook([&](QDialog& dialog) {
            if (dialog.objectName() == QLatin1String("vocImportDialog")) {
                return int(QDialog::Accepted);
            }
            auto* list = dialog.findChild<QListWidget*>(QStringLiteral("badRows"));
            for (int i = 0; list && i < list->count(); ++i) {
                listed << list->item(i)->text();
            }
            screenshot(dialog, QStringLiteral("voc-import-report-many.png"));
            return int(QDialog::Accepted);
        });
        const qint64 before = count();
        QVERIFY(gui::VocImportDialog::importFile(nullptr, m_portfolio.get()));
        QCOMPARE(count(), before + 1);
        QCOMPARE(listed.size(), 51);
        QVERIFY(listed.first().startsWith(QStringLiteral("Line 2:")));
        QVERIFY2(listed.last().contains(QStringLiteral("20 more")), qPrintable(listed.last()));
    }

    void refusesGarbageWithOneMessage()
    {
        const QString file = m_tmp->path(QStringLiteral("garbage.csv"));
        test::writeFile(file, QByteArray("\x00\x01\x02\xff\xfe binary", 12));
        int asked = 0;
        gui::Dialogs::setDialogHook([&](QDialog&) {
            ++asked;
            return int(QDialog::Accepted);
        });
        const qint64 before = count();
        QVERIFY(!gui::VocImportDialog::importFile(nullptr, m_portfolio.get(), file));
        QCOMPARE(asked, 0);
        QCOMPARE(m_warnings.size(), 1);
        QVERIFY(m_warnings.first().contains(QStringLiteral("garbage.csv")));
        QCOMPARE(count(), before);
    }
};

QTEST_MAIN(VocImportDialogTest)
#include "VocImportDialogTest.moc"
