// Scoring models with their criteria, and the initiatives' scores (agreed and per stakeholder).
#pragma once

#include "tiller/core/Entities.h"
#include "tiller/core/Scoring.h"
#include "tiller/storage/Repositories.h"

#include <optional>
#include <vector>

namespace tiller::storage {

class ScoringRepository
{
public:
    explicit ScoringRepository(Database& db) : m_db(db) {}

    // Models with their criteria in sortOrder.
    Result<std::vector<core::ScoringModel>> loadModels();
    // Inserts the model and its criteria (ids assigned, or kept when set).
    Status insertModel(core::ScoringModel& model);
    // Writes the model row and brings its criteria to `after` (criteria matched
    // by id: new ones inserted, missing ones deleted with their scores).
    Status updateModel(const core::ScoringModel& before, core::ScoringModel& after);
    Status removeModel(const core::ScoringModel& model);

    // Agreed values (personId 0) of every initiative.
    Result<std::vector<core::ScoreValue>> loadAgreedScores();
    // Stakeholders' private values; for one initiative, or all when 0.
    Result<std::vector<core::ScoreValue>> loadRaterScores(core::Id initiativeId = 0);
    // One value: no `before` inserts, no `after` deletes; the key is
    // (initiative, criterion, person).
    Status writeScore(const std::optional<core::ScoreValue>& before, const std::optional<core::ScoreValue>& after);

private:
    Status insertCriterion(core::Id modelId, core::Criterion& c);
    Database& m_db;
};

} // namespace tiller::storage
