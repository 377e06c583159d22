// The change board view: the requests (submitted, qualified, decided), the session in progress, the decision log.
#pragma once

#include "tiller/core/Types.h"

#include <QWidget>

class QTabWidget;

namespace tiller::app {
class Portfolio;
}

namespace tiller::gui {

class BoardSessionPanel;
class DecisionLogPanel;
class RequestsPanel;

class ChangeBoardView : public QWidget
{
    Q_OBJECT
public:
    explicit ChangeBoardView(QWidget* parent = nullptr);
    void setPortfolio(app::Portfolio* portfolio);

    enum class Page { Requests, Session, Log };
    void showPage(Page page);
    RequestsPanel* requests() const { return m_requests; }
    BoardSessionPanel* session() const { return m_session; }
    DecisionLogPanel* log() const { return m_log; }

signals:
    void message(const QString& text);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void build();

    app::Portfolio* m_portfolio = nullptr;
    QTabWidget* m_tabs;
    RequestsPanel* m_requests = nullptr;
    BoardSessionPanel* m_session = nullptr;
    DecisionLogPanel* m_log = nullptr;
    bool m_stale = true;
};

} // namespace tiller::gui
