// The dashboard's figures on a small hand-built program: every number checked exactly.
#include "tiller/app/DashboardData.h"
#include "tiller/app/TaskEdits.h"

#include "AppFixture.h"
#include "tiller/storage/BulkInserter.h"
#include "tiller/storage/Transaction.h"
#include "tiller/storage/VocRecords.h"

using namespace tiller;
using test::PortfolioFixture;

namespace {

const QDateTime Now(QDate(2026, 6, 15), QTime(10, 0));
const QDate From(2026, 1, 1);
const QDate To(2026, 6, 15);

core::ProjectBin makeBin(const QString& code, core::Id domain, core::BinStatus status, QDate start, QDate end,
                         double budget, double effort)
{
    core::ProjectBin b;
    b.code = code;
    b.name = code + QStringLiteral(" name");
    b.domainId = domain;
    b.status = status;
    b.start = start;
    b.end = end;
    b.budget = budget;
    b.effortDays = effort;
    if (!start.isValid()) {
        b.horizon = core::Horizon::Long;
    }
    return b;
}

core::Task makeTask(core::Id bin, const QString& title, QDate due, core::TaskStatus status, QDateTime done = {})
{
    core::Task t;
    t.binId = bin;
    t.title = title;
    t.due = due;
    t.status = status;
    t.createdAt = QDateTime(QDate(2026, 1, 5), QTime(9, 0));
    t.completedAt = done;
    if (status == core::TaskStatus::Blocked) {
        t.blockedReason = QStringLiteral("Waiting for the supplier");
    }
    return t;
}

core::ChangeRequest makeRequest(const QString& code, core::Id domain, QDate submitted, QDate qualified = {})
{
    core::ChangeRequest r;
    r.code = code;
    r.title = code + QStringLiteral(" title");
    r.domainId = domain;
    r.submittedOn = submitted;
    r.qualifiedOn = qualified;
    return r;
}

struct Built
{
    core::Id d = 0; // the domain filtered on
    core::Id e = 0; // the other domain
};

Built build(app::Portfolio& p)
{
    Built out;
    // Two domains and the 2026 envelope.
    {
        app::ChangeSet c;
        core::Program program = p.program();
        program.budgetEnvelopes[2026] = 200000;
        c.program.push_back({p.program(), program});
        core::Domain d;
        d.name = QStringLiteral("Digital");
        d.color = QStringLiteral("#336699");
        d.capacityPersonDays = 20;
        c.domains.push_back({std::nullopt, d});
        core::Domain e;
        e.name = QStringLiteral("Stores");
        e.color = QStringLiteral("#993366");
        e.sortOrder = 1;
        c.domains.push_back({std::nullopt, e});
        REQUIRE(p.submit(QStringLiteral("Domains"), c));
        out.d = p.domains()[p.domains().size() - 2].id;
        out.e = p.domains().back().id;
    }
    // Three bins: under way in April (30 person-days, over the capacity of 20), planned for the autumn, proposed.
    {
        app::ChangeSet c;
        c.bins.push_back({std::nullopt, makeBin(QStringLiteral("BIN-01"), out.d, core::BinStatus::InProgress,
                                                QDate(2026, 4, 1), QDate(2026, 4, 30), 50000, 30)});
        c.bins.push_back({std::nullopt, makeBin(QStringLiteral("BIN-02"), out.d, core::BinStatus::Planned,
                                                QDate(2026, 9, 1), QDate(2026, 12, 31), 30000, 0)});
        c.bins.push_back({std::nullopt, makeBin(QStringLiteral("BIN-03"), out.e, core::BinStatus::Proposed, QDate(),
                                                QDate(), 99999, 0)});
        REQUIRE(p.submit(QStringLiteral("Bins"), c));
    }
    const core::Id b1 = p.bins()[0].id;
    const core::Id b3 = p.bins()[2].id;
    REQUIRE(p.bins()[0].code == QStringLiteral("BIN-01"));
    (void)p.tasks(); // read before the first task is added (see the report: tasks added before were counted twice)
    // Tasks: done early, on time (later that day), late; open and overdue; blocked; overdue in the other domain.
    {
        app::ChangeSet c;
        using S = core::TaskStatus;
        c.tasks.push_back({std::nullopt, makeTask(b1, QStringLiteral("Early"), QDate(2026, 5, 10), S::Done,
                                                  QDateTime(QDate(2026, 5, 5), QTime(11, 0)))});
        c.tasks.push_back({std::nullopt, makeTask(b1, QStringLiteral("On time"), QDate(2026, 5, 20), S::Done,
                                                  QDateTime(QDate(2026, 5, 20), QTime(17, 0)))});
        c.tasks.push_back({std::nullopt, makeTask(b1, QStringLiteral("Late"), QDate(2026, 5, 25), S::Done,
                                                  QDateTime(QDate(2026, 6, 2), QTime(9, 0)))});
        c.tasks.push_back({std::nullopt, makeTask(b1, QStringLiteral("Overdue"), QDate(2026, 6, 1), S::Todo)});
        c.tasks.push_back({std::nullopt, makeTask(b1, QStringLiteral("Blocked"), QDate(2026, 7, 1), S::Blocked)});
        c.tasks.push_back({std::nullopt, makeTask(b3, QStringLiteral("Stores overdue"), QDate(2026, 6, 10), S::Doing)});
        REQUIRE(p.submit(QStringLiteral("Tasks"), c));
    }
    // Requests: three received in the period (one before it), two qualified in it.
    {
        app::ChangeSet c;
        c.requests.push_back(
            {std::nullopt, makeRequest(QStringLiteral("CR-001"), out.d, QDate(2026, 2, 10), QDate(2026, 2, 20))});
        c.requests.push_back(
            {std::nullopt, makeRequest(QStringLiteral("CR-002"), out.d, QDate(2026, 3, 1), QDate(2026, 3, 10))});
        c.requests.push_back({std::nullopt, makeRequest(QStringLiteral("CR-003"), out.e, QDate(2026, 4, 1))});
        c.requests.push_back({std::nullopt, makeRequest(QStringLiteral("CR-004"), out.d, QDate(2025, 12, 1))});
        core::Meeting march;
        march.kind = QStringLiteral("change_board");
        march.heldOn = QDate(2026, 3, 5);
        march.title = QStringLiteral("Board, March");
        c.meetings.push_back({std::nullopt, march});
        core::Meeting april = march;
        april.heldOn = QDate(2026, 4, 2);
        april.title = QStringLiteral("Board, April");
        c.meetings.push_back({std::nullopt, april});
        REQUIRE(p.submit(QStringLiteral("Requests"), c));
    }
    // Decisions: approved after 23 days, rejected after 32, deferred after 1.
    {
        const auto sessions = p.boardSessions();
        REQUIRE(sessions.size() == 2);
        app::ChangeSet c;
        core::BoardDecision approved;
        approved.sessionId = sessions[0].id;
        approved.requestId = p.requestByCode(QStringLiteral("CR-001"))->id;
        approved.verdict = core::BoardVerdict::Approved;
        approved.decidedOn = QDate(2026, 3, 5);
        c.decisions.push_back({std::nullopt, approved});
        core::BoardDecision rejected;
        rejected.sessionId = sessions[1].id;
        rejected.requestId = p.requestByCode(QStringLiteral("CR-002"))->id;
        rejected.verdict = core::BoardVerdict::Rejected;
        rejected.reason = QStringLiteral("Out of scope");
        rejected.decidedOn = QDate(2026, 4, 2);
        c.decisions.push_back({std::nullopt, rejected});
        core::BoardDecision deferred;
        deferred.sessionId = sessions[1].id;
        deferred.requestId = p.requestByCode(QStringLiteral("CR-003"))->id;
        deferred.verdict = core::BoardVerdict::Deferred;
        deferred.deferredTo = QDate(2026, 6, 1);
        deferred.decidedOn = QDate(2026, 4, 2);
        c.decisions.push_back({std::nullopt, deferred});
        REQUIRE(p.submit(QStringLiteral("Decisions"), c));
    }
    // VoC: April NPS −20 (1 promoter, 2 passives, 2 detractors), May NPS +10 (4 promoters, 3 passives,
    // 3 detractors); May CSAT 50 (2 of 4 satisfied); CES 4.0 in April, 2.5 in May; one NPS answer out of the period.
    {
        std::vector<storage::VocRecord> records;
        const auto add = [&](QDate on, const char* metric, std::initializer_list<double> scores) {
            for (double s : scores) {
                records.push_back({on, QStringLiteral("survey"), 0, QString::fromLatin1(metric), s, QString()});
            }
        };
        add(QDate(2026, 4, 10), "nps", {9, 7, 8, 3, 6});
        add(QDate(2026, 5, 12), "nps", {9, 10, 9, 10, 7, 8, 7, 0, 5, 6});
        add(QDate(2026, 5, 13), "csat", {5, 4, 3, 2});
        add(QDate(2026, 4, 20), "ces", {3, 5});
        add(QDate(2026, 5, 20), "ces", {2, 3});
        add(QDate(2025, 11, 3), "nps", {0});
        auto imported = storage::importVocRecords(p.database(), records, QStringLiteral("test.csv"));
        REQUIRE(imported);
    }
    return out;
}

} // namespace

TEST_CASE("the dashboard computes every figure of a hand-built program", "[dashboard]")
{
    PortfolioFixture f(false);
    f.p().setClock([] { return Now; });
    const Built built = build(f.p());

    const auto d = app::DashboardData::compute(f.p(), From, To);
    CHECK(d.today == Now.date());

    // Delivery
    CHECK(d.binCount == 3);
    CHECK(d.binsByStatus[std::size_t(core::BinStatus::InProgress)] == 1);
    CHECK(d.binsByStatus[std::size_t(core::BinStatus::Planned)] == 1);
    CHECK(d.binsByStatus[std::size_t(core::BinStatus::Proposed)] == 1);
    CHECK(d.binsByStatus[std::size_t(core::BinStatus::Done)] == 0);
    // BIN-01 started (short term), BIN-02 starts in under 6 months (short), BIN-03 undated in the long term.
    CHECK(d.binsByHorizon[std::size_t(core::Horizon::Short)] == 2);
    CHECK(d.binsByHorizon[std::size_t(core::Horizon::Long)] == 1);
    CHECK(d.tasksOverdue == 2);
    CHECK(d.tasksBlocked == 1);
    CHECK(d.tasksDoneInPeriod == 3);
    REQUIRE(d.onTimeRate);
    CHECK(*d.onTimeRate == Approx(2.0 / 3.0));
    int done = 0;
    for (const auto& [week, n] : d.throughput) {
        done += n;
        if (week == QStringLiteral("2026-W19") || week == QStringLiteral("2026-W21") ||
            week == QStringLiteral("2026-W23")) {
            CHECK(n == 1);
        }
    }
    CHECK(done == 3);
    CHECK(d.throughput.front().first == QStringLiteral("2026-W01"));
    CHECK(d.throughput.back().first == QStringLiteral("2026-W25"));
    CHECK(d.budget.year == 2026);
    CHECK(d.budget.envelope == Approx(200000));
    CHECK(d.budget.committed == Approx(80000)); // BIN-01 + BIN-02; the proposed BIN-03 is not committed
    REQUIRE(d.load.size() == 2);
    CHECK(d.load[0].name == QStringLiteral("Digital"));
    CHECK(d.load[0].peakLoad == Approx(30));
    CHECK(d.load[0].capacity == Approx(20));
    CHECK(d.load[1].peakLoad == Approx(0));

    // CX outcomes
    const auto& nps = d.metric(core::VocMetric::Nps);
    REQUIRE(nps.months.size() == 2);
    CHECK(nps.months[0].month == QStringLiteral("2026-04"));
    CHECK(*nps.months[0].value == Approx(-20));
    REQUIRE(nps.latest);
    CHECK(*nps.latest == Approx(10));
    CHECK(*nps.previous == Approx(-20));
    CHECK(nps.trend == core::Trend::Up);
    CHECK(nps.improving);
    const auto& csat = d.metric(core::VocMetric::Csat);
    REQUIRE(csat.latest);
    CHECK(*csat.latest == Approx(50));
    CHECK_FALSE(csat.trend);
    const auto& ces = d.metric(core::VocMetric::Ces);
    REQUIRE(ces.latest);
    CHECK(*ces.latest == Approx(2.5));
    CHECK(*ces.previous == Approx(4.0));
    CHECK(ces.trend == core::Trend::Down);
    CHECK(ces.improving); // less effort

    // Change board
    CHECK(d.requestsReceived == 3);
    CHECK(d.requestsQualified == 2);
    CHECK(d.decided == 3);
    CHECK(d.decisionsByVerdict[std::size_t(core::BoardVerdict::Approved)] == 1);
    CHECK(d.decisionsByVerdict[std::size_t(core::BoardVerdict::Rejected)] == 1);
    CHECK(d.decisionsByVerdict[std::size_t(core::BoardVerdict::Deferred)] == 1);
    REQUIRE(d.medianLeadDays);
    CHECK(*d.medianLeadDays == Approx(23)); // of 1, 23 and 32 days

    SECTION("a domain keeps its bins, their tasks and its requests")
    {
        const auto only = app::DashboardData::compute(f.p(), From, To, built.d);
        CHECK(only.binCount == 2);
        CHECK(only.tasksOverdue == 1);
        CHECK(only.tasksBlocked == 1);
        REQUIRE(only.onTimeRate);
        CHECK(*only.onTimeRate == Approx(2.0 / 3.0));
        CHECK(only.requestsReceived == 2);
        CHECK(only.decided == 2);
        CHECK(*only.medianLeadDays == Approx(27.5)); // of 23 and 32
        REQUIRE(only.load.size() == 1);
        CHECK(only.load[0].domain == built.d);

        const auto other = app::DashboardData::compute(f.p(), From, To, built.e);
        CHECK(other.binCount == 1);
        CHECK(other.tasksOverdue == 1);
        CHECK_FALSE(other.onTimeRate);
        CHECK(other.decided == 1);
        CHECK(*other.medianLeadDays == Approx(1));
    }

    SECTION("a period keeps what happened in it")
    {
        const auto may = app::DashboardData::compute(f.p(), QDate(2026, 5, 1), QDate(2026, 5, 31));
        CHECK(may.tasksDoneInPeriod == 2);
        CHECK(*may.onTimeRate == Approx(1.0));
        CHECK(may.requestsReceived == 0);
        CHECK(may.decided == 0);
        CHECK_FALSE(may.medianLeadDays);
        CHECK(may.metric(core::VocMetric::Nps).months.size() == 1);
        CHECK_FALSE(may.metric(core::VocMetric::Nps).trend);
    }
}

TEST_CASE("the dashboard of an empty program has no figures to make up", "[dashboard]")
{
    PortfolioFixture f(false);
    f.p().setClock([] { return Now; });
    const auto d = app::DashboardData::compute(f.p(), From, To);
    CHECK(d.binCount == 0);
    CHECK_FALSE(d.onTimeRate);
    CHECK_FALSE(d.metric(core::VocMetric::Nps).latest);
    CHECK_FALSE(d.medianLeadDays);
    CHECK(d.budget.envelope == 0);
}

TEST_CASE("the dashboard reads CX by journey stage, KPIs against targets and the bins delivered", "[dashboard]")
{
    PortfolioFixture f(false);
    // Journey stages and KPIs are written as the demo and imports write them, then the portfolio is reopened.
    {
        storage::Database& db = f.p().database();
        storage::Transaction tx(db, QStringLiteral("seed"));
        const auto rows = [&](const char* table, QStringList columns, std::initializer_list<QVariantList> values) {
            auto w = storage::BulkInserter::create(db, QString::fromLatin1(table), columns);
            REQUIRE(w);
            for (const QVariantList& v : values) {
                REQUIRE((*w)->add(v));
            }
            REQUIRE((*w)->flush());
        };
        rows("journey", {QStringLiteral("id"), QStringLiteral("name")}, {{1, QStringLiteral("Move home")}});
        // "Pay" is stored first but comes second in the journey.
        rows("journey_stage",
             {QStringLiteral("id"), QStringLiteral("journey_id"), QStringLiteral("name"), QStringLiteral("sort_order")},
             {{7, 1, QStringLiteral("Pay"), 1}, {8, 1, QStringLiteral("Plan"), 0}});
        rows("kpi",
             {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("unit"), QStringLiteral("target"),
              QStringLiteral("direction")},
             {{1, QStringLiteral("First-call resolution"), QStringLiteral("%"), 80.0, QStringLiteral("up")},
              {2, QStringLiteral("Handling time"), QStringLiteral("min"), 6.0, QStringLiteral("down")},
              {3, QStringLiteral("Complaints"), QString(), QVariant(QMetaType::fromType<double>()),
               QStringLiteral("down")}});
        rows("kpi_measurement", {QStringLiteral("kpi_id"), QStringLiteral("measured_on"), QStringLiteral("value")},
             {{1, QStringLiteral("2026-04-30"), 78.0},
              {1, QStringLiteral("2026-05-31"), 82.0},
              {2, QStringLiteral("2026-04-30"), 7.0},
              {2, QStringLiteral("2026-05-31"), 6.5},
              {2, QStringLiteral("2026-07-31"), 5.0}, // after the period
              {3, QStringLiteral("2026-05-31"), 40.0}});
        REQUIRE(tx.commit());
        f.reopen();
    }
    app::Portfolio& p = f.p();
    p.setClock([] { return Now; });
    {
        std::vector<storage::VocRecord> records;
        const auto add = [&](core::Id stage, const char* metric, std::initializer_list<double> scores) {
            for (double s : scores) {
                records.push_back(
                    {QDate(2026, 5, 3), QStringLiteral("web"), stage, QString::fromLatin1(metric), s, {}});
            }
        };
        add(8, "nps", {10, 9, 0}); // Plan: 2 promoters, 1 detractor in 3
        add(7, "nps", {6, 6});     // Pay: every answer a detractor
        add(7, "csat", {5, 1});    // Pay: 1 satisfied in 2
        add(0, "nps", {8});        // no stage: a passive
        REQUIRE(storage::importVocRecords(p.database(), records, QStringLiteral("stages.csv")));
    }
    {
        app::ChangeSet c;
        c.bins.push_back({std::nullopt, makeBin(QStringLiteral("BIN-10"), 0, core::BinStatus::Done, QDate(2026, 3, 1),
                                                QDate(2026, 5, 20), 0, 0)});
        c.bins.push_back({std::nullopt, makeBin(QStringLiteral("BIN-11"), 0, core::BinStatus::Done, QDate(2025, 9, 1),
                                                QDate(2025, 12, 1), 0, 0)});
        c.bins.push_back({std::nullopt, makeBin(QStringLiteral("BIN-12"), 0, core::BinStatus::InProgress,
                                                QDate(2026, 3, 1), QDate(2026, 5, 30), 0, 0)});
        REQUIRE(p.submit(QStringLiteral("Bins"), c));
        core::Initiative i;
        i.code = QStringLiteral("CX-001");
        i.title = QStringLiteral("Pay by instalments");
        i.binId = p.bins()[0].id;
        app::ChangeSet ci;
        ci.initiatives.push_back({std::nullopt, i});
        REQUIRE(p.submit(QStringLiteral("Initiative"), ci));
    }

    const auto d = app::DashboardData::compute(p, From, To);

    REQUIRE(d.stages.size() == 3);
    CHECK(d.stages[0].name == QStringLiteral("Plan"));
    CHECK(*d.stages[0].nps == Approx(100.0 / 3));
    CHECK(d.stages[0].answers == 3);
    CHECK_FALSE(d.stages[0].csat);
    CHECK(d.stages[1].name == QStringLiteral("Pay"));
    CHECK(*d.stages[1].nps == Approx(-100));
    CHECK(*d.stages[1].csat == Approx(50));
    CHECK(d.stages[1].answers == 4);
    CHECK(d.stages[2].stage == 0);
    CHECK(*d.stages[2].nps == Approx(0));

    REQUIRE(d.kpis.size() == 3);
    const auto& complaints = d.kpis[0];
    const auto& fcr = d.kpis[1];
    const auto& aht = d.kpis[2];
    CHECK(fcr.name == QStringLiteral("First-call resolution"));
    CHECK(*fcr.latest == 82.0);
    CHECK(fcr.latestOn == QDate(2026, 5, 31));
    CHECK(fcr.trend == core::Trend::Up);
    CHECK(fcr.improving);
    CHECK(fcr.met == true);
    CHECK(*aht.latest == 6.5); // July is after the period
    CHECK(aht.trend == core::Trend::Down);
    CHECK(aht.improving); // a shorter handling time is better
    CHECK(aht.met == false);
    CHECK_FALSE(complaints.met); // no target
    CHECK_FALSE(complaints.trend);
    CHECK(d.kpisWithTarget == 2);
    CHECK(d.kpisMet == 1);

    // Only the done bin that ended in the period; the one in progress is not delivered.
    REQUIRE(d.delivered.size() == 1);
    CHECK(d.delivered[0].code == QStringLiteral("BIN-10"));
    CHECK(d.delivered[0].on == QDate(2026, 5, 20));
    CHECK(d.delivered[0].initiatives == 1);
}

TEST_CASE("the dashboard counts milestones, progress against plan, points and the successes of the period",
          "[dashboard][engagement]")
{
    PortfolioFixture f(false);
    f.p().setClock([] { return Now; });
    build(f.p());
    app::Portfolio& p = f.p();
    const core::Id b1 = p.bins()[0].id;
    // Ana (Care, an ambassador) owns the early and the on-time tasks; Bo (Digital) the late one and BIN-01.
    {
        app::ChangeSet c;
        core::Person ana;
        ana.name = QStringLiteral("Ana");
        ana.team = QStringLiteral("Care");
        ana.roles = core::PersonRole::Ambassador;
        core::Person bo;
        bo.name = QStringLiteral("Bo");
        bo.team = QStringLiteral("Digital");
        c.people.push_back({std::nullopt, ana});
        c.people.push_back({std::nullopt, bo});
        REQUIRE(p.submit(QStringLiteral("People"), c));
    }
    const core::Id ana = p.people()[p.people().size() - 2].id;
    const core::Id bo = p.people().back().id;
    {
        app::ChangeSet c;
        for (const core::Task& t : p.tasks()) {
            core::Task after = t;
            after.ownerId = t.title == QStringLiteral("Late") ? bo : ana;
            c.tasks.push_back({t, after});
        }
        core::ProjectBin bin = *p.bin(b1);
        bin.ownerId = bo;
        c.bins.push_back({*p.bin(b1), bin});
        // Milestones: reached the day before, reached late, missed, and one due after the period.
        const auto phase = [&](const char* name, QDate end, QDate reached, int order) {
            core::CharterPhase ph;
            ph.binId = b1;
            ph.name = QString::fromLatin1(name);
            ph.start = QDate(2026, 4, 1);
            ph.end = end;
            ph.reachedOn = reached;
            ph.sortOrder = order;
            c.phases.push_back({std::nullopt, ph});
        };
        phase("Design", QDate(2026, 4, 10), QDate(2026, 4, 9), 1);
        phase("Build", QDate(2026, 4, 20), QDate(2026, 4, 25), 2);
        phase("Pilot", QDate(2026, 4, 30), QDate(), 3);
        phase("Roll-out", QDate(2026, 6, 30), QDate(), 4);
        REQUIRE(p.submit(QStringLiteral("Owners and milestones"), c));
    }
    core::Id onTime = 0;
    for (const core::Task& t : p.tasks()) {
        onTime = t.title == QStringLiteral("On time") ? t.id : onTime;
    }
    REQUIRE(p.submit(QStringLiteral("Celebrate"), app::TaskEdits::celebrate(p, {onTime})));
    REQUIRE(p.task(onTime)->celebratedOn == Now.date());
    // Celebrating again, or an open task, changes nothing.
    CHECK(app::TaskEdits::celebrate(p, {onTime}).isEmpty());

    const auto d = app::DashboardData::compute(p, From, To);
    CHECK(d.milestones.onTime == 1);
    CHECK(d.milestones.late == 1);
    CHECK(d.milestones.missed == 1);
    CHECK(d.milestones.upcoming == 0); // Roll-out ends after the period
    CHECK(*d.milestones.rate() == Approx(1.0 / 3.0));

    // BIN-01 (1–30 April) is past its end with 3 of its 5 tasks done.
    REQUIRE(d.progress.size() == 1);
    CHECK(d.progress[0].code == QStringLiteral("BIN-01"));
    CHECK(d.progress[0].progress.planned == Approx(1.0));
    CHECK(d.progress[0].progress.actual == Approx(0.6));
    REQUIRE(d.overallProgress);
    CHECK(d.overallProgress->actual == Approx(0.6));

    // Ana: two tasks on time (10 each) and a success celebrated (15); Bo: the milestone on time (20).
    REQUIRE(d.engagement);
    REQUIRE(d.scores.size() == 2);
    CHECK(d.scores[0].person == ana);
    CHECK(d.scores[0].points == 35);
    CHECK(d.scores[1].person == bo);
    CHECK(d.scores[1].points == 20);
    CHECK(d.scores[1].badges == QList<core::Badge>{core::Badge::MilestoneMaker});
    REQUIRE(d.teams.size() == 2);
    CHECK(d.teams[0].name == QStringLiteral("Care"));
    CHECK(d.teams[0].points == 35);
    REQUIRE(d.ambassadors.size() == 1);
    CHECK(d.ambassadors[0].person == ana);

    // The successes, newest first: the celebration of today, the milestone of 9 April.
    REQUIRE(d.successes.size() == 2);
    CHECK(d.successes[0].kind == app::DashboardData::Success::Celebrated);
    CHECK(d.successes[0].title == QStringLiteral("On time"));
    CHECK(d.successes[0].person == ana);
    CHECK(d.successes[1].kind == app::DashboardData::Success::Milestone);
    CHECK(d.successes[1].title == QStringLiteral("Design"));
    CHECK(d.successes[1].binCode == QStringLiteral("BIN-01"));
    CHECK(d.successes[1].on == QDate(2026, 4, 9));

    SECTION("switched off, no points nor leaderboards; the successes stay")
    {
        core::Program off = p.program();
        off.engagement = false;
        app::ChangeSet c;
        c.program.push_back({p.program(), off});
        REQUIRE(p.submit(QStringLiteral("Engagement off"), c));
        f.reopen();
        f.p().setClock([] { return Now; });
        CHECK_FALSE(f.p().program().engagement); // kept in the database
        const auto quiet = app::DashboardData::compute(f.p(), From, To);
        CHECK_FALSE(quiet.engagement);
        CHECK(quiet.scores.empty());
        CHECK(quiet.teams.empty());
        CHECK(quiet.successes.size() == 2);
        CHECK(quiet.milestones.onTime == 1); // the reached dates were kept too
    }

    SECTION("undoing the celebration takes its points and its success away")
    {
        p.undoStack()->undo();
        CHECK_FALSE(p.task(onTime)->celebratedOn.isValid());
        const auto after = app::DashboardData::compute(p, From, To);
        CHECK(after.scores[0].points == 20);
        CHECK(after.successes.size() == 1);
    }

    SECTION("reopening a celebrated task withdraws the celebration")
    {
        REQUIRE(p.submit(QStringLiteral("Reopen"), app::TaskEdits::setStatus(p, onTime, core::TaskStatus::Todo)));
        CHECK_FALSE(p.task(onTime)->celebratedOn.isValid());
    }
}
