// The strategy and change-board part of Portfolio: pillars, change requests and the decision log — in memory,
// checked, written in the command's transaction.
#include "tiller/app/Portfolio.h"

#include "PortfolioSupport.h"

#include "tiller/app/Text.h"
#include "tiller/storage/ChangeRepository.h"

#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace tiller::app {

using namespace detail;

namespace {

const QString BoardKind = QStringLiteral("change_board");

bool finiteIn(double v, double low, double high) { return std::isfinite(v) && v >= low && v <= high; }

// The largest amount the program accepts (a typo guard: a trillion in any currency is not a CX budget).
constexpr double MaxAmount = 1e12;

} // namespace

core::Expected<void, StorageError> Portfolio::loadBoard()
{
    storage::ChangeRepository repo(*m_db);
    auto pillars = repo.loadPillars();
    auto requests = repo.loadRequests();
    auto decisions = repo.loadDecisions();
    for (const StorageError* e : {pillars ? nullptr : &pillars.error(), requests ? nullptr : &requests.error(),
                                  decisions ? nullptr : &decisions.error()}) {
        if (e) {
            return unexpected(*e);
        }
    }
    m_pillars = std::move(*pillars);
    m_requests = std::move(*requests);
    m_decisions = std::move(*decisions);
    return {};
}

const core::Pillar* Portfolio::pillar(core::Id id) const { return byId(m_pillars, id); }
const core::ChangeRequest* Portfolio::request(core::Id id) const { return byId(m_requests, id); }

const core::ChangeRequest* Portfolio::requestByCode(const QString& code) const
{
    const QString wanted = code.trimmed();
    for (const core::ChangeRequest& r : m_requests) {
        if (r.code.compare(wanted, Qt::CaseInsensitive) == 0) {
            return &r;
        }
    }
    return nullptr;
}

QString Portfolio::nextRequestCode() const
{
    static const QRegularExpression numbered(QStringLiteral("^CR-(\\d+)$"), QRegularExpression::CaseInsensitiveOption);
    int highest = 0;
    for (const core::ChangeRequest& r : m_requests) {
        const auto m = numbered.match(r.code.trimmed());
        if (m.hasMatch()) {
            highest = std::max(highest, m.captured(1).toInt());
        }
    }
    return QStringLiteral("CR-%1").arg(highest + 1, 3, 10, QLatin1Char('0'));
}

std::vector<core::BoardDecision> Portfolio::decisionsOf(core::Id sessionId) const
{
    std::vector<core::BoardDecision> out;
    std::copy_if(m_decisions.begin(), m_decisions.end(), std::back_inserter(out),
                 [&](const auto& x) { return x.sessionId == sessionId; });
    return out;
}

std::vector<core::BoardDecision> Portfolio::decisionsOnRequest(core::Id requestId) const
{
    std::vector<core::BoardDecision> out;
    std::copy_if(m_decisions.begin(), m_decisions.end(), std::back_inserter(out),
                 [&](const auto& x) { return x.requestId == requestId; });
    return out;
}

const core::BoardDecision* Portfolio::decision(core::Id sessionId, core::Id requestId) const
{
    for (const core::BoardDecision& x : m_decisions) {
        if (x.sessionId == sessionId && x.requestId == requestId) {
            return &x;
        }
    }
    return nullptr;
}

std::vector<core::Meeting> Portfolio::boardSessions() const
{
    std::vector<core::Meeting> out;
    std::copy_if(m_meetings.begin(), m_meetings.end(), std::back_inserter(out),
                 [](const auto& m) { return m.kind == BoardKind; });
    std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.heldOn < b.heldOn; });
    return out;
}

std::vector<core::ChangeRequest> Portfolio::agenda(core::Id sessionId) const
{
    std::vector<core::ChangeRequest> out;
    if (sessionId == 0) {
        return out;
    }
    std::copy_if(m_requests.begin(), m_requests.end(), std::back_inserter(out),
                 [&](const auto& r) { return r.sessionId == sessionId; });
    std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
        if (a.urgency != b.urgency) {
            return a.urgency > b.urgency;
        }
        return a.submittedOn < b.submittedOn;
    });
    return out;
}

std::optional<QString> Portfolio::validateBoard(const ChangeSet& changes) const
{
    // The strategy: horizons in order, envelopes and capacities within reason.
    for (const auto& c : changes.program) {
        if (!c.after) {
            continue;
        }
        const core::Program& p = *c.after;
        if (p.shortTermMonths < 1 || p.shortTermMonths >= p.mediumTermMonths ||
            p.mediumTermMonths >= p.longTermMonths || p.longTermMonths > 240) {
            return Text::tr("Horizons run from short to long term: give them increasing numbers of months "
                            "(at most 240).");
        }
        for (auto it = p.budgetEnvelopes.cbegin(); it != p.budgetEnvelopes.cend(); ++it) {
            if (it.key() < 1900 || it.key() > 2200) {
                return Text::tr("%1 is not a year for a budget envelope.").arg(it.key());
            }
            if (!finiteIn(it.value(), 0, MaxAmount)) {
                return Text::tr("The %1 envelope must be an amount between 0 and 1,000,000,000,000.").arg(it.key());
            }
        }
    }
    for (const auto& c : changes.domains) {
        if (c.after && !finiteIn(c.after->capacityPersonDays, 0, 1e6)) {
            return Text::tr("A domain's capacity is a number of person-days per month between 0 and 1,000,000.");
        }
    }
    for (const auto& c : changes.bins) {
        if (c.after && !finiteIn(c.after->effortDays, 0, 1e7)) {
            return Text::tr("A bin's effort is a number of person-days between 0 and 10,000,000.");
        }
    }

    // Pillars: named, once each; a pillar goes with its links.
    QSet<QString> pillarNames;
    QSet<core::Id> pillarsGoing;
    for (const auto& c : changes.pillars) {
        if (c.before && !c.after) {
            pillarsGoing.insert(c.before->id);
        }
    }
    for (const core::Pillar& p : m_pillars) {
        const bool replaced = std::any_of(changes.pillars.begin(), changes.pillars.end(),
                                          [&](const auto& c) { return c.before && c.before->id == p.id; });
        if (!replaced) {
            pillarNames.insert(p.name.trimmed().toCaseFolded());
        }
    }
    for (const auto& c : changes.pillars) {
        if (!c.after) {
            continue;
        }
        const QString name = c.after->name.trimmed();
        if (name.isEmpty()) {
            return Text::tr("A pillar needs a name.");
        }
        if (pillarNames.contains(name.toCaseFolded())) {
            return Text::tr("There is already a pillar called “%1”.").arg(name);
        }
        pillarNames.insert(name.toCaseFolded());
    }
    if (!pillarsGoing.isEmpty()) {
        for (const core::Initiative& i : m_initiatives) {
            QList<core::Id> links = i.pillars;
            for (const auto& c : changes.initiatives) {
                if (c.before && c.before->id == i.id) {
                    links = c.after ? c.after->pillars : QList<core::Id>{};
                }
            }
            for (core::Id p : links) {
                if (pillarsGoing.contains(p)) {
                    return Text::tr("%1 still serves the pillar “%2”: unlink it with the pillar.")
                        .arg(i.code, pillar(p)->name);
                }
            }
        }
        for (const core::ChangeRequest& r : m_requests) {
            core::Id p = r.pillarId;
            for (const auto& c : changes.requests) {
                if (c.before && c.before->id == r.id) {
                    p = c.after ? c.after->pillarId : 0;
                }
            }
            if (pillarsGoing.contains(p)) {
                return Text::tr("%1 still serves the pillar “%2”: unlink it with the pillar.")
                    .arg(r.code, pillar(p)->name);
            }
        }
    }

    // Requests.
    QSet<QString> codes;
    for (const core::ChangeRequest& r : m_requests) {
        const bool replaced = std::any_of(changes.requests.begin(), changes.requests.end(),
                                          [&](const auto& c) { return c.before && c.before->id == r.id; });
        if (!replaced) {
            codes.insert(r.code.trimmed().toCaseFolded());
        }
    }
    const auto sessionOf = [&](core::Id id) -> std::optional<core::Meeting> {
        for (const auto& c : changes.meetings) {
            if (c.after && c.after->id == id) {
                return *c.after;
            }
        }
        if (const core::Meeting* m = meeting(id)) {
            return *m;
        }
        return std::nullopt;
    };
    for (const auto& c : changes.requests) {
        if (!c.after) {
            continue;
        }
        const core::ChangeRequest& r = *c.after;
        if (r.code.trimmed().isEmpty()) {
            return Text::tr("A change request needs a code.");
        }
        if (codes.contains(r.code.trimmed().toCaseFolded())) {
            return Text::tr("The code %1 is already used by another request.").arg(r.code.trimmed());
        }
        codes.insert(r.code.trimmed().toCaseFolded());
        if (r.title.trimmed().isEmpty()) {
            return Text::tr("A change request needs a title.");
        }
        if (!r.submittedOn.isValid()) {
            return Text::tr("%1 needs the date it was submitted.").arg(r.code);
        }
        if (r.urgency < 0 || r.urgency > 3) {
            return Text::tr("Urgency is low, normal, high or critical.");
        }
        if (!finiteIn(r.estBenefit, 0, MaxAmount) || !finiteIn(r.estCost, 0, MaxAmount)) {
            return Text::tr("Benefit and cost are amounts between 0 and 1,000,000,000,000.");
        }
        if (!finiteIn(r.estEffortDays, 0, 1e7)) {
            return Text::tr("Effort is a number of person-days between 0 and 10,000,000.");
        }
        if (r.submitterId != 0 && !person(r.submitterId) &&
            std::none_of(changes.people.begin(), changes.people.end(),
                         [&](const auto& pc) { return pc.after && pc.after->id == r.submitterId; })) {
            return Text::tr("The submitter of %1 is no longer in the program.").arg(r.code);
        }
        if ((r.status == core::RequestStatus::Returned) && r.qualificationNote.trimmed().isEmpty()) {
            return Text::tr("Say why %1 is returned: the submitter needs to know what to add.").arg(r.code);
        }
        if (r.status == core::RequestStatus::Rejected && r.qualificationNote.trimmed().isEmpty()) {
            const bool boardRejected = std::any_of(changes.decisions.begin(), changes.decisions.end(), [&](const auto& d) {
                return d.after && d.after->requestId == r.id && d.after->verdict == core::BoardVerdict::Rejected;
            }) || std::any_of(m_decisions.begin(), m_decisions.end(), [&](const auto& d) {
                return d.requestId == r.id && d.verdict == core::BoardVerdict::Rejected;
            });
            if (!boardRejected) {
                return Text::tr("Say why %1 is rejected.").arg(r.code);
            }
        }
        if (r.status == core::RequestStatus::Qualified && r.checklist != core::AllQualificationChecks &&
            (!c.before || c.before->status != core::RequestStatus::Qualified)) {
            return Text::tr("%1 can't be qualified yet: check that it is %2.").arg(r.code, Text::missingChecks(r.checklist));
        }
        if (r.status == core::RequestStatus::Deferred && !r.deferredTo.isValid()) {
            return Text::tr("A deferred request needs the date it comes back to the board.");
        }
        if (r.sessionId != 0) {
            const auto s = sessionOf(r.sessionId);
            if (!s || s->kind != BoardKind) {
                return Text::tr("%1 is on the agenda of a session that no longer exists.").arg(r.code);
            }
        }
    }

    // Sessions: a closed one is final.
    for (const auto& c : changes.meetings) {
        const core::Meeting* m = c.before ? &*c.before : &*c.after;
        if (m->kind != BoardKind) {
            continue;
        }
        if (c.before && c.before->closed && (!c.after || !c.after->closed || *c.after != *c.before)) {
            return Text::tr("The session of %1 is closed: its decisions are final.")
                .arg(QLocale().toString(c.before->heldOn, QLocale::ShortFormat));
        }
        if (c.after && !c.after->heldOn.isValid()) {
            return Text::tr("A board session needs a date.");
        }
        if (c.before && !c.after) {
            for (const core::BoardDecision& x : m_decisions) {
                const bool leaving = std::any_of(changes.decisions.begin(), changes.decisions.end(), [&](const auto& d) {
                    return d.before && !d.after && d.before->id == x.id;
                });
                if (x.sessionId == c.before->id && !leaving) {
                    return Text::tr("This session has decisions: undo them before removing it.");
                }
            }
        }
    }

    // Decisions: in an open board session, with what each verdict needs.
    for (const auto& c : changes.decisions) {
        const core::BoardDecision& x = c.after ? *c.after : *c.before;
        const auto s = sessionOf(x.sessionId);
        if (!s || s->kind != BoardKind) {
            return Text::tr("A decision belongs to a board session.");
        }
        const core::Meeting* stored = meeting(x.sessionId);
        if (stored && stored->closed) {
            return Text::tr("The session of %1 is closed: its decisions are final.")
                .arg(QLocale().toString(stored->heldOn, QLocale::ShortFormat));
        }
        if (!c.after) {
            continue;
        }
        if (x.verdict == core::BoardVerdict::Rejected && x.reason.trimmed().isEmpty()) {
            return Text::tr("A rejection needs a reason: the submitter will read it.");
        }
        if (x.verdict == core::BoardVerdict::Deferred && (!x.deferredTo.isValid() || x.deferredTo <= s->heldOn)) {
            return Text::tr("Defer to a date after the session.");
        }
        if (x.priority < 0 || x.priority > 100000) {
            return Text::tr("A priority is a rank from 1 (0: not set).");
        }
    }
    return std::nullopt;
}

void Portfolio::resolvePlaceholders(ChangeSet& changes) const
{
    if (m_placeholders.isEmpty()) {
        return;
    }
    const auto fix = [this](core::Id& id) {
        if (id < 0) {
            id = m_placeholders.value(id, id);
        }
    };
    for (auto& c : changes.initiatives) {
        if (c.after) {
            fix(c.after->binId);
        }
    }
    for (auto& c : changes.tasks) {
        if (c.after) {
            fix(c.after->binId);
        }
    }
    for (auto& c : changes.dependencies) {
        if (c.after) {
            fix(c.after->predecessor);
            fix(c.after->successor);
        }
    }
    for (auto& c : changes.requests) {
        if (c.after) {
            fix(c.after->sessionId);
        }
    }
    for (auto& c : changes.decisions) {
        if (c.after) {
            fix(c.after->sessionId);
            fix(c.after->initiativeId);
            fix(c.after->binId);
        }
    }
    for (auto& c : changes.notifications) {
        if (c.after && c.after->entityId < 0) {
            fix(c.after->entityId);
        }
    }
    resolveGovernancePlaceholders(changes);
}

core::Expected<void, StorageError> Portfolio::applyBoard(ChangeSet& changes, BoardStep step)
{
    storage::ChangeRepository repo(*m_db);
    const auto findPillar = [this](const core::Pillar& p) { return pillar(p.id); };
    const auto findRequest = [this](const core::ChangeRequest& r) { return request(r.id); };
    const auto findDecision = [this](const core::BoardDecision& x) { return byId(m_decisions, x.id); };
    switch (step) {
    case BoardStep::Pillars:
        return writeAll(repo, changes.pillars, findPillar, false, m_placeholders);
    case BoardStep::Requests:
        if (auto r = writeAll(repo, changes.requests, findRequest, false, m_placeholders); !r) {
            return r;
        }
        resolvePlaceholders(changes);
        return writeAll(repo, changes.decisions, findDecision, false, m_placeholders);
    case BoardStep::Deletes:
        if (auto r = writeAll(repo, changes.decisions, findDecision, true, m_placeholders); !r) {
            return r;
        }
        return writeAll(repo, changes.requests, findRequest, true, m_placeholders);
    case BoardStep::PillarDeletes:
        return writeAll(repo, changes.pillars, findPillar, true, m_placeholders);
    }
    return {};
}

void Portfolio::commitBoardToMemory(const ChangeSet& changes)
{
    commitList(m_pillars, changes.pillars, [](const core::Pillar& p) { return p.id; });
    if (!changes.pillars.empty()) {
        std::stable_sort(m_pillars.begin(), m_pillars.end(),
                         [](const auto& a, const auto& b) { return a.sortOrder < b.sortOrder; });
    }
    commitList(m_requests, changes.requests, [](const core::ChangeRequest& r) { return r.id; });
    commitList(m_decisions, changes.decisions, [](const core::BoardDecision& x) { return x.id; });
    if (!changes.pillars.empty()) {
        emit pillarsChanged();
    }
    for (const auto& c : changes.requests) {
        if (c.before && c.after) {
            emit requestChanged(c.after->id);
        } else if (c.after) {
            emit requestAdded(c.after->id);
        } else {
            emit requestRemoved(c.before->id);
        }
    }
    if (!changes.decisions.empty()) {
        emit decisionsChanged();
    }
}

} // namespace tiller::app
