#include "tiller/storage/Maintenance.h"

#include "DatabasePrivate.h"

#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <sqlite3.h>

namespace tiller::storage {

using core::unexpected;

core::Expected<void, StorageError> backupSqliteFile(const QString& sourcePath, const QString& out)
{
    StorageError error;
    error.path = sourcePath;
    auto fail = [&](StorageError::Code code, const QString& detail) {
        error.code = code;
        error.detail = detail;
        return unexpected(error);
    };
    if (!QFileInfo::exists(sourcePath)) {
        return fail(StorageError::Code::NotFound, sourcePath);
    }
    const QString part = out + QStringLiteral(".part");
    QFile::remove(part);

    sqlite3* src = nullptr;
    sqlite3* dst = nullptr;
    auto closeAll = [&] {
        sqlite3_close(src);
        sqlite3_close(dst);
    };
    if (sqlite3_open_v2(sourcePath.toUtf8().constData(), &src, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        const QString msg = QString::fromUtf8(sqlite3_errmsg(src));
        closeAll();
        return fail(StorageError::Code::Io, msg);
    }
    sqlite3_busy_timeout(src, 5000);
    if (sqlite3_open_v2(part.toUtf8().constData(), &dst, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) !=
        SQLITE_OK) {
        const QString msg = QString::fromUtf8(sqlite3_errmsg(dst));
        closeAll();
        return fail(StorageError::Code::CannotCreate, QStringLiteral("%1: %2").arg(out, msg));
    }
    sqlite3_backup* b = sqlite3_backup_init(dst, "main", src, "main");
    if (!b) {
        const QString msg = QString::fromUtf8(sqlite3_errmsg(dst));
        closeAll();
        QFile::remove(part);
        return fail(StorageError::Code::Io, msg);
    }
    int rc;
    // Copy in slices so a writer in the app is never blocked for long; the
    // backup restarts by itself when the source changes underneath.
    while ((rc = sqlite3_backup_step(b, 1024)) == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
        if (rc != SQLITE_OK) {
            QThread::msleep(5);
        }
    }
    sqlite3_backup_finish(b);
    const int finalRc = sqlite3_errcode(dst);
    const QString msg = QString::fromUtf8(sqlite3_errstr(rc));
    closeAll();
    if (rc != SQLITE_DONE || (finalRc != SQLITE_OK && finalRc != SQLITE_DONE)) {
        QFile::remove(part);
        return fail(rc == SQLITE_NOTADB || rc == SQLITE_CORRUPT ? StorageError::Code::Corrupt : StorageError::Code::Io,
                    msg);
    }
    QFile::remove(out);
    if (!QFile::rename(part, out)) {
        QFile::remove(part);
        return fail(StorageError::Code::CannotCreate, out);
    }
    return {};
}

core::Expected<IntegrityReport, StorageError> checkIntegrity(Database& db)
{
    DatabasePrivate* d = db.d();
    IntegrityReport report;
    report.schemaVersion = d->schemaVersion;
    StorageError error;

    QSqlQuery q = d->query();
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("PRAGMA integrity_check"))) {
        return unexpected(d->errorFrom(q.lastError(), QStringLiteral("integrity_check")));
    }
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QLatin1String("ok")) {
            report.integrityErrors.append(line);
        }
    }
    if (q.lastError().isValid()) {
        report.integrityErrors.append(q.lastError().text());
    }
    if (!report.integrityErrors.isEmpty()) {
        return report; // further reads of a damaged file mean little
    }

    QSqlQuery fk = d->query();
    if (!fk.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        return unexpected(d->errorFrom(fk.lastError(), QStringLiteral("foreign_key_check")));
    }
    while (fk.next()) {
        report.foreignKeyErrors.append(QStringLiteral("%1 row %2 refers to a missing %3")
                                           .arg(fk.value(0).toString(), fk.value(1).toString(), fk.value(2).toString()));
    }

    if (d->schemaVersion < 1) {
        return report;
    }
    auto coded = [&](const QString& table, std::vector<core::CodedRow>* out) {
        QSqlQuery c = d->query();
        c.setForwardOnly(true);
        if (!c.exec(QStringLiteral("SELECT id, code FROM %1").arg(table))) {
            error = d->errorFrom(c.lastError(), table);
            return false;
        }
        while (c.next()) {
            out->push_back({c.value(0).toLongLong(), c.value(1).toString()});
        }
        return true;
    };
    auto dated = [&](const QString& sql, std::vector<core::DatedRow>* out) {
        QSqlQuery c = d->query();
        c.setForwardOnly(true);
        if (!c.exec(sql)) {
            error = d->errorFrom(c.lastError(), sql.left(40));
            return false;
        }
        while (c.next()) {
            out->push_back({c.value(0).toLongLong(), c.value(1).toString(),
                            QDate::fromString(c.value(2).toString(), Qt::ISODate),
                            QDate::fromString(c.value(3).toString(), Qt::ISODate)});
        }
        return true;
    };
    auto append = [&](std::vector<core::InvariantViolation>&& v) {
        for (auto& x : v) {
            report.violations.push_back(std::move(x));
        }
    };

    for (const auto& [table, entity] : {std::pair{QStringLiteral("initiative"), QStringLiteral("initiative")},
                                        std::pair{QStringLiteral("project_bin"), QStringLiteral("bin")},
                                        std::pair{QStringLiteral("change_request"), QStringLiteral("change request")}}) {
        std::vector<core::CodedRow> rows;
        if (!coded(table, &rows)) {
            return unexpected(error);
        }
        if (table == QLatin1String("initiative")) {
            report.initiatives = qint64(rows.size());
        } else if (table == QLatin1String("project_bin")) {
            report.bins = qint64(rows.size());
        }
        append(core::findDuplicateCodes(entity, rows));
    }

    std::vector<std::pair<core::Id, core::Id>> edges;
    QSqlQuery dep = d->query();
    dep.setForwardOnly(true);
    if (!dep.exec(QStringLiteral("SELECT predecessor_id, successor_id FROM bin_dependency"))) {
        return unexpected(d->errorFrom(dep.lastError()));
    }
    while (dep.next()) {
        edges.emplace_back(dep.value(0).toLongLong(), dep.value(1).toLongLong());
    }
    if (const QList<core::Id> cycle = core::findCycle(edges); !cycle.isEmpty()) {
        QStringList ids;
        for (core::Id id : cycle) {
            ids.append(QString::number(id));
        }
        report.violations.push_back({core::InvariantViolation::Kind::DependencyCycle, QStringLiteral("bin"), cycle,
                                     ids.join(QStringLiteral(" → "))});
    }

    const std::pair<QString, QString> datedTables[] = {
        {QStringLiteral("bin"), QStringLiteral("SELECT id, code, start_date, end_date FROM project_bin")},
        {QStringLiteral("charter phase"), QStringLiteral("SELECT id, name, start_date, end_date FROM charter_phase")},
        {QStringLiteral("task"), QStringLiteral("SELECT id, title, created_at, completed_at FROM task "
                                                "WHERE completed_at IS NOT NULL")},
    };
    for (const auto& [entity, sql] : datedTables) {
        std::vector<core::DatedRow> rows;
        if (!dated(sql, &rows)) {
            return unexpected(error);
        }
        append(core::findDatesOutOfOrder(entity, rows));
    }

    QSqlQuery tasks = d->query();
    if (tasks.exec(QStringLiteral("SELECT count(*) FROM task")) && tasks.next()) {
        report.tasks = tasks.value(0).toLongLong();
    }
    return report;
}

} // namespace tiller::storage
