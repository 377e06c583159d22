#include "tiller/gui/TasksView.h"

#include "tiller/app/Portfolio.h"
#include "tiller/app/TaskEdits.h"
#include "tiller/app/TaskModel.h"
#include "tiller/app/Text.h"
#include "tiller/core/Rhythm.h"
#include "tiller/gui/ChoiceDelegate.h"
#include "tiller/gui/Dialogs.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QLocale>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTabBar>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace tiller::gui {

namespace {

// A board card: the task's title, then its bin, owner and deadline.
class CardDelegate : public QStyledItemDelegate
{
public:
    CardDelegate(app::Portfolio** portfolio, QDate* today, QObject* parent)
        : QStyledItemDelegate(parent), m_portfolio(portfolio), m_today(today)
    {
    }

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const override
    {
        return {option.rect.width(), option.fontMetrics.height() * 3 + 14};
    }

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        const core::Task* t = *m_portfolio ? (*m_portfolio)->task(index.data(app::TaskModel::IdRole).toLongLong()) : nullptr;
        if (!t) {
            return;
        }
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const QRectF r = QRectF(option.rect).adjusted(3, 3, -3, -3);
        const bool selected = option.state & QStyle::State_Selected;
        painter->setPen(QPen(option.palette.color(selected ? QPalette::Highlight : QPalette::Mid), selected ? 2 : 1));
        painter->setBrush(option.palette.color(QPalette::Base));
        painter->drawRoundedRect(r, 4, 4);
        const QRectF text = r.adjusted(8, 4, -8, -4);
        QFont bold = option.font;
        bold.setBold(true);
        painter->setFont(bold);
        painter->setPen(option.palette.color(QPalette::Text));
        const QFontMetrics fm(bold);
        painter->drawText(QRectF(text.left(), text.top(), text.width(), fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                          fm.elidedText(t->title, Qt::ElideRight, int(text.width())));
        painter->setFont(option.font);
        QColor faint = option.palette.color(QPalette::Text);
        faint.setAlphaF(0.65);
        painter->setPen(faint);
        const core::ProjectBin* b = (*m_portfolio)->bin(t->binId);
        const core::Person* p = (*m_portfolio)->person(t->ownerId);
        const QString who = QStringLiteral("%1 · %2").arg(b ? b->code : QString(), p ? p->name : QString());
        const QFontMetrics small(option.font);
        painter->drawText(QRectF(text.left(), text.top() + fm.height() + 2, text.width(), small.height()),
                          Qt::AlignLeft | Qt::AlignVCenter, small.elidedText(who, Qt::ElideRight, int(text.width())));
        QString when;
        if (t->due.isValid()) {
            when = QLocale().toString(t->due, QLocale::ShortFormat);
            if (t->status != core::TaskStatus::Done && t->due < *m_today) {
                painter->setPen(QColor(0xc0, 0x39, 0x2b));
                when = TasksView::tr("%1 (late)").arg(when);
            }
        }
        if (t->status == core::TaskStatus::Blocked) {
            when = t->blockedReason;
            painter->setPen(QColor(0xc0, 0x39, 0x2b));
        }
        painter->drawText(QRectF(text.left(), text.top() + fm.height() + small.height() + 4, text.width(), small.height()),
                          Qt::AlignLeft | Qt::AlignVCenter, small.elidedText(when, Qt::ElideRight, int(text.width())));
        painter->restore();
    }

private:
    app::Portfolio** m_portfolio;
    QDate* m_today;
};

} // namespace

TasksView::TasksView(QWidget* parent)
    : QWidget(parent), m_scope(new QComboBox(this)), m_me(new QComboBox(this)), m_bin(new QComboBox(this)),
      m_search(new QLineEdit(this)), m_count(new QLabel(this)), m_mode(new QTabBar(this)),
      m_stack(new QStackedWidget(this)), m_table(new QTableView(this))
{
    auto* tools = new QToolBar(this);
    tools->setToolButtonStyle(Qt::ToolButtonTextOnly);
    const auto action = [&](const QString& text, const QKeySequence& key, auto slot) {
        auto* a = new QAction(text, this);
        if (!key.isEmpty()) {
            a->setShortcut(key);
            a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
            a->setToolTip(QStringLiteral("%1 (%2)").arg(QString(text).remove(QLatin1Char('&')).remove(QStringLiteral("…")),
                                                         key.toString(QKeySequence::NativeText)));
        }
        connect(a, &QAction::triggered, this, slot);
        tools->addAction(a);
        addAction(a);
        return a;
    };
    m_new = action(tr("&New Task"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T), [this] { addTask(); });
    m_handOver = action(tr("&Hand Over…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), [this] { handOverCurrent(); });
    tools->addSeparator();
    m_done = action(tr("Mark &Done"), QKeySequence(Qt::CTRL | Qt::Key_Return), [this] { markCurrentDone(); });
    m_block = action(tr("Mark &Blocked…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X), [this] { markCurrentBlocked(); });
    tools->addSeparator();
    m_thisWeek = action(tr("Objective This &Week"), QKeySequence(), [this] { setCurrentObjective(0); });
    m_nextWeek = action(tr("Objective Ne&xt Week"), QKeySequence(), [this] { setCurrentObjective(1); });
    tools->addSeparator();
    m_delete = action(tr("De&lete Task"), QKeySequence::Delete, [this] { deleteCurrent(); });

    m_scope->addItem(tr("All tasks"), int(app::TaskFilterModel::Scope::All));
    m_scope->addItem(tr("Mine"), int(app::TaskFilterModel::Scope::Mine));
    m_scope->addItem(tr("My team"), int(app::TaskFilterModel::Scope::Team));
    m_scope->addItem(tr("Overdue"), int(app::TaskFilterModel::Scope::Overdue));
    m_scope->addItem(tr("Blocked"), int(app::TaskFilterModel::Scope::Blocked));
    m_scope->addItem(tr("This week"), int(app::TaskFilterModel::Scope::ThisWeek));
    m_scope->setAccessibleName(tr("Which tasks"));
    m_me->setAccessibleName(tr("Who you are"));
    m_me->setToolTip(tr("Who “mine” and “my team” mean"));
    m_bin->setAccessibleName(tr("Filter by bin"));
    m_search->setPlaceholderText(tr("Search tasks…"));
    m_search->setClearButtonEnabled(true);
    for (QComboBox* b : {m_scope, m_me, m_bin}) {
        b->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        b->setMinimumContentsLength(10);
        connect(b, &QComboBox::currentIndexChanged, this, &TasksView::updateFilters);
    }
    connect(m_search, &QLineEdit::textChanged, this, &TasksView::updateFilters);
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_scope);
    auto* meLabel = new QLabel(tr("&Me:"), this);
    meLabel->setBuddy(m_me);
    filters->addWidget(meLabel);
    filters->addWidget(m_me);
    filters->addWidget(m_bin);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_count);

    m_mode->setExpanding(false);
    m_mode->setDocumentMode(true);
    m_mode->addTab(tr("Table"));
    m_mode->addTab(tr("Board"));
    connect(m_mode, &QTabBar::currentChanged, this, [this](int i) { m_stack->setCurrentIndex(i); });

    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->setDragEnabled(true);
    m_table->setDragDropMode(QAbstractItemView::DragOnly);
    m_table->setItemDelegate(new ChoiceDelegate(app::TaskModel::ChoicesRole, m_table));
    m_stack->addWidget(m_table);

    auto* board = new QWidget(this);
    auto* columns = new QHBoxLayout(board);
    columns->setContentsMargins(0, 0, 0, 0);
    auto* delegate = new CardDelegate(&m_portfolio, &m_today, this);
    for (int s = 0; s < 4; ++s) {
        auto* box = new QVBoxLayout;
        auto* title = new QLabel(QStringLiteral("<b>%1</b>").arg(app::Text::taskStatus(core::TaskStatus(s))), board);
        m_boardTitles[std::size_t(s)] = title;
        box->addWidget(title);
        auto* list = new QListView(board);
        list->setItemDelegate(delegate);
        list->setDragEnabled(true);
        list->setAcceptDrops(true);
        list->setDropIndicatorShown(true);
        list->setDragDropMode(QAbstractItemView::DragDrop);
        list->setDefaultDropAction(Qt::CopyAction);
        list->setSelectionMode(QAbstractItemView::ExtendedSelection);
        list->setUniformItemSizes(true);
        list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        list->setAccessibleName(app::Text::taskStatus(core::TaskStatus(s)));
        box->addWidget(list, 1);
        columns->addLayout(box, 1);
        m_board[std::size_t(s)] = list;
    }
    m_stack->addWidget(board);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 6, 0);
    layout->addWidget(tools);
    layout->addLayout(filters);
    layout->addWidget(m_mode);
    layout->addWidget(m_stack, 1);
    setPortfolio(nullptr);
}

TasksView::~TasksView() = default;

void TasksView::setPortfolio(app::Portfolio* portfolio)
{
    m_table->setModel(nullptr);
    for (QListView* list : m_board) {
        list->setModel(nullptr);
    }
    delete m_proxy;
    m_proxy = nullptr;
    for (auto*& p : m_boardProxies) {
        delete p;
        p = nullptr;
    }
    delete m_model;
    m_model = nullptr;
    if (m_portfolio) {
        disconnect(m_portfolio, nullptr, this, nullptr);
    }
    m_portfolio = portfolio;
    setEnabled(portfolio != nullptr);
    rebuildChoosers();
    if (portfolio && isVisible()) {
        build();
    }
}

void TasksView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    build();
}

void TasksView::build()
{
    // Built when first shown: 50,000 tasks cost nothing to a program manager who doesn't look at them.
    if (m_model || !m_portfolio) {
        return;
    }
    app::Portfolio* portfolio = m_portfolio;
    m_model = new app::TaskModel(portfolio, this);
    m_model->setToday(m_today);
    m_proxy = new app::TaskFilterModel(portfolio, this);
    m_proxy->setSourceModel(m_model);
    m_table->setModel(m_proxy);
    m_table->sortByColumn(app::TaskModel::Due, Qt::AscendingOrder);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(app::TaskModel::Title, QHeaderView::Stretch);
    for (int c = app::TaskModel::Bin; c < app::TaskModel::ColumnCount; ++c) {
        header->setSectionResizeMode(c, QHeaderView::Interactive);
    }
    header->resizeSection(app::TaskModel::Owner, 150);
    header->resizeSection(app::TaskModel::Note, 180);
    for (int s = 0; s < 4; ++s) {
        auto* proxy = new app::TaskFilterModel(portfolio, this);
        proxy->setSourceModel(m_model);
        proxy->setStatus(s);
        proxy->setSortRole(app::TaskModel::SortRole);
        proxy->sort(app::TaskModel::Due);
        const auto status = core::TaskStatus(s);
        proxy->setDropHandler([this, status](const QList<qint64>& ids) {
            bool any = false;
            for (qint64 id : ids) {
                const core::Task* t = m_portfolio->task(id);
                if (!t || t->status == status) {
                    continue;
                }
                QString reason = t->blockedReason;
                if (status == core::TaskStatus::Blocked) {
                    const auto asked = askBlockedReason(id);
                    if (!asked) {
                        continue;
                    }
                    reason = *asked;
                }
                any = m_portfolio->submit(app::TaskEdits::statusLabel(*t, status),
                                          app::TaskEdits::setStatus(*m_portfolio, id, status, reason)) ||
                      any;
            }
            return any;
        });
        m_boardProxies[std::size_t(s)] = proxy;
        m_board[std::size_t(s)]->setModel(proxy);
        m_board[std::size_t(s)]->setModelColumn(app::TaskModel::Title);
        connect(m_board[std::size_t(s)]->selectionModel(), &QItemSelectionModel::currentChanged, this,
                &TasksView::updateActions);
    }
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &TasksView::updateActions);
    for (auto signal : {&app::Portfolio::taskAdded, &app::Portfolio::taskRemoved, &app::Portfolio::taskChanged}) {
        connect(portfolio, signal, this, [this] {
            updateCount();
            updateActions();
        });
    }
    for (auto signal : {&app::Portfolio::personAdded, &app::Portfolio::personChanged, &app::Portfolio::personRemoved}) {
        connect(portfolio, signal, this, &TasksView::rebuildChoosers);
    }
    connect(portfolio, &app::Portfolio::binsChanged, this, &TasksView::rebuildChoosers);
    rebuildChoosers();
    updateFilters();
}

void TasksView::setToday(QDate today)
{
    m_today = today;
    if (m_model) {
        m_model->setToday(today);
        m_proxy->setToday(today);
        for (auto* p : m_boardProxies) {
            p->setToday(today);
        }
    }
}

void TasksView::rebuildChoosers()
{
    if (m_portfolio && !m_model && isVisible()) {
        build();
        return;
    }
    const QSignalBlocker blockMe(m_me), blockBin(m_bin);
    const QVariant me = m_me->currentData(), bin = m_bin->currentData();
    m_me->clear();
    m_bin->clear();
    m_me->addItem(tr("(choose)"), qint64(0));
    m_bin->addItem(tr("All bins"), qint64(0));
    if (m_portfolio) {
        for (const core::Person& p : m_portfolio->people()) {
            m_me->addItem(p.name, p.id);
        }
        for (const core::ProjectBin& b : m_portfolio->bins()) {
            m_bin->addItem(QStringLiteral("%1 %2").arg(b.code, b.name), b.id);
        }
    }
    m_me->setCurrentIndex(std::max(0, m_me->findData(me)));
    m_bin->setCurrentIndex(std::max(0, m_bin->findData(bin)));
    updateFilters();
}

void TasksView::updateFilters()
{
    if (!m_proxy) {
        return;
    }
    const auto scope = app::TaskFilterModel::Scope(m_scope->currentData().toInt());
    for (app::TaskFilterModel* p : {m_proxy, m_boardProxies[0], m_boardProxies[1], m_boardProxies[2], m_boardProxies[3]}) {
        p->setScope(scope);
        p->setMe(m_me->currentData().toLongLong());
        p->setBin(m_bin->currentData().toLongLong());
        p->setText(m_search->text());
    }
    updateCount();
    updateActions();
}

void TasksView::updateCount()
{
    if (!m_proxy) {
        m_count->clear();
        return;
    }
    const int all = m_model->rowCount(), shown = m_proxy->rowCount();
    for (int s = 0; s < 4; ++s) {
        m_boardTitles[std::size_t(s)]->setText(QStringLiteral("<b>%1</b> (%2)")
                                                   .arg(app::Text::taskStatus(core::TaskStatus(s)))
                                                   .arg(m_boardProxies[std::size_t(s)]->rowCount()));
    }
    m_count->setText(shown == all ? tr("%n task(s)", nullptr, all) : tr("%1 of %n task(s)", nullptr, all).arg(shown));
}

void TasksView::showBoard(bool board) { m_mode->setCurrentIndex(board ? 1 : 0); }

core::Id TasksView::currentId() const
{
    if (!m_proxy) {
        return 0;
    }
    if (m_stack->currentIndex() == 1) {
        for (QListView* list : m_board) {
            if (list->hasFocus() || list->currentIndex().isValid()) {
                const QModelIndex i = list->currentIndex();
                if (i.isValid() && (list->hasFocus() || list->selectionModel()->isSelected(i))) {
                    return i.data(app::TaskModel::IdRole).toLongLong();
                }
            }
        }
        return 0;
    }
    const QModelIndex i = m_table->currentIndex();
    return i.isValid() ? i.data(app::TaskModel::IdRole).toLongLong() : 0;
}

void TasksView::selectTask(core::Id id)
{
    if (!m_model) {
        return;
    }
    const QModelIndex source = m_model->index(m_model->rowOf(id), app::TaskModel::Title);
    QModelIndex at = m_proxy->mapFromSource(source);
    if (!at.isValid()) {
        m_scope->setCurrentIndex(0);
        m_bin->setCurrentIndex(0);
        m_search->clear();
        at = m_proxy->mapFromSource(source);
    }
    m_table->setCurrentIndex(at);
    m_table->scrollTo(at);
    if (const core::Task* t = m_portfolio->task(id)) {
        QListView* list = m_board[std::size_t(t->status)];
        list->setCurrentIndex(m_boardProxies[std::size_t(t->status)]->mapFromSource(source));
    }
    updateActions();
}

void TasksView::updateActions()
{
    const core::Task* t = m_portfolio ? m_portfolio->task(currentId()) : nullptr;
    const bool editable = m_portfolio && !m_portfolio->isReadOnly();
    m_new->setEnabled(editable && !m_portfolio->bins().empty());
    for (QAction* a : {m_handOver, m_block, m_thisWeek, m_nextWeek, m_delete}) {
        a->setEnabled(editable && t);
    }
    m_done->setEnabled(editable && t && t->status != core::TaskStatus::Done);
}

std::optional<QString> TasksView::askBlockedReason(core::Id taskId)
{
    const core::Task* t = m_portfolio ? m_portfolio->task(taskId) : nullptr;
    if (!t) {
        return std::nullopt;
    }
    for (;;) {
        const auto reason = Dialogs::text(this, tr("Mark Blocked"), tr("What blocks “%1”?").arg(t->title));
        if (!reason) {
            return std::nullopt;
        }
        if (!reason->trimmed().isEmpty()) {
            return reason->trimmed();
        }
    }
}

void TasksView::handOverCurrent()
{
    if (const core::Id id = currentId()) {
        TransferDialog::handOver(this, m_portfolio, id);
    }
}

void TasksView::markCurrentDone()
{
    const core::Task* t = m_portfolio ? m_portfolio->task(currentId()) : nullptr;
    if (t) {
        m_portfolio->submit(app::TaskEdits::statusLabel(*t, core::TaskStatus::Done),
                            app::TaskEdits::setStatus(*m_portfolio, t->id, core::TaskStatus::Done));
    }
}

void TasksView::markCurrentBlocked()
{
    const core::Id id = currentId();
    const core::Task* t = m_portfolio ? m_portfolio->task(id) : nullptr;
    if (!t) {
        return;
    }
    if (const auto reason = askBlockedReason(id)) {
        m_portfolio->submit(app::TaskEdits::statusLabel(*t, core::TaskStatus::Blocked),
                            app::TaskEdits::setStatus(*m_portfolio, id, core::TaskStatus::Blocked, *reason));
    }
}

void TasksView::setCurrentObjective(int weeksFromNow)
{
    const core::Task* t = m_portfolio ? m_portfolio->task(currentId()) : nullptr;
    if (!t) {
        return;
    }
    const QString week = weeksFromNow < 0 ? QString() : core::weekAfter(core::weekKey(m_today), weeksFromNow);
    const QString label = weeksFromNow < 0   ? tr("Clear the objective of “%1”").arg(t->title)
                          : weeksFromNow == 0 ? tr("Make “%1” an objective this week").arg(t->title)
                                              : tr("Make “%1” an objective next week").arg(t->title);
    m_portfolio->submit(label, app::TaskEdits::setObjectiveWeek(*m_portfolio, t->id, week));
}

void TasksView::addTask()
{
    if (!m_portfolio || m_portfolio->bins().empty()) {
        return;
    }
    core::Task t;
    const core::Task* current = m_portfolio->task(currentId());
    t.binId = m_bin->currentData().toLongLong();
    if (t.binId == 0) {
        t.binId = current ? current->binId : m_portfolio->bins().front().id;
    }
    t.title = tr("New task");
    t.ownerId = m_me->currentData().toLongLong();
    t.due = m_today.addDays(7);
    t.createdAt = m_portfolio->now();
    app::ChangeSet changes;
    changes.tasks.push_back({std::nullopt, t});
    core::Id added = 0;
    auto connection = connect(m_portfolio, &app::Portfolio::taskAdded, this, [&added](core::Id id) { added = id; });
    const bool ok = m_portfolio->submit(tr("Add a task to %1").arg(m_portfolio->bin(t.binId)->code), changes);
    disconnect(connection);
    if (ok && added) {
        showBoard(false);
        selectTask(added);
        m_table->edit(m_table->currentIndex());
    }
}

void TasksView::deleteCurrent()
{
    const core::Task* t = m_portfolio ? m_portfolio->task(currentId()) : nullptr;
    if (!t) {
        return;
    }
    app::ChangeSet changes;
    for (const auto& transfer : m_portfolio->taskHistory(t->id)) {
        changes.transfers.push_back({transfer, std::nullopt});
    }
    changes.tasks.push_back({*t, std::nullopt});
    if (m_portfolio->submit(tr("Delete task “%1”").arg(t->title), changes)) {
        emit message(tr("Deleted “%1”. Undo with Ctrl+Z.").arg(t->title));
    }
}

// ---- Hand-over ----

bool TransferDialog::handOver(QWidget* parent, app::Portfolio* portfolio, core::Id taskId)
{
    const core::Task* t = portfolio ? portfolio->task(taskId) : nullptr;
    if (!t) {
        return false;
    }
    QDialog dialog(parent);
    dialog.setWindowTitle(TasksView::tr("Hand Over “%1”").arg(t->title));
    dialog.setObjectName(QStringLiteral("TransferDialog"));
    auto* to = new QComboBox(&dialog);
    to->setObjectName(QStringLiteral("to"));
    for (const core::Person& p : portfolio->people()) {
        if (p.id != t->ownerId) {
            to->addItem(p.team.isEmpty() ? p.name : QStringLiteral("%1 (%2)").arg(p.name, p.team), p.id);
        }
    }
    auto* note = new QPlainTextEdit(&dialog);
    note->setObjectName(QStringLiteral("note"));
    note->setPlaceholderText(TasksView::tr("What they need to know: where it stands, who to ask…"));
    note->setTabChangesFocus(true);
    auto* history = new QListWidget(&dialog);
    history->setObjectName(QStringLiteral("history"));
    const QLocale locale;
    for (const core::TaskTransfer& h : portfolio->taskHistory(taskId)) {
        const core::Person* from = portfolio->person(h.fromPerson);
        const core::Person* target = portfolio->person(h.toPerson);
        QString line = TasksView::tr("%1: %2 → %3")
                           .arg(locale.toString(h.at.toLocalTime(), QLocale::ShortFormat),
                                from ? from->name : TasksView::tr("nobody"), target ? target->name : TasksView::tr("nobody"));
        if (!h.note.isEmpty()) {
            line += QStringLiteral(" — ") + h.note;
        }
        history->addItem(line);
    }
    if (history->count() == 0) {
        history->addItem(TasksView::tr("Never handed over."));
    }
    const core::Person* owner = portfolio->person(t->ownerId);
    auto* form = new QFormLayout;
    form->addRow(TasksView::tr("Now with:"), new QLabel(owner ? owner->name : TasksView::tr("nobody"), &dialog));
    form->addRow(TasksView::tr("Hand &to:"), to);
    form->addRow(TasksView::tr("&Note:"), note);
    form->addRow(TasksView::tr("History:"), history);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(TasksView::tr("Hand Over"));
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        const core::Id target = to->currentData().toLongLong();
        if (portfolio->submit(TasksView::tr("Hand “%1” over").arg(t->title),
                              app::TaskEdits::transfer(*portfolio, taskId, target, note->toPlainText()))) {
            dialog.accept();
        }
    });
    auto* layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(buttons);
    dialog.resize(520, 420);
    return Dialogs::exec(dialog) == QDialog::Accepted;
}

} // namespace tiller::gui
