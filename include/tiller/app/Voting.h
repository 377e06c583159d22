// The voting-round actions of the program manager and the stakeholders, each one undoable command.
#pragma once

#include "tiller/core/Voting.h"

#include <QCoreApplication>

namespace tiller::app {

class Portfolio;

class Voting
{
    Q_DECLARE_TR_FUNCTIONS(Voting)
public:
    explicit Voting(Portfolio* portfolio) : m_portfolio(portfolio) {}

    // Opens a round (checks: a name, at least two initiatives, a voter, a budget for dot voting).
    bool openRound(core::VotingRound round);
    // Saves a stakeholder's ballot as a draft, or submits it; a submitted ballot can still be changed while the
    // round is open.
    bool saveBallot(core::Id roundId, core::Id voterId, const QList<core::BallotEntry>& entries, bool submit);
    // Closes the round and freezes its count (every method, agreement, contested initiatives).
    bool closeRound(core::Id roundId, const QString& rationale = {});
    // Reopens a closed round (counted in the round and written to the audit trail); the frozen count is dropped.
    bool reopenRound(core::Id roundId);
    // Sets the initiatives' priority from the round's result (its own method); ties share a priority.
    bool applyResult(core::Id roundId, const QString& rationale = {});

    // Ballots collected outside the app: a CSV "voter,ranking" (voter by name or e-mail, initiatives by code).
    // All or nothing: the first bad row is reported with its line and nothing is written. Returns the number of
    // ballots imported, or -1 (the reason goes to editRefused).
    int importBallots(core::Id roundId, const QByteArray& csv);

    static QString problemText(const core::BallotProblem& p, const Portfolio& portfolio);

private:
    Portfolio* m_portfolio;
};

} // namespace tiller::app
