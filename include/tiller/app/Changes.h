// A set of entity changes applied together: what one undo command writes in one transaction.
#pragma once

#include "tiller/core/Entities.h"
#include "tiller/core/Scoring.h"
#include "tiller/core/Voting.h"

#include <optional>
#include <vector>

namespace tiller::app {

// before == nullopt: an insert; after == nullopt: a delete; both: an update.
// An inserted bin, initiative, meeting, persona, journey or stage may carry a negative placeholder id, unique within the set: other rows of
// the same set refer to it by that id (a new bin's initiatives, a new session's agenda) and get the real id when
// it is written.
template <typename T>
struct Change
{
    std::optional<T> before;
    std::optional<T> after;
};

struct ChangeSet
{
    std::vector<Change<core::Initiative>> initiatives;
    std::vector<Change<core::Person>> people;
    std::vector<Change<core::Domain>> domains;
    std::vector<Change<core::Program>> program;
    std::vector<Change<core::ScoringModel>> models;
    std::vector<Change<core::ScoreValue>> scores; // keyed by (initiative, criterion, person)
    std::vector<Change<core::VotingRound>> rounds;
    std::vector<Change<core::VoterBallot>> ballots;
    std::vector<Change<core::DecisionSnapshot>> snapshots; // inserted by an action, removed by its undo
    std::vector<Change<core::ProjectBin>> bins;
    std::vector<Change<core::BinDependency>> dependencies;
    std::vector<Change<core::Task>> tasks;
    std::vector<Change<core::TaskTransfer>> transfers;         // inserted by a hand-over, removed by its undo
    std::vector<Change<core::Charter>> charters;
    std::vector<Change<core::CharterPhase>> phases;
    std::vector<Change<core::DodItem>> dodItems;
    std::vector<Change<core::Meeting>> meetings;
    std::vector<Change<core::Notification>> notifications;     // raised by an action, removed by its undo
    std::vector<Change<core::Pillar>> pillars;
    std::vector<Change<core::ChangeRequest>> requests;
    std::vector<Change<core::BoardDecision>> decisions;
    // Governance and CX foundations
    std::vector<Change<core::Persona>> personas;
    std::vector<Change<core::Journey>> journeys;
    std::vector<Change<core::JourneyStage>> stages;
    std::vector<Change<core::Touchpoint>> touchpoints;
    std::vector<Change<core::PainPoint>> painPoints;
    std::vector<Change<core::GovernanceBody>> bodies;
    std::vector<Change<core::RaciAssignment>> raci;
    std::vector<Change<core::MaturityAssessment>> assessments;
    // Why a rule was overridden (a bin marked done with its definition of done open): recorded in the audit trail.
    QString overrideReason;

    bool isEmpty() const
    {
        return initiatives.empty() && people.empty() && domains.empty() && program.empty() && models.empty() &&
               scores.empty() && rounds.empty() && ballots.empty() && snapshots.empty() && bins.empty() &&
               dependencies.empty() && tasks.empty() && transfers.empty() && charters.empty() && phases.empty() &&
               dodItems.empty() && meetings.empty() && notifications.empty() && pillars.empty() && requests.empty() &&
               decisions.empty() && personas.empty() && journeys.empty() && stages.empty() && touchpoints.empty() &&
               painPoints.empty() && bodies.empty() && raci.empty() && assessments.empty();
    }
    // The same changes, backwards (undo).
    ChangeSet inverted() const;
};

} // namespace tiller::app
