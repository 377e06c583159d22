// Decision snapshots: written once, read to compare; deleted only by undoing the action that took them.
#pragma once

#include "tiller/core/Voting.h"
#include "tiller/storage/Repositories.h"

#include <vector>

namespace tiller::storage {

class SnapshotRepository
{
public:
    explicit SnapshotRepository(Database& db) : m_db(db) {}
    Result<std::vector<core::DecisionSnapshot>> loadAll();
    Status insert(core::DecisionSnapshot& snapshot);
    Status remove(const core::DecisionSnapshot& snapshot);

private:
    Database& m_db;
};

} // namespace tiller::storage
