// The rules Portfolio checks before it writes: codes, titles, references, bins, cycles, deletions.
#include "tiller/app/Portfolio.h"

#include "tiller/app/Text.h"
#include "tiller/core/Schedule.h"
#include "tiller/storage/Repositories.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace tiller::app {

std::optional<core::ValidationError> Portfolio::validate(const core::Initiative& i) const
{
    if (auto e = core::validateInitiative(i, m_initiatives)) {
        return e;
    }
    using C = core::ValidationError::Code;
    if (i.domainId != 0 && !domain(i.domainId)) {
        return core::ValidationError{C::UnknownReference, QStringLiteral("domain"), QString::number(i.domainId)};
    }
    if (i.ownerId != 0 && !person(i.ownerId)) {
        return core::ValidationError{C::UnknownReference, QStringLiteral("owner"), QString::number(i.ownerId)};
    }
    for (core::Id p : i.painPoints) {
        if (!painPoint(p)) {
            return core::ValidationError{C::UnknownReference, QStringLiteral("pain point"), QString::number(p)};
        }
    }
    return std::nullopt;
}

std::optional<core::ValidationError> Portfolio::validate(const core::Person& p) const { return core::validatePerson(p); }

std::optional<core::ValidationError> Portfolio::validate(const core::Domain& d) const
{
    return core::validateDomain(d, m_domains);
}

std::optional<core::ValidationError> Portfolio::validateInitiatives(const ChangeSet& changes) const
{
    // Codes as the program would have them after the change: the code index
    // minus the rows this change touches, plus their new codes. Linear in the
    // size of the change, not of the program.
    QSet<core::Id> touched;
    for (const auto& c : changes.initiatives) {
        if (c.before) {
            touched.insert(c.before->id);
        }
    }
    QHash<QString, QString> newCodes; // normalised → as written
    for (const auto& c : changes.initiatives) {
        if (!c.after) {
            continue;
        }
        // Rules that need no other row (empty, too long, characters, title…).
        if (auto error = core::validateInitiative(*c.after, {})) {
            return error;
        }
        const QString norm = core::normalizedCode(c.after->code);
        const core::Id holder = m_codeIndex.value(norm, 0);
        if ((holder != 0 && !touched.contains(holder)) || newCodes.contains(norm)) {
            const core::Initiative* other = initiative(holder);
            const QString clash = newCodes.value(norm, other ? other->code : c.after->code);
            return core::ValidationError{core::ValidationError::Code::DuplicateCode, QStringLiteral("code"), clash};
        }
        newCodes.insert(norm, c.after->code.trimmed());
        core::Initiative references = *c.after;
        references.code = QStringLiteral("x"); // the code was judged above
        // A pain point written by the same set is known by its placeholder.
        references.painPoints.removeIf([&](core::Id p) {
            return p < 0 && std::any_of(changes.painPoints.begin(), changes.painPoints.end(),
                                        [p](const auto& x) { return !x.before && x.after && x.after->id == p; });
        });
        if (auto error = validate(references); error && error->code != core::ValidationError::Code::DuplicateCode) {
            return error;
        }
    }
    return std::nullopt;
}

std::optional<QString> Portfolio::validateBins(const ChangeSet& changes) const
{
    for (const auto& c : changes.bins) {
        if (!c.after) {
            continue;
        }
        const core::ProjectBin& b = *c.after;
        if (b.code.trimmed().isEmpty()) {
            return Text::tr("A bin needs a code.");
        }
        if (b.name.trimmed().isEmpty()) {
            return Text::tr("A bin needs a name.");
        }
        for (const core::ProjectBin& other : m_bins) {
            if (other.id != b.id && core::normalizedCode(other.code) == core::normalizedCode(b.code)) {
                return Text::tr("The code “%1” is already used by another bin.").arg(other.code);
            }
        }
        if (b.start.isValid() && b.end.isValid() && b.end < b.start) {
            return Text::tr("%1 would end before it starts.").arg(b.code);
        }
    }
    QSet<core::Id> removed;
    for (const auto& c : changes.dependencies) {
        if (c.before) {
            removed.insert(c.before->id);
        }
    }
    // A bin goes only with what refers to it, in the same change, so that undo brings everything back.
    for (const auto& c : changes.bins) {
        if (!c.before || c.after) {
            continue;
        }
        const core::Id gone = c.before->id;
        for (const core::BinDependency& d : m_dependencies) {
            if ((d.predecessor == gone || d.successor == gone) && !removed.contains(d.id)) {
                return Text::tr("%1 still has dependencies: remove them with it.").arg(c.before->code);
            }
        }
        for (const core::Initiative& i : m_initiatives) {
            if (i.binId != gone) {
                continue;
            }
            const bool moved = std::any_of(changes.initiatives.begin(), changes.initiatives.end(), [&](const auto& ic) {
                return ic.before && ic.before->id == i.id && (!ic.after || ic.after->binId != gone);
            });
            if (!moved) {
                return Text::tr("%1 still holds initiatives: move them out with it.").arg(c.before->code);
            }
        }
    }
    // Dependencies as they would be: refuse any change that closes a cycle, naming it.
    std::vector<core::Dependency> graph;
    for (const core::BinDependency& d : m_dependencies) {
        if (!removed.contains(d.id)) {
            graph.push_back({d.predecessor, d.successor, d.lagDays});
        }
    }
    for (const auto& c : changes.dependencies) {
        if (!c.after) {
            continue;
        }
        const core::Dependency candidate{c.after->predecessor, c.after->successor, c.after->lagDays};
        const QList<core::Id> cycle = core::cycleIfAdded(graph, candidate);
        if (!cycle.isEmpty()) {
            QStringList codes;
            for (core::Id id : cycle) {
                const core::ProjectBin* b = bin(id);
                codes.append(b ? b->code : QString::number(id));
            }
            codes.append(codes.first());
            return Text::tr("This dependency would close a cycle: %1.").arg(codes.join(QStringLiteral(" → ")));
        }
        graph.push_back(candidate);
    }
    return std::nullopt;
}

std::optional<QString> Portfolio::checkDeletions(const ChangeSet& changes) const
{
    for (const auto& c : changes.people) {
        if (c.before && !c.after) {
            auto uses = storage::PersonRepository(*m_db).usageCount(c.before->id);
            if (uses && *uses > 0) {
                return Text::tr("%1 can't be deleted: they are named on %n item(s). Reassign those first.", nullptr,
                                *uses)
                    .arg(c.before->name);
            }
        }
    }
    for (const auto& c : changes.domains) {
        if (c.before && !c.after) {
            auto uses = storage::DomainRepository(*m_db).usageCount(c.before->id);
            if (uses && *uses > 0) {
                return Text::tr("The domain %1 can't be deleted: %n item(s) belong to it. Move them first.", nullptr,
                                *uses)
                    .arg(c.before->name);
            }
        }
    }
    return std::nullopt;
}

QString Portfolio::nextInitiativeCode(const QStringList& alsoTaken) const
{
    // Follow the most common "PREFIX-123" pattern; fall back to "INI-".
    static const QRegularExpression pattern(QStringLiteral("^(.*?)(\\d+)$"));
    QHash<QString, int> prefixCount;
    QHash<QString, int> maxNumber;
    QHash<QString, int> width;
    for (const auto& i : m_initiatives) {
        const auto m = pattern.match(i.code.trimmed());
        if (m.hasMatch()) {
            const QString prefix = m.captured(1);
            prefixCount[prefix]++;
            maxNumber[prefix] = qMax(maxNumber.value(prefix), m.captured(2).toInt());
            width[prefix] = qMax(width.value(prefix), int(m.captured(2).size()));
        }
    }
    QString prefix = QStringLiteral("INI-");
    int best = 0;
    for (auto it = prefixCount.cbegin(); it != prefixCount.cend(); ++it) {
        if (it.value() > best || (it.value() == best && it.key() < prefix)) {
            best = it.value();
            prefix = it.key();
        }
    }
    int n = maxNumber.value(prefix) + 1;
    const int w = qMax(3, width.value(prefix));
    QString code;
    do {
        code = prefix + QStringLiteral("%1").arg(n++, w, 10, QLatin1Char('0'));
    } while (initiativeByCode(code) || alsoTaken.contains(code, Qt::CaseInsensitive));
    return code;
}

} // namespace tiller::app
