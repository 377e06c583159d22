// Voting rounds: stakeholders' ballots (ranking, dot voting, MoSCoW), their rules, and how they become rankings.
#pragma once

#include "tiller/core/Ranking.h"
#include "tiller/core/Types.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>

#include <optional>

namespace tiller::core {

enum class BallotKind { Ranking, Dots, Moscow };
enum class RoundStatus { Open, Closed };
enum class MoscowClass { Must, Should, Could, Wont };

QString toKey(BallotKind k);
QString toKey(RoundStatus s);
QString toKey(MoscowClass m);
std::optional<BallotKind> ballotKindFromKey(const QString& key);
std::optional<RoundStatus> roundStatusFromKey(const QString& key);
std::optional<MoscowClass> moscowFromKey(const QString& key);

struct VotingRound
{
    Id id = 0;
    QString name;
    QString description;
    RankMethod method = RankMethod::Schulze;
    BallotKind kind = BallotKind::Ranking;
    RoundStatus status = RoundStatus::Open;
    QDateTime openedAt;
    QDate deadline;
    QDateTime closedAt;
    int pointsBudget = 100; // dot voting: points per stakeholder
    int pointsCap = 0;      // dot voting: most points on one initiative; 0: no cap
    QList<Id> initiatives;  // on the ballot
    QList<Id> voters;
    QString result;         // frozen at closing (JSON), empty while open
    int reopened = 0;       // how many times it was reopened (each one audited)
    qint64 version = 0;
    bool operator==(const VotingRound&) const = default;
};

struct BallotEntry
{
    Id initiativeId = 0;
    int rank = 0;   // ranking ballots: 1 is first, equal ranks are ties; 0: not ranked
    int points = 0; // dot voting
    std::optional<MoscowClass> moscow;
    bool operator==(const BallotEntry&) const = default;
};

struct VoterBallot
{
    Id id = 0;
    Id roundId = 0;
    Id voterId = 0;
    bool submitted = false;
    QDateTime submittedAt;
    QList<BallotEntry> entries;
    qint64 version = 0;
    bool operator==(const VoterBallot&) const = default;
};

struct BallotProblem
{
    enum class Code { RoundClosed, NotAVoter, NotOnBallot, DuplicateEntry, BadRank, NegativePoints, OverBudget, OverCap };
    Code code;
    Id initiativeId = 0; // the entry at fault, if any
    int value = 0;       // the total or the points concerned
};

// The rules a ballot must meet to be saved (drafts included): only the round's
// voters, only its initiatives, each once; dot votes within budget and cap.
std::optional<BallotProblem> validateBallot(const VotingRound& round, const VoterBallot& ballot);

// A ballot as a ranking of names (the initiatives' codes) for the aggregation
// methods: ranks as given; dots by points (more first, equal points tied, none
// unranked); MoSCoW by class. What the stakeholder left out ties at the bottom.
Ballot toRankBallot(const VotingRound& round, const VoterBallot& ballot, const QHash<Id, QString>& codes);

} // namespace tiller::core

namespace tiller::core {

// A decision frozen for later explanation: what was known and decided, when, by whom.
struct DecisionSnapshot
{
    Id id = 0;
    QString kind;      // "round_closed", "result_applied"
    QString title;
    QDateTime takenAt;
    QString actor;
    QString rationale;
    Id roundId = 0;
    QString payload;   // JSON: model weights, scores, ballots, result, order
    bool operator==(const DecisionSnapshot&) const = default;
};

} // namespace tiller::core
