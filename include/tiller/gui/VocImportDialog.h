// Imports Voice-of-the-Customer records from a CSV file: preview, column mapping, then a report of skipped rows.
#pragma once

#include "tiller/app/VocImport.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace tiller::app {
class Portfolio;
}

namespace tiller::gui {

class VocImportDialog : public QDialog
{
    Q_OBJECT
public:
    // The whole import from the menu: asks for the file when `path` is empty, shows the mapping dialog and the
    // report (all through Dialogs, so tests can answer). True when records were imported.
    static bool importFile(QWidget* parent, app::Portfolio* portfolio, const QString& path = {});

    app::VocImport::Mapping mapping() const;

private:
    VocImportDialog(const QString& path, const app::VocImport::Preview& preview, QWidget* parent);
    QComboBox* columnCombo(const QString& name, int guessed, const QString& none);
    void updateState();

    QStringList m_header;
    QTableWidget* m_preview;
    QComboBox* m_date;
    QComboBox* m_channel;
    QComboBox* m_stage;
    QComboBox* m_metric;
    QComboBox* m_fixedMetric;
    QLabel* m_fixedMetricLabel = nullptr;
    QComboBox* m_score;
    QComboBox* m_verbatim;
    QLabel* m_missing;
    QPushButton* m_import;
};

} // namespace tiller::gui
