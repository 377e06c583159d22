#include "tiller/gui/NewRoundDialog.h"

#include "tiller/app/Portfolio.h"
#include "tiller/app/PriorityModel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>
#include <QVBoxLayout>

namespace tiller::gui {

NewRoundDialog::NewRoundDialog(app::Portfolio* portfolio, QWidget* parent)
    : QDialog(parent), m_name(new QLineEdit(this)), m_kind(new QComboBox(this)), m_method(new QComboBox(this)),
      m_deadline(new QDateEdit(QDate::currentDate().addDays(14), this)), m_budget(new QSpinBox(this)),
      m_cap(new QSpinBox(this)), m_initiatives(new QListWidget(this)), m_voters(new QListWidget(this))
{
    setWindowTitle(tr("New Voting Round"));
    m_name->setText(tr("Prioritisation round %1").arg(portfolio->rounds().size() + 1));
    m_kind->addItem(tr("Ranking"), int(core::BallotKind::Ranking));
    m_kind->addItem(tr("Dot voting"), int(core::BallotKind::Dots));
    m_kind->addItem(tr("MoSCoW"), int(core::BallotKind::Moscow));
    m_method->addItem(tr("Schulze (recommended)"), int(core::RankMethod::Schulze));
    m_method->addItem(tr("Borda"), int(core::RankMethod::Borda));
    m_method->addItem(tr("Copeland"), int(core::RankMethod::Copeland));
    m_method->addItem(tr("Kemeny–Young (up to 16 initiatives)"), int(core::RankMethod::Kemeny));
    m_method->addItem(tr("Instant runoff"), int(core::RankMethod::InstantRunoff));
    m_deadline->setCalendarPopup(true);
    m_budget->setRange(1, 10000);
    m_budget->setValue(100);
    m_cap->setRange(0, 10000);
    m_cap->setSpecialValueText(tr("no cap"));
    m_cap->setValue(0);

    // The best-scored initiatives are ticked: a ballot of about ten is what people can rank well.
    app::PriorityModel ranked(portfolio);
    for (int row = 0; row < ranked.rowCount(); ++row) {
        const core::Initiative* i = portfolio->initiative(ranked.idAt(row));
        auto* item = new QListWidgetItem(QStringLiteral("%1 — %2").arg(i->code, i->title), m_initiatives);
        item->setData(Qt::UserRole, i->id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(row < 10 ? Qt::Checked : Qt::Unchecked);
    }
    for (const core::Person& p : portfolio->people()) {
        auto* item = new QListWidgetItem(p.team.isEmpty() ? p.name : QStringLiteral("%1 (%2)").arg(p.name, p.team),
                                         m_voters);
        item->setData(Qt::UserRole, p.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(p.roles & (core::Stakeholder | core::Leader) ? Qt::Checked : Qt::Unchecked);
    }

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Ballot:"), m_kind);
    form->addRow(tr("&Counting method:"), m_method);
    form->addRow(tr("&Deadline:"), m_deadline);
    form->addRow(tr("Points per &stakeholder:"), m_budget);
    form->addRow(tr("Most points on &one initiative:"), m_cap);
    auto updateKind = [this] {
        const bool dots = m_kind->currentData().toInt() == int(core::BallotKind::Dots);
        m_budget->setEnabled(dots);
        m_cap->setEnabled(dots);
    };
    connect(m_kind, &QComboBox::currentIndexChanged, this, updateKind);
    updateKind();

    auto* lists = new QHBoxLayout;
    auto* left = new QVBoxLayout;
    auto* initiativesLabel = new QLabel(tr("&Initiatives on the ballot"), this);
    initiativesLabel->setBuddy(m_initiatives);
    left->addWidget(initiativesLabel);
    left->addWidget(m_initiatives);
    auto* right = new QVBoxLayout;
    auto* votersLabel = new QLabel(tr("S&takeholders who vote"), this);
    votersLabel->setBuddy(m_voters);
    right->addWidget(votersLabel);
    right->addWidget(m_voters);
    lists->addLayout(left, 3);
    lists->addLayout(right, 2);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Open Round"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(lists, 1);
    layout->addWidget(buttons);
    resize(820, 560);
}

core::VotingRound NewRoundDialog::round() const
{
    core::VotingRound r;
    r.name = m_name->text().trimmed();
    r.kind = core::BallotKind(m_kind->currentData().toInt());
    r.method = core::RankMethod(m_method->currentData().toInt());
    r.deadline = m_deadline->date();
    r.pointsBudget = m_budget->value();
    r.pointsCap = m_cap->value();
    for (int k = 0; k < m_initiatives->count(); ++k) {
        if (m_initiatives->item(k)->checkState() == Qt::Checked) {
            r.initiatives.append(m_initiatives->item(k)->data(Qt::UserRole).toLongLong());
        }
    }
    for (int k = 0; k < m_voters->count(); ++k) {
        if (m_voters->item(k)->checkState() == Qt::Checked) {
            r.voters.append(m_voters->item(k)->data(Qt::UserRole).toLongLong());
        }
    }
    return r;
}

} // namespace tiller::gui
