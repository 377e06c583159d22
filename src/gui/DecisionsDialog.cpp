#include "tiller/gui/DecisionsDialog.h"

#include "tiller/app/Decisions.h"
#include "tiller/app/Portfolio.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tiller::gui {

DecisionsDialog::DecisionsDialog(app::Portfolio* portfolio, QWidget* parent)
    : QDialog(parent), m_portfolio(portfolio), m_a(new QComboBox(this)), m_b(new QComboBox(this)),
      m_table(new QTableWidget(0, 6, this)), m_weights(new QLabel(this))
{
    setWindowTitle(tr("Decisions"));
    for (const auto& s : portfolio->snapshots()) {
        const QString label = tr("%1 — %2 by %3")
                                  .arg(s.title, QLocale().toString(s.takenAt.toLocalTime(), QLocale::ShortFormat), s.actor);
        m_a->addItem(label, s.id);
        m_b->addItem(label, s.id);
    }
    // The two latest decisions, older first: the usual question is "what changed since?".
    m_b->setCurrentIndex(m_b->count() - 1);
    m_a->setCurrentIndex(qMax(0, m_a->count() - 2));
    m_table->setHorizontalHeaderLabels(
        {tr("Initiative"), tr("Place then"), tr("Place now"), tr("Moved"), tr("Score then"), tr("Score now")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->setAccessibleName(tr("What moved"));
    m_weights->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Then:"), m_a);
    form->addRow(tr("&Now:"), m_b);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_weights);
    layout->addWidget(buttons);
    connect(m_a, &QComboBox::currentIndexChanged, this, &DecisionsDialog::compare);
    connect(m_b, &QComboBox::currentIndexChanged, this, &DecisionsDialog::compare);
    compare();
    resize(760, 520);
}

void DecisionsDialog::compare()
{
    const core::DecisionSnapshot* a = nullptr;
    const core::DecisionSnapshot* b = nullptr;
    for (const auto& s : m_portfolio->snapshots()) {
        if (s.id == m_a->currentData().toLongLong()) {
            a = &s;
        }
        if (s.id == m_b->currentData().toLongLong()) {
            b = &s;
        }
    }
    m_table->setRowCount(0);
    if (!a || !b) {
        m_weights->setText(tr("No decision recorded yet: closing a voting round or applying its result records one."));
        return;
    }
    const app::DecisionComparison cmp = app::compareDecisions(*a, *b);
    m_table->setRowCount(int(cmp.rows.size()));
    const QLocale locale;
    for (int r = 0; r < cmp.rows.size(); ++r) {
        const auto& row = cmp.rows[r];
        QString moved;
        if (row.placeA && row.placeB) {
            const int d = *row.placeA - *row.placeB;
            moved = d > 0 ? tr("▲ %1").arg(d) : d < 0 ? tr("▼ %1").arg(-d) : QStringLiteral("=");
        } else {
            moved = row.placeB ? tr("new") : tr("gone");
        }
        const QString cells[] = {row.code,
                                 row.placeA ? QString::number(*row.placeA) : QString(),
                                 row.placeB ? QString::number(*row.placeB) : QString(),
                                 moved,
                                 row.scoreA ? locale.toString(*row.scoreA, 'f', 1) : QString(),
                                 row.scoreB ? locale.toString(*row.scoreB, 'f', 1) : QString()};
        for (int c = 0; c < 6; ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            if (c > 0) {
                item->setTextAlignment(Qt::AlignCenter);
            }
            if (const core::Initiative* i = m_portfolio->initiativeByCode(row.code)) {
                item->setToolTip(i->title);
            }
            m_table->setItem(r, c, item);
        }
    }
    QString why;
    for (const auto* s : {a, b}) {
        if (!s->rationale.isEmpty()) {
            why += tr("%1: “%2”").arg(s->title, s->rationale) + QLatin1Char('\n');
        }
    }
    why += cmp.modelA == cmp.modelB ? tr("Model: %1.").arg(cmp.modelA)
                                           : tr("Model: %1, then %2.").arg(cmp.modelA, cmp.modelB);
    why += QLatin1Char(' ') + (cmp.weightChanges.isEmpty() ? tr("No weight changed.")
                                                           : tr("Weights changed: %1.")
                                                                 .arg(cmp.weightChanges.join(QStringLiteral("; "))));
    m_weights->setText(why);
}

} // namespace tiller::gui
