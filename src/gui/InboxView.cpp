#include "tiller/gui/InboxView.h"

#include "tiller/app/Portfolio.h"
#include "tiller/core/Rhythm.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tiller::gui {

namespace {
constexpr int IdRole = Qt::UserRole;
constexpr int TaskRole = Qt::UserRole + 1;
constexpr int RequestRole = Qt::UserRole + 2;
} // namespace

QString InboxView::kindText(const QString& kind)
{
    switch (core::notificationKindFromKey(kind).value_or(core::NotificationKind::DueSoon)) {
    case core::NotificationKind::DueSoon:
        return tr("Due soon");
    case core::NotificationKind::Overdue:
        return tr("Overdue");
    case core::NotificationKind::TaskTransferred:
        return tr("Handed over");
    case core::NotificationKind::BlockerRaised:
        return tr("Blocker");
    case core::NotificationKind::ChangeDecided:
        return tr("Change decided");
    case core::NotificationKind::RoundOpened:
        return tr("Vote opened");
    case core::NotificationKind::RoundClosing:
        return tr("Vote closing");
    }
    return kind;
}

InboxView::InboxView(QWidget* parent)
    : QWidget(parent), m_person(new QComboBox(this)), m_count(new QLabel(this)), m_list(new QTreeWidget(this))
{
    m_person->setAccessibleName(tr("Whose notifications"));
    m_person->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_person->setMinimumContentsLength(16);
    connect(m_person, &QComboBox::currentIndexChanged, this, &InboxView::refresh);
    auto* read = new QPushButton(tr("Mark &Read"), this);
    auto* all = new QPushButton(tr("Mark &All Read"), this);
    connect(read, &QPushButton::clicked, this, &InboxView::markSelectedRead);
    connect(all, &QPushButton::clicked, this, &InboxView::markAllRead);
    auto* bar = new QHBoxLayout;
    auto* label = new QLabel(tr("&For:"), this);
    label->setBuddy(m_person);
    bar->addWidget(label);
    bar->addWidget(m_person);
    bar->addWidget(m_count, 1);
    bar->addWidget(read);
    bar->addWidget(all);

    m_list->setColumnCount(4);
    m_list->setHeaderLabels({tr("When"), tr("For"), tr("What"), tr("Message")});
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setStretchLastSection(true);
    m_list->setAccessibleName(tr("Notifications"));
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        // Read the item first: marking it read rebuilds the list, and the item with it.
        const core::Id notification = item->data(0, IdRole).toLongLong();
        const core::Id task = item->data(0, TaskRole).toLongLong();
        const core::Id request = item->data(0, RequestRole).toLongLong();
        if (m_portfolio) {
            m_portfolio->markNotificationsRead({notification});
        }
        if (task != 0) {
            emit taskActivated(task);
        } else if (request != 0) {
            emit requestActivated(request);
        }
    });
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addLayout(bar);
    layout->addWidget(m_list, 1);
    setPortfolio(nullptr);
}

void InboxView::setPortfolio(app::Portfolio* portfolio)
{
    if (m_portfolio) {
        disconnect(m_portfolio, nullptr, this, nullptr);
    }
    m_portfolio = portfolio;
    setEnabled(portfolio != nullptr);
    if (portfolio) {
        connect(portfolio, &app::Portfolio::notificationsChanged, this, &InboxView::refresh);
        for (auto signal : {&app::Portfolio::personAdded, &app::Portfolio::personChanged, &app::Portfolio::personRemoved}) {
            connect(portfolio, signal, this, &InboxView::rebuildPeople);
        }
    }
    rebuildPeople();
}

void InboxView::rebuildPeople()
{
    const QSignalBlocker block(m_person);
    const QVariant current = m_person->currentData();
    m_person->clear();
    m_person->addItem(tr("Everyone"), qint64(0));
    if (m_portfolio) {
        for (const core::Person& p : m_portfolio->people()) {
            m_person->addItem(p.name, p.id);
        }
    }
    m_person->setCurrentIndex(std::max(0, m_person->findData(current)));
    refresh();
}

int InboxView::unread() const
{
    if (!m_portfolio) {
        return 0;
    }
    const core::Id person = m_person->currentData().toLongLong();
    return int(std::count_if(m_portfolio->notifications().begin(), m_portfolio->notifications().end(), [&](const auto& n) {
        return !n.readAt.isValid() && (person == 0 || n.personId == person);
    }));
}

void InboxView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale) {
        refresh();
    }
}

void InboxView::refresh()
{
    // The count is cheap and shown in the sidebar; the list is built only when on screen.
    m_stale = !isVisible();
    if (m_stale) {
        emit unreadChanged(unread());
        return;
    }
    m_list->clear();
    if (!m_portfolio) {
        m_count->clear();
        emit unreadChanged(0);
        return;
    }
    const core::Id person = m_person->currentData().toLongLong();
    const QLocale locale;
    const auto& all = m_portfolio->notifications();
    QList<QTreeWidgetItem*> items;
    for (auto it = all.rbegin(); it != all.rend(); ++it) {
        const core::Notification& n = *it;
        if (person != 0 && n.personId != person) {
            continue;
        }
        const core::Person* who = m_portfolio->person(n.personId);
        auto* item = new QTreeWidgetItem({locale.toString(n.createdAt.toLocalTime(), QLocale::ShortFormat),
                                          who ? who->name : QString(), kindText(n.kind), n.text});
        item->setData(0, IdRole, n.id);
        item->setData(0, TaskRole, n.entity == QLatin1String("task") ? n.entityId : 0);
        item->setData(0, RequestRole, n.entity == QLatin1String("change_request") ? n.entityId : 0);
        if (!n.readAt.isValid()) {
            for (int c = 0; c < 4; ++c) {
                QFont f = item->font(c);
                f.setBold(true);
                item->setFont(c, f);
            }
        }
        items.append(item);
    }
    m_list->addTopLevelItems(items);
    for (int c = 0; c < 3; ++c) {
        m_list->resizeColumnToContents(c);
    }
    const int count = unread();
    m_count->setText(items.isEmpty() ? tr("Nothing to read.") : tr("%n unread", nullptr, count));
    emit unreadChanged(count);
}

void InboxView::markSelectedRead()
{
    QList<core::Id> ids;
    for (QTreeWidgetItem* item : m_list->selectedItems()) {
        ids.append(item->data(0, IdRole).toLongLong());
    }
    if (m_portfolio && !ids.isEmpty()) {
        m_portfolio->markNotificationsRead(ids);
    }
}

void InboxView::markAllRead()
{
    QList<core::Id> ids;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        ids.append(m_list->topLevelItem(i)->data(0, IdRole).toLongLong());
    }
    if (m_portfolio && !ids.isEmpty()) {
        m_portfolio->markNotificationsRead(ids);
    }
}

} // namespace tiller::gui
