#include "tiller/app/BinModel.h"

#include "AppFixture.h"
#include "tiller/app/BinEdits.h"
#include "tiller/app/BinFilterModel.h"
#include "tiller/app/InitiativeFilterModel.h"
#include "tiller/app/InitiativeModel.h"
#include "tiller/app/MimeTypes.h"
#include "tiller/app/Text.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <memory>

using namespace tiller;
using test::PortfolioFixture;
using B = app::BinModel;

namespace {

int rowOfCode(const QAbstractItemModel& m, const QString& code)
{
    for (int r = 0; r < m.rowCount(); ++r) {
        if (m.index(r, B::Code).data().toString() == code) {
            return r;
        }
    }
    return -1;
}

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

int countIn(const app::Portfolio& p, core::Id binId)
{
    return int(
        std::count_if(p.initiatives().begin(), p.initiatives().end(), [&](const auto& i) { return i.binId == binId; }));
}

// The same values, whatever the row version (every write bumps it).
bool sameValues(core::ProjectBin a, const core::ProjectBin& b)
{
    a.version = b.version;
    return a == b;
}

core::ProjectBin makeBin(const QString& code, core::Id id = 0)
{
    core::ProjectBin b;
    b.id = id;
    b.code = code;
    b.name = code;
    return b;
}

core::Initiative makeInitiative(core::Id id, core::Id bin, int priority)
{
    core::Initiative i;
    i.id = id;
    i.code = QStringLiteral("I-%1").arg(id);
    i.binId = bin;
    i.priority = priority;
    return i;
}

} // namespace

TEST_CASE("the bin model shows every bin with its initiative count and passes the model tester")
{
    PortfolioFixture f;
    B model(&f.p());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    app::BinFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);

    REQUIRE(model.rowCount() == int(f.p().bins().size()));
    const core::ProjectBin& first = f.p().bins().front();
    const int row = model.rowOf(first.id);
    REQUIRE(row >= 0);
    CHECK(model.index(row, B::Code).data().toString() == first.code);
    CHECK(model.index(row, B::Code).data(Qt::UserRole).toLongLong() == first.id);
    CHECK(model.index(row, B::Initiatives).data().toInt() == countIn(f.p(), first.id));
    CHECK(model.index(row, B::Status).data().toString() == app::Text::binStatus(first.status));
    CHECK(!(model.flags(model.index(row, B::Initiatives)) & Qt::ItemIsEditable));
    CHECK(model.flags(model.index(row, B::Name)) & Qt::ItemIsEditable);
}

TEST_CASE("editing bin cells is one undo step each and refused edits change nothing")
{
    PortfolioFixture f;
    B model(&f.p());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int row = rowOfCode(model, QStringLiteral("BIN-02"));
    REQUIRE(row >= 0);
    const core::ProjectBin before = binByCode(f.p(), QStringLiteral("BIN-02"));

    REQUIRE(model.setData(model.index(row, B::Name), QStringLiteral("Moving home made easy")));
    REQUIRE(model.setData(model.index(row, B::Priority), QStringLiteral("7")));
    REQUIRE(model.setData(model.index(row, B::Status), int(core::BinStatus::Blocked)));
    REQUIRE(model.setData(model.index(row, B::Budget), 125000.0));
    REQUIRE(model.setData(model.index(row, B::Owner), f.p().people().back().id));
    CHECK(f.p().undoStack()->count() == 5);
    CHECK(model.index(row, B::Name).data().toString() == QStringLiteral("Moving home made easy"));
    CHECK(model.index(row, B::Priority).data().toString() == QStringLiteral("7"));
    CHECK(model.index(row, B::Status).data().toString() == app::Text::binStatus(core::BinStatus::Blocked));
    CHECK(model.index(row, B::Owner).data().toString() == f.p().people().back().name);
    CHECK(f.p().undoStack()->undoText().contains(QStringLiteral("BIN-02")));

    // The rules refuse: an empty name, a code taken by another bin, an end before the start, a bad priority.
    const int stackBefore = f.p().undoStack()->count();
    CHECK(!model.setData(model.index(row, B::Name), QString()));
    CHECK(!model.setData(model.index(row, B::Code), QStringLiteral("bin-01")));
    if (before.start.isValid()) {
        CHECK(!model.setData(model.index(row, B::End), before.start.addDays(-1)));
    }
    CHECK(!model.setData(model.index(row, B::Priority), QStringLiteral("first")));
    CHECK(!model.setData(model.index(row, B::Status), 42));
    CHECK(f.p().undoStack()->count() == stackBefore);

    for (int n = 0; n < 5; ++n) {
        f.p().undoStack()->undo();
    }
    CHECK(sameValues(binByCode(f.p(), QStringLiteral("BIN-02")), before));
    CHECK(model.index(row, B::Name).data().toString() == before.name);
}

TEST_CASE("an undated bin gets both dates from one cell and loses them with an empty one")
{
    PortfolioFixture f;
    core::ProjectBin bare = makeBin(QStringLiteral("BIN-77"));
    app::ChangeSet add;
    add.bins.push_back({std::nullopt, bare});
    REQUIRE(f.p().submit(QStringLiteral("Add"), add));
    B model(&f.p());
    const int row = rowOfCode(model, QStringLiteral("BIN-77"));
    REQUIRE(row >= 0);
    CHECK(model.index(row, B::Start).data().toString().isEmpty());
    REQUIRE(model.setData(model.index(row, B::Start), QDate(2026, 9, 1)));
    CHECK(binByCode(f.p(), QStringLiteral("BIN-77")).start == QDate(2026, 9, 1));
    CHECK(binByCode(f.p(), QStringLiteral("BIN-77")).end == QDate(2026, 9, 1));
    REQUIRE(model.setData(model.index(row, B::End), QStringLiteral("2026-12-31")));
    CHECK(binByCode(f.p(), QStringLiteral("BIN-77")).end == QDate(2026, 12, 31));
    REQUIRE(model.setData(model.index(row, B::End), QString()));
    CHECK(!binByCode(f.p(), QStringLiteral("BIN-77")).start.isValid());
    CHECK(!binByCode(f.p(), QStringLiteral("BIN-77")).end.isValid());
    CHECK(!model.setData(model.index(row, B::Start), QStringLiteral("not a date")));
}

TEST_CASE("a dated bin shows the horizon its dates fall in and a new horizon moves its dates")
{
    PortfolioFixture f;
    const QDate today = QDate::currentDate();
    core::ProjectBin dated = makeBin(QStringLiteral("BIN-78"));
    dated.start = today.addMonths(1);
    dated.end = today.addMonths(3);
    dated.horizon = core::Horizon::Long; // stale: its dates say short term
    app::ChangeSet add;
    add.bins.push_back({std::nullopt, dated});
    REQUIRE(f.p().submit(QStringLiteral("Add"), add));
    B model(&f.p());
    const int row = rowOfCode(model, QStringLiteral("BIN-78"));
    CHECK(model.index(row, B::Horizon).data().toString() == app::Text::horizon(core::Horizon::Short));

    REQUIRE(model.setData(model.index(row, B::Horizon), int(core::Horizon::Medium)));
    const core::ProjectBin& moved = binByCode(f.p(), QStringLiteral("BIN-78"));
    CHECK(moved.start == today.addMonths(f.p().horizonBounds().shortMonths));
    CHECK(moved.start.daysTo(moved.end) == dated.start.daysTo(dated.end));
    CHECK(model.index(row, B::Horizon).data().toString() == app::Text::horizon(core::Horizon::Medium));
    f.p().undoStack()->undo();
    CHECK(binByCode(f.p(), QStringLiteral("BIN-78")).start == dated.start);
}

TEST_CASE("initiatives dropped on a bin row move in one undo step and the counts follow")
{
    PortfolioFixture f;
    B model(&f.p());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    app::InitiativeModel initiatives(&f.p());
    const core::ProjectBin target = binByCode(f.p(), QStringLiteral("BIN-04"));
    // Three initiatives that are not in BIN-04 yet.
    QModelIndexList dragged;
    QList<core::Id> ids;
    QHash<core::Id, core::Id> binBefore;
    for (int r = 0; r < initiatives.rowCount() && ids.size() < 3; ++r) {
        const core::Initiative* i = f.p().initiative(initiatives.idAt(r));
        if (i->binId != target.id) {
            dragged.append(initiatives.index(r, app::InitiativeModel::Code));
            dragged.append(initiatives.index(r, app::InitiativeModel::Title)); // a row drags all its cells
            ids.append(i->id);
            binBefore.insert(i->id, i->binId);
        }
    }
    REQUIRE(ids.size() == 3);
    CHECK(initiatives.flags(dragged.front()) & Qt::ItemIsDragEnabled);
    std::unique_ptr<QMimeData> mime(initiatives.mimeData(dragged));
    REQUIRE(mime);
    CHECK(app::initiativeIds(mime.get()) == ids);

    const int row = model.rowOf(target.id);
    const int countBefore = model.index(row, B::Initiatives).data().toInt();
    CHECK(!model.canDropMimeData(mime.get(), Qt::MoveAction, row, 0, {})); // between rows: no
    REQUIRE(model.canDropMimeData(mime.get(), Qt::MoveAction, -1, -1, model.index(row, B::Name)));
    REQUIRE(model.dropMimeData(mime.get(), Qt::MoveAction, -1, -1, model.index(row, B::Name)));
    CHECK(f.p().undoStack()->count() == 1);
    CHECK(f.p().undoStack()->undoText() == QStringLiteral("Move 3 initiatives to BIN-04"));
    for (core::Id id : ids) {
        CHECK(f.p().initiative(id)->binId == target.id);
    }
    CHECK(model.index(row, B::Initiatives).data().toInt() == countBefore + 3);

    f.p().undoStack()->undo();
    for (core::Id id : ids) {
        CHECK(f.p().initiative(id)->binId == binBefore.value(id));
    }
    CHECK(model.index(row, B::Initiatives).data().toInt() == countBefore);
    CHECK(model.index(row, B::Initiatives).data().toInt() == countIn(f.p(), target.id));
}

TEST_CASE("the bin filter combines text - status - domain and owner")
{
    PortfolioFixture f;
    B model(&f.p());
    app::BinFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const core::ProjectBin& first = binByCode(f.p(), QStringLiteral("BIN-01"));

    proxy.setSearchText(QStringLiteral("bin-01"));
    REQUIRE(proxy.rowCount() == 1);
    CHECK(proxy.index(0, B::Code).data().toString() == QStringLiteral("BIN-01"));
    proxy.setSearchText(first.name.section(QLatin1Char(' '), -1).toUpper()); // a word of its name, any case
    CHECK(proxy.rowCount() >= 1);
    CHECK(rowOfCode(proxy, QStringLiteral("BIN-01")) >= 0);
    proxy.setSearchText(QStringLiteral("zzz-nothing"));
    CHECK(proxy.rowCount() == 0);
    proxy.setSearchText(QString());

    auto expected = [&](auto pred) { return int(std::count_if(f.p().bins().begin(), f.p().bins().end(), pred)); };
    proxy.setStatusFilter(int(first.status));
    CHECK(proxy.rowCount() == expected([&](const auto& b) { return b.status == first.status; }));
    proxy.setStatusFilter(-1);
    proxy.setDomainFilter(first.domainId);
    CHECK(proxy.rowCount() == expected([&](const auto& b) { return b.domainId == first.domainId; }));
    proxy.setOwnerFilter(first.ownerId);
    CHECK(proxy.rowCount() ==
          expected([&](const auto& b) { return b.domainId == first.domainId && b.ownerId == first.ownerId; }));
    proxy.setDomainFilter(0);
    proxy.setOwnerFilter(0);
    CHECK(proxy.rowCount() == int(f.p().bins().size()));
}

TEST_CASE("bins rank by their best initiative priority then the mean then the code")
{
    std::vector<core::ProjectBin> bins = {makeBin(QStringLiteral("B-C"), 1), makeBin(QStringLiteral("B-A"), 2),
                                          makeBin(QStringLiteral("B-B"), 3), makeBin(QStringLiteral("B-E"), 4),
                                          makeBin(QStringLiteral("B-D"), 5), makeBin(QStringLiteral("B-F"), 6)};
    bins[3].priority = 2; // unprioritised initiatives only: keeps its order among the rest
    bins[4].priority = 1;
    std::vector<core::Initiative> initiatives = {
        makeInitiative(1, 1, 3),  makeInitiative(2, 1, 9), // B-C: best 3, mean 6
        makeInitiative(3, 2, 3),  makeInitiative(4, 2, 5), // B-A: best 3, mean 4  → before B-C
        makeInitiative(5, 3, 1),  makeInitiative(6, 3, 0), // B-B: best 1 (the 0 does not count)
        makeInitiative(7, 4, 0),                           // B-E: nothing prioritised
        makeInitiative(8, 6, 20), makeInitiative(9, 0, 2), // B-F: best 20; an initiative in no bin
    };
    const std::vector<core::Id> order = app::BinEdits::rankByInitiatives(bins, initiatives);
    // B-B (1), B-A (3, mean 4), B-C (3, mean 6), B-F (20), then B-D (priority 1), B-E (priority 2).
    CHECK(order == std::vector<core::Id>{3, 2, 1, 6, 5, 4});

    // Same best and mean: the code decides.
    std::vector<core::ProjectBin> twins = {makeBin(QStringLiteral("Z"), 1), makeBin(QStringLiteral("A"), 2)};
    std::vector<core::Initiative> same = {makeInitiative(1, 1, 4), makeInitiative(2, 2, 4)};
    CHECK(app::BinEdits::rankByInitiatives(twins, same) == std::vector<core::Id>{2, 1});
}

TEST_CASE("deriving bin priorities is one undoable command numbering the bins 1 to n")
{
    PortfolioFixture f;
    QHash<core::Id, int> before;
    for (const auto& b : f.p().bins()) {
        before.insert(b.id, b.priority);
    }
    app::ChangeSet changes = app::BinEdits::derivePriorities(f.p());
    const std::vector<core::Id> order = app::BinEdits::rankByInitiatives(f.p().bins(), f.p().initiatives());
    REQUIRE(f.p().submit(QStringLiteral("Derive bin priorities"), std::move(changes)));
    CHECK(f.p().undoStack()->count() <= 1);
    for (std::size_t n = 0; n < order.size(); ++n) {
        CHECK(f.p().bin(order[n])->priority == int(n) + 1);
    }
    // Run again: nothing left to change.
    CHECK(app::BinEdits::derivePriorities(f.p()).isEmpty());
    f.p().undoStack()->undo();
    for (const auto& b : f.p().bins()) {
        CHECK(b.priority == before.value(b.id));
    }
}

TEST_CASE("deleting a bin takes its dependencies and unassigns its initiatives - undo restores all")
{
    PortfolioFixture f;
    B model(&f.p());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    // The bin with the most dependencies.
    core::Id target = 0;
    int most = -1;
    for (const auto& b : f.p().bins()) {
        const int n = int(std::count_if(f.p().dependencies().begin(), f.p().dependencies().end(),
                                        [&](const auto& d) { return d.predecessor == b.id || d.successor == b.id; }));
        if (n > most && countIn(f.p(), b.id) > 0) {
            most = n;
            target = b.id;
        }
    }
    REQUIRE(most > 0);
    const core::ProjectBin bin = *f.p().bin(target);
    const int held = countIn(f.p(), target);
    const auto dependencies = f.p().dependencies().size();
    const int rows = model.rowCount();

    REQUIRE(f.p().submit(QStringLiteral("Delete"), app::BinEdits::deleteBin(f.p(), target)));
    CHECK(f.p().bin(target) == nullptr);
    CHECK(countIn(f.p(), target) == 0);
    CHECK(f.p().dependencies().size() == dependencies - std::size_t(most));
    CHECK(model.rowCount() == rows - 1);
    CHECK(model.rowOf(target) == -1);

    f.p().undoStack()->undo();
    REQUIRE(f.p().bin(target) != nullptr);
    CHECK(sameValues(*f.p().bin(target), bin));
    CHECK(countIn(f.p(), target) == held);
    CHECK(f.p().dependencies().size() == dependencies);
    REQUIRE(model.rowOf(target) >= 0);
    CHECK(model.rowCount() == rows);
    CHECK(model.index(model.rowOf(target), B::Initiatives).data().toInt() == held);
    f.p().undoStack()->redo();
    CHECK(model.rowOf(target) == -1);
}

TEST_CASE("a new bin code follows the program's pattern")
{
    PortfolioFixture f;
    CHECK(app::BinEdits::nextBinCode(f.p()) == QStringLiteral("BIN-09"));
    CHECK(app::BinEdits::nextBinCode(f.p(), {QStringLiteral("BIN-09")}) == QStringLiteral("BIN-10"));
    PortfolioFixture empty(false);
    CHECK(app::BinEdits::nextBinCode(empty.p()) == QStringLiteral("BIN-001"));
}

TEST_CASE("the initiative filter shows one bin's initiatives or the unassigned ones")
{
    PortfolioFixture f;
    app::InitiativeModel model(&f.p());
    app::InitiativeFilterModel inBin;
    inBin.setSourceModel(&model);
    const core::Id target = binByCode(f.p(), QStringLiteral("BIN-02")).id;
    inBin.setBinFilter(target);
    CHECK(inBin.rowCount() == countIn(f.p(), target));
    app::InitiativeFilterModel unassigned;
    unassigned.setSourceModel(&model);
    unassigned.setBinFilter(0);
    CHECK(unassigned.rowCount() == countIn(f.p(), 0));
    REQUIRE(unassigned.rowCount() > 0);
    const core::Id moved = unassigned.index(0, 0).data(app::InitiativeModel::IdRole).toLongLong();
    REQUIRE(app::BinEdits::move(f.p(), {moved}, target));
    CHECK(inBin.rowCount() == countIn(f.p(), target));
    CHECK(unassigned.rowCount() == countIn(f.p(), 0));
    CHECK(f.p().undoStack()->undoText().startsWith(QStringLiteral("Move ")));
}
