// The governance and CX-foundations part of Portfolio: personas, journeys, stages, touchpoints, pain points, governance
// bodies, the RACI matrix and maturity assessments — in memory, checked, written in the command's transaction.
#include "PortfolioSupport.h"
#include "tiller/app/Portfolio.h"
#include "tiller/app/Text.h"
#include "tiller/core/ChangeBoard.h"
#include "tiller/storage/KpiRepository.h"
#include "tiller/storage/VocRepository.h"

#include <QSet>
#include <set>

namespace tiller::app {

using namespace detail;

namespace {

const QString BodyMeetingKind = QStringLiteral("body_meeting");

// A list as it will be once the set is applied.
template <typename T> std::vector<T> afterChanges(const std::vector<T>& memory, const std::vector<Change<T>>& list)
{
    std::vector<T> out = memory;
    commitList(out, list, [](const T& x) { return x.id; });
    return out;
}

template <typename T> QSet<core::Id> goingAway(const std::vector<Change<T>>& list)
{
    QSet<core::Id> out;
    for (const auto& c : list) {
        if (c.before && !c.after) {
            out.insert(c.before->id);
        }
    }
    return out;
}

template <typename T> bool exists(const std::vector<T>& after, core::Id id)
{
    return id != 0 && std::any_of(after.begin(), after.end(), [id](const T& x) { return x.id == id; });
}

bool blank(const QString& s)
{
    return s.trimmed().isEmpty();
}

} // namespace

core::Expected<void, StorageError> Portfolio::loadGovernance()
{
    storage::GovernanceRepository repo(*m_db);
    auto personas = repo.loadPersonas();
    auto journeys = repo.loadJourneys();
    auto stages = repo.loadStages();
    auto touchpoints = repo.loadTouchpoints();
    auto pains = repo.loadPainPoints();
    auto bodies = repo.loadBodies();
    auto raci = repo.loadRaci();
    auto assessments = repo.loadAssessments();
    for (const StorageError* e : {personas ? nullptr : &personas.error(), journeys ? nullptr : &journeys.error(),
                                  stages ? nullptr : &stages.error(), touchpoints ? nullptr : &touchpoints.error(),
                                  pains ? nullptr : &pains.error(), bodies ? nullptr : &bodies.error(),
                                  raci ? nullptr : &raci.error(), assessments ? nullptr : &assessments.error()}) {
        if (e) {
            return unexpected(*e);
        }
    }
    m_personas = std::move(*personas);
    m_journeys = std::move(*journeys);
    m_stages = std::move(*stages);
    m_touchpoints = std::move(*touchpoints);
    m_painPoints = std::move(*pains);
    m_bodies = std::move(*bodies);
    m_raci = std::move(*raci);
    m_assessments = std::move(*assessments);
    return {};
}

// ---- Reading ----

const core::Persona* Portfolio::persona(core::Id id) const
{
    return byId(m_personas, id);
}
const core::Journey* Portfolio::journey(core::Id id) const
{
    return byId(m_journeys, id);
}
const core::GovernanceBody* Portfolio::body(core::Id id) const
{
    return byId(m_bodies, id);
}
const core::MaturityAssessment* Portfolio::assessment(core::Id id) const
{
    return byId(m_assessments, id);
}

std::vector<core::JourneyStage> Portfolio::stagesOf(core::Id journeyId) const
{
    std::vector<core::JourneyStage> out;
    std::copy_if(m_stages.begin(), m_stages.end(), std::back_inserter(out),
                 [journeyId](const core::JourneyStage& s) { return s.journeyId == journeyId; });
    std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.sortOrder < b.sortOrder; });
    return out;
}

std::vector<core::Touchpoint> Portfolio::touchpointsOf(core::Id stageId) const
{
    std::vector<core::Touchpoint> out;
    std::copy_if(m_touchpoints.begin(), m_touchpoints.end(), std::back_inserter(out),
                 [stageId](const core::Touchpoint& t) { return t.stageId == stageId; });
    std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.sortOrder < b.sortOrder; });
    return out;
}

std::vector<core::PainPoint> Portfolio::painsAt(core::Id stageId) const
{
    std::vector<core::PainPoint> out;
    std::copy_if(m_painPoints.begin(), m_painPoints.end(), std::back_inserter(out),
                 [stageId](const core::PainPoint& p) { return p.stageId == stageId; });
    std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.severity > b.severity; });
    return out;
}

core::Expected<storage::PainEvidence, StorageError> Portfolio::painEvidence(core::Id painId, QDate since,
                                                                            int samples) const
{
    const core::PainPoint* p = painPoint(painId);
    if (!p) {
        return storage::PainEvidence{};
    }
    return storage::GovernanceRepository(*m_db).evidence(*p, since, samples);
}

QHash<core::Id, core::ScoreCounts> Portfolio::stageScores(const QString& metric, QDate from, QDate to) const
{
    QHash<core::Id, core::ScoreCounts> out;
    if (auto stages = storage::VocRepository(*m_db).byStage(from, to, metric)) {
        for (const storage::VocStage& s : *stages) {
            if (s.stageId != 0) {
                out.insert(s.stageId, s.counts);
            }
        }
    }
    return out;
}

core::PainTrace Portfolio::trace(core::Id painId) const
{
    core::TraceInputs in{&m_painPoints, &m_initiatives, &tasks(), &m_requests, {}};
    if (auto kpis = storage::KpiRepository(*m_db).readings(now().date())) {
        for (const storage::KpiReading& k : *kpis) {
            in.kpis.push_back({k.id, k.stageId});
        }
    }
    return core::tracePain(painId, in);
}

QList<core::Id> Portfolio::painsWithoutInitiative() const
{
    return core::painsWithoutInitiative({&m_painPoints, &m_initiatives, nullptr, nullptr, {}});
}

QList<core::Id> Portfolio::initiativesWithoutPain() const
{
    return core::initiativesWithoutPain({&m_painPoints, &m_initiatives, nullptr, nullptr, {}});
}

std::vector<const core::Initiative*> Portfolio::initiativesAddressing(core::Id painId) const
{
    std::vector<const core::Initiative*> out;
    for (const core::Initiative& i : m_initiatives) {
        if (i.painPoints.contains(painId)) {
            out.push_back(&i);
        }
    }
    return out;
}

const core::GovernanceBody* Portfolio::bodyOfKind(core::BodyKind kind) const
{
    for (const core::GovernanceBody& b : m_bodies) {
        if (b.kind == kind) {
            return &b;
        }
    }
    return nullptr;
}

std::vector<core::Meeting> Portfolio::meetingsOf(core::Id bodyId) const
{
    const core::GovernanceBody* b = body(bodyId);
    if (!b) {
        return {};
    }
    if (b->kind == core::BodyKind::ChangeBoard) {
        return boardSessions();
    }
    std::vector<core::Meeting> out;
    std::copy_if(m_meetings.begin(), m_meetings.end(), std::back_inserter(out),
                 [bodyId](const core::Meeting& m) { return m.bodyId == bodyId; });
    std::stable_sort(out.begin(), out.end(), [](const auto& x, const auto& y) { return x.heldOn < y.heldOn; });
    return out;
}

QDate Portfolio::nextMeetingOf(const core::GovernanceBody& b) const
{
    if (b.kind == core::BodyKind::ChangeBoard) {
        // The next planned session; else the one the cadence calls for.
        QList<QDate> past;
        for (const core::Meeting& s : boardSessions()) {
            if (!s.closed && s.heldOn >= now().date()) {
                return s.heldOn;
            }
            past.append(s.heldOn);
        }
        return core::proposeNextSession(past, now().date(), m_program.boardCadence);
    }
    return b.nextMeeting;
}

std::vector<core::RaciAssignment> Portfolio::raciOf(core::RaciItem item) const
{
    std::vector<core::RaciAssignment> out;
    std::copy_if(m_raci.begin(), m_raci.end(), std::back_inserter(out),
                 [item](const core::RaciAssignment& a) { return core::raciItemOf(a) == item; });
    return out;
}

int Portfolio::raciCell(core::RaciItem item, core::Id personId) const
{
    return core::raciCell(m_raci, item, personId);
}

std::vector<core::RaciItem> Portfolio::raciItems() const
{
    std::vector<const core::ProjectBin*> bins;
    for (const core::ProjectBin& b : m_bins) {
        if (b.status != core::BinStatus::Done && b.status != core::BinStatus::Cancelled) {
            bins.push_back(&b);
        }
    }
    std::sort(bins.begin(), bins.end(), [](const auto* a, const auto* b) { return a->code < b->code; });
    std::vector<core::RaciItem> out;
    out.reserve(bins.size());
    for (const core::ProjectBin* b : bins) {
        out.push_back({b->id, 0});
    }
    for (const core::Initiative& i : m_initiatives) {
        if (i.status == core::InitiativeStatus::Approved || i.status == core::InitiativeStatus::InProgress) {
            out.push_back({0, i.id});
        }
    }
    return out;
}

core::RaciReport Portfolio::raciReport() const
{
    return core::analyseRaci(raciItems(), m_raci, m_program.raciLimit);
}

// ---- Completing and checking a set ----

void Portfolio::completeChanges(ChangeSet& changes) const
{
    // A bin's or initiative's RACI rows go with it (and come back with its undo).
    const QSet<core::Id> binsGoing = goingAway(changes.bins);
    const QSet<core::Id> initiativesGoing = goingAway(changes.initiatives);
    if (!binsGoing.isEmpty() || !initiativesGoing.isEmpty()) {
        const QSet<core::Id> already = goingAway(changes.raci);
        for (const core::RaciAssignment& a : m_raci) {
            const bool going = (a.binId != 0 && binsGoing.contains(a.binId)) ||
                               (a.initiativeId != 0 && initiativesGoing.contains(a.initiativeId));
            if (going && !already.contains(a.id)) {
                changes.raci.push_back({a, std::nullopt});
            }
        }
    }
    // A body's meeting records go with it.
    const QSet<core::Id> bodiesGoing = goingAway(changes.bodies);
    if (!bodiesGoing.isEmpty()) {
        const QSet<core::Id> already = goingAway(changes.meetings);
        for (const core::Meeting& m : m_meetings) {
            if (bodiesGoing.contains(m.bodyId) && !already.contains(m.id)) {
                changes.meetings.push_back({m, std::nullopt});
            }
        }
    }
    // The change board meets at the program's board cadence: one value, whichever side it is edited from.
    std::optional<core::BoardCadence> cadence;
    for (const auto& c : changes.program) {
        if (c.before && c.after && c.before->boardCadence != c.after->boardCadence) {
            cadence = c.after->boardCadence;
        }
    }
    for (const auto& c : changes.bodies) {
        if (c.after && c.after->kind == core::BodyKind::ChangeBoard &&
            (!c.before || c.before->cadence != c.after->cadence || c.before->kind != c.after->kind)) {
            cadence = c.after->cadence;
        }
    }
    if (!cadence) {
        return;
    }
    if (changes.program.empty() && m_program.id != 0 && m_program.boardCadence != *cadence) {
        core::Program p = m_program;
        p.boardCadence = *cadence;
        changes.program.push_back({m_program, p});
    }
    for (auto& c : changes.program) {
        if (c.after) {
            c.after->boardCadence = *cadence;
        }
    }
    for (auto& c : changes.bodies) {
        if (c.after && c.after->kind == core::BodyKind::ChangeBoard) {
            c.after->cadence = *cadence;
        }
    }
    for (const core::GovernanceBody& b : m_bodies) {
        const bool inSet = std::any_of(changes.bodies.begin(), changes.bodies.end(),
                                       [&](const auto& c) { return c.before && c.before->id == b.id; });
        if (b.kind == core::BodyKind::ChangeBoard && !inSet && b.cadence != *cadence) {
            core::GovernanceBody after = b;
            after.cadence = *cadence;
            changes.bodies.push_back({b, after});
        }
    }
}

std::optional<QString> Portfolio::validateGovernance(const ChangeSet& changes) const
{
    for (const auto& c : changes.program) {
        if (!c.after) {
            continue;
        }
        if (c.after->raciLimit < 1 || c.after->raciLimit > 1000) {
            return Text::tr("The most bins and initiatives one person may be accountable for is a number from 1 "
                            "to 1,000.");
        }
        if (c.after->cxLeadId != 0 && !person(c.after->cxLeadId)) {
            return Text::tr("The lead of the CX direction is no longer in the program.");
        }
        if (c.after->cxReportsTo.size() > 200) {
            return Text::tr("Say whom the CX direction reports to in at most 200 characters.");
        }
    }

    // Foundations: named, in their place; nothing removed while something still depends on it.
    const auto personas = afterChanges(m_personas, changes.personas);
    const auto journeys = afterChanges(m_journeys, changes.journeys);
    const auto stages = afterChanges(m_stages, changes.stages);
    const auto touchpoints = afterChanges(m_touchpoints, changes.touchpoints);
    const auto pains = afterChanges(m_painPoints, changes.painPoints);
    for (const auto& c : changes.personas) {
        if (c.after && blank(c.after->name)) {
            return Text::tr("A persona needs a name.");
        }
    }
    for (const auto& c : changes.journeys) {
        if (c.after && blank(c.after->name)) {
            return Text::tr("A journey needs a name.");
        }
        if (c.after && c.after->personaId != 0 && !exists(personas, c.after->personaId)) {
            return Text::tr("The journey's persona is no longer in the program.");
        }
    }
    for (const auto& c : changes.stages) {
        if (c.after && blank(c.after->name)) {
            return Text::tr("A journey stage needs a name.");
        }
        if (c.after && !exists(journeys, c.after->journeyId)) {
            return Text::tr("The stage's journey is no longer in the program.");
        }
    }
    for (const auto& c : changes.touchpoints) {
        if (c.after && blank(c.after->name)) {
            return Text::tr("A touchpoint needs a name.");
        }
        if (c.after && !exists(stages, c.after->stageId)) {
            return Text::tr("The touchpoint's stage is no longer in the journey.");
        }
    }
    for (const auto& c : changes.painPoints) {
        if (!c.after) {
            continue;
        }
        if (blank(c.after->title)) {
            return Text::tr("A pain point needs a title.");
        }
        if (c.after->severity < 1 || c.after->severity > 5) {
            return Text::tr("A pain point's severity runs from 1 (minor) to 5 (critical).");
        }
        if (!exists(stages, c.after->stageId)) {
            return Text::tr("The pain point's stage is no longer in the journey.");
        }
    }
    const QSet<core::Id> painsGoing = goingAway(changes.painPoints);
    if (!painsGoing.isEmpty()) {
        for (const auto& i : afterChanges(m_initiatives, changes.initiatives)) {
            for (core::Id p : i.painPoints) {
                if (painsGoing.contains(p)) {
                    return Text::tr("%1 still addresses the pain point “%2”: unlink it with the pain point.")
                        .arg(i.code, painPoint(p)->title);
                }
            }
        }
        for (const auto& r : afterChanges(m_requests, changes.requests)) {
            for (core::Id p : r.painPoints) {
                if (painsGoing.contains(p)) {
                    return Text::tr("%1 still cites the pain point “%2”: unlink it with the pain point.")
                        .arg(r.code, painPoint(p)->title);
                }
            }
        }
    }
    for (core::Id s : goingAway(changes.stages)) {
        const bool used =
            std::any_of(pains.begin(), pains.end(), [s](const auto& p) { return p.stageId == s; }) ||
            std::any_of(touchpoints.begin(), touchpoints.end(), [s](const auto& t) { return t.stageId == s; });
        if (used) {
            return Text::tr("The stage “%1” still has pain points or touchpoints.").arg(stage(s)->name);
        }
        auto usage = storage::GovernanceRepository(*m_db).stageUsage(s);
        if (usage && *usage > 0) {
            return Text::tr("The stage “%1” holds %n customer answer(s) or KPI(s): it can't be removed, rename it "
                            "instead.",
                            nullptr, *usage)
                .arg(stage(s)->name);
        }
    }
    for (core::Id j : goingAway(changes.journeys)) {
        if (std::any_of(stages.begin(), stages.end(), [j](const auto& s) { return s.journeyId == j; })) {
            return Text::tr("The journey “%1” still has stages.").arg(journey(j)->name);
        }
    }
    for (core::Id p : goingAway(changes.personas)) {
        if (std::any_of(journeys.begin(), journeys.end(), [p](const auto& j) { return j.personaId == p; })) {
            return Text::tr("The persona “%1” still has journeys.").arg(persona(p)->name);
        }
    }

    // Bodies: named once each, their people in the program, one change board.
    const auto bodies = afterChanges(m_bodies, changes.bodies);
    QSet<QString> names;
    int boards = 0;
    for (const core::GovernanceBody& b : bodies) {
        const QString key = b.name.trimmed().toCaseFolded();
        if (key.isEmpty()) {
            return Text::tr("A governance body needs a name.");
        }
        if (names.contains(key)) {
            return Text::tr("There is already a body called “%1”.").arg(b.name.trimmed());
        }
        names.insert(key);
        boards += b.kind == core::BodyKind::ChangeBoard ? 1 : 0;
    }
    if (boards > 1) {
        return Text::tr("The program has one change board: its sessions decide the requests.");
    }
    for (const auto& c : changes.bodies) {
        if (!c.after) {
            continue;
        }
        if (c.after->chairId != 0 && !person(c.after->chairId)) {
            return Text::tr("The chair of “%1” is no longer in the program.").arg(c.after->name);
        }
        QSet<core::Id> seen;
        for (const core::BodyMember& m : c.after->members) {
            if (!person(m.personId)) {
                return Text::tr("A member of “%1” is no longer in the program.").arg(c.after->name);
            }
            if (seen.contains(m.personId)) {
                return Text::tr("%1 is listed twice in “%2”.").arg(person(m.personId)->name, c.after->name);
            }
            seen.insert(m.personId);
        }
        const QDate next = c.after->nextMeeting;
        if (next.isValid() && (next.year() < 2000 || next.year() > 2200)) {
            return Text::tr("%1 is not a date for a meeting.").arg(QLocale().toString(next, QLocale::ShortFormat));
        }
    }

    // RACI: on one bin or one initiative that exists, a person once per role, one accountable per item.
    const QSet<core::Id> binsGoing = goingAway(changes.bins);
    const QSet<core::Id> initiativesGoing = goingAway(changes.initiatives);
    QSet<QPair<core::Id, core::Id>> touched; // (bin, initiative) items whose rows change
    for (const auto& c : changes.raci) {
        if (!c.after) {
            continue;
        }
        const core::RaciAssignment& a = *c.after;
        if ((a.binId != 0) == (a.initiativeId != 0)) {
            return Text::tr("A RACI role is held on one bin or on one initiative.");
        }
        const bool itemKnown =
            a.binId != 0
                ? (a.binId < 0 || (bin(a.binId) && !binsGoing.contains(a.binId)))
                : (a.initiativeId < 0 || (initiative(a.initiativeId) && !initiativesGoing.contains(a.initiativeId)));
        if (!itemKnown) {
            return Text::tr("That bin or initiative is no longer in the program.");
        }
        if (!person(a.personId)) {
            return Text::tr("That person is no longer in the program.");
        }
        touched.insert({a.binId, a.initiativeId});
    }
    if (!touched.isEmpty()) {
        QHash<QPair<core::Id, core::Id>, QList<core::Id>> accountable;
        std::set<std::tuple<core::Id, core::Id, core::Id, int>> cells;
        for (const core::RaciAssignment& a : afterChanges(m_raci, changes.raci)) {
            const QPair<core::Id, core::Id> item{a.binId, a.initiativeId};
            if (!touched.contains(item)) {
                continue;
            }
            const auto cell = std::tuple(a.binId, a.initiativeId, a.personId, int(a.role));
            if (cells.count(cell) != 0) {
                return Text::tr("%1 already holds that role there.").arg(person(a.personId)->name);
            }
            cells.insert(cell);
            if (a.role == core::RaciRole::Accountable) {
                accountable[item].append(a.personId);
            }
        }
        for (auto it = accountable.cbegin(); it != accountable.cend(); ++it) {
            if (it.value().size() > 1) {
                const core::ProjectBin* b = bin(it.key().first);
                const core::Initiative* i = initiative(it.key().second);
                const QString what = b ? b->code : (i ? i->code : QString());
                return Text::tr("%1 has one accountable person: %2 and %3 can't both be.")
                    .arg(what, person(it.value()[0])->name, person(it.value()[1])->name);
            }
        }
    }

    // Assessments: dated, not ahead of today, every answer from 1 to 5 on a question of the questionnaire.
    for (const auto& c : changes.assessments) {
        if (!c.after) {
            continue;
        }
        if (!c.after->assessedOn.isValid() || c.after->assessedOn.year() < 2000) {
            return Text::tr("An assessment needs the date it was made.");
        }
        if (c.after->assessedOn > now().date()) {
            return Text::tr("An assessment can't be dated after today.");
        }
        if (c.after->answers.isEmpty()) {
            return Text::tr("Answer at least one question of the assessment.");
        }
        for (auto it = c.after->answers.cbegin(); it != c.after->answers.cend(); ++it) {
            if (!core::dimensionOfQuestion(it.key())) {
                return Text::tr("“%1” is not a question of the maturity assessment.").arg(it.key().left(60));
            }
            if (it.value() < 1 || it.value() > 5) {
                return Text::tr("Each answer scores from 1 to 5.");
            }
        }
    }
    return std::nullopt;
}

// ---- Writing ----

void Portfolio::resolveGovernancePlaceholders(ChangeSet& changes) const
{
    const auto fix = [this](core::Id& id) {
        if (id < 0) {
            id = m_placeholders.value(id, id);
        }
    };
    const auto fixList = [&](QList<core::Id>& ids) {
        bool moved = false;
        for (core::Id& id : ids) {
            moved = moved || id < 0;
            fix(id);
        }
        if (moved) {
            std::sort(ids.begin(), ids.end());
        }
    };
    for (auto& c : changes.initiatives) {
        if (c.after) {
            fixList(c.after->painPoints);
        }
    }
    for (auto& c : changes.requests) {
        if (c.after) {
            fixList(c.after->painPoints);
        }
    }
    for (auto& c : changes.journeys) {
        if (c.after) {
            fix(c.after->personaId);
        }
    }
    for (auto& c : changes.stages) {
        if (c.after) {
            fix(c.after->journeyId);
        }
    }
    for (auto& c : changes.touchpoints) {
        if (c.after) {
            fix(c.after->stageId);
        }
    }
    for (auto& c : changes.painPoints) {
        if (c.after) {
            fix(c.after->stageId);
        }
    }
    for (auto& c : changes.raci) {
        if (c.after) {
            fix(c.after->binId);
            fix(c.after->initiativeId);
        }
    }
    for (auto& c : changes.meetings) {
        if (c.after) {
            fix(c.after->bodyId);
        }
    }
}

core::Expected<void, StorageError> Portfolio::applyGovernance(ChangeSet& changes, GovernanceStep step)
{
    storage::GovernanceRepository repo(*m_db);
    const auto find = [](const auto& memory) {
        return [list = &memory](const auto& row) { return byId(*list, row.id); };
    };
    // Each list is written after the lists it refers to, and its placeholders are resolved first.
    const auto write = [&](auto& list, const auto& memory, bool deletes) {
        resolveGovernancePlaceholders(changes);
        return writeAll(repo, list, find(memory), deletes, m_placeholders);
    };
    core::Expected<void, StorageError> r;
    switch (step) {
    case GovernanceStep::Upserts:
        for (auto next : {std::function([&] { return write(changes.personas, m_personas, false); }),
                          std::function([&] { return write(changes.journeys, m_journeys, false); }),
                          std::function([&] { return write(changes.stages, m_stages, false); }),
                          std::function([&] { return write(changes.touchpoints, m_touchpoints, false); }),
                          std::function([&] { return write(changes.painPoints, m_painPoints, false); }),
                          std::function([&] { return write(changes.bodies, m_bodies, false); }),
                          std::function([&] { return write(changes.assessments, m_assessments, false); })}) {
            if (r = next(); !r) {
                return r;
            }
        }
        resolveGovernancePlaceholders(changes);
        return r;
    case GovernanceStep::Raci:
        return write(changes.raci, m_raci, false);
    case GovernanceStep::RaciDeletes:
        return write(changes.raci, m_raci, true);
    case GovernanceStep::Deletes:
        for (auto next : {std::function([&] { return write(changes.assessments, m_assessments, true); }),
                          std::function([&] { return write(changes.bodies, m_bodies, true); }),
                          std::function([&] { return write(changes.painPoints, m_painPoints, true); }),
                          std::function([&] { return write(changes.touchpoints, m_touchpoints, true); }),
                          std::function([&] { return write(changes.stages, m_stages, true); }),
                          std::function([&] { return write(changes.journeys, m_journeys, true); }),
                          std::function([&] { return write(changes.personas, m_personas, true); })}) {
            if (r = next(); !r) {
                return r;
            }
        }
        return r;
    }
    return r;
}

void Portfolio::commitGovernanceToMemory(const ChangeSet& changes)
{
    const auto id = [](const auto& x) { return x.id; };
    commitList(m_personas, changes.personas, id);
    commitList(m_journeys, changes.journeys, id);
    commitList(m_stages, changes.stages, id);
    commitList(m_touchpoints, changes.touchpoints, id);
    commitList(m_painPoints, changes.painPoints, id);
    commitList(m_bodies, changes.bodies, id);
    commitList(m_raci, changes.raci, id);
    commitList(m_assessments, changes.assessments, id);
    if (!changes.stages.empty()) {
        std::stable_sort(m_stages.begin(), m_stages.end(), [](const auto& a, const auto& b) {
            return std::tie(a.journeyId, a.sortOrder, a.id) < std::tie(b.journeyId, b.sortOrder, b.id);
        });
    }
    if (!changes.assessments.empty()) {
        std::stable_sort(m_assessments.begin(), m_assessments.end(), [](const auto& a, const auto& b) {
            return std::tie(a.assessedOn, a.id) < std::tie(b.assessedOn, b.id);
        });
    }
    if (!changes.personas.empty() || !changes.journeys.empty() || !changes.stages.empty() ||
        !changes.touchpoints.empty() || !changes.painPoints.empty()) {
        emit foundationsChanged();
    }
    if (!changes.bodies.empty()) {
        emit bodiesChanged();
    }
    if (!changes.raci.empty()) {
        emit raciChanged();
    }
    if (!changes.assessments.empty()) {
        emit assessmentsChanged();
    }
}

} // namespace tiller::app
