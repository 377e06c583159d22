#include "tiller/app/BinFilterModel.h"

#include "tiller/app/BinModel.h"

namespace tiller::app {

BinFilterModel::BinFilterModel(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(BinModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    setDynamicSortFilter(true);
}

void BinFilterModel::setSearchText(const QString& text)
{
    const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words) {
        return;
    }
    m_words = words;
    invalidateFilter();
}

void BinFilterModel::setStatusFilter(int status)
{
    m_status = status;
    invalidateFilter();
}

void BinFilterModel::setDomainFilter(core::Id domainId)
{
    m_domain = domainId;
    invalidateFilter();
}

void BinFilterModel::setOwnerFilter(core::Id personId)
{
    m_owner = personId;
    invalidateFilter();
}

bool BinFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QAbstractItemModel* m = sourceModel();
    auto value = [&](int column) { return m->index(sourceRow, column, sourceParent).data(Qt::EditRole); };
    if (m_status >= 0 && value(BinModel::Status).toInt() != m_status) {
        return false;
    }
    if (m_domain != 0 && value(BinModel::Domain).toLongLong() != m_domain) {
        return false;
    }
    if (m_owner != 0 && value(BinModel::Owner).toLongLong() != m_owner) {
        return false;
    }
    if (m_words.isEmpty()) {
        return true;
    }
    const QString haystack = value(BinModel::Code).toString() + QLatin1Char('\n') + value(BinModel::Name).toString();
    for (const QString& w : m_words) {
        if (!haystack.contains(w, Qt::CaseInsensitive)) {
            return false;
        }
    }
    return true;
}

} // namespace tiller::app
