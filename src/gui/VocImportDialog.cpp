#include "tiller/gui/VocImportDialog.h"

#include "tiller/app/Portfolio.h"
#include "tiller/gui/Dialogs.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tiller::gui {

namespace {

constexpr int previewRows = 20;
constexpr int reportedRows = 50;

// Counts and skipped rows after an import; the list is read-only and selectable for copying.
class VocReportDialog : public QDialog
{
    Q_OBJECT
public:
    VocReportDialog(const QString& fileName, const app::VocImport::Report& report, QWidget* parent) : QDialog(parent)
    {
        setObjectName(QStringLiteral("vocImportReport"));
        setWindowTitle(tr("Voice of the Customer Import"));
        auto* summary = new QLabel(this);
        summary->setObjectName(QStringLiteral("summary"));
        summary->setWordWrap(true);
        QString text = tr("Records imported from %1: <b>%2</b>.").arg(fileName.toHtmlEscaped()).arg(report.imported);
        if (!report.badRows.empty()) {
            text += QStringLiteral("<br>") +
                    tr("Rows skipped: <b>%1</b>. Each is listed below with its line in the file; correct them and "
                       "import those rows again.")
                        .arg(report.badRows.size());
        }
        summary->setText(text);

        auto* layout = new QVBoxLayout(this);
        layout->addWidget(summary);
        auto* list = new QListWidget(this);
        list->setObjectName(QStringLiteral("badRows"));
        list->setSelectionMode(QAbstractItemView::ExtendedSelection);
        list->setEditTriggers(QAbstractItemView::NoEditTriggers);
        list->setWordWrap(true);
        const int shown = qMin(int(report.badRows.size()), reportedRows);
        for (int i = 0; i < shown; ++i) {
            const auto& bad = report.badRows[i];
            list->addItem(tr("Line %1: %2").arg(bad.line).arg(bad.reason));
        }
        if (int(report.badRows.size()) > shown) {
            auto* more = new QListWidgetItem(tr("… and %n more", "", int(report.badRows.size()) - shown), list);
            QFont italic = more->font();
            italic.setItalic(true);
            more->setFont(italic);
        }
        list->setVisible(!report.badRows.empty());
        layout->addWidget(list, 1);
        auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
        layout->addWidget(buttons);
        const int lineHeight = list->fontMetrics().height() + 2;
        resize(report.badRows.empty() ? QSize(460, 110) : QSize(680, qBound(220, 150 + (shown + 1) * lineHeight, 440)));
    }
};

// A cell of the preview: one line, the full text as tooltip (verbatims may span lines).
QTableWidgetItem* previewItem(const QString& text)
{
    QString line = text;
    line.replace(QLatin1Char('\n'), QStringLiteral(" ⏎ "));
    auto* item = new QTableWidgetItem(line);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    if (line != text || text.size() > 40) {
        item->setToolTip(text);
    }
    return item;
}

QString separatorName(QChar separator)
{
    return separator == QLatin1Char(';') ? VocImportDialog::tr("semicolons") : VocImportDialog::tr("commas");
}

} // namespace

VocImportDialog::VocImportDialog(const QString& path, const app::VocImport::Preview& preview, QWidget* parent)
    : QDialog(parent), m_header(preview.header), m_preview(new QTableWidget(this))
{
    setObjectName(QStringLiteral("vocImportDialog"));
    setWindowTitle(tr("Import Voice of the Customer"));
    const app::VocImport::Mapping guessed = app::VocImport::guess(preview.header);

    auto* intro = new QLabel(tr("<b>%1</b>, columns separated by %2. The first rows are shown with their line in "
                                "the file: choose which column holds each field.")
                                 .arg(QFileInfo(path).fileName().toHtmlEscaped(), separatorName(preview.separator)),
                             this);
    intro->setObjectName(QStringLiteral("intro"));
    intro->setWordWrap(true);

    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setColumnCount(int(preview.header.size()));
    m_preview->setRowCount(int(preview.rows.size()));
    QStringList labels;
    for (int c = 0; c < preview.header.size(); ++c) {
        labels << tr("%1: %2").arg(c + 1).arg(preview.header[c]);
    }
    m_preview->setHorizontalHeaderLabels(labels);
    QStringList lines;
    for (const int line : preview.lines) {
        lines << QString::number(line);
    }
    m_preview->setVerticalHeaderLabels(lines);
    for (int r = 0; r < preview.rows.size(); ++r) {
        const QStringList& fields = preview.rows[r];
        for (int c = 0; c < qMin(fields.size(), preview.header.size()); ++c) {
            m_preview->setItem(r, c, previewItem(fields[c]));
        }
    }
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setWordWrap(false);
    m_preview->verticalHeader()->setDefaultSectionSize(m_preview->fontMetrics().height() + 8);
    m_preview->resizeColumnsToContents();
    for (int c = 0; c < m_preview->columnCount(); ++c) {
        m_preview->setColumnWidth(c, qBound(70, m_preview->columnWidth(c), 280));
    }
    m_preview->horizontalHeader()->setStretchLastSection(true);

    const QString none = tr("(not in the file)");
    m_date = columnCombo(QStringLiteral("dateColumn"), guessed.date, none);
    m_channel = columnCombo(QStringLiteral("channelColumn"), guessed.channel, none);
    m_stage = columnCombo(QStringLiteral("stageColumn"), guessed.stage, none);
    m_metric = columnCombo(QStringLiteral("metricColumn"), guessed.metric, tr("(one metric for the whole file)"));
    m_score = columnCombo(QStringLiteral("scoreColumn"), guessed.score, none);
    m_verbatim = columnCombo(QStringLiteral("verbatimColumn"), guessed.verbatim, none);
    m_fixedMetric = new QComboBox(this);
    m_fixedMetric->setObjectName(QStringLiteral("fixedMetric"));
    for (const QString& code : app::VocImport::metrics()) {
        m_fixedMetric->addItem(app::VocImport::metricName(code), code);
    }

    auto* fields = new QGridLayout;
    fields->setHorizontalSpacing(12);
    const auto add = [&](int row, int column, const QString& label, QWidget* field) {
        auto* l = new QLabel(label, this);
        l->setBuddy(field);
        fields->addWidget(l, row, column * 2);
        fields->addWidget(field, row, column * 2 + 1);
    };
    add(0, 0, tr("&Date:"), m_date);
    add(1, 0, tr("&Score:"), m_score);
    add(2, 0, tr("&Metric:"), m_metric);
    m_fixedMetricLabel = new QLabel(tr("&All rows are:"), this);
    m_fixedMetricLabel->setBuddy(m_fixedMetric);
    fields->addWidget(m_fixedMetricLabel, 3, 0);
    fields->addWidget(m_fixedMetric, 3, 1);
    add(0, 1, tr("&Journey stage:"), m_stage);
    add(1, 1, tr("&Channel:"), m_channel);
    add(2, 1, tr("&Verbatim:"), m_verbatim);
    fields->setColumnStretch(1, 1);
    fields->setColumnStretch(3, 1);

    auto* rules = new QLabel(tr("Dates as 2026-03-31, 31/03/2026 or your own short date. Scores: NPS 0–10, CSAT 1–5, "
                                "CES 1–7. Journey stages by name, or “Journey › Stage”. Rows that do not fit are "
                                "skipped and listed with their line number."),
                             this);
    rules->setObjectName(QStringLiteral("rules"));
    rules->setWordWrap(true);
    QPalette muted = rules->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    rules->setPalette(muted);

    m_missing = new QLabel(this);
    m_missing->setObjectName(QStringLiteral("missing"));
    m_missing->setWordWrap(true);
    QPalette warn = m_missing->palette();
    warn.setColor(QPalette::WindowText, QColor(0xb0, 0x3a, 0x2e));
    m_missing->setPalette(warn);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("import"));
    m_import->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_preview, 1);
    layout->addLayout(fields);
    layout->addWidget(rules);
    layout->addWidget(m_missing);
    layout->addWidget(buttons);

    for (QComboBox* combo : {m_date, m_channel, m_stage, m_metric, m_score, m_verbatim, m_fixedMetric}) {
        connect(combo, &QComboBox::currentIndexChanged, this, &VocImportDialog::updateState);
    }
    updateState();
    resize(880, 540);
}

QComboBox* VocImportDialog::columnCombo(const QString& name, int guessed, const QString& none)
{
    auto* combo = new QComboBox(this);
    combo->setObjectName(name);
    combo->addItem(none, -1);
    for (int c = 0; c < m_header.size(); ++c) {
        combo->addItem(tr("%1: %2").arg(c + 1).arg(m_header[c]), c);
    }
    combo->setCurrentIndex(qMax(0, combo->findData(guessed)));
    return combo;
}

app::VocImport::Mapping VocImportDialog::mapping() const
{
    app::VocImport::Mapping m;
    m.date = m_date->currentData().toInt();
    m.channel = m_channel->currentData().toInt();
    m.stage = m_stage->currentData().toInt();
    m.metric = m_metric->currentData().toInt();
    m.score = m_score->currentData().toInt();
    m.verbatim = m_verbatim->currentData().toInt();
    if (m.metric < 0) {
        m.fixedMetric = m_fixedMetric->currentData().toString();
    }
    return m;
}

void VocImportDialog::updateState()
{
    const bool oneMetric = m_metric->currentData().toInt() < 0;
    m_fixedMetric->setVisible(oneMetric);
    m_fixedMetricLabel->setVisible(oneMetric);
    const QString missing = app::VocImport::missing(mapping());
    m_missing->setText(missing);
    m_missing->setVisible(!missing.isEmpty());
    m_import->setEnabled(missing.isEmpty());
}

bool VocImportDialog::importFile(QWidget* parent, app::Portfolio* portfolio, const QString& path)
{
    const QString title = tr("Import Voice of the Customer");
    if (!portfolio) {
        return false;
    }
    if (portfolio->isReadOnly()) {
        Dialogs::warning(
            parent, title,
            tr("Nothing can be imported: this portfolio is read-only (%1).").arg(portfolio->readOnlyReason()));
        return false;
    }
    const QString file = path.isEmpty() ? Dialogs::openFileName(parent, title, {}, tr("CSV (*.csv *.txt)")) : path;
    if (file.isEmpty()) {
        return false;
    }
    const app::VocImport::Preview preview = app::VocImport::preview(file, previewRows);
    if (preview.failure != app::VocImport::Failure::None) {
        Dialogs::warning(parent, title, preview.error);
        return false;
    }
    VocImportDialog dialog(file, preview, parent);
    if (Dialogs::exec(dialog) != QDialog::Accepted) {
        return false;
    }
    const app::VocImport::Mapping mapping = dialog.mapping();

    // Shown only when the import takes long enough to be noticed.
    QProgressDialog progress(tr("Importing Voice of the Customer records…"), tr("Cancel"), 0, 1000, parent);
    progress.setWindowTitle(title);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    progress.setAutoReset(false);
    const app::VocImport::Report report =
        app::VocImport::run(*portfolio, file, mapping, [&](qint64 done, qint64 total) {
            progress.setValue(total > 0 ? int(done * 1000 / total) : 0);
            return !progress.wasCanceled();
        });
    progress.reset();
    progress.hide();

    if (!report.ok()) {
        Dialogs::warning(parent, title, report.error);
        return false;
    }
    VocReportDialog summary(QFileInfo(file).fileName(), report, parent);
    Dialogs::exec(summary);
    return report.imported > 0;
}

} // namespace tiller::gui

#include "VocImportDialog.moc"
