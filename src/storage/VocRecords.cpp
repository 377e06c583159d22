#include "tiller/storage/VocRecords.h"

#include "DatabasePrivate.h"
#include "tiller/storage/BulkInserter.h"
#include "tiller/storage/Transaction.h"

namespace tiller::storage {

using core::unexpected;

core::Expected<std::optional<qint64>, StorageError>
importVocRecords(Database& db, const std::vector<VocRecord>& records, const QString& sourceName,
                 const std::function<bool(qint64 written)>& progress)
{
    Transaction tx(db, QStringLiteral("voc_import"));
    if (!tx.isActive()) {
        return unexpected(tx.beginError());
    }
    auto inserter =
        BulkInserter::create(db, QStringLiteral("voc_record"),
                             {QStringLiteral("recorded_on"), QStringLiteral("channel"), QStringLiteral("stage_id"),
                              QStringLiteral("metric"), QStringLiteral("score"), QStringLiteral("verbatim")});
    if (!inserter) {
        return unexpected(inserter.error());
    }
    const QVariant noStage(QMetaType::fromType<qint64>());
    qint64 written = 0;
    for (const VocRecord& r : records) {
        auto added = (*inserter)->add({r.recordedOn.toString(Qt::ISODate), r.channel,
                                       r.stageId == 0 ? noStage : QVariant(r.stageId), r.metric, r.score, r.verbatim});
        if (!added) {
            return unexpected(added.error()); // the transaction rolls back as it goes out of scope
        }
        ++written;
        if (progress && written % 1000 == 0 && !progress(written)) {
            return std::optional<qint64>();
        }
    }
    if (auto flushed = (*inserter)->flush(); !flushed) {
        return unexpected(flushed.error());
    }
    StorageError error;
    if (!db.d()->audit(QStringLiteral("voc_record"), 0, sourceName, QString(), QString::number(written), &error)) {
        return unexpected(error);
    }
    if (auto committed = tx.commit(); !committed) {
        return unexpected(committed.error());
    }
    if (progress) {
        progress(written);
    }
    return std::optional<qint64>(written);
}

core::Expected<qint64, StorageError> countVocRecords(Database& db)
{
    QSqlQuery q = db.d()->query();
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM voc_record"));
    StorageError error;
    if (!db.d()->exec(q, &error) || !q.next()) {
        return unexpected(error);
    }
    return q.value(0).toLongLong();
}

core::Expected<std::vector<VocRecord>, StorageError> latestVocRecords(Database& db, int limit)
{
    QSqlQuery q = db.d()->query();
    q.prepare(QStringLiteral("SELECT recorded_on, channel, stage_id, metric, score, verbatim FROM voc_record "
                             "ORDER BY id DESC LIMIT ?"));
    q.addBindValue(limit);
    StorageError error;
    if (!db.d()->exec(q, &error)) {
        return unexpected(error);
    }
    std::vector<VocRecord> rows;
    while (q.next()) {
        rows.push_back({QDate::fromString(q.value(0).toString(), Qt::ISODate), q.value(1).toString(),
                        q.value(2).toLongLong(), q.value(3).toString(), q.value(4).toDouble(), q.value(5).toString()});
    }
    return rows;
}

} // namespace tiller::storage
