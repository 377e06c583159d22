#include "TestSupport.h"
#include "tiller/storage/Database.h"
#include "tiller/storage/Repositories.h"
#include "tiller/storage/Transaction.h"

#include <catch2/catch.hpp>

using namespace tiller;
using storage::Database;
using Code = storage::StorageError::Code;

namespace {

struct Fixture
{
    test::TempDir tmp;
    test::FakeClock clock;
    std::unique_ptr<Database> db;
    Fixture()
    {
        Database::Options o;
        o.actor = QStringLiteral("claire");
        o.clock = clock.clock();
        auto opened = Database::open(tmp.path(QStringLiteral("p.tiller")), o);
        REQUIRE(opened);
        db = std::move(*opened);
    }
};

} // namespace

TEST_CASE("an initiative is inserted - read back - updated with its pain points - and removed")
{
    Fixture f;
    storage::InitiativeRepository repo(*f.db);
    core::Initiative i;
    i.code = QStringLiteral("CX-001");
    i.title = QStringLiteral("Simplify the move-in form");
    i.status = core::InitiativeStatus::Proposed;
    i.horizon = core::Horizon::Short;
    {
        storage::Transaction tx(*f.db, QStringLiteral("Add"));
        REQUIRE(repo.insert(i));
        REQUIRE(tx.commit());
    }
    CHECK(i.id > 0);
    CHECK(i.version == 1);
    auto all = repo.loadAll();
    REQUIRE(all);
    REQUIRE(all->size() == 1);
    CHECK(all->front() == i);

    core::Initiative after = i;
    after.title = QStringLiteral("Simplify the move-in form (mobile first)");
    {
        storage::Transaction tx(*f.db, QStringLiteral("Rename"));
        REQUIRE(repo.update(i, after));
        REQUIRE(tx.commit());
    }
    CHECK(after.version == 2);
    CHECK(repo.loadAll()->front().title == after.title);

    {
        storage::Transaction tx(*f.db, QStringLiteral("Delete"));
        REQUIRE(repo.remove(after));
        REQUIRE(tx.commit());
    }
    CHECK(repo.loadAll()->empty());
}

TEST_CASE("every change is audited: who - when - what - old and new value - and the action")
{
    Fixture f;
    storage::InitiativeRepository repo(*f.db);
    core::Initiative i;
    i.code = QStringLiteral("CX-7");
    i.title = QStringLiteral("Old title");
    {
        storage::Transaction tx(*f.db, QStringLiteral("Add CX-7"));
        REQUIRE(repo.insert(i));
        REQUIRE(tx.commit());
    }
    f.clock.advance(3600);
    core::Initiative after = i;
    after.title = QStringLiteral("New title");
    after.status = core::InitiativeStatus::Approved;
    {
        storage::Transaction tx(*f.db, QStringLiteral("Edit CX-7"));
        REQUIRE(repo.update(i, after));
        REQUIRE(tx.commit());
    }
    auto log = storage::AuditRepository(*f.db).forEntity(QStringLiteral("initiative"), i.id);
    REQUIRE(log);
    REQUIRE(log->size() == 3); // creation, title, status
    const auto& title = *std::find_if(log->begin(), log->end(), [](const auto& e) { return e.field == QStringLiteral("title"); });
    CHECK(title.actor == QStringLiteral("claire"));
    CHECK(title.action == QStringLiteral("Edit CX-7"));
    CHECK(title.oldValue == QStringLiteral("Old title"));
    CHECK(title.newValue == QStringLiteral("New title"));
    CHECK(title.at == f.clock.now());
}

TEST_CASE("a write from a stale copy is refused as a conflict and changes nothing")
{
    Fixture f;
    storage::InitiativeRepository repo(*f.db);
    core::Initiative i;
    i.code = QStringLiteral("CX-1");
    i.title = QStringLiteral("First");
    {
        storage::Transaction tx(*f.db, QStringLiteral("Add"));
        REQUIRE(repo.insert(i));
        REQUIRE(tx.commit());
    }
    core::Initiative fresh = i;
    fresh.title = QStringLiteral("Second");
    {
        storage::Transaction tx(*f.db, QStringLiteral("Edit"));
        REQUIRE(repo.update(i, fresh));
        REQUIRE(tx.commit());
    }
    core::Initiative stale = i; // still version 1
    core::Initiative overwrite = i;
    overwrite.title = QStringLiteral("Overwrite");
    storage::Transaction tx(*f.db, QStringLiteral("Stale edit"));
    auto r = repo.update(stale, overwrite);
    REQUIRE(!r);
    CHECK(r.error().code == Code::Conflict);
    tx.rollback();
    CHECK(repo.loadAll()->front().title == QStringLiteral("Second"));
}

TEST_CASE("a rolled-back transaction leaves no trace - audit included")
{
    Fixture f;
    storage::PersonRepository people(*f.db);
    {
        storage::Transaction tx(*f.db, QStringLiteral("Add"));
        core::Person p;
        p.name = QStringLiteral("Léa Martin");
        REQUIRE(people.insert(p));
        // no commit: destructor rolls back
    }
    CHECK(people.loadAll()->empty());
    CHECK(*storage::AuditRepository(*f.db).count() == 0);
}

TEST_CASE("SQL-looking text is stored as text")
{
    Fixture f;
    storage::InitiativeRepository repo(*f.db);
    core::Initiative i;
    i.code = QStringLiteral("CX-1");
    i.title = QStringLiteral("Robert'); DROP TABLE initiative;--");
    i.description = QStringLiteral("\" OR 1=1 -- ; DELETE FROM person");
    {
        storage::Transaction tx(*f.db, QStringLiteral("Add"));
        REQUIRE(repo.insert(i));
        REQUIRE(tx.commit());
    }
    auto all = repo.loadAll();
    REQUIRE(all);
    REQUIRE(all->size() == 1);
    CHECK(all->front().title == i.title);
    CHECK(all->front().description == i.description);
}

TEST_CASE("the database refuses a second initiative with the same code - whatever the case")
{
    Fixture f;
    storage::InitiativeRepository repo(*f.db);
    core::Initiative a, b;
    a.code = QStringLiteral("CX-1");
    a.title = QStringLiteral("a");
    b.code = QStringLiteral("cx-1");
    b.title = QStringLiteral("b");
    storage::Transaction tx(*f.db, QStringLiteral("Add"));
    REQUIRE(repo.insert(a));
    auto r = repo.insert(b);
    REQUIRE(!r);
    CHECK(r.error().code == Code::Constraint);
}

TEST_CASE("a person or domain in use is counted - so the app can refuse deleting it")
{
    Fixture f;
    storage::Transaction tx(*f.db, QStringLiteral("Seed"));
    core::Person p;
    p.name = QStringLiteral("Owner");
    REQUIRE(storage::PersonRepository(*f.db).insert(p));
    core::Domain d{0, QStringLiteral("Digital"), QStringLiteral("#336699"), 1, 0};
    REQUIRE(storage::DomainRepository(*f.db).insert(d));
    core::Initiative i;
    i.code = QStringLiteral("CX-1");
    i.title = QStringLiteral("t");
    i.ownerId = p.id;
    i.domainId = d.id;
    REQUIRE(storage::InitiativeRepository(*f.db).insert(i));
    CHECK(*storage::PersonRepository(*f.db).usageCount(p.id) == 1);
    CHECK(*storage::DomainRepository(*f.db).usageCount(d.id) == 1);
    // And the schema itself would refuse: the reference is RESTRICT.
    CHECK(!storage::DomainRepository(*f.db).remove(d));
}
