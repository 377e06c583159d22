#include "tiller/app/DemoBuilder.h"

#include "DemoSupport.h"
#include "SampleContent.h"
#include "tiller/core/Random.h"
#include "tiller/core/Rhythm.h"
#include "tiller/core/Scoring.h"
#include "tiller/core/Types.h"
#include "tiller/storage/BulkInserter.h"
#include "tiller/storage/Database.h"
#include "tiller/storage/Transaction.h"

#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QStringList>

#include <algorithm>

namespace tiller::app {

using core::unexpected;
using storage::StorageError;

using namespace demo;

std::vector<core::ScoringModel> DemoBuilder::defaultModels()
{
    std::vector<core::ScoringModel> models{core::defaultWeightedModel(), core::defaultRiceModel(),
                                           core::defaultWsjfModel()};
    // The core names them in English; a new program gets them in the user's language.
    for (auto& m : models) {
        m.name = QCoreApplication::translate("tiller::core::Scoring", m.name.toUtf8().constData());
        for (auto& cr : m.criteria) {
            cr.name = QCoreApplication::translate("tiller::core::Scoring", cr.name.toUtf8().constData());
        }
    }
    return models;
}

std::optional<DemoBuilder::Size> DemoBuilder::sizeFromName(const QString& name)
{
    if (name == QLatin1String("small")) {
        return Size::Small;
    }
    if (name == QLatin1String("large")) {
        return Size::Large;
    }
    if (name == QLatin1String("huge")) {
        return Size::Huge;
    }
    return std::nullopt;
}

DemoBuilder::DemoBuilder(Size size, std::uint64_t seed, QDate anchor)
    : m_size(size), m_seed(seed), m_anchor(QDate(anchor.year(), anchor.month(), 1))
{
}

core::Expected<DemoBuilder::Stats, StorageError> DemoBuilder::build(const QString& location)
{
    const QFileInfo fi(location);
    if (fi.exists() && fi.size() > 0) {
        StorageError e;
        e.code = StorageError::Code::Constraint;
        e.path = location;
        e.detail = QStringLiteral("the file already exists");
        return unexpected(e);
    }
    storage::Database::Options options;
    options.whenLocked = storage::Database::WhenLocked::Fail;
    auto opened = storage::Database::open(location, options);
    if (!opened) {
        return unexpected(opened.error());
    }
    storage::Database& db = **opened;
    storage::Transaction tx(db, QStringLiteral("Create demo program"));
    if (!tx.isActive()) {
        return unexpected(tx.beginError());
    }

    const sample::Content& c = sample::content();
    const Volumes v = volumesFor(m_size);
    const bool small = m_size == Size::Small;
    core::Random rnd(m_seed);
    Stats stats;
    Writer w(db);
    auto progress = [this](const QString& step, qint64 done, qint64 total) {
        if (m_progress) {
            m_progress(step, done, total);
        }
    };
    auto fail = [&]() { return unexpected(w.error()); };
    const QDate programStart = m_anchor.addMonths(-12);
    demo::GovernanceSeed seed;
    seed.small = small;
    seed.anchor = m_anchor;
    seed.programStart = programStart;

    // Scoring models: weighted (in use), RICE and WSJF, with translated names.
    std::vector<core::ScoringModel> models = defaultModels();
    if (!w.table(QStringLiteral("scoring_model"), {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("kind")})) {
        return fail();
    }
    for (std::size_t m = 0; m < models.size(); ++m) {
        models[m].id = core::Id(m + 1);
        w.row({models[m].id, models[m].name, core::toKey(models[m].kind)});
    }
    if (!w.table(QStringLiteral("scoring_criterion"),
                 {QStringLiteral("id"), QStringLiteral("model_id"), QStringLiteral("name"), QStringLiteral("side"),
                  QStringLiteral("role"), QStringLiteral("weight"), QStringLiteral("scale_min"),
                  QStringLiteral("scale_max"), QStringLiteral("sort_order")})) {
        return fail();
    }
    core::Id criterionId = 0;
    for (auto& m : models) {
        for (auto& cr : m.criteria) {
            cr.id = ++criterionId;
            w.row({cr.id, m.id, cr.name, core::toKey(cr.side), core::toKey(cr.role), cr.weight, cr.scaleMin,
                   cr.scaleMax, cr.sortOrder});
        }
    }

    // The strategy's pillars (the names of the program's pillars text, one per line).
    const QStringList pillarNames = u(c.pillars).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const int pillarCount = int(pillarNames.size());
    if (!w.table(QStringLiteral("pillar"), {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("description"),
                                             QStringLiteral("sort_order")})) {
        return fail();
    }
    for (int i = 0; i < pillarCount; ++i) {
        w.row({i + 1, pillarNames[i], i < int(c.pillarDescriptions.size()) ? u(c.pillarDescriptions[i]) : QString(),
               i + 1});
    }

    // Domains.
    const int domainCount = int(c.domains.size());
    if (!w.table(QStringLiteral("functional_domain"), {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("color"),
                                                        QStringLiteral("sort_order"), QStringLiteral("capacity_person_days")})) {
        return fail();
    }
    for (int i = 0; i < domainCount; ++i) {
        w.row({i + 1, u(c.domains[i].name), u(c.domains[i].color), i + 1, small ? 60.0 : 1500.0});
    }

    // People: the named sample people, then generated ones.
    const int peopleCount = small ? int(c.people.size()) : v.people;
    progress(QStringLiteral("people"), 0, peopleCount);
    if (!w.table(QStringLiteral("person"), {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("email"),
                                             QStringLiteral("team"), QStringLiteral("roles")})) {
        return fail();
    }
    for (int i = 0; i < peopleCount; ++i) {
        if (i < int(c.people.size())) {
            const auto& p = c.people[i];
            w.row({i + 1, u(p.name), u(p.email), u(p.team), p.roles});
            seed.personRoles.append(p.roles);
        } else {
            const QString first = u(rnd.pick(c.firstNames));
            const QString last = u(rnd.pick(c.lastNames));
            const QString email = QStringLiteral("%1.%2.%3@brightwave.example").arg(first.toLower(), last.toLower()).arg(i);
            const int roles = rnd.chance(0.6) ? core::Stakeholder : (rnd.chance(0.5) ? core::Ambassador : core::Leader);
            w.row({i + 1, first + QLatin1Char(' ') + last, email, u(rnd.pick(c.teams)), roles});
            seed.personRoles.append(i == 0 ? core::ProgramManager : roles);
        }
    }
    stats.people = peopleCount;

    // Program (after its people: the CX direction is led by the first of them, the program manager).
    if (!w.table(QStringLiteral("program"), {QStringLiteral("name"), QStringLiteral("vision"), QStringLiteral("pillars"),
                                              QStringLiteral("budget_envelope"), QStringLiteral("scoring_model_id"),
                                              QStringLiteral("board_cadence"), QStringLiteral("cx_lead_id"),
                                              QStringLiteral("cx_reports_to")}) ||
        !w.row({u(c.programName), u(c.vision), u(c.pillars), small ? 2400000.0 : 60000000.0, models.front().id,
                QStringLiteral("monthly"), 1, tr("the Chief Executive")})) {
        return fail();
    }


    // Foundations: personas, journeys, stages, pain points.
    if (!w.table(QStringLiteral("persona"), {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("description"),
                                              QStringLiteral("goals"), QStringLiteral("frustrations")})) {
        return fail();
    }
    for (int i = 0; i < int(c.personas.size()); ++i) {
        const auto& p = c.personas[i];
        w.row({i + 1, u(p.name), u(p.description), u(p.goals), u(p.frustrations)});
    }
    if (!w.table(QStringLiteral("journey"), {QStringLiteral("id"), QStringLiteral("persona_id"), QStringLiteral("name")})) {
        return fail();
    }
    for (int j = 0; j < int(c.journeys.size()); ++j) {
        w.row({j + 1, c.journeys[j].persona + 1, u(c.journeys[j].name)});
    }
    // Stage and pain point ids in reading order; remembered for links.
    QList<QList<int>> stageIds;
    QList<QList<QList<int>>> painIds;
    QList<int> allPains;
    QList<int> allStages;
    int stageId = 0, painId = 0;
    if (!w.table(QStringLiteral("journey_stage"), {QStringLiteral("id"), QStringLiteral("journey_id"), QStringLiteral("name"),
                                                    QStringLiteral("sort_order")})) {
        return fail();
    }
    for (int j = 0; j < int(c.journeys.size()); ++j) {
        stageIds.append(QList<int>());
        for (int s = 0; s < int(c.journeys[j].stages.size()); ++s) {
            w.row({++stageId, j + 1, u(c.journeys[j].stages[s].name), s + 1});
            stageIds[j].append(stageId);
            allStages.append(stageId);
        }
    }
    if (!w.table(QStringLiteral("pain_point"), {QStringLiteral("id"), QStringLiteral("stage_id"), QStringLiteral("title"),
                                                 QStringLiteral("description"), QStringLiteral("severity")})) {
        return fail();
    }
    for (int j = 0; j < int(c.journeys.size()); ++j) {
        painIds.append(QList<QList<int>>());
        for (int s = 0; s < int(c.journeys[j].stages.size()); ++s) {
            painIds[j].append(QList<int>());
            for (const auto& p : c.journeys[j].stages[s].pains) {
                w.row({++painId, stageIds[j][s], u(p.title), u(p.description), p.severity});
                painIds[j][s].append(painId);
                allPains.append(painId);
            }
        }
    }

    // Project bins, with dependencies.
    const int binCount = small ? int(c.bins.size()) : v.bins;
    progress(QStringLiteral("bins"), 0, binCount);
    if (!w.table(QStringLiteral("project_bin"),
                 {QStringLiteral("id"), QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("domain_id"),
                  QStringLiteral("owner_id"), QStringLiteral("status"), QStringLiteral("priority"),
                  QStringLiteral("horizon"), QStringLiteral("start_date"), QStringLiteral("end_date"),
                  QStringLiteral("budget"), QStringLiteral("effort_days")})) {
        return fail();
    }
    QList<QDate> binEnd(binCount);
    QList<QDate> binStart(binCount);
    QList<QString> binState(binCount);
    QList<int> binOwner(binCount);
    // Money committed per year, as the guardrails count it: bins decided on (planned, under way, blocked or done),
    // in the year they start. The envelopes are set from it below.
    const auto isCommitted = [](const QString& status) {
        return status == QLatin1String("planned") || status == QLatin1String("in_progress") ||
               status == QLatin1String("blocked") || status == QLatin1String("done");
    };
    QHash<int, double> committedInYear;
    // The sample's committed bins share about 600,000 a year, whatever month the program starts in.
    QHash<int, int> sampleCommittedBins;
    if (small) {
        for (const auto& d : c.bins) {
            if (isCommitted(u(d.status))) {
                ++sampleCommittedBins[programStart.addMonths(d.startMonth).year()];
            }
        }
    }
    for (int b = 0; b < binCount; ++b) {
        QString code, name, status;
        int domain, owner, priority, start, duration, dice = -1;
        if (small) {
            const auto& d = c.bins[b];
            code = u(d.code);
            name = u(d.name);
            status = u(d.status);
            domain = d.domain;
            owner = d.owner;
            priority = d.priority;
            start = d.startMonth;
            duration = d.durationMonths;
        } else {
            code = QStringLiteral("BIN-%1").arg(b + 1, 4, 10, QLatin1Char('0'));
            name = u(rnd.pick(c.actionVerbs)) + QLatin1Char(' ') + u(rnd.pick(c.actionObjects));
            dice = rnd.between(0, 5); // the status follows the dates, below
            domain = rnd.between(0, domainCount - 1);
            owner = rnd.between(0, peopleCount - 1);
            priority = b + 1;
            start = rnd.between(0, 54);
            duration = rnd.between(2, 9);
        }
        binStart[b] = programStart.addMonths(start);
        binEnd[b] = binStart[b].addMonths(duration).addDays(-1);
        if (dice >= 0) {
            // As a real plan looks: finished work done (a few cancelled), current work under way (some blocked),
            // future work proposed or planned.
            if (binEnd[b] < m_anchor) {
                status = dice < 5 ? QStringLiteral("done") : QStringLiteral("cancelled");
            } else if (binStart[b] <= m_anchor) {
                status = dice < 5 ? QStringLiteral("in_progress") : QStringLiteral("blocked");
            } else {
                status = dice < 3 ? QStringLiteral("proposed") : QStringLiteral("planned");
            }
        }
        const int monthsAhead = start - 12;
        const QString horizon = monthsAhead < 6 ? QStringLiteral("short")
                                                : (monthsAhead < 18 ? QStringLiteral("medium") : QStringLiteral("long"));
        double budget;
        if (small && isCommitted(status)) {
            const double share = 600000.0 / sampleCommittedBins.value(binStart[b].year(), 1);
            budget = qRound(share * (0.8 + 0.4 * rnd.unit()) / 5000) * 5000.0;
        } else {
            budget = double(rnd.between(20, 400) * 1000);
        }
        if (isCommitted(status)) {
            committedInYear[binStart[b].year()] += budget;
        }
        binState[b] = status;
        // Effort in person-days, spread over the bin's months by the load guardrail.
        const double effort = small ? double(c.bins[b].effortDays) : double(rnd.between(30, 150) * 10);
        binOwner[b] = owner;
        w.row({b + 1, code, name, domain + 1, owner + 1, status, priority, horizon, iso(binStart[b]), iso(binEnd[b]),
               budget, effort});
    }
    stats.bins = binCount;
    if (!w.table(QStringLiteral("bin_dependency"), {QStringLiteral("predecessor_id"), QStringLiteral("successor_id"),
                                                     QStringLiteral("lag_days")})) {
        return fail();
    }
    for (int b = 0; b < binCount; ++b) {
        QList<int> preds;
        if (small) {
            for (int p : c.bins[b].dependsOn) {
                preds.append(p);
            }
        } else if (b > 0) {
            // About two per bin, always on an earlier bin (acyclic by construction), and mostly on one that
            // ends before this one starts: a plan that holds, with a few broken links for the map to flag.
            const int n = rnd.between(0, 5);
            for (int tries = 0; tries < 16 && preds.size() < n; ++tries) {
                const int p = rnd.between(qMax(0, b - 80), b - 1);
                if (!preds.contains(p) && (binEnd[p] < binStart[b] || rnd.chance(0.03))) {
                    preds.append(p);
                }
            }
        }
        for (int p : preds) {
            w.row({p + 1, b + 1, 0});
            ++stats.dependencies;
        }
    }

    // Charters and definitions of done (sample bins only: content needs words).
    if (small) {
        if (!w.table(QStringLiteral("charter"), {QStringLiteral("bin_id"), QStringLiteral("objectives"),
                                                  QStringLiteral("benefits"), QStringLiteral("sponsor_id")})) {
            return fail();
        }
        for (int b = 0; b < binCount; ++b) {
            w.row({b + 1, u(c.bins[b].objectives), u(c.bins[b].benefits), 1});
        }
        if (!w.table(QStringLiteral("dod_item"), {QStringLiteral("bin_id"), QStringLiteral("text"), QStringLiteral("done"),
                                                   QStringLiteral("sort_order")})) {
            return fail();
        }
        for (int b = 0; b < binCount; ++b) {
            int order = 0;
            for (const char* item : c.bins[b].definitionOfDone) {
                const bool done = QLatin1String(c.bins[b].status) == QLatin1String("done");
                w.row({b + 1, u(item), done ? 1 : 0, ++order});
            }
        }
    }

    // The change board, planned before the initiatives are written: an approved request becomes a new initiative.
    // Past sessions are held monthly, on the first Tuesday from four weeks before each month's start; the most recent
    // one is a few weeks before the anchor. The next one is left for the user to schedule.
    const int sessionCount = small ? 1 : 10;
    QList<QDate> sessionDates;
    for (int k = sessionCount; k >= 1; --k) {
        QDate d = m_anchor.addMonths(-(k - 1)).addDays(-28);
        while (d.dayOfWeek() != Qt::Tuesday) {
            d = d.addDays(1);
        }
        sessionDates.append(d); // meeting id: index + 1, oldest first
    }
    const QDate lastSession = sessionDates.last();
    struct PlannedRequest
    {
        QString code, title, description, origin, evidence, status, note;
        int submitter = 0, urgency = 1, domain = 0, pillar = 0, checklist = 0, session = 0;
        double benefit = 0, cost = 0, effort = 0;
        QDate submitted, wantedBy, qualifiedOn, deferredTo;
        QList<int> pains;
    };
    struct PlannedDecision
    {
        int session = 0, request = 0, priority = 0, initiative = 0, bin = 0;
        QString verdict, reason, resources;
        QDate deadline, deferredTo;
    };
    struct PlannedInitiative
    {
        QString title, description;
        int domain = 0, owner = 0, pillar = 0, bin = 0;
        double budget = 0;
        QList<int> pains;
    };
    QList<PlannedRequest> requests;
    QList<PlannedDecision> decisions;
    QList<PlannedInitiative> boardInitiatives;
    const int baseInitiatives = small ? int(c.initiatives.size()) : v.initiatives;
    // An approval: the request becomes a new initiative (in `bin`, 1-based, or none) and the decision points at it.
    auto approve = [&](PlannedDecision& x, const PlannedRequest& r, int bin, int owner) {
        boardInitiatives.append({r.title, r.description, r.domain, owner, r.pillar, bin, r.cost, r.pains});
        x.initiative = baseInitiatives + int(boardInitiatives.size());
        x.bin = bin;
    };
    if (small) {
        for (const auto& d : c.changeRequests) {
            PlannedRequest r;
            r.code = u(d.code);
            r.title = u(d.title);
            r.description = u(d.description);
            r.origin = u(d.origin);
            r.evidence = u(d.evidence);
            r.status = u(d.status);
            r.submitter = d.submitter + 1;
            r.submitted = m_anchor.addDays(-d.submittedDaysAgo);
            r.urgency = d.urgency;
            r.domain = d.domain + 1;
            r.pillar = d.pillar >= 0 ? d.pillar + 1 : 0;
            r.benefit = d.benefit;
            r.cost = d.cost;
            r.effort = d.effortDays;
            r.wantedBy = d.wantedInMonths > 0 ? m_anchor.addMonths(d.wantedInMonths + 1).addDays(-1) : QDate();
            r.checklist = d.checklist;
            if (d.qualifiedDaysAgo > 0) {
                r.qualifiedOn = m_anchor.addDays(-d.qualifiedDaysAgo);
            }
            for (const auto& p : d.pains) {
                r.pains.append(painIds[p.journey][p.stage][p.pain]);
            }
            std::sort(r.pains.begin(), r.pains.end());
            if (d.atBoard) {
                PlannedDecision x;
                x.session = sessionCount;
                x.request = int(requests.size()) + 1;
                x.verdict = r.status;
                x.reason = u(d.note);
                r.session = x.session;
                if (r.status == QLatin1String("approved")) {
                    x.priority = 2;
                    x.deadline = r.wantedBy.isValid() ? r.wantedBy : m_anchor.addMonths(4).addDays(-1);
                    x.resources = u(d.resources);
                    approve(x, r, d.bin + 1, c.bins[d.bin].owner + 1);
                } else if (r.status == QLatin1String("deferred")) {
                    x.deferredTo = m_anchor.addMonths(d.deferredMonths);
                    r.deferredTo = x.deferredTo;
                }
                decisions.append(x);
            } else {
                r.note = u(d.note);
            }
            requests.append(r);
        }
    } else {
        for (int i = 0; i < v.changeRequests; ++i) {
            PlannedRequest r;
            r.code = QStringLiteral("CR-%1").arg(i + 1, 4, 10, QLatin1Char('0'));
            r.title = u(rnd.pick(c.actionVerbs)) + QLatin1Char(' ') + u(rnd.pick(c.actionObjects));
            r.origin = u(Origins[rnd.between(0, 4)]);
            r.description =
                QStringLiteral("%1 for customers of the %2 journey.").arg(r.title, u(rnd.pick(c.journeys).name));
            r.submitter = rnd.between(1, peopleCount);
            r.urgency = rnd.between(0, 3);
            r.domain = rnd.between(1, domainCount);
            r.pillar = rnd.chance(0.9) ? rnd.between(1, pillarCount) : 0;
            r.benefit = double(rnd.between(1, 60) * 5000);
            r.cost = double(rnd.between(2, 80) * 5000);
            r.effort = double(rnd.between(5, 200));
            if (rnd.chance(0.3)) {
                r.wantedBy = m_anchor.addMonths(rnd.between(2, 12)).addDays(-1);
            }
            if (r.origin == QLatin1String("voc")) {
                r.evidence = u(rnd.pick(c.negativeVerbatims));
                const int n = rnd.between(1, 2);
                while (r.pains.size() < n) {
                    const int p = rnd.pick(allPains);
                    if (!r.pains.contains(p)) {
                        r.pains.append(p);
                    }
                }
                std::sort(r.pains.begin(), r.pains.end());
            }
            const int id = i + 1;
            const int dice = rnd.between(0, 99);
            if (dice < 24) {
                // Decided at a past session (deferred ones often come back to a later one).
                const int s = rnd.between(0, sessionCount - 1);
                if (r.pillar == 0) {
                    r.pillar = rnd.between(1, pillarCount);
                }
                r.submitted = sessionDates[s].addDays(-rnd.between(15, 90));
                r.qualifiedOn = r.submitted.addDays(rnd.between(3, 10));
                r.checklist = core::AllQualificationChecks;
                int at = s;
                for (;;) {
                    PlannedDecision x;
                    x.session = at + 1;
                    x.request = id;
                    r.session = x.session;
                    const bool again = !decisions.isEmpty() && decisions.last().request == id; // back after a deferral
                    const int verdict = rnd.between(0, 9);
                    if (verdict < (again ? 7 : 5)) {
                        x.verdict = QStringLiteral("approved");
                        x.priority = rnd.between(1, 20);
                        x.deadline = sessionDates[at].addMonths(rnd.between(2, 9));
                        x.resources = u(rnd.pick(c.boardResources));
                        const int bin = rnd.chance(0.85) ? rnd.between(1, binCount) : 0;
                        approve(x, r, bin, bin > 0 ? binOwner[bin - 1] + 1 : r.submitter);
                        r.deferredTo = QDate();
                    } else if (!again && verdict < 7) {
                        x.verdict = QStringLiteral("deferred");
                        x.reason = u(rnd.pick(c.boardDeferrals));
                        x.deferredTo = sessionDates[at].addMonths(rnd.between(1, 3));
                        r.deferredTo = x.deferredTo;
                    } else {
                        x.verdict = QStringLiteral("rejected");
                        x.reason = u(rnd.pick(c.boardRejections));
                        r.deferredTo = QDate();
                    }
                    r.status = x.verdict;
                    decisions.append(x);
                    if (x.verdict != QLatin1String("deferred")) {
                        break;
                    }
                    // Back on the agenda of the first session from that date, if one was held since.
                    int next = at + 1;
                    while (next < sessionCount && sessionDates[next] < x.deferredTo) {
                        ++next;
                    }
                    if (next >= sessionCount) {
                        break;
                    }
                    at = next;
                }
            } else if (dice < 62) {
                r.status = QStringLiteral("submitted");
                r.submitted = m_anchor.addDays(-rnd.between(0, 120));
            } else if (dice < 75) {
                r.status = QStringLiteral("returned");
                r.submitted = m_anchor.addDays(-rnd.between(10, 120));
                r.checklist = rnd.between(0, core::AllQualificationChecks - 1);
                r.note = u(rnd.pick(c.returnNotes));
            } else if (dice < 86) {
                r.status = QStringLiteral("rejected");
                r.submitted = m_anchor.addDays(-rnd.between(10, 300));
                r.checklist = rnd.between(0, core::AllQualificationChecks - 1);
                r.note = u(rnd.pick(c.qualificationRejections));
            } else {
                // Qualified since the last session: they wait for the next one.
                r.status = QStringLiteral("qualified");
                if (r.pillar == 0) {
                    r.pillar = rnd.between(1, pillarCount);
                }
                r.submitted = m_anchor.addDays(-rnd.between(10, 90));
                const QDate qualified = std::max(r.submitted.addDays(rnd.between(2, 8)), lastSession.addDays(1));
                r.qualifiedOn = std::min(m_anchor, qualified);
                r.checklist = core::AllQualificationChecks;
            }
            requests.append(r);
        }
    }

    // Initiatives and their pain points.
    const int initiativeCount = baseInitiatives + int(boardInitiatives.size());
    progress(QStringLiteral("initiatives"), 0, initiativeCount);
    if (!w.table(QStringLiteral("initiative"),
                 {QStringLiteral("id"), QStringLiteral("code"), QStringLiteral("title"), QStringLiteral("description"),
                  QStringLiteral("domain_id"), QStringLiteral("owner_id"), QStringLiteral("status"),
                  QStringLiteral("horizon"), QStringLiteral("bin_id"), QStringLiteral("priority"),
                  QStringLiteral("budget"), QStringLiteral("reach")})) {
        return fail();
    }
    QList<QList<int>> initiativePains(initiativeCount);
    QList<int> initiativePillar(initiativeCount, 0); // pillar id, 0: none
    // Approved work outside any bin has no date: the guardrails count it in every year.
    double undatedCommitted = 0;
    for (int i = 0; i < initiativeCount; ++i) {
        QString status;
        QVariant bin;
        double budget;
        if (i >= baseInitiatives) {
            // Made by the change board from an approved request (as approving one does in the app).
            const PlannedInitiative& d = boardInitiatives[i - baseInitiatives];
            initiativePains[i] = d.pains;
            initiativePillar[i] = d.pillar;
            status = QStringLiteral("approved");
            bin = d.bin > 0 ? QVariant(d.bin) : null();
            budget = d.budget;
            w.row({i + 1, QStringLiteral("CX-%1").arg(i + 1, small ? 3 : 5, 10, QLatin1Char('0')), d.title,
                   d.description, d.domain, d.owner, status, QStringLiteral("short"), bin, 0, budget,
                   double(rnd.between(500, 80000))});
            seed.initiativeOwner.append(int(d.owner));
        } else if (small) {
            const auto& d = c.initiatives[i];
            for (const auto& p : d.pains) {
                initiativePains[i].append(painIds[p.journey][p.stage][p.pain]);
            }
            initiativePillar[i] = d.pillar >= 0 ? d.pillar + 1 : 0;
            status = u(d.status);
            bin = d.bin >= 0 ? QVariant(d.bin + 1) : null();
            budget = double(rnd.between(5, 250) * 1000);
            w.row({i + 1, u(d.code), u(d.title), u(d.description), d.domain + 1, d.owner + 1, status, u(d.horizon), bin,
                   0, budget, double(rnd.between(500, 80000))});
            seed.initiativeOwner.append(d.owner + 1);
        } else {
            const QString title = u(rnd.pick(c.actionVerbs)) + QLatin1Char(' ') + u(rnd.pick(c.actionObjects));
            const int n = rnd.between(0, 3);
            for (int k = 0; k < n; ++k) {
                const int p = rnd.pick(allPains);
                if (!initiativePains[i].contains(p)) {
                    initiativePains[i].append(p);
                }
            }
            std::sort(initiativePains[i].begin(), initiativePains[i].end());
            initiativePillar[i] = rnd.chance(0.93) ? rnd.between(1, pillarCount) : 0;
            const QString description =
                QStringLiteral("%1 for customers of the %2 journey.").arg(title, u(rnd.pick(c.journeys).name));
            const int domain = rnd.between(1, domainCount);
            const int owner = rnd.between(1, peopleCount);
            status = u(InitiativeStatuses[rnd.between(0, 5)]);
            const QString horizon = u(Horizons[rnd.between(0, 3)]);
            bin = rnd.chance(0.7) ? QVariant(rnd.between(1, binCount)) : null();
            budget = double(rnd.between(5, 250) * 1000);
            w.row({i + 1, QStringLiteral("CX-%1").arg(i + 1, 5, 10, QLatin1Char('0')), title, description, domain,
                   owner, status, horizon, bin, 0, budget, double(rnd.between(500, 80000))});
            seed.initiativeOwner.append(owner);
        }
        seed.initiativeState.append(status);
        if (bin.isNull() && (status == QLatin1String("approved") || status == QLatin1String("in_progress") ||
                             status == QLatin1String("done"))) {
            undatedCommitted += budget;
        }
    }
    stats.initiatives = initiativeCount;
    if (!w.table(QStringLiteral("initiative_pain_point"), {QStringLiteral("initiative_id"), QStringLiteral("pain_point_id")})) {
        return fail();
    }
    for (int i = 0; i < initiativeCount; ++i) {
        for (int p : initiativePains[i]) {
            w.row({i + 1, p});
        }
    }
    if (!w.table(QStringLiteral("initiative_pillar"), {QStringLiteral("initiative_id"), QStringLiteral("pillar_id")})) {
        return fail();
    }
    for (int i = 0; i < initiativeCount; ++i) {
        if (initiativePillar[i] > 0) {
            w.row({i + 1, initiativePillar[i]});
        }
    }

    // Budget envelopes for the program's years, set from what is committed: the past year comfortably inside, the
    // current one tight (about 90% committed), the later ones with room (in the large demo, one slightly over).
    if (!w.table(QStringLiteral("budget_envelope"), {QStringLiteral("year"), QStringLiteral("amount")})) {
        return fail();
    }
    const int currentYear = m_anchor.year();
    const double step = small ? 10000.0 : 100000.0;
    for (int year = programStart.year(); year <= programStart.year() + (small ? 3 : 4); ++year) {
        const double committed = committedInYear.value(year) + undatedCommitted;
        double envelope;
        if (year < currentYear) {
            envelope = committed / (0.92 + 0.07 * rnd.unit());
        } else if (year == currentYear) {
            envelope = committed / (0.88 + 0.05 * rnd.unit());
        } else if (!small && year == currentYear + 2) {
            envelope = committed / 1.04;
        } else if (small) {
            envelope = std::max(double(rnd.between(95, 115) * 10000), committed / 0.8);
        } else {
            envelope = committed / (0.75 + 0.15 * rnd.unit());
        }
        w.row({year, std::max(step, qRound64(envelope / step) * step)});
    }

    // Scores: every initiative on every model (agreed values), and for the
    // sample, five stakeholders' private scores on the first initiatives.
    progress(QStringLiteral("scores"), 0, initiativeCount);
    if (!w.table(QStringLiteral("initiative_score"), {QStringLiteral("initiative_id"), QStringLiteral("criterion_id"),
                                                       QStringLiteral("person_id"), QStringLiteral("value")})) {
        return fail();
    }
    auto onScale = [&rnd](const core::Criterion& cr, double lean) {
        // lean in 0..1 pulls the value towards the top of the scale.
        const double span = cr.scaleMax - cr.scaleMin;
        double v = cr.scaleMin + span * qBound(0.0, 0.6 * rnd.unit() + 0.4 * lean, 1.0);
        const double step = span <= 20 ? 1 : (span <= 100 ? 5 : (span <= 1000 ? 10 : 100));
        v = qRound(v / step) * step;
        return qBound(cr.scaleMin, v, cr.scaleMax);
    };
    for (int i = 0; i < initiativeCount; ++i) {
        const double benefitLean = rnd.unit();
        const double costLean = rnd.unit();
        for (const auto& m : models) {
            for (const auto& cr : m.criteria) {
                const bool costly = cr.side == core::CriterionSide::Cost || cr.role == core::CriterionRole::Effort ||
                                    cr.role == core::CriterionRole::JobSize;
                w.row({i + 1, cr.id, null(), onScale(cr, costly ? costLean : benefitLean)});
            }
        }
    }
    if (small) {
        const auto& weighted = models.front();
        for (int i = 0; i < 12 && i < initiativeCount; ++i) {
            for (const auto& cr : weighted.criteria) {
                const double base = onScale(cr, 0.5);
                for (int rater = 1; rater <= 5; ++rater) {
                    // Mostly close to each other; now and then someone sees it very differently.
                    const double offset = rnd.chance(0.15) ? (rnd.chance(0.5) ? 3 : -3) : rnd.between(-1, 1);
                    w.row({i + 1, cr.id, rater + 1, qBound(cr.scaleMin, base + offset, cr.scaleMax)});
                }
            }
        }
    }

    // Tasks.
    const qint64 taskTotal = qint64(binCount) * v.tasksPerBin;
    progress(QStringLiteral("tasks"), 0, taskTotal);
    if (!w.table(QStringLiteral("task"),
                 {QStringLiteral("bin_id"), QStringLiteral("title"), QStringLiteral("owner_id"), QStringLiteral("due_date"),
                  QStringLiteral("estimate_days"), QStringLiteral("status"), QStringLiteral("blocked_reason"),
                  QStringLiteral("created_at"), QStringLiteral("completed_at"), QStringLiteral("objective_week"),
                  QStringLiteral("celebrated_on")})) {
        return fail();
    }
    const QDate today = m_anchor.addDays(14);
    // The weekly rhythm's traces: objectives and celebrations, from a stream of their own (the rest of the demo
    // stays as it was for a seed).
    core::Random rhythm(m_seed * 7919 + 17);
    for (int b = 0; b < binCount; ++b) {
        const int span = qMax<qint64>(1, binStart[b].daysTo(binEnd[b]));
        for (int t = 0; t < v.tasksPerBin; ++t) {
            const QString title = small ? u(c.bins[b].tasks[t % c.bins[b].tasks.size()])
                                        : u(rnd.pick(c.actionVerbs)) + QLatin1Char(' ') + u(rnd.pick(c.actionObjects));
            const QDate due = binStart[b].addDays(qint64(span) * (t + 1) / v.tasksPerBin);
            QString status;
            QVariant completed = null();
            QString blocked;
            if (due < today.addDays(-7)) {
                status = rnd.chance(0.85) ? QStringLiteral("done") : QStringLiteral("doing");
            } else if (due < today.addDays(21)) {
                status = u(rnd.pick(std::array{"todo", "doing", "doing", "blocked", "done"}));
            } else {
                status = QStringLiteral("todo");
            }
            if (status == QLatin1String("done")) {
                completed = iso(due.addDays(rnd.between(-5, 6)) > today ? today : due.addDays(rnd.between(-5, 6)));
            }
            if (status == QLatin1String("blocked")) {
                blocked = QStringLiteral("Waiting for a decision from the steering committee");
            }
            const QDate created = binStart[b].addDays(-7);
            if (completed.isValid() && !completed.isNull() && QDate::fromString(completed.toString(), Qt::ISODate) < created) {
                completed = iso(created);
            }
            const QDate doneOn = completed.isNull() ? QDate() : QDate::fromString(completed.toString(), Qt::ISODate);
            // Only in the past of the anchor: the weeks to come are the user's to plan.
            const bool objective = due < m_anchor && due > m_anchor.addDays(-120) && rhythm.chance(0.3);
            QVariant celebrated = null();
            if (doneOn.isValid() && doneOn < m_anchor && doneOn > m_anchor.addDays(-180) && rhythm.chance(0.12)) {
                celebrated = iso(std::min(m_anchor.addDays(-1), doneOn.addDays(rhythm.between(0, 4))));
            }
            w.row({b + 1, title, rnd.between(1, peopleCount), iso(due), double(rnd.between(1, 10)), status, blocked,
                   iso(created), completed, objective ? QVariant(core::weekKey(due)) : null(), celebrated});
            ++stats.tasks;
        }
        if (b % 50 == 0) {
            progress(QStringLiteral("tasks"), stats.tasks, taskTotal);
        }
    }

    // Each dated bin's three phases, their milestones reached as work went (a done bin reached them all).
    if (!w.table(QStringLiteral("charter_phase"), {QStringLiteral("bin_id"), QStringLiteral("name"),
                                                    QStringLiteral("start_date"), QStringLiteral("end_date"),
                                                    QStringLiteral("sort_order"), QStringLiteral("reached_on")})) {
        return fail();
    }
    const QString phaseNames[] = {tr("Discovery and design"), tr("Build and pilot"), tr("Roll-out and handover")};
    for (int b = 0; b < binCount; ++b) {
        const qint64 days = binStart[b].daysTo(binEnd[b]);
        const QDate ends[] = {binStart[b].addDays(days / 4), binStart[b].addDays(days * 3 / 4), binEnd[b]};
        const bool done = binState[b] == QLatin1String("done");
        const bool started = done || binState[b] == QLatin1String("in_progress") || binState[b] == QLatin1String("blocked");
        QDate from = binStart[b];
        for (int i = 0; i < 3; ++i) {
            QVariant reached = null();
            const QDate on = std::min(m_anchor, ends[i].addDays(rhythm.between(-7, 3)));
            if (started && ends[i].addDays(-7) < m_anchor && (done || (on < m_anchor && rhythm.chance(0.85)))) {
                reached = iso(std::max(on, from));
            }
            w.row({b + 1, phaseNames[i], iso(from), iso(ends[i]), i + 1, reached});
            from = ends[i].addDays(1);
        }
    }

    // The change board: its past sessions (closed), the requests, and the decision log.
    if (!w.table(QStringLiteral("meeting"), {QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("held_on"),
                                              QStringLiteral("title"), QStringLiteral("notes"),
                                              QStringLiteral("status")})) {
        return fail();
    }
    const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    for (int s = 0; s < sessionCount; ++s) {
        const QString day = english.toString(sessionDates[s], QStringLiteral("d MMMM yyyy"));
        w.row({s + 1, QStringLiteral("change_board"), iso(sessionDates[s]),
               QStringLiteral("Change board of %1").arg(day),
               small ? u(c.boardSession.notes) : u(c.generatedSessionNotes), QStringLiteral("closed")});
    }
    if (!w.table(QStringLiteral("meeting_attendee"), {QStringLiteral("meeting_id"), QStringLiteral("person_id")})) {
        return fail();
    }
    for (int s = 0; s < sessionCount; ++s) {
        QList<int> attendees;
        for (int a : c.boardSession.attendees) {
            attendees.append(a + 1);
        }
        if (!small) {
            // The same core, with now and then another leader or two.
            for (int extra = rnd.between(0, 2); extra > 0; --extra) {
                const int a = rnd.between(1, peopleCount);
                if (!attendees.contains(a)) {
                    attendees.append(a);
                }
            }
            std::sort(attendees.begin(), attendees.end());
        }
        for (int a : attendees) {
            w.row({s + 1, a});
        }
    }
    const int crCount = int(requests.size());
    progress(QStringLiteral("requests"), 0, crCount);
    if (!w.table(QStringLiteral("change_request"),
                 {QStringLiteral("id"), QStringLiteral("code"), QStringLiteral("title"), QStringLiteral("description"),
                  QStringLiteral("origin"), QStringLiteral("submitter_id"), QStringLiteral("submitted_on"),
                  QStringLiteral("status"), QStringLiteral("urgency"), QStringLiteral("est_benefit"),
                  QStringLiteral("est_cost"), QStringLiteral("est_effort_days"), QStringLiteral("domain_id"),
                  QStringLiteral("pillar_id"), QStringLiteral("evidence"), QStringLiteral("wanted_by"),
                  QStringLiteral("checklist"), QStringLiteral("qualified_on"), QStringLiteral("qualification_note"),
                  QStringLiteral("session_id"), QStringLiteral("deferred_to")})) {
        return fail();
    }
    const auto amount = [](double value) { return value > 0 ? QVariant(value) : null(); };
    const auto date = [](const QDate& d) { return d.isValid() ? QVariant(iso(d)) : null(); };
    const auto id = [](int value) { return value > 0 ? QVariant(value) : null(); };
    for (int i = 0; i < crCount; ++i) {
        const PlannedRequest& r = requests[i];
        w.row({i + 1, r.code, r.title, r.description, r.origin, id(r.submitter), iso(r.submitted), r.status, r.urgency,
               amount(r.benefit), amount(r.cost), amount(r.effort), id(r.domain), id(r.pillar), r.evidence,
               date(r.wantedBy), r.checklist, date(r.qualifiedOn), r.note, id(r.session), date(r.deferredTo)});
    }
    stats.changeRequests = crCount;
    if (!w.table(QStringLiteral("change_request_pain_point"),
                 {QStringLiteral("request_id"), QStringLiteral("pain_point_id")})) {
        return fail();
    }
    for (int i = 0; i < crCount; ++i) {
        for (int p : requests[i].pains) {
            w.row({i + 1, p});
        }
    }
    if (!w.table(QStringLiteral("board_decision"),
                 {QStringLiteral("session_id"), QStringLiteral("request_id"), QStringLiteral("verdict"),
                  QStringLiteral("reason"), QStringLiteral("priority"), QStringLiteral("deadline"),
                  QStringLiteral("resources"), QStringLiteral("deferred_to"), QStringLiteral("initiative_id"),
                  QStringLiteral("bin_id"), QStringLiteral("created_bin"), QStringLiteral("decided_on")})) {
        return fail();
    }
    for (const PlannedDecision& x : decisions) {
        w.row({x.session, x.request, x.verdict, x.reason, x.priority, date(x.deadline), x.resources, date(x.deferredTo),
               id(x.initiative), id(x.bin), 0, iso(sessionDates[x.session - 1])});
    }

    // Voting rounds with ranked ballots.
    if (!w.table(QStringLiteral("voting_round"), {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("status"),
                                                   QStringLiteral("opened_at"), QStringLiteral("closed_at")})) {
        return fail();
    }
    for (int r = 0; r < v.rounds; ++r) {
        const QDate opened = m_anchor.addMonths(-2 * (v.rounds - r));
        w.row({r + 1, tr("Prioritisation round %1").arg(r + 1), QStringLiteral("closed"), iso(opened),
               iso(opened.addDays(14))});
    }
    QList<QList<int>> ballotInitiatives(v.rounds);
    if (!w.table(QStringLiteral("round_initiative"), {QStringLiteral("round_id"), QStringLiteral("initiative_id")})) {
        return fail();
    }
    for (int r = 0; r < v.rounds; ++r) {
        while (ballotInitiatives[r].size() < qMin(v.ballotSize, initiativeCount)) {
            const int i = rnd.between(1, initiativeCount);
            if (!ballotInitiatives[r].contains(i)) {
                ballotInitiatives[r].append(i);
                w.row({r + 1, i});
            }
        }
    }
    const int voters = qMin(v.ballotsPerRound, peopleCount - 1);
    if (!w.table(QStringLiteral("round_voter"), {QStringLiteral("round_id"), QStringLiteral("person_id")})) {
        return fail();
    }
    for (int r = 0; r < v.rounds; ++r) {
        for (int k = 0; k < voters; ++k) {
            w.row({r + 1, k + 2});
        }
    }
    if (!w.table(QStringLiteral("ballot"), {QStringLiteral("id"), QStringLiteral("round_id"), QStringLiteral("voter_id"),
                                             QStringLiteral("status"), QStringLiteral("submitted_at")})) {
        return fail();
    }
    int ballotId = 0;
    for (int r = 0; r < v.rounds; ++r) {
        for (int k = 0; k < voters; ++k) {
            w.row({++ballotId, r + 1, k + 2, QStringLiteral("submitted"), iso(m_anchor.addMonths(-2 * (v.rounds - r)).addDays(3))});
        }
    }
    stats.ballots = ballotId;
    if (!w.table(QStringLiteral("ballot_entry"), {QStringLiteral("ballot_id"), QStringLiteral("initiative_id"),
                                                   QStringLiteral("rank_value")})) {
        return fail();
    }
    ballotId = 0;
    for (int r = 0; r < v.rounds; ++r) {
        for (int k = 0; k < voters; ++k) {
            ++ballotId;
            // A shared underlying order plus personal noise: realistic agreement.
            QList<std::pair<double, int>> keyed;
            for (int idx = 0; idx < ballotInitiatives[r].size(); ++idx) {
                keyed.append({idx + rnd.unit() * 6.0, ballotInitiatives[r][idx]});
            }
            std::sort(keyed.begin(), keyed.end());
            for (int pos = 0; pos < keyed.size(); ++pos) {
                w.row({ballotId, keyed[pos].second, pos + 1});
            }
        }
    }

    // KPIs and monthly measurements.
    if (!w.table(QStringLiteral("kpi"), {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("unit"),
                                          QStringLiteral("target"), QStringLiteral("direction"), QStringLiteral("owner_id")})) {
        return fail();
    }
    const int kpiCount = int(c.kpis.size()) + v.extraKpis;
    for (int k = 0; k < kpiCount; ++k) {
        const auto& d = c.kpis[k % c.kpis.size()];
        const QString name = k < int(c.kpis.size()) ? u(d.name) : QStringLiteral("%1 (%2)").arg(u(d.name), u(c.domains[k % domainCount].name));
        w.row({k + 1, name, u(d.unit), d.target, u(d.direction), rnd.between(1, qMin(peopleCount, 24))});
    }
    if (!w.table(QStringLiteral("kpi_measurement"), {QStringLiteral("kpi_id"), QStringLiteral("measured_on"),
                                                      QStringLiteral("value")})) {
        return fail();
    }
    for (int k = 0; k < kpiCount; ++k) {
        const auto& d = c.kpis[k % c.kpis.size()];
        for (int m = 0; m < v.kpiMonths; ++m) {
            const double value = d.baseline + d.monthlyChange * m + (rnd.unit() - 0.5) * qAbs(d.monthlyChange) * 3;
            w.row({k + 1, iso(m_anchor.addMonths(m - v.kpiMonths + 1)), qRound(value * 100) / 100.0});
            ++stats.kpiMeasurements;
        }
    }

    // Voice of the Customer: NPS, CSAT and CES records, improving slowly.
    progress(QStringLiteral("voc"), 0, v.vocRecords);
    if (!w.table(QStringLiteral("voc_record"), {QStringLiteral("recorded_on"), QStringLiteral("channel"),
                                                 QStringLiteral("stage_id"), QStringLiteral("metric"),
                                                 QStringLiteral("score"), QStringLiteral("verbatim")})) {
        return fail();
    }
    const int vocDays = small ? 365 : 5 * 365;
    const QDate vocStart = m_anchor.addDays(-vocDays);
    for (qint64 r = 0; r < v.vocRecords; ++r) {
        const int day = rnd.between(0, vocDays - 1);
        const double progressShare = double(day) / vocDays; // later records are a little happier
        const int metricPick = rnd.between(0, 9);
        QString metric;
        double score;
        bool positive;
        if (metricPick < 5) {
            metric = QStringLiteral("nps");
            score = qBound(0, int(rnd.unit() * 11 + progressShare * 1.5 - 0.4), 10);
            positive = score >= 9;
        } else if (metricPick < 8) {
            metric = QStringLiteral("csat");
            score = qBound(1, int(rnd.unit() * 5 + 1 + progressShare * 0.6), 5);
            positive = score >= 4;
        } else {
            metric = QStringLiteral("ces");
            score = qBound(1, int(rnd.unit() * 7 + 1 - progressShare * 0.8), 7);
            positive = score <= 3;
        }
        const QString verbatim = rnd.chance(0.3) ? u(positive ? rnd.pick(c.positiveVerbatims) : rnd.pick(c.negativeVerbatims))
                                                 : QString();
        w.row({iso(vocStart.addDays(day)), u(rnd.pick(c.channels)), rnd.pick(allStages), metric, score, verbatim});
        ++stats.vocRecords;
        if (r % 50000 == 0 && r > 0) {
            progress(QStringLiteral("voc"), r, v.vocRecords);
        }
    }

    // Governance: bodies, their meetings, the RACI matrix, touchpoints, maturity assessments.
    for (int owner : binOwner) {
        seed.binOwner.append(owner + 1); // binOwner holds indices
    }
    seed.binState = binState;
    seed.stages = allStages;
    seed.firstMeetingId = sessionCount + 1;
    if (!demo::writeGovernance(w, rnd, seed)) {
        return fail();
    }

    if (!w.flush()) {
        return fail();
    }
    progress(QStringLiteral("commit"), 0, 1);
    if (auto r = tx.commit(); !r) {
        return unexpected(r.error());
    }
    return stats;
}

} // namespace tiller::app
