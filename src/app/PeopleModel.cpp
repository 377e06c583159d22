#include "tiller/app/PeopleModel.h"

#include "tiller/app/Portfolio.h"
#include "tiller/app/Text.h"

#include <QColor>

namespace tiller::app {

// ---- People ----------------------------------------------------------------

PeopleModel::PeopleModel(Portfolio* portfolio, QObject* parent) : QAbstractTableModel(parent), m_portfolio(portfolio)
{
    reload();
    connect(portfolio, &Portfolio::personAdded, this, [this](core::Id id) {
        const int row = int(m_ids.size());
        beginInsertRows({}, row, row);
        m_ids.append(id);
        endInsertRows();
    });
    connect(portfolio, &Portfolio::personChanged, this, [this](core::Id id) {
        const int row = int(m_ids.indexOf(id));
        if (row >= 0) {
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    });
    connect(portfolio, &Portfolio::personRemoved, this, [this](core::Id id) {
        const int row = int(m_ids.indexOf(id));
        if (row >= 0) {
            beginRemoveRows({}, row, row);
            m_ids.removeAt(row);
            endRemoveRows();
        }
    });
}

void PeopleModel::reload()
{
    m_ids.clear();
    for (const auto& p : m_portfolio->people()) {
        m_ids.append(p.id);
    }
}

int PeopleModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_ids.size()); }
int PeopleModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }
core::Id PeopleModel::idAt(int row) const { return row >= 0 && row < m_ids.size() ? m_ids[row] : 0; }

QVariant PeopleModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const core::Person* p = m_portfolio->person(m_ids[index.row()]);
    if (!p) {
        return {};
    }
    if (role == IdRole) {
        return p->id;
    }
    if (role == RoleFlagsRole) {
        return p->roles;
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole) {
        return {};
    }
    switch (index.column()) {
    case Name:
        return p->name;
    case Email:
        return p->email;
    case Team:
        return p->team;
    case Roles:
        return role == Qt::EditRole ? QVariant(p->roles) : QVariant(Text::roles(p->roles));
    default:
        return {};
    }
}

QVariant PeopleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Name:
        return tr("Name");
    case Email:
        return tr("E-mail");
    case Team:
        return tr("Team");
    case Roles:
        return tr("Roles");
    default:
        return {};
    }
}

Qt::ItemFlags PeopleModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && !m_portfolio->isReadOnly()) {
        f |= Qt::ItemIsEditable;
    }
    return f;
}

bool PeopleModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return false;
    }
    const core::Person* current = m_portfolio->person(m_ids[index.row()]);
    if (!current) {
        return false;
    }
    core::Person after = *current;
    switch (index.column()) {
    case Name:
        after.name = value.toString().trimmed();
        break;
    case Email:
        after.email = value.toString().trimmed();
        break;
    case Team:
        after.team = value.toString().trimmed();
        break;
    case Roles:
        after.roles = value.toInt();
        break;
    default:
        return false;
    }
    if (after == *current) {
        return true;
    }
    ChangeSet changes;
    changes.people.push_back({*current, after});
    return m_portfolio->submit(tr("Edit %1").arg(current->name), std::move(changes));
}

int PeopleModel::addPerson()
{
    core::Person p;
    p.name = tr("New person");
    p.roles = core::Stakeholder;
    ChangeSet changes;
    changes.people.push_back({std::nullopt, p});
    if (!m_portfolio->submit(tr("Add person"), std::move(changes))) {
        return -1;
    }
    return int(m_ids.size()) - 1;
}

bool PeopleModel::removeRows(const QList<int>& rows)
{
    ChangeSet changes;
    for (int row : rows) {
        if (const core::Person* p = m_portfolio->person(idAt(row))) {
            changes.people.push_back({*p, std::nullopt});
        }
    }
    if (changes.people.empty()) {
        return false;
    }
    const QString label = changes.people.size() == 1 ? tr("Delete %1").arg(changes.people.front().before->name)
                                                     : tr("Delete %n people", nullptr, int(changes.people.size()));
    return m_portfolio->submit(label, std::move(changes));
}

// ---- Domains ---------------------------------------------------------------

DomainModel::DomainModel(Portfolio* portfolio, QObject* parent) : QAbstractTableModel(parent), m_portfolio(portfolio)
{
    reload();
    auto rebuild = [this] {
        beginResetModel();
        reload();
        endResetModel();
    };
    connect(portfolio, &Portfolio::domainAdded, this, rebuild);
    connect(portfolio, &Portfolio::domainRemoved, this, rebuild);
    connect(portfolio, &Portfolio::domainChanged, this, [this](core::Id id) {
        const int row = int(m_ids.indexOf(id));
        if (row >= 0) {
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    });
}

void DomainModel::reload()
{
    m_ids.clear();
    for (const auto& d : m_portfolio->domains()) {
        m_ids.append(d.id);
    }
}

int DomainModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_ids.size()); }
int DomainModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }
core::Id DomainModel::idAt(int row) const { return row >= 0 && row < m_ids.size() ? m_ids[row] : 0; }

QVariant DomainModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const core::Domain* d = m_portfolio->domain(m_ids[index.row()]);
    if (!d) {
        return {};
    }
    if (role == IdRole) {
        return d->id;
    }
    if (index.column() == Color && role == Qt::DecorationRole) {
        return QColor::fromString(d->color);
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole) {
        return {};
    }
    return index.column() == Name ? d->name : d->color;
}

QVariant DomainModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    return section == Name ? tr("Name") : tr("Colour");
}

Qt::ItemFlags DomainModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && !m_portfolio->isReadOnly()) {
        f |= Qt::ItemIsEditable;
    }
    return f;
}

bool DomainModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return false;
    }
    const core::Domain* current = m_portfolio->domain(m_ids[index.row()]);
    if (!current) {
        return false;
    }
    core::Domain after = *current;
    if (index.column() == Name) {
        after.name = value.toString().trimmed();
    } else {
        const QColor c = value.typeId() == QMetaType::QColor ? value.value<QColor>() : QColor::fromString(value.toString());
        after.color = c.isValid() ? c.name() : value.toString();
    }
    if (after == *current) {
        return true;
    }
    ChangeSet changes;
    changes.domains.push_back({*current, after});
    return m_portfolio->submit(tr("Edit domain %1").arg(current->name), std::move(changes));
}

int DomainModel::addDomain()
{
    core::Domain d;
    int n = int(m_portfolio->domains().size()) + 1;
    do {
        d.name = tr("New domain %1").arg(n++);
    } while (core::validateDomain(d, m_portfolio->domains()).has_value() &&
             core::validateDomain(d, m_portfolio->domains())->code == core::ValidationError::Code::DuplicateName);
    static const char* palette[] = {"#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f",
                                    "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac"};
    d.color = QLatin1String(palette[m_portfolio->domains().size() % 10]);
    int maxOrder = 0;
    for (const auto& x : m_portfolio->domains()) {
        maxOrder = qMax(maxOrder, x.sortOrder);
    }
    d.sortOrder = maxOrder + 1;
    ChangeSet changes;
    changes.domains.push_back({std::nullopt, d});
    if (!m_portfolio->submit(tr("Add domain"), std::move(changes))) {
        return -1;
    }
    return int(m_ids.indexOf(m_portfolio->domains().back().id));
}

bool DomainModel::removeRows(const QList<int>& rows)
{
    ChangeSet changes;
    for (int row : rows) {
        if (const core::Domain* d = m_portfolio->domain(idAt(row))) {
            changes.domains.push_back({*d, std::nullopt});
        }
    }
    if (changes.domains.empty()) {
        return false;
    }
    const QString label = changes.domains.size() == 1
                              ? tr("Delete domain %1").arg(changes.domains.front().before->name)
                              : tr("Delete %n domains", nullptr, int(changes.domains.size()));
    return m_portfolio->submit(label, std::move(changes));
}

} // namespace tiller::app
