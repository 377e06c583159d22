// Writes part of a scene as PNG, SVG or PDF, chosen by the file's suffix (the matrix and the map share it).
#pragma once

#include <QPageSize>
#include <QRectF>
#include <QString>

class QGraphicsScene;

namespace tiller::gui {

struct SceneExport
{
    QString title;         // the document's title (SVG, PDF metadata, PDF heading)
    QString subtitle;      // a PDF heading's second line ("" for none)
    QPageSize pageSize = QPageSize(QPageSize::A4);
    double maxPixels = 8000; // PNG: the longest side, so that a huge scene stays a sane image

    // False and a reason (for the user) on failure.
    bool write(QGraphicsScene* scene, const QRectF& source, const QString& path, QString* error) const;
};

} // namespace tiller::gui
