// Reading and writing the aggregates the app keeps in memory; every write is audited.
#pragma once

#include "tiller/core/Entities.h"
#include "tiller/core/Expected.h"
#include "tiller/storage/StorageError.h"

#include <vector>

namespace tiller::storage {

class Database;

template <typename T>
using Result = core::Expected<T, StorageError>;
using Status = core::Expected<void, StorageError>;

// Writes must run inside a Transaction. `insert` assigns an id when the value
// has none (and keeps it otherwise: undo of a delete restores the same row).
// `update` and `remove` check the row's version and fail with Conflict when it
// moved; on success the value's version is the one now stored.
class ProgramRepository
{
public:
    explicit ProgramRepository(Database& db) : m_db(db) {}
    Result<core::Program> load(); // an empty Program (id 0) when none was written yet
    Status insert(core::Program& p);
    Status update(const core::Program& before, core::Program& after);
    Status remove(const core::Program& p);

private:
    Database& m_db;
};

class InitiativeRepository
{
public:
    explicit InitiativeRepository(Database& db) : m_db(db) {}
    Result<std::vector<core::Initiative>> loadAll();
    Status insert(core::Initiative& i);
    Status update(const core::Initiative& before, core::Initiative& after);
    Status remove(const core::Initiative& i);

private:
    Status writePainPoints(const core::Initiative& i);
    Database& m_db;
};

class PersonRepository
{
public:
    explicit PersonRepository(Database& db) : m_db(db) {}
    Result<std::vector<core::Person>> loadAll();
    Status insert(core::Person& p);
    Status update(const core::Person& before, core::Person& after);
    Status remove(const core::Person& p);
    // How many rows refer to this person (a person in use cannot be deleted).
    Result<int> usageCount(core::Id id);

private:
    Database& m_db;
};

class DomainRepository
{
public:
    explicit DomainRepository(Database& db) : m_db(db) {}
    Result<std::vector<core::Domain>> loadAll();
    Status insert(core::Domain& d);
    Status update(const core::Domain& before, core::Domain& after);
    Status remove(const core::Domain& d);
    Result<int> usageCount(core::Id id);

private:
    Database& m_db;
};

struct AuditEntry
{
    QDateTime at;
    QString actor;
    QString action;
    QString entity;
    core::Id entityId = 0;
    QString field;
    QString oldValue;
    QString newValue;
};

class AuditRepository
{
public:
    explicit AuditRepository(Database& db) : m_db(db) {}
    // Most recent first.
    Result<std::vector<AuditEntry>> forEntity(const QString& entity, core::Id id, int limit = 100);
    Result<int> count();

private:
    Database& m_db;
};

} // namespace tiller::storage
