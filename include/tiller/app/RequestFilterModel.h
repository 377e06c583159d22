// Filters and sorts the change requests: search text (code, title, description), a set of statuses, origin and
// domain.
#pragma once

#include "tiller/core/Types.h"

#include <QSortFilterProxyModel>
#include <QStringList>

namespace tiller::app {

// A status's bit in a set of statuses.
constexpr int requestStatusBit(core::RequestStatus s)
{
    return 1 << int(s);
}

class RequestFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    // Status sets are bit masks: bit n stands for RequestStatus(n).
    static constexpr int statusBit(core::RequestStatus s) { return requestStatusBit(s); }
    static constexpr int AllStatuses = (1 << core::RequestStatusCount) - 1;
    // Still waiting for something: qualification, the board, or the submitter.
    static constexpr int OpenStatuses =
        requestStatusBit(core::RequestStatus::Submitted) | requestStatusBit(core::RequestStatus::Returned) |
        requestStatusBit(core::RequestStatus::Qualified) | requestStatusBit(core::RequestStatus::Deferred);

    explicit RequestFilterModel(QObject* parent = nullptr);

    // Words must all appear (any order, any case) in the code, the title or the description.
    void setSearchText(const QString& text);
    void setStatusFilter(int statuses);      // a mask of statusBit()s; AllStatuses: no filter
    void setOriginFilter(int origin);        // -1: all
    void setDomainFilter(core::Id domainId); // 0: all
    int statusFilter() const { return m_statuses; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QStringList m_words;
    int m_statuses = AllStatuses;
    int m_origin = -1;
    core::Id m_domain = 0;
};

} // namespace tiller::app
