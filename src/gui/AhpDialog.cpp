#include "tiller/gui/AhpDialog.h"

#include "tiller/core/Ahp.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tiller::gui {

namespace {

// Saaty's scale as people say it: "A is moderately more important than B".
const std::pair<double, const char*> Scale[] = {
    {9, QT_TRANSLATE_NOOP("tiller::gui::AhpDialog", "9 — extremely more")},
    {7, QT_TRANSLATE_NOOP("tiller::gui::AhpDialog", "7 — very strongly more")},
    {5, QT_TRANSLATE_NOOP("tiller::gui::AhpDialog", "5 — strongly more")},
    {3, QT_TRANSLATE_NOOP("tiller::gui::AhpDialog", "3 — moderately more")},
    {1, QT_TRANSLATE_NOOP("tiller::gui::AhpDialog", "1 — equally")},
    {1.0 / 3, QT_TRANSLATE_NOOP("tiller::gui::AhpDialog", "1/3 — moderately less")},
    {1.0 / 5, QT_TRANSLATE_NOOP("tiller::gui::AhpDialog", "1/5 — strongly less")},
    {1.0 / 7, QT_TRANSLATE_NOOP("tiller::gui::AhpDialog", "1/7 — very strongly less")},
    {1.0 / 9, QT_TRANSLATE_NOOP("tiller::gui::AhpDialog", "1/9 — extremely less")},
};

} // namespace

AhpDialog::AhpDialog(const QStringList& criteria, QWidget* parent)
    : QDialog(parent), m_criteria(criteria), m_matrix(new QTableWidget(int(criteria.size()), int(criteria.size()), this)),
      m_result(new QLabel(this))
{
    setWindowTitle(tr("Weights from Pairwise Comparisons"));
    m_matrix->setHorizontalHeaderLabels(criteria);
    m_matrix->setVerticalHeaderLabels(criteria);
    m_matrix->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_matrix->setAccessibleName(tr("Comparison matrix"));
    // Only the upper triangle is asked; the lower one is its reciprocal.
    for (int i = 0; i < criteria.size(); ++i) {
        for (int j = 0; j < criteria.size(); ++j) {
            if (j > i) {
                auto* box = new QComboBox(m_matrix);
                for (const auto& [value, label] : Scale) {
                    box->addItem(tr(label), value);
                }
                box->setCurrentIndex(4); // equally
                box->setToolTip(tr("How much more important is %1 than %2?").arg(criteria[i], criteria[j]));
                connect(box, &QComboBox::currentIndexChanged, this, &AhpDialog::recompute);
                m_matrix->setCellWidget(i, j, box);
            } else {
                auto* item = new QTableWidgetItem(i == j ? QStringLiteral("1") : QString());
                item->setFlags(Qt::ItemIsEnabled);
                item->setTextAlignment(Qt::AlignCenter);
                m_matrix->setItem(i, j, item);
            }
        }
    }
    m_result->setWordWrap(true);
    auto* help = new QLabel(tr("Read each row: how much more important is the row's criterion than the column's? "
                               "Tiller derives the weights (the principal eigenvector) and checks that your answers "
                               "hang together (consistency ratio at most 0.10)."),
                            this);
    help->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Use These Weights"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(help);
    layout->addWidget(m_matrix, 1);
    layout->addWidget(m_result);
    layout->addWidget(buttons);
    recompute();
    resize(qMax(560, 150 * int(criteria.size())), 200 + 40 * int(criteria.size()));
}

void AhpDialog::recompute()
{
    const int n = int(m_criteria.size());
    std::vector<std::vector<double>> a(std::size_t(n), std::vector<double>(std::size_t(n), 1.0));
    for (int i = 0; i < n; ++i) {
        for (int j = i + 1; j < n; ++j) {
            const double v = static_cast<QComboBox*>(m_matrix->cellWidget(i, j))->currentData().toDouble();
            a[i][j] = v;
            a[j][i] = 1.0 / v;
            m_matrix->item(j, i)->setText(v >= 1 ? QStringLiteral("1/%1").arg(qRound(v)) : QString::number(qRound(1 / v)));
        }
    }
    const auto result = core::computeAhp(m_criteria, a);
    m_weights.clear();
    if (!result) {
        m_result->setText(tr("These comparisons can't be computed."));
        return;
    }
    m_weights = result->weights;
    m_cr = result->cr;
    QStringList parts;
    const QLocale locale;
    for (int i = 0; i < n; ++i) {
        parts.append(QStringLiteral("%1 %2 %").arg(m_criteria[i], locale.toString(result->weights[i] * 100, 'f', 1)));
    }
    QString text = tr("Weights: %1. Consistency ratio %2.")
                       .arg(parts.join(QStringLiteral(", ")), locale.toString(result->cr, 'f', 3));
    if (!result->consistent()) {
        text += QStringLiteral("<br><b>") +
                tr("The comparisons contradict each other (ratio above 0.10): revisit them before using these "
                   "weights.") +
                QStringLiteral("</b>");
    }
    m_result->setText(text);
}

} // namespace tiller::gui
