// What the app's drags carry: initiative ids between the inventory and the bins view, task ids between board columns.
#pragma once

#include <QByteArray>
#include <QDataStream>
#include <QIODevice>
#include <QList>
#include <QMimeData>

namespace tiller::app {

// A list of initiative ids (qint64, QDataStream-encoded).
inline constexpr char InitiativeIdsMimeType[] = "application/x-tiller-initiative-ids";

inline QByteArray encodeIds(const QList<qint64>& ids)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << ids;
    return bytes;
}

inline QList<qint64> decodeIds(const QByteArray& bytes)
{
    QList<qint64> ids;
    QDataStream in(bytes);
    in >> ids;
    return in.status() == QDataStream::Ok ? ids : QList<qint64>();
}

// The initiatives a drag carries (empty when it carries none).
inline QList<qint64> initiativeIds(const QMimeData* data)
{
    return data && data->hasFormat(QLatin1String(InitiativeIdsMimeType))
               ? decodeIds(data->data(QLatin1String(InitiativeIdsMimeType)))
               : QList<qint64>();
}

// A new QMimeData carrying `ids` (the caller, usually Qt's drag machinery, owns it).
inline QMimeData* initiativeMimeData(const QList<qint64>& ids)
{
    auto* data = new QMimeData;
    data->setData(QLatin1String(InitiativeIdsMimeType), encodeIds(ids));
    return data;
}

// A list of task ids: from the task table or a board column to another column.
inline constexpr char TaskIdsMimeType[] = "application/x-tiller-task-ids";

inline QList<qint64> taskIds(const QMimeData* data)
{
    return data && data->hasFormat(QLatin1String(TaskIdsMimeType)) ? decodeIds(data->data(QLatin1String(TaskIdsMimeType)))
                                                                    : QList<qint64>();
}

inline QMimeData* taskMimeData(const QList<qint64>& ids)
{
    auto* data = new QMimeData;
    data->setData(QLatin1String(TaskIdsMimeType), encodeIds(ids));
    return data;
}

} // namespace tiller::app
