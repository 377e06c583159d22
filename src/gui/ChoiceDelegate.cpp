#include "tiller/gui/ChoiceDelegate.h"

#include <QComboBox>

namespace tiller::gui {

ChoiceDelegate::ChoiceDelegate(int choicesRole, QObject* parent) : QStyledItemDelegate(parent), m_choicesRole(choicesRole)
{
}

QWidget* ChoiceDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                      const QModelIndex& index) const
{
    const QVariantList choices = index.data(m_choicesRole).toList();
    if (choices.isEmpty()) {
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
    auto* combo = new QComboBox(parent);
    combo->setFrame(false);
    for (const QVariant& c : choices) {
        const QVariantMap m = c.toMap();
        combo->addItem(m.value(QStringLiteral("label")).toString(), m.value(QStringLiteral("value")));
    }
    // Commit as soon as a choice is made, like a spreadsheet.
    connect(combo, &QComboBox::activated, this, [this, combo] {
        auto* self = const_cast<ChoiceDelegate*>(this);
        emit self->commitData(combo);
        emit self->closeEditor(combo);
    });
    return combo;
}

void ChoiceDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        const int at = combo->findData(index.data(Qt::EditRole));
        combo->setCurrentIndex(qMax(0, at));
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void ChoiceDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        model->setData(index, combo->currentData(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace tiller::gui
