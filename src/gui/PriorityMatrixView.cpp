#include "tiller/gui/PriorityMatrixView.h"

#include "tiller/app/Portfolio.h"
#include "tiller/app/PriorityModel.h"
#include "tiller/app/ScoreSheetModel.h"
#include "tiller/app/Selection.h"
#include "tiller/app/Text.h"
#include "tiller/gui/Dialogs.h"
#include "tiller/gui/PriorityMatrixScene.h"
#include "SceneExport.h"

#include <QComboBox>
#include <QGraphicsView>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace tiller::gui {

namespace {

// Keeps the whole matrix in sight whatever the window size.
class FittingView : public QGraphicsView
{
public:
    using QGraphicsView::QGraphicsView;

protected:
    void resizeEvent(QResizeEvent* event) override
    {
        QGraphicsView::resizeEvent(event);
        if (scene()) {
            fitInView(scene()->sceneRect(), Qt::KeepAspectRatio);
        }
    }
};

// The ranked list shows what the matrix shows.
class RankedFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setAccept(std::function<bool(core::Id)> accept)
    {
        m_accept = std::move(accept);
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override
    {
        return !m_accept ||
               m_accept(sourceModel()->index(row, 0, parent).data(app::PriorityModel::IdRole).toLongLong());
    }

private:
    std::function<bool(core::Id)> m_accept;
};

} // namespace

PriorityMatrixView::PriorityMatrixView(app::Selection* selection, QWidget* parent)
    : QWidget(parent), m_selection(selection), m_proxy(new RankedFilter(this)), m_view(new FittingView(this)),
      m_list(new QTableView(this)), m_explanation(new QLabel(this)), m_sheet(new QTableView(this)),
      m_consensus(new QPushButton(tr("Adopt the stakeholders' &consensus"), this)), m_rater(new QComboBox(this)),
      m_modelBox(new QComboBox(this)),
      m_sizeBox(new QComboBox(this)), m_domainBox(new QComboBox(this)), m_statusBox(new QComboBox(this)),
      m_horizonBox(new QComboBox(this)), m_binBox(new QComboBox(this)), m_splitter(new QSplitter(this))
{
    m_modelBox->setAccessibleName(tr("Scoring model"));
    m_modelBox->setToolTip(tr("The scoring model in use for the whole program"));
    m_sizeBox->setAccessibleName(tr("Bubble size"));
    m_sizeBox->addItem(tr("Same size"), int(PriorityMatrixScene::BubbleSize::Uniform));
    m_sizeBox->addItem(tr("Size: pain points addressed"), int(PriorityMatrixScene::BubbleSize::PainPoints));
    m_sizeBox->addItem(tr("Size: budget"), int(PriorityMatrixScene::BubbleSize::Budget));
    m_sizeBox->addItem(tr("Size: reach"), int(PriorityMatrixScene::BubbleSize::Reach));
    m_domainBox->setAccessibleName(tr("Filter by domain"));
    m_statusBox->setAccessibleName(tr("Filter by status"));
    m_horizonBox->setAccessibleName(tr("Filter by horizon"));
    m_binBox->setAccessibleName(tr("Filter by bin"));

    auto* bar = new QHBoxLayout;
    auto* modelLabel = new QLabel(tr("&Model:"), this);
    modelLabel->setBuddy(m_modelBox);
    bar->addWidget(modelLabel);
    bar->addWidget(m_modelBox, 1);
    bar->addWidget(m_sizeBox, 1);
    bar->addSpacing(12);
    for (QComboBox* b : {m_modelBox, m_sizeBox, m_domainBox, m_statusBox, m_horizonBox, m_binBox}) {
        // Long names (bins, models) must not force a wide window.
        b->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        b->setMinimumContentsLength(8);
    }
    for (QComboBox* b : {m_domainBox, m_statusBox, m_horizonBox, m_binBox}) {
        bar->addWidget(b, 1);
    }

    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setDragMode(QGraphicsView::RubberBandDrag);
    m_view->setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    m_view->setAccessibleName(tr("Priority matrix"));
    m_view->setFrameShape(QFrame::NoFrame);

    m_proxy->setSortRole(Qt::DisplayRole);
    m_list->setModel(m_proxy);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->verticalHeader()->hide();
    m_list->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_list->horizontalHeader()->setStretchLastSection(false);
    m_list->setAlternatingRowColors(true);
    m_list->setAccessibleName(tr("Ranked initiatives"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_explanation->setAccessibleName(tr("Score explanation"));

    m_sheet->verticalHeader()->hide();
    m_sheet->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_sheet->horizontalHeader()->setStretchLastSection(true);
    m_sheet->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_sheet->setAccessibleName(tr("Scores of the selected initiative"));
    m_sheet->setToolTip(tr("The agreed values; type a value to change it. Stakeholders' private scores show their spread."));
    m_consensus->setToolTip(tr("Take the proposed value (the stakeholders' median) as the agreed value"));
    connect(m_consensus, &QPushButton::clicked, this, [this] {
        if (m_sheetModel) {
            m_sheetModel->adoptConsensus();
        }
    });

    auto* side = new QWidget(this);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_list, 3);
    sideLayout->addWidget(m_explanation);
    auto* raterRow = new QHBoxLayout;
    auto* raterLabel = new QLabel(tr("Score &as:"), this);
    raterLabel->setBuddy(m_rater);
    m_rater->setToolTip(tr("Agreed values, or a stakeholder's private scores: each stakeholder scores alone, then the "
                           "spread shows where they disagree"));
    m_rater->setAccessibleName(tr("Whose scores"));
    raterRow->addWidget(raterLabel);
    raterRow->addWidget(m_rater, 1);
    raterRow->addWidget(m_consensus);
    sideLayout->addLayout(raterRow);
    sideLayout->addWidget(m_sheet, 2);
    connect(m_rater, &QComboBox::currentIndexChanged, this, [this] {
        if (m_sheetModel) {
            m_sheetModel->setRater(m_rater->currentData().toLongLong());
        }
    });
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(side);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({700, 420});
    m_splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_splitter, 1);

    connect(m_modelBox, &QComboBox::activated, this, &PriorityMatrixView::chooseModel);
    connect(m_sizeBox, &QComboBox::currentIndexChanged, this, [this] {
        if (m_scene) {
            m_scene->setBubbleSize(PriorityMatrixScene::BubbleSize(m_sizeBox->currentData().toInt()));
        }
    });
    for (QComboBox* b : {m_domainBox, m_statusBox, m_horizonBox, m_binBox}) {
        connect(b, &QComboBox::currentIndexChanged, this, &PriorityMatrixView::updateFilter);
    }
    connect(m_list, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        emit initiativeActivated(index.data(app::PriorityModel::IdRole).toLongLong());
    });
    connect(selection, &app::Selection::currentChanged, this, [this](core::Id id) {
        if (!m_model) {
            return;
        }
        const int row = m_model->rowOf(id);
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
        if (index.isValid() && m_list->currentIndex().row() != index.row()) {
            m_list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                 QItemSelectionModel::Rows);
            m_list->scrollTo(index);
        }
        updateExplanation();
    });
    setPortfolio(nullptr);
}

PriorityMatrixView::~PriorityMatrixView() = default;

void PriorityMatrixView::setPortfolio(app::Portfolio* portfolio)
{
    m_portfolio = portfolio;
    m_view->setScene(nullptr);
    m_proxy->setSourceModel(nullptr);
    delete m_scene;
    m_scene = nullptr;
    delete m_model;
    m_model = nullptr;
    m_sheet->setModel(nullptr);
    delete m_sheetModel;
    m_sheetModel = nullptr;
    rebuildChoosers();
    if (portfolio) {
        connect(portfolio, &app::Portfolio::scoringChanged, this, &PriorityMatrixView::rebuildChoosers);
        connect(portfolio, &app::Portfolio::scoresChanged, this, &PriorityMatrixView::updateExplanation);
        connect(portfolio, &app::Portfolio::domainAdded, this, &PriorityMatrixView::rebuildChoosers);
        connect(portfolio, &app::Portfolio::domainRemoved, this, &PriorityMatrixView::rebuildChoosers);
        if (isVisible()) {
            ensureBuilt();
        }
    }
}

PriorityMatrixScene* PriorityMatrixView::scene()
{
    ensureBuilt();
    return m_scene;
}

void PriorityMatrixView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    ensureBuilt();
}

void PriorityMatrixView::ensureBuilt()
{
    if (!m_portfolio || m_scene) {
        return;
    }
    app::Portfolio* portfolio = m_portfolio;
    m_sheetModel = new app::ScoreSheetModel(portfolio, this);
    m_sheet->setModel(m_sheetModel);
    m_sheet->setColumnWidth(app::ScoreSheetModel::Criterion, fontMetrics().averageCharWidth() * 22);
    m_sheet->setColumnWidth(app::ScoreSheetModel::Value, fontMetrics().averageCharWidth() * 13);
    m_sheet->setColumnWidth(app::ScoreSheetModel::Stakeholders, fontMetrics().averageCharWidth() * 12);
    auto refreshConsensus = [this] {
        bool any = false;
        for (int r = 0; r < m_sheetModel->rowCount() && !any; ++r) {
            any = !m_sheetModel->index(r, app::ScoreSheetModel::Consensus).data().toString().isEmpty();
        }
        m_consensus->setVisible(any);
        m_consensus->setEnabled(any && !m_portfolio->isReadOnly());
    };
    connect(m_sheetModel, &QAbstractItemModel::modelReset, this, refreshConsensus);
    m_scene = new PriorityMatrixScene(portfolio, m_selection, this);
    m_view->setScene(m_scene);
    m_model = new app::PriorityModel(portfolio, this);
    m_proxy->setSourceModel(m_model);
    // Widths from the font, not from the rows: measuring 2,000 rows costs more than the whole matrix.
    const int ch = fontMetrics().averageCharWidth();
    const std::pair<int, int> widths[] = {{app::PriorityModel::Rank, 6},  {app::PriorityModel::Code, 9},
                                          {app::PriorityModel::Title, 30}, {app::PriorityModel::Value, 8},
                                          {app::PriorityModel::Effort, 8}, {app::PriorityModel::Score, 9},
                                          {app::PriorityModel::Quadrant, 16}};
    for (const auto& [column, chars] : widths) {
        m_list->setColumnWidth(column, ch * chars + 12);
    }
    connect(m_scene, &PriorityMatrixScene::initiativeActivated, this, &PriorityMatrixView::initiativeActivated);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid()) {
                    m_selection->setCurrent(current.data(app::PriorityModel::IdRole).toLongLong());
                }
            });
    m_scene->setBubbleSize(PriorityMatrixScene::BubbleSize(m_sizeBox->currentData().toInt()));
    updateFilter();
    updateExplanation();
    refreshConsensus();
    fitToView();
}

void PriorityMatrixView::rebuildChoosers()
{
    const QSignalBlocker b1(m_modelBox), b2(m_domainBox), b3(m_statusBox), b4(m_horizonBox), b5(m_binBox),
        b6(m_rater);
    const core::Id rater = m_rater->currentData().toLongLong();
    m_rater->clear();
    m_rater->addItem(tr("Agreed values"), qint64(0));
    m_modelBox->clear();
    m_domainBox->clear();
    m_statusBox->clear();
    m_horizonBox->clear();
    m_binBox->clear();
    m_domainBox->addItem(tr("All domains"), qint64(0));
    m_statusBox->addItem(tr("All statuses"), -1);
    m_horizonBox->addItem(tr("All horizons"), -1);
    m_binBox->addItem(tr("All bins"), qint64(-1));
    m_binBox->addItem(tr("In no bin"), qint64(0));
    for (int s = 0; s < core::InitiativeStatusCount; ++s) {
        m_statusBox->addItem(app::Text::status(core::InitiativeStatus(s)), s);
    }
    for (int h = 0; h < core::HorizonCount; ++h) {
        m_horizonBox->addItem(app::Text::horizon(core::Horizon(h)), h);
    }
    if (!m_portfolio) {
        return;
    }
    for (const auto& m : m_portfolio->models()) {
        m_modelBox->addItem(m.name, m.id);
    }
    m_modelBox->setCurrentIndex(m_modelBox->findData(m_portfolio->program().scoringModelId));
    for (const auto& d : m_portfolio->domains()) {
        QPixmap swatch(12, 12);
        swatch.fill(QColor::fromString(d.color));
        m_domainBox->addItem(QIcon(swatch), d.name, d.id);
    }
    for (const auto& bin : m_portfolio->bins()) {
        m_binBox->addItem(QStringLiteral("%1 %2").arg(bin.code, bin.name), bin.id);
    }
    for (const auto& p : m_portfolio->people()) {
        if (p.roles & (core::Stakeholder | core::Leader | core::ProgramManager)) {
            m_rater->addItem(p.name, p.id);
        }
    }
    m_rater->setCurrentIndex(qMax(0, m_rater->findData(rater)));
}

void PriorityMatrixView::chooseModel(int index)
{
    if (!m_portfolio) {
        return;
    }
    const core::Id id = m_modelBox->itemData(index).toLongLong();
    const core::ScoringModel* model = m_portfolio->model(id);
    if (!model || id == m_portfolio->program().scoringModelId) {
        return;
    }
    core::Program after = m_portfolio->program();
    after.scoringModelId = id;
    const auto [value, effort] = app::Portfolio::defaultThresholds(*model);
    after.valueThreshold = value;
    after.effortThreshold = effort;
    app::ChangeSet changes;
    changes.program.push_back({m_portfolio->program(), after});
    m_portfolio->submit(tr("Use the %1 model").arg(model->name), std::move(changes));
    rebuildChoosers();
    fitToView();
}

void PriorityMatrixView::updateFilter()
{
    if (!m_scene) {
        return;
    }
    PriorityMatrixScene::Filter f;
    f.domain = m_domainBox->currentData().toLongLong();
    f.status = m_statusBox->currentData().toInt();
    f.horizon = m_horizonBox->currentData().toInt();
    f.bin = m_binBox->currentData().toLongLong();
    m_scene->setFilter(f);
    static_cast<RankedFilter*>(m_proxy)->setAccept([this, f](core::Id id) {
        const core::Initiative* i = m_portfolio ? m_portfolio->initiative(id) : nullptr;
        return i && PriorityMatrixScene::passes(f, *i);
    });
}

void PriorityMatrixView::updateExplanation()
{
    if (m_sheetModel && m_sheetModel->initiative() != m_selection->current()) {
        m_sheetModel->setInitiative(m_selection->current());
    }
    m_explanation->setToolTip(QString());
    if (!m_portfolio || !m_portfolio->initiative(m_selection->current())) {
        m_explanation->setText(m_portfolio && !m_portfolio->activeModel()
                                   ? tr("This program has no scoring model yet.")
                                   : tr("Select an initiative to see how its score is made."));
        return;
    }
    const core::Id id = m_selection->current();
    const core::Initiative* i = m_portfolio->initiative(id);
    const core::Score s = m_portfolio->score(id);
    QString text = QStringLiteral("<b>%1 — %2</b><br>").arg(i->code.toHtmlEscaped(), i->title.toHtmlEscaped());
    if (!s.complete) {
        text += tr("Not scored on: %1").arg(s.missing.join(QStringLiteral(", ")).toHtmlEscaped());
    } else {
        text += app::Text::scoreSummary(s, m_portfolio->activeModel()->kind).toHtmlEscaped();
        // The full arithmetic, for whoever checks it.
        m_explanation->setToolTip(s.formula);
        const QList<core::Id> tied = m_model ? m_model->tiedWith(id) : QList<core::Id>{};
        if (!tied.isEmpty()) {
            QStringList codes;
            for (core::Id t : tied) {
                codes.append(m_portfolio->initiative(t)->code);
            }
            text += QStringLiteral("<br>") + tr("Tied with %1.").arg(codes.join(QStringLiteral(", ")));
        }
    }
    m_explanation->setText(text);
}

void PriorityMatrixView::fitToView()
{
    if (m_scene) {
        m_view->fitInView(m_scene->sceneRect(), Qt::KeepAspectRatio);
    }
}

void PriorityMatrixView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    fitToView();
}

bool PriorityMatrixView::exportTo(const QString& path, QString* error)
{
    ensureBuilt();
    if (!m_scene) {
        return false;
    }
    SceneExport out;
    out.title = tr("Priority matrix");
    out.pageSize = QPageSize(QPageSize::A4);
    return out.write(m_scene, m_scene->sceneRect(), path, error);
}

void PriorityMatrixView::exportInteractively()
{
    const QString path = Dialogs::saveFileName(this, tr("Export the Priority Matrix"), QStringLiteral("priority-matrix.pdf"),
                                               tr("PDF (*.pdf);;SVG (*.svg);;PNG image (*.png)"));
    if (path.isEmpty()) {
        return;
    }
    QString error;
    if (exportTo(path, &error)) {
        emit message(tr("Exported the priority matrix to %1").arg(path));
    } else {
        Dialogs::warning(this, tr("Export the Priority Matrix"), error);
    }
}

} // namespace tiller::gui
