// Filters and sorts the bins table: search text (code, name), status, domain and owner.
#pragma once

#include "tiller/core/Types.h"

#include <QSortFilterProxyModel>
#include <QStringList>

namespace tiller::app {

class BinFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit BinFilterModel(QObject* parent = nullptr);

    // Words must all appear (any order, any case) in the code or the name.
    void setSearchText(const QString& text);
    void setStatusFilter(int status);        // -1: all
    void setDomainFilter(core::Id domainId); // 0: all
    void setOwnerFilter(core::Id personId);  // 0: all

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QStringList m_words;
    int m_status = -1;
    core::Id m_domain = 0;
    core::Id m_owner = 0;
};

} // namespace tiller::app
