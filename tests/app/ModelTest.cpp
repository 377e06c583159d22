#include "AppFixture.h"
#include "tiller/app/InitiativeFilterModel.h"
#include "tiller/app/InitiativeModel.h"
#include "tiller/app/PeopleModel.h"

#include <QAbstractItemModelTester>

using namespace tiller;
using test::PortfolioFixture;
using M = app::InitiativeModel;

TEST_CASE("the initiative model passes QAbstractItemModelTester through edits - adds and undo")
{
    PortfolioFixture f;
    M model(&f.p());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    app::InitiativeFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);

    CHECK(model.rowCount() == int(f.p().initiatives().size()));
    REQUIRE(model.setData(model.index(0, M::Title), QStringLiteral("Edited in the table")));
    CHECK(model.index(0, M::Title).data().toString() == QStringLiteral("Edited in the table"));
    f.p().undoStack()->undo();
    CHECK(model.index(0, M::Title).data().toString() == f.p().initiatives().front().title);

    core::Initiative i;
    i.code = QStringLiteral("NEW-1");
    i.title = QStringLiteral("New");
    app::ChangeSet add;
    add.initiatives.push_back({std::nullopt, i});
    REQUIRE(f.p().submit(QStringLiteral("Add"), add));
    CHECK(model.rowCount() == int(f.p().initiatives().size()));
    f.p().undoStack()->undo();
    CHECK(model.rowCount() == int(f.p().initiatives().size()));
}

TEST_CASE("editing a cell goes through validation: a duplicate code is refused")
{
    PortfolioFixture f;
    M model(&f.p());
    const QString second = model.index(1, M::Code).data().toString();
    CHECK(!model.setData(model.index(0, M::Code), second));
    CHECK(model.index(0, M::Code).data().toString() != second);
    CHECK(!model.setData(model.index(0, M::Title), QStringLiteral("")));
    CHECK(f.p().undoStack()->count() == 0);
}

TEST_CASE("choice columns offer the program's domains - people - statuses and write ids")
{
    PortfolioFixture f;
    M model(&f.p());
    const QVariantList domains = model.index(0, M::Domain).data(M::ChoicesRole).toList();
    CHECK(domains.size() == int(f.p().domains().size()) + 1); // + (none)
    const core::Domain& target = f.p().domains().back();
    REQUIRE(model.setData(model.index(0, M::Domain), target.id));
    CHECK(model.index(0, M::Domain).data().toString() == target.name);
    CHECK(model.index(0, M::Domain).data(Qt::EditRole).toLongLong() == target.id);
    REQUIRE(model.setData(model.index(0, M::Status), int(core::InitiativeStatus::Done)));
    CHECK(f.p().initiatives().front().status == core::InitiativeStatus::Done);
    CHECK(!model.setData(model.index(0, M::Status), 99)); // absurd value
}

TEST_CASE("the filter matches every word in any column - and domain and status filters combine")
{
    PortfolioFixture f;
    M model(&f.p());
    app::InitiativeFilterModel proxy;
    proxy.setSourceModel(&model);
    const core::Initiative& first = f.p().initiatives().front();
    proxy.setSearchText(first.code.toLower());
    REQUIRE(proxy.rowCount() >= 1);
    CHECK(proxy.index(0, M::Code).data().toString() == first.code);
    proxy.setSearchText(QStringLiteral("zzzz-no-such-thing"));
    CHECK(proxy.rowCount() == 0);
    proxy.setSearchText(QString());
    proxy.setDomainFilter(first.domainId);
    const int inDomain = int(std::count_if(f.p().initiatives().begin(), f.p().initiatives().end(),
                                           [&](const auto& i) { return i.domainId == first.domainId; }));
    CHECK(proxy.rowCount() == inDomain);
    proxy.setStatusFilter(int(first.status));
    const int both = int(std::count_if(f.p().initiatives().begin(), f.p().initiatives().end(), [&](const auto& i) {
        return i.domainId == first.domainId && i.status == first.status;
    }));
    CHECK(proxy.rowCount() == both);
}

TEST_CASE("the people and domain models pass the model tester and edit with undo")
{
    PortfolioFixture f;
    app::PeopleModel people(&f.p());
    QAbstractItemModelTester t1(&people, QAbstractItemModelTester::FailureReportingMode::Fatal);
    app::DomainModel domains(&f.p());
    QAbstractItemModelTester t2(&domains, QAbstractItemModelTester::FailureReportingMode::Fatal);

    const int row = people.addPerson();
    REQUIRE(row >= 0);
    REQUIRE(people.setData(people.index(row, app::PeopleModel::Email), QStringLiteral("new.person@brightwave.example")));
    CHECK(!people.setData(people.index(row, app::PeopleModel::Email), QStringLiteral("not-an-email")));
    REQUIRE(people.removeRows({row}));
    CHECK(people.rowCount() == int(f.p().people().size()));
    f.p().undoStack()->undo();
    CHECK(people.index(row, app::PeopleModel::Email).data().toString() == QStringLiteral("new.person@brightwave.example"));

    const int d = domains.addDomain();
    REQUIRE(d >= 0);
    REQUIRE(domains.setData(domains.index(d, app::DomainModel::Name), QStringLiteral("Partnerships")));
    CHECK(!domains.setData(domains.index(d, app::DomainModel::Color), QStringLiteral("not a colour")));
    // A domain in use can't go.
    CHECK(!domains.removeRows({0}));
    CHECK(domains.rowCount() == int(f.p().domains().size()));
}
