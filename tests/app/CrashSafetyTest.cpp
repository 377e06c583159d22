#include "AppFixture.h"
#include "tiller/core/Random.h"
#include "tiller/storage/Maintenance.h"

#include <QProcess>
#include <QThread>

#include <map>

using namespace tiller;

namespace {

struct Ack
{
    QString kind;
    core::Id id;
    QString value;
};

int seqOf(const QString& value) { return value.section(QLatin1Char('-'), 1, 1).section(QLatin1Char(' '), 0, 0).toInt(); }

} // namespace

// SIGKILL at random moments: after each kill the file must pass integrity_check
// and hold every edit the driver had acknowledged. `make bench` runs 1,000 rounds.
TEST_CASE("no acknowledged edit is lost when the process is killed at a random moment")
{
    test::PortfolioFixture f;
    f.portfolio.reset(); // the driver takes the file
    const int rounds = qEnvironmentVariableIntValue("TILLER_CRASH_ROUNDS") > 0
                           ? qEnvironmentVariableIntValue("TILLER_CRASH_ROUNDS")
                           : 30;
    core::Random rnd(2026);
    int totalAcks = 0;
    for (int round = 1; round <= rounds; ++round) {
        const QString tag = QStringLiteral("R%1").arg(round);
        QProcess driver;
        driver.start(QStringLiteral(TILLER_CRASH_DRIVER), {f.path, QString::number(round), tag});
        REQUIRE(driver.waitForStarted(10000));
        REQUIRE(driver.waitForReadyRead(10000)); // READY
        QThread::msleep(rnd.between(5, 120));
        driver.kill(); // SIGKILL
        REQUIRE(driver.waitForFinished(10000));
        INFO("driver stderr: " << driver.readAllStandardError().toStdString());

        std::vector<Ack> acks;
        for (const QByteArray& line : driver.readAllStandardOutput().split('\n')) {
            const QList<QByteArray> parts = line.split(' ');
            if (parts.size() == 4 && parts[0] == "ACK") {
                acks.push_back({QString::fromLatin1(parts[1]), parts[2].toLongLong(), QString::fromLatin1(parts[3])});
            }
        }
        totalAcks += int(acks.size());

        f.reopen();
        auto report = storage::checkIntegrity(f.p().database());
        REQUIRE(report);
        CHECK(report->integrityErrors.isEmpty());
        CHECK(report->ok());

        // The last acknowledged value per field, or one edit later (the edit
        // in flight when the kill came may have committed without its ACK).
        std::map<std::pair<QString, core::Id>, int> lastAck;
        for (const Ack& a : acks) {
            if (a.kind == QLatin1String("add")) {
                CHECK(f.p().initiativeByCode(a.value) != nullptr);
            } else {
                lastAck[{a.kind, a.id}] = seqOf(a.value);
            }
        }
        for (const auto& [key, seq] : lastAck) {
            const core::Initiative* i = f.p().initiative(key.second);
            REQUIRE(i != nullptr);
            const QString stored = key.first == QLatin1String("title") ? i->title : i->description;
            INFO(key.first.toStdString() << " of " << key.second << ": " << stored.left(40).toStdString());
            CHECK(stored.startsWith(tag + QLatin1Char('-')));
            CHECK(seqOf(stored) >= seq);
        }
        f.portfolio.reset();
    }
    // The test means something only if edits were acknowledged at all.
    CHECK(totalAcks > rounds);
}
