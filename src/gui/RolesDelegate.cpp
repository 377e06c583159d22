#include "tiller/gui/RolesDelegate.h"

#include "tiller/app/Text.h"

#include <QCheckBox>
#include <QHBoxLayout>

namespace tiller::gui {

namespace {

constexpr core::PersonRole AllRoles[] = {core::ProgramManager, core::Stakeholder, core::Leader, core::Ambassador,
                                         core::Sponsor};

} // namespace

QWidget* RolesDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const
{
    auto* editor = new QWidget(parent);
    editor->setAutoFillBackground(true);
    auto* layout = new QHBoxLayout(editor);
    layout->setContentsMargins(4, 0, 4, 0);
    for (core::PersonRole role : AllRoles) {
        auto* box = new QCheckBox(app::Text::roleName(role), editor);
        box->setProperty("role", int(role));
        layout->addWidget(box);
    }
    layout->addStretch();
    return editor;
}

void RolesDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    const int roles = index.data(Qt::EditRole).toInt();
    for (auto* box : editor->findChildren<QCheckBox*>()) {
        box->setChecked(roles & box->property("role").toInt());
    }
}

void RolesDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    int roles = 0;
    for (auto* box : editor->findChildren<QCheckBox*>()) {
        if (box->isChecked()) {
            roles |= box->property("role").toInt();
        }
    }
    model->setData(index, roles, Qt::EditRole);
}

void RolesDelegate::updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option, const QModelIndex&) const
{
    QRect r = option.rect;
    r.setWidth(qMax(r.width(), editor->sizeHint().width()));
    editor->setGeometry(r);
}

} // namespace tiller::gui
