// The priority matrix view: the scatter of value against effort, and the ranked list beside it.
#pragma once

#include "tiller/core/Types.h"

#include <QWidget>

class QComboBox;
class QGraphicsView;
class QLabel;
class QPushButton;
class QSplitter;
class QTableView;
class QSortFilterProxyModel;

namespace tiller::app {
class Portfolio;
class PriorityModel;
class ScoreSheetModel;
class Selection;
} // namespace tiller::app

namespace tiller::gui {

class PriorityMatrixScene;

class PriorityMatrixView : public QWidget
{
    Q_OBJECT
public:
    explicit PriorityMatrixView(app::Selection* selection, QWidget* parent = nullptr);
    ~PriorityMatrixView() override;

    void setPortfolio(app::Portfolio* portfolio);
    // The scene is built when the view is first shown (or asked for): opening a
    // portfolio stays fast when the matrix is not on screen.
    PriorityMatrixScene* scene();
    QGraphicsView* graphicsView() const { return m_view; }
    QTableView* rankedList() const { return m_list; }
    app::PriorityModel* priorityModel() const { return m_model; }
    QComboBox* modelChooser() const { return m_modelBox; }
    QTableView* scoreSheet() const { return m_sheet; }
    app::ScoreSheetModel* scoreSheetModel() const { return m_sheetModel; }
    QPushButton* consensusButton() const { return m_consensus; }
    QComboBox* raterChooser() const { return m_rater; }

    // Writes the matrix as PNG, SVG or PDF (by the file's suffix); false and a reason on failure.
    bool exportTo(const QString& path, QString* error);
    void exportInteractively();
    void fitToView();

signals:
    void initiativeActivated(core::Id id);
    void message(const QString& text);

protected:
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void ensureBuilt();
    void rebuildChoosers();
    void updateFilter();
    void updateExplanation();
    void chooseModel(int index);

    app::Portfolio* m_portfolio = nullptr;
    app::Selection* m_selection;
    PriorityMatrixScene* m_scene = nullptr;
    app::PriorityModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy;
    QGraphicsView* m_view;
    QTableView* m_list;
    QLabel* m_explanation;
    QTableView* m_sheet;
    app::ScoreSheetModel* m_sheetModel = nullptr;
    QPushButton* m_consensus;
    QComboBox* m_rater;
    QComboBox* m_modelBox;
    QComboBox* m_sizeBox;
    QComboBox* m_domainBox;
    QComboBox* m_statusBox;
    QComboBox* m_horizonBox;
    QComboBox* m_binBox;
    QSplitter* m_splitter;
};

} // namespace tiller::gui
