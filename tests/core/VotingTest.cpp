#include "TestSupport.h"
#include "tiller/core/Voting.h"

#include <catch2/catch.hpp>

using namespace tiller::core;
using Code = BallotProblem::Code;

namespace {

VotingRound round(BallotKind kind)
{
    VotingRound r;
    r.kind = kind;
    r.initiatives = {1, 2, 3, 4};
    r.voters = {10, 11};
    r.pointsBudget = 10;
    r.pointsCap = 5;
    return r;
}

VoterBallot ballot(QList<BallotEntry> entries)
{
    VoterBallot b;
    b.voterId = 10;
    b.entries = std::move(entries);
    return b;
}

const QHash<Id, QString> codes{{1, QStringLiteral("CX-1")}, {2, QStringLiteral("CX-2")}, {3, QStringLiteral("CX-3")},
                               {4, QStringLiteral("CX-4")}};

} // namespace

TEST_CASE("a ballot is accepted only from the round's voters - on its initiatives - each once")
{
    const VotingRound r = round(BallotKind::Ranking);
    CHECK(!validateBallot(r, ballot({{1, 1}, {2, 2}})));
    VoterBallot outsider = ballot({{1, 1}});
    outsider.voterId = 99;
    CHECK(validateBallot(r, outsider)->code == Code::NotAVoter);
    CHECK(validateBallot(r, ballot({{7, 1}}))->code == Code::NotOnBallot);
    CHECK(validateBallot(r, ballot({{1, 1}, {1, 2}}))->code == Code::DuplicateEntry);
    CHECK(validateBallot(r, ballot({{1, 9}}))->code == Code::BadRank);
    VotingRound closed = r;
    closed.status = RoundStatus::Closed;
    CHECK(validateBallot(closed, ballot({{1, 1}}))->code == Code::RoundClosed);
}

TEST_CASE("dot votes stay within the budget and the cap per initiative")
{
    const VotingRound r = round(BallotKind::Dots);
    CHECK(!validateBallot(r, ballot({{1, 0, 5}, {2, 0, 5}})));
    auto over = validateBallot(r, ballot({{1, 0, 5}, {2, 0, 4}, {3, 0, 2}}));
    REQUIRE(over);
    CHECK(over->code == Code::OverBudget);
    CHECK(over->value == 11);
    auto capped = validateBallot(r, ballot({{1, 0, 6}}));
    REQUIRE(capped);
    CHECK(capped->code == Code::OverCap);
    CHECK(capped->initiativeId == 1);
    CHECK(validateBallot(r, ballot({{1, 0, -1}}))->code == Code::NegativePoints);
}

TEST_CASE("ballots become rankings: ranks with ties - dots by points - MoSCoW by class")
{
    // Ranks 1, 2, 2: CX-3 first, CX-1 and CX-2 tied; CX-4 unranked.
    Ballot ranked = toRankBallot(round(BallotKind::Ranking), ballot({{1, 2}, {2, 2}, {3, 1}, {4, 0}}), codes);
    CHECK(ranked.ranking == Ranking{{QStringLiteral("CX-3")}, {QStringLiteral("CX-1"), QStringLiteral("CX-2")}});

    // 5 points before 3 before 1; an initiative without points is left out (ties at the bottom).
    Ballot dots = toRankBallot(round(BallotKind::Dots), ballot({{1, 0, 1}, {2, 0, 5}, {3, 0, 3}, {4, 0, 0}}), codes);
    CHECK(dots.ranking ==
          Ranking{{QStringLiteral("CX-2")}, {QStringLiteral("CX-3")}, {QStringLiteral("CX-1")}});

    Ballot moscow = toRankBallot(round(BallotKind::Moscow),
                                 ballot({{1, 0, 0, MoscowClass::Could}, {2, 0, 0, MoscowClass::Must},
                                         {3, 0, 0, MoscowClass::Must}, {4, 0, 0, MoscowClass::Wont}}),
                                 codes);
    CHECK(moscow.ranking == Ranking{{QStringLiteral("CX-2"), QStringLiteral("CX-3")},
                                    {QStringLiteral("CX-1")},
                                    {QStringLiteral("CX-4")}});
}

TEST_CASE("round keys round-trip")
{
    for (auto k : {BallotKind::Ranking, BallotKind::Dots, BallotKind::Moscow}) {
        CHECK(ballotKindFromKey(toKey(k)) == k);
    }
    CHECK(roundStatusFromKey(QStringLiteral("closed")) == RoundStatus::Closed);
    CHECK(moscowFromKey(QStringLiteral("wont")) == MoscowClass::Wont);
    CHECK(!moscowFromKey(QStringLiteral("maybe")));
}
