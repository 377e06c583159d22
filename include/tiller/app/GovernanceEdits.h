// Governance and CX-foundation edits as ChangeSets (one undoable command each): the RACI matrix's cells, governance
// bodies and their meetings, journeys with their stages, touchpoints and pain points, maturity assessments.
// Portfolio::submit checks the rules.
#pragma once

#include "tiller/app/Changes.h"
#include "tiller/core/Governance.h"

#include <QCoreApplication>

namespace tiller::app {

class Portfolio;

class GovernanceEdits
{
    Q_DECLARE_TR_FUNCTIONS(GovernanceEdits)
public:
    static const QString BodyMeetingKind; // "body_meeting"

    // ---- RACI ----
    // Gives a person exactly these roles (RaciRole flags) on an item. Making someone accountable takes the role
    // from whoever held it: one accountable person per item.
    static ChangeSet setRaciCell(const Portfolio& p, core::RaciItem item, core::Id personId, int roles);
    // Makes each bin's and initiative's owner accountable where nobody is (the RACI items only).
    static ChangeSet accountableFromOwners(const Portfolio& p);

    // ---- Bodies ----
    static ChangeSet saveBody(const Portfolio& p, const core::GovernanceBody& body); // id 0: a new body
    static ChangeSet removeBody(const Portfolio& p, core::Id bodyId);                // with its meeting records
    // A meeting record of a body (id 0: a new one); the body's next meeting moves on by its cadence when the
    // record is of that meeting or later.
    static ChangeSet saveMeeting(const Portfolio& p, core::Id bodyId, const core::Meeting& meeting);
    static ChangeSet removeMeeting(const Portfolio& p, core::Id meetingId);

    // ---- Journeys ----
    static ChangeSet savePersona(const Portfolio& p, const core::Persona& persona); // id 0: a new one
    static ChangeSet removePersona(const Portfolio& p, core::Id personaId);
    // A new journey with its stages, in order.
    static ChangeSet addJourney(const Portfolio& p, const core::Journey& journey, const QStringList& stages);
    static ChangeSet saveJourney(const Portfolio& p, const core::Journey& journey);
    // A journey with all it holds (stages, touchpoints, pain points unlinked from initiatives and requests).
    static ChangeSet removeJourney(const Portfolio& p, core::Id journeyId);
    // A new stage at `position` (0: first; past the end: last).
    static ChangeSet addStage(const Portfolio& p, core::Id journeyId, const QString& name, int position);
    static ChangeSet renameStage(const Portfolio& p, core::Id stageId, const QString& name);
    // Moves a stage left (-1) or right (+1) in its journey.
    static ChangeSet moveStage(const Portfolio& p, core::Id stageId, int delta);
    static ChangeSet removeStage(const Portfolio& p, core::Id stageId);
    static ChangeSet saveTouchpoint(const Portfolio& p, const core::Touchpoint& touchpoint);
    static ChangeSet removeTouchpoint(const Portfolio& p, core::Id touchpointId);
    // A pain point (id 0: a new one) and the initiatives that address it (the links are replaced).
    static ChangeSet savePainPoint(const Portfolio& p, const core::PainPoint& pain, QList<core::Id> initiatives);
    static ChangeSet removePainPoint(const Portfolio& p, core::Id painId);

    // ---- Maturity ----
    static ChangeSet saveAssessment(const Portfolio& p, const core::MaturityAssessment& assessment);
    static ChangeSet removeAssessment(const Portfolio& p, core::Id assessmentId);
};

} // namespace tiller::app
