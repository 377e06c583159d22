#include "AppFixture.h"
#include "tiller/storage/Repositories.h"
#include "tiller/storage/Transaction.h"

#include <QSignalSpy>

using namespace tiller;
using test::PortfolioFixture;

namespace {

core::Initiative editTitle(const core::Initiative& i, const QString& title)
{
    core::Initiative after = i;
    after.title = title;
    return after;
}

app::ChangeSet update(const core::Initiative& before, const core::Initiative& after)
{
    app::ChangeSet c;
    c.initiatives.push_back({before, after});
    return c;
}

} // namespace

TEST_CASE("an edit is one undo step - durable at once - and survives a restart")
{
    PortfolioFixture f;
    const core::Initiative first = f.p().initiatives().front();
    REQUIRE(f.p().submit(QStringLiteral("Rename"), update(first, editTitle(first, QStringLiteral("Renamed")))));
    CHECK(f.p().initiative(first.id)->title == QStringLiteral("Renamed"));
    CHECK(f.p().undoStack()->count() == 1);
    CHECK(f.p().undoStack()->undoText() == QStringLiteral("Rename"));

    f.reopen(); // no save step exists: it is already on disk
    CHECK(f.p().initiative(first.id)->title == QStringLiteral("Renamed"));
}

TEST_CASE("undo and redo restore values in memory and on disk")
{
    PortfolioFixture f;
    const core::Initiative first = f.p().initiatives().front();
    REQUIRE(f.p().submit(QStringLiteral("Rename"), update(first, editTitle(first, QStringLiteral("Renamed")))));
    f.p().undoStack()->undo();
    CHECK(f.p().initiative(first.id)->title == first.title);
    {
        // A second reader sees the disk, not our memory.
        auto other = app::Portfolio::open(f.path);
        REQUIRE(other);
        CHECK((*other)->initiative(first.id)->title == first.title);
    }
    f.p().undoStack()->redo();
    CHECK(f.p().initiative(first.id)->title == QStringLiteral("Renamed"));
    f.reopen();
    CHECK(f.p().initiative(first.id)->title == QStringLiteral("Renamed"));
}

TEST_CASE("adding - undoing and redoing keeps the same id; deleting restores the whole row")
{
    PortfolioFixture f;
    const auto count = f.p().initiatives().size();
    core::Initiative i;
    i.code = f.p().nextInitiativeCode();
    i.title = QStringLiteral("Text customers when the engineer is on the way");
    i.painPoints = {f.p().painPoints().front().id};
    app::ChangeSet add;
    add.initiatives.push_back({std::nullopt, i});
    REQUIRE(f.p().submit(QStringLiteral("Add"), add));
    const core::Id id = f.p().initiatives().back().id;
    CHECK(f.p().initiatives().size() == count + 1);
    f.p().undoStack()->undo();
    CHECK(f.p().initiative(id) == nullptr);
    f.p().undoStack()->redo();
    REQUIRE(f.p().initiative(id) != nullptr);
    CHECK(f.p().initiative(id)->painPoints == i.painPoints);

    // Delete several at once: one command, one undo step.
    const core::Initiative a = f.p().initiatives()[0];
    const core::Initiative b = f.p().initiatives()[1];
    app::ChangeSet del;
    del.initiatives.push_back({a, std::nullopt});
    del.initiatives.push_back({b, std::nullopt});
    REQUIRE(f.p().submit(QStringLiteral("Delete 2"), del));
    CHECK(f.p().initiative(a.id) == nullptr);
    CHECK(f.p().initiative(b.id) == nullptr);
    f.p().undoStack()->undo();
    REQUIRE(f.p().initiative(a.id) != nullptr);
    CHECK(f.p().initiative(a.id)->painPoints == a.painPoints);
    CHECK(f.p().initiative(b.id)->title == b.title);
    f.reopen();
    CHECK(f.p().initiative(a.id)->code == a.code);
}

TEST_CASE("the change signals name exactly what changed")
{
    PortfolioFixture f;
    QSignalSpy changed(&f.p(), &app::Portfolio::initiativeChanged);
    QSignalSpy added(&f.p(), &app::Portfolio::initiativeAdded);
    const core::Initiative first = f.p().initiatives().front();
    REQUIRE(f.p().submit(QStringLiteral("Rename"), update(first, editTitle(first, QStringLiteral("x")))));
    REQUIRE(changed.count() == 1);
    CHECK(changed.at(0).at(0).toLongLong() == first.id);
    CHECK(added.count() == 0);
    f.p().undoStack()->undo();
    CHECK(changed.count() == 2);
}

TEST_CASE("a duplicate code or an empty title is refused with a reason and nothing is written")
{
    PortfolioFixture f;
    QSignalSpy refused(&f.p(), &app::Portfolio::editRefused);
    const core::Initiative a = f.p().initiatives()[0];
    const core::Initiative b = f.p().initiatives()[1];
    core::Initiative clash = b;
    clash.code = a.code.toLower();
    CHECK(!f.p().submit(QStringLiteral("Recode"), update(b, clash)));
    REQUIRE(refused.count() == 1);
    CHECK(refused.at(0).at(0).toString().contains(a.code));
    CHECK(!f.p().submit(QStringLiteral("Blank"), update(b, editTitle(b, QStringLiteral("   ")))));
    CHECK(f.p().undoStack()->count() == 0);
    f.reopen();
    CHECK(f.p().initiative(b.id)->code == b.code);
}

TEST_CASE("two new initiatives with the same code in one command are refused")
{
    PortfolioFixture f;
    core::Initiative x;
    x.code = QStringLiteral("NEW-1");
    x.title = QStringLiteral("x");
    app::ChangeSet add;
    add.initiatives.push_back({std::nullopt, x});
    add.initiatives.push_back({std::nullopt, x});
    CHECK(!f.p().submit(QStringLiteral("Add two"), add));
    CHECK(f.p().initiativeByCode(QStringLiteral("NEW-1")) == nullptr);
}

TEST_CASE("a person who owns initiatives cannot be deleted; an unused one can - with undo")
{
    PortfolioFixture f;
    const core::Id ownerId = f.p().initiatives().front().ownerId;
    REQUIRE(ownerId != 0);
    app::ChangeSet del;
    del.people.push_back({*f.p().person(ownerId), std::nullopt});
    QSignalSpy refused(&f.p(), &app::Portfolio::editRefused);
    CHECK(!f.p().submit(QStringLiteral("Delete owner"), del));
    CHECK(refused.count() == 1);
    CHECK(f.p().person(ownerId) != nullptr);

    core::Person nobody;
    nobody.name = QStringLiteral("Temp Person");
    app::ChangeSet add;
    add.people.push_back({std::nullopt, nobody});
    REQUIRE(f.p().submit(QStringLiteral("Add"), add));
    const core::Person added = f.p().people().back();
    app::ChangeSet del2;
    del2.people.push_back({added, std::nullopt});
    REQUIRE(f.p().submit(QStringLiteral("Delete"), del2));
    CHECK(f.p().person(added.id) == nullptr);
    f.p().undoStack()->undo();
    CHECK(f.p().person(added.id) != nullptr);
}

TEST_CASE("edits are audited with the command's name")
{
    PortfolioFixture f;
    const core::Initiative first = f.p().initiatives().front();
    REQUIRE(f.p().submit(QStringLiteral("Rename CX-001"), update(first, editTitle(first, QStringLiteral("New")))));
    auto log = storage::AuditRepository(f.p().database()).forEntity(QStringLiteral("initiative"), first.id);
    REQUIRE(log);
    REQUIRE(!log->empty());
    CHECK(log->front().action == QStringLiteral("Rename CX-001"));
    CHECK(log->front().field == QStringLiteral("title"));
    CHECK(log->front().oldValue == first.title);
}

TEST_CASE("a read-only portfolio refuses edits with a reason")
{
    PortfolioFixture f;
    storage::Database::Options o;
    o.access = storage::Database::Access::ReadOnly;
    auto ro = app::Portfolio::open(f.path, o);
    REQUIRE(ro);
    QSignalSpy refused(ro->get(), &app::Portfolio::editRefused);
    const core::Initiative first = (*ro)->initiatives().front();
    CHECK(!(*ro)->submit(QStringLiteral("Rename"), update(first, editTitle(first, QStringLiteral("x")))));
    CHECK(refused.count() == 1);
}

TEST_CASE("an undo whose row changed underneath is refused - not applied over the other change")
{
    PortfolioFixture f;
    const core::Initiative first = f.p().initiatives().front();
    REQUIRE(f.p().submit(QStringLiteral("Rename"), update(first, editTitle(first, QStringLiteral("Mine")))));
    {
        // Another writer on the same file (as a teammate will be in team mode).
        storage::Database::Options o;
        o.takeLock = false;
        auto other = storage::Database::open(f.path, o);
        REQUIRE(other);
        storage::InitiativeRepository repo(**other);
        auto rows = repo.loadAll();
        REQUIRE(rows);
        const core::Initiative theirs = *std::find_if(rows->begin(), rows->end(), [&](const auto& x) { return x.id == first.id; });
        core::Initiative changed = editTitle(theirs, QStringLiteral("Theirs"));
        storage::Transaction tx(**other, QStringLiteral("Theirs"));
        REQUIRE(repo.update(theirs, changed));
        REQUIRE(tx.commit());
    }
    QSignalSpy refused(&f.p(), &app::Portfolio::editRefused);
    f.p().undoStack()->undo();
    CHECK(refused.count() == 1);
    f.reopen();
    CHECK(f.p().initiative(first.id)->title == QStringLiteral("Theirs"));
}

TEST_CASE("the next code follows the program's pattern and skips taken ones")
{
    PortfolioFixture f;
    CHECK(f.p().nextInitiativeCode() == QStringLiteral("CX-042")); // CX-041 came from the change board
    CHECK(f.p().nextInitiativeCode({QStringLiteral("CX-042")}) == QStringLiteral("CX-043"));
    PortfolioFixture empty(false);
    CHECK(empty.p().nextInitiativeCode() == QStringLiteral("INI-001"));
}
