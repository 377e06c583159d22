// The decision log: every frozen decision, and any two side by side (what moved, and the weights that changed).
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QTableWidget;

namespace tiller::app {
class Portfolio;
}

namespace tiller::gui {

class DecisionsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit DecisionsDialog(app::Portfolio* portfolio, QWidget* parent = nullptr);
    QComboBox* firstBox() const { return m_a; }
    QComboBox* secondBox() const { return m_b; }
    QTableWidget* table() const { return m_table; }

private:
    void compare();
    app::Portfolio* m_portfolio;
    QComboBox* m_a;
    QComboBox* m_b;
    QTableWidget* m_table;
    QLabel* m_weights;
};

} // namespace tiller::gui
