#include "tiller/core/Invariants.h"

#include "tiller/core/Validation.h"

#include <QHash>

#include <map>

namespace tiller::core {

std::vector<InvariantViolation> findDuplicateCodes(const QString& entity, const std::vector<CodedRow>& rows)
{
    std::map<QString, QList<Id>> byCode;
    for (const CodedRow& r : rows) {
        byCode[normalizedCode(r.code)].append(r.id);
    }
    std::vector<InvariantViolation> out;
    for (const auto& [code, ids] : byCode) {
        if (ids.size() > 1) {
            out.push_back({InvariantViolation::Kind::DuplicateCode, entity, ids, code});
        }
    }
    return out;
}

std::vector<InvariantViolation> findDatesOutOfOrder(const QString& entity, const std::vector<DatedRow>& rows)
{
    std::vector<InvariantViolation> out;
    for (const DatedRow& r : rows) {
        if (r.start.isValid() && r.end.isValid() && r.end < r.start) {
            out.push_back({InvariantViolation::Kind::DatesOutOfOrder, entity, {r.id},
                           QStringLiteral("%1: %2 > %3")
                               .arg(r.label, r.start.toString(Qt::ISODate), r.end.toString(Qt::ISODate))});
        }
    }
    return out;
}

QList<Id> findCycle(const std::vector<std::pair<Id, Id>>& edges)
{
    QHash<Id, QList<Id>> next;
    for (const auto& [from, to] : edges) {
        next[from].append(to);
        if (!next.contains(to)) {
            next.insert(to, {});
        }
    }
    // Iterative DFS with colours; the grey path is the current stack.
    enum Colour { White, Grey, Black };
    QHash<Id, Colour> colour;
    QList<Id> keys = next.keys();
    std::sort(keys.begin(), keys.end()); // deterministic report
    for (Id start : keys) {
        if (colour.value(start, White) != White) {
            continue;
        }
        QList<std::pair<Id, qsizetype>> stack{{start, 0}};
        colour[start] = Grey;
        while (!stack.isEmpty()) {
            auto& [node, idx] = stack.last();
            const QList<Id>& succ = next[node];
            if (idx < succ.size()) {
                const Id s = succ[idx++];
                const Colour c = colour.value(s, White);
                if (c == Grey) {
                    QList<Id> cycle;
                    qsizetype k = stack.size() - 1;
                    while (k >= 0 && stack[k].first != s) {
                        --k;
                    }
                    for (; k < stack.size(); ++k) {
                        cycle.append(stack[k].first);
                    }
                    return cycle;
                }
                if (c == White) {
                    colour[s] = Grey;
                    stack.append({s, 0});
                }
            } else {
                colour[node] = Black;
                stack.removeLast();
            }
        }
    }
    return {};
}

} // namespace tiller::core
