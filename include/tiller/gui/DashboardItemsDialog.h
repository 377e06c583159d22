// The items behind a figure of the dashboard (the click-through): a list of tasks, bins or requests, each opened
// where it is edited by a double-click or Open, or of customers' answers, read in place.
#pragma once

#include "tiller/app/DashboardItems.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace tiller::gui {

class DashboardItemsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit DashboardItemsDialog(QWidget* parent = nullptr);
    void setItems(const QString& title, const std::vector<app::DashboardItem>& items);
    QTreeWidget* list() const { return m_list; }
    const std::vector<app::DashboardItem>& items() const { return m_items; }
    // Opens the current item (what a double-click does).
    void openCurrent();

signals:
    void opened(const app::DashboardItem& item);

private:
    bool opensSomething(const QTreeWidgetItem* row) const;

    QLabel* m_title;
    QTreeWidget* m_list;
    QPushButton* m_open;
    std::vector<app::DashboardItem> m_items;
};

} // namespace tiller::gui
