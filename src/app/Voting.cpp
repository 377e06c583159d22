#include "tiller/app/Voting.h"

#include "tiller/app/Portfolio.h"
#include "tiller/app/Decisions.h"
#include "tiller/app/VoteCount.h"
#include "tiller/core/Rhythm.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSet>

namespace tiller::app {

QString Voting::problemText(const core::BallotProblem& p, const Portfolio& portfolio)
{
    using C = core::BallotProblem::Code;
    const core::Initiative* i = portfolio.initiative(p.initiativeId);
    const QString code = i ? i->code : QString::number(p.initiativeId);
    switch (p.code) {
    case C::RoundClosed:
        return tr("The round is closed: ballots can't change any more.");
    case C::NotAVoter:
        return tr("This person is not a voter of the round.");
    case C::NotOnBallot:
        return tr("%1 is not on this round's ballot.").arg(code);
    case C::DuplicateEntry:
        return tr("%1 appears twice on the ballot.").arg(code);
    case C::BadRank:
        return tr("The rank of %1 is out of range.").arg(code);
    case C::NegativePoints:
        return tr("Points can't be negative (%1).").arg(code);
    case C::OverBudget:
        return tr("%1 points given: more than the budget.").arg(p.value);
    case C::OverCap:
        return tr("%1 points on %2: more than allowed on one initiative.").arg(p.value).arg(code);
    }
    return {};
}

bool Voting::openRound(core::VotingRound round)
{
    QString problem;
    if (round.name.trimmed().isEmpty()) {
        problem = tr("A voting round needs a name.");
    } else if (round.initiatives.size() < 2) {
        problem = tr("Put at least two initiatives on the ballot.");
    } else if (round.voters.isEmpty()) {
        problem = tr("Invite at least one stakeholder to vote.");
    } else if (round.kind == core::BallotKind::Dots && round.pointsBudget <= 0) {
        problem = tr("Give each stakeholder a budget of points.");
    } else if (round.method == core::RankMethod::Kemeny && round.initiatives.size() > core::KemenyExactLimit) {
        problem = tr("Kemeny–Young counts at most %1 initiatives exactly; choose Schulze for this ballot.")
                      .arg(core::KemenyExactLimit);
    }
    if (!problem.isEmpty()) {
        emit m_portfolio->editRefused(problem);
        return false;
    }
    round.id = 0;
    round.status = core::RoundStatus::Open;
    round.openedAt = m_portfolio->database().now();
    round.result.clear();
    ChangeSet changes;
    changes.rounds.push_back({std::nullopt, round});
    // Each voter hears that the round is open (and the undo of the opening takes the notices back).
    for (core::Id voter : round.voters) {
        core::Notification n;
        n.personId = voter;
        n.kind = core::toKey(core::NotificationKind::RoundOpened);
        n.createdAt = m_portfolio->now();
        n.entity = QStringLiteral("round");
        n.text = round.deadline.isValid()
                     ? tr("Your vote is invited in “%1”, until %2.")
                           .arg(round.name, QLocale().toString(round.deadline, QLocale::LongFormat))
                     : tr("Your vote is invited in “%1”.").arg(round.name);
        changes.notifications.push_back({std::nullopt, n});
    }
    return m_portfolio->submit(tr("Open the voting round %1").arg(round.name), std::move(changes));
}

bool Voting::saveBallot(core::Id roundId, core::Id voterId, const QList<core::BallotEntry>& entries, bool submit)
{
    const core::VotingRound* round = m_portfolio->round(roundId);
    const core::Person* voter = m_portfolio->person(voterId);
    if (!round || !voter) {
        return false;
    }
    core::VoterBallot after;
    after.roundId = roundId;
    after.voterId = voterId;
    after.entries = entries;
    after.submitted = submit;
    after.submittedAt = submit ? m_portfolio->database().now() : QDateTime();
    if (auto problem = core::validateBallot(*round, after)) {
        emit m_portfolio->editRefused(problemText(*problem, *m_portfolio));
        return false;
    }
    ChangeSet changes;
    changes.ballots.push_back({m_portfolio->ballotOf(roundId, voterId), after});
    const QString label = submit ? tr("Submit %1's ballot").arg(voter->name) : tr("Save %1's draft ballot").arg(voter->name);
    return m_portfolio->submit(label, std::move(changes));
}

int Voting::importBallots(core::Id roundId, const QByteArray& csv)
{
    const core::VotingRound* round = m_portfolio->round(roundId);
    if (!round) {
        return -1;
    }
    auto refuse = [this](const QString& why) {
        emit m_portfolio->editRefused(why);
        return -1;
    };
    if (round->status != core::RoundStatus::Open) {
        return refuse(tr("The round is closed: ballots can't change any more."));
    }
    if (round->kind != core::BallotKind::Ranking) {
        return refuse(tr("Only ranking ballots can be imported; this round uses another kind of ballot."));
    }
    const auto rows = core::parseNamedBallotsCsv(csv);
    if (!rows) {
        return refuse(tr("Line %1: %2").arg(rows.error().line).arg(rows.error().detail.isEmpty()
                                                                         ? tr("the file is not a voter,ranking CSV")
                                                                         : rows.error().detail));
    }
    ChangeSet changes;
    QSet<core::Id> seen;
    for (const core::NamedBallot& row : *rows) {
        const core::Person* voter = nullptr;
        for (core::Id id : round->voters) {
            const core::Person* p = m_portfolio->person(id);
            if (p && (p->name.compare(row.voter, Qt::CaseInsensitive) == 0 ||
                      (!p->email.isEmpty() && p->email.compare(row.voter, Qt::CaseInsensitive) == 0))) {
                voter = p;
            }
        }
        if (!voter) {
            return refuse(tr("Line %1: “%2” is not a voter of this round.").arg(row.line).arg(row.voter));
        }
        if (seen.contains(voter->id)) {
            return refuse(tr("Line %1: a second ballot for %2.").arg(row.line).arg(voter->name));
        }
        seen.insert(voter->id);
        core::VoterBallot after;
        after.roundId = roundId;
        after.voterId = voter->id;
        after.submitted = true;
        after.submittedAt = m_portfolio->database().now();
        int rank = 1;
        for (const QStringList& group : row.ranking) {
            for (const QString& code : group) {
                const core::Initiative* i = m_portfolio->initiativeByCode(code);
                if (!i || !round->initiatives.contains(i->id)) {
                    return refuse(tr("Line %1: %2 is not on this round's ballot.").arg(row.line).arg(code));
                }
                after.entries.append({i->id, rank});
            }
            rank += int(group.size());
        }
        if (auto problem = core::validateBallot(*round, after)) {
            return refuse(tr("Line %1: %2").arg(row.line).arg(problemText(*problem, *m_portfolio)));
        }
        changes.ballots.push_back({m_portfolio->ballotOf(roundId, voter->id), after});
    }
    if (changes.ballots.empty()) {
        return refuse(tr("The file holds no ballot."));
    }
    const int n = int(changes.ballots.size());
    if (!m_portfolio->submit(tr("Import %n ballot(s) into %1", nullptr, n).arg(round->name), std::move(changes))) {
        return -1;
    }
    return n;
}

bool Voting::closeRound(core::Id roundId, const QString& rationale)
{
    const core::VotingRound* round = m_portfolio->round(roundId);
    if (!round || round->status == core::RoundStatus::Closed) {
        return false;
    }
    const VoteCount count = countRound(*m_portfolio, *round, m_portfolio->ballots(roundId));
    if (count.ballots == 0) {
        emit m_portfolio->editRefused(tr("No ballot has been submitted yet: there is nothing to count."));
        return false;
    }
    core::VotingRound after = *round;
    after.status = core::RoundStatus::Closed;
    after.closedAt = m_portfolio->database().now();
    after.result = QString::fromUtf8(QJsonDocument(count.toJson()).toJson(QJsonDocument::Compact));
    // Closing freezes what the decision rested on: the count, the ballots (now
    // public), and the model, weights and scores of the day.
    QJsonArray ballotsJson;
    QHash<core::Id, QString> codes;
    for (core::Id id : round->initiatives) {
        if (const core::Initiative* i = m_portfolio->initiative(id)) {
            codes.insert(id, i->code);
        }
    }
    for (const core::VoterBallot& b : m_portfolio->ballots(roundId)) {
        if (b.submitted) {
            const core::Person* voter = m_portfolio->person(b.voterId);
            ballotsJson.append(QJsonObject{{QStringLiteral("voter"), voter ? voter->name : QString()},
                                           {QStringLiteral("ranking"),
                                            core::formatRanking(core::toRankBallot(*round, b, codes).ranking)}});
        }
    }
    core::DecisionSnapshot snapshot;
    snapshot.kind = QStringLiteral("round_closed");
    snapshot.rationale = rationale.trimmed();
    snapshot.title = tr("%1 closed").arg(round->name);
    snapshot.takenAt = after.closedAt;
    snapshot.actor = m_portfolio->database().actor();
    snapshot.roundId = roundId;
    snapshot.payload = QString::fromUtf8(
        QJsonDocument(QJsonObject{{QStringLiteral("count"), count.toJson()},
                                  {QStringLiteral("ballots"), ballotsJson},
                                  {QStringLiteral("state"), prioritisationState(*m_portfolio, round->initiatives)}})
            .toJson(QJsonDocument::Compact));
    ChangeSet changes;
    changes.rounds.push_back({*round, after});
    changes.snapshots.push_back({std::nullopt, snapshot});
    return m_portfolio->submit(tr("Close the voting round %1").arg(round->name), std::move(changes));
}

bool Voting::reopenRound(core::Id roundId)
{
    const core::VotingRound* round = m_portfolio->round(roundId);
    if (!round || round->status == core::RoundStatus::Open) {
        return false;
    }
    core::VotingRound after = *round;
    after.status = core::RoundStatus::Open;
    after.closedAt = QDateTime();
    after.result.clear();
    after.reopened += 1;
    ChangeSet changes;
    changes.rounds.push_back({*round, after});
    return m_portfolio->submit(tr("Reopen the voting round %1").arg(round->name), std::move(changes));
}

bool Voting::applyResult(core::Id roundId, const QString& rationale)
{
    const core::VotingRound* round = m_portfolio->round(roundId);
    if (!round || round->status != core::RoundStatus::Closed) {
        return false;
    }
    const auto count = VoteCount::fromJson(QJsonDocument::fromJson(round->result.toUtf8()).object());
    const core::RankResult* result = count ? count->method(round->method) : nullptr;
    if (!result) {
        return false;
    }
    ChangeSet changes;
    int place = 1;
    for (const QStringList& group : result->order) {
        for (const QString& code : group) {
            if (const core::Initiative* i = m_portfolio->initiativeByCode(code); i && i->priority != place) {
                core::Initiative after = *i;
                after.priority = place;
                changes.initiatives.push_back({*i, after});
            }
        }
        place += int(group.size());
    }
    if (changes.isEmpty()) {
        return true;
    }
    QJsonArray order;
    for (const QStringList& group : result->order) {
        order.append(QJsonArray::fromStringList(group));
    }
    core::DecisionSnapshot snapshot;
    snapshot.kind = QStringLiteral("result_applied");
    snapshot.rationale = rationale.trimmed();
    snapshot.title = tr("Priorities set from %1").arg(round->name);
    snapshot.takenAt = m_portfolio->database().now();
    snapshot.actor = m_portfolio->database().actor();
    snapshot.roundId = roundId;
    snapshot.payload = QString::fromUtf8(
        QJsonDocument(QJsonObject{{QStringLiteral("order"), order},
                                  {QStringLiteral("state"), prioritisationState(*m_portfolio, round->initiatives)}})
            .toJson(QJsonDocument::Compact));
    changes.snapshots.push_back({std::nullopt, snapshot});
    return m_portfolio->submit(tr("Apply the result of %1").arg(round->name), std::move(changes));
}

} // namespace tiller::app
