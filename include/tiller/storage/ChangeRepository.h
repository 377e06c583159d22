// The strategy's pillars and the change board's rows: change requests (with their pain points) and the decision log.
#pragma once

#include "tiller/core/Entities.h"
#include "tiller/storage/Repositories.h"

#include <vector>

namespace tiller::storage {

class ChangeRepository
{
public:
    explicit ChangeRepository(Database& db) : m_db(db) {}

    Result<std::vector<core::Pillar>> loadPillars();
    Status insert(core::Pillar& pillar);
    Status update(const core::Pillar& before, core::Pillar& after);
    Status remove(const core::Pillar& pillar);

    Result<std::vector<core::ChangeRequest>> loadRequests();
    Status insert(core::ChangeRequest& request);
    Status update(const core::ChangeRequest& before, core::ChangeRequest& after);
    Status remove(const core::ChangeRequest& request);

    Result<std::vector<core::BoardDecision>> loadDecisions();
    Status insert(core::BoardDecision& decision);
    Status update(const core::BoardDecision& before, core::BoardDecision& after);
    Status remove(const core::BoardDecision& decision);

private:
    Database& m_db;
};

} // namespace tiller::storage
