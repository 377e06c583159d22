// The weekly and daily rhythm: the weekly review (with its meeting record, agenda and minutes) and the daily
// stand-up (a 15-minute timer, each person's yesterday, today and blockers).
#pragma once

#include "tiller/core/Types.h"

#include <QDate>
#include <QWidget>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace tiller::app {
class Portfolio;
}

namespace tiller::gui {

class WeeklyReviewView : public QWidget
{
    Q_OBJECT
public:
    explicit WeeklyReviewView(QWidget* parent = nullptr);
    void setPortfolio(app::Portfolio* portfolio);
    void setToday(QDate today); // tests fix it; the app uses the current date
    void setWeek(const QString& week);
    QString week() const { return m_week; }

    QTreeWidget* review() const { return m_review; }
    QListWidget* candidates() const { return m_candidates; }
    QListWidget* attendees() const { return m_attendees; }
    QPlainTextEdit* notes() const { return m_notes; }
    QPlainTextEdit* decisions() const { return m_decisions; }
    QLabel* weekLabel() const { return m_weekLabel; }

    // Makes the selected candidate tasks objectives of the week after the one shown (one undo step).
    void planSelected();
    // Celebrates the selected successes (done tasks of the week) today: one undo step.
    void celebrateSelected();
    // Saves (or updates) the week's meeting record: attendees, notes, decisions.
    bool saveRecord();
    // Writes the agenda or the minutes: Markdown (.md) or PDF (.pdf) by the file's suffix.
    bool exportTo(const QString& path, bool minutes, QString* error);

signals:
    void message(const QString& text);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void refresh();
    void exportInteractively(bool minutes);

    app::Portfolio* m_portfolio = nullptr;
    QDate m_today = QDate::currentDate();
    QString m_week;
    QLabel* m_weekLabel;
    QTreeWidget* m_review;
    QListWidget* m_candidates;
    QListWidget* m_attendees;
    QPlainTextEdit* m_notes;
    QPlainTextEdit* m_decisions;
    bool m_refreshing = false;
    bool m_stale = true;
};

class StandupView : public QWidget
{
    Q_OBJECT
public:
    explicit StandupView(QWidget* parent = nullptr);
    void setPortfolio(app::Portfolio* portfolio);
    void setToday(QDate today);

    QTreeWidget* board() const { return m_board; }
    QLabel* clock() const { return m_clock; }
    QPushButton* startButton() const { return m_start; }
    int secondsLeft() const { return m_left; }
    // One second of the timer (the QTimer calls it; tests too).
    void tick();
    void resetTimer();

    core::Id currentTask() const;
    void markBlocked();
    void markDone();
    void moveToTomorrow();

signals:
    void message(const QString& text);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void refresh();
    void updateClock();

    app::Portfolio* m_portfolio = nullptr;
    QDate m_today = QDate::currentDate();
    QTreeWidget* m_board;
    QLabel* m_clock;
    QPushButton* m_start;
    QTimer* m_timer;
    int m_left = 15 * 60;
    bool m_stale = true;
};

} // namespace tiller::gui
