// A small dialog editing one of the program's lists (people, functional domains) in a table, with undo.
#pragma once

#include <QDialog>

#include <functional>

class QAbstractItemModel;
class QTableView;
class QUndoStack;

namespace tiller::gui {

class TableEditorDialog : public QDialog
{
    Q_OBJECT
public:
    struct Hooks
    {
        std::function<int()> add;                      // returns the new row, -1 if refused
        std::function<bool(const QList<int>&)> remove; // rows of the model
    };
    TableEditorDialog(const QString& title, QAbstractItemModel* model, Hooks hooks, QUndoStack* undo,
                      QWidget* parent = nullptr);
    QTableView* table() const { return m_table; }

private:
    QTableView* m_table;
    Hooks m_hooks;
};

} // namespace tiller::gui
