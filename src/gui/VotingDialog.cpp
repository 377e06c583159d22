#include "tiller/gui/VotingDialog.h"

#include "tiller/app/Portfolio.h"
#include "tiller/app/Text.h"
#include "tiller/app/Voting.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tiller::gui {

namespace {

constexpr int IdRole = Qt::UserRole + 1;

} // namespace

VotingDialog::VotingDialog(app::Portfolio* portfolio, core::Id roundId, QWidget* parent)
    : QDialog(parent), m_portfolio(portfolio), m_round(*portfolio->round(roundId)), m_voter(new QComboBox(this)),
      m_card(new QLabel(this)), m_budget(new QLabel(this))
{
    setWindowTitle(tr("Ballot — %1").arg(m_round.name));
    for (core::Id id : m_round.voters) {
        if (const core::Person* p = portfolio->person(id)) {
            m_voter->addItem(p->name, id);
        }
    }
    m_voter->setAccessibleName(tr("Stakeholder"));
    auto* voterLabel = new QLabel(tr("&Stakeholder:"), this);
    voterLabel->setBuddy(m_voter);
    auto* top = new QHBoxLayout;
    top->addWidget(voterLabel);
    top->addWidget(m_voter, 1);

    QString help;
    QWidget* editor = nullptr;
    auto* side = new QVBoxLayout;
    if (m_round.kind == core::BallotKind::Ranking) {
        m_list = new QListWidget(this);
        m_list->setDragDropMode(QAbstractItemView::InternalMove);
        m_list->setDefaultDropAction(Qt::MoveAction);
        m_list->setSpacing(3);
        m_list->setAccessibleName(tr("Your ranking"));
        editor = m_list;
        help = tr("Best first. Drag to reorder, or use Ctrl+Up and Ctrl+Down; Ctrl+T ties an initiative with the "
                  "one above.");
        auto* up = new QPushButton(tr("Move &Up"), this);
        auto* down = new QPushButton(tr("Move &Down"), this);
        auto* tie = new QPushButton(tr("&Tie With Above"), this);
        up->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Up));
        down->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Down));
        tie->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
        connect(up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
        connect(down, &QPushButton::clicked, this, [this] { moveCurrent(1); });
        connect(tie, &QPushButton::clicked, this, &VotingDialog::toggleTie);
        side->addWidget(up);
        side->addWidget(down);
        side->addWidget(tie);
        connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
            showCard(item ? item->data(IdRole).toLongLong() : 0);
        });
    } else {
        m_table = new QTableWidget(0, 2, this);
        m_table->setHorizontalHeaderLabels({tr("Initiative"), m_round.kind == core::BallotKind::Dots ? tr("Points")
                                                                                                     : tr("Class")});
        m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
        m_table->verticalHeader()->hide();
        m_table->setAccessibleName(tr("Your ballot"));
        editor = m_table;
        help = m_round.kind == core::BallotKind::Dots
                   ? (m_round.pointsCap > 0
                          ? tr("Share %1 points among the initiatives, at most %2 on one.")
                                .arg(m_round.pointsBudget)
                                .arg(m_round.pointsCap)
                          : tr("Share %1 points among the initiatives.").arg(m_round.pointsBudget))
                   : tr("Sort each initiative: must have, should have, could have, won't have this time.");
        connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) {
            showCard(row >= 0 ? m_table->item(row, 0)->data(IdRole).toLongLong() : 0);
        });
    }
    side->addStretch();
    auto* helpLabel = new QLabel(help, this);
    helpLabel->setWordWrap(true);
    m_card->setWordWrap(true);
    m_card->setMinimumWidth(260);
    m_card->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_card->setFrameShape(QFrame::StyledPanel);
    m_card->setMargin(8);

    auto* middle = new QHBoxLayout;
    middle->addWidget(editor, 2);
    middle->addLayout(side);
    middle->addWidget(m_card, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto* draft = buttons->addButton(tr("Save &Draft"), QDialogButtonBox::ActionRole);
    auto* submit = buttons->addButton(tr("Su&bmit"), QDialogButtonBox::AcceptRole);
    connect(draft, &QPushButton::clicked, this, [this] {
        if (save(false)) {
            accept();
        }
    });
    connect(submit, &QPushButton::clicked, this, [this] {
        if (save(true)) {
            accept();
        }
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(helpLabel);
    layout->addLayout(middle, 1);
    layout->addWidget(m_budget);
    layout->addWidget(buttons);
    connect(m_voter, &QComboBox::currentIndexChanged, this, &VotingDialog::loadBallot);
    loadBallot();
    resize(860, 520);
}

void VotingDialog::loadBallot()
{
    const core::Id voter = m_voter->currentData().toLongLong();
    const auto ballot = m_portfolio->ballotOf(m_round.id, voter);
    QHash<core::Id, core::BallotEntry> saved;
    if (ballot) {
        for (const auto& e : ballot->entries) {
            saved.insert(e.initiativeId, e);
        }
    }
    // The stakeholder's own order, then the rest by code: nobody sees another's ballot.
    QList<core::Id> order = m_round.initiatives;
    std::stable_sort(order.begin(), order.end(), [&](core::Id a, core::Id b) {
        const int ra = saved.value(a).rank > 0 ? saved.value(a).rank : 1 << 20;
        const int rb = saved.value(b).rank > 0 ? saved.value(b).rank : 1 << 20;
        if (ra != rb) {
            return ra < rb;
        }
        const core::Initiative* ia = m_portfolio->initiative(a);
        const core::Initiative* ib = m_portfolio->initiative(b);
        return ia && ib && ia->code < ib->code;
    });
    if (m_list) {
        m_list->clear();
        int previousRank = -1;
        for (core::Id id : order) {
            const core::Initiative* i = m_portfolio->initiative(id);
            if (!i) {
                continue;
            }
            auto* item = new QListWidgetItem(QStringLiteral("%1 — %2").arg(i->code, i->title), m_list);
            item->setData(IdRole, id);
            const int rank = saved.value(id).rank;
            // Tied with the one above: shown indented with "=".
            item->setData(Qt::UserRole + 2, rank > 0 && rank == previousRank);
            if (rank > 0 && rank == previousRank) {
                item->setText(QStringLiteral("= ") + item->text());
            }
            previousRank = rank;
        }
        m_list->setCurrentRow(0);
    } else {
        m_table->setRowCount(0);
        for (core::Id id : order) {
            const core::Initiative* i = m_portfolio->initiative(id);
            if (!i) {
                continue;
            }
            const int row = m_table->rowCount();
            m_table->insertRow(row);
            auto* name = new QTableWidgetItem(QStringLiteral("%1 — %2").arg(i->code, i->title));
            name->setData(IdRole, id);
            name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            m_table->setItem(row, 0, name);
            if (m_round.kind == core::BallotKind::Dots) {
                auto* points = new QSpinBox(m_table);
                points->setRange(0, m_round.pointsCap > 0 ? m_round.pointsCap : m_round.pointsBudget);
                points->setValue(saved.value(id).points);
                connect(points, &QSpinBox::valueChanged, this, &VotingDialog::updateBudget);
                m_table->setCellWidget(row, 1, points);
            } else {
                auto* cls = new QComboBox(m_table);
                cls->addItem(tr("(not sorted)"), -1);
                cls->addItem(tr("Must have"), int(core::MoscowClass::Must));
                cls->addItem(tr("Should have"), int(core::MoscowClass::Should));
                cls->addItem(tr("Could have"), int(core::MoscowClass::Could));
                cls->addItem(tr("Won't have this time"), int(core::MoscowClass::Wont));
                const auto m = saved.value(id).moscow;
                cls->setCurrentIndex(cls->findData(m ? int(*m) : -1));
                m_table->setCellWidget(row, 1, cls);
            }
        }
        m_table->setCurrentCell(0, 0);
    }
    updateBudget();
}

void VotingDialog::moveCurrent(int delta)
{
    if (!m_list) {
        return;
    }
    const int row = m_list->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_list->count()) {
        return;
    }
    QListWidgetItem* item = m_list->takeItem(row);
    m_list->insertItem(target, item);
    m_list->setCurrentRow(target);
    // The first place can't be tied with one above it.
    QListWidgetItem* first = m_list->item(0);
    if (first->data(Qt::UserRole + 2).toBool()) {
        first->setData(Qt::UserRole + 2, false);
        first->setText(first->text().mid(2));
    }
}

void VotingDialog::toggleTie()
{
    QListWidgetItem* item = m_list ? m_list->currentItem() : nullptr;
    if (!item || m_list->row(item) == 0) {
        return;
    }
    const bool tied = !item->data(Qt::UserRole + 2).toBool();
    item->setData(Qt::UserRole + 2, tied);
    QString text = item->text();
    if (tied) {
        text.prepend(QStringLiteral("= "));
    } else if (text.startsWith(QStringLiteral("= "))) {
        text.remove(0, 2);
    }
    item->setText(text);
}

QList<core::BallotEntry> VotingDialog::entries() const
{
    QList<core::BallotEntry> out;
    if (m_list) {
        int rank = 0;
        for (int r = 0; r < m_list->count(); ++r) {
            const QListWidgetItem* item = m_list->item(r);
            const bool tied = r > 0 && item->data(Qt::UserRole + 2).toBool();
            rank = tied ? rank : r + 1;
            out.append({item->data(IdRole).toLongLong(), rank});
        }
        return out;
    }
    for (int r = 0; r < m_table->rowCount(); ++r) {
        core::BallotEntry e;
        e.initiativeId = m_table->item(r, 0)->data(IdRole).toLongLong();
        if (auto* points = qobject_cast<QSpinBox*>(m_table->cellWidget(r, 1))) {
            e.points = points->value();
        } else if (auto* cls = qobject_cast<QComboBox*>(m_table->cellWidget(r, 1))) {
            const int v = cls->currentData().toInt();
            if (v >= 0) {
                e.moscow = core::MoscowClass(v);
            }
        }
        out.append(e);
    }
    return out;
}

bool VotingDialog::save(bool submit)
{
    return app::Voting(m_portfolio).saveBallot(m_round.id, m_voter->currentData().toLongLong(), entries(), submit);
}

void VotingDialog::showCard(core::Id initiativeId)
{
    const core::Initiative* i = m_portfolio->initiative(initiativeId);
    if (!i) {
        m_card->clear();
        return;
    }
    QStringList pains;
    for (core::Id p : i->painPoints) {
        if (const core::PainPoint* pp = m_portfolio->painPoint(p)) {
            pains.append(QStringLiteral("• ") + pp->title.toHtmlEscaped());
        }
    }
    const core::Score score = m_portfolio->score(i->id);
    const core::ScoringModel* model = m_portfolio->activeModel();
    m_card->setText(QStringLiteral("<b>%1</b><br>%2<p>%3</p><p><b>%4</b><br>%5</p><p>%6</p>")
                        .arg(i->code.toHtmlEscaped(), i->title.toHtmlEscaped(), i->description.toHtmlEscaped(),
                             tr("Pain points addressed"),
                             pains.isEmpty() ? tr("none") : pains.join(QStringLiteral("<br>")),
                             model ? app::Text::scoreSummary(score, model->kind).toHtmlEscaped() : QString()));
}

void VotingDialog::updateBudget()
{
    if (m_round.kind != core::BallotKind::Dots) {
        m_budget->hide();
        return;
    }
    int used = 0;
    for (const auto& e : entries()) {
        used += e.points;
    }
    m_budget->setText(tr("%1 of %2 points given").arg(used).arg(m_round.pointsBudget));
    QFont f = m_budget->font();
    f.setBold(used > m_round.pointsBudget);
    m_budget->setFont(f);
    m_budget->setText(used > m_round.pointsBudget
                          ? tr("%1 of %2 points given: %3 too many").arg(used).arg(m_round.pointsBudget).arg(used - m_round.pointsBudget)
                          : tr("%1 of %2 points given").arg(used).arg(m_round.pointsBudget));
}

} // namespace tiller::gui
