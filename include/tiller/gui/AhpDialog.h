// Criteria weights from pairwise comparisons (AHP): a Saaty-scale matrix, the weights, and its consistency.
#pragma once

#include <QDialog>
#include <QList>

class QLabel;
class QTableWidget;

namespace tiller::gui {

class AhpDialog : public QDialog
{
    Q_OBJECT
public:
    AhpDialog(const QStringList& criteria, QWidget* parent = nullptr);

    QTableWidget* matrix() const { return m_matrix; }
    // The weights (summing to 1), empty while the matrix can't be computed.
    QList<double> weights() const { return m_weights; }
    double consistencyRatio() const { return m_cr; }

private:
    void recompute();
    QStringList m_criteria;
    QTableWidget* m_matrix;
    QLabel* m_result;
    QList<double> m_weights;
    double m_cr = 0;
    bool m_updating = false;
};

} // namespace tiller::gui
