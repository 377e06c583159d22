// Sets up a voting round: the initiatives on the ballot, the stakeholders, the ballot kind and the counting method.
#pragma once

#include "tiller/core/Voting.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace tiller::app {
class Portfolio;
}

namespace tiller::gui {

class NewRoundDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NewRoundDialog(app::Portfolio* portfolio, QWidget* parent = nullptr);
    core::VotingRound round() const;

    QLineEdit* nameEdit() const { return m_name; }
    QListWidget* initiativeList() const { return m_initiatives; }
    QListWidget* voterList() const { return m_voters; }
    QComboBox* kindBox() const { return m_kind; }

private:
    QLineEdit* m_name;
    QComboBox* m_kind;
    QComboBox* m_method;
    QDateEdit* m_deadline;
    QSpinBox* m_budget;
    QSpinBox* m_cap;
    QListWidget* m_initiatives;
    QListWidget* m_voters;
};

} // namespace tiller::gui
