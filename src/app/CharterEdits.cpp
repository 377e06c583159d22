#include "tiller/app/CharterEdits.h"

#include "tiller/app/Portfolio.h"

#include <QHash>

namespace tiller::app {

namespace {

template <typename T> QHash<core::Id, T> byId(const std::vector<T>& rows)
{
    QHash<core::Id, T> out;
    for (const T& r : rows) {
        out.insert(r.id, r);
    }
    return out;
}

// Inserts, updates and deletes turning `saved` into `edited` (positions become the sort order).
template <typename T>
std::vector<Change<T>> diff(const std::vector<T>& saved, const std::vector<T>& edited, core::Id binId)
{
    std::vector<Change<T>> out;
    QHash<core::Id, T> before = byId(saved);
    int order = 0;
    for (T row : edited) {
        row.binId = binId;
        row.sortOrder = ++order;
        const auto it = before.constFind(row.id);
        if (row.id == 0 || it == before.cend()) {
            row.id = 0;
            row.version = 0;
            out.push_back({std::nullopt, row});
            continue;
        }
        row.version = it->version;
        if (!(row == *it)) {
            out.push_back({*it, row});
        }
        before.remove(row.id);
    }
    for (const T& gone : saved) {
        if (before.contains(gone.id)) {
            out.push_back({gone, std::nullopt});
        }
    }
    return out;
}

} // namespace

CharterDraft CharterEdits::draft(const Portfolio& portfolio, core::Id binId)
{
    const core::Charter* saved = portfolio.charter(binId);
    if (!saved) {
        const core::ProjectBin* bin = portfolio.bin(binId);
        CharterDraft d = templateFor(bin ? *bin : core::ProjectBin{binId});
        // A bin may have criteria or phases without a charter (written by an import): keep them.
        if (auto dod = portfolio.definitionOfDone(binId); !dod.empty()) {
            d.definitionOfDone = std::move(dod);
        }
        if (auto phases = portfolio.phases(binId); !phases.empty()) {
            d.phases = std::move(phases);
        }
        return d;
    }
    CharterDraft d;
    d.charter = *saved;
    d.phases = portfolio.phases(binId);
    d.definitionOfDone = portfolio.definitionOfDone(binId);
    return d;
}

CharterDraft CharterEdits::templateFor(const core::ProjectBin& bin)
{
    CharterDraft d;
    d.isTemplate = true;
    d.charter.binId = bin.id;
    int order = 0;
    for (const QString& text : {tr("Customer KPI measured before and after"), tr("Owner and sponsor sign off"),
                                tr("Support teams trained"), tr("Customers told what changed")}) {
        core::DodItem item;
        item.binId = bin.id;
        item.text = text;
        item.sortOrder = ++order;
        d.definitionOfDone.push_back(item);
    }
    if (bin.start.isValid() && bin.end.isValid() && bin.end >= bin.start) {
        const qint64 days = bin.start.daysTo(bin.end);
        const QDate firstEnd = bin.start.addDays(days / 4);
        const QDate secondEnd = bin.start.addDays(days * 3 / 4);
        const QString names[] = {tr("Discovery and design"), tr("Build and pilot"), tr("Roll-out and handover")};
        const QDate starts[] = {bin.start, firstEnd.addDays(1), secondEnd.addDays(1)};
        const QDate ends[] = {firstEnd, secondEnd, bin.end};
        for (int i = 0; i < 3; ++i) {
            core::CharterPhase p;
            p.binId = bin.id;
            p.name = names[i];
            p.start = qMin(starts[i], bin.end);
            p.end = qMax(ends[i], p.start);
            p.sortOrder = i + 1;
            d.phases.push_back(p);
        }
    }
    return d;
}

QString CharterEdits::objectivesPrompt()
{
    return tr("What will be different for customers when this is done? What will the teams do differently?");
}

QString CharterEdits::benefitsPrompt()
{
    return tr("Which benefits do we expect, and how will we see them (a customer KPI, a cost, a volume)?");
}

QString CharterEdits::scopeInPrompt()
{
    return tr("Which journeys, channels, products and customer segments are in?");
}

QString CharterEdits::scopeOutPrompt()
{
    return tr("What is explicitly left out, so nobody expects it?");
}

QString CharterEdits::risksPrompt()
{
    return tr("What could stop us or slow us down, and what do we do about it?");
}

ChangeSet CharterEdits::save(const Portfolio& portfolio, const CharterDraft& edited)
{
    ChangeSet changes;
    const core::Id binId = edited.charter.binId;
    core::Charter charter = edited.charter;
    if (const core::Charter* saved = portfolio.charter(binId)) {
        charter.version = saved->version;
        if (!(charter == *saved)) {
            changes.charters.push_back({*saved, charter});
        }
    } else {
        charter.version = 0;
        changes.charters.push_back({std::nullopt, charter});
    }
    changes.phases = diff(portfolio.phases(binId), edited.phases, binId);
    changes.dodItems = diff(portfolio.definitionOfDone(binId), edited.definitionOfDone, binId);
    return changes;
}

QStringList CharterEdits::openCriteria(const Portfolio& portfolio, core::Id binId)
{
    QStringList open;
    for (const core::DodItem& d : portfolio.definitionOfDone(binId)) {
        if (!d.done) {
            open.append(d.text);
        }
    }
    return open;
}

QStringList CharterEdits::blockingDone(const Portfolio& portfolio, const core::ProjectBin& before,
                                       const core::ProjectBin& after)
{
    if (after.status != core::BinStatus::Done || before.status == core::BinStatus::Done || after.id == 0) {
        return {};
    }
    return openCriteria(portfolio, after.id);
}

} // namespace tiller::app
