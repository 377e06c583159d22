#include "tiller/gui/DashboardItemsDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace tiller::gui {

DashboardItemsDialog::DashboardItemsDialog(QWidget* parent)
    : QDialog(parent), m_title(new QLabel(this)), m_list(new QTreeWidget(this)), m_open(nullptr)
{
    setWindowTitle(tr("Behind the Figure"));
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_list->setObjectName(QStringLiteral("dashboardItems"));
    m_list->setColumnCount(3);
    m_list->setHeaderLabels({tr("Code"), tr("Item"), tr("Details")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setAccessibleName(tr("Items behind the figure"));
    m_list->header()->setStretchLastSection(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_open = buttons->addButton(tr("&Open"), QDialogButtonBox::ActionRole);
    m_open->setToolTip(tr("Open the item where it is edited (or double-click it)"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_open, &QPushButton::clicked, this, &DashboardItemsDialog::openCurrent);
    connect(m_list, &QTreeWidget::itemActivated, this, [this] { openCurrent(); });
    connect(m_list, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem* current) { m_open->setEnabled(opensSomething(current)); });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(760, 420);
}

void DashboardItemsDialog::setItems(const QString& title, const std::vector<app::DashboardItem>& items)
{
    m_items = items;
    m_title->setText(items.empty() ? tr("%1: nothing to show.").arg(title)
                                   : tr("%1 (%n item(s))", nullptr, int(items.size())).arg(title));
    setWindowTitle(title);
    m_list->clear();
    QList<QTreeWidgetItem*> rows;
    rows.reserve(qsizetype(items.size()));
    for (std::size_t i = 0; i < items.size(); ++i) {
        auto* row = new QTreeWidgetItem({items[i].code, items[i].title, items[i].detail});
        row->setData(0, Qt::UserRole, qulonglong(i));
        row->setToolTip(1, items[i].title);
        row->setToolTip(2, items[i].detail);
        rows.append(row);
    }
    m_list->addTopLevelItems(rows);
    for (int c = 0; c < 2; ++c) {
        m_list->resizeColumnToContents(c);
        m_list->setColumnWidth(c, std::min(m_list->columnWidth(c) + 16, 320));
    }
    if (!rows.isEmpty()) {
        m_list->setCurrentItem(rows.front());
    }
    m_open->setEnabled(opensSomething(m_list->currentItem()));
    m_open->setVisible(
        std::any_of(items.begin(), items.end(), [](const auto& i) { return i.opens != app::DashboardItem::Nothing; }));
}

bool DashboardItemsDialog::opensSomething(const QTreeWidgetItem* row) const
{
    if (!row) {
        return false;
    }
    const std::size_t i = row->data(0, Qt::UserRole).toULongLong();
    return i < m_items.size() && m_items[i].opens != app::DashboardItem::Nothing;
}

void DashboardItemsDialog::openCurrent()
{
    const QTreeWidgetItem* row = m_list->currentItem();
    if (!row) {
        return;
    }
    if (opensSomething(row)) {
        emit opened(m_items[row->data(0, Qt::UserRole).toULongLong()]);
    }
}

} // namespace tiller::gui
