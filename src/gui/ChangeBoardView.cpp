#include "tiller/gui/ChangeBoardView.h"

#include "tiller/app/Portfolio.h"
#include "tiller/gui/BoardSessionPanel.h"
#include "tiller/gui/RequestsPanel.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace tiller::gui {

ChangeBoardView::ChangeBoardView(QWidget* parent) : QWidget(parent), m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("changeBoardView"));
    m_tabs->setObjectName(QStringLiteral("changeBoardTabs"));
    m_tabs->setDocumentMode(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_tabs);
}

void ChangeBoardView::setPortfolio(app::Portfolio* portfolio)
{
    m_portfolio = portfolio;
    // The panels hold the portfolio: they go with it and are built again when shown.
    while (m_tabs->count() > 0) {
        QWidget* page = m_tabs->widget(0);
        m_tabs->removeTab(0);
        delete page;
    }
    m_requests = nullptr;
    m_session = nullptr;
    m_log = nullptr;
    m_stale = true;
    if (isVisible()) {
        build();
    }
}

void ChangeBoardView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale) {
        build();
    }
}

void ChangeBoardView::build()
{
    m_stale = false;
    if (!m_portfolio) {
        return;
    }
    m_requests = new RequestsPanel(m_portfolio, this);
    m_session = new BoardSessionPanel(m_portfolio, this);
    m_log = new DecisionLogPanel(m_portfolio, this);
    m_tabs->addTab(m_requests, tr("&Requests"));
    m_tabs->addTab(m_session, tr("&Session"));
    m_tabs->addTab(m_log, tr("&Decision Log"));
    connect(m_session, &BoardSessionPanel::message, this, &ChangeBoardView::message);
    // From the log to the request.
    connect(m_log, &DecisionLogPanel::requestActivated, this, [this](core::Id id) {
        m_tabs->setCurrentWidget(m_requests);
        m_requests->selectRequest(id);
    });
    connect(m_requests, &RequestsPanel::message, this, &ChangeBoardView::message);
}

void ChangeBoardView::showPage(Page page)
{
    if (m_stale) {
        build();
    }
    if (m_tabs->count() == 3) {
        m_tabs->setCurrentIndex(int(page));
    }
}

} // namespace tiller::gui
