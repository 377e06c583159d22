// Writes part of a scene as PNG, SVG or PDF, chosen by the file's suffix (the matrix and the map share it).
#pragma once

#include <QPageSize>
#include <QRectF>
#include <QString>

class QGraphicsScene;
class QPainter;

namespace tiller::gui {

struct SceneExport
{
    QString title;         // the document's title (SVG, PDF metadata, PDF heading)
    QString subtitle;      // a PDF heading's second line ("" for none)
    QPageSize pageSize = QPageSize(QPageSize::A4);
    double maxPixels = 8000; // PNG: the longest side, so that a huge scene stays a sane image

    // False and a reason (for the user) on failure.
    bool write(QGraphicsScene* scene, const QRectF& source, const QString& path, QString* error) const;

    // Paints `source` of the scene into `target` of a printer-like device (a PDF page), fitted with its
    // proportions, as vectors. Through a QPicture: the items give their fonts in points for the screen, which a
    // 300 dpi page would otherwise enlarge a second time on top of the fit.
    static void renderOnPage(QPainter* painter, QGraphicsScene* scene, const QRectF& target, const QRectF& source);
};

} // namespace tiller::gui
