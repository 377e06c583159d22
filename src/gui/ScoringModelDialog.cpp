#include "tiller/gui/ScoringModelDialog.h"

#include "tiller/app/Portfolio.h"
#include "tiller/app/Text.h"
#include "tiller/gui/AhpDialog.h"
#include "tiller/gui/Dialogs.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace tiller::gui {

namespace {

enum Column { Name, Side, Weight, Min, Max, ColumnCount };
constexpr int IdRole = Qt::UserRole + 1;
constexpr int RoleRole = Qt::UserRole + 2;

QDoubleSpinBox* spin(double value, double lo, double hi, double step, QWidget* parent)
{
    auto* s = new QDoubleSpinBox(parent);
    s->setRange(lo, hi);
    s->setDecimals(2);
    s->setSingleStep(step);
    s->setValue(value);
    s->setFrame(false);
    return s;
}

} // namespace

ScoringModelDialog::ScoringModelDialog(app::Portfolio* portfolio, const core::ScoringModel& model, QWidget* parent)
    : QDialog(parent), m_portfolio(portfolio), m_model(model), m_name(new QLineEdit(model.name, this)),
      m_table(new QTableWidget(0, ColumnCount, this)), m_problem(new QLabel(this))
{
    setWindowTitle(tr("Scoring Model"));
    m_table->setHorizontalHeaderLabels({tr("Criterion"), tr("Side"), tr("Weight"), tr("Scale from"), tr("to")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAccessibleName(tr("Criteria"));
    QList<core::Criterion> criteria = model.criteria;
    std::sort(criteria.begin(), criteria.end(), [](const auto& a, const auto& b) { return a.sortOrder < b.sortOrder; });
    for (const core::Criterion& c : criteria) {
        addRow(c);
    }
    const bool weighted = model.kind == core::ModelKind::Weighted;
    m_table->setColumnHidden(Weight, !weighted);
    m_problem->setWordWrap(true);
    m_problem->setForegroundRole(QPalette::BrightText);

    auto* add = new QPushButton(tr("&Add Criterion"), this);
    auto* remove = new QPushButton(tr("&Remove Criterion"), this);
    auto* ahp = new QPushButton(tr("&Weights from Comparisons…"), this);
    ahp->setToolTip(tr("Derive the weights of the criteria from pairwise comparisons (AHP)"));
    add->setEnabled(weighted); // RICE and WSJF have fixed formulas
    remove->setEnabled(weighted);
    ahp->setEnabled(weighted);
    connect(ahp, &QPushButton::clicked, this, &ScoringModelDialog::weightsFromComparisons);
    connect(add, &QPushButton::clicked, this, [this] {
        core::Criterion c;
        c.name = tr("New criterion");
        addRow(c);
        m_table->setCurrentCell(m_table->rowCount() - 1, Name);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, Name));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row >= 0) {
            m_table->removeRow(row);
        }
    });
    auto* note = new QLabel(weighted ? tr("Benefit and cost are each the weighted mean of their criteria, on each "
                                          "criterion's own scale. Changing a weight re-scores every initiative; "
                                          "Edit ▸ Undo takes it back.")
                                     : tr("This model's formula is fixed; you can rename criteria and change "
                                          "their scales."),
                              this);
    note->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->addButton(add, QDialogButtonBox::ActionRole);
    buttons->addButton(remove, QDialogButtonBox::ActionRole);
    buttons->addButton(ahp, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (apply()) {
            accept();
        }
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(720, 420);
}

void ScoringModelDialog::addRow(const core::Criterion& c)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto* name = new QTableWidgetItem(c.name);
    name->setData(IdRole, c.id);
    name->setData(RoleRole, int(c.role));
    m_table->setItem(row, Name, name);
    auto* side = new QComboBox(m_table);
    side->addItem(tr("Benefit"), int(core::CriterionSide::Benefit));
    side->addItem(tr("Cost"), int(core::CriterionSide::Cost));
    side->setCurrentIndex(c.side == core::CriterionSide::Benefit ? 0 : 1);
    side->setEnabled(m_model.kind == core::ModelKind::Weighted);
    side->setFrame(false);
    m_table->setCellWidget(row, Side, side);
    m_table->setCellWidget(row, Weight, spin(c.weight, 0, 100, 0.5, m_table));
    m_table->setCellWidget(row, Min, spin(c.scaleMin, -1e9, 1e9, 1, m_table));
    m_table->setCellWidget(row, Max, spin(c.scaleMax, -1e9, 1e9, 1, m_table));
}

void ScoringModelDialog::weightsFromComparisons()
{
    // Weights only compare within a side (benefit is a weighted mean, cost another):
    // compare the criteria on the side of the current row.
    auto sideOf = [this](int row) {
        return static_cast<QComboBox*>(m_table->cellWidget(row, Side))->currentData().toInt();
    };
    const int side = m_table->currentRow() >= 0 ? sideOf(m_table->currentRow()) : int(core::CriterionSide::Benefit);
    QStringList names;
    QList<int> rows;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (sideOf(row) == side) {
            names.append(m_table->item(row, Name)->text().trimmed());
            rows.append(row);
        }
    }
    if (names.size() < 2) {
        m_problem->setText(tr("Pairwise comparison needs at least two criteria on the same side."));
        return;
    }
    AhpDialog dialog(names, this);
    if (Dialogs::exec(dialog) != QDialog::Accepted || dialog.weights().size() != names.size()) {
        return;
    }
    // Weights on a 0–10 scale read better than fractions; only their ratios matter.
    const QList<double> w = dialog.weights();
    const double top = *std::max_element(w.begin(), w.end());
    for (int k = 0; k < rows.size(); ++k) {
        static_cast<QDoubleSpinBox*>(m_table->cellWidget(rows[k], Weight))->setValue(std::round(w[k] / top * 1000) / 100);
    }
}

core::ScoringModel ScoringModelDialog::editedModel() const
{
    core::ScoringModel m = m_model;
    m.name = m_name->text().trimmed();
    m.criteria.clear();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        core::Criterion c;
        const QTableWidgetItem* name = m_table->item(row, Name);
        c.id = name->data(IdRole).toLongLong();
        c.role = core::CriterionRole(name->data(RoleRole).toInt());
        c.name = name->text().trimmed();
        c.side = core::CriterionSide(static_cast<QComboBox*>(m_table->cellWidget(row, Side))->currentData().toInt());
        c.weight = static_cast<QDoubleSpinBox*>(m_table->cellWidget(row, Weight))->value();
        c.scaleMin = static_cast<QDoubleSpinBox*>(m_table->cellWidget(row, Min))->value();
        c.scaleMax = static_cast<QDoubleSpinBox*>(m_table->cellWidget(row, Max))->value();
        c.sortOrder = row;
        // Unchanged criteria keep their stored version, so the write sees no difference.
        for (const core::Criterion& old : m_model.criteria) {
            if (old.id == c.id && c.id != 0) {
                c.version = old.version;
            }
        }
        m.criteria.append(c);
    }
    return m;
}

bool ScoringModelDialog::apply()
{
    const core::ScoringModel after = editedModel();
    if (after.name.isEmpty()) {
        m_problem->setText(tr("The model needs a name."));
        return false;
    }
    if (auto problem = core::validateModel(after)) {
        m_problem->setText(app::Text::modelProblem(*problem));
        return false;
    }
    if (after == m_model) {
        return true;
    }
    app::ChangeSet changes;
    changes.models.push_back({m_model, after});
    if (!m_portfolio->submit(tr("Edit the model %1").arg(m_model.name), std::move(changes))) {
        m_problem->setText(tr("The change was refused; see the status bar."));
        return false;
    }
    return true;
}

} // namespace tiller::gui
