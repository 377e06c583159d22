// The change board through the real command path: submit, qualify, schedule, decide, close — with undo, the
// guardrails' readings and the notices to submitters.
#include "AppFixture.h"
#include "tiller/app/BoardEdits.h"
#include "tiller/app/StrategyCheck.h"
#include "tiller/core/ChangeBoard.h"
#include "tiller/core/Rhythm.h"

#include <QSignalSpy>
#include <QUndoStack>

using namespace tiller;
using app::BoardEdits;
using test::PortfolioFixture;

namespace {

const QDateTime Now(QDate(2026, 6, 1), QTime(9, 0), Qt::UTC);

core::Id submit(app::Portfolio& p, const QString& title, core::Id submitter, double cost = 20000,
                double effort = 30, core::Id domain = 0, core::Id pillar = 0)
{
    core::ChangeRequest r;
    r.title = title;
    r.description = QStringLiteral("Customers asked for it in the last survey.");
    r.origin = core::RequestOrigin::Voc;
    r.submitterId = submitter;
    r.estBenefit = 50000;
    r.estCost = cost;
    r.estEffortDays = effort;
    r.domainId = domain ? domain : p.domains().front().id;
    r.pillarId = pillar;
    const auto before = p.requests().size();
    REQUIRE(p.submit(QStringLiteral("Submit"), BoardEdits::submitRequest(p, r)));
    REQUIRE(p.requests().size() == before + 1);
    return p.requests().back().id;
}

core::Id addPillar(app::Portfolio& p, const QString& name)
{
    app::ChangeSet c;
    core::Pillar pillar;
    pillar.name = name;
    pillar.sortOrder = int(p.pillars().size()) + 1;
    c.pillars.push_back({std::nullopt, pillar});
    REQUIRE(p.submit(QStringLiteral("Add pillar"), c));
    for (const auto& x : p.pillars()) {
        if (x.name == name) {
            return x.id;
        }
    }
    FAIL("pillar not added");
    return 0;
}

int noticesFor(const app::Portfolio& p, core::Id person, core::Id request)
{
    return int(std::count_if(p.notifications().begin(), p.notifications().end(), [&](const auto& n) {
        return n.personId == person && n.entity == QLatin1String("change_request") && n.entityId == request &&
               n.kind == core::toKey(core::NotificationKind::ChangeDecided);
    }));
}

} // namespace

TEST_CASE("a request is qualified only with its whole checklist, and a return tells the submitter why", "[board]")
{
    PortfolioFixture f;
    f.p().setClock([] { return Now; });
    const core::Id submitter = f.p().people().at(5).id;
    const core::Id pillar = addPillar(f.p(), QStringLiteral("Test pillar"));
    const core::Id id = submit(f.p(), QStringLiteral("Paperless welcome letters"), submitter, 20000, 30, 0, pillar);
    const core::ChangeRequest* r = f.p().request(id);
    CHECK(r->code.startsWith(QStringLiteral("CR-")));
    CHECK(r->status == core::RequestStatus::Submitted);
    CHECK(core::suggestedChecks(*r) == (core::CheckComplete | core::CheckInStrategy | core::CheckEstimated));

    QSignalSpy refused(&f.p(), &app::Portfolio::editRefused);
    CHECK_FALSE(f.p().submit(QStringLiteral("Qualify"),
                             BoardEdits::qualify(f.p(), id, core::CheckComplete | core::CheckEstimated,
                                                 BoardEdits::Outcome::Qualified, {})));
    REQUIRE(refused.count() == 1);
    CHECK(refused.at(0).at(0).toString().contains(QStringLiteral("not a duplicate")));
    CHECK(f.p().request(id)->status == core::RequestStatus::Submitted);

    // Returned without a note: refused; with one, the submitter hears why.
    CHECK_FALSE(f.p().submit(QStringLiteral("Return"),
                             BoardEdits::qualify(f.p(), id, 0, BoardEdits::Outcome::Returned, QStringLiteral("  "))));
    REQUIRE(f.p().submit(QStringLiteral("Return"), BoardEdits::qualify(f.p(), id, core::CheckComplete,
                                                                       BoardEdits::Outcome::Returned,
                                                                       QStringLiteral("Which letters?"))));
    CHECK(f.p().request(id)->status == core::RequestStatus::Returned);
    CHECK(noticesFor(f.p(), submitter, id) == 1);
    REQUIRE(f.p().submit(QStringLiteral("Resubmit"), BoardEdits::resubmit(f.p(), id)));
    REQUIRE(f.p().submit(QStringLiteral("Qualify"),
                         BoardEdits::qualify(f.p(), id, core::AllQualificationChecks, BoardEdits::Outcome::Qualified, {})));
    CHECK(f.p().request(id)->status == core::RequestStatus::Qualified);
    CHECK(f.p().request(id)->qualifiedOn == Now.date());

    f.reopen();
    CHECK(f.p().request(id)->status == core::RequestStatus::Qualified);
    CHECK(f.p().request(id)->checklist == core::AllQualificationChecks);
    CHECK(f.p().request(id)->pillarId == pillar);
}

TEST_CASE("likely duplicates are found among the initiatives and the other requests", "[board]")
{
    PortfolioFixture f;
    const core::Initiative& existing = f.p().initiatives().front();
    core::ChangeRequest r;
    r.title = existing.title;
    r.description = existing.description;
    const auto hits = BoardEdits::likelyDuplicates(f.p(), r);
    REQUIRE_FALSE(hits.empty());
    CHECK(hits.front().kind == QLatin1String("initiative"));
    CHECK(hits.front().id == existing.id);
    CHECK(hits.front().score > 0.9);

    core::ChangeRequest unrelated;
    unrelated.title = QStringLiteral("Zebra xylophone quartz");
    CHECK(BoardEdits::likelyDuplicates(f.p(), unrelated).empty());
}

TEST_CASE("a session gathers the qualified requests, and an approval creates its bin and initiative in one undoable "
          "step",
          "[board]")
{
    PortfolioFixture f;
    f.p().setClock([] { return Now; });
    const core::Id submitter = f.p().people().at(6).id;
    const core::Id a = submit(f.p(), QStringLiteral("Live chat on the outage map"), submitter);
    const core::Id b = submit(f.p(), QStringLiteral("Braille bills on request"), submitter);
    const core::Id waiting = submit(f.p(), QStringLiteral("Not yet qualified"), submitter);
    for (core::Id id : {a, b}) {
        REQUIRE(f.p().submit(QStringLiteral("Qualify"), BoardEdits::qualify(f.p(), id, core::AllQualificationChecks,
                                                                            BoardEdits::Outcome::Qualified, {})));
    }
    // On the monthly cadence from the sample's last session: the same weekday, on or after today.
    const QDate date = BoardEdits::proposedDate(f.p());
    REQUIRE_FALSE(f.p().boardSessions().empty());
    CHECK(date >= Now.date());
    CHECK(date.dayOfWeek() == f.p().boardSessions().back().heldOn.dayOfWeek());
    CHECK(date <= f.p().boardSessions().back().heldOn.addDays(35));
    const QList<core::Id> attendees{f.p().people().at(0).id, f.p().people().at(1).id};
    REQUIRE(f.p().submit(QStringLiteral("Schedule"), BoardEdits::scheduleSession(f.p(), date, {}, attendees)));
    const core::Id session = BoardEdits::openSession(f.p());
    REQUIRE(session > 0);
    CHECK(f.p().meeting(session)->attendees == attendees);
    QList<core::Id> onAgenda;
    for (const auto& r : f.p().agenda(session)) {
        onAgenda.append(r.id);
    }
    CHECK(onAgenda.contains(a));
    CHECK(onAgenda.contains(b));
    CHECK_FALSE(onAgenda.contains(waiting));
    // A second session in the same month needs a reason.
    CHECK(BoardEdits::needsReason(f.p(), date.addDays(1)));
    CHECK_FALSE(BoardEdits::needsReason(f.p(), date, session));

    const auto initiativesBefore = f.p().initiatives().size();
    const auto binsBefore = f.p().bins().size();
    BoardEdits::Approval approval;
    approval.priority = 3;
    approval.deadline = date.addMonths(4);
    approval.resources = QStringLiteral("Two developers from Digital");
    approval.target = BoardEdits::Approval::Target::NewBin;
    REQUIRE(f.p().submit(QStringLiteral("Approve"), BoardEdits::approve(f.p(), session, a, approval)));
    REQUIRE(f.p().bins().size() == binsBefore + 1);
    REQUIRE(f.p().initiatives().size() == initiativesBefore + 1);
    const core::BoardDecision* x = f.p().decision(session, a);
    REQUIRE(x);
    const core::Initiative* made = f.p().initiative(x->initiativeId);
    const core::ProjectBin* bin = f.p().bin(x->binId);
    REQUIRE(made);
    REQUIRE(bin);
    CHECK(made->binId == bin->id);
    CHECK(made->title == QStringLiteral("Live chat on the outage map"));
    CHECK(made->status == core::InitiativeStatus::Approved);
    CHECK(bin->end == approval.deadline);
    CHECK(bin->effortDays == 30);
    CHECK(f.p().request(a)->status == core::RequestStatus::Approved);
    CHECK(noticesFor(f.p(), submitter, a) == 1);

    // Undo takes it all back; redo brings back the very same rows.
    const core::Id madeId = made->id, binId = bin->id;
    f.p().undoStack()->undo();
    CHECK(f.p().bins().size() == binsBefore);
    CHECK(f.p().initiatives().size() == initiativesBefore);
    CHECK(f.p().decision(session, a) == nullptr);
    CHECK(f.p().request(a)->status == core::RequestStatus::Qualified);
    CHECK(noticesFor(f.p(), submitter, a) == 0);
    f.p().undoStack()->redo();
    REQUIRE(f.p().decision(session, a));
    CHECK(f.p().decision(session, a)->initiativeId == madeId);
    CHECK(f.p().initiative(madeId)->binId == binId);

    // Changing one's mind before closing: the approval's bin and initiative go, the rejection stays.
    QSignalSpy refused(&f.p(), &app::Portfolio::editRefused);
    CHECK_FALSE(f.p().submit(QStringLiteral("Reject"), BoardEdits::reject(f.p(), session, a, QString())));
    REQUIRE(f.p().submit(QStringLiteral("Reject"),
                         BoardEdits::reject(f.p(), session, a, QStringLiteral("The outage map is being replaced"))));
    CHECK(f.p().initiative(madeId) == nullptr);
    CHECK(f.p().bin(binId) == nullptr);
    CHECK(f.p().decision(session, a)->verdict == core::BoardVerdict::Rejected);
    CHECK(f.p().request(a)->status == core::RequestStatus::Rejected);

    // Defer b: not to a date before the session.
    CHECK_FALSE(f.p().submit(QStringLiteral("Defer"), BoardEdits::defer(f.p(), session, b, date, {})));
    REQUIRE(f.p().submit(QStringLiteral("Defer"), BoardEdits::defer(f.p(), session, b, date.addMonths(2), {})));
    CHECK(f.p().request(b)->status == core::RequestStatus::Deferred);

    // Closing makes the decisions final: the deferred one leaves the agenda, undo of a decision is refused.
    REQUIRE(f.p().submit(QStringLiteral("Close"), BoardEdits::closeSession(f.p(), session)));
    CHECK(f.p().meeting(session)->closed);
    CHECK(f.p().request(b)->sessionId == 0);
    CHECK(f.p().request(a)->sessionId == session);
    f.p().undoStack()->undo(); // the close
    CHECK(f.p().meeting(session)->closed);
    f.p().undoStack()->undo(); // the deferral
    CHECK(f.p().request(b)->status == core::RequestStatus::Deferred);
    CHECK(f.p().decision(session, b));

    // The deferred request comes back on the agenda of the first session from its date.
    CHECK(core::agendaFor(f.p().requests(), date.addMonths(1), {}).count(b) == 0);
    CHECK(core::agendaFor(f.p().requests(), date.addMonths(2), {}).contains(b));

    f.reopen();
    CHECK(f.p().meeting(session)->closed);
    CHECK(f.p().decisionsOf(session).size() == 2);
    CHECK(f.p().request(b)->deferredTo == date.addMonths(2));
}

TEST_CASE("the guardrails read the committed budget and load, and name what an approval would cross", "[board]")
{
    PortfolioFixture f;
    f.p().setClock([] { return Now; });
    app::StrategyCheck check(f.p());
    const int year = Now.date().year();
    const double committed = check.budget(year).committed;

    // An envelope just above what is committed: a request for 80% of the rest uses 80% of it.
    core::Program program = f.p().program();
    program.budgetEnvelopes[year] = committed + 100000;
    app::ChangeSet c;
    c.program.push_back({f.p().program(), program});
    // A domain with a small capacity and no other work.
    core::Domain quiet;
    quiet.name = QStringLiteral("Quiet domain");
    quiet.color = QStringLiteral("#123456");
    quiet.capacityPersonDays = 10;
    c.domains.push_back({std::nullopt, quiet});
    REQUIRE(f.p().submit(QStringLiteral("Strategy"), c));
    const core::Id quietId = f.p().domains().back().id;
    CHECK(f.p().domains().back().capacityPersonDays == 10);

    const core::Id id = submit(f.p(), QStringLiteral("Call-back service"), f.p().people().front().id, 80000, 45, quietId);
    const auto impact = check.impactOf(*f.p().request(id), QDate(year, 7, 1), QDate(year, 9, 30));
    REQUIRE(impact.shareOfRemaining);
    CHECK(*impact.shareOfRemaining == Approx(0.8));
    // 45 person-days over three months = 15 a month, over the capacity of 10 in each.
    CHECK(impact.overloads.size() == 3);
    CHECK(impact.outsideStrategy);
    const QString words = check.describe(impact);
    CHECK(words.contains(QStringLiteral("80%")));
    CHECK(words.contains(QStringLiteral("Quiet domain")));
    CHECK(words.contains(QLocale().standaloneMonthName(7)));
    CHECK(words.contains(QLocale().standaloneMonthName(9)));

    // Envelopes and capacities survive a reopen; absurd ones are refused.
    f.reopen();
    CHECK(f.p().program().budgetEnvelopes.value(year) == Approx(committed + 100000));
    core::Program absurd = f.p().program();
    absurd.budgetEnvelopes[year] = -5;
    app::ChangeSet bad;
    bad.program.push_back({f.p().program(), absurd});
    CHECK_FALSE(f.p().submit(QStringLiteral("Strategy"), bad));
}

TEST_CASE("a pillar can't be removed while initiatives serve it, and initiatives without one are counted", "[board]")
{
    PortfolioFixture f;
    const core::Id pillar = addPillar(f.p(), QStringLiteral("Bills customers trust"));
    CHECK_FALSE(f.p().submit(QStringLiteral("Duplicate pillar"), [&] {
        app::ChangeSet c;
        core::Pillar again;
        again.name = QStringLiteral("bills customers TRUST");
        c.pillars.push_back({std::nullopt, again});
        return c;
    }()));
    core::Initiative i = f.p().initiatives().front();
    const core::Initiative before = i;
    i.pillars = {pillar};
    app::ChangeSet link;
    link.initiatives.push_back({before, i});
    REQUIRE(f.p().submit(QStringLiteral("Link"), link));
    app::StrategyCheck check(f.p());
    CHECK_FALSE(check.initiativesWithoutPillar().contains(i.id));

    app::ChangeSet remove;
    remove.pillars.push_back({*f.p().pillar(pillar), std::nullopt});
    CHECK_FALSE(f.p().submit(QStringLiteral("Remove pillar"), remove));
    core::Initiative unlinked = *f.p().initiative(i.id);
    const core::Initiative linked = unlinked;
    unlinked.pillars.clear();
    remove.initiatives.push_back({linked, unlinked});
    REQUIRE(f.p().submit(QStringLiteral("Remove pillar"), remove));
    CHECK(f.p().pillar(pillar) == nullptr);
    f.p().undoStack()->undo();
    REQUIRE(f.p().pillar(pillar));
    CHECK(f.p().initiative(i.id)->pillars == QList<core::Id>{pillar});
}
