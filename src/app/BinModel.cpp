#include "tiller/app/BinModel.h"

#include "tiller/app/BinEdits.h"
#include "tiller/app/CharterEdits.h"
#include "tiller/app/MimeTypes.h"
#include "tiller/app/Choices.h"
#include "tiller/app/Portfolio.h"
#include "tiller/app/Text.h"
#include "tiller/core/Schedule.h"

#include <QColor>
#include <QLocale>
#include <QSet>
#include <limits>

namespace tiller::app {

BinModel::BinModel(Portfolio* portfolio, QObject* parent) : QAbstractTableModel(parent), m_portfolio(portfolio)
{
    for (const auto& b : portfolio->bins()) {
        m_rows.insert(b.id, int(m_ids.size()));
        m_ids.append(b.id);
    }
    reindex();
    for (const auto& i : portfolio->initiatives()) {
        m_binOf.insert(i.id, i.binId);
        if (i.binId != 0) {
            m_counts[i.binId]++;
        }
    }
    connect(portfolio, &Portfolio::binsChanged, this, &BinModel::onBinsChanged);
    connect(portfolio, &Portfolio::initiativeAdded, this, &BinModel::onInitiativeAdded);
    connect(portfolio, &Portfolio::initiativeChanged, this, &BinModel::onInitiativeChanged);
    connect(portfolio, &Portfolio::initiativeRemoved, this, &BinModel::onInitiativeRemoved);
    for (auto signal : {&Portfolio::personAdded, &Portfolio::personChanged, &Portfolio::personRemoved,
                        &Portfolio::domainAdded, &Portfolio::domainChanged, &Portfolio::domainRemoved}) {
        connect(portfolio, signal, this, &BinModel::onReferenceChanged);
    }
}

int BinModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}
int BinModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

core::Id BinModel::idAt(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids[row] : 0;
}
int BinModel::rowOf(core::Id id) const
{
    return m_rows.value(id, -1);
}

void BinModel::reindex()
{
    m_at.clear();
    const auto& bins = m_portfolio->bins();
    for (std::size_t n = 0; n < bins.size(); ++n) {
        m_at.insert(bins[n].id, int(n));
    }
}

const core::ProjectBin* BinModel::binAt(int row) const
{
    const auto it = m_at.constFind(idAt(row));
    if (it == m_at.cend()) {
        return nullptr;
    }
    const auto& bins = m_portfolio->bins();
    return *it < int(bins.size()) && bins[std::size_t(*it)].id == m_ids[row] ? &bins[std::size_t(*it)] : nullptr;
}

QVariant BinModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const core::ProjectBin* b = binAt(index.row());
    if (!b) {
        return {};
    }
    if (role == IdRole) {
        return b->id;
    }
    if (role == DomainColorRole) {
        const core::Domain* d = m_portfolio->domain(b->domainId);
        return d ? d->color : QVariant();
    }
    const int column = index.column();
    if (role == Qt::DecorationRole && column == Domain) {
        const core::Domain* d = m_portfolio->domain(b->domainId);
        return d ? QColor::fromString(d->color) : QVariant();
    }
    if (role == Qt::TextAlignmentRole && (column == Priority || column == Initiatives || column == Budget)) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role == ChoicesRole) {
        switch (column) {
        case Domain:
            return choices::domains(*m_portfolio);
        case Owner:
            return choices::people(*m_portfolio);
        case Status:
            return choices::binStatuses();
        case Horizon:
            return choices::horizons();
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole && role != SortRole) {
        return {};
    }
    const bool edit = role == Qt::EditRole;
    const bool sort = role == SortRole;
    switch (column) {
    case Code:
        return b->code;
    case Name:
        return b->name;
    case Domain: {
        if (edit) {
            return b->domainId;
        }
        const core::Domain* d = m_portfolio->domain(b->domainId);
        return d ? d->name : QString();
    }
    case Owner: {
        if (edit) {
            return b->ownerId;
        }
        const core::Person* p = m_portfolio->person(b->ownerId);
        return p ? p->name : QString();
    }
    case Status:
        if (edit || sort) {
            return int(b->status);
        }
        return Text::binStatus(b->status);
    case Priority:
        if (edit || sort) {
            // Unprioritised last when sorting up.
            return sort && b->priority == 0 ? std::numeric_limits<int>::max() : b->priority;
        }
        return b->priority == 0 ? QString() : QString::number(b->priority);
    case Start:
    case End: {
        const QDate d = column == Start ? b->start : b->end;
        if (edit) {
            return d;
        }
        if (sort) {
            // Undated last when sorting up.
            return d.isValid() ? d.toJulianDay() : std::numeric_limits<qint64>::max();
        }
        return d.isValid() ? QLocale().toString(d, QLocale::ShortFormat) : QString();
    }
    case Horizon: {
        // A dated bin is in the horizon its start falls in; an undated one, in the one it was given.
        const core::Horizon h = core::shownHorizon(b->start, b->horizon, QDate::currentDate(), m_portfolio->horizonBounds());
        if (edit || sort) {
            return int(h);
        }
        return h == core::Horizon::Unset ? QString() : Text::horizon(h);
    }
    case Initiatives:
        if (role == Qt::ToolTipRole) {
            return tr("%n initiative(s) in this bin", nullptr, initiativeCount(b->id));
        }
        return initiativeCount(b->id);
    case Budget:
        if (edit || sort) {
            return b->budget;
        }
        return b->budget > 0 ? QLocale().toString(b->budget, 'f', 0) : QString();
    default:
        return {};
    }
}

QVariant BinModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Code:
        return tr("Code");
    case Name:
        return tr("Name");
    case Domain:
        return tr("Domain");
    case Owner:
        return tr("Owner");
    case Status:
        return tr("Status");
    case Priority:
        return tr("Priority");
    case Start:
        return tr("Start");
    case End:
        return tr("End");
    case Horizon:
        return tr("Horizon");
    case Initiatives:
        return tr("Initiatives");
    case Budget:
        return tr("Budget");
    default:
        return {};
    }
}

Qt::ItemFlags BinModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && !m_portfolio->isReadOnly()) {
        f |= Qt::ItemIsDropEnabled;
        if (index.column() != Initiatives) {
            f |= Qt::ItemIsEditable;
        }
    }
    return f;
}

bool BinModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return false;
    }
    const core::ProjectBin* current = binAt(index.row());
    if (!current) {
        return false;
    }
    core::ProjectBin after = *current;
    QString label;
    switch (index.column()) {
    case Code:
        after.code = value.toString().trimmed();
        label = tr("Change code of %1").arg(current->code);
        break;
    case Name:
        after.name = value.toString().trimmed();
        label = tr("Rename %1").arg(current->code);
        break;
    case Domain:
        after.domainId = value.toLongLong();
        if (after.domainId != 0 && !m_portfolio->domain(after.domainId)) {
            return false;
        }
        label = tr("Change domain of %1").arg(current->code);
        break;
    case Owner:
        after.ownerId = value.toLongLong();
        if (after.ownerId != 0 && !m_portfolio->person(after.ownerId)) {
            return false;
        }
        label = tr("Change owner of %1").arg(current->code);
        break;
    case Status: {
        bool ok = false;
        const int s = value.toInt(&ok);
        if (!ok || s < 0 || s >= core::BinStatusCount) {
            return false;
        }
        after.status = core::BinStatus(s);
        label = tr("Change status of %1").arg(current->code);
        break;
    }
    case Priority: {
        const QString text = value.toString().trimmed();
        bool ok = true;
        const int p = text.isEmpty() ? 0 : value.toInt(&ok);
        if (!ok || p < 0 || p > 100000) {
            emit m_portfolio->editRefused(tr("A priority is a whole number from 1 (first); leave it empty for none."));
            return false;
        }
        after.priority = p;
        label = tr("Change priority of %1").arg(current->code);
        break;
    }
    case Start:
    case End: {
        const auto typed = dateFromCell(value);
        if (!typed) {
            emit m_portfolio->editRefused(tr("“%1” is not a date.").arg(value.toString()));
            return false;
        }
        const QDate d = *typed;
        if (!d.isValid()) {
            // No date: the bin goes back to its horizon.
            after.start = QDate();
            after.end = QDate();
        } else if (index.column() == Start) {
            after.start = d;
            after.end = current->end.isValid() ? current->end : d; // a bin is dated from start to end
        } else {
            after.end = d;
            after.start = current->start.isValid() ? current->start : d;
        }
        label = index.column() == Start ? tr("Change start of %1").arg(current->code)
                                        : tr("Change end of %1").arg(current->code);
        break;
    }
    case Horizon: {
        bool ok = false;
        const int h = value.toInt(&ok);
        if (!ok || h < 0 || h >= core::HorizonCount) {
            return false;
        }
        after.horizon = core::Horizon(h);
        // A dated bin moves to where that horizon starts, keeping its length (as on the map).
        if (const auto moved = core::movedToHorizon(current->start, current->end, after.horizon, QDate::currentDate(),
                                                    m_portfolio->horizonBounds())) {
            std::tie(after.start, after.end) = *moved;
        }
        label = tr("Change horizon of %1").arg(current->code);
        break;
    }
    case Budget: {
        const auto amount = numberFromCell(value);
        if (!amount || *amount < 0) {
            emit m_portfolio->editRefused(tr("A budget is an amount of zero or more."));
            return false;
        }
        after.budget = *amount;
        label = tr("Change budget of %1").arg(current->code);
        break;
    }
    default:
        return false;
    }
    if (after == *current) {
        return true;
    }
    ChangeSet changes;
    if (const QStringList open = CharterEdits::blockingDone(*m_portfolio, *current, after);
        !open.isEmpty() && m_askOverride) {
        const std::optional<QString> reason = m_askOverride(*current, open);
        if (!reason || reason->trimmed().isEmpty()) {
            return false;
        }
        changes.overrideReason = reason->trimmed();
    }
    changes.bins.push_back({*current, after});
    return m_portfolio->submit(label, std::move(changes));
}

Qt::DropActions BinModel::supportedDropActions() const
{
    return Qt::MoveAction | Qt::CopyAction;
}

QStringList BinModel::mimeTypes() const
{
    return {QLatin1String(InitiativeIdsMimeType)};
}

bool BinModel::canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                               const QModelIndex& parent) const
{
    Q_UNUSED(action);
    Q_UNUSED(row);
    Q_UNUSED(column);
    // Only onto a bin's row: between rows means nothing here.
    return parent.isValid() && parent.model() == this && !m_portfolio->isReadOnly() && !initiativeIds(data).isEmpty() &&
           binAt(parent.row()) != nullptr;
}

bool BinModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                            const QModelIndex& parent)
{
    if (action == Qt::IgnoreAction) {
        return true;
    }
    if (!canDropMimeData(data, action, row, column, parent)) {
        return false;
    }
    // The drag source must not remove anything itself: the move is ours, through the portfolio.
    return BinEdits::move(*m_portfolio, initiativeIds(data), idAt(parent.row()));
}

void BinModel::onBinsChanged()
{
    reindex();
    // Gone bins leave (bottom up, so rows stay valid), new ones arrive last, and every row may have changed.
    for (int row = int(m_ids.size()) - 1; row >= 0; --row) {
        if (m_at.contains(m_ids[row])) {
            continue;
        }
        beginRemoveRows({}, row, row);
        m_rows.remove(m_ids[row]);
        m_ids.removeAt(row);
        endRemoveRows();
    }
    for (int r = 0; r < m_ids.size(); ++r) {
        m_rows[m_ids[r]] = r;
    }
    QList<core::Id> added;
    for (const auto& b : m_portfolio->bins()) {
        if (!m_rows.contains(b.id)) {
            added.append(b.id);
        }
    }
    if (!added.isEmpty()) {
        const int first = int(m_ids.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        for (core::Id id : std::as_const(added)) {
            m_rows.insert(id, int(m_ids.size()));
            m_ids.append(id);
        }
        endInsertRows();
    }
    if (!m_ids.isEmpty()) {
        emit dataChanged(index(0, 0), index(int(m_ids.size()) - 1, ColumnCount - 1));
    }
}

void BinModel::countChanged(core::Id binId, int delta)
{
    if (binId == 0) {
        return;
    }
    m_counts[binId] += delta;
    const int row = rowOf(binId);
    if (row >= 0) {
        emit dataChanged(index(row, Initiatives), index(row, Initiatives));
    }
}

void BinModel::onInitiativeAdded(core::Id id)
{
    const core::Initiative* i = m_portfolio->initiative(id);
    const core::Id bin = i ? i->binId : 0;
    m_binOf.insert(id, bin);
    countChanged(bin, +1);
}

void BinModel::onInitiativeChanged(core::Id id)
{
    const core::Initiative* i = m_portfolio->initiative(id);
    const core::Id now = i ? i->binId : 0;
    const core::Id was = m_binOf.value(id);
    if (now == was) {
        return;
    }
    m_binOf.insert(id, now);
    countChanged(was, -1);
    countChanged(now, +1);
}

void BinModel::onInitiativeRemoved(core::Id id)
{
    countChanged(m_binOf.take(id), -1);
}

void BinModel::onReferenceChanged()
{
    if (!m_ids.isEmpty()) {
        emit dataChanged(index(0, Domain), index(int(m_ids.size()) - 1, Owner));
    }
}

} // namespace tiller::app
