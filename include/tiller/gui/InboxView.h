// The inbox: the notifications of the program (task handed over, blocker raised, deadlines…), newest first.
#pragma once

#include "tiller/core/Types.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTreeWidget;

namespace tiller::app {
class Portfolio;
}

namespace tiller::gui {

class InboxView : public QWidget
{
    Q_OBJECT
public:
    explicit InboxView(QWidget* parent = nullptr);
    void setPortfolio(app::Portfolio* portfolio);

    QTreeWidget* list() const { return m_list; }
    QComboBox* personChooser() const { return m_person; }
    // Unread notifications of the person shown (everyone's when no one is chosen).
    int unread() const;
    void markSelectedRead();
    void markAllRead();
    static QString kindText(const QString& kind);

signals:
    void taskActivated(core::Id taskId);
    // A notice about a change request (a board decision, a qualification) was opened.
    void requestActivated(core::Id requestId);
    void unreadChanged(int unread);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void refresh();
    void rebuildPeople();

    app::Portfolio* m_portfolio = nullptr;
    QComboBox* m_person;
    QLabel* m_count;
    QTreeWidget* m_list;
    bool m_stale = true;
};

} // namespace tiller::gui
