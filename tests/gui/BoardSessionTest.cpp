// A change board session run through its panel, offscreen: schedule it (the agenda gathers the qualified
// requests), decide each request, record attendees, export agenda and minutes, close it, and find the decisions in
// the log — with undo until the session is closed.
#include "tiller/gui/BoardSessionPanel.h"

#include "TestSupport.h"
#include "tiller/app/BoardEdits.h"
#include "tiller/app/DemoBuilder.h"
#include "tiller/app/Portfolio.h"
#include "tiller/gui/Dialogs.h"

#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace tiller;

class BoardSessionTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TempDir> m_tmp;
    std::unique_ptr<app::Portfolio> m_portfolio;
    QStringList m_refusals;
    core::Id m_first = 0, m_second = 0;

    app::Portfolio* portfolio() { return m_portfolio.get(); }

    core::Id qualifiedRequest(const QString& title, double cost)
    {
        core::ChangeRequest r;
        r.title = title;
        r.description = QStringLiteral("Raised by the customer-advocacy council after the spring survey.");
        r.submitterId = portfolio()->people().at(6).id;
        r.domainId = portfolio()->domains().front().id;
        r.estBenefit = 90000;
        r.estCost = cost;
        r.estEffortDays = 40;
        r.urgency = 2;
        if (!portfolio()->submit(QStringLiteral("Submit"), app::BoardEdits::submitRequest(*portfolio(), r))) {
            return 0;
        }
        const core::Id id = portfolio()->requests().back().id;
        if (!portfolio()->submit(QStringLiteral("Qualify"),
                                 app::BoardEdits::qualify(*portfolio(), id, core::AllQualificationChecks,
                                                          app::BoardEdits::Outcome::Qualified, {}))) {
            return 0;
        }
        return id;
    }
    static void clickOk(QDialog& dialog)
    {
        auto* box = dialog.findChild<QDialogButtonBox*>();
        QVERIFY(box);
        box->button(QDialogButtonBox::Ok)->click();
    }
    static void save(QWidget& w, const QString& name)
    {
        if (const QString dir = qEnvironmentVariable("TILLER_SCREENSHOTS"); !dir.isEmpty()) {
            w.show();
            QTest::qWait(50);
            w.grab().save(dir + QLatin1Char('/') + name);
        }
    }
    static QString pdfText(const QString& path)
    {
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (pdftotext.isEmpty()) {
            return {};
        }
        QProcess p;
        p.start(pdftotext, {path, QStringLiteral("-")});
        p.waitForFinished(30000);
        return QString::fromUtf8(p.readAllStandardOutput()).simplified();
    }

private slots:
    void init()
    {
        m_tmp = std::make_unique<test::TempDir>();
        const QString path = m_tmp->path(QStringLiteral("board.tiller"));
        app::DemoBuilder builder(app::DemoBuilder::Size::Small, 1, QDate(2026, 6, 1));
        QVERIFY(builder.build(path));
        auto opened = app::Portfolio::openForEditing(path, QStringLiteral("tester"));
        QVERIFY(bool(opened));
        m_portfolio = std::move(*opened);
        m_portfolio->setClock([] { return QDateTime(QDate(2026, 6, 1), QTime(9, 0), Qt::UTC); });
        m_refusals.clear();
        connect(m_portfolio.get(), &app::Portfolio::editRefused, this, [this](const QString& r) { m_refusals << r; });
        gui::Dialogs::setMessageHook([](const QString&, const QString&) {});
        // Close any session the sample left open, so the test schedules its own.
        if (const core::Id open = app::BoardEdits::openSession(*portfolio())) {
            QVERIFY(portfolio()->submit(QStringLiteral("Close"), app::BoardEdits::closeSession(*portfolio(), open)));
        }
        m_first = qualifiedRequest(QStringLiteral("Text alerts before a planned outage"), 30000);
        m_second = qualifiedRequest(QStringLiteral("Paper bills in large print"), 12000);
        QVERIFY(m_first && m_second);
    }

    void cleanup()
    {
        m_portfolio.reset();
        gui::Dialogs::clearHooks();
    }

    void runsASessionFromAgendaToClosing()
    {
        gui::BoardSessionPanel panel(portfolio());
        panel.resize(1300, 720);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        const int sessionsBefore = int(portfolio()->boardSessions().size());

        // Schedule: the date the cadence proposes, the agenda gathered.
        QDate proposed;
        gui::Dialogs::setDialogHook([&](QDialog& dialog) {
            auto* date = dialog.findChild<QDateEdit*>(QStringLiteral("date"));
            [&] { QVERIFY(date); }();
            proposed = date->date();
            save(dialog, QStringLiteral("board-schedule.png"));
            clickOk(dialog);
            return dialog.result();
        });
        panel.scheduleSession();
        QCOMPARE(int(portfolio()->boardSessions().size()), sessionsBefore + 1);
        const core::Id session = panel.currentSession();
        QVERIFY(session > 0);
        QCOMPARE(portfolio()->meeting(session)->heldOn, proposed);
        QVERIFY(proposed >= QDate(2026, 6, 1)); // on the cadence, from today
        QStringList agenda;
        for (int i = 0; i < panel.agenda()->count(); ++i) {
            agenda << panel.agenda()->item(i)->text();
        }
        QVERIFY2(agenda.join(QLatin1Char('|')).contains(QStringLiteral("Text alerts before a planned outage")),
                 qPrintable(agenda.join(QLatin1Char('|'))));
        QVERIFY(agenda.join(QLatin1Char('|')).contains(QStringLiteral("Paper bills in large print")));

        // Each request shows its guardrail impact.
        panel.selectRequest(m_first);
        QVERIFY(!panel.impact()->text().isEmpty());
        save(panel, QStringLiteral("board-session-open.png"));

        // Approve the first into a bin of its own.
        const auto binsBefore = portfolio()->bins().size();
        gui::Dialogs::setDialogHook([&](QDialog& dialog) {
            dialog.findChild<QSpinBox*>(QStringLiteral("priority"))->setValue(2);
            dialog.findChild<QRadioButton*>(QStringLiteral("newBin"))->setChecked(true);
            dialog.findChild<QLineEdit*>(QStringLiteral("resources"))->setText(QStringLiteral("Two developers"));
            save(dialog, QStringLiteral("board-approve.png"));
            clickOk(dialog);
            return dialog.result();
        });
        panel.approveCurrent();
        const core::BoardDecision* approved = portfolio()->decision(session, m_first);
        QVERIFY(approved);
        QCOMPARE(approved->verdict, core::BoardVerdict::Approved);
        QCOMPARE(approved->priority, 2);
        QCOMPARE(portfolio()->bins().size(), binsBefore + 1);
        QVERIFY(portfolio()->initiative(approved->initiativeId));

        // Reject the second: a reason is asked; without one nothing happens.
        panel.selectRequest(m_second);
        gui::Dialogs::setTextHook([](const QString&) { return std::optional<QString>(QStringLiteral("  ")); });
        panel.rejectCurrent();
        QVERIFY(!portfolio()->decision(session, m_second));
        gui::Dialogs::setTextHook(
            [](const QString&) { return std::optional<QString>(QStringLiteral("Covered by the accessibility plan")); });
        panel.rejectCurrent();
        QVERIFY(portfolio()->decision(session, m_second));
        QCOMPARE(portfolio()->request(m_second)->status, core::RequestStatus::Rejected);

        // Undo and redo while the session is open.
        portfolio()->undoStack()->undo();
        QVERIFY(!portfolio()->decision(session, m_second));
        portfolio()->undoStack()->redo();
        QVERIFY(portfolio()->decision(session, m_second));

        // Attendees: ticking a person records them.
        QListWidgetItem* someone = nullptr;
        for (int i = 0; i < panel.attendees()->count(); ++i) {
            if (panel.attendees()->item(i)->checkState() == Qt::Unchecked) {
                someone = panel.attendees()->item(i);
                break;
            }
        }
        QVERIFY(someone);
        const core::Id person = someone->data(Qt::UserRole).toLongLong();
        someone->setCheckState(Qt::Checked);
        QVERIFY(portfolio()->meeting(session)->attendees.contains(person));

        // Agenda and minutes as PDF.
        const QString agendaPdf = m_tmp->path(QStringLiteral("agenda.pdf"));
        const QString minutesPdf = m_tmp->path(QStringLiteral("minutes.pdf"));
        gui::Dialogs::setNextFileName(agendaPdf);
        panel.exportAgenda();
        gui::Dialogs::setNextFileName(minutesPdf);
        panel.exportMinutes();
        QVERIFY(QFile(agendaPdf).size() > 1000);
        QVERIFY(QFile(minutesPdf).size() > 1000);
        const QString minutes = pdfText(minutesPdf);
        if (!minutes.isEmpty()) {
            QVERIFY2(minutes.contains(portfolio()->request(m_first)->code), qPrintable(minutes));
            QVERIFY(minutes.contains(QStringLiteral("Covered by the accessibility plan")));
            QVERIFY(minutes.contains(portfolio()->person(person)->name));
        }
        const QString agendaText = pdfText(agendaPdf);
        if (!agendaText.isEmpty()) {
            QVERIFY(agendaText.contains(QStringLiteral("Paper bills in large print")));
        }

        // Close: confirmed, then final.
        gui::Dialogs::setQuestionHook([](const QString&, const QString&) { return true; });
        panel.closeSession();
        QVERIFY(portfolio()->meeting(session)->closed);
        QTRY_VERIFY(!panel.findChild<QPushButton*>(QStringLiteral("approve"))->isEnabled());
        QTRY_VERIFY(!panel.findChild<QPushButton*>(QStringLiteral("close"))->isEnabled());
        save(panel, QStringLiteral("board-session-closed.png"));
        m_refusals.clear();
        portfolio()->undoStack()->undo();
        QVERIFY(portfolio()->meeting(session)->closed);
        QVERIFY(!m_refusals.isEmpty());
        portfolio()->undoStack()->undo();
        QVERIFY(portfolio()->decision(session, m_second));

        // The decision log has both.
        gui::DecisionLogPanel log(portfolio());
        QVERIFY(log.rowCount() >= 2);
        save(log, QStringLiteral("board-decision-log.png"));
    }

    void aSecondSessionInAMonthNeedsAReason()
    {
        gui::BoardSessionPanel panel(portfolio());
        gui::Dialogs::setDialogHook([&](QDialog& dialog) {
            clickOk(dialog);
            return dialog.result();
        });
        panel.scheduleSession();
        const core::Id first = panel.currentSession();
        QVERIFY(first);
        const QDate date = portfolio()->meeting(first)->heldOn;
        int shown = 0;
        gui::Dialogs::setDialogHook([&](QDialog& dialog) {
            ++shown;
            auto* edit = dialog.findChild<QDateEdit*>(QStringLiteral("date"));
            edit->setDate(date.addDays(date.day() < 20 ? 3 : -3));
            clickOk(dialog); // no reason: refused, the dialog stays
            [&] { QCOMPARE(dialog.result(), int(QDialog::Rejected)); }();
            auto* error = dialog.findChild<QLabel*>(QStringLiteral("error"));
            [&] { QVERIFY(error && !error->isHidden()); }();
            dialog.findChild<QLineEdit*>(QStringLiteral("reason"))->setText(QStringLiteral("Regulator deadline"));
            clickOk(dialog);
            return dialog.result();
        });
        panel.scheduleSession();
        QCOMPARE(shown, 1);
        const auto sessions = portfolio()->boardSessions();
        const auto extra = std::find_if(sessions.begin(), sessions.end(),
                                        [](const auto& m) { return m.reason == QLatin1String("Regulator deadline"); });
        QVERIFY(extra != sessions.end());
    }
};

QTEST_MAIN(BoardSessionTest)
#include "BoardSessionTest.moc"
