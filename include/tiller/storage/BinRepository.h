// Project bins and the dependencies between them.
#pragma once

#include "tiller/core/Entities.h"
#include "tiller/storage/Repositories.h"

#include <QHash>

#include <vector>

namespace tiller::storage {

struct TaskCount
{
    int done = 0;
    int total = 0;
};

class BinRepository
{
public:
    explicit BinRepository(Database& db) : m_db(db) {}

    Result<std::vector<core::ProjectBin>> loadBins();
    Status insert(core::ProjectBin& bin);
    Status update(const core::ProjectBin& before, core::ProjectBin& after);
    Status remove(const core::ProjectBin& bin);

    Result<std::vector<core::BinDependency>> loadDependencies();
    Status insert(core::BinDependency& dependency);
    Status update(const core::BinDependency& before, core::BinDependency& after);
    Status remove(const core::BinDependency& dependency);

    // Tasks done and in all, per bin (bins without tasks are absent).
    Result<QHash<core::Id, TaskCount>> taskCounts();

private:
    Database& m_db;
};

} // namespace tiller::storage
