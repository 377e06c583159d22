#include "tiller/app/DemoBuilder.h"

#include "DemoSupport.h"
#include "SampleContent.h"
#include "tiller/core/Random.h"
#include "tiller/core/Scoring.h"
#include "tiller/core/Types.h"
#include "tiller/storage/BulkInserter.h"
#include "tiller/storage/Database.h"
#include "tiller/storage/Transaction.h"

#include <QFileInfo>
#include <QStringList>

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

    // Program.
    if (!w.table(QStringLiteral("program"), {QStringLiteral("name"), QStringLiteral("vision"), QStringLiteral("pillars"),
                                              QStringLiteral("budget_envelope"), QStringLiteral("scoring_model_id")}) ||
        !w.row({u(c.programName), u(c.vision), u(c.pillars), small ? 2400000.0 : 60000000.0, models.front().id})) {
        return fail();
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
        } else {
            const QString first = u(rnd.pick(c.firstNames));
            const QString last = u(rnd.pick(c.lastNames));
            const QString email = QStringLiteral("%1.%2.%3@brightwave.example").arg(first.toLower(), last.toLower()).arg(i);
            const int roles = rnd.chance(0.6) ? core::Stakeholder : (rnd.chance(0.5) ? core::Ambassador : core::Leader);
            w.row({i + 1, first + QLatin1Char(' ') + last, email, u(rnd.pick(c.teams)), roles});
        }
    }
    stats.people = peopleCount;

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
                  QStringLiteral("budget")})) {
        return fail();
    }
    QList<QDate> binEnd(binCount);
    QList<QDate> binStart(binCount);
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
        w.row({b + 1, code, name, domain + 1, owner + 1, status, priority, horizon, iso(binStart[b]), iso(binEnd[b]),
               double(rnd.between(20, 400) * 1000)});
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

    // Initiatives and their pain points.
    const int initiativeCount = small ? int(c.initiatives.size()) : v.initiatives;
    progress(QStringLiteral("initiatives"), 0, initiativeCount);
    if (!w.table(QStringLiteral("initiative"),
                 {QStringLiteral("id"), QStringLiteral("code"), QStringLiteral("title"), QStringLiteral("description"),
                  QStringLiteral("domain_id"), QStringLiteral("owner_id"), QStringLiteral("status"),
                  QStringLiteral("horizon"), QStringLiteral("bin_id"), QStringLiteral("priority"),
                  QStringLiteral("budget"), QStringLiteral("reach")})) {
        return fail();
    }
    QList<QList<int>> initiativePains(initiativeCount);
    for (int i = 0; i < initiativeCount; ++i) {
        if (small) {
            const auto& d = c.initiatives[i];
            for (const auto& p : d.pains) {
                initiativePains[i].append(painIds[p.journey][p.stage][p.pain]);
            }
            w.row({i + 1, u(d.code), u(d.title), u(d.description), d.domain + 1, d.owner + 1, u(d.status),
                   u(d.horizon), d.bin >= 0 ? QVariant(d.bin + 1) : null(), 0,
                   double(rnd.between(5, 250) * 1000), double(rnd.between(500, 80000))});
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
            w.row({i + 1, QStringLiteral("CX-%1").arg(i + 1, 5, 10, QLatin1Char('0')), title,
                   QStringLiteral("%1 for customers of the %2 journey.").arg(title, u(rnd.pick(c.journeys).name)),
                   rnd.between(1, domainCount), rnd.between(1, peopleCount), u(InitiativeStatuses[rnd.between(0, 5)]),
                   u(Horizons[rnd.between(0, 3)]), rnd.chance(0.7) ? QVariant(rnd.between(1, binCount)) : null(), 0,
                   double(rnd.between(5, 250) * 1000), double(rnd.between(500, 80000))});
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
                  QStringLiteral("created_at"), QStringLiteral("completed_at")})) {
        return fail();
    }
    const QDate today = m_anchor.addDays(14);
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
            w.row({b + 1, title, rnd.between(1, peopleCount), iso(due), double(rnd.between(1, 10)), status, blocked,
                   iso(created), completed});
            ++stats.tasks;
        }
        if (b % 50 == 0) {
            progress(QStringLiteral("tasks"), stats.tasks, taskTotal);
        }
    }

    // Change requests.
    const int crCount = small ? int(c.changeRequests.size()) : v.changeRequests;
    if (!w.table(QStringLiteral("change_request"),
                 {QStringLiteral("code"), QStringLiteral("title"), QStringLiteral("description"), QStringLiteral("origin"),
                  QStringLiteral("submitter_id"), QStringLiteral("submitted_on"), QStringLiteral("status"),
                  QStringLiteral("urgency"), QStringLiteral("est_benefit"), QStringLiteral("est_cost"),
                  QStringLiteral("est_effort_days")})) {
        return fail();
    }
    for (int i = 0; i < crCount; ++i) {
        const QDate submitted = m_anchor.addDays(-rnd.between(0, small ? 60 : 1500));
        if (small) {
            const auto& d = c.changeRequests[i];
            w.row({u(d.code), u(d.title), u(d.description), u(d.origin), rnd.between(1, peopleCount), iso(submitted),
                   QStringLiteral("submitted"), rnd.between(1, 3), double(rnd.between(1, 5)),
                   double(rnd.between(10, 200) * 1000), double(rnd.between(5, 120))});
        } else {
            const QString title = u(rnd.pick(c.actionVerbs)) + QLatin1Char(' ') + u(rnd.pick(c.actionObjects));
            w.row({QStringLiteral("CR-%1").arg(i + 1, 5, 10, QLatin1Char('0')), title, title,
                   u(Origins[rnd.between(0, 4)]), rnd.between(1, peopleCount), iso(submitted),
                   u(rnd.pick(std::array{"submitted", "qualified", "approved", "rejected", "deferred"})),
                   rnd.between(1, 3), double(rnd.between(1, 5)), double(rnd.between(10, 200) * 1000),
                   double(rnd.between(5, 120))});
        }
    }
    stats.changeRequests = crCount;

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

    // Governance bodies, sample meetings and a maturity assessment.
    if (!w.table(QStringLiteral("governance_body"), {QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("purpose"),
                                                      QStringLiteral("chair_id"), QStringLiteral("cadence"),
                                                      QStringLiteral("next_meeting")})) {
        return fail();
    }
    w.row({tr("Steering committee"), QStringLiteral("steering"), tr("Keeps the program inside the strategy"), 2,
           QStringLiteral("monthly"), iso(m_anchor.addMonths(1))});
    w.row({tr("Change board"), QStringLiteral("change_board"), tr("Decides new requests once a month"), 1,
           QStringLiteral("monthly"), iso(m_anchor.addMonths(1).addDays(7))});
    w.row({tr("Customer-advocacy council"), QStringLiteral("advocacy"), tr("Brings the customer's voice to decisions"), 3,
           QStringLiteral("bimonthly"), iso(m_anchor.addMonths(2))});
    w.row({tr("Ambassadors network"), QStringLiteral("ambassadors"), tr("Carries the CX culture in every team"), 1,
           QStringLiteral("monthly"), iso(m_anchor.addDays(20))});
    if (!w.table(QStringLiteral("maturity_assessment"), {QStringLiteral("id"), QStringLiteral("assessed_on")})) {
        return fail();
    }
    w.row({1, iso(programStart)});
    w.row({2, iso(m_anchor)});
    if (!w.table(QStringLiteral("maturity_score"), {QStringLiteral("assessment_id"), QStringLiteral("dimension"),
                                                     QStringLiteral("score")})) {
        return fail();
    }
    for (const char* dim : {"strategy", "customer_understanding", "design", "measurement", "governance", "culture"}) {
        const int before = rnd.between(1, 3);
        w.row({1, u(dim), before});
        w.row({2, u(dim), qMin(5, before + rnd.between(0, 2))});
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
