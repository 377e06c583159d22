#include "tiller/app/BinEdits.h"

#include "tiller/app/Portfolio.h"
#include "tiller/core/Validation.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <limits>

namespace tiller::app {

QString BinEdits::nextBinCode(const Portfolio& portfolio, const QStringList& alsoTaken)
{
    static const QRegularExpression pattern(QStringLiteral("^(.*?)(\\d+)$"));
    QHash<QString, int> prefixCount;
    QHash<QString, int> maxNumber;
    QHash<QString, int> width;
    QSet<QString> taken;
    for (const auto& b : portfolio.bins()) {
        taken.insert(core::normalizedCode(b.code));
        const auto m = pattern.match(b.code.trimmed());
        if (m.hasMatch()) {
            const QString prefix = m.captured(1);
            prefixCount[prefix]++;
            maxNumber[prefix] = qMax(maxNumber.value(prefix), m.captured(2).toInt());
            width[prefix] = qMax(width.value(prefix), int(m.captured(2).size()));
        }
    }
    for (const QString& code : alsoTaken) {
        taken.insert(core::normalizedCode(code));
    }
    QString prefix = QStringLiteral("BIN-");
    int best = 0;
    for (auto it = prefixCount.cbegin(); it != prefixCount.cend(); ++it) {
        if (it.value() > best || (it.value() == best && it.key() < prefix)) {
            best = it.value();
            prefix = it.key();
        }
    }
    // The width the program uses ("BIN-09" after "BIN-08"); three digits for a first bin.
    const int w = width.value(prefix, 3);
    int n = maxNumber.value(prefix) + 1;
    QString code;
    do {
        code = prefix + QStringLiteral("%1").arg(n++, w, 10, QLatin1Char('0'));
    } while (taken.contains(core::normalizedCode(code)));
    return code;
}

ChangeSet BinEdits::moveToBin(const Portfolio& portfolio, const QList<core::Id>& initiatives, core::Id binId)
{
    ChangeSet changes;
    if (binId != 0 && !portfolio.bin(binId)) {
        return changes;
    }
    QSet<core::Id> seen;
    for (core::Id id : initiatives) {
        const core::Initiative* i = portfolio.initiative(id);
        if (!i || i->binId == binId || seen.contains(id)) {
            continue;
        }
        seen.insert(id);
        core::Initiative after = *i;
        after.binId = binId;
        changes.initiatives.push_back({*i, after});
    }
    return changes;
}

QString BinEdits::moveLabel(const Portfolio& portfolio, const ChangeSet& move, core::Id binId)
{
    const int n = int(move.initiatives.size());
    const core::ProjectBin* target = portfolio.bin(binId);
    const QString one = n == 1 && move.initiatives.front().before ? move.initiatives.front().before->code : QString();
    if (!target) {
        return n == 1 ? tr("Take %1 out of its bin").arg(one) : tr("Take %n initiatives out of their bins", nullptr, n);
    }
    return n == 1 ? tr("Move %1 to %2").arg(one, target->code)
                  : tr("Move %n initiatives to %1", nullptr, n).arg(target->code);
}

bool BinEdits::move(Portfolio& portfolio, const QList<core::Id>& initiatives, core::Id binId)
{
    ChangeSet changes = moveToBin(portfolio, initiatives, binId);
    if (changes.isEmpty()) {
        return true;
    }
    const QString label = moveLabel(portfolio, changes, binId);
    return portfolio.submit(label, std::move(changes));
}

ChangeSet BinEdits::deleteBin(const Portfolio& portfolio, core::Id binId)
{
    ChangeSet changes;
    const core::ProjectBin* bin = portfolio.bin(binId);
    if (!bin) {
        return changes;
    }
    changes.bins.push_back({*bin, std::nullopt});
    for (const auto& d : portfolio.dependencies()) {
        if (d.predecessor == binId || d.successor == binId) {
            changes.dependencies.push_back({d, std::nullopt});
        }
    }
    for (const auto& i : portfolio.initiatives()) {
        if (i.binId == binId) {
            core::Initiative out = i;
            out.binId = 0;
            changes.initiatives.push_back({i, out});
        }
    }
    // Its plan goes with it (tasks with their hand-overs, charter, phases, definition of done): undo restores it.
    for (const auto& t : portfolio.tasks()) {
        if (t.binId == binId) {
            for (const auto& transfer : portfolio.taskHistory(t.id)) {
                changes.transfers.push_back({transfer, std::nullopt});
            }
            changes.tasks.push_back({t, std::nullopt});
        }
    }
    if (const core::Charter* c = portfolio.charter(binId)) {
        changes.charters.push_back({*c, std::nullopt});
    }
    for (const auto& p : portfolio.phases(binId)) {
        changes.phases.push_back({p, std::nullopt});
    }
    for (const auto& d : portfolio.definitionOfDone(binId)) {
        changes.dodItems.push_back({d, std::nullopt});
    }
    return changes;
}

std::vector<core::Id> BinEdits::rankByInitiatives(const std::vector<core::ProjectBin>& bins,
                                                  const std::vector<core::Initiative>& initiatives)
{
    struct Stats
    {
        int best = std::numeric_limits<int>::max();
        double sum = 0;
        int count = 0;
    };
    QHash<core::Id, Stats> stats;
    for (const auto& i : initiatives) {
        if (i.binId == 0 || i.priority <= 0) {
            continue;
        }
        Stats& s = stats[i.binId];
        s.best = std::min(s.best, i.priority);
        s.sum += i.priority;
        s.count++;
    }
    std::vector<const core::ProjectBin*> ranked;
    std::vector<const core::ProjectBin*> rest;
    for (const auto& b : bins) {
        (stats.value(b.id).count > 0 ? ranked : rest).push_back(&b);
    }
    std::sort(ranked.begin(), ranked.end(), [&](const core::ProjectBin* a, const core::ProjectBin* b) {
        const Stats sa = stats.value(a->id);
        const Stats sb = stats.value(b->id);
        if (sa.best != sb.best) {
            return sa.best < sb.best;
        }
        const double ma = sa.sum / sa.count;
        const double mb = sb.sum / sb.count;
        if (ma != mb) {
            return ma < mb;
        }
        return a->code.compare(b->code, Qt::CaseInsensitive) < 0;
    });
    // The others keep the order the program had: by priority (none last), then code.
    std::stable_sort(rest.begin(), rest.end(), [](const core::ProjectBin* a, const core::ProjectBin* b) {
        const int pa = a->priority > 0 ? a->priority : std::numeric_limits<int>::max();
        const int pb = b->priority > 0 ? b->priority : std::numeric_limits<int>::max();
        if (pa != pb) {
            return pa < pb;
        }
        return a->code.compare(b->code, Qt::CaseInsensitive) < 0;
    });
    std::vector<core::Id> order;
    order.reserve(bins.size());
    for (const auto* b : ranked) {
        order.push_back(b->id);
    }
    for (const auto* b : rest) {
        order.push_back(b->id);
    }
    return order;
}

ChangeSet BinEdits::derivePriorities(const Portfolio& portfolio)
{
    ChangeSet changes;
    const std::vector<core::Id> order = rankByInitiatives(portfolio.bins(), portfolio.initiatives());
    for (std::size_t n = 0; n < order.size(); ++n) {
        const core::ProjectBin* b = portfolio.bin(order[n]);
        if (b && b->priority != int(n) + 1) {
            core::ProjectBin after = *b;
            after.priority = int(n) + 1;
            changes.bins.push_back({*b, after});
        }
    }
    return changes;
}

} // namespace tiller::app
