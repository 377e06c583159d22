#include "tiller/app/RequestModel.h"

#include "tiller/app/BoardEdits.h"
#include "tiller/app/Choices.h"
#include "tiller/app/Portfolio.h"
#include "tiller/app/Text.h"

#include <QColor>
#include <QLocale>
#include <cmath>

namespace tiller::app {

namespace {

QString amountText(double amount)
{
    return amount > 0 ? QLocale().toString(amount, 'f', 0) : QString();
}

QString daysText(double days)
{
    if (days <= 0) {
        return {};
    }
    // Whole days without decimals, half days with one.
    return QLocale().toString(days, 'f', days == std::floor(days) ? 0 : 1);
}

} // namespace

RequestModel::RequestModel(Portfolio* portfolio, QObject* parent) : QAbstractTableModel(parent), m_portfolio(portfolio)
{
    for (const auto& r : portfolio->requests()) {
        m_rows.insert(r.id, int(m_ids.size()));
        m_ids.append(r.id);
    }
    reindex();
    connect(portfolio, &Portfolio::requestAdded, this, &RequestModel::onAdded);
    connect(portfolio, &Portfolio::requestChanged, this, &RequestModel::onChanged);
    connect(portfolio, &Portfolio::requestRemoved, this, &RequestModel::onRemoved);
    for (auto signal : {&Portfolio::personAdded, &Portfolio::personChanged, &Portfolio::personRemoved}) {
        connect(portfolio, signal, this, [this] { columnChanged(Submitter); });
    }
    for (auto signal : {&Portfolio::domainAdded, &Portfolio::domainChanged, &Portfolio::domainRemoved}) {
        connect(portfolio, signal, this, [this] { columnChanged(Domain); });
    }
    connect(portfolio, &Portfolio::pillarsChanged, this, [this] { columnChanged(Pillar); });
    connect(portfolio, &Portfolio::meetingsChanged, this, [this] { columnChanged(Session); });
}

int RequestModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int RequestModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

core::Id RequestModel::idAt(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids[row] : 0;
}

int RequestModel::rowOf(core::Id id) const
{
    return m_rows.value(id, -1);
}

void RequestModel::reindex()
{
    m_at.clear();
    const auto& requests = m_portfolio->requests();
    for (std::size_t n = 0; n < requests.size(); ++n) {
        m_at.insert(requests[n].id, int(n));
    }
}

const core::ChangeRequest* RequestModel::requestAt(int row) const
{
    const core::Id id = idAt(row);
    const auto& requests = m_portfolio->requests();
    const auto it = m_at.constFind(id);
    if (it != m_at.cend() && *it < int(requests.size()) && requests[std::size_t(*it)].id == id) {
        return &requests[std::size_t(*it)];
    }
    return m_portfolio->request(id);
}

QVariant RequestModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const core::ChangeRequest* r = requestAt(index.row());
    if (!r) {
        return {};
    }
    const int column = index.column();
    switch (role) {
    case IdRole:
        return r->id;
    case DescriptionRole:
        return r->description;
    case DomainColorRole: {
        const core::Domain* d = m_portfolio->domain(r->domainId);
        return d ? d->color : QVariant();
    }
    case ChoicesRole:
        if (column == Urgency) {
            QVariantList list;
            for (int u = 0; u <= 3; ++u) {
                list.append(choices::choice(Text::urgency(u), u));
            }
            return list;
        }
        return {};
    case Qt::DecorationRole:
        if (column == Domain) {
            const core::Domain* d = m_portfolio->domain(r->domainId);
            return d ? QColor::fromString(d->color) : QVariant();
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == Benefit || column == Cost || column == Effort) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case KeyRole:
        switch (column) {
        case Origin:
            return int(r->origin);
        case Submitter:
            return r->submitterId;
        case Domain:
            return r->domainId;
        case Pillar:
            return r->pillarId;
        case Urgency:
            return r->urgency;
        case Status:
            return int(r->status);
        case Session:
            return r->sessionId;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        switch (column) {
        case Title:
            return r->description.isEmpty() ? r->title : r->description;
        case Status:
            if ((r->status == core::RequestStatus::Returned || r->status == core::RequestStatus::Rejected) &&
                !r->qualificationNote.isEmpty()) {
                return r->status == core::RequestStatus::Returned ? tr("Returned: %1").arg(r->qualificationNote)
                                                                  : tr("Rejected: %1").arg(r->qualificationNote);
            }
            return {};
        case Session:
            if (const core::Meeting* m = m_portfolio->meeting(r->sessionId)) {
                return BoardEdits::sessionTitle(*m);
            }
            return {};
        case Effort:
            return r->estEffortDays > 0 ? tr("%1 person-days").arg(daysText(r->estEffortDays)) : QVariant();
        default:
            return {};
        }
    case Qt::DisplayRole:
    case Qt::EditRole:
    case SortRole:
        break;
    default:
        return {};
    }

    const bool display = role == Qt::DisplayRole;
    const bool edit = role == Qt::EditRole;
    switch (column) {
    case Code:
        return r->code;
    case Title:
        return r->title;
    case Origin:
        return edit ? QVariant(int(r->origin)) : QVariant(Text::requestOrigin(r->origin));
    case Submitter: {
        const core::Person* p = m_portfolio->person(r->submitterId);
        return p ? p->name : QString();
    }
    case Submitted:
        return display ? QLocale().toString(r->submittedOn, QLocale::ShortFormat) : QVariant(r->submittedOn);
    case Domain: {
        const core::Domain* d = m_portfolio->domain(r->domainId);
        return d ? d->name : QString();
    }
    case Pillar: {
        const core::Pillar* p = m_portfolio->pillar(r->pillarId);
        return p ? p->name : QString();
    }
    case Urgency:
        return display ? QVariant(Text::urgency(r->urgency)) : QVariant(r->urgency);
    case Benefit:
        return display ? QVariant(amountText(r->estBenefit)) : QVariant(r->estBenefit);
    case Cost:
        return display ? QVariant(amountText(r->estCost)) : QVariant(r->estCost);
    case Effort:
        return display ? QVariant(daysText(r->estEffortDays)) : QVariant(r->estEffortDays);
    case Status:
        return display ? QVariant(Text::requestStatus(r->status)) : QVariant(int(r->status));
    case Session: {
        const core::Meeting* m = m_portfolio->meeting(r->sessionId);
        const QDate held = m ? m->heldOn : QDate();
        if (display) {
            return held.isValid() ? QLocale().toString(held, QLocale::ShortFormat) : QString();
        }
        return held;
    }
    default:
        return {};
    }
}

QVariant RequestModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Benefit:
            return tr("Estimated benefit over a year (empty: not estimated)");
        case Cost:
            return tr("Estimated cost (empty: not estimated)");
        case Effort:
            return tr("Estimated effort in person-days (empty: not estimated)");
        case Session:
            return tr("The board session whose agenda carries the request");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Code:
        return tr("Code");
    case Title:
        return tr("Title");
    case Origin:
        return tr("Origin");
    case Submitter:
        return tr("Submitter");
    case Submitted:
        return tr("Submitted");
    case Domain:
        return tr("Domain");
    case Pillar:
        return tr("Pillar");
    case Urgency:
        return tr("Urgency");
    case Benefit:
        return tr("Benefit");
    case Cost:
        return tr("Cost");
    case Effort:
        return tr("Effort (d)");
    case Status:
        return tr("Status");
    case Session:
        return tr("Session");
    default:
        return {};
    }
}

Qt::ItemFlags RequestModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && !m_portfolio->isReadOnly() && (index.column() == Title || index.column() == Urgency)) {
        f |= Qt::ItemIsEditable;
    }
    return f;
}

bool RequestModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        m_portfolio->isReadOnly()) {
        return false;
    }
    const core::ChangeRequest* current = requestAt(index.row());
    if (!current) {
        return false;
    }
    core::ChangeRequest after = *current;
    QString label;
    switch (index.column()) {
    case Title:
        after.title = value.toString().simplified();
        label = tr("Retitle %1").arg(current->code);
        break;
    case Urgency: {
        bool ok = false;
        const int u = value.toInt(&ok);
        if (!ok || u < 0 || u > 3) {
            emit m_portfolio->editRefused(app::Text::tr("Urgency is low, normal, high or critical."));
            return false;
        }
        after.urgency = u;
        label = tr("Change urgency of %1").arg(current->code);
        break;
    }
    default:
        return false;
    }
    if (after == *current) {
        return true;
    }
    ChangeSet changes;
    changes.requests.push_back({*current, after});
    return m_portfolio->submit(label, std::move(changes));
}

void RequestModel::onAdded(core::Id id)
{
    reindex();
    if (m_rows.contains(id)) {
        onChanged(id);
        return;
    }
    const int row = int(m_ids.size());
    beginInsertRows({}, row, row);
    m_ids.append(id);
    m_rows.insert(id, row);
    endInsertRows();
}

void RequestModel::onChanged(core::Id id)
{
    const int row = rowOf(id);
    if (row >= 0) {
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

void RequestModel::onRemoved(core::Id id)
{
    reindex();
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

void RequestModel::columnChanged(int column)
{
    if (!m_ids.isEmpty()) {
        emit dataChanged(index(0, column), index(int(m_ids.size()) - 1, column));
    }
}

} // namespace tiller::app
