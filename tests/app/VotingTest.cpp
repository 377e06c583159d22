#include "AppFixture.h"
#include "tiller/app/Decisions.h"
#include "tiller/app/VoteCount.h"
#include "tiller/app/Voting.h"
#include "tiller/storage/Repositories.h"

#include <QJsonDocument>
#include <QSignalSpy>

using namespace tiller;
using test::PortfolioFixture;

namespace {

// A round on the first four initiatives with three stakeholders.
core::Id openRound(app::Portfolio& p, core::BallotKind kind = core::BallotKind::Ranking)
{
    core::VotingRound r;
    r.name = QStringLiteral("Q3 priorities");
    r.kind = kind;
    r.pointsBudget = 10;
    for (int k = 0; k < 4; ++k) {
        r.initiatives.append(p.initiatives()[k].id);
    }
    r.voters = {p.people()[1].id, p.people()[2].id, p.people()[3].id};
    REQUIRE(app::Voting(&p).openRound(r));
    return p.rounds().back().id;
}

QList<core::BallotEntry> ranking(const app::Portfolio& p, const QList<int>& order)
{
    QList<core::BallotEntry> entries;
    for (int k = 0; k < order.size(); ++k) {
        entries.append({p.initiatives()[order[k]].id, k + 1});
    }
    return entries;
}

} // namespace

TEST_CASE("a round needs initiatives and voters; it opens as one undo step")
{
    PortfolioFixture f;
    core::VotingRound empty;
    empty.name = QStringLiteral("Nothing");
    QSignalSpy refused(&f.p(), &app::Portfolio::editRefused);
    CHECK(!app::Voting(&f.p()).openRound(empty));
    CHECK(refused.count() == 1);
    const auto before = f.p().rounds().size();
    const core::Id id = openRound(f.p());
    CHECK(f.p().rounds().size() == before + 1);
    CHECK(f.p().round(id)->status == core::RoundStatus::Open);
    f.p().undoStack()->undo();
    CHECK(f.p().round(id) == nullptr);
}

TEST_CASE("ballots are saved as drafts - submitted - counted at closing - and frozen")
{
    PortfolioFixture f;
    const core::Id id = openRound(f.p());
    app::Voting voting(&f.p());
    const auto& people = f.p().people();
    // Two of three stakeholders put initiative 2 first; the third submits nothing (a draft only).
    REQUIRE(voting.saveBallot(id, people[1].id, ranking(f.p(), {2, 0, 1, 3}), true));
    REQUIRE(voting.saveBallot(id, people[2].id, ranking(f.p(), {2, 1, 0, 3}), true));
    REQUIRE(voting.saveBallot(id, people[3].id, ranking(f.p(), {3, 1, 0, 2}), false));
    CHECK(f.p().ballots(id).size() == 3);
    // A person outside the round can't vote.
    CHECK(!voting.saveBallot(id, people[10].id, ranking(f.p(), {0, 1}), true));

    REQUIRE(voting.closeRound(id));
    const core::VotingRound* round = f.p().round(id);
    REQUIRE(round->status == core::RoundStatus::Closed);
    const auto count = app::VoteCount::fromJson(QJsonDocument::fromJson(round->result.toUtf8()).object());
    REQUIRE(count);
    CHECK(count->ballots == 2); // the draft is not counted
    const core::RankResult* schulze = count->method(core::RankMethod::Schulze);
    REQUIRE(schulze);
    CHECK(schulze->winner == f.p().initiatives()[2].code);
    CHECK(count->methods.size() == 5);

    // Closed: ballots can't change.
    CHECK(!voting.saveBallot(id, people[1].id, ranking(f.p(), {0, 1, 2, 3}), true));

    // Applying sets priorities from the result, in one undo step.
    REQUIRE(voting.applyResult(id));
    CHECK(f.p().initiatives()[2].priority == 1);
    f.p().undoStack()->undo();
    CHECK(f.p().initiatives()[2].priority == 0);

    // Reopening is counted and audited.
    REQUIRE(voting.reopenRound(id));
    CHECK(f.p().round(id)->reopened == 1);
    CHECK(f.p().round(id)->result.isEmpty());
    auto audit = storage::AuditRepository(f.p().database()).forEntity(QStringLiteral("voting_round"), id);
    REQUIRE(audit);
    CHECK(std::any_of(audit->begin(), audit->end(), [](const auto& e) { return e.field == QStringLiteral("reopened"); }));
}

TEST_CASE("closing with no submitted ballot is refused")
{
    PortfolioFixture f;
    const core::Id id = openRound(f.p());
    QSignalSpy refused(&f.p(), &app::Portfolio::editRefused);
    CHECK(!app::Voting(&f.p()).closeRound(id));
    CHECK(refused.count() == 1);
    CHECK(f.p().round(id)->status == core::RoundStatus::Open);
}

TEST_CASE("a ballot saved twice replaces the first - and undo brings the first back")
{
    PortfolioFixture f;
    const core::Id id = openRound(f.p());
    app::Voting voting(&f.p());
    const core::Id voter = f.p().people()[1].id;
    REQUIRE(voting.saveBallot(id, voter, ranking(f.p(), {0, 1, 2, 3}), false));
    REQUIRE(voting.saveBallot(id, voter, ranking(f.p(), {3, 2, 1, 0}), true));
    auto ballot = f.p().ballotOf(id, voter);
    REQUIRE(ballot);
    CHECK(ballot->submitted);
    CHECK(ballot->entries.front().initiativeId == f.p().initiatives()[3].id);
    f.p().undoStack()->undo();
    ballot = f.p().ballotOf(id, voter);
    REQUIRE(ballot);
    CHECK(!ballot->submitted);
    CHECK(ballot->entries.front().initiativeId == f.p().initiatives()[0].id);
    f.p().undoStack()->redo();
    CHECK(f.p().ballotOf(id, voter)->submitted);
}

TEST_CASE("dot votes over budget are refused with the total")
{
    PortfolioFixture f;
    const core::Id id = openRound(f.p(), core::BallotKind::Dots);
    QSignalSpy refused(&f.p(), &app::Portfolio::editRefused);
    QList<core::BallotEntry> entries{{f.p().initiatives()[0].id, 0, 8}, {f.p().initiatives()[1].id, 0, 5}};
    CHECK(!app::Voting(&f.p()).saveBallot(id, f.p().people()[1].id, entries, true));
    REQUIRE(refused.count() == 1);
    CHECK(refused.at(0).at(0).toString().contains(QStringLiteral("13")));
}

TEST_CASE("closing and applying freeze decision snapshots that compare side by side - and undo removes them")
{
    PortfolioFixture f;
    const auto before = f.p().snapshots().size();
    const core::Id id = openRound(f.p());
    app::Voting voting(&f.p());
    const auto& people = f.p().people();
    REQUIRE(voting.saveBallot(id, people[1].id, ranking(f.p(), {2, 0, 1, 3}), true));
    REQUIRE(voting.saveBallot(id, people[2].id, ranking(f.p(), {2, 1, 0, 3}), true));
    REQUIRE(voting.closeRound(id));
    REQUIRE(f.p().snapshots().size() == before + 1);
    const core::DecisionSnapshot closed = f.p().snapshots().back();
    CHECK(closed.kind == QStringLiteral("round_closed"));
    CHECK(closed.payload.contains(people[1].name)); // the ballots, public once closed
    REQUIRE(voting.applyResult(id));
    REQUIRE(f.p().snapshots().size() == before + 2);

    // A second round where the stakeholders changed their minds about initiative 3.
    const core::Id second = openRound(f.p());
    REQUIRE(voting.saveBallot(second, people[1].id, ranking(f.p(), {3, 2, 0, 1}), true));
    REQUIRE(voting.saveBallot(second, people[2].id, ranking(f.p(), {3, 2, 1, 0}), true));
    REQUIRE(voting.closeRound(second));
    const core::DecisionSnapshot later = f.p().snapshots().back();

    const app::DecisionComparison cmp = app::compareDecisions(closed, later);
    const QString moved = f.p().initiatives()[3].code;
    const auto row = std::find_if(cmp.rows.begin(), cmp.rows.end(), [&](const auto& r) { return r.code == moved; });
    REQUIRE(row != cmp.rows.end());
    CHECK(row->placeA == 4);
    CHECK(row->placeB == 1);
    CHECK(cmp.weightChanges.isEmpty());

    f.p().undoStack()->undo(); // the second closing
    CHECK(f.p().snapshots().back() == f.p().snapshots()[before + 1]);
    CHECK(f.p().snapshots().size() == before + 2);
    f.reopen();
    CHECK(f.p().snapshots().size() == before + 2);
}

TEST_CASE("ballots collected outside the app are imported from CSV - all or nothing")
{
    PortfolioFixture f;
    const core::Id id = openRound(f.p());
    const auto& p = f.p();
    const QString a = p.initiatives()[0].code, b = p.initiatives()[1].code, c = p.initiatives()[2].code;
    // One voter by name, one by e-mail (any case), ties allowed.
    const QByteArray good = QStringLiteral("voter,ranking\n%1,%2 > %3 = %4\n%5,\"%4 > %2\"\n")
                                .arg(p.people()[1].name, a, b, c, p.people()[2].email.toUpper())
                                .toUtf8();
    QSignalSpy refused(&f.p(), &app::Portfolio::editRefused);
    CHECK(app::Voting(&f.p()).importBallots(id, good) == 2);
    CHECK(refused.isEmpty());
    const auto ballot = f.p().ballotOf(id, p.people()[1].id);
    REQUIRE(ballot);
    CHECK(ballot->submitted);
    CHECK(ballot->entries.size() == 3);
    CHECK(ballot->entries[1].rank == ballot->entries[2].rank); // the tie
    CHECK(f.p().undoStack()->undoText().contains(QStringLiteral("2")));

    // A stranger on line 3: nothing of the file is written, the line is named.
    const QByteArray bad = QStringLiteral("voter,ranking\n%1,%2 > %3\nNobody Known,%3 > %2\n")
                               .arg(p.people()[3].name, a, b)
                               .toUtf8();
    CHECK(app::Voting(&f.p()).importBallots(id, bad) == -1);
    REQUIRE(refused.count() == 1);
    CHECK(refused.at(0).at(0).toString().contains(QStringLiteral("3")));
    CHECK(!f.p().ballotOf(id, p.people()[3].id));
}
