#include "tiller/gui/VotingView.h"

#include "tiller/app/Portfolio.h"
#include "tiller/app/PriorityModel.h"
#include "tiller/app/VoteCount.h"
#include "tiller/app/Voting.h"
#include "tiller/gui/DecisionsDialog.h"
#include "tiller/gui/Dialogs.h"
#include "tiller/gui/NewRoundDialog.h"
#include "tiller/gui/VotingDialog.h"

#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tiller::gui {

namespace {

QString methodName(core::RankMethod m)
{
    switch (m) {
    case core::RankMethod::Schulze:
        return VotingView::tr("Schulze");
    case core::RankMethod::Borda:
        return VotingView::tr("Borda");
    case core::RankMethod::Copeland:
        return VotingView::tr("Copeland");
    case core::RankMethod::Kemeny:
        return VotingView::tr("Kemeny–Young");
    case core::RankMethod::InstantRunoff:
        return VotingView::tr("Instant runoff");
    }
    return {};
}

QString agreementWords(double w)
{
    if (w >= 0.7) {
        return VotingView::tr("strong agreement");
    }
    if (w >= 0.4) {
        return VotingView::tr("moderate agreement");
    }
    return VotingView::tr("weak agreement: worth a discussion before applying");
}

} // namespace

VotingView::VotingView(QWidget* parent)
    : QWidget(parent), m_rounds(new QListWidget(this)), m_title(new QLabel(this)), m_summary(new QLabel(this)),
      m_results(new QTableWidget(this)),
      m_pairwiseTitle(new QLabel(tr("Pairwise preferences: how many ballots rank the row above the column"), this)),
      m_pairwise(new QTableWidget(this)), m_new(new QPushButton(tr("&New Round…"), this)),
      m_vote(new QPushButton(tr("&Vote…"), this)), m_close(new QPushButton(tr("&Close Round"), this)),
      m_reopen(new QPushButton(tr("&Reopen"), this)), m_apply(new QPushButton(tr("&Apply Result"), this)),
      m_decisions(new QPushButton(tr("&Decisions…"), this)), m_import(new QPushButton(tr("&Import Ballots…"), this))
{
    m_rounds->setAccessibleName(tr("Voting rounds"));
    m_apply->setToolTip(tr("Set the initiatives' priority from this round's result"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setAccessibleName(tr("Result by method"));
    m_results->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);

    auto* left = new QVBoxLayout;
    left->addWidget(m_rounds, 1);
    m_decisions->setToolTip(tr("Compare two recorded decisions: what moved, and which weights changed"));
    m_import->setToolTip(tr("Ballots collected outside the app: a CSV with the columns voter,ranking"));
    for (QPushButton* b : {m_new, m_vote, m_import, m_close, m_reopen, m_apply, m_decisions}) {
        left->addWidget(b);
    }
    auto* right = new QVBoxLayout;
    right->addWidget(m_title);
    right->addWidget(m_summary);
    right->addWidget(m_results, 3);
    right->addWidget(m_pairwiseTitle);
    right->addWidget(m_pairwise, 2);
    m_pairwise->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_pairwise->setAccessibleName(tr("Pairwise preferences"));
    m_pairwise->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    auto* layout = new QHBoxLayout(this);
    layout->addLayout(left, 1);
    layout->addLayout(right, 3);

    connect(m_rounds, &QListWidget::currentRowChanged, this, &VotingView::showRound);
    connect(m_new, &QPushButton::clicked, this, &VotingView::newRound);
    connect(m_vote, &QPushButton::clicked, this, &VotingView::vote);
    connect(m_close, &QPushButton::clicked, this, &VotingView::closeRound);
    connect(m_reopen, &QPushButton::clicked, this, &VotingView::reopenRound);
    connect(m_apply, &QPushButton::clicked, this, &VotingView::applyResult);
    connect(m_decisions, &QPushButton::clicked, this, &VotingView::showDecisions);
    connect(m_import, &QPushButton::clicked, this, &VotingView::importBallots);
    setPortfolio(nullptr);
}

void VotingView::setPortfolio(app::Portfolio* portfolio)
{
    m_portfolio = portfolio;
    if (portfolio) {
        connect(portfolio, &app::Portfolio::roundsChanged, this, &VotingView::reload);
        connect(portfolio, &app::Portfolio::ballotsChanged, this, &VotingView::showRound);
        connect(portfolio, &app::Portfolio::snapshotsChanged, this, [this] {
            m_decisions->setEnabled(!m_portfolio->snapshots().empty());
        });
    }
    reload();
}

core::Id VotingView::currentRound() const
{
    const QListWidgetItem* item = m_rounds->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void VotingView::selectRound(core::Id id)
{
    for (int r = 0; r < m_rounds->count(); ++r) {
        if (m_rounds->item(r)->data(Qt::UserRole).toLongLong() == id) {
            m_rounds->setCurrentRow(r);
        }
    }
}

void VotingView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale) {
        reload();
    }
}

void VotingView::reload()
{
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    const core::Id keep = currentRound();
    m_rounds->clear();
    if (m_portfolio) {
        // Most recent first.
        const auto& rounds = m_portfolio->rounds();
        for (auto it = rounds.rbegin(); it != rounds.rend(); ++it) {
            auto* item = new QListWidgetItem(it->status == core::RoundStatus::Open ? tr("%1 (open)").arg(it->name)
                                                                                   : it->name,
                                             m_rounds);
            item->setData(Qt::UserRole, it->id);
        }
    }
    selectRound(keep);
    if (!m_rounds->currentItem() && m_rounds->count() > 0) {
        m_rounds->setCurrentRow(0);
    }
    m_new->setEnabled(m_portfolio && !m_portfolio->isReadOnly());
    m_decisions->setEnabled(m_portfolio && !m_portfolio->snapshots().empty());
    showRound();
}

void VotingView::showRound()
{
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    const core::VotingRound* round = m_portfolio ? m_portfolio->round(currentRound()) : nullptr;
    const bool writable = m_portfolio && !m_portfolio->isReadOnly();
    m_vote->setEnabled(writable && round && round->status == core::RoundStatus::Open);
    m_import->setEnabled(writable && round && round->status == core::RoundStatus::Open &&
                         round->kind == core::BallotKind::Ranking);
    m_close->setEnabled(writable && round && round->status == core::RoundStatus::Open);
    m_reopen->setEnabled(writable && round && round->status == core::RoundStatus::Closed);
    m_apply->setEnabled(writable && round && round->status == core::RoundStatus::Closed);
    for (QTableWidget* t : {m_results, m_pairwise}) {
        t->clear();
        t->setRowCount(0);
        t->setColumnCount(0);
    }
    m_pairwiseTitle->setVisible(false);
    m_pairwise->setVisible(false);
    if (!round) {
        m_title->setText(m_portfolio ? tr("No voting round yet") : QString());
        m_summary->setText(m_portfolio ? tr("Open a round to let stakeholders rank initiatives: people back what they "
                                            "voted on.")
                                       : QString());
        return;
    }
    m_title->setText(round->name);
    const auto ballots = m_portfolio->ballots(round->id);
    const int submitted = int(std::count_if(ballots.begin(), ballots.end(), [](const auto& b) { return b.submitted; }));
    QString kind = round->kind == core::BallotKind::Ranking ? tr("ranking")
                   : round->kind == core::BallotKind::Dots  ? tr("dot voting (%1 points)").arg(round->pointsBudget)
                                                            : tr("MoSCoW");
    QString text = tr("%1 initiatives, %2 stakeholders; %3 ballot; counted with %4.")
                       .arg(round->initiatives.size())
                       .arg(round->voters.size())
                       .arg(kind, methodName(round->method));
    if (round->deadline.isValid()) {
        text += QLatin1Char(' ') + tr("Deadline: %1.").arg(QLocale().toString(round->deadline, QLocale::ShortFormat));
    }
    if (round->status == core::RoundStatus::Open) {
        // While open, nobody sees how others voted: no anchoring on the boss's ranking.
        text += QStringLiteral("<p>") + tr("%1 of %2 ballots submitted. The results appear when the round closes.")
                                            .arg(submitted)
                                            .arg(round->voters.size());
        m_summary->setText(text);
        return;
    }
    auto count = app::VoteCount::fromJson(QJsonDocument::fromJson(round->result.toUtf8()).object());
    if (!count) {
        // A round closed without a frozen count (imported, or from an older Tiller): count it now.
        count = app::countRound(*m_portfolio, *round, ballots);
    }
    text += QStringLiteral("<p>") + tr("%1 ballots counted. Kendall's W = %2: %3.")
                                        .arg(count->ballots)
                                        .arg(QLocale().toString(count->kendallW, 'f', 2), agreementWords(count->kendallW));
    if (round->reopened > 0) {
        text += QLatin1Char(' ') + tr("Reopened %n time(s).", nullptr, round->reopened);
    }
    QStringList contested;
    for (std::size_t k = 0; k < count->contested.size() && k < 3; ++k) {
        const auto& s = count->contested[k];
        contested.append(tr("%1 (ranked %2 to %3)").arg(s.candidate).arg(s.bestRank).arg(s.worstRank));
    }
    if (!contested.isEmpty()) {
        text += QStringLiteral("<br>") + tr("Most contested: %1.").arg(contested.join(QStringLiteral(", ")));
    }
    m_summary->setText(text);

    // One column per method, and the cost/benefit order of the same initiatives beside them.
    QList<QStringList> columns;
    QStringList headers;
    for (const auto& r : count->methods) {
        QStringList cells;
        for (const QStringList& group : r.order) {
            for (int k = 0; k < group.size(); ++k) {
                cells.append(group.size() > 1 ? QStringLiteral("= ") + group[k] : group[k]);
            }
        }
        columns.append(cells);
        headers.append(methodName(r.method) + (r.method == round->method ? tr(" (used)") : QString()));
    }
    app::PriorityModel priority(m_portfolio);
    QStringList byScore;
    for (int row = 0; row < priority.rowCount(); ++row) {
        const core::Initiative* i = m_portfolio->initiative(priority.idAt(row));
        if (i && count->candidates.contains(i->code)) {
            byScore.append(i->code);
        }
    }
    columns.append(byScore);
    const core::ScoringModel* model = m_portfolio->activeModel();
    headers.append(tr("By score today"));
    int rows = 0;
    for (const auto& c : columns) {
        rows = qMax(rows, int(c.size()));
    }
    m_results->setColumnCount(int(columns.size()));
    m_results->setRowCount(rows);
    m_results->setHorizontalHeaderLabels(headers);
    m_results->horizontalHeaderItem(int(headers.size()) - 1)
        ->setToolTip(model ? tr("The same initiatives by today's score under %1 (not frozen)").arg(model->name)
                           : tr("The same initiatives by today's score (not frozen)"));
    for (int c = 0; c < columns.size(); ++c) {
        for (int r = 0; r < columns[c].size(); ++r) {
            auto* item = new QTableWidgetItem(columns[c][r]);
            if (const core::Initiative* i = m_portfolio->initiativeByCode(columns[c][r].remove(QStringLiteral("= ")))) {
                item->setToolTip(i->title);
            }
            m_results->setItem(r, c, item);
        }
    }

    // The head-to-head counts behind every method; a winning count is bold.
    const int n = int(count->candidates.size());
    if (int(count->pairwise.size()) == n && n > 0) {
        m_pairwise->setRowCount(n);
        m_pairwise->setColumnCount(n);
        m_pairwise->setHorizontalHeaderLabels(count->candidates);
        m_pairwise->setVerticalHeaderLabels(count->candidates);
        for (int i = 0; i < n; ++i) {
            for (int j = 0; j < n; ++j) {
                auto* item = new QTableWidgetItem(i == j ? QStringLiteral("—") : QString::number(count->pairwise[i][j]));
                item->setTextAlignment(Qt::AlignCenter);
                if (i != j && count->pairwise[i][j] > count->pairwise[j][i]) {
                    QFont f = item->font();
                    f.setBold(true);
                    item->setFont(f);
                    item->setToolTip(tr("%1 is preferred to %2 by %3 ballots against %4")
                                         .arg(count->candidates[i], count->candidates[j])
                                         .arg(count->pairwise[i][j])
                                         .arg(count->pairwise[j][i]));
                }
                m_pairwise->setItem(i, j, item);
            }
        }
        m_pairwiseTitle->setVisible(true);
        m_pairwise->setVisible(true);
    }
}

void VotingView::newRound()
{
    if (!m_portfolio) {
        return;
    }
    NewRoundDialog dialog(m_portfolio, this);
    if (Dialogs::exec(dialog) == QDialog::Accepted && app::Voting(m_portfolio).openRound(dialog.round())) {
        selectRound(m_portfolio->rounds().back().id);
        emit message(tr("Round opened. Stakeholders vote with Vote…; results appear at closing."));
    }
}

void VotingView::vote()
{
    if (!m_portfolio || !m_portfolio->round(currentRound())) {
        return;
    }
    VotingDialog dialog(m_portfolio, currentRound(), this);
    Dialogs::exec(dialog);
}

void VotingView::closeRound()
{
    if (!m_portfolio) {
        return;
    }
    const auto rationale = Dialogs::text(this, tr("Close Round"),
                                         tr("Why close now? (optional; kept with the decision)"));
    if (rationale && app::Voting(m_portfolio).closeRound(currentRound(), *rationale)) {
        emit message(tr("Round closed: the result is frozen."));
    }
}

void VotingView::reopenRound()
{
    if (m_portfolio && app::Voting(m_portfolio).reopenRound(currentRound())) {
        emit message(tr("Round reopened; the reopening is recorded in the audit trail."));
    }
}

void VotingView::importBallots()
{
    if (!m_portfolio || !m_portfolio->round(currentRound())) {
        return;
    }
    const QString path = Dialogs::openFileName(this, tr("Import Ballots"), QString(), tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > 16 * 1024 * 1024) {
        Dialogs::warning(this, tr("Import Ballots"), tr("Can't read %1 (missing, unreadable or over 16 MB).").arg(path));
        return;
    }
    QString refusal;
    auto connection = connect(m_portfolio, &app::Portfolio::editRefused, this,
                              [&refusal](const QString& why) { refusal = why; });
    const int n = app::Voting(m_portfolio).importBallots(currentRound(), file.readAll());
    disconnect(connection);
    if (n < 0) {
        Dialogs::warning(this, tr("Import Ballots"), tr("Nothing was imported. %1").arg(refusal));
        return;
    }
    emit message(tr("Imported %n ballot(s).", nullptr, n));
}

void VotingView::showDecisions()
{
    if (m_portfolio) {
        DecisionsDialog dialog(m_portfolio, this);
        Dialogs::exec(dialog);
    }
}

void VotingView::applyResult()
{
    if (!m_portfolio) {
        return;
    }
    const auto rationale = Dialogs::text(this, tr("Apply Result"),
                                         tr("The rationale for this prioritisation (optional; kept with the decision)"));
    if (rationale && app::Voting(m_portfolio).applyResult(currentRound(), *rationale)) {
        emit message(tr("The initiatives' priorities now follow this round's result."));
    }
}

} // namespace tiller::gui
