#include "tiller/gui/RhythmViews.h"

#include "tiller/app/Portfolio.h"
#include "tiller/app/TaskEdits.h"
#include "tiller/app/Text.h"
#include "tiller/app/WeeklyReviewReport.h"
#include "tiller/core/Rhythm.h"
#include "tiller/gui/Dialogs.h"

#include <QFile>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPageSize>
#include <QPdfWriter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTextDocument>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tiller::gui {

namespace {

constexpr int TaskRole = Qt::UserRole;

QString taskText(const app::Portfolio& p, core::Id id)
{
    const core::Task* t = p.task(id);
    if (!t) {
        return {};
    }
    const core::ProjectBin* b = p.bin(t->binId);
    const core::Person* owner = p.person(t->ownerId);
    return QStringLiteral("%1 — %2 · %3").arg(t->title, b ? b->code : QString(), owner ? owner->name : QString());
}

QTreeWidgetItem* group(QTreeWidget* tree, const QString& title, const QList<core::Id>& ids, const app::Portfolio& p)
{
    auto* item = new QTreeWidgetItem(tree, {QStringLiteral("%1 (%2)").arg(title).arg(ids.size())});
    QFont bold = item->font(0);
    bold.setBold(true);
    item->setFont(0, bold);
    for (core::Id id : ids) {
        auto* child = new QTreeWidgetItem(item, {taskText(p, id)});
        child->setData(0, TaskRole, id);
    }
    item->setExpanded(true);
    return item;
}

} // namespace

// ---- Weekly review ------------------------------------------------------------

WeeklyReviewView::WeeklyReviewView(QWidget* parent)
    : QWidget(parent), m_weekLabel(new QLabel(this)), m_review(new QTreeWidget(this)), m_candidates(new QListWidget(this)),
      m_attendees(new QListWidget(this)), m_notes(new QPlainTextEdit(this)), m_decisions(new QPlainTextEdit(this))
{
    auto* previous = new QPushButton(tr("◀ Previous Week"), this);
    auto* current = new QPushButton(tr("This Week"), this);
    auto* next = new QPushButton(tr("Next Week ▶"), this);
    connect(previous, &QPushButton::clicked, this, [this] { setWeek(core::weekAfter(m_week, -1)); });
    connect(current, &QPushButton::clicked, this, [this] { setWeek(core::weekKey(m_today)); });
    connect(next, &QPushButton::clicked, this, [this] { setWeek(core::weekAfter(m_week, 1)); });
    QFont big = m_weekLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_weekLabel->setFont(big);
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_weekLabel, 1);
    bar->addWidget(previous);
    bar->addWidget(current);
    bar->addWidget(next);

    m_review->setHeaderHidden(true);
    m_review->setAccessibleName(tr("The week in review"));
    m_review->setRootIsDecorated(true);
    m_review->setSelectionMode(QAbstractItemView::ExtendedSelection);
    auto* celebrate = new QPushButton(tr("&Celebrate"), this);
    celebrate->setObjectName(QStringLiteral("celebrate"));
    celebrate->setToolTip(tr("Recognise the selected successes: their owners earn the points (Ctrl+Z takes it back)"));
    connect(celebrate, &QPushButton::clicked, this, &WeeklyReviewView::celebrateSelected);
    auto* reviewBox = new QWidget(this);
    auto* reviewLayout = new QVBoxLayout(reviewBox);
    reviewLayout->setContentsMargins(0, 0, 0, 0);
    reviewLayout->addWidget(m_review, 1);
    auto* reviewButtons = new QHBoxLayout;
    reviewButtons->addWidget(celebrate);
    reviewButtons->addStretch(1);
    reviewLayout->addLayout(reviewButtons);

    m_candidates->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_candidates->setAccessibleName(tr("Open tasks to plan"));
    auto* plan = new QPushButton(tr("&Add to Next Week's Objectives"), this);
    connect(plan, &QPushButton::clicked, this, &WeeklyReviewView::planSelected);
    auto* planBox = new QGroupBox(tr("Plan next week"), this);
    auto* planLayout = new QVBoxLayout(planBox);
    planLayout->addWidget(new QLabel(tr("Open tasks due within three weeks, by deadline:"), planBox));
    planLayout->addWidget(m_candidates, 1);
    planLayout->addWidget(plan);

    m_attendees->setAccessibleName(tr("Attendees"));
    m_notes->setPlaceholderText(tr("What was said: successes, concerns, help needed…"));
    m_decisions->setPlaceholderText(tr("What was decided, by whom, by when…"));
    m_notes->setTabChangesFocus(true);
    m_decisions->setTabChangesFocus(true);
    auto* save = new QPushButton(tr("&Save Meeting Record"), this);
    auto* agenda = new QPushButton(tr("Export A&genda…"), this);
    auto* minutes = new QPushButton(tr("Export &Minutes…"), this);
    connect(save, &QPushButton::clicked, this, [this] { saveRecord(); });
    connect(agenda, &QPushButton::clicked, this, [this] { exportInteractively(false); });
    connect(minutes, &QPushButton::clicked, this, [this] { exportInteractively(true); });
    auto* meetingBox = new QGroupBox(tr("Meeting record"), this);
    auto* meetingLayout = new QVBoxLayout(meetingBox);
    meetingLayout->addWidget(new QLabel(tr("Attendees:"), meetingBox));
    meetingLayout->addWidget(m_attendees, 1);
    meetingLayout->addWidget(new QLabel(tr("Notes:"), meetingBox));
    meetingLayout->addWidget(m_notes, 1);
    meetingLayout->addWidget(new QLabel(tr("Decisions:"), meetingBox));
    meetingLayout->addWidget(m_decisions, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(save);
    buttons->addStretch(1);
    buttons->addWidget(agenda);
    buttons->addWidget(minutes);
    meetingLayout->addLayout(buttons);

    auto* right = new QSplitter(Qt::Vertical, this);
    right->addWidget(planBox);
    right->addWidget(meetingBox);
    auto* split = new QSplitter(this);
    split->addWidget(reviewBox);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addLayout(bar);
    layout->addWidget(split, 1);
    m_week = core::weekKey(m_today);
    setPortfolio(nullptr);
}

void WeeklyReviewView::setPortfolio(app::Portfolio* portfolio)
{
    if (m_portfolio) {
        disconnect(m_portfolio, nullptr, this, nullptr);
    }
    m_portfolio = portfolio;
    setEnabled(portfolio != nullptr);
    if (portfolio) {
        for (auto signal : {&app::Portfolio::taskAdded, &app::Portfolio::taskChanged, &app::Portfolio::taskRemoved}) {
            connect(portfolio, signal, this, &WeeklyReviewView::refresh);
        }
        connect(portfolio, &app::Portfolio::meetingsChanged, this, &WeeklyReviewView::refresh);
        connect(portfolio, &app::Portfolio::personChanged, this, &WeeklyReviewView::refresh);
    }
    refresh();
}

void WeeklyReviewView::setToday(QDate today)
{
    m_today = today;
    setWeek(core::weekKey(today));
}

void WeeklyReviewView::setWeek(const QString& week)
{
    if (core::weekMonday(week)) {
        m_week = week;
        refresh();
    }
}

void WeeklyReviewView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale) {
        refresh();
    }
}

void WeeklyReviewView::refresh()
{
    // Only what is on screen is kept up to date; a hidden view catches up when shown.
    m_stale = !isVisible();
    if (m_stale) {
        return;
    }
    m_refreshing = true;
    m_weekLabel->setText(app::WeeklyReviewReport::weekTitle(m_week));
    m_review->clear();
    m_candidates->clear();
    m_attendees->clear();
    if (!m_portfolio) {
        m_refreshing = false;
        return;
    }
    const app::Portfolio& p = *m_portfolio;
    const QDateTime now = p.now();
    const core::WeeklyReview r = core::weeklyReview(p.tasks(), m_week, now);
    QTreeWidgetItem* successes = group(m_review, tr("Successes to celebrate"), r.completed, p);
    for (int i = 0; i < successes->childCount(); ++i) {
        QTreeWidgetItem* child = successes->child(i);
        const core::Task* t = p.task(child->data(0, TaskRole).toLongLong());
        if (t && t->celebratedOn.isValid()) {
            child->setText(0, QStringLiteral("★ ") + child->text(0));
            child->setToolTip(
                0, tr("Celebrated on %1").arg(QLocale().toString(t->celebratedOn, QLocale::ShortFormat)));
        }
    }
    group(m_review, tr("Slipped"), r.slipped, p);
    group(m_review, tr("Blockers"), r.blocked, p);
    auto* objectives = new QTreeWidgetItem(m_review, {tr("Weekly objectives")});
    QFont bold = objectives->font(0);
    bold.setBold(true);
    objectives->setFont(0, bold);
    for (const core::PersonObjectives& o : r.objectives) {
        const core::Person* person = p.person(o.person);
        auto* line = new QTreeWidgetItem(objectives, {tr("%1 — %2 met, %3 missed")
                                                          .arg(person ? person->name : QString())
                                                          .arg(o.met.size())
                                                          .arg(o.missed.size())});
        for (core::Id id : o.met) {
            auto* c = new QTreeWidgetItem(line, {QStringLiteral("✓ ") + taskText(p, id)});
            c->setData(0, TaskRole, id);
        }
        for (core::Id id : o.missed) {
            auto* c = new QTreeWidgetItem(line, {QStringLiteral("✗ ") + taskText(p, id)});
            c->setData(0, TaskRole, id);
            c->setForeground(0, QColor(0xc0, 0x39, 0x2b));
        }
        line->setExpanded(true);
    }
    if (r.objectives.empty()) {
        new QTreeWidgetItem(objectives, {tr("No objectives were set for this week.")});
    }
    objectives->setExpanded(true);
    group(m_review, tr("Next week's objectives"), r.nextWeek, p);

    // Candidates for next week: open tasks due within three weeks of the week shown, not yet planned.
    const QString next = core::weekAfter(m_week);
    const QDate horizon = core::weekMonday(m_week)->addDays(21);
    std::vector<const core::Task*> open;
    for (const core::Task& t : p.tasks()) {
        if (t.status != core::TaskStatus::Done && t.objectiveWeek != next && t.due.isValid() && t.due <= horizon) {
            open.push_back(&t);
        }
    }
    std::stable_sort(open.begin(), open.end(), [](const auto* a, const auto* b) { return a->due < b->due; });
    for (const core::Task* t : open) {
        auto* item = new QListWidgetItem(taskText(p, t->id), m_candidates);
        item->setData(TaskRole, t->id);
    }

    const core::Meeting* record = app::WeeklyReviewReport::recordOf(p, m_week);
    for (const core::Person& person : p.people()) {
        auto* item = new QListWidgetItem(person.name, m_attendees);
        item->setData(TaskRole, person.id);
        item->setCheckState(record && record->attendees.contains(person.id) ? Qt::Checked : Qt::Unchecked);
    }
    m_notes->setPlainText(record ? record->notes : QString());
    m_decisions->setPlainText(record ? record->decisions : QString());
    m_refreshing = false;
}

void WeeklyReviewView::planSelected()
{
    if (!m_portfolio) {
        return;
    }
    const QString next = core::weekAfter(m_week);
    app::ChangeSet changes;
    for (QListWidgetItem* item : m_candidates->selectedItems()) {
        const auto one = app::TaskEdits::setObjectiveWeek(*m_portfolio, item->data(TaskRole).toLongLong(), next);
        changes.tasks.insert(changes.tasks.end(), one.tasks.begin(), one.tasks.end());
    }
    if (changes.tasks.empty()) {
        emit message(tr("Select the tasks to plan for next week first."));
        return;
    }
    const int count = int(changes.tasks.size());
    if (m_portfolio->submit(tr("Plan %n objective(s) for %1", nullptr, count).arg(next), changes)) {
        emit message(tr("%n objective(s) set for next week.", nullptr, count));
    }
}

void WeeklyReviewView::celebrateSelected()
{
    if (!m_portfolio) {
        return;
    }
    QList<core::Id> ids;
    for (const QTreeWidgetItem* item : m_review->selectedItems()) {
        if (const core::Id id = item->data(0, TaskRole).toLongLong(); id != 0) {
            ids.append(id);
        }
    }
    const app::ChangeSet changes = app::TaskEdits::celebrate(*m_portfolio, ids);
    if (changes.tasks.empty()) {
        emit message(ids.isEmpty() ? tr("Select the successes to celebrate first.")
                                   : tr("Only done tasks not celebrated yet can be celebrated."));
        return;
    }
    const int count = int(changes.tasks.size());
    if (m_portfolio->submit(tr("Celebrate %n success(es)", nullptr, count), changes)) {
        emit message(tr("%n success(es) celebrated.", nullptr, count));
    }
}

bool WeeklyReviewView::saveRecord()
{
    if (!m_portfolio) {
        return false;
    }
    core::Meeting record;
    const core::Meeting* existing = app::WeeklyReviewReport::recordOf(*m_portfolio, m_week);
    if (existing) {
        record = *existing;
    } else {
        record.kind = app::WeeklyReviewReport::meetingKind();
        const QDate monday = *core::weekMonday(m_week);
        record.heldOn = m_today >= monday && m_today <= monday.addDays(6) ? m_today : monday.addDays(4);
        record.title = tr("Weekly review %1").arg(m_week);
    }
    record.notes = m_notes->toPlainText();
    record.decisions = m_decisions->toPlainText();
    record.attendees.clear();
    for (int i = 0; i < m_attendees->count(); ++i) {
        if (m_attendees->item(i)->checkState() == Qt::Checked) {
            record.attendees.append(m_attendees->item(i)->data(TaskRole).toLongLong());
        }
    }
    std::sort(record.attendees.begin(), record.attendees.end());
    if (existing && record == *existing) {
        return true;
    }
    app::ChangeSet changes;
    changes.meetings.push_back({existing ? std::optional(*existing) : std::nullopt, record});
    const bool ok = m_portfolio->submit(tr("Save the weekly review of %1").arg(m_week), changes);
    if (ok) {
        emit message(tr("Saved the meeting record of %1.").arg(app::WeeklyReviewReport::weekTitle(m_week)));
    }
    return ok;
}

bool WeeklyReviewView::exportTo(const QString& path, bool minutes, QString* error)
{
    if (!m_portfolio) {
        *error = tr("no portfolio is open");
        return false;
    }
    const core::WeeklyReview r = core::weeklyReview(m_portfolio->tasks(), m_week, m_portfolio->now());
    QString markdown;
    if (minutes) {
        if (!saveRecord()) {
            *error = tr("the meeting record could not be saved");
            return false;
        }
        markdown = app::WeeklyReviewReport::minutes(*m_portfolio, r, *app::WeeklyReviewReport::recordOf(*m_portfolio, m_week));
    } else {
        markdown = app::WeeklyReviewReport::agenda(*m_portfolio, r);
    }
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown") || suffix == QLatin1String("txt")) {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(markdown.toUtf8()) < 0 || !file.commit()) {
            *error = tr("can't write %1: %2").arg(path, file.errorString());
            return false;
        }
        return true;
    }
    if (suffix == QLatin1String("pdf")) {
        QPdfWriter pdf(path);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
        pdf.setTitle(minutes ? tr("Weekly review minutes") : tr("Weekly review agenda"));
        pdf.setCreator(QStringLiteral("Tiller"));
        QTextDocument document;
        document.setMarkdown(markdown);
        document.print(&pdf);
        if (!QFileInfo(path).size()) {
            *error = tr("can't write %1").arg(path);
            return false;
        }
        return true;
    }
    *error = tr("choose a file ending in .pdf or .md");
    return false;
}

void WeeklyReviewView::exportInteractively(bool minutes)
{
    const QString title = minutes ? tr("Export the Minutes") : tr("Export the Agenda");
    const QString name = (minutes ? QStringLiteral("minutes-%1.pdf") : QStringLiteral("agenda-%1.pdf")).arg(m_week);
    const QString path = Dialogs::saveFileName(this, title, name, tr("PDF (*.pdf);;Markdown (*.md)"));
    if (path.isEmpty()) {
        return;
    }
    QString error;
    if (exportTo(path, minutes, &error)) {
        emit message(tr("Wrote %1").arg(path));
    } else {
        Dialogs::warning(this, title, error);
    }
}

// ---- Stand-up ------------------------------------------------------------------

StandupView::StandupView(QWidget* parent)
    : QWidget(parent), m_board(new QTreeWidget(this)), m_clock(new QLabel(this)),
      m_start(new QPushButton(tr("&Start"), this)), m_timer(new QTimer(this))
{
    QFont big = m_clock->font();
    big.setPointSizeF(big.pointSizeF() * 2.2);
    big.setBold(true);
    m_clock->setFont(big);
    m_clock->setAccessibleName(tr("Time left"));
    auto* reset = new QPushButton(tr("&Reset"), this);
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &StandupView::tick);
    connect(m_start, &QPushButton::clicked, this, [this] {
        if (m_timer->isActive()) {
            m_timer->stop();
        } else {
            if (m_left <= 0) {
                resetTimer();
            }
            m_timer->start();
        }
        updateClock();
    });
    connect(reset, &QPushButton::clicked, this, &StandupView::resetTimer);

    auto* blocked = new QPushButton(tr("Mark &Blocked…"), this);
    auto* done = new QPushButton(tr("Mark &Done"), this);
    auto* tomorrow = new QPushButton(tr("Move to &Tomorrow"), this);
    connect(blocked, &QPushButton::clicked, this, &StandupView::markBlocked);
    connect(done, &QPushButton::clicked, this, &StandupView::markDone);
    connect(tomorrow, &QPushButton::clicked, this, &StandupView::moveToTomorrow);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_clock);
    bar->addWidget(m_start);
    bar->addWidget(reset);
    bar->addStretch(1);
    bar->addWidget(blocked);
    bar->addWidget(done);
    bar->addWidget(tomorrow);

    m_board->setColumnCount(1);
    m_board->setHeaderHidden(true);
    m_board->setAccessibleName(tr("Each person's yesterday, today and blockers"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addLayout(bar);
    layout->addWidget(m_board, 1);
    updateClock();
    setPortfolio(nullptr);
}

void StandupView::setPortfolio(app::Portfolio* portfolio)
{
    if (m_portfolio) {
        disconnect(m_portfolio, nullptr, this, nullptr);
    }
    m_portfolio = portfolio;
    setEnabled(portfolio != nullptr);
    if (portfolio) {
        for (auto signal : {&app::Portfolio::taskAdded, &app::Portfolio::taskChanged, &app::Portfolio::taskRemoved}) {
            connect(portfolio, signal, this, &StandupView::refresh);
        }
    }
    refresh();
}

void StandupView::setToday(QDate today)
{
    m_today = today;
    refresh();
}

void StandupView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale) {
        refresh();
    }
}

void StandupView::refresh()
{
    m_stale = !isVisible();
    if (m_stale) {
        return;
    }
    const core::Id current = currentTask();
    m_board->clear();
    if (!m_portfolio) {
        return;
    }
    const app::Portfolio& p = *m_portfolio;
    for (const core::StandupLine& line : core::standup(p.tasks(), m_today)) {
        const core::Person* person = p.person(line.person);
        auto* top = new QTreeWidgetItem(m_board, {person ? person->name : QString()});
        QFont bold = top->font(0);
        bold.setBold(true);
        top->setFont(0, bold);
        const auto part = [&](const QString& title, const QList<core::Id>& ids, const QColor& colour) {
            auto* g = new QTreeWidgetItem(top, {QStringLiteral("%1 (%2)").arg(title).arg(ids.size())});
            for (core::Id id : ids) {
                const core::Task* t = p.task(id);
                QString text = taskText(p, id);
                if (t && t->status == core::TaskStatus::Blocked && !t->blockedReason.isEmpty()) {
                    text += QStringLiteral(" — ") + t->blockedReason;
                }
                auto* c = new QTreeWidgetItem(g, {text});
                c->setData(0, TaskRole, id);
                if (colour.isValid()) {
                    c->setForeground(0, colour);
                }
                if (id == current) {
                    m_board->setCurrentItem(c);
                }
            }
            g->setExpanded(true);
        };
        part(tr("Yesterday"), line.yesterday, QColor());
        part(tr("Today"), line.today, QColor());
        part(tr("Blockers"), line.blockers, QColor(0xc0, 0x39, 0x2b));
        top->setExpanded(true);
    }
    if (m_board->topLevelItemCount() == 0) {
        new QTreeWidgetItem(m_board, {tr("Nobody has anything under way today.")});
    }
}

void StandupView::tick()
{
    if (m_left > 0) {
        --m_left;
    }
    if (m_left == 0) {
        m_timer->stop();
        emit message(tr("Fifteen minutes: time to wrap up the stand-up."));
    }
    updateClock();
}

void StandupView::resetTimer()
{
    m_timer->stop();
    m_left = 15 * 60;
    updateClock();
}

void StandupView::updateClock()
{
    m_clock->setText(QStringLiteral("%1:%2").arg(m_left / 60, 2, 10, QLatin1Char('0')).arg(m_left % 60, 2, 10, QLatin1Char('0')));
    QPalette palette = m_clock->palette();
    palette.setColor(QPalette::WindowText, m_left == 0 ? QColor(0xc0, 0x39, 0x2b) : this->palette().color(QPalette::WindowText));
    m_clock->setPalette(palette);
    m_start->setText(m_timer->isActive() ? tr("&Pause") : tr("&Start"));
}

core::Id StandupView::currentTask() const
{
    const QTreeWidgetItem* item = m_board->currentItem();
    return item ? item->data(0, TaskRole).toLongLong() : 0;
}

void StandupView::markBlocked()
{
    const core::Task* t = m_portfolio ? m_portfolio->task(currentTask()) : nullptr;
    if (!t) {
        emit message(tr("Select a task first."));
        return;
    }
    const auto reason = Dialogs::text(this, tr("Mark Blocked"), tr("What blocks “%1”?").arg(t->title));
    if (reason && !reason->trimmed().isEmpty()) {
        m_portfolio->submit(app::TaskEdits::statusLabel(*t, core::TaskStatus::Blocked),
                            app::TaskEdits::setStatus(*m_portfolio, t->id, core::TaskStatus::Blocked, *reason));
    }
}

void StandupView::markDone()
{
    const core::Task* t = m_portfolio ? m_portfolio->task(currentTask()) : nullptr;
    if (!t) {
        emit message(tr("Select a task first."));
        return;
    }
    m_portfolio->submit(app::TaskEdits::statusLabel(*t, core::TaskStatus::Done),
                        app::TaskEdits::setStatus(*m_portfolio, t->id, core::TaskStatus::Done));
}

void StandupView::moveToTomorrow()
{
    const core::Task* t = m_portfolio ? m_portfolio->task(currentTask()) : nullptr;
    if (!t) {
        emit message(tr("Select a task first."));
        return;
    }
    core::Task after = *t;
    QDate tomorrow = m_today.addDays(1);
    while (tomorrow.dayOfWeek() > 5) {
        tomorrow = tomorrow.addDays(1);
    }
    after.due = tomorrow;
    app::ChangeSet changes;
    changes.tasks.push_back({*t, after});
    m_portfolio->submit(tr("Move “%1” to %2").arg(t->title, QLocale().toString(tomorrow, QLocale::ShortFormat)), changes);
}

} // namespace tiller::gui
