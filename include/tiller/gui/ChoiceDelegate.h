// Edits a cell whose model offers a list of choices (ChoicesRole) with a combo box.
#pragma once

#include <QStyledItemDelegate>

namespace tiller::gui {

class ChoiceDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    // `choicesRole`: the model role returning a QVariantList of {label, value} maps.
    ChoiceDelegate(int choicesRole, QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;

private:
    int m_choicesRole;
};

} // namespace tiller::gui
