// Voting rounds (ballot, voters, frozen result) and the stakeholders' ballots.
#pragma once

#include "tiller/core/Voting.h"
#include "tiller/storage/Repositories.h"

#include <optional>
#include <vector>

namespace tiller::storage {

class VotingRepository
{
public:
    explicit VotingRepository(Database& db) : m_db(db) {}

    Result<std::vector<core::VotingRound>> loadRounds();
    Status insertRound(core::VotingRound& round);
    Status updateRound(const core::VotingRound& before, core::VotingRound& after);
    Status removeRound(const core::VotingRound& round);

    // Every ballot of a round (for counting, or for the voter's own in the app).
    Result<std::vector<core::VoterBallot>> loadBallots(core::Id roundId);
    Status insertBallot(core::VoterBallot& ballot);
    Status updateBallot(const core::VoterBallot& before, core::VoterBallot& after);
    Status removeBallot(const core::VoterBallot& ballot);

private:
    Status writeRoundLists(const core::VotingRound& round);
    Status writeEntries(const core::VoterBallot& ballot);
    Database& m_db;
};

} // namespace tiller::storage
