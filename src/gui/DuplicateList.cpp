#include "DuplicateList.h"

#include <QListWidget>
#include <cmath>

namespace tiller::gui {

QString DuplicateList::text(const app::BoardEdits::Duplicate& d)
{
    const QString kind = d.kind == QLatin1String("initiative") ? tr("initiative") : tr("request");
    return tr("%1 %2 (%3, %4%)").arg(d.code, d.title, kind).arg(int(std::lround(d.score * 100)));
}

void DuplicateList::fill(QListWidget* list, const std::vector<app::BoardEdits::Duplicate>& hits)
{
    list->clear();
    for (const auto& d : hits) {
        auto* item = new QListWidgetItem(text(d), list);
        item->setData(Qt::UserRole, d.kind);
        item->setData(Qt::UserRole + 1, d.id);
        item->setToolTip(item->text());
    }
    if (hits.empty()) {
        auto* none = new QListWidgetItem(tr("Nothing similar in the inventory or the requests."), list);
        none->setFlags(Qt::NoItemFlags);
    }
}

} // namespace tiller::gui
