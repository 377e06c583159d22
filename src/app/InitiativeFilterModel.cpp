#include "tiller/app/InitiativeFilterModel.h"

#include "tiller/app/InitiativeModel.h"

namespace tiller::app {

InitiativeFilterModel::InitiativeFilterModel(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(InitiativeModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    setDynamicSortFilter(true);
}

void InitiativeFilterModel::setSearchText(const QString& text)
{
    const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words) {
        return;
    }
    m_words = words;
    invalidateFilter();
}

void InitiativeFilterModel::setDomainFilter(core::Id domainId)
{
    m_domain = domainId;
    invalidateFilter();
}

void InitiativeFilterModel::setStatusFilter(int status)
{
    m_status = status;
    invalidateFilter();
}

void InitiativeFilterModel::setBinFilter(core::Id binId)
{
    if (binId == m_bin) {
        return;
    }
    m_bin = binId;
    invalidateFilter();
}

bool InitiativeFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QAbstractItemModel* m = sourceModel();
    if (m_bin != AnyBin && m->index(sourceRow, 0, sourceParent).data(InitiativeModel::BinRole).toLongLong() != m_bin) {
        return false;
    }
    if (m_domain != 0 && m->index(sourceRow, InitiativeModel::Domain, sourceParent).data(Qt::EditRole).toLongLong() !=
                             m_domain) {
        return false;
    }
    if (m_status >= 0 &&
        m->index(sourceRow, InitiativeModel::Status, sourceParent).data(Qt::EditRole).toInt() != m_status) {
        return false;
    }
    if (m_words.isEmpty()) {
        return true;
    }
    QString haystack;
    for (int c = 0; c < InitiativeModel::ColumnCount; ++c) {
        haystack += m->index(sourceRow, c, sourceParent).data(Qt::DisplayRole).toString() + QLatin1Char('\n');
    }
    haystack += m->index(sourceRow, 0, sourceParent).data(InitiativeModel::DescriptionRole).toString();
    for (const QString& w : m_words) {
        if (!haystack.contains(w, Qt::CaseInsensitive)) {
            return false;
        }
    }
    return true;
}

} // namespace tiller::app
