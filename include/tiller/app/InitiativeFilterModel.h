// Filters and sorts the initiative table: search text, domain and status, as the inventory needs.
#pragma once

#include "tiller/core/Types.h"

#include <QSortFilterProxyModel>

namespace tiller::app {

class InitiativeFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit InitiativeFilterModel(QObject* parent = nullptr);

    // Words must all appear (any order, any case) in code, title, owner,
    // domain, description or pain points.
    void setSearchText(const QString& text);
    void setDomainFilter(core::Id domainId); // 0: all
    void setStatusFilter(int status);        // -1: all
    // Only the initiatives of one project bin (0: those in no bin; AnyBin: all).
    static constexpr core::Id AnyBin = -1;
    void setBinFilter(core::Id binId);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QStringList m_words;
    core::Id m_domain = 0;
    int m_status = -1;
    core::Id m_bin = AnyBin;
};

} // namespace tiller::app
