#include "Migrations.h"

#include "DatabasePrivate.h"
#include "tiller/core/Log.h"

#include <QDir>
#include <QFile>

namespace tiller::storage {

namespace {

QStringList migrationFiles()
{
    QStringList files = QDir(QStringLiteral(":/sql")).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    return files;
}

} // namespace

int migrationCount() { return int(migrationFiles().size()); }

QStringList migrationStatements(int version, const SqlDialect& dialect)
{
    const QStringList files = migrationFiles();
    QFile f(QStringLiteral(":/sql/") + files.at(version - 1));
    f.open(QIODevice::ReadOnly);
    const QString text = dialect.expand(QString::fromUtf8(f.readAll()));
    QStringList statements;
    QString current;
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(QLatin1String("--")) || trimmed.isEmpty()) {
            continue;
        }
        current += line + QLatin1Char('\n');
        if (trimmed.endsWith(QLatin1Char(';'))) {
            statements.append(current.trimmed().chopped(1));
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty()) {
        statements.append(current.trimmed());
    }
    return statements;
}

core::Expected<void, StorageError> migrate(DatabasePrivate& d, int from, int applicationId)
{
    auto log = core::logger("tiller.storage");
    StorageError error;
    for (int v = from + 1; v <= migrationCount(); ++v) {
        if (!d.exec(d.dialect.beginWrite(), &error)) {
            return core::unexpected(error);
        }
        bool ok = true;
        for (const QString& sql : migrationStatements(v, d.dialect)) {
            if (!d.exec(sql, &error)) {
                ok = false;
                break;
            }
        }
        ok = ok && d.exec(QStringLiteral("PRAGMA user_version = %1").arg(v), &error) &&
             d.exec(QStringLiteral("PRAGMA application_id = %1").arg(applicationId), &error);
        if (!ok) {
            d.exec(QStringLiteral("ROLLBACK"), nullptr);
            error.detail = QStringLiteral("migration %1: %2").arg(v).arg(error.detail);
            return core::unexpected(error);
        }
        if (!d.exec(QStringLiteral("COMMIT"), &error)) {
            d.exec(QStringLiteral("ROLLBACK"), nullptr);
            return core::unexpected(error);
        }
        d.schemaVersion = v;
        log->info("migrated {} to schema {}", d.path.toStdString(), v);
    }
    return {};
}

} // namespace tiller::storage
