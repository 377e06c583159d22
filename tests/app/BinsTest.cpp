#include "AppFixture.h"
#include "tiller/app/BinEdits.h"

#include <QSignalSpy>

using namespace tiller;
using test::PortfolioFixture;

namespace {

const core::ProjectBin& byCode(const app::Portfolio& p, const QString& code)
{
    for (const auto& b : p.bins()) {
        if (b.code == code) {
            return b;
        }
    }
    FAIL("no bin " << code.toStdString());
    return p.bins().front();
}

} // namespace

TEST_CASE("the sample program's bins and dependencies are loaded")
{
    PortfolioFixture f;
    CHECK(f.p().bins().size() == 8);
    CHECK(f.p().dependencies().size() >= 5);
    CHECK(f.p().bin(f.p().bins().front().id) != nullptr);
}

TEST_CASE("moving a bin's dates is one undo step and survives a restart")
{
    PortfolioFixture f;
    const core::ProjectBin before = byCode(f.p(), QStringLiteral("BIN-01"));
    core::ProjectBin after = before;
    after.start = before.start.addMonths(1);
    after.end = before.end.addMonths(1);
    app::ChangeSet c;
    c.bins.push_back({before, after});
    QSignalSpy spy(&f.p(), &app::Portfolio::binsChanged);
    REQUIRE(f.p().submit(QStringLiteral("Move BIN-01"), c));
    CHECK(spy.count() == 1);
    f.reopen();
    CHECK(byCode(f.p(), QStringLiteral("BIN-01")).start == after.start);
    app::ChangeSet back;
    back.bins.push_back({byCode(f.p(), QStringLiteral("BIN-01")), before});
    REQUIRE(f.p().submit(QStringLiteral("Back"), back));
    f.p().undoStack()->undo();
    CHECK(byCode(f.p(), QStringLiteral("BIN-01")).start == after.start);
}

TEST_CASE("a dependency that closes a cycle is refused with the cycle named")
{
    PortfolioFixture f;
    // Find an existing dependency and try to add its reverse.
    const core::BinDependency existing = f.p().dependencies().front();
    app::ChangeSet c;
    c.dependencies.push_back({std::nullopt, core::BinDependency{0, existing.successor, existing.predecessor, 0}});
    QSignalSpy refused(&f.p(), &app::Portfolio::editRefused);
    CHECK(!f.p().submit(QStringLiteral("Reverse"), c));
    REQUIRE(refused.count() == 1);
    const QString why = refused.at(0).at(0).toString();
    CHECK(why.contains(f.p().bin(existing.predecessor)->code));
    CHECK(why.contains(f.p().bin(existing.successor)->code));
    CHECK(why.contains(QStringLiteral("→")));
}

TEST_CASE("a bin goes only with its dependencies and initiatives - and undo brings all back")
{
    PortfolioFixture f;
    const core::ProjectBin target = f.p().bins().front();
    app::ChangeSet alone;
    alone.bins.push_back({target, std::nullopt});
    CHECK(!f.p().submit(QStringLiteral("Delete alone"), alone));

    // What BinEdits::deleteBin gathers: its dependencies, its initiatives taken out, its plan.
    const app::ChangeSet all = app::BinEdits::deleteBin(f.p(), target.id);
    CHECK(std::count_if(f.p().dependencies().begin(), f.p().dependencies().end(), [&](const auto& d) {
              return d.predecessor == target.id || d.successor == target.id;
          }) == qsizetype(all.dependencies.size()));
    CHECK(std::all_of(all.initiatives.begin(), all.initiatives.end(),
                      [](const auto& c) { return c.after && c.after->binId == 0; }));
    CHECK(!all.tasks.empty());
    const auto dependenciesBefore = f.p().dependencies().size();
    REQUIRE(f.p().submit(QStringLiteral("Delete with all"), all));
    CHECK(f.p().bin(target.id) == nullptr);
    f.p().undoStack()->undo();
    REQUIRE(f.p().bin(target.id) != nullptr);
    CHECK(f.p().dependencies().size() == dependenciesBefore);
    f.reopen();
    CHECK(f.p().dependencies().size() == dependenciesBefore);
}
