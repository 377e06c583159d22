// Counting a voting round: every method side by side, agreement, the most contested initiatives; frozen as JSON at closing.
#pragma once

#include "tiller/core/Ranking.h"
#include "tiller/core/Voting.h"

#include <QJsonObject>

#include <optional>
#include <vector>

namespace tiller::app {

class Portfolio;

struct VoteCount
{
    int ballots = 0;                          // submitted ballots counted
    QStringList candidates;                   // initiative codes on the ballot
    std::vector<core::RankResult> methods;    // the round's method first, then the others that apply
    // pairwise[i][j]: ballots ranking candidates[i] above candidates[j].
    std::vector<std::vector<qint64>> pairwise;
    double kendallW = 0;
    std::vector<core::RankSpread> contested;  // most contested first
    QString kemenyNote;                       // why Kemeny–Young is absent, when it is

    const core::RankResult* method(core::RankMethod m) const;
    QJsonObject toJson() const;
    static std::optional<VoteCount> fromJson(const QJsonObject& json);
};

// Counts the submitted ballots of a round (drafts are not counted).
VoteCount countRound(const Portfolio& portfolio, const core::VotingRound& round,
                     const std::vector<core::VoterBallot>& ballots);

} // namespace tiller::app
