// The voting-round part of Portfolio: rounds in memory, ballots read when needed, writes in the command's transaction.
#include "tiller/app/Portfolio.h"
#include "tiller/storage/SnapshotRepository.h"
#include "tiller/storage/VotingRepository.h"

#include <QSet>

namespace tiller::app {

using core::unexpected;
using storage::StorageError;

const core::VotingRound* Portfolio::round(core::Id id) const
{
    for (const auto& r : m_rounds) {
        if (r.id == id) {
            return &r;
        }
    }
    return nullptr;
}

std::vector<core::VoterBallot> Portfolio::ballots(core::Id roundId) const
{
    auto rows = storage::VotingRepository(*m_db).loadBallots(roundId);
    return rows ? std::move(*rows) : std::vector<core::VoterBallot>{};
}

std::optional<core::VoterBallot> Portfolio::ballotOf(core::Id roundId, core::Id voterId) const
{
    for (auto& b : ballots(roundId)) {
        if (b.voterId == voterId) {
            return b;
        }
    }
    return std::nullopt;
}

core::Expected<void, StorageError> Portfolio::applyVoting(ChangeSet& changes, bool deletes)
{
    storage::VotingRepository repo(*m_db);
    auto conflict = [](const QString& what) {
        StorageError e;
        e.code = StorageError::Code::Conflict;
        e.detail = what;
        return unexpected(e);
    };
    if (!deletes) {
        for (auto& c : changes.rounds) {
            if (c.before && !c.after) {
                continue;
            }
            if (!c.before) {
                if (auto r = repo.insertRound(*c.after); !r) {
                    return r;
                }
                continue;
            }
            const core::VotingRound* current = round(c.before->id);
            if (!current) {
                return conflict(QStringLiteral("voting round %1 no longer exists").arg(c.before->id));
            }
            if (auto r = repo.updateRound(*current, *c.after); !r) {
                return r;
            }
        }
        storage::SnapshotRepository snapshots(*m_db);
        for (auto& c : changes.snapshots) {
            core::Expected<void, StorageError> r;
            if (c.after && !c.before) {
                r = snapshots.insert(*c.after);
            } else if (c.before && !c.after) {
                r = snapshots.remove(*c.before);
            }
            if (!r) {
                return r;
            }
        }
        // Ballots are not kept in memory: their stored version is the current one.
        QHash<core::Id, std::vector<core::VoterBallot>> stored;
        for (auto& c : changes.ballots) {
            const core::VoterBallot& key = c.after ? *c.after : *c.before;
            if (!stored.contains(key.roundId)) {
                auto rows = repo.loadBallots(key.roundId);
                if (!rows) {
                    return unexpected(rows.error());
                }
                stored.insert(key.roundId, std::move(*rows));
            }
            const core::VoterBallot* current = nullptr;
            for (const auto& b : stored[key.roundId]) {
                if (b.voterId == key.voterId) {
                    current = &b;
                }
            }
            core::Expected<void, StorageError> r;
            if (!c.before) {
                c.after->id = current ? current->id : c.after->id;
                r = current ? conflict(QStringLiteral("a ballot exists already")) : repo.insertBallot(*c.after);
            } else if (!current) {
                r = conflict(QStringLiteral("the ballot no longer exists"));
            } else if (!c.after) {
                r = repo.removeBallot(*current);
            } else {
                c.after->id = current->id;
                r = repo.updateBallot(*current, *c.after);
            }
            if (!r) {
                return r;
            }
        }
        return {};
    }
    for (auto& c : changes.rounds) {
        if (c.before && !c.after) {
            const core::VotingRound* current = round(c.before->id);
            if (!current) {
                return conflict(QStringLiteral("voting round %1 no longer exists").arg(c.before->id));
            }
            if (auto r = repo.removeRound(*current); !r) {
                return r;
            }
        }
    }
    return {};
}

void Portfolio::commitVotingToMemory(const ChangeSet& changes)
{
    bool roundsMoved = false;
    for (const auto& c : changes.rounds) {
        roundsMoved = true;
        if (c.after && c.before) {
            for (auto& r : m_rounds) {
                if (r.id == c.after->id) {
                    r = *c.after;
                }
            }
        } else if (c.after) {
            m_rounds.push_back(*c.after);
        } else if (c.before) {
            std::erase_if(m_rounds, [&](const auto& r) { return r.id == c.before->id; });
        }
    }
    for (const auto& c : changes.snapshots) {
        if (c.after) {
            m_snapshots.push_back(*c.after);
        } else if (c.before) {
            std::erase_if(m_snapshots, [&](const auto& s) { return s.id == c.before->id; });
        }
    }
    if (!changes.snapshots.empty()) {
        emit snapshotsChanged();
    }
    QSet<core::Id> rounds;
    for (const auto& c : changes.ballots) {
        rounds.insert(c.after ? c.after->roundId : c.before->roundId);
    }
    if (roundsMoved) {
        emit roundsChanged();
    }
    for (core::Id id : std::as_const(rounds)) {
        emit ballotsChanged(id);
    }
}

} // namespace tiller::app
