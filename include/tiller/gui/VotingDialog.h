// One stakeholder's ballot: rank by drag and drop or keys (ties allowed), give dots, or sort into MoSCoW.
#pragma once

#include "tiller/core/Voting.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QListWidget;
class QTableWidget;

namespace tiller::app {
class Portfolio;
}

namespace tiller::gui {

class VotingDialog : public QDialog
{
    Q_OBJECT
public:
    VotingDialog(app::Portfolio* portfolio, core::Id roundId, QWidget* parent = nullptr);

    QComboBox* voterBox() const { return m_voter; }
    QListWidget* rankingList() const { return m_list; }
    QTableWidget* valuesTable() const { return m_table; }
    // Moves the current row of the ranking up or down; ties follow the row.
    void moveCurrent(int delta);
    // Ties the current row with the one above it (or unties it).
    void toggleTie();
    QList<core::BallotEntry> entries() const;
    bool save(bool submit);

private:
    void loadBallot();
    void showCard(core::Id initiativeId);
    void updateBudget();

    app::Portfolio* m_portfolio;
    core::VotingRound m_round;
    QComboBox* m_voter;
    QListWidget* m_list = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_card;
    QLabel* m_budget;
};

} // namespace tiller::gui
