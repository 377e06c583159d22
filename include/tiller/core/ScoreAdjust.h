// Moving an initiative on the priority matrix: which criterion values put it at a new value/effort position.
#pragma once

#include "tiller/core/Scoring.h"

namespace tiller::core {

// Returns new criterion values (only criteria of `model`) that bring the
// initiative's score as close as the scales allow to (targetValue,
// targetEffort), changing as little as needed:
// - weighted: every criterion of a side moves by the same normalised amount
//   (so their relative judgement is kept), then values snap to whole steps on
//   scales of at most 20 units;
// - RICE: effort is set; value moves through impact, then reach;
// - WSJF: job size is set; the three cost-of-delay parts scale together.
// Criteria without a value start from the middle of their scale.
QHash<Id, double> adjustToward(const ScoringModel& model, const QHash<Id, double>& values, double targetValue,
                               double targetEffort);

} // namespace tiller::core
