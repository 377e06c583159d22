// Domain invariants checked by `tiller check`: pure functions over plain rows.
#pragma once

#include "tiller/core/Types.h"

#include <QDate>
#include <QList>
#include <QString>

#include <utility>
#include <vector>

namespace tiller::core {

struct InvariantViolation
{
    enum class Kind { DuplicateCode, DependencyCycle, DatesOutOfOrder };
    Kind kind;
    QString entity;  // "initiative", "bin", "task"…
    QList<Id> ids;   // the rows involved (the cycle in order for a cycle)
    QString detail;  // the code, or the dates, for the report
};

struct CodedRow
{
    Id id;
    QString code;
};

struct DatedRow
{
    Id id;
    QString label;
    QDate start;
    QDate end;
};

std::vector<InvariantViolation> findDuplicateCodes(const QString& entity, const std::vector<CodedRow>& rows);
std::vector<InvariantViolation> findDatesOutOfOrder(const QString& entity, const std::vector<DatedRow>& rows);

// Edges are (predecessor, successor). Returns one cycle (first node repeated
// at the end is not included), or an empty list when the graph is acyclic.
QList<Id> findCycle(const std::vector<std::pair<Id, Id>>& edges);

} // namespace tiller::core
