#include "tiller/app/TaskModel.h"

#include "tiller/app/Choices.h"
#include "tiller/app/MimeTypes.h"
#include "tiller/app/Portfolio.h"
#include "tiller/app/TaskEdits.h"
#include "tiller/app/Text.h"
#include "tiller/core/Rhythm.h"

#include <QColor>
#include <QLocale>

#include <limits>

namespace tiller::app {

TaskModel::TaskModel(Portfolio* portfolio, QObject* parent)
    : QAbstractTableModel(parent), m_portfolio(portfolio), m_today(QDate::currentDate())
{
    reset();
    connect(portfolio, &Portfolio::taskAdded, this, [this](core::Id id) {
        const int row = int(m_ids.size());
        beginInsertRows({}, row, row);
        m_ids.append(id);
        m_rows.insert(id, row);
        endInsertRows();
    });
    connect(portfolio, &Portfolio::taskRemoved, this, [this](core::Id id) {
        const int row = m_rows.value(id, -1);
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
    });
    connect(portfolio, &Portfolio::taskChanged, this, &TaskModel::taskChanged);
    // Names shown in the table.
    for (auto signal : {&Portfolio::personChanged, &Portfolio::personRemoved}) {
        connect(portfolio, signal, this, [this] {
            if (!m_ids.isEmpty()) {
                emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
            }
        });
    }
    connect(portfolio, &Portfolio::binsChanged, this, [this] {
        if (!m_ids.isEmpty()) {
            emit dataChanged(index(0, Bin), index(rowCount() - 1, Bin));
        }
    });
}

void TaskModel::reset()
{
    beginResetModel();
    m_ids.clear();
    m_rows.clear();
    for (const core::Task& t : m_portfolio->tasks()) {
        m_rows.insert(t.id, int(m_ids.size()));
        m_ids.append(t.id);
    }
    endResetModel();
}

void TaskModel::setToday(QDate today)
{
    m_today = today;
    if (!m_ids.isEmpty()) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

void TaskModel::taskChanged(core::Id id)
{
    const int row = m_rows.value(id, -1);
    if (row >= 0) {
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

int TaskModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_ids.size()); }
int TaskModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

core::Id TaskModel::idAt(int row) const { return row >= 0 && row < m_ids.size() ? m_ids[row] : 0; }

const core::Task* TaskModel::taskAt(int row) const { return m_portfolio->task(idAt(row)); }

QVariant TaskModel::data(const QModelIndex& index, int role) const
{
    const core::Task* t = index.isValid() ? taskAt(index.row()) : nullptr;
    if (!t) {
        return {};
    }
    const bool late = t->status != core::TaskStatus::Done && t->due.isValid() && t->due < m_today;
    switch (role) {
    case IdRole:
        return t->id;
    case StatusRole:
        return int(t->status);
    case LateRole:
        return late;
    case ChoicesRole:
        switch (index.column()) {
        case Bin: {
            QVariantList list;
            for (const core::ProjectBin& b : m_portfolio->bins()) {
                list.append(choices::choice(QStringLiteral("%1 %2").arg(b.code, b.name), b.id));
            }
            return list;
        }
        case Owner:
            return choices::people(*m_portfolio);
        case Status: {
            QVariantList list;
            for (int s = 0; s < 4; ++s) {
                list.append(choices::choice(Text::taskStatus(core::TaskStatus(s)), s));
            }
            return list;
        }
        default:
            return {};
        }
    case Qt::ForegroundRole:
        if (late && index.column() == Due) {
            return QColor(0xc0, 0x39, 0x2b);
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Estimate) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    default:
        return display(*t, index.column(), role);
    }
}

QVariant TaskModel::display(const core::Task& t, int column, int role) const
{
    const bool edit = role == Qt::EditRole;
    const bool sort = role == SortRole;
    if (role != Qt::DisplayRole && !edit && !sort && role != Qt::ToolTipRole) {
        return {};
    }
    switch (column) {
    case Title:
        return t.title;
    case Bin: {
        if (edit) {
            return t.binId;
        }
        const core::ProjectBin* b = m_portfolio->bin(t.binId);
        return b ? (role == Qt::ToolTipRole ? QStringLiteral("%1 %2").arg(b->code, b->name) : b->code) : QString();
    }
    case Owner: {
        if (edit) {
            return t.ownerId;
        }
        const core::Person* p = m_portfolio->person(t.ownerId);
        return p ? p->name : QString();
    }
    case Due:
        if (edit) {
            return t.due;
        }
        if (sort) {
            return t.due.isValid() ? t.due.toJulianDay() : std::numeric_limits<qint64>::max();
        }
        return t.due.isValid() ? QLocale().toString(t.due, QLocale::ShortFormat) : QString();
    case Status:
        if (edit || sort) {
            return int(t.status);
        }
        return Text::taskStatus(t.status);
    case Objective:
        if (edit || sort) {
            return t.objectiveWeek;
        }
        if (t.objectiveWeek.isEmpty()) {
            return QString();
        }
        if (t.objectiveWeek == core::weekKey(m_today)) {
            return tr("This week");
        }
        if (t.objectiveWeek == core::weekAfter(core::weekKey(m_today))) {
            return tr("Next week");
        }
        return t.objectiveWeek;
    case Estimate:
        if (edit || sort) {
            return t.estimateDays;
        }
        return t.estimateDays > 0 ? tr("%1 d").arg(QLocale().toString(t.estimateDays, 'g', 3)) : QString();
    case Note:
        return t.blockedReason;
    default:
        return {};
    }
}

QVariant TaskModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Title:
        return tr("Task");
    case Bin:
        return tr("Bin");
    case Owner:
        return tr("Owner");
    case Due:
        return tr("Due");
    case Status:
        return tr("Status");
    case Objective:
        return tr("Objective");
    case Estimate:
        return tr("Estimate");
    case Note:
        return tr("Blocked by");
    default:
        return {};
    }
}

Qt::ItemFlags TaskModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid()) {
        f |= Qt::ItemIsDragEnabled;
        if (!m_portfolio->isReadOnly() && index.column() != Objective) {
            f |= Qt::ItemIsEditable;
        }
    }
    return f;
}

bool TaskModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    const core::Task* current = index.isValid() && role == Qt::EditRole ? taskAt(index.row()) : nullptr;
    if (!current) {
        return false;
    }
    core::Task after = *current;
    QString label;
    switch (index.column()) {
    case Title:
        after.title = value.toString().trimmed();
        label = tr("Rename task “%1”").arg(current->title);
        break;
    case Bin:
        after.binId = value.toLongLong();
        label = tr("Move “%1” to another bin").arg(current->title);
        break;
    case Owner:
        after.ownerId = value.toLongLong();
        label = tr("Give “%1” to someone else").arg(current->title);
        break;
    case Due: {
        const auto d = dateFromCell(value);
        if (!d) {
            emit m_portfolio->editRefused(tr("“%1” is not a date.").arg(value.toString()));
            return false;
        }
        after.due = *d;
        label = tr("Change the deadline of “%1”").arg(current->title);
        break;
    }
    case Status: {
        bool ok = false;
        const int s = value.toInt(&ok);
        if (!ok || s < 0 || s > 3) {
            return false;
        }
        const auto status = core::TaskStatus(s);
        if (status == core::TaskStatus::Blocked && current->blockedReason.isEmpty()) {
            emit m_portfolio->editRefused(tr("Use “Mark Blocked…” to say what blocks “%1”.").arg(current->title));
            return false;
        }
        return m_portfolio->submit(TaskEdits::statusLabel(*current, status),
                                   TaskEdits::setStatus(*m_portfolio, current->id, status, current->blockedReason));
    }
    case Estimate: {
        const auto days = numberFromCell(value);
        if (!days) {
            emit m_portfolio->editRefused(tr("An estimate is a number of days."));
            return false;
        }
        after.estimateDays = *days;
        label = tr("Change the estimate of “%1”").arg(current->title);
        break;
    }
    case Note:
        after.blockedReason = value.toString().trimmed();
        label = tr("Change what blocks “%1”").arg(current->title);
        break;
    default:
        return false;
    }
    if (after == *current) {
        return true;
    }
    ChangeSet changes;
    changes.tasks.push_back({*current, after});
    return m_portfolio->submit(label, std::move(changes));
}

QStringList TaskModel::mimeTypes() const { return {QLatin1String(TaskIdsMimeType)}; }

QMimeData* TaskModel::mimeData(const QModelIndexList& indexes) const
{
    QList<qint64> ids;
    for (const QModelIndex& i : indexes) {
        const core::Id id = idAt(i.row());
        if (id != 0 && !ids.contains(id)) {
            ids.append(id);
        }
    }
    return taskMimeData(ids);
}

// ---- Filters ----

TaskFilterModel::TaskFilterModel(Portfolio* portfolio, QObject* parent)
    : QSortFilterProxyModel(parent), m_portfolio(portfolio)
{
    setSortRole(TaskModel::SortRole);
    setDynamicSortFilter(true);
}

void TaskFilterModel::setScope(Scope scope)
{
    m_scope = scope;
    invalidateFilter();
}

void TaskFilterModel::setMe(core::Id person)
{
    m_me = person;
    invalidateFilter();
}

void TaskFilterModel::setBin(core::Id bin)
{
    m_bin = bin;
    invalidateFilter();
}

void TaskFilterModel::setText(const QString& text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

void TaskFilterModel::setStatus(int status)
{
    m_status = status;
    invalidateFilter();
}

void TaskFilterModel::setToday(QDate today)
{
    m_today = today;
    invalidateFilter();
}

Qt::ItemFlags TaskFilterModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QSortFilterProxyModel::flags(index);
    if (m_drop) {
        f |= Qt::ItemIsDropEnabled;
    }
    return f;
}

bool TaskFilterModel::canDropMimeData(const QMimeData* data, Qt::DropAction, int, int, const QModelIndex&) const
{
    return m_drop && !taskIds(data).isEmpty();
}

bool TaskFilterModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                                   const QModelIndex& parent)
{
    if (!canDropMimeData(data, action, row, column, parent)) {
        return false;
    }
    m_drop(taskIds(data));
    return false; // nothing for the view to remove: the status change moves the task between columns
}

bool TaskFilterModel::filterAcceptsRow(int row, const QModelIndex&) const
{
    const auto* model = static_cast<const TaskModel*>(sourceModel());
    const core::Task* t = model->taskAt(row);
    if (!t) {
        return false;
    }
    if (m_status >= 0 && int(t->status) != m_status) {
        return false;
    }
    if (m_bin != 0 && t->binId != m_bin) {
        return false;
    }
    if (!m_text.isEmpty() && !t->title.contains(m_text, Qt::CaseInsensitive)) {
        const core::ProjectBin* b = m_portfolio->bin(t->binId);
        if (!b || !b->code.contains(m_text, Qt::CaseInsensitive)) {
            return false;
        }
    }
    const bool open = t->status != core::TaskStatus::Done;
    switch (m_scope) {
    case Scope::All:
        return true;
    case Scope::Mine:
        return m_me != 0 && t->ownerId == m_me;
    case Scope::Team: {
        const core::Person* me = m_portfolio->person(m_me);
        const core::Person* owner = m_portfolio->person(t->ownerId);
        return me && owner && !me->team.isEmpty() && owner->team == me->team;
    }
    case Scope::Overdue:
        return open && t->due.isValid() && t->due < m_today;
    case Scope::Blocked:
        return t->status == core::TaskStatus::Blocked;
    case Scope::ThisWeek: {
        const QString week = core::weekKey(m_today);
        return t->objectiveWeek == week || (t->due.isValid() && core::weekKey(t->due) == week);
    }
    }
    return true;
}

} // namespace tiller::app
