#include "AppFixture.h"
#include "tiller/app/BinEdits.h"
#include "tiller/app/TaskEdits.h"
#include "tiller/app/TaskModel.h"
#include "tiller/app/Voting.h"
#include "tiller/core/Rhythm.h"
#include "tiller/storage/Repositories.h"

#include <QLocale>
#include <QSignalSpy>
#include <QUndoStack>

using namespace tiller;
using test::PortfolioFixture;

namespace {

const core::ProjectBin& binByCode(const app::Portfolio& p, const QString& code)
{
    for (const auto& b : p.bins()) {
        if (b.code == code) {
            return b;
        }
    }
    FAIL("no bin " << code.toStdString());
    return p.bins().front();
}

core::Id someoneElse(const app::Portfolio& p, core::Id than)
{
    for (const auto& person : p.people()) {
        if (person.id != than) {
            return person.id;
        }
    }
    return 0;
}

} // namespace

TEST_CASE("the sample's tasks charters and definitions of done are loaded")
{
    PortfolioFixture f;
    CHECK(f.p().tasks().size() == 8 * 15);
    const core::ProjectBin& first = binByCode(f.p(), QStringLiteral("BIN-01"));
    REQUIRE(f.p().charter(first.id));
    CHECK(!f.p().charter(first.id)->objectives.isEmpty());
    CHECK(f.p().definitionOfDone(first.id).size() == 4);
    const core::Task& t = f.p().tasks().front();
    CHECK(f.p().task(t.id) == &t);
}

TEST_CASE("a task is added and undone and a blocked task needs a reason")
{
    PortfolioFixture f;
    const core::ProjectBin& bin = binByCode(f.p(), QStringLiteral("BIN-02"));
    core::Task t;
    t.binId = bin.id;
    t.title = QStringLiteral("Test the move-out form with ten customers");
    t.ownerId = bin.ownerId;
    t.due = QDate(2026, 6, 12);
    app::ChangeSet add;
    add.tasks.push_back({std::nullopt, t});
    QSignalSpy added(&f.p(), &app::Portfolio::taskAdded);
    REQUIRE(f.p().submit(QStringLiteral("Add task"), add));
    REQUIRE(added.size() == 1);
    const core::Id id = added.first().at(0).toLongLong();
    REQUIRE(f.p().task(id));
    CHECK(f.p().task(id)->title == t.title);

    QSignalSpy refused(&f.p(), &app::Portfolio::editRefused);
    CHECK(!f.p().submit(QStringLiteral("Block"), app::TaskEdits::setStatus(f.p(), id, core::TaskStatus::Blocked)));
    REQUIRE(refused.size() == 1);
    CHECK(refused.first().at(0).toString().contains(QStringLiteral("reason")));
    CHECK(!f.p().submit(QStringLiteral("Bad week"), app::TaskEdits::setObjectiveWeek(f.p(), id, QStringLiteral("next week"))));

    f.p().undoStack()->undo();
    CHECK(!f.p().task(id));
    f.reopen();
    CHECK(!f.p().task(id));
}

TEST_CASE("a task handed over changes owner - keeps its history and notifies both people - undo takes it all back")
{
    PortfolioFixture f;
    test::FakeClock clock;
    f.p().setClock(clock.clock());
    const core::Task* t = nullptr;
    for (const auto& x : f.p().tasks()) {
        if (x.ownerId != 0 && x.status != core::TaskStatus::Done) {
            t = &x;
            break;
        }
    }
    REQUIRE(t);
    const core::Id id = t->id, from = t->ownerId, to = someoneElse(f.p(), from);
    const int unreadTo = f.p().unreadNotifications(to), unreadFrom = f.p().unreadNotifications(from);
    REQUIRE(f.p().submit(QStringLiteral("Hand over"),
                         app::TaskEdits::transfer(f.p(), id, to, QStringLiteral("You know the billing system"))));
    CHECK(f.p().task(id)->ownerId == to);
    const auto history = f.p().taskHistory(id);
    REQUIRE(history.size() == 1);
    CHECK(history[0].fromPerson == from);
    CHECK(history[0].toPerson == to);
    CHECK(history[0].note == QStringLiteral("You know the billing system"));
    CHECK(history[0].at == clock.now());
    CHECK(f.p().unreadNotifications(to) == unreadTo + 1);
    CHECK(f.p().unreadNotifications(from) == unreadFrom + 1);
    const auto& last = f.p().notifications().back();
    CHECK(last.kind == core::toKey(core::NotificationKind::TaskTransferred));
    CHECK(last.text.contains(QStringLiteral("billing system")));

    f.p().undoStack()->undo();
    CHECK(f.p().task(id)->ownerId == from);
    CHECK(f.p().taskHistory(id).empty());
    CHECK(f.p().unreadNotifications(to) == unreadTo);
    f.p().undoStack()->redo();
    CHECK(f.p().task(id)->ownerId == to);
    f.reopen();
    CHECK(f.p().task(id)->ownerId == to);
    CHECK(f.p().taskHistory(id).size() == 1);
}

TEST_CASE("a blocker raised on a task tells the bin's owner and done stamps the time")
{
    PortfolioFixture f;
    test::FakeClock clock;
    f.p().setClock(clock.clock());
    const core::Task* t = nullptr;
    for (const auto& x : f.p().tasks()) {
        const core::ProjectBin* b = f.p().bin(x.binId);
        if (x.status == core::TaskStatus::Todo && b->ownerId != 0 && b->ownerId != x.ownerId) {
            t = &x;
            break;
        }
    }
    REQUIRE(t);
    const core::Id id = t->id, binOwner = f.p().bin(t->binId)->ownerId;
    const int before = f.p().unreadNotifications(binOwner);
    REQUIRE(f.p().submit(QStringLiteral("Block"), app::TaskEdits::setStatus(f.p(), id, core::TaskStatus::Blocked,
                                                                            QStringLiteral("Waiting for the supplier"))));
    CHECK(f.p().task(id)->blockedReason == QStringLiteral("Waiting for the supplier"));
    CHECK(f.p().unreadNotifications(binOwner) == before + 1);
    CHECK(f.p().notifications().back().kind == core::toKey(core::NotificationKind::BlockerRaised));
    REQUIRE(f.p().submit(QStringLiteral("Done"), app::TaskEdits::setStatus(f.p(), id, core::TaskStatus::Done)));
    CHECK(f.p().task(id)->completedAt == clock.now());
    CHECK(f.p().task(id)->blockedReason.isEmpty());
}

TEST_CASE("a bin with an open definition of done is marked done only with a reason - kept in the audit trail")
{
    PortfolioFixture f;
    const core::ProjectBin& bin = binByCode(f.p(), QStringLiteral("BIN-03"));
    const auto dod = f.p().definitionOfDone(bin.id);
    REQUIRE(!dod.empty());
    REQUIRE(std::any_of(dod.begin(), dod.end(), [](const auto& d) { return !d.done; }));
    core::ProjectBin done = bin;
    done.status = core::BinStatus::Done;
    app::ChangeSet changes;
    changes.bins.push_back({bin, done});
    QSignalSpy refused(&f.p(), &app::Portfolio::editRefused);
    CHECK(!f.p().submit(QStringLiteral("Done"), changes));
    REQUIRE(refused.size() == 1);
    CHECK(refused.first().at(0).toString().contains(QStringLiteral("BIN-03")));

    // Ticking every criterion in the same change is enough.
    app::ChangeSet ticked = changes;
    for (auto d : dod) {
        core::DodItem after = d;
        after.done = true;
        if (!d.done) {
            ticked.dodItems.push_back({d, after});
        }
    }
    REQUIRE(f.p().submit(QStringLiteral("Done, all ticked"), ticked));
    f.p().undoStack()->undo();
    CHECK(f.p().bin(bin.id)->status == bin.status);

    // Or a reason, which the audit trail keeps.
    changes.overrideReason = QStringLiteral("The sponsor accepted the last criterion as out of scope");
    REQUIRE(f.p().submit(QStringLiteral("Done anyway"), changes));
    CHECK(f.p().bin(bin.id)->status == core::BinStatus::Done);
    auto audit = storage::AuditRepository(f.p().database()).forEntity(QStringLiteral("bin"), bin.id);
    REQUIRE(audit);
    CHECK(std::any_of(audit->begin(), audit->end(), [](const auto& e) {
        return e.field == QLatin1String("definition_of_done_override") && e.newValue.contains(QStringLiteral("sponsor"));
    }));
}

TEST_CASE("deleting a bin takes its plan with it and undo brings the plan back")
{
    PortfolioFixture f;
    const core::ProjectBin bin = binByCode(f.p(), QStringLiteral("BIN-01"));
    core::Id taskId = 0;
    for (const auto& t : f.p().tasks()) {
        if (t.binId == bin.id) {
            taskId = t.id;
            break;
        }
    }
    REQUIRE(f.p().submit(QStringLiteral("Hand over"),
                         app::TaskEdits::transfer(f.p(), taskId, someoneElse(f.p(), f.p().task(taskId)->ownerId), {})));
    const std::size_t tasks = f.p().tasks().size();
    const core::Charter charter = *f.p().charter(bin.id);

    // Without its tasks, the portfolio refuses.
    app::ChangeSet bare;
    bare.bins.push_back({bin, std::nullopt});
    CHECK(!f.p().submit(QStringLiteral("Delete"), bare));

    REQUIRE(f.p().submit(QStringLiteral("Delete"), app::BinEdits::deleteBin(f.p(), bin.id)));
    CHECK(f.p().tasks().size() == tasks - 15);
    CHECK(!f.p().charter(bin.id));
    CHECK(f.p().definitionOfDone(bin.id).empty());
    f.p().undoStack()->undo();
    CHECK(f.p().tasks().size() == tasks);
    REQUIRE(f.p().charter(bin.id));
    CHECK(f.p().charter(bin.id)->objectives == charter.objectives);
    CHECK(f.p().definitionOfDone(bin.id).size() == 4);
    CHECK(f.p().taskHistory(taskId).size() == 1);
    f.reopen();
    CHECK(f.p().tasks().size() == tasks);
    CHECK(f.p().taskHistory(taskId).size() == 1);
}

TEST_CASE("deadline notices are raised once per task and person")
{
    PortfolioFixture f;
    const int first = f.p().raiseDeadlineNotices(QDate(2026, 6, 1), 2);
    CHECK(first > 0);
    CHECK(f.p().raiseDeadlineNotices(QDate(2026, 6, 1), 2) == 0);
    f.reopen();
    CHECK(f.p().raiseDeadlineNotices(QDate(2026, 6, 1), 2) == 0);
    const core::Notification n = f.p().notifications().back();
    CHECK((n.kind == core::toKey(core::NotificationKind::Overdue) || n.kind == core::toKey(core::NotificationKind::DueSoon)));
    const int unread = f.p().unreadNotifications(n.personId);
    REQUIRE(f.p().markNotificationsRead({n.id}));
    CHECK(f.p().unreadNotifications(n.personId) == unread - 1);
    f.reopen();
    CHECK(f.p().unreadNotifications(n.personId) == unread - 1);
}

TEST_CASE("voters hear when a round opens and when it closes soon without their ballot")
{
    PortfolioFixture f;
    core::VotingRound r;
    r.name = QStringLiteral("Autumn priorities");
    r.deadline = QDate(2026, 6, 3);
    for (int k = 0; k < 3; ++k) {
        r.initiatives.append(f.p().initiatives()[k].id);
    }
    const core::Id a = f.p().people()[1].id, b = f.p().people()[2].id;
    r.voters = {a, b};
    const int unreadA = f.p().unreadNotifications(a);
    REQUIRE(app::Voting(&f.p()).openRound(r));
    CHECK(f.p().unreadNotifications(a) == unreadA + 1);
    CHECK(f.p().notifications().back().kind == core::toKey(core::NotificationKind::RoundOpened));
    CHECK(f.p().notifications().back().text.contains(QStringLiteral("Autumn priorities")));
    const core::Id round = f.p().rounds().back().id;

    // b votes; two days before the deadline only a is reminded, once.
    QList<core::BallotEntry> entries;
    for (int k = 0; k < 3; ++k) {
        entries.append({r.initiatives[k], k + 1});
    }
    REQUIRE(app::Voting(&f.p()).saveBallot(round, b, entries, true));
    const auto closingFor = [&](core::Id person) {
        return std::count_if(f.p().notifications().begin(), f.p().notifications().end(), [&](const auto& n) {
            return n.personId == person && n.kind == core::toKey(core::NotificationKind::RoundClosing);
        });
    };
    f.p().raiseDeadlineNotices(QDate(2026, 5, 25), 2); // too early
    CHECK(closingFor(a) == 0);
    f.p().raiseDeadlineNotices(QDate(2026, 6, 1), 2);
    CHECK(closingFor(a) == 1);
    CHECK(closingFor(b) == 0);
    f.p().raiseDeadlineNotices(QDate(2026, 6, 2), 2);
    CHECK(closingFor(a) == 1);
}

TEST_CASE("task cells take ISO or local dates and numbers and refuse what is neither")
{
    PortfolioFixture f;
    app::TaskModel model(&f.p());
    const int row = 0;
    const core::Id id = model.idAt(row);
    REQUIRE(model.setData(model.index(row, app::TaskModel::Due), QStringLiteral("2026-07-14")));
    CHECK(f.p().task(id)->due == QDate(2026, 7, 14));
    REQUIRE(model.setData(model.index(row, app::TaskModel::Due), QLocale().toString(QDate(2026, 8, 3), QLocale::ShortFormat)));
    CHECK(f.p().task(id)->due == QDate(2026, 8, 3));
    QSignalSpy refused(&f.p(), &app::Portfolio::editRefused);
    CHECK(!model.setData(model.index(row, app::TaskModel::Due), QStringLiteral("next Tuesday")));
    CHECK(!model.setData(model.index(row, app::TaskModel::Estimate), QStringLiteral("a while")));
    CHECK(refused.size() == 2);
    CHECK(f.p().task(id)->due == QDate(2026, 8, 3));
    REQUIRE(model.setData(model.index(row, app::TaskModel::Estimate), QStringLiteral("2.5")));
    CHECK(f.p().task(id)->estimateDays == 2.5);
    REQUIRE(model.setData(model.index(row, app::TaskModel::Due), QString()));
    CHECK(!f.p().task(id)->due.isValid()); // an empty cell: no deadline
}
