// The bins view's actions as ChangeSets: move initiatives, delete a bin with what refers to it, derive priorities.
#pragma once

#include "tiller/app/Changes.h"
#include "tiller/core/Entities.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <vector>

namespace tiller::app {

class Portfolio;

class BinEdits
{
    Q_DECLARE_TR_FUNCTIONS(BinEdits)
public:
    // A bin code not used yet, following the bins' most common "PREFIX-123" pattern; "BIN-001" for the first.
    static QString nextBinCode(const Portfolio& portfolio, const QStringList& alsoTaken = {});

    // Puts the initiatives into `binId` (0: out of any bin); those already there are left out.
    // Empty when nothing would move.
    static ChangeSet moveToBin(const Portfolio& portfolio, const QList<core::Id>& initiatives, core::Id binId);
    // "Move 3 initiatives to BIN-004", "Move CX-001 to BIN-004", "Take CX-001 out of its bin".
    static QString moveLabel(const Portfolio& portfolio, const ChangeSet& move, core::Id binId);
    // Submits the move as one undoable command; true when it was made (or there was nothing to move).
    static bool move(Portfolio& portfolio, const QList<core::Id>& initiatives, core::Id binId);

    // The bin, its dependencies, its plan (tasks, charter, phases, definition of done), and its initiatives taken out
    // of it: what the portfolio needs to delete it,
    // so that one undo brings everything back. Empty when the bin is unknown.
    static ChangeSet deleteBin(const Portfolio& portfolio, core::Id binId);

    // Bins from first to last by their initiatives' priorities: the best (smallest non-zero) priority first,
    // ties broken by the mean of the non-zero priorities, then by code. Bins without a prioritised initiative
    // come last, in the order they had (their priority, unprioritised last, then code).
    static std::vector<core::Id> rankByInitiatives(const std::vector<core::ProjectBin>& bins,
                                                   const std::vector<core::Initiative>& initiatives);
    // Renumbers the bins' priorities 1..n in that order (only the bins whose priority changes).
    static ChangeSet derivePriorities(const Portfolio& portfolio);
};

} // namespace tiller::app
