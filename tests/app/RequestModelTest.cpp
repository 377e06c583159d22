// The change requests' table model and its filter: precise row signals, undoable cell edits, filters, sorting.
#include "tiller/app/RequestModel.h"

#include "AppFixture.h"
#include "tiller/app/BoardEdits.h"
#include "tiller/app/RequestFilterModel.h"
#include "tiller/app/Text.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QUndoStack>

using namespace tiller;
using test::PortfolioFixture;
using R = app::RequestModel;
using F = app::RequestFilterModel;

namespace {

core::Id submit(app::Portfolio& p, const QString& title, double benefit = 0,
                core::RequestOrigin origin = core::RequestOrigin::Internal, const QString& description = {})
{
    core::ChangeRequest r;
    r.title = title;
    r.description = description;
    r.origin = origin;
    r.submitterId = p.people().front().id;
    r.estBenefit = benefit;
    r.domainId = p.domains().front().id;
    const QString code = p.nextRequestCode();
    r.code = code;
    REQUIRE(p.submit(QStringLiteral("Submit"), app::BoardEdits::submitRequest(p, r)));
    REQUIRE(p.requestByCode(code));
    return p.requestByCode(code)->id;
}

// The rows a model shows, by request id, in its order.
QList<core::Id> idsIn(const QAbstractItemModel& m)
{
    QList<core::Id> ids;
    for (int r = 0; r < m.rowCount(); ++r) {
        ids.append(m.index(r, 0).data(R::IdRole).toLongLong());
    }
    return ids;
}

} // namespace

TEST_CASE("the request model follows submissions row by row and passes the model tester", "[requests]")
{
    PortfolioFixture f;
    R model(&f.p());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    F proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.rowCount() == int(f.p().requests().size()));
    const int before = model.rowCount();

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    const core::Id id = submit(f.p(), QStringLiteral("Paperless welcome letters"), 42000);
    REQUIRE(inserted.count() == 1);
    CHECK(inserted.at(0).at(1).toInt() == before);
    CHECK(inserted.at(0).at(2).toInt() == before);
    CHECK(reset.count() == 0);
    REQUIRE(model.rowCount() == before + 1);
    const int row = model.rowOf(id);
    REQUIRE(row == before);
    CHECK(model.idAt(row) == id);
    const core::ChangeRequest& r = *f.p().request(id);
    CHECK(model.index(row, R::Code).data().toString() == r.code);
    CHECK(model.index(row, R::Title).data().toString() == QStringLiteral("Paperless welcome letters"));
    CHECK(model.index(row, R::Status).data().toString() == app::Text::requestStatus(core::RequestStatus::Submitted));
    CHECK(model.index(row, R::Submitter).data().toString() == f.p().people().front().name);
    CHECK(model.index(row, R::Domain).data().toString() == f.p().domains().front().name);
    CHECK(model.index(row, R::Benefit).data(R::SortRole).toDouble() == 42000);
    CHECK(model.index(row, R::Submitted).data(R::SortRole).toDate() == r.submittedOn);
    CHECK(model.index(row, R::Cost).data().toString().isEmpty()); // not estimated
    CHECK(model.flags(model.index(row, R::Title)) & Qt::ItemIsEditable);
    CHECK(model.flags(model.index(row, R::Urgency)) & Qt::ItemIsEditable);
    CHECK_FALSE(model.flags(model.index(row, R::Status)) & Qt::ItemIsEditable);

    // A change is one row's dataChanged; undo takes the row away again.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    REQUIRE(f.p().submit(
        QStringLiteral("Return"),
        app::BoardEdits::qualify(f.p(), id, 0, app::BoardEdits::Outcome::Returned, QStringLiteral("Which letters?"))));
    REQUIRE(changed.count() == 1);
    CHECK(changed.at(0).at(0).value<QModelIndex>().row() == row);
    CHECK(changed.at(0).at(1).value<QModelIndex>().row() == row);
    CHECK(model.index(row, R::Status).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Which letters?")));
    f.p().undoStack()->undo(); // the return
    f.p().undoStack()->undo(); // the submission
    CHECK(removed.count() == 1);
    CHECK(reset.count() == 0);
    CHECK(model.rowCount() == before);
    CHECK(model.rowOf(id) == -1);
}

TEST_CASE("renaming a person, a domain or a pillar refreshes that column only", "[requests]")
{
    PortfolioFixture f;
    R model(&f.p());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const core::Id id = submit(f.p(), QStringLiteral("Clearer invoices"));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    core::Person person = f.p().people().front();
    const core::Person before = person;
    person.name = QStringLiteral("Renamed Person");
    app::ChangeSet c;
    c.people.push_back({before, person});
    REQUIRE(f.p().submit(QStringLiteral("Rename"), c));
    REQUIRE(changed.count() >= 1);
    CHECK(changed.last().at(0).value<QModelIndex>().column() == R::Submitter);
    CHECK(changed.last().at(1).value<QModelIndex>().column() == R::Submitter);
    CHECK(model.index(model.rowOf(id), R::Submitter).data().toString() == QStringLiteral("Renamed Person"));

    app::ChangeSet addPillar;
    addPillar.pillars.push_back({std::nullopt, core::Pillar{0, QStringLiteral("Zz test pillar"), {}, 1, 0}});
    REQUIRE(f.p().submit(QStringLiteral("Pillar"), addPillar));
    changed.clear();
    app::ChangeSet rename;
    core::Pillar pillar = f.p().pillars().back();
    core::Pillar renamed = pillar;
    renamed.name = QStringLiteral("Zz renamed pillar");
    rename.pillars.push_back({pillar, renamed});
    REQUIRE(f.p().submit(QStringLiteral("Rename pillar"), rename));
    REQUIRE(changed.count() == 1);
    CHECK(changed.at(0).at(0).value<QModelIndex>().column() == R::Pillar);
}

TEST_CASE("the request filter narrows by status set, origin, domain and text", "[requests]")
{
    PortfolioFixture f;
    R model(&f.p());
    F proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const core::Id a = submit(f.p(), QStringLiteral("Zorblax onboarding letters"), 0, core::RequestOrigin::Voc,
                              QStringLiteral("Customers find the quuxified welcome pack confusing."));
    const core::Id b = submit(f.p(), QStringLiteral("Zorblax regulatory notice"), 0, core::RequestOrigin::Regulation);
    const core::Id c = submit(f.p(), QStringLiteral("Zorblax rejected idea"), 0, core::RequestOrigin::Internal);
    REQUIRE(
        f.p().submit(QStringLiteral("Reject"), app::BoardEdits::qualify(f.p(), c, 0, app::BoardEdits::Outcome::Rejected,
                                                                        QStringLiteral("Out of scope"))));

    proxy.setSearchText(QStringLiteral("zorblax"));
    CHECK(proxy.rowCount() == 3);
    proxy.setStatusFilter(F::OpenStatuses);
    CHECK(idsIn(proxy).size() == 2);
    CHECK_FALSE(idsIn(proxy).contains(c));
    proxy.setStatusFilter(F::statusBit(core::RequestStatus::Rejected));
    CHECK(idsIn(proxy) == QList<core::Id>{c});
    proxy.setStatusFilter(F::AllStatuses);
    proxy.setOriginFilter(int(core::RequestOrigin::Regulation));
    CHECK(idsIn(proxy) == QList<core::Id>{b});
    proxy.setOriginFilter(-1);
    // Words match the description too, in any order and case.
    proxy.setSearchText(QStringLiteral("QUUXIFIED zorblax"));
    CHECK(idsIn(proxy) == QList<core::Id>{a});
    proxy.setSearchText(QString());
    proxy.setDomainFilter(f.p().domains().back().id + 1000);
    CHECK(proxy.rowCount() == 0);
    proxy.setDomainFilter(f.p().domains().front().id);
    CHECK(idsIn(proxy).contains(a));
}

TEST_CASE("editing a request's title or urgency in the table is one undoable change", "[requests]")
{
    PortfolioFixture f;
    R model(&f.p());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const core::Id id = submit(f.p(), QStringLiteral("Old title"));
    const int row = model.rowOf(id);
    const int stack = f.p().undoStack()->count();

    REQUIRE(model.setData(model.index(row, R::Title), QStringLiteral("  New   title ")));
    CHECK(f.p().request(id)->title == QStringLiteral("New title"));
    CHECK(f.p().undoStack()->count() == stack + 1);
    CHECK(f.p().undoStack()->undoText().contains(f.p().request(id)->code));
    REQUIRE(model.setData(model.index(row, R::Urgency), 3));
    CHECK(f.p().request(id)->urgency == 3);
    CHECK(model.index(row, R::Urgency).data().toString() == app::Text::urgency(3));

    // Refused: an empty title, an urgency out of range; nothing changes.
    QSignalSpy refused(&f.p(), &app::Portfolio::editRefused);
    CHECK_FALSE(model.setData(model.index(row, R::Title), QStringLiteral("   ")));
    CHECK_FALSE(model.setData(model.index(row, R::Urgency), 7));
    CHECK(refused.count() == 2);
    CHECK_FALSE(model.setData(model.index(row, R::Status), 2)); // read-only
    CHECK(f.p().undoStack()->count() == stack + 2);

    f.p().undoStack()->undo();
    f.p().undoStack()->undo();
    CHECK(f.p().request(id)->title == QStringLiteral("Old title"));
    CHECK(model.index(row, R::Title).data().toString() == QStringLiteral("Old title"));
}

TEST_CASE("sorting the request table sorts amounts as numbers and dates as dates", "[requests]")
{
    PortfolioFixture f;
    R model(&f.p());
    F proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    // As text "9,000" > "100,000" > "12,000": only a numeric sort gives 9k, 12k, 100k.
    const core::Id small = submit(f.p(), QStringLiteral("Qwxz small"), 9000);
    const core::Id large = submit(f.p(), QStringLiteral("Qwxz large"), 100000);
    const core::Id middle = submit(f.p(), QStringLiteral("Qwxz middle"), 12000);
    proxy.setSearchText(QStringLiteral("qwxz"));
    proxy.sort(R::Benefit, Qt::AscendingOrder);
    CHECK(idsIn(proxy) == QList<core::Id>{small, middle, large});
    proxy.sort(R::Benefit, Qt::DescendingOrder);
    CHECK(idsIn(proxy) == QList<core::Id>{large, middle, small});

    // Dates: a request submitted earlier sorts first, whatever the locale's text.
    core::ChangeRequest old = *f.p().request(middle);
    core::ChangeRequest older = old;
    older.submittedOn = QDate(2019, 12, 31);
    app::ChangeSet c;
    c.requests.push_back({old, older});
    REQUIRE(f.p().submit(QStringLiteral("Back-date"), c));
    proxy.sort(R::Submitted, Qt::AscendingOrder);
    CHECK(idsIn(proxy).front() == middle);
}
