// Shows BoardEdits::likelyDuplicates in a list, the same way in the request and qualification dialogs and the
// requests panel.
#pragma once

#include "tiller/app/BoardEdits.h"

#include <QCoreApplication>
#include <vector>

class QListWidget;

namespace tiller::gui {

class DuplicateList
{
    Q_DECLARE_TR_FUNCTIONS(DuplicateList)
public:
    // "CX-012 Title (initiative, 72%)".
    static QString text(const app::BoardEdits::Duplicate& d);
    // Fills `list` with the hits (the kind and id in Qt::UserRole, Qt::UserRole + 1), or one greyed line saying
    // there are none.
    static void fill(QListWidget* list, const std::vector<app::BoardEdits::Duplicate>& hits);
};

} // namespace tiller::gui
