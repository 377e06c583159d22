#include "AppFixture.h"
#include "tiller/storage/Maintenance.h"

using namespace tiller;

TEST_CASE("the sample program is believable and passes the integrity check")
{
    test::PortfolioFixture f;
    CHECK(f.p().initiatives().size() == 40);
    CHECK(f.p().domains().size() == 6);
    CHECK(f.p().people().size() >= 20);
    CHECK(f.p().painPoints().size() >= 20);
    CHECK(f.p().bins().size() == 8);
    CHECK(!f.p().program().name.isEmpty());
    // Every initiative has an owner and a domain, most address a pain point.
    int withPain = 0;
    for (const auto& i : f.p().initiatives()) {
        CHECK(f.p().person(i.ownerId) != nullptr);
        CHECK(f.p().domain(i.domainId) != nullptr);
        withPain += i.painPoints.isEmpty() ? 0 : 1;
    }
    CHECK(withPain >= 30);
    auto report = storage::checkIntegrity(f.p().database());
    REQUIRE(report);
    CHECK(report->ok());
    CHECK(report->tasks == 120);
}

TEST_CASE("the demo is deterministic for a seed and differs across seeds")
{
    test::TempDir tmp;
    auto build = [&](const QString& name, std::uint64_t seed) {
        app::DemoBuilder b(app::DemoBuilder::Size::Small, seed, QDate(2026, 6, 1));
        REQUIRE(b.build(tmp.path(name)));
        auto p = app::Portfolio::open(tmp.path(name));
        REQUIRE(p);
        return std::move(*p);
    };
    auto a = build(QStringLiteral("a.tiller"), 7);
    auto b = build(QStringLiteral("b.tiller"), 7);
    auto c = build(QStringLiteral("c.tiller"), 8);
    CHECK(a->initiatives() == b->initiatives());
    CHECK(a->people() == b->people());
    // Same words, other numbers: the generated volumes (VoC, dates) move with the seed.
    CHECK(test::readFile(tmp.path(QStringLiteral("a.tiller"))) != QByteArray());
    CHECK(storage::checkIntegrity(c->database())->ok());
}

TEST_CASE("the demo refuses to write over an existing file")
{
    test::PortfolioFixture f;
    const QByteArray before = test::readFile(f.path);
    f.portfolio.reset();
    app::DemoBuilder again(app::DemoBuilder::Size::Small, 1, QDate(2026, 6, 1));
    auto r = again.build(f.path);
    REQUIRE(!r);
    CHECK(test::readFile(f.path).size() == before.size());
}
