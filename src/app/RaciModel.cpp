#include "tiller/app/RaciModel.h"

#include "tiller/app/Choices.h"
#include "tiller/app/GovernanceEdits.h"
#include "tiller/app/GovernanceText.h"
#include "tiller/app/Portfolio.h"

#include <QColor>
#include <QFont>
#include <QSet>
#include <algorithm>

namespace tiller::app {

namespace {

// The cells offered: the usual combinations of a RACI matrix.
const int Cells[] = {0,
                     core::roleFlag(core::RaciRole::Responsible),
                     core::roleFlag(core::RaciRole::Accountable),
                     core::roleFlag(core::RaciRole::Accountable) | core::roleFlag(core::RaciRole::Responsible),
                     core::roleFlag(core::RaciRole::Consulted),
                     core::roleFlag(core::RaciRole::Informed)};

} // namespace

RaciModel::RaciModel(Portfolio* portfolio, QObject* parent) : QAbstractTableModel(parent), m_portfolio(portfolio)
{
    for (auto signal : {&Portfolio::raciChanged, &Portfolio::binsChanged, &Portfolio::programChanged}) {
        connect(m_portfolio, signal, this, &RaciModel::reload);
    }
    for (auto signal : {&Portfolio::initiativeAdded, &Portfolio::initiativeChanged, &Portfolio::initiativeRemoved,
                        &Portfolio::personAdded, &Portfolio::personChanged, &Portfolio::personRemoved}) {
        connect(m_portfolio, signal, this, &RaciModel::reload);
    }
    reload();
}

void RaciModel::reload()
{
    beginResetModel();
    m_items.clear();
    for (const core::RaciItem& item : m_portfolio->raciItems()) {
        if (item.isBin() || m_showInitiatives) {
            m_items.push_back(item);
        }
    }
    // People by team, then name: the matrix reads as the organisation does.
    std::vector<const core::Person*> people;
    for (const core::Person& p : m_portfolio->people()) {
        people.push_back(&p);
    }
    std::stable_sort(people.begin(), people.end(), [](const auto* a, const auto* b) {
        const int team = QString::localeAwareCompare(a->team, b->team);
        return team != 0 ? team < 0 : QString::localeAwareCompare(a->name, b->name) < 0;
    });
    QHash<QPair<qint64, qint64>, int> rowOfItem;
    for (int row = 0; row < int(m_items.size()); ++row) {
        rowOfItem.insert({m_items[row].binId, m_items[row].initiativeId}, row);
    }
    m_cells.clear();
    QSet<core::Id> involved;
    for (const core::RaciAssignment& a : m_portfolio->raci()) {
        const core::RaciItem item = core::raciItemOf(a);
        const auto it = rowOfItem.constFind({item.binId, item.initiativeId});
        if (it != rowOfItem.cend()) {
            m_cells[{it.value(), a.personId}] |= core::roleFlag(a.role);
            involved.insert(a.personId);
        }
    }
    m_people.clear();
    for (const core::Person* p : people) {
        if (m_showEveryone || involved.contains(p->id)) {
            m_people.append(p->id);
        }
    }
    m_report = core::analyseRaci(m_items, m_portfolio->raci(), m_portfolio->program().raciLimit);
    m_rowGaps.clear();
    for (const core::RaciFinding& f : m_report.gaps) {
        m_rowGaps[rowOfItem.value({f.item.binId, f.item.initiativeId})] |= 1 << int(f.gap);
    }
    endResetModel();
}

void RaciModel::setShowEveryone(bool everyone)
{
    if (everyone != m_showEveryone) {
        m_showEveryone = everyone;
        reload();
    }
}

void RaciModel::setShowInitiatives(bool show)
{
    if (show != m_showInitiatives) {
        m_showInitiatives = show;
        reload();
    }
}

int RaciModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}
int RaciModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : FirstPerson + int(m_people.size());
}

core::RaciItem RaciModel::itemAt(int row) const
{
    return row >= 0 && row < int(m_items.size()) ? m_items[row] : core::RaciItem{};
}

core::Id RaciModel::personAt(int column) const
{
    const int i = column - FirstPerson;
    return i >= 0 && i < m_people.size() ? m_people[i] : 0;
}

int RaciModel::rowOf(core::RaciItem item) const
{
    const auto it = std::find(m_items.begin(), m_items.end(), item);
    return it == m_items.end() ? -1 : int(it - m_items.begin());
}

int RaciModel::columnOf(core::Id personId) const
{
    const int i = int(m_people.indexOf(personId));
    return i < 0 ? -1 : FirstPerson + i;
}

QString RaciModel::letters(int flags)
{
    QStringList parts;
    for (auto role : {core::RaciRole::Accountable, core::RaciRole::Responsible, core::RaciRole::Consulted,
                      core::RaciRole::Informed}) {
        if (core::hasRole(flags, role)) {
            parts.append(core::toKey(role));
        }
    }
    return parts.join(QLatin1Char('/'));
}

QVariant RaciModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_items.size())) {
        return {};
    }
    const core::RaciItem item = m_items[index.row()];
    const int gaps = m_rowGaps.value(index.row());
    if (index.column() == Item) {
        QString code, name;
        if (item.isBin()) {
            const core::ProjectBin* b = m_portfolio->bin(item.binId);
            code = b ? b->code : QString();
            name = b ? b->name : QString();
        } else {
            const core::Initiative* i = m_portfolio->initiative(item.initiativeId);
            code = i ? i->code : QString();
            name = i ? i->title : QString();
        }
        if (role == Qt::DisplayRole) {
            return QStringLiteral("%1  %2").arg(code, name);
        }
        if (role == Qt::ToolTipRole) {
            return item.isBin() ? tr("Bin %1: %2").arg(code, name) : tr("Initiative %1: %2").arg(code, name);
        }
        if (role == Qt::FontRole && item.isBin()) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    }
    if (index.column() == Gaps) {
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
            return GovernanceText::raciGaps(m_report.gapsOf(item));
        }
        if (role == Qt::ForegroundRole && gaps != 0) {
            return QColor(QStringLiteral("#b3261e"));
        }
        if (role == GapRole) {
            return gaps != 0;
        }
        return {};
    }
    const core::Id person = personAt(index.column());
    const int flags = m_cells.value({index.row(), person});
    switch (role) {
    case Qt::DisplayRole:
        return letters(flags);
    case Qt::EditRole:
    case FlagsRole:
        return flags;
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::BackgroundRole:
        if (core::hasRole(flags, core::RaciRole::Accountable)) {
            return QColor(QStringLiteral("#d7e3fc"));
        }
        if (core::hasRole(flags, core::RaciRole::Responsible)) {
            return QColor(QStringLiteral("#e6f2e6"));
        }
        return {};
    case Qt::ToolTipRole: {
        const core::Person* p = m_portfolio->person(person);
        QStringList roles;
        for (int r = 0; r < core::RaciRoleCount; ++r) {
            if (core::hasRole(flags, core::RaciRole(r))) {
                roles.append(GovernanceText::raciRole(core::RaciRole(r)));
            }
        }
        return roles.isEmpty() ? tr("%1: no role").arg(p ? p->name : QString())
                               : tr("%1: %2").arg(p ? p->name : QString(), roles.join(QStringLiteral(", ")));
    }
    case ChoicesRole: {
        QVariantList out;
        for (int cell : Cells) {
            out.append(choices::choice(cell == 0 ? tr("(none)") : letters(cell), cell));
        }
        return out;
    }
    default:
        return {};
    }
}

QVariant RaciModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) {
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    }
    if (section == Item) {
        return role == Qt::DisplayRole ? tr("Bin or initiative") : QVariant();
    }
    if (section == Gaps) {
        return role == Qt::DisplayRole ? tr("Gaps") : QVariant();
    }
    const core::Person* p = m_portfolio->person(personAt(section));
    if (!p) {
        return {};
    }
    const int accountable = m_report.accountableFor(p->id);
    switch (role) {
    case Qt::DisplayRole: {
        // The name on two lines (first names, then the last), and the load.
        QString name = p->name;
        const qsizetype space = name.lastIndexOf(QLatin1Char(' '));
        if (space > 0) {
            name[space] = QLatin1Char('\n');
        }
        return accountable > 0 ? tr("%1\n%2 × A").arg(name).arg(accountable) : name;
    }
    case Qt::ToolTipRole:
        return tr("%1 (%2) is accountable for %n item(s); the limit is %3.", nullptr, accountable)
            .arg(p->name, p->team.isEmpty() ? tr("no team") : p->team)
            .arg(m_portfolio->program().raciLimit);
    case Qt::ForegroundRole:
        return m_report.overloaded(p->id) ? QVariant(QColor(QStringLiteral("#b3261e"))) : QVariant();
    case GapRole:
        return m_report.overloaded(p->id);
    default:
        return {};
    }
}

Qt::ItemFlags RaciModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() >= FirstPerson && !m_portfolio->isReadOnly()) {
        f |= Qt::ItemIsEditable;
    }
    return f;
}

bool RaciModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || index.column() < FirstPerson || index.row() >= int(m_items.size())) {
        return false;
    }
    const core::RaciItem item = m_items[index.row()];
    const core::Id person = personAt(index.column());
    const int flags = value.toInt() & 0xF;
    if (flags == m_cells.value({index.row(), person})) {
        return true;
    }
    const core::Person* p = m_portfolio->person(person);
    const QString label = flags == 0 ? tr("Clear %1's RACI role").arg(p ? p->name : QString())
                                     : tr("Make %1 %2").arg(p ? p->name : QString(), letters(flags));
    return m_portfolio->submit(label, GovernanceEdits::setRaciCell(*m_portfolio, item, person, flags));
}

} // namespace tiller::app
