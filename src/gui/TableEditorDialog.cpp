#include "tiller/gui/TableEditorDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace tiller::gui {

TableEditorDialog::TableEditorDialog(const QString& title, QAbstractItemModel* model, Hooks hooks, QUndoStack* undo,
                                     QWidget* parent)
    : QDialog(parent), m_table(new QTableView(this)), m_hooks(std::move(hooks))
{
    setWindowTitle(title);
    m_table->setModel(model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->resizeColumnsToContents();

    auto* add = new QPushButton(tr("&Add"), this);
    auto* remove = new QPushButton(tr("&Delete"), this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(add, QDialogButtonBox::ActionRole);
    buttons->addButton(remove, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(add, &QPushButton::clicked, this, [this] {
        const int row = m_hooks.add();
        if (row >= 0) {
            const QModelIndex index = m_table->model()->index(row, 0);
            m_table->setCurrentIndex(index);
            m_table->edit(index);
        }
    });
    auto removeSelected = [this] {
        QList<int> rows;
        for (const QModelIndex& i : m_table->selectionModel()->selectedRows()) {
            rows.append(i.row());
        }
        if (!rows.isEmpty()) {
            m_hooks.remove(rows);
        }
    };
    connect(remove, &QPushButton::clicked, this, removeSelected);
    auto* deleteKey = new QAction(this);
    deleteKey->setShortcut(QKeySequence::Delete);
    deleteKey->setShortcutContext(Qt::WidgetShortcut);
    connect(deleteKey, &QAction::triggered, this, removeSelected);
    m_table->addAction(deleteKey);

    // Undo works inside the dialog too.
    if (undo) {
        QAction* undoAction = undo->createUndoAction(this);
        undoAction->setShortcut(QKeySequence::Undo);
        QAction* redoAction = undo->createRedoAction(this);
        redoAction->setShortcut(QKeySequence::Redo);
        addAction(undoAction);
        addAction(redoAction);
    }

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(640, 420);
}

} // namespace tiller::gui
