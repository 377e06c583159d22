// Test driver for the crash-safety test: applies random edits through the real
// command path (Portfolio::submit → undo command → one transaction) and prints
// "ACK <kind> <id> <value>" after each edit returns. The test kills it at random.
#include "tiller/app/Portfolio.h"
#include "tiller/core/Random.h"

#include <QCoreApplication>

#include <cstdio>

using namespace tiller;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 4) {
        std::fprintf(stderr, "usage: tiller_crash_driver DB SEED TAG\n");
        return 2;
    }
    const QString tag = QString::fromLocal8Bit(argv[3]);
    core::Random rnd(QByteArray(argv[2]).toULongLong());
    storage::Database::Options o;
    o.whenLocked = storage::Database::WhenLocked::Fail;
    auto opened = app::Portfolio::open(QString::fromLocal8Bit(argv[1]), o);
    if (!opened) {
        std::fprintf(stderr, "open failed: %s\n", opened.error().technical().toLocal8Bit().constData());
        return 1;
    }
    app::Portfolio& p = **opened;
    std::printf("READY\n");
    std::fflush(stdout);
    for (int seq = 1;; ++seq) {
        const QString value = QStringLiteral("%1-%2").arg(tag).arg(seq);
        app::ChangeSet changes;
        QString kind;
        core::Id id = 0;
        const int pick = rnd.between(0, 9);
        if (pick < 6) {
            const core::Initiative& target = rnd.pick(p.initiatives());
            core::Initiative after = target;
            after.title = value;
            changes.initiatives.push_back({target, after});
            kind = QStringLiteral("title");
            id = target.id;
        } else if (pick < 8) {
            const core::Initiative& target = rnd.pick(p.initiatives());
            core::Initiative after = target;
            after.description = value + QStringLiteral(" ") + QString(rnd.between(0, 4000), QLatin1Char('x'));
            changes.initiatives.push_back({target, after});
            kind = QStringLiteral("description");
            id = target.id;
        } else {
            core::Initiative added;
            added.code = value;
            added.title = value;
            changes.initiatives.push_back({std::nullopt, added});
            kind = QStringLiteral("add");
        }
        if (!p.submit(kind + QLatin1Char(' ') + value, std::move(changes))) {
            std::fprintf(stderr, "edit refused: %s\n", value.toLocal8Bit().constData());
            return 1;
        }
        // Only now is the edit acknowledged to the "user".
        std::printf("ACK %s %lld %s\n", kind.toLatin1().constData(), static_cast<long long>(id),
                    value.toLocal8Bit().constData());
        std::fflush(stdout);
    }
}
