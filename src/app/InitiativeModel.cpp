#include "tiller/app/InitiativeModel.h"

#include "tiller/app/MimeTypes.h"
#include "tiller/app/Choices.h"
#include "tiller/app/Portfolio.h"
#include "tiller/app/Text.h"

#include <QColor>
#include <QStringList>

#include <limits>

namespace tiller::app {

namespace {

} // namespace

InitiativeModel::InitiativeModel(Portfolio* portfolio, QObject* parent) : QAbstractTableModel(parent), m_portfolio(portfolio)
{
    for (const auto& i : portfolio->initiatives()) {
        m_rows.insert(i.id, int(m_ids.size()));
        m_ids.append(i.id);
    }
    connect(portfolio, &Portfolio::initiativeAdded, this, &InitiativeModel::onAdded);
    connect(portfolio, &Portfolio::initiativeChanged, this, &InitiativeModel::onChanged);
    connect(portfolio, &Portfolio::initiativeRemoved, this, &InitiativeModel::onRemoved);
    for (auto signal : {&Portfolio::personChanged, &Portfolio::domainChanged, &Portfolio::personRemoved,
                        &Portfolio::domainRemoved}) {
        connect(portfolio, signal, this, &InitiativeModel::onReferenceChanged);
    }
}

int InitiativeModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_ids.size()); }
int InitiativeModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

core::Id InitiativeModel::idAt(int row) const { return row >= 0 && row < m_ids.size() ? m_ids[row] : 0; }
int InitiativeModel::rowOf(core::Id id) const { return m_rows.value(id, -1); }

QVariant InitiativeModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const core::Initiative* i = m_portfolio->initiative(m_ids[index.row()]);
    if (!i) {
        return {};
    }
    if (role == IdRole) {
        return i->id;
    }
    if (role == DescriptionRole) {
        return i->description;
    }
    if (role == BinRole) {
        return i->binId;
    }
    if (role == DomainColorRole) {
        const core::Domain* d = m_portfolio->domain(i->domainId);
        return d ? d->color : QVariant();
    }
    const int column = index.column();
    if (role == Qt::DecorationRole && column == Domain) {
        const core::Domain* d = m_portfolio->domain(i->domainId);
        return d ? QColor::fromString(d->color) : QVariant();
    }
    if (role == ChoicesRole) {
        switch (column) {
        case Domain:
            return choices::domains(*m_portfolio);
        case Owner:
            return choices::people(*m_portfolio);
        case Status:
            return choices::initiativeStatuses();
        case Horizon:
            return choices::horizons();
        default:
            return {};
        }
    }
    if (role == Qt::DisplayRole || role == Qt::EditRole || role == Qt::ToolTipRole || role == SortRole) {
        const bool edit = role == Qt::EditRole;
        switch (column) {
        case Code:
            return i->code;
        case Title:
            return i->title;
        case Domain: {
            if (edit) {
                return i->domainId;
            }
            const core::Domain* d = m_portfolio->domain(i->domainId);
            return d ? d->name : QString();
        }
        case Owner: {
            if (edit) {
                return i->ownerId;
            }
            const core::Person* p = m_portfolio->person(i->ownerId);
            return p ? p->name : QString();
        }
        case Status:
            if (edit || role == SortRole) {
                return int(i->status);
            }
            return Text::status(i->status);
        case Horizon:
            if (edit || role == SortRole) {
                return int(i->horizon);
            }
            return i->horizon == core::Horizon::Unset ? QString() : Text::horizon(i->horizon);
        case Priority:
            if (edit || role == SortRole) {
                // Unprioritised last when sorting up.
                return role == SortRole && i->priority == 0 ? std::numeric_limits<int>::max() : i->priority;
            }
            return i->priority == 0 ? QString() : QString::number(i->priority);
        case PainPoints: {
            if (role == SortRole) {
                return int(i->painPoints.size());
            }
            QStringList titles;
            for (core::Id p : i->painPoints) {
                if (const core::PainPoint* pp = m_portfolio->painPoint(p)) {
                    titles.append(pp->title);
                }
            }
            return titles.join(role == Qt::ToolTipRole ? QStringLiteral("\n") : QStringLiteral("; "));
        }
        default:
            return {};
        }
    }
    return {};
}

QVariant InitiativeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Code:
        return tr("Code");
    case Title:
        return tr("Title");
    case Domain:
        return tr("Domain");
    case Owner:
        return tr("Owner");
    case Status:
        return tr("Status");
    case Horizon:
        return tr("Horizon");
    case Priority:
        return tr("Priority");
    case PainPoints:
        return tr("Pain points");
    default:
        return {};
    }
}

Qt::ItemFlags InitiativeModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && !m_portfolio->isReadOnly()) {
        f |= Qt::ItemIsDragEnabled;
        if (index.column() != PainPoints) {
            f |= Qt::ItemIsEditable;
        }
    }
    return f;
}

QStringList InitiativeModel::mimeTypes() const { return {QLatin1String(InitiativeIdsMimeType)}; }

QMimeData* InitiativeModel::mimeData(const QModelIndexList& indexes) const
{
    QList<qint64> ids;
    for (const QModelIndex& index : indexes) {
        const core::Id id = index.isValid() && index.model() == this ? idAt(index.row()) : 0;
        if (id != 0 && !ids.contains(id)) {
            ids.append(id);
        }
    }
    return ids.isEmpty() ? nullptr : initiativeMimeData(ids);
}

// Copy only: the drop target files the initiative into a bin through the portfolio. A move would let the
// source view "clear" the dragged cells afterwards (QAbstractItemView does so in overwrite mode).
Qt::DropActions InitiativeModel::supportedDragActions() const { return Qt::CopyAction; }

bool InitiativeModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return false;
    }
    const core::Initiative* current = m_portfolio->initiative(m_ids[index.row()]);
    if (!current) {
        return false;
    }
    core::Initiative after = *current;
    QString label;
    switch (index.column()) {
    case Code:
        after.code = value.toString().trimmed();
        label = tr("Change code of %1").arg(current->code);
        break;
    case Title:
        after.title = value.toString().trimmed();
        label = tr("Change title of %1").arg(current->code);
        break;
    case Domain:
        after.domainId = value.toLongLong();
        label = tr("Change domain of %1").arg(current->code);
        break;
    case Owner:
        after.ownerId = value.toLongLong();
        label = tr("Change owner of %1").arg(current->code);
        break;
    case Status: {
        const int s = value.toInt();
        if (s < 0 || s >= core::InitiativeStatusCount) {
            return false;
        }
        after.status = core::InitiativeStatus(s);
        label = tr("Change status of %1").arg(current->code);
        break;
    }
    case Priority: {
        bool ok = false;
        const int p = value.toString().trimmed().isEmpty() ? 0 : value.toInt(&ok);
        if ((!ok && !value.toString().trimmed().isEmpty()) || p < 0 || p > 100000) {
            emit m_portfolio->editRefused(tr("A priority is a whole number from 1 (first); leave it empty for none."));
            return false;
        }
        after.priority = p;
        label = tr("Change priority of %1").arg(current->code);
        break;
    }
    case Horizon: {
        const int h = value.toInt();
        if (h < 0 || h >= core::HorizonCount) {
            return false;
        }
        after.horizon = core::Horizon(h);
        label = tr("Change horizon of %1").arg(current->code);
        break;
    }
    default:
        return false;
    }
    if (after == *current) {
        return true;
    }
    ChangeSet changes;
    changes.initiatives.push_back({*current, after});
    return m_portfolio->submit(label, std::move(changes));
}

void InitiativeModel::onAdded(core::Id id)
{
    const int row = int(m_ids.size());
    beginInsertRows({}, row, row);
    m_ids.append(id);
    m_rows.insert(id, row);
    endInsertRows();
}

void InitiativeModel::onChanged(core::Id id)
{
    const int row = rowOf(id);
    if (row >= 0) {
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

void InitiativeModel::onRemoved(core::Id id)
{
    const int row = rowOf(id);
    if (row < 0) {
        return;
    }
    beginRemoveRows({}, row, row);
    m_ids.removeAt(row);
    m_rows.remove(id);
    for (int r = row; r < m_ids.size(); ++r) {
        m_rows[m_ids[r]] = r;
    }
    endRemoveRows();
}

void InitiativeModel::onReferenceChanged()
{
    if (!m_ids.isEmpty()) {
        emit dataChanged(index(0, Domain), index(int(m_ids.size()) - 1, Owner));
    }
}

} // namespace tiller::app
