#include "tiller/core/Voting.h"

#include "KeyTable.h"

#include <QSet>

#include <map>

namespace tiller::core {

namespace {

constexpr std::array<const char*, 3> kindKeys{"ranking", "dots", "moscow"};
constexpr std::array<const char*, 2> statusKeys{"open", "closed"};
constexpr std::array<const char*, 4> moscowKeys{"must", "should", "could", "wont"};

} // namespace

QString toKey(BallotKind k) { return detail::toKey(kindKeys, k); }
QString toKey(RoundStatus s) { return detail::toKey(statusKeys, s); }
QString toKey(MoscowClass m) { return detail::toKey(moscowKeys, m); }
std::optional<BallotKind> ballotKindFromKey(const QString& key) { return detail::fromKey<BallotKind>(kindKeys, key); }
std::optional<RoundStatus> roundStatusFromKey(const QString& key)
{
    return detail::fromKey<RoundStatus>(statusKeys, key);
}
std::optional<MoscowClass> moscowFromKey(const QString& key) { return detail::fromKey<MoscowClass>(moscowKeys, key); }

std::optional<BallotProblem> validateBallot(const VotingRound& round, const VoterBallot& ballot)
{
    using C = BallotProblem::Code;
    if (round.status != RoundStatus::Open) {
        return BallotProblem{C::RoundClosed};
    }
    if (!round.voters.contains(ballot.voterId)) {
        return BallotProblem{C::NotAVoter};
    }
    QSet<Id> seen;
    int total = 0;
    for (const BallotEntry& e : ballot.entries) {
        if (!round.initiatives.contains(e.initiativeId)) {
            return BallotProblem{C::NotOnBallot, e.initiativeId};
        }
        if (seen.contains(e.initiativeId)) {
            return BallotProblem{C::DuplicateEntry, e.initiativeId};
        }
        seen.insert(e.initiativeId);
        if (e.rank < 0 || e.rank > round.initiatives.size()) {
            return BallotProblem{C::BadRank, e.initiativeId, e.rank};
        }
        if (e.points < 0) {
            return BallotProblem{C::NegativePoints, e.initiativeId, e.points};
        }
        if (round.kind == BallotKind::Dots && round.pointsCap > 0 && e.points > round.pointsCap) {
            return BallotProblem{C::OverCap, e.initiativeId, e.points};
        }
        total += e.points;
    }
    if (round.kind == BallotKind::Dots && total > round.pointsBudget) {
        return BallotProblem{C::OverBudget, 0, total};
    }
    return std::nullopt;
}

Ballot toRankBallot(const VotingRound& round, const VoterBallot& ballot, const QHash<Id, QString>& codes)
{
    // Group initiatives by a sort key: smaller comes first.
    std::map<double, QStringList> groups;
    for (const BallotEntry& e : ballot.entries) {
        const QString name = codes.value(e.initiativeId);
        if (name.isEmpty()) {
            continue;
        }
        switch (round.kind) {
        case BallotKind::Ranking:
            if (e.rank > 0) {
                groups[e.rank].append(name);
            }
            break;
        case BallotKind::Dots:
            if (e.points > 0) {
                groups[-double(e.points)].append(name);
            }
            break;
        case BallotKind::Moscow:
            if (e.moscow) {
                groups[double(int(*e.moscow))].append(name);
            }
            break;
        }
    }
    Ballot out;
    for (auto& [key, names] : groups) {
        names.sort();
        out.ranking.append(names);
    }
    return out;
}

} // namespace tiller::core
