#include "tiller/app/RequestFilterModel.h"

#include "tiller/app/RequestModel.h"

namespace tiller::app {

RequestFilterModel::RequestFilterModel(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(RequestModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    setDynamicSortFilter(true);
}

void RequestFilterModel::setSearchText(const QString& text)
{
    const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words) {
        return;
    }
    m_words = words;
    invalidateFilter();
}

void RequestFilterModel::setStatusFilter(int statuses)
{
    statuses &= AllStatuses;
    if (statuses == m_statuses) {
        return;
    }
    m_statuses = statuses;
    invalidateFilter();
}

void RequestFilterModel::setOriginFilter(int origin)
{
    if (origin == m_origin) {
        return;
    }
    m_origin = origin;
    invalidateFilter();
}

void RequestFilterModel::setDomainFilter(core::Id domainId)
{
    if (domainId == m_domain) {
        return;
    }
    m_domain = domainId;
    invalidateFilter();
}

bool RequestFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QAbstractItemModel* m = sourceModel();
    auto key = [&](int column) { return m->index(sourceRow, column, sourceParent).data(RequestModel::KeyRole); };
    if (m_statuses != AllStatuses && !(m_statuses & (1 << key(RequestModel::Status).toInt()))) {
        return false;
    }
    if (m_origin >= 0 && key(RequestModel::Origin).toInt() != m_origin) {
        return false;
    }
    if (m_domain != 0 && key(RequestModel::Domain).toLongLong() != m_domain) {
        return false;
    }
    if (m_words.isEmpty()) {
        return true;
    }
    const QModelIndex code = m->index(sourceRow, RequestModel::Code, sourceParent);
    const QString haystack = code.data().toString() + QLatin1Char('\n') +
                             m->index(sourceRow, RequestModel::Title, sourceParent).data().toString() +
                             QLatin1Char('\n') + code.data(RequestModel::DescriptionRole).toString();
    for (const QString& w : m_words) {
        if (!haystack.contains(w, Qt::CaseInsensitive)) {
            return false;
        }
    }
    return true;
}

} // namespace tiller::app
