#include "tiller/app/BoardEdits.h"

#include "tiller/app/BinEdits.h"
#include "tiller/app/Portfolio.h"
#include "tiller/app/Text.h"
#include "tiller/core/ChangeBoard.h"
#include "tiller/core/Rhythm.h"

#include <QLocale>
#include <QSet>

namespace tiller::app {

const QString BoardEdits::SessionKind = QStringLiteral("change_board");

namespace {

core::Notification notice(const Portfolio& p, core::Id person, const core::ChangeRequest& r, const QString& text)
{
    core::Notification n;
    n.personId = person;
    n.kind = core::toKey(core::NotificationKind::ChangeDecided);
    n.createdAt = p.now();
    n.entity = QStringLiteral("change_request");
    n.entityId = r.id;
    n.text = text;
    return n;
}

QString dateText(QDate d) { return QLocale().toString(d, QLocale::LongFormat); }

QList<core::Id> openSessionIds(const Portfolio& p)
{
    QList<core::Id> ids;
    for (const core::Meeting& m : p.boardSessions()) {
        if (!m.closed) {
            ids.append(m.id);
        }
    }
    return ids;
}

// The request as it moves to `status` on the session's agenda; the change goes in `changes`.
void decided(ChangeSet& changes, const core::ChangeRequest& r, core::RequestStatus status)
{
    core::ChangeRequest after = r;
    after.status = status;
    after.deferredTo = QDate();
    changes.requests.push_back({r, after});
}

// The decision row for (session, request): an update of the one recorded, or a new one.
void record(ChangeSet& changes, const Portfolio& p, core::BoardDecision x)
{
    if (const core::BoardDecision* existing = p.decision(x.sessionId, x.requestId)) {
        x.id = existing->id;
        x.version = existing->version;
        changes.decisions.push_back({*existing, x});
    } else {
        changes.decisions.push_back({std::nullopt, x});
    }
}

// A new decision replaces one already taken in this open session: the old one is withdrawn in the same command.
// Returns the request as that leaves it (its change is left for the caller's decision to write).
core::ChangeRequest replacingDecision(ChangeSet& changes, const Portfolio& p, core::Id sessionId, core::Id requestId)
{
    if (p.decision(sessionId, requestId)) {
        changes = BoardEdits::withdraw(p, sessionId, requestId);
    }
    core::ChangeRequest current = *p.request(requestId);
    // The decision row is updated in place (record()), the request moved once by the caller.
    changes.decisions.clear();
    std::erase_if(changes.requests, [&](const auto& c) { return c.after && c.after->id == requestId; });
    return current;
}

// A decision about to be taken: the request as it stands (any earlier decision of this session withdrawn in
// `changes`) and the decision row with what every verdict records.
struct Deciding
{
    core::ChangeRequest request;
    core::BoardDecision decision;
    QDate sessionDate;
};

std::optional<Deciding> beginDecision(ChangeSet& changes, const Portfolio& p, core::Id sessionId, core::Id requestId,
                                      core::BoardVerdict verdict, const QString& reason)
{
    const core::Meeting* session = p.meeting(sessionId);
    if (!p.request(requestId) || !session) {
        return std::nullopt;
    }
    Deciding d;
    d.request = replacingDecision(changes, p, sessionId, requestId);
    d.decision.sessionId = sessionId;
    d.decision.requestId = requestId;
    d.decision.verdict = verdict;
    d.decision.reason = reason.trimmed();
    d.decision.decidedOn = session->heldOn;
    d.sessionDate = session->heldOn;
    return d;
}

} // namespace

QString BoardEdits::sessionTitle(const core::Meeting& session)
{
    return tr("Change board of %1").arg(dateText(session.heldOn));
}

ChangeSet BoardEdits::submitRequest(const Portfolio& p, core::ChangeRequest r)
{
    ChangeSet changes;
    r.id = 0;
    if (r.code.trimmed().isEmpty()) {
        r.code = p.nextRequestCode();
    }
    if (!r.submittedOn.isValid()) {
        r.submittedOn = p.now().date();
    }
    r.status = core::RequestStatus::Submitted;
    r.sessionId = 0;
    std::sort(r.painPoints.begin(), r.painPoints.end());
    r.painPoints.erase(std::unique(r.painPoints.begin(), r.painPoints.end()), r.painPoints.end());
    changes.requests.push_back({std::nullopt, r});
    return changes;
}

ChangeSet BoardEdits::resubmit(const Portfolio& p, core::Id requestId)
{
    ChangeSet changes;
    const core::ChangeRequest* r = p.request(requestId);
    if (!r || r->status != core::RequestStatus::Returned) {
        return changes;
    }
    core::ChangeRequest after = *r;
    after.status = core::RequestStatus::Submitted;
    after.qualificationNote.clear();
    changes.requests.push_back({*r, after});
    return changes;
}

ChangeSet BoardEdits::qualify(const Portfolio& p, core::Id requestId, int checklist, Outcome outcome,
                              const QString& note)
{
    ChangeSet changes;
    const core::ChangeRequest* r = p.request(requestId);
    if (!r) {
        return changes;
    }
    core::ChangeRequest after = *r;
    after.checklist = checklist & core::AllQualificationChecks;
    after.qualificationNote = note.trimmed();
    after.qualifiedOn = p.now().date();
    switch (outcome) {
    case Outcome::Qualified:
        after.status = core::RequestStatus::Qualified;
        // Straight onto the agenda of the session being prepared, if there is one.
        if (after.sessionId == 0) {
            after.sessionId = openSession(p);
        }
        break;
    case Outcome::Returned:
        after.status = core::RequestStatus::Returned;
        after.sessionId = 0;
        break;
    case Outcome::Rejected:
        after.status = core::RequestStatus::Rejected;
        after.sessionId = 0;
        break;
    }
    if (after == *r) {
        return changes;
    }
    changes.requests.push_back({*r, after});
    if (r->submitterId != 0 && outcome != Outcome::Qualified) {
        changes.notifications.push_back(
            {std::nullopt,
             notice(p, r->submitterId, *r,
                    outcome == Outcome::Returned
                        ? tr("%1 “%2” was returned to you for more information: %3").arg(r->code, r->title, after.qualificationNote)
                        : tr("%1 “%2” was not qualified: %3").arg(r->code, r->title, after.qualificationNote))});
    }
    return changes;
}

std::vector<BoardEdits::Duplicate> BoardEdits::likelyDuplicates(const Portfolio& p, const core::ChangeRequest& r,
                                                                int limit)
{
    QStringList documents;
    std::vector<Duplicate> candidates;
    // What the board made of this very request is not a duplicate of it.
    QSet<core::Id> madeFromIt;
    for (const core::BoardDecision& x : p.decisionsOnRequest(r.id)) {
        madeFromIt.insert(x.initiativeId);
    }
    for (const core::Initiative& i : p.initiatives()) {
        if (r.id != 0 && madeFromIt.contains(i.id)) {
            continue;
        }
        documents.append(i.title + QLatin1Char(' ') + i.description);
        candidates.push_back({QStringLiteral("initiative"), i.id, i.code, i.title, 0});
    }
    int self = -1;
    for (const core::ChangeRequest& other : p.requests()) {
        if (other.id == r.id && r.id != 0) {
            self = int(documents.size());
        }
        documents.append(other.title + QLatin1Char(' ') + other.description);
        candidates.push_back({QStringLiteral("request"), other.id, other.code, other.title, 0});
    }
    const core::SimilarityIndex index(documents);
    std::vector<Duplicate> out;
    for (const core::SimilarText& hit : index.mostSimilar(r.title + QLatin1Char(' ') + r.description, limit, 0.25, self)) {
        Duplicate d = candidates[std::size_t(hit.index)];
        d.score = hit.score;
        out.push_back(d);
    }
    return out;
}

QDate BoardEdits::proposedDate(const Portfolio& p)
{
    QList<QDate> past;
    for (const core::Meeting& m : p.boardSessions()) {
        past.append(m.heldOn);
    }
    return core::proposeNextSession(past, p.now().date(), p.program().boardCadence);
}

bool BoardEdits::needsReason(const Portfolio& p, QDate date, core::Id self)
{
    return core::anotherSessionThatMonth(p.boardSessions(), date, self);
}

core::Id BoardEdits::openSession(const Portfolio& p)
{
    for (const core::Meeting& m : p.boardSessions()) {
        if (!m.closed) {
            return m.id;
        }
    }
    return 0;
}

ChangeSet BoardEdits::scheduleSession(const Portfolio& p, QDate date, const QString& reason,
                                      const QList<core::Id>& attendees)
{
    ChangeSet changes;
    core::Meeting m;
    m.id = -1; // placeholder: the agenda below refers to it
    m.kind = SessionKind;
    m.heldOn = date;
    m.reason = reason.trimmed();
    m.attendees = attendees;
    std::sort(m.attendees.begin(), m.attendees.end());
    m.title = sessionTitle(m);
    changes.meetings.push_back({std::nullopt, m});
    for (core::Id id : core::agendaFor(p.requests(), date, openSessionIds(p))) {
        const core::ChangeRequest* r = p.request(id);
        core::ChangeRequest after = *r;
        after.status = core::RequestStatus::Qualified;
        after.deferredTo = QDate();
        after.sessionId = m.id;
        changes.requests.push_back({*r, after});
    }
    return changes;
}

ChangeSet BoardEdits::gatherAgenda(const Portfolio& p, core::Id sessionId)
{
    ChangeSet changes;
    const core::Meeting* m = p.meeting(sessionId);
    if (!m || m->closed) {
        return changes;
    }
    for (core::Id id : core::agendaFor(p.requests(), m->heldOn, openSessionIds(p))) {
        const core::ChangeRequest* r = p.request(id);
        core::ChangeRequest after = *r;
        after.status = core::RequestStatus::Qualified;
        after.deferredTo = QDate();
        after.sessionId = sessionId;
        changes.requests.push_back({*r, after});
    }
    return changes;
}

ChangeSet BoardEdits::setAttendees(const Portfolio& p, core::Id sessionId, QList<core::Id> attendees)
{
    ChangeSet changes;
    const core::Meeting* m = p.meeting(sessionId);
    std::sort(attendees.begin(), attendees.end());
    attendees.erase(std::unique(attendees.begin(), attendees.end()), attendees.end());
    if (!m || m->attendees == attendees) {
        return changes;
    }
    core::Meeting after = *m;
    after.attendees = attendees;
    changes.meetings.push_back({*m, after});
    return changes;
}

ChangeSet BoardEdits::setNotes(const Portfolio& p, core::Id sessionId, const QString& notes)
{
    ChangeSet changes;
    const core::Meeting* m = p.meeting(sessionId);
    if (!m || m->notes == notes) {
        return changes;
    }
    core::Meeting after = *m;
    after.notes = notes;
    changes.meetings.push_back({*m, after});
    return changes;
}

ChangeSet BoardEdits::approve(const Portfolio& p, core::Id sessionId, core::Id requestId, const Approval& a)
{
    ChangeSet changes;
    auto deciding = beginDecision(changes, p, sessionId, requestId, core::BoardVerdict::Approved, a.reason);
    if (!deciding) {
        return changes;
    }
    const core::ChangeRequest& current = deciding->request;
    core::BoardDecision& x = deciding->decision;
    const QDate sessionDate = deciding->sessionDate;
    x.priority = a.priority;
    x.deadline = a.deadline;
    x.resources = a.resources.trimmed();

    // The bin it goes to.
    core::Id binId = 0;
    const core::ProjectBin* target = nullptr;
    if (a.target == Approval::Target::ExistingBin) {
        target = p.bin(a.binId);
        binId = target ? target->id : 0;
    } else if (a.target == Approval::Target::NewBin) {
        core::ProjectBin b;
        b.id = -2;
        b.code = BinEdits::nextBinCode(p);
        b.name = current.title;
        b.domainId = current.domainId;
        b.status = core::BinStatus::Planned;
        b.priority = a.priority;
        b.budget = current.estCost;
        b.effortDays = current.estEffortDays;
        b.start = sessionDate.addDays(1);
        b.end = a.deadline.isValid() && a.deadline > b.start ? a.deadline : current.wantedBy;
        if (!b.end.isValid() || b.end <= b.start) {
            b.end = b.start.addMonths(p.program().shortTermMonths).addDays(-1);
        }
        changes.bins.push_back({std::nullopt, b});
        binId = b.id;
        x.createdBin = true;
    }
    // The initiative made from it.
    core::Initiative i;
    i.id = -3;
    i.code = p.nextInitiativeCode();
    i.title = current.title;
    i.description = current.description;
    i.domainId = current.domainId;
    i.status = core::InitiativeStatus::Approved;
    i.painPoints = current.painPoints;
    if (current.pillarId != 0) {
        i.pillars = {current.pillarId};
    }
    i.binId = binId;
    i.priority = a.priority;
    i.budget = current.estCost;
    changes.initiatives.push_back({std::nullopt, i});
    x.initiativeId = i.id;
    x.binId = binId;
    record(changes, p, x);
    decided(changes, current, core::RequestStatus::Approved);

    QString detail;
    if (a.priority > 0) {
        detail += QStringLiteral(" ") + tr("Priority %1.").arg(a.priority);
    }
    if (a.deadline.isValid()) {
        detail += QStringLiteral(" ") + tr("Due %1.").arg(dateText(a.deadline));
    }
    const QString text = tr("%1 “%2” was approved by the change board of %3.%4")
                             .arg(current.code, current.title, dateText(sessionDate), detail);
    QSet<core::Id> told;
    if (current.submitterId != 0) {
        changes.notifications.push_back({std::nullopt, notice(p, current.submitterId, current, text)});
        told.insert(current.submitterId);
    }
    if (target && target->ownerId != 0 && !told.contains(target->ownerId)) {
        changes.notifications.push_back(
            {std::nullopt, notice(p, target->ownerId, current, text + QLatin1Char(' ') + tr("It joins %1.").arg(target->code))});
    }
    return changes;
}

ChangeSet BoardEdits::defer(const Portfolio& p, core::Id sessionId, core::Id requestId, QDate to,
                            const QString& reason)
{
    ChangeSet changes;
    auto deciding = beginDecision(changes, p, sessionId, requestId, core::BoardVerdict::Deferred, reason);
    if (!deciding) {
        return changes;
    }
    const core::ChangeRequest& current = deciding->request;
    core::BoardDecision& x = deciding->decision;
    x.deferredTo = to;
    record(changes, p, x);
    decided(changes, current, core::RequestStatus::Deferred);
    changes.requests.back().after->deferredTo = to;
    if (current.submitterId != 0) {
        const QString why = x.reason.isEmpty() ? QString() : QStringLiteral(" ") + x.reason;
        changes.notifications.push_back(
            {std::nullopt, notice(p, current.submitterId, current,
                                  tr("%1 “%2” was deferred by the change board to %3.%4")
                                      .arg(current.code, current.title, dateText(to), why))});
    }
    return changes;
}

ChangeSet BoardEdits::reject(const Portfolio& p, core::Id sessionId, core::Id requestId, const QString& reason)
{
    ChangeSet changes;
    auto deciding = beginDecision(changes, p, sessionId, requestId, core::BoardVerdict::Rejected, reason);
    if (!deciding) {
        return changes;
    }
    const core::ChangeRequest& current = deciding->request;
    const core::BoardDecision& x = deciding->decision;
    record(changes, p, x);
    decided(changes, current, core::RequestStatus::Rejected);
    if (current.submitterId != 0) {
        changes.notifications.push_back(
            {std::nullopt, notice(p, current.submitterId, current,
                                  tr("%1 “%2” was rejected by the change board: %3")
                                      .arg(current.code, current.title, x.reason))});
    }
    return changes;
}

ChangeSet BoardEdits::withdraw(const Portfolio& p, core::Id sessionId, core::Id requestId)
{
    ChangeSet changes;
    const core::BoardDecision* x = p.decision(sessionId, requestId);
    const core::ChangeRequest* r = p.request(requestId);
    if (!x || !r) {
        return changes;
    }
    changes.decisions.push_back({*x, std::nullopt});
    // What the approval created goes with it while nobody has worked on it yet.
    const core::Initiative* made = p.initiative(x->initiativeId);
    const bool initiativeGoes = made && made->version <= 1 && p.scoreValues(made->id).isEmpty();
    if (initiativeGoes) {
        changes.initiatives.push_back({*made, std::nullopt});
    }
    // The bin goes only with its initiative: a kept initiative keeps its bin.
    if (const core::ProjectBin* b = p.bin(x->binId); b && x->createdBin && b->version <= 1 && (initiativeGoes || !made)) {
        const bool untouched = std::none_of(p.tasks().begin(), p.tasks().end(), [&](const auto& t) { return t.binId == b->id; }) &&
                               !p.charter(b->id) && p.phases(b->id).empty() && p.definitionOfDone(b->id).empty() &&
                               std::none_of(p.dependencies().begin(), p.dependencies().end(), [&](const auto& d) {
                                   return d.predecessor == b->id || d.successor == b->id;
                               });
        const bool carriesOthers = std::any_of(p.initiatives().begin(), p.initiatives().end(), [&](const auto& i) {
            return i.binId == b->id && i.id != x->initiativeId;
        });
        if (untouched && !carriesOthers) {
            changes.bins.push_back({*b, std::nullopt});
        }
    }
    core::ChangeRequest after = *r;
    after.status = core::RequestStatus::Qualified;
    after.deferredTo = QDate();
    after.sessionId = sessionId;
    changes.requests.push_back({*r, after});
    return changes;
}

ChangeSet BoardEdits::closeSession(const Portfolio& p, core::Id sessionId)
{
    ChangeSet changes;
    const core::Meeting* m = p.meeting(sessionId);
    if (!m || m->closed) {
        return changes;
    }
    for (const core::ChangeRequest& r : p.agenda(sessionId)) {
        // Undecided requests wait for the next session; deferred ones for their date.
        if (r.status == core::RequestStatus::Qualified || r.status == core::RequestStatus::Deferred) {
            core::ChangeRequest after = r;
            after.sessionId = 0;
            changes.requests.push_back({r, after});
        }
    }
    core::Meeting after = *m;
    after.closed = true;
    changes.meetings.push_back({*m, after});
    return changes;
}

} // namespace tiller::app
