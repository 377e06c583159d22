#include "tiller/app/Portfolio.h"

#include "tiller/app/DemoBuilder.h"
#include "tiller/app/EditCommand.h"
#include "tiller/app/Text.h"
#include "tiller/core/Log.h"
#include "tiller/core/Schedule.h"
#include "tiller/storage/BinRepository.h"
#include "tiller/storage/Maintenance.h"
#include "tiller/storage/Repositories.h"
#include "tiller/storage/ScoringRepository.h"
#include "tiller/storage/SnapshotRepository.h"
#include "tiller/storage/VotingRepository.h"
#include "tiller/storage/Transaction.h"

#include <QFileInfo>
#include <QSet>

#include <algorithm>

namespace tiller::app {

using core::unexpected;
using storage::StorageError;

namespace {

template <typename T>
const T* findById(const std::vector<T>& v, core::Id id)
{
    auto it = std::find_if(v.begin(), v.end(), [id](const T& x) { return x.id == id; });
    return it == v.end() ? nullptr : &*it;
}

template <typename T>
T* findById(std::vector<T>& v, core::Id id)
{
    auto it = std::find_if(v.begin(), v.end(), [id](const T& x) { return x.id == id; });
    return it == v.end() ? nullptr : &*it;
}

} // namespace

ChangeSet ChangeSet::inverted() const
{
    auto flip = [](const auto& list) {
        std::decay_t<decltype(list)> out;
        out.reserve(list.size());
        for (auto it = list.rbegin(); it != list.rend(); ++it) {
            out.push_back({it->after, it->before});
        }
        return out;
    };
    ChangeSet out;
    out.initiatives = flip(initiatives);
    out.people = flip(people);
    out.domains = flip(domains);
    out.program = flip(program);
    out.models = flip(models);
    out.scores = flip(scores);
    out.rounds = flip(rounds);
    out.ballots = flip(ballots);
    out.snapshots = flip(snapshots);
    out.bins = flip(bins);
    out.dependencies = flip(dependencies);
    out.tasks = flip(tasks);
    out.transfers = flip(transfers);
    out.charters = flip(charters);
    out.phases = flip(phases);
    out.dodItems = flip(dodItems);
    out.meetings = flip(meetings);
    out.notifications = flip(notifications);
    out.pillars = flip(pillars);
    out.requests = flip(requests);
    out.decisions = flip(decisions);
    out.personas = flip(personas);
    out.journeys = flip(journeys);
    out.stages = flip(stages);
    out.touchpoints = flip(touchpoints);
    out.painPoints = flip(painPoints);
    out.bodies = flip(bodies);
    out.raci = flip(raci);
    out.assessments = flip(assessments);
    return out; // an override's reason is not undone: the audit keeps it

}

Portfolio::Portfolio(std::unique_ptr<storage::Database> db) : m_db(std::move(db)), m_undo(new QUndoStack(this)) {}
Portfolio::~Portfolio() = default;

core::Expected<std::unique_ptr<Portfolio>, StorageError> Portfolio::open(const QString& location,
                                                                         const storage::Database::Options& options)
{
    auto db = storage::Database::open(location, options);
    if (!db) {
        return unexpected(db.error());
    }
    std::unique_ptr<Portfolio> p(new Portfolio(std::move(*db)));
    if (auto loaded = p->load(); !loaded) {
        return unexpected(loaded.error());
    }
    if (auto ready = p->setUpNewProgram(); !ready) {
        return unexpected(ready.error());
    }
    return p;
}

core::Expected<void, StorageError> Portfolio::setUpNewProgram()
{
    const bool needsProgram = m_program.id == 0;
    const bool needsModels = m_models.empty();
    if (isReadOnly() || (!needsProgram && !needsModels)) {
        return {};
    }
    // A new portfolio (or one from before prioritisation) gets a program row
    // and the standard scoring models: part of creating it, not an edit to undo.
    storage::Transaction tx(*m_db, QStringLiteral("Set up the program"));
    if (!tx.isActive()) {
        return unexpected(tx.beginError());
    }
    storage::ScoringRepository scoring(*m_db);
    std::vector<core::ScoringModel> models = m_models;
    if (needsModels) {
        models = DemoBuilder::defaultModels();
        for (auto& m : models) {
            if (auto r = scoring.insertModel(m); !r) {
                return r;
            }
        }
    }
    core::Program program = m_program;
    if (needsProgram) {
        program.name = QFileInfo(m_db->location()).completeBaseName();
        program.scoringModelId = models.front().id;
        if (auto r = storage::ProgramRepository(*m_db).insert(program); !r) {
            return r;
        }
    } else if (program.scoringModelId == 0) {
        core::Program after = program;
        after.scoringModelId = models.front().id;
        if (auto r = storage::ProgramRepository(*m_db).update(program, after); !r) {
            return r;
        }
        program = after;
    }
    if (auto r = tx.commit(); !r) {
        return r;
    }
    m_program = program;
    m_models = models;
    core::logger("tiller.app")->info("set up {}{}", needsProgram ? "a new program" : "the program",
                                     needsModels ? " with the standard scoring models" : "");
    return {};
}

core::Expected<std::unique_ptr<Portfolio>, StorageError> Portfolio::openForEditing(const QString& location,
                                                                                   const QString& actor)
{
    storage::Database::Options options;
    options.actor = actor;
    return open(location, options);
}

QString Portfolio::readOnlyReason() const
{
    switch (m_db->readOnlyReason()) {
    case storage::Database::ReadOnlyReason::None:
        return {};
    case storage::Database::ReadOnlyReason::HeldByAnotherInstance:
        return Text::tr("Read-only: open in another Tiller by %1").arg(m_db->lockHolder());
    case storage::Database::ReadOnlyReason::FilePermissions:
        return Text::tr("Read-only: the file is not writable");
    case storage::Database::ReadOnlyReason::Requested:
        break;
    }
    return Text::tr("Read-only");
}

void Portfolio::setActor(const QString& name) { m_db->setActor(name.isEmpty() ? storage::defaultActor() : name); }

core::Expected<void, StorageError> Portfolio::saveCopy(const QString& path) const
{
    return storage::backupSqliteFile(QFileInfo(m_db->location()).absoluteFilePath(), path);
}

core::Expected<void, StorageError> Portfolio::load()
{
    // A damaged page shows up here as a read error: report it as corruption.
    auto corrupt = [this](StorageError e) {
        if (e.code == StorageError::Code::Sql) {
            e.code = StorageError::Code::Corrupt;
        }
        e.path = m_db->location();
        return unexpected(e);
    };
    auto program = storage::ProgramRepository(*m_db).load();
    if (!program) {
        return corrupt(program.error());
    }
    m_program = *program;
    auto initiatives = storage::InitiativeRepository(*m_db).loadAll();
    if (!initiatives) {
        return corrupt(initiatives.error());
    }
    m_initiatives = std::move(*initiatives);
    auto people = storage::PersonRepository(*m_db).loadAll();
    if (!people) {
        return corrupt(people.error());
    }
    m_people = std::move(*people);
    auto domains = storage::DomainRepository(*m_db).loadAll();
    if (!domains) {
        return corrupt(domains.error());
    }
    m_domains = std::move(*domains);
    storage::BinRepository binRepository(*m_db);
    auto bins = binRepository.loadBins();
    auto dependencies = binRepository.loadDependencies();
    auto taskCounts = binRepository.taskCounts();
    for (const StorageError* e : {bins ? nullptr : &bins.error(),
                                  dependencies ? nullptr : &dependencies.error(),
                                  taskCounts ? nullptr : &taskCounts.error()}) {
        if (e) {
            return corrupt(*e);
        }
    }
    m_bins = std::move(*bins);
    m_dependencies = std::move(*dependencies);
    m_taskCounts = std::move(*taskCounts);
    storage::ScoringRepository scoring(*m_db);
    auto models = scoring.loadModels();
    if (!models) {
        return corrupt(models.error());
    }
    m_models = std::move(*models);
    auto scores = scoring.loadAgreedScores();
    if (!scores) {
        return corrupt(scores.error());
    }
    auto rounds = storage::VotingRepository(*m_db).loadRounds();
    if (!rounds) {
        return corrupt(rounds.error());
    }
    m_rounds = std::move(*rounds);
    auto snapshots = storage::SnapshotRepository(*m_db).loadAll();
    if (!snapshots) {
        return corrupt(snapshots.error());
    }
    m_snapshots = std::move(*snapshots);
    if (auto r = loadExecution(); !r) {
        return corrupt(r.error());
    }
    if (auto r = loadBoard(); !r) {
        return corrupt(r.error());
    }
    if (auto r = loadGovernance(); !r) {
        return corrupt(r.error());
    }
    m_scores.clear();
    for (const core::ScoreValue& v : *scores) {
        m_scores[v.initiativeId].insert(v.criterionId, v.value);
    }
    rebuildIndexes();
    return {};
}

void Portfolio::rebuildIndexes()
{
    m_initiativeIndex.clear();
    m_codeIndex.clear();
    m_initiativeIndex.reserve(qsizetype(m_initiatives.size()));
    m_codeIndex.reserve(qsizetype(m_initiatives.size()));
    for (std::size_t i = 0; i < m_initiatives.size(); ++i) {
        m_initiativeIndex.insert(m_initiatives[i].id, i);
        m_codeIndex.insert(core::normalizedCode(m_initiatives[i].code), m_initiatives[i].id);
    }
}

const core::Initiative* Portfolio::initiative(core::Id id) const
{
    auto it = m_initiativeIndex.constFind(id);
    return it == m_initiativeIndex.cend() ? nullptr : &m_initiatives[*it];
}

const core::Initiative* Portfolio::initiativeByCode(const QString& code) const
{
    return initiative(m_codeIndex.value(core::normalizedCode(code)));
}

const core::Person* Portfolio::person(core::Id id) const { return findById(m_people, id); }
const core::ScoringModel* Portfolio::model(core::Id id) const { return findById(m_models, id); }
const core::ProjectBin* Portfolio::bin(core::Id id) const { return findById(m_bins, id); }

double Portfolio::binProgress(core::Id id) const
{
    if (const auto tasks = m_taskCounts.value(id); tasks.total > 0) {
        return double(tasks.done) / tasks.total;
    }
    if (m_binInitiativesStale) {
        // One pass for every bin, redone only after initiatives change.
        m_binInitiatives.clear();
        for (const core::Initiative& i : m_initiatives) {
            if (i.binId != 0 && i.status != core::InitiativeStatus::Dropped) {
                storage::TaskCount& c = m_binInitiatives[i.binId];
                ++c.total;
                c.done += i.status == core::InitiativeStatus::Done ? 1 : 0;
            }
        }
        m_binInitiativesStale = false;
    }
    if (const auto carried = m_binInitiatives.value(id); carried.total > 0) {
        return double(carried.done) / carried.total;
    }
    const core::ProjectBin* b = bin(id);
    return b && b->status == core::BinStatus::Done ? 1.0 : 0.0;
}

const core::ScoringModel* Portfolio::activeModel() const
{
    if (const core::ScoringModel* m = model(m_program.scoringModelId)) {
        return m;
    }
    return nullptr;
}

core::Score Portfolio::score(core::Id initiativeId) const
{
    const core::ScoringModel* m = activeModel();
    return m ? score(initiativeId, *m) : core::Score{};
}

core::Score Portfolio::score(core::Id initiativeId, const core::ScoringModel& model) const
{
    return core::computeScore(model, m_scores.value(initiativeId));
}

std::pair<double, double> Portfolio::defaultThresholds(const core::ScoringModel& model)
{
    if (model.kind == core::ModelKind::Weighted) {
        return {50, 50};
    }
    // The score of an initiative sitting in the middle of every scale.
    QHash<core::Id, double> middle;
    for (const auto& c : model.criteria) {
        middle.insert(c.id, (c.scaleMin + c.scaleMax) / 2);
    }
    const core::Score s = core::computeScore(model, middle);
    return {s.value, s.effort};
}

std::vector<core::ScoreValue> Portfolio::raterScores(core::Id initiativeId) const
{
    auto rows = storage::ScoringRepository(*m_db).loadRaterScores(initiativeId);
    return rows ? std::move(*rows) : std::vector<core::ScoreValue>{};
}
const core::Domain* Portfolio::domain(core::Id id) const { return findById(m_domains, id); }
const core::PainPoint* Portfolio::painPoint(core::Id id) const { return findById(m_painPoints, id); }
const core::JourneyStage* Portfolio::stage(core::Id id) const { return findById(m_stages, id); }

bool Portfolio::submit(const QString& label, ChangeSet changes)
{
    if (changes.isEmpty()) {
        return true;
    }
    if (isReadOnly()) {
        emit editRefused(Text::tr("This portfolio is open read-only; the change was not made."));
        return false;
    }
    completeChanges(changes);
    if (auto error = validateInitiatives(changes)) {
        emit editRefused(Text::validation(*error));
        return false;
    }
    if (auto reason = validateBins(changes)) {
        emit editRefused(*reason);
        return false;
    }
    if (auto reason = validateExecution(changes)) {
        emit editRefused(*reason);
        return false;
    }
    if (auto reason = validateBoard(changes)) {
        emit editRefused(*reason);
        return false;
    }
    if (auto reason = validateGovernance(changes)) {
        emit editRefused(*reason);
        return false;
    }
    for (auto& c : changes.people) {
        if (c.after) {
            if (auto error = validate(*c.after)) {
                emit editRefused(Text::validation(*error));
                return false;
            }
        }
    }
    for (auto& c : changes.domains) {
        if (c.after) {
            if (auto error = validate(*c.after)) {
                emit editRefused(Text::validation(*error));
                return false;
            }
        }
    }
    if (auto reason = checkDeletions(changes)) {
        emit editRefused(*reason);
        return false;
    }
    auto* command = new EditCommand(this, label, std::move(changes));
    bool failed = false;
    // QUndoStack deletes a command that made itself obsolete in redo(); learn
    // the outcome before that happens.
    auto connection = connect(this, &Portfolio::editRefused, this, [&failed] { failed = true; });
    m_undo->push(command);
    disconnect(connection);
    return !failed;
}

core::Expected<void, StorageError> Portfolio::apply(ChangeSet& changes, const QString& label)
{
    storage::Transaction tx(*m_db, label);
    if (!tx.isActive()) {
        return unexpected(tx.beginError());
    }
    storage::InitiativeRepository initiatives(*m_db);
    storage::PersonRepository people(*m_db);
    storage::DomainRepository domains(*m_db);
    storage::ProgramRepository program(*m_db);

    // Each write uses the row as it is now in memory (its current version),
    // so a stale command is refused instead of overwriting.
    m_placeholders.clear();
    auto write = [this](auto& repo, auto& change, const auto* current) -> core::Expected<void, StorageError> {
        if (!change.before) {
            return insertResolving(repo, *change.after);
        }
        if (!current) {
            StorageError e;
            e.code = StorageError::Code::Conflict;
            e.detail = QStringLiteral("row %1 no longer exists").arg(change.before->id);
            return unexpected(e);
        }
        if (!change.after) {
            return repo.remove(*current);
        }
        return repo.update(*current, *change.after);
    };
    auto run = [&](auto& repo, auto& list, auto finder, bool deletes) -> core::Expected<void, StorageError> {
        for (auto& c : list) {
            const bool isDelete = c.before && !c.after;
            if (isDelete != deletes) {
                continue;
            }
            const auto* current = c.before ? finder(c.before->id) : nullptr;
            if (auto r = write(repo, c, current); !r) {
                return r;
            }
        }
        return {};
    };
    auto findInitiative = [this](core::Id id) { return initiative(id); };
    auto findPerson = [this](core::Id id) { return person(id); };
    auto findDomain = [this](core::Id id) { return domain(id); };
    auto findProgram = [this](core::Id id) { return id == m_program.id ? &m_program : nullptr; };
    storage::BinRepository bins(*m_db);
    auto findBin = [this](core::Id id) { return bin(id); };
    auto findDependency = [this](core::Id id) { return findById(m_dependencies, id); };
    storage::ScoringRepository scoring(*m_db);
    auto runModels = [&](bool deletes) -> core::Expected<void, StorageError> {
        for (auto& c : changes.models) {
            const bool isDelete = c.before && !c.after;
            if (isDelete != deletes) {
                continue;
            }
            const core::ScoringModel* current = c.before ? model(c.before->id) : nullptr;
            core::Expected<void, StorageError> r;
            if (!c.before) {
                r = scoring.insertModel(*c.after);
            } else if (!current) {
                StorageError e;
                e.code = StorageError::Code::Conflict;
                r = unexpected(e);
            } else if (!c.after) {
                r = scoring.removeModel(*current);
            } else {
                r = scoring.updateModel(*current, *c.after);
            }
            if (!r) {
                return r;
            }
        }
        return {};
    };
    auto runScores = [&]() -> core::Expected<void, StorageError> {
        for (auto& c : changes.scores) {
            if (auto r = scoring.writeScore(c.before, c.after); !r) {
                return r;
            }
        }
        return {};
    };

    // Referenced rows first, referencing rows next, deletions of referenced rows last.
    for (auto step : {std::function([&] { return run(domains, changes.domains, findDomain, false); }),
                      std::function([&] { return run(people, changes.people, findPerson, false); }),
                      std::function([&] { return runModels(false); }),
                      std::function([&] { return run(bins, changes.bins, findBin, false); }),
                      std::function([&] { return run(bins, changes.dependencies, findDependency, true); }),
                      std::function([&] { return run(bins, changes.dependencies, findDependency, false); }),
                      std::function([&] { return applyBoard(changes, BoardStep::Pillars); }),
                      std::function([&] { return applyGovernance(changes, GovernanceStep::Upserts); }),
                      std::function([&] { return run(initiatives, changes.initiatives, findInitiative, false); }),
                      std::function([&] { return runScores(); }),
                      std::function([&] { return applyExecution(changes, false); }),
                      std::function([&] { return applyBoard(changes, BoardStep::Requests); }),
                      std::function([&] { return applyGovernance(changes, GovernanceStep::Raci); }),
                      std::function([&] { return applyGovernance(changes, GovernanceStep::RaciDeletes); }),
                      std::function([&] { return applyVoting(changes, false); }),
                      std::function([&] { return applyVoting(changes, true); }),
                      std::function([&] { return applyBoard(changes, BoardStep::Deletes); }),
                      std::function([&] { return applyExecution(changes, true); }),
                      std::function([&] { return run(initiatives, changes.initiatives, findInitiative, true); }),
                      std::function([&] { return run(bins, changes.bins, findBin, true); }),
                      std::function([&] { return applyGovernance(changes, GovernanceStep::Deletes); }),
                      std::function([&] { return run(people, changes.people, findPerson, true); }),
                      std::function([&] { return run(domains, changes.domains, findDomain, true); }),
                      std::function([&] { return run(program, changes.program, findProgram, false); }),
                      std::function([&] { return applyBoard(changes, BoardStep::PillarDeletes); }),
                      std::function([&] { return runModels(true); })}) {
        resolvePlaceholders(changes);
        if (auto r = step(); !r) {
            return r;
        }
    }
    if (auto r = tx.commit(); !r) {
        return r;
    }
    commitToMemory(changes);
    return {};
}

void Portfolio::commitToMemory(const ChangeSet& changes)
{
    m_binInitiativesStale = m_binInitiativesStale || !changes.initiatives.empty();
    for (const auto& c : changes.domains) {
        if (c.after && c.before) {
            *findById(m_domains, c.after->id) = *c.after;
            emit domainChanged(c.after->id);
        } else if (c.after) {
            m_domains.push_back(*c.after);
            emit domainAdded(c.after->id);
        }
    }
    for (const auto& c : changes.people) {
        if (c.after && c.before) {
            *findById(m_people, c.after->id) = *c.after;
            emit personChanged(c.after->id);
        } else if (c.after) {
            m_people.push_back(*c.after);
            emit personAdded(c.after->id);
        }
    }
    for (const auto& c : changes.initiatives) {
        if (c.before) {
            m_codeIndex.remove(core::normalizedCode(c.before->code));
        }
    }
    for (const auto& c : changes.initiatives) {
        if (c.after) {
            m_codeIndex.insert(core::normalizedCode(c.after->code), c.after->id);
        }
    }
    for (const auto& c : changes.initiatives) {
        if (c.after && c.before) {
            m_initiatives[m_initiativeIndex.value(c.after->id)] = *c.after;
            emit initiativeChanged(c.after->id);
        } else if (c.after) {
            m_initiativeIndex.insert(c.after->id, m_initiatives.size());
            m_initiatives.push_back(*c.after);
            emit initiativeAdded(c.after->id);
        } else if (c.before) {
            const core::Id id = c.before->id;
            m_initiatives.erase(m_initiatives.begin() + qsizetype(m_initiativeIndex.value(id)));
            m_initiativeIndex.remove(id);
            for (std::size_t i = 0; i < m_initiatives.size(); ++i) {
                m_initiativeIndex[m_initiatives[i].id] = i;
            }
            emit initiativeRemoved(id);
        }
    }
    for (const auto& c : changes.people) {
        if (c.before && !c.after) {
            std::erase_if(m_people, [&](const auto& x) { return x.id == c.before->id; });
            emit personRemoved(c.before->id);
        }
    }
    for (const auto& c : changes.domains) {
        if (c.before && !c.after) {
            std::erase_if(m_domains, [&](const auto& x) { return x.id == c.before->id; });
            emit domainRemoved(c.before->id);
        }
    }
    bool scoringMoved = false;
    for (const auto& c : changes.models) {
        if (c.after && c.before) {
            *findById(m_models, c.after->id) = *c.after;
        } else if (c.after) {
            m_models.push_back(*c.after);
        } else if (c.before) {
            std::erase_if(m_models, [&](const auto& x) { return x.id == c.before->id; });
        }
        scoringMoved = true;
    }
    QList<core::Id> scored;
    for (const auto& c : changes.scores) {
        const core::ScoreValue& key = c.after ? *c.after : *c.before;
        // Private scores are not kept in memory, but their views want to know.
        if (key.personId == 0 && c.after) {
            m_scores[key.initiativeId].insert(key.criterionId, c.after->value);
        } else if (key.personId == 0) {
            m_scores[key.initiativeId].remove(key.criterionId);
        }
        if (!scored.contains(key.initiativeId)) {
            scored.append(key.initiativeId);
        }
    }
    for (const auto& c : changes.program) {
        if (c.after) {
            scoringMoved = scoringMoved || c.after->scoringModelId != m_program.scoringModelId ||
                           c.after->valueThreshold != m_program.valueThreshold ||
                           c.after->effortThreshold != m_program.effortThreshold;
            m_program = *c.after;
            emit programChanged();
        }
    }
    for (core::Id id : std::as_const(scored)) {
        emit scoresChanged(id);
    }
    commitVotingToMemory(changes);
    commitExecutionToMemory(changes);
    commitBoardToMemory(changes);
    commitGovernanceToMemory(changes);
    bool binsMoved = false;
    for (const auto& c : changes.bins) {
        binsMoved = true;
        if (c.after && c.before) {
            *findById(m_bins, c.after->id) = *c.after;
        } else if (c.after) {
            m_bins.push_back(*c.after);
        } else if (c.before) {
            std::erase_if(m_bins, [&](const auto& x) { return x.id == c.before->id; });
        }
    }
    for (const auto& c : changes.dependencies) {
        binsMoved = true;
        if (c.after && c.before) {
            *findById(m_dependencies, c.after->id) = *c.after;
        } else if (c.after) {
            m_dependencies.push_back(*c.after);
        } else if (c.before) {
            std::erase_if(m_dependencies, [&](const auto& x) { return x.id == c.before->id; });
        }
    }
    if (binsMoved) {
        emit binsChanged();
    }
    if (scoringMoved) {
        emit scoringChanged();
    }
}

} // namespace tiller::app
