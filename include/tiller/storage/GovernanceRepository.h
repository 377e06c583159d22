// Governance and CX foundations: personas, journeys, stages, touchpoints, pain points, governance bodies, the RACI
// matrix and maturity assessments; and the Voice-of-Customer evidence behind a pain point, read by SQL.
#pragma once

#include "tiller/core/Entities.h"
#include "tiller/storage/Repositories.h"

#include <QDate>
#include <vector>

namespace tiller::storage {

// The customers' answers that back a pain point: the negative ones at its stage (detractors for NPS, 1–2 of 5 for
// CSAT, 5 and more of 7 for effort) whose comment holds one of its keywords, or all of them when it has none.
struct PainEvidence
{
    int negative = 0;      // since the date asked for
    int answers = 0;       // every answer at the stage since then
    QStringList verbatims; // the latest comments, newest first
    bool operator==(const PainEvidence&) const = default;
};

class GovernanceRepository
{
public:
    explicit GovernanceRepository(Database& db) : m_db(db) {}

    Result<std::vector<core::Persona>> loadPersonas();
    Result<std::vector<core::Journey>> loadJourneys();
    Result<std::vector<core::JourneyStage>> loadStages();
    Result<std::vector<core::Touchpoint>> loadTouchpoints();
    Result<std::vector<core::PainPoint>> loadPainPoints();
    Result<std::vector<core::GovernanceBody>> loadBodies();
    Result<std::vector<core::RaciAssignment>> loadRaci();
    Result<std::vector<core::MaturityAssessment>> loadAssessments();

    Status insert(core::Persona& p);
    Status update(const core::Persona& before, core::Persona& after);
    Status remove(const core::Persona& p);
    Status insert(core::Journey& j);
    Status update(const core::Journey& before, core::Journey& after);
    Status remove(const core::Journey& j);
    Status insert(core::JourneyStage& s);
    Status update(const core::JourneyStage& before, core::JourneyStage& after);
    Status remove(const core::JourneyStage& s);
    Status insert(core::Touchpoint& t);
    Status update(const core::Touchpoint& before, core::Touchpoint& after);
    Status remove(const core::Touchpoint& t);
    Status insert(core::PainPoint& p);
    Status update(const core::PainPoint& before, core::PainPoint& after);
    Status remove(const core::PainPoint& p);
    Status insert(core::GovernanceBody& b);
    Status update(const core::GovernanceBody& before, core::GovernanceBody& after);
    Status remove(const core::GovernanceBody& b);
    Status insert(core::RaciAssignment& a);
    Status update(const core::RaciAssignment& before, core::RaciAssignment& after);
    Status remove(const core::RaciAssignment& a);
    Status insert(core::MaturityAssessment& a);
    Status update(const core::MaturityAssessment& before, core::MaturityAssessment& after);
    Status remove(const core::MaturityAssessment& a);

    // Customer answers and KPIs recorded against a stage (a stage that holds some is not removed: they would lose
    // their place in the journey).
    Result<int> stageUsage(core::Id stageId);
    // The evidence of a pain point since `since`, with up to `samples` comments.
    Result<PainEvidence> evidence(const core::PainPoint& pain, QDate since, int samples = 5);

private:
    Database& m_db;
};

} // namespace tiller::storage
