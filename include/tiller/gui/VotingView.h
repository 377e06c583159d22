// Voting rounds: open one, let stakeholders vote, close it, read the result by every method, apply it.
#pragma once

#include "tiller/core/Types.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace tiller::app {
class Portfolio;
}

namespace tiller::gui {

class VotingView : public QWidget
{
    Q_OBJECT
public:
    explicit VotingView(QWidget* parent = nullptr);
    void setPortfolio(app::Portfolio* portfolio);

    QListWidget* roundList() const { return m_rounds; }
    QTableWidget* resultTable() const { return m_results; }
    QTableWidget* pairwiseTable() const { return m_pairwise; }
    QLabel* summary() const { return m_summary; }
    core::Id currentRound() const;
    void selectRound(core::Id id);

    void newRound();
    void vote();
    void closeRound();
    void reopenRound();
    void applyResult();
    void showDecisions();
    void importBallots();

signals:
    void message(const QString& text);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void reload();
    void showRound();

    app::Portfolio* m_portfolio = nullptr;
    QListWidget* m_rounds;
    QLabel* m_title;
    QLabel* m_summary;
    QTableWidget* m_results;
    QLabel* m_pairwiseTitle;
    QTableWidget* m_pairwise;
    QPushButton* m_new;
    QPushButton* m_vote;
    QPushButton* m_close;
    QPushButton* m_reopen;
    QPushButton* m_apply;
    QPushButton* m_decisions;
    QPushButton* m_import;
    bool m_stale = true; // reloaded when next shown: opening a portfolio doesn't pay for a hidden view
};

} // namespace tiller::gui
