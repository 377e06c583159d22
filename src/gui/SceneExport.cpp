#include "SceneExport.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QImage>
#include <QPainter>
#include <QPalette>
#include <QPdfWriter>
#include <QPicture>
#include <QSvgGenerator>
#include <algorithm>

namespace tiller::gui {

namespace {

QString cantWrite(const QString& path)
{
    return QCoreApplication::translate("tiller::gui::SceneExport", "can't write %1").arg(path);
}

} // namespace

void SceneExport::renderOnPage(QPainter* painter, QGraphicsScene* scene, const QRectF& target, const QRectF& source)
{
    if (source.isEmpty() || target.isEmpty()) {
        return;
    }
    QPicture picture;
    {
        QPainter recorder(&picture);
        recorder.setRenderHints(painter->renderHints());
        scene->render(&recorder, QRectF(QPointF(0, 0), source.size()), source);
    }
    const double fit = std::min(target.width() / source.width(), target.height() / source.height());
    // Playing a picture scales it from its resolution to the device's: undo that, keep the fit.
    const double replay = double(picture.logicalDpiX()) / painter->device()->logicalDpiX();
    painter->save();
    painter->translate(target.topLeft());
    painter->scale(fit * replay, fit * replay);
    painter->drawPicture(QPointF(0, 0), picture);
    painter->restore();
}

bool SceneExport::write(QGraphicsScene* scene, const QRectF& source, const QString& path, QString* error) const
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    scene->clearSelection();
    if (suffix == QLatin1String("svg")) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(source.size().toSize());
        svg.setViewBox(QRectF(QPointF(0, 0), source.size()));
        svg.setTitle(title);
        QPainter p;
        if (!p.begin(&svg)) {
            *error = cantWrite(path);
            return false;
        }
        scene->render(&p, QRectF(QPointF(0, 0), source.size()), source);
        if (!p.end()) {
            *error = cantWrite(path);
            return false;
        }
        return true;
    }
    if (suffix == QLatin1String("pdf")) {
        QPdfWriter pdf(path);
        pdf.setResolution(300);
        pdf.setPageSize(pageSize);
        pdf.setPageOrientation(QPageLayout::Landscape);
        pdf.setPageMargins(QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter);
        pdf.setTitle(title);
        pdf.setCreator(QStringLiteral("Tiller"));
        QPainter p;
        if (!p.begin(&pdf)) {
            *error = cantWrite(path);
            return false;
        }
        QRectF page(QPointF(0, 0), QSizeF(pdf.width(), pdf.height()));
        if (!subtitle.isEmpty() || !title.isEmpty()) {
            QFont heading = QApplication::font();
            heading.setPointSizeF(16);
            heading.setBold(true);
            p.setFont(heading);
            p.setPen(Qt::black);
            const double h = QFontMetricsF(heading, &pdf).height();
            p.drawText(QRectF(page.left(), page.top(), page.width(), h), Qt::AlignLeft | Qt::AlignVCenter, title);
            double used = h * 1.2;
            if (!subtitle.isEmpty()) {
                QFont small = QApplication::font();
                small.setPointSizeF(9);
                p.setFont(small);
                const double sh = QFontMetricsF(small, &pdf).height();
                p.drawText(QRectF(page.left(), page.top() + used, page.width(), sh), Qt::AlignLeft | Qt::AlignVCenter,
                           subtitle);
                used += sh * 1.6;
            }
            page.setTop(page.top() + used);
        }
        p.setRenderHint(QPainter::Antialiasing);
        renderOnPage(&p, scene, page, source);
        if (!p.end()) {
            *error = cantWrite(path);
            return false;
        }
        return true;
    }
    if (suffix == QLatin1String("png")) {
        const double scale = std::min(2.0, maxPixels / std::max(source.width(), source.height()));
        QImage image((source.size() * scale).toSize(), QImage::Format_ARGB32);
        if (image.isNull()) {
            *error = cantWrite(path);
            return false;
        }
        image.fill(QApplication::palette().color(QPalette::Base));
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        p.setRenderHint(QPainter::TextAntialiasing);
        scene->render(&p, QRectF(), source);
        p.end();
        if (!image.save(path, "PNG")) {
            *error = cantWrite(path);
            return false;
        }
        return true;
    }
    *error = QCoreApplication::translate("tiller::gui::SceneExport", "choose a file ending in .png, .svg or .pdf");
    return false;
}

} // namespace tiller::gui
