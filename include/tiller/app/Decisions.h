// Decision snapshots: what a decision was based on, frozen; and what moved between two of them.
#pragma once

#include "tiller/core/Voting.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace tiller::app {

class Portfolio;

// The state of the prioritisation now (model and weights, scores of the given
// initiatives, or of all when empty), as snapshots record it.
QJsonObject prioritisationState(const Portfolio& portfolio, const QList<core::Id>& initiatives = {});

struct DecisionComparison
{
    struct Row
    {
        QString code;
        std::optional<int> placeA; // 1-based place in the decision's order
        std::optional<int> placeB;
        std::optional<double> scoreA;
        std::optional<double> scoreB;
    };
    QList<Row> rows;               // every initiative of either decision, by place in B then A
    QStringList weightChanges;     // "Customer benefit: 3 → 4"
    QString modelA;
    QString modelB;
};

DecisionComparison compareDecisions(const core::DecisionSnapshot& a, const core::DecisionSnapshot& b);

} // namespace tiller::app
