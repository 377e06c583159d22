#include "tiller/app/GovernanceEdits.h"

#include "tiller/app/Portfolio.h"
#include "tiller/core/ChangeBoard.h"

#include <QSet>
#include <algorithm>

namespace tiller::app {

const QString GovernanceEdits::BodyMeetingKind = QStringLiteral("body_meeting");

namespace {

template <typename T> const T* findIn(const std::vector<T>& list, core::Id id)
{
    const auto it = std::find_if(list.begin(), list.end(), [id](const T& x) { return x.id == id; });
    return it == list.end() ? nullptr : &*it;
}

// An insert (id 0) or an update of a row the portfolio holds; nothing when it is unchanged or gone.
template <typename T>
void upsert(std::vector<Change<T>>& list, const std::vector<T>& memory, T row, core::Id placeholder = -1)
{
    if (row.id == 0) {
        row.id = placeholder;
        list.push_back({std::nullopt, row});
        return;
    }
    if (const T* current = findIn(memory, row.id); current && !(*current == row)) {
        row.version = current->version;
        list.push_back({*current, row});
    }
}

// Unlinks pain points from the initiatives and requests that cite them, and removes them.
void removePains(const Portfolio& p, const QSet<core::Id>& pains, ChangeSet& set)
{
    if (pains.isEmpty()) {
        return;
    }
    for (const core::Initiative& i : p.initiatives()) {
        core::Initiative after = i;
        after.painPoints.removeIf([&](core::Id x) { return pains.contains(x); });
        if (after.painPoints != i.painPoints) {
            set.initiatives.push_back({i, after});
        }
    }
    for (const core::ChangeRequest& r : p.requests()) {
        core::ChangeRequest after = r;
        after.painPoints.removeIf([&](core::Id x) { return pains.contains(x); });
        if (after.painPoints != r.painPoints) {
            set.requests.push_back({r, after});
        }
    }
    for (const core::PainPoint& pain : p.painPoints()) {
        if (pains.contains(pain.id)) {
            set.painPoints.push_back({pain, std::nullopt});
        }
    }
}

// A stage with its touchpoints and pain points.
void removeStageInto(const Portfolio& p, const core::JourneyStage& stage, ChangeSet& set)
{
    QSet<core::Id> pains;
    for (const core::PainPoint& pain : p.painsAt(stage.id)) {
        pains.insert(pain.id);
    }
    removePains(p, pains, set);
    for (const core::Touchpoint& t : p.touchpointsOf(stage.id)) {
        set.touchpoints.push_back({t, std::nullopt});
    }
    set.stages.push_back({stage, std::nullopt});
}

} // namespace

// ---- RACI ----

ChangeSet GovernanceEdits::setRaciCell(const Portfolio& p, core::RaciItem item, core::Id personId, int roles)
{
    ChangeSet set;
    const std::vector<core::RaciAssignment> rows = p.raciOf(item);
    for (int r = 0; r < core::RaciRoleCount; ++r) {
        const auto role = core::RaciRole(r);
        const bool wanted = core::hasRole(roles, role);
        const auto held = std::find_if(rows.begin(), rows.end(), [&](const core::RaciAssignment& a) {
            return a.personId == personId && a.role == role;
        });
        if (wanted && held == rows.end()) {
            core::RaciAssignment a;
            a.id = -1 - r;
            a.binId = item.binId;
            a.initiativeId = item.initiativeId;
            a.personId = personId;
            a.role = role;
            set.raci.push_back({std::nullopt, a});
        } else if (!wanted && held != rows.end()) {
            set.raci.push_back({*held, std::nullopt});
        }
    }
    if (core::hasRole(roles, core::RaciRole::Accountable)) {
        for (const core::RaciAssignment& a : rows) {
            if (a.role == core::RaciRole::Accountable && a.personId != personId) {
                set.raci.push_back({a, std::nullopt});
            }
        }
    }
    return set;
}

ChangeSet GovernanceEdits::accountableFromOwners(const Portfolio& p)
{
    ChangeSet set;
    core::Id next = -1;
    for (const core::RaciItem& item : p.raciItems()) {
        const std::vector<core::RaciAssignment> rows = p.raciOf(item);
        if (std::any_of(rows.begin(), rows.end(),
                        [](const auto& a) { return a.role == core::RaciRole::Accountable; })) {
            continue;
        }
        const core::Id owner = item.isBin() ? p.bin(item.binId)->ownerId : p.initiative(item.initiativeId)->ownerId;
        if (owner == 0 || !p.person(owner)) {
            continue;
        }
        core::RaciAssignment a;
        a.id = next--;
        a.binId = item.binId;
        a.initiativeId = item.initiativeId;
        a.personId = owner;
        a.role = core::RaciRole::Accountable;
        set.raci.push_back({std::nullopt, a});
    }
    return set;
}

// ---- Bodies ----

ChangeSet GovernanceEdits::saveBody(const Portfolio& p, const core::GovernanceBody& body)
{
    ChangeSet set;
    core::GovernanceBody row = body;
    std::sort(row.members.begin(), row.members.end(),
              [](const auto& a, const auto& b) { return a.personId < b.personId; });
    upsert(set.bodies, p.bodies(), row);
    return set;
}

ChangeSet GovernanceEdits::removeBody(const Portfolio& p, core::Id bodyId)
{
    ChangeSet set;
    if (const core::GovernanceBody* b = p.body(bodyId)) {
        set.bodies.push_back({*b, std::nullopt}); // its meeting records go with it (Portfolio completes the set)
    }
    return set;
}

ChangeSet GovernanceEdits::saveMeeting(const Portfolio& p, core::Id bodyId, const core::Meeting& meeting)
{
    ChangeSet set;
    const core::GovernanceBody* b = p.body(bodyId);
    if (!b) {
        return set;
    }
    core::Meeting row = meeting;
    row.kind = BodyMeetingKind;
    row.bodyId = bodyId;
    std::sort(row.attendees.begin(), row.attendees.end());
    upsert(set.meetings, p.meetings(), row);
    if (row.heldOn.isValid() && (!b->nextMeeting.isValid() || row.heldOn >= b->nextMeeting)) {
        core::GovernanceBody after = *b;
        after.nextMeeting = core::followingSession(row.heldOn, b->cadence);
        set.bodies.push_back({*b, after});
    }
    return set;
}

ChangeSet GovernanceEdits::removeMeeting(const Portfolio& p, core::Id meetingId)
{
    ChangeSet set;
    if (const core::Meeting* m = p.meeting(meetingId); m && m->kind == BodyMeetingKind) {
        set.meetings.push_back({*m, std::nullopt});
    }
    return set;
}

// ---- Journeys ----

ChangeSet GovernanceEdits::savePersona(const Portfolio& p, const core::Persona& persona)
{
    ChangeSet set;
    upsert(set.personas, p.personas(), persona);
    return set;
}

ChangeSet GovernanceEdits::removePersona(const Portfolio& p, core::Id personaId)
{
    ChangeSet set;
    if (const core::Persona* x = p.persona(personaId)) {
        // Its journeys stay, without a persona.
        for (const core::Journey& j : p.journeys()) {
            if (j.personaId == personaId) {
                core::Journey after = j;
                after.personaId = 0;
                set.journeys.push_back({j, after});
            }
        }
        set.personas.push_back({*x, std::nullopt});
    }
    return set;
}

ChangeSet GovernanceEdits::addJourney(const Portfolio& p, const core::Journey& journey, const QStringList& stages)
{
    Q_UNUSED(p);
    ChangeSet set;
    core::Journey j = journey;
    j.id = -1;
    set.journeys.push_back({std::nullopt, j});
    int order = 0;
    for (const QString& name : stages) {
        if (name.trimmed().isEmpty()) {
            continue;
        }
        core::JourneyStage s;
        s.id = -2 - order;
        s.journeyId = -1;
        s.name = name.trimmed();
        s.sortOrder = ++order;
        set.stages.push_back({std::nullopt, s});
    }
    return set;
}

ChangeSet GovernanceEdits::saveJourney(const Portfolio& p, const core::Journey& journey)
{
    ChangeSet set;
    upsert(set.journeys, p.journeys(), journey);
    return set;
}

ChangeSet GovernanceEdits::removeJourney(const Portfolio& p, core::Id journeyId)
{
    ChangeSet set;
    const core::Journey* j = p.journey(journeyId);
    if (!j) {
        return set;
    }
    for (const core::JourneyStage& s : p.stagesOf(journeyId)) {
        removeStageInto(p, s, set);
    }
    set.journeys.push_back({*j, std::nullopt});
    return set;
}

ChangeSet GovernanceEdits::addStage(const Portfolio& p, core::Id journeyId, const QString& name, int position)
{
    ChangeSet set;
    const std::vector<core::JourneyStage> stages = p.stagesOf(journeyId);
    position = std::clamp(position, 0, int(stages.size()));
    // Renumber 1..n with the new one in its place.
    int order = 0;
    for (int i = 0; i <= int(stages.size()); ++i) {
        if (i == position) {
            core::JourneyStage s;
            s.id = -1;
            s.journeyId = journeyId;
            s.name = name.trimmed();
            s.sortOrder = ++order;
            set.stages.push_back({std::nullopt, s});
        }
        if (i < int(stages.size())) {
            core::JourneyStage after = stages[i];
            after.sortOrder = ++order;
            if (after.sortOrder != stages[i].sortOrder) {
                set.stages.push_back({stages[i], after});
            }
        }
    }
    return set;
}

ChangeSet GovernanceEdits::renameStage(const Portfolio& p, core::Id stageId, const QString& name)
{
    ChangeSet set;
    if (const core::JourneyStage* s = p.stage(stageId)) {
        core::JourneyStage after = *s;
        after.name = name.trimmed();
        upsert(set.stages, p.stages(), after);
    }
    return set;
}

ChangeSet GovernanceEdits::moveStage(const Portfolio& p, core::Id stageId, int delta)
{
    ChangeSet set;
    const core::JourneyStage* s = p.stage(stageId);
    if (!s) {
        return set;
    }
    std::vector<core::JourneyStage> stages = p.stagesOf(s->journeyId);
    const auto it = std::find_if(stages.begin(), stages.end(), [&](const auto& x) { return x.id == stageId; });
    const int from = int(it - stages.begin());
    const int to = from + delta;
    if (to < 0 || to >= int(stages.size())) {
        return set;
    }
    const std::vector<core::JourneyStage> before = stages;
    std::swap(stages[from], stages[to]);
    for (int i = 0; i < int(stages.size()); ++i) {
        core::JourneyStage after = stages[i];
        after.sortOrder = i + 1;
        const auto& was = *std::find_if(before.begin(), before.end(), [&](const auto& x) { return x.id == after.id; });
        if (!(was == after)) {
            set.stages.push_back({was, after});
        }
    }
    return set;
}

ChangeSet GovernanceEdits::removeStage(const Portfolio& p, core::Id stageId)
{
    ChangeSet set;
    if (const core::JourneyStage* s = p.stage(stageId)) {
        removeStageInto(p, *s, set);
    }
    return set;
}

ChangeSet GovernanceEdits::saveTouchpoint(const Portfolio& p, const core::Touchpoint& touchpoint)
{
    ChangeSet set;
    core::Touchpoint row = touchpoint;
    if (row.id == 0) {
        const auto existing = p.touchpointsOf(row.stageId);
        row.sortOrder = existing.empty() ? 1 : existing.back().sortOrder + 1;
    }
    upsert(set.touchpoints, p.touchpoints(), row);
    return set;
}

ChangeSet GovernanceEdits::removeTouchpoint(const Portfolio& p, core::Id touchpointId)
{
    ChangeSet set;
    if (const core::Touchpoint* t = findIn(p.touchpoints(), touchpointId)) {
        set.touchpoints.push_back({*t, std::nullopt});
    }
    return set;
}

ChangeSet GovernanceEdits::savePainPoint(const Portfolio& p, const core::PainPoint& pain, QList<core::Id> initiatives)
{
    ChangeSet set;
    upsert(set.painPoints, p.painPoints(), pain);
    const core::Id id = pain.id == 0 ? -1 : pain.id;
    std::sort(initiatives.begin(), initiatives.end());
    for (const core::Initiative& i : p.initiatives()) {
        const bool linked = i.painPoints.contains(id);
        const bool wanted = initiatives.contains(i.id);
        if (linked == wanted) {
            continue;
        }
        core::Initiative after = i;
        if (wanted) {
            after.painPoints.append(id);
            std::sort(after.painPoints.begin(), after.painPoints.end());
        } else {
            after.painPoints.removeAll(id);
        }
        set.initiatives.push_back({i, after});
    }
    return set;
}

ChangeSet GovernanceEdits::removePainPoint(const Portfolio& p, core::Id painId)
{
    ChangeSet set;
    removePains(p, {painId}, set);
    return set;
}

// ---- Maturity ----

ChangeSet GovernanceEdits::saveAssessment(const Portfolio& p, const core::MaturityAssessment& assessment)
{
    ChangeSet set;
    upsert(set.assessments, p.assessments(), assessment);
    return set;
}

ChangeSet GovernanceEdits::removeAssessment(const Portfolio& p, core::Id assessmentId)
{
    ChangeSet set;
    if (const core::MaturityAssessment* a = p.assessment(assessmentId)) {
        set.assessments.push_back({*a, std::nullopt});
    }
    return set;
}

} // namespace tiller::app
