// The open program: its data in memory, its undo stack, and the change signals every view follows.
#pragma once

#include "tiller/app/Changes.h"
#include "tiller/core/Entities.h"
#include "tiller/core/Clock.h"
#include "tiller/core/CxMetrics.h"
#include "tiller/core/Expected.h"
#include "tiller/core/Governance.h"
#include "tiller/core/Schedule.h"
#include "tiller/core/Validation.h"
#include "tiller/storage/BinRepository.h"
#include "tiller/storage/Database.h"
#include "tiller/storage/GovernanceRepository.h"

#include <QHash>
#include <QObject>
#include <QUndoStack>

#include <memory>
#include <vector>

namespace tiller::app {

class Portfolio : public QObject
{
    Q_OBJECT
public:
    static core::Expected<std::unique_ptr<Portfolio>, storage::StorageError>
    open(const QString& location, const storage::Database::Options& options = {});
    // Opens for the desktop app: writable unless held elsewhere or read-only,
    // recording `actor` ("" = the OS user) in the audit trail.
    static core::Expected<std::unique_ptr<Portfolio>, storage::StorageError> openForEditing(const QString& location,
                                                                                          const QString& actor);
    ~Portfolio() override;

    // For the app layer's own services (reports, imports); views use the calls below.
    storage::Database& database() const { return *m_db; }
    QString location() const { return m_db->location(); }
    bool isReadOnly() const { return m_db->isReadOnly(); }
    // Why it is read-only, in words (empty when writable).
    QString readOnlyReason() const;
    // The copy of the file kept before an upgrade of its schema, if any.
    QString migrationBackup() const { return m_db->migrationBackup(); }
    // Who the audit trail records from now on ("" = the OS user).
    void setActor(const QString& name);
    // Writes a consistent copy of the portfolio (works while it is open).
    core::Expected<void, storage::StorageError> saveCopy(const QString& path) const;
    QUndoStack* undoStack() const { return m_undo; }

    // ---- Reading (plain values; ids are stable) ----
    const core::Program& program() const { return m_program; }
    const std::vector<core::Initiative>& initiatives() const { return m_initiatives; }
    const core::Initiative* initiative(core::Id id) const;
    const core::Initiative* initiativeByCode(const QString& code) const;
    const std::vector<core::Person>& people() const { return m_people; }
    const core::Person* person(core::Id id) const;
    const std::vector<core::Domain>& domains() const { return m_domains; }
    const core::Domain* domain(core::Id id) const;
    const std::vector<core::PainPoint>& painPoints() const { return m_painPoints; }
    const core::PainPoint* painPoint(core::Id id) const;
    const std::vector<core::JourneyStage>& stages() const { return m_stages; }
    const core::JourneyStage* stage(core::Id id) const;
    const std::vector<core::Journey>& journeys() const { return m_journeys; }
    const std::vector<core::ProjectBin>& bins() const { return m_bins; }
    const core::ProjectBin* bin(core::Id id) const;
    const std::vector<core::BinDependency>& dependencies() const { return m_dependencies; }
    // The program's horizon bounds (guardrails), for horizons and the map.
    core::HorizonBounds horizonBounds() const
    {
        return {m_program.shortTermMonths, m_program.mediumTermMonths, m_program.longTermMonths};
    }
    // How far a bin is, 0..1: its tasks done, else its initiatives done, else 1 when marked done.
    double binProgress(core::Id id) const;

    // ---- Execution rhythm ----
    // Read from the database when first asked for.
    const std::vector<core::Task>& tasks() const;
    const core::Task* task(core::Id id) const;
    // A task's hand-overs, oldest first (read from the database when asked).
    std::vector<core::TaskTransfer> taskHistory(core::Id taskId) const;
    const core::Charter* charter(core::Id binId) const;
    std::vector<core::CharterPhase> phases(core::Id binId) const;
    std::vector<core::DodItem> definitionOfDone(core::Id binId) const;
    const std::vector<core::CharterPhase>& allPhases() const { return m_phases; }
    const std::vector<core::Meeting>& meetings() const { return m_meetings; }
    const core::Meeting* meeting(core::Id id) const;
    const std::vector<core::Notification>& notifications() const { return m_notifications; }
    int unreadNotifications(core::Id personId) const;
    // Raises the deadline notices due today (due soon, overdue), each once per task and person; not an undoable
    // edit. Returns how many were raised.
    int raiseDeadlineNotices(QDate today, int dueSoonDays);
    // Marks notifications read (not undoable: reading changes nothing in the program).
    bool markNotificationsRead(const QList<core::Id>& ids);
    // The time of edits (tests set a fake clock).
    void setClock(core::Clock clock) { m_clock = std::move(clock); }
    QDateTime now() const { return m_clock(); }

    // ---- Strategy and the change board ----
    const std::vector<core::Pillar>& pillars() const { return m_pillars; }
    const core::Pillar* pillar(core::Id id) const;
    const std::vector<core::ChangeRequest>& requests() const { return m_requests; }
    const core::ChangeRequest* request(core::Id id) const;
    const core::ChangeRequest* requestByCode(const QString& code) const;
    // A request code not used yet ("CR-012").
    QString nextRequestCode() const;
    // The decision log, oldest first.
    const std::vector<core::BoardDecision>& decisions() const { return m_decisions; }
    std::vector<core::BoardDecision> decisionsOf(core::Id sessionId) const;
    std::vector<core::BoardDecision> decisionsOnRequest(core::Id requestId) const;
    const core::BoardDecision* decision(core::Id sessionId, core::Id requestId) const;
    // The change board's sessions (meetings of kind "change_board"), by date.
    std::vector<core::Meeting> boardSessions() const;
    // The requests on a session's agenda, in agenda order (urgency, then submission).
    std::vector<core::ChangeRequest> agenda(core::Id sessionId) const;

    // ---- CX foundations: personas, journeys, stages, touchpoints, pain points ----
    const std::vector<core::Persona>& personas() const { return m_personas; }
    const core::Persona* persona(core::Id id) const;
    const core::Journey* journey(core::Id id) const;
    // A journey's stages, in order.
    std::vector<core::JourneyStage> stagesOf(core::Id journeyId) const;
    const std::vector<core::Touchpoint>& touchpoints() const { return m_touchpoints; }
    std::vector<core::Touchpoint> touchpointsOf(core::Id stageId) const;
    // A stage's pain points, most severe first.
    std::vector<core::PainPoint> painsAt(core::Id stageId) const;
    // The customers' answers behind a pain point since `since` (read by SQL).
    core::Expected<storage::PainEvidence, storage::StorageError> painEvidence(core::Id painId, QDate since,
                                                                             int samples = 5) const;
    // The customers' answers of one metric ("nps", "csat", "ces") at each stage in [from, to], by stage id (read by
    // SQL; a stage without answers is absent).
    QHash<core::Id, core::ScoreCounts> stageScores(const QString& metric, QDate from, QDate to) const;
    // Traceability: where a pain leads (initiatives, bins, tasks, KPIs of its stage, requests), and what is untraced.
    core::PainTrace trace(core::Id painId) const;
    QList<core::Id> painsWithoutInitiative() const;
    QList<core::Id> initiativesWithoutPain() const;
    // The initiatives addressing a pain point, in inventory order.
    std::vector<const core::Initiative*> initiativesAddressing(core::Id painId) const;

    // ---- Governance: bodies, RACI, maturity ----
    const std::vector<core::GovernanceBody>& bodies() const { return m_bodies; }
    const core::GovernanceBody* body(core::Id id) const;
    // The body of that kind (the first one), or nullptr.
    const core::GovernanceBody* bodyOfKind(core::BodyKind kind) const;
    // A body's meeting records, by date (the change board's are its sessions).
    std::vector<core::Meeting> meetingsOf(core::Id bodyId) const;
    // When a body meets next: its planned date, or for the change board its next planned session.
    QDate nextMeetingOf(const core::GovernanceBody& b) const;
    const std::vector<core::RaciAssignment>& raci() const { return m_raci; }
    std::vector<core::RaciAssignment> raciOf(core::RaciItem item) const;
    int raciCell(core::RaciItem item, core::Id personId) const;
    // The bins and initiatives the RACI rules apply to: bins not done or cancelled, initiatives approved or under
    // way; bins first, by code.
    std::vector<core::RaciItem> raciItems() const;
    core::RaciReport raciReport() const;
    // Maturity assessments, oldest first.
    const std::vector<core::MaturityAssessment>& assessments() const { return m_assessments; }
    const core::MaturityAssessment* assessment(core::Id id) const;

    // ---- Prioritisation ----
    const std::vector<core::ScoringModel>& models() const { return m_models; }
    const core::ScoringModel* model(core::Id id) const;
    // The model in use (the program's choice); nullptr when the program has none.
    const core::ScoringModel* activeModel() const;
    // Agreed criterion values of an initiative (criterion id → value).
    QHash<core::Id, double> scoreValues(core::Id initiativeId) const { return m_scores.value(initiativeId); }
    // The initiative's score under the model in use (computed, never stored).
    core::Score score(core::Id initiativeId) const;
    core::Score score(core::Id initiativeId, const core::ScoringModel& model) const;
    // ---- Voting rounds (ballots stay in the database: a vote is private until the round closes) ----
    const std::vector<core::VotingRound>& rounds() const { return m_rounds; }
    const core::VotingRound* round(core::Id id) const;
    std::vector<core::VoterBallot> ballots(core::Id roundId) const;
    std::optional<core::VoterBallot> ballotOf(core::Id roundId, core::Id voterId) const;
    const std::vector<core::DecisionSnapshot>& snapshots() const { return m_snapshots; }

    // Quadrant thresholds that suit a model's axes (value, effort): the middle of its scales.
    static std::pair<double, double> defaultThresholds(const core::ScoringModel& model);
    // Stakeholders' private scores, read from the database when asked.
    std::vector<core::ScoreValue> raterScores(core::Id initiativeId = 0) const;

    // A code not used yet (nor in `alsoTaken`), following the program's pattern ("CX-042").
    QString nextInitiativeCode(const QStringList& alsoTaken = {}) const;

    // ---- Editing: every edit is an undoable command, durable when this returns ----
    // Checks the rules, then pushes one command. Returns false (and emits
    // editRefused with the reason) when the edit is refused or fails.
    bool submit(const QString& label, ChangeSet changes);

    // Used by commands only: writes the set in one transaction, then updates
    // memory and emits the change signals. Fills ids of inserted values.
    core::Expected<void, storage::StorageError> apply(ChangeSet& changes, const QString& label);

    // Why an undo can't be done any more (a decision of a closed board session), or nothing.
    std::optional<QString> undoRefusal(const ChangeSet& backward) const { return validateBoard(backward); }

    // Validation against the current program (used by models before they submit).
    std::optional<core::ValidationError> validate(const core::Initiative& i) const;
    std::optional<core::ValidationError> validate(const core::Person& p) const;
    std::optional<core::ValidationError> validate(const core::Domain& d) const;

signals:
    void initiativeAdded(core::Id id);
    void initiativeChanged(core::Id id);
    void initiativeRemoved(core::Id id);
    void personAdded(core::Id id);
    void personChanged(core::Id id);
    void personRemoved(core::Id id);
    void domainAdded(core::Id id);
    void domainChanged(core::Id id);
    void domainRemoved(core::Id id);
    void programChanged();
    // The model in use, its criteria or weights changed: every score may move.
    void scoringChanged();
    // An initiative's agreed values changed.
    void scoresChanged(core::Id initiativeId);
    void roundsChanged();
    // Bins or their dependencies changed (the map and the bins view follow).
    void binsChanged();
    void ballotsChanged(core::Id roundId);
    void snapshotsChanged();
    void taskAdded(core::Id id);
    void taskChanged(core::Id id);
    void taskRemoved(core::Id id);
    // A bin's charter, phases or definition of done changed.
    void charterChanged(core::Id binId);
    void meetingsChanged();
    void notificationsChanged();
    // The strategy's pillars changed (names, order, added or removed).
    void pillarsChanged();
    void requestAdded(core::Id id);
    void requestChanged(core::Id id);
    void requestRemoved(core::Id id);
    // Board decisions were recorded, changed or undone.
    void decisionsChanged();
    // Personas, journeys, stages, touchpoints or pain points changed.
    void foundationsChanged();
    // Governance bodies (members, cadence, next meeting) changed.
    void bodiesChanged();
    // The RACI matrix changed.
    void raciChanged();
    void assessmentsChanged();
    // A refused or failed edit, in words for the user.
    void editRefused(const QString& reason);

private:
    explicit Portfolio(std::unique_ptr<storage::Database> db);
    core::Expected<void, storage::StorageError> load();
    core::Expected<void, storage::StorageError> setUpNewProgram();
    core::Expected<void, storage::StorageError> applyVoting(ChangeSet& changes, bool deletes);
    void commitVotingToMemory(const ChangeSet& changes);
    std::optional<QString> checkDeletions(const ChangeSet& changes) const;
    void commitToMemory(const ChangeSet& changes);
    void rebuildIndexes();
    std::optional<core::ValidationError> validateInitiatives(const ChangeSet& changes) const;
    std::optional<QString> validateBins(const ChangeSet& changes) const;
    std::optional<QString> validateExecution(const ChangeSet& changes) const;
    core::Expected<void, storage::StorageError> loadExecution();
    core::Expected<void, storage::StorageError> applyExecution(ChangeSet& changes, bool deletes);
    void commitExecutionToMemory(const ChangeSet& changes);
    core::Expected<void, storage::StorageError> loadBoard();
    std::optional<QString> validateBoard(const ChangeSet& changes) const;
    enum class BoardStep { Pillars, Requests, Deletes, PillarDeletes };
    core::Expected<void, storage::StorageError> applyBoard(ChangeSet& changes, BoardStep step);
    void commitBoardToMemory(const ChangeSet& changes);
    core::Expected<void, storage::StorageError> loadGovernance();
    std::optional<QString> validateGovernance(const ChangeSet& changes) const;
    enum class GovernanceStep { Upserts, Raci, RaciDeletes, Deletes };
    core::Expected<void, storage::StorageError> applyGovernance(ChangeSet& changes, GovernanceStep step);
    void commitGovernanceToMemory(const ChangeSet& changes);
    void resolveGovernancePlaceholders(ChangeSet& changes) const;
    // Completes a set before it is checked: the RACI rows of a bin or initiative removed go with it; the change
    // board's cadence is the program's (an edit of one is an edit of both).
    void completeChanges(ChangeSet& changes) const;
    // Inserts a row; a negative (placeholder) id is replaced by the real one and remembered for resolvePlaceholders.
    template <typename Repo, typename T>
    core::Expected<void, storage::StorageError> insertResolving(Repo& repo, T& row)
    {
        const core::Id placeholder = row.id;
        if (placeholder < 0) {
            row.id = 0;
        }
        auto r = repo.insert(row);
        if (r && placeholder < 0) {
            m_placeholders.insert(placeholder, row.id);
        }
        return r;
    }
    // Rewrites references to placeholder ids already written (bins, initiatives, meetings) with the real ids.
    void resolvePlaceholders(ChangeSet& changes) const;

    std::unique_ptr<storage::Database> m_db;
    QUndoStack* m_undo;
    core::Program m_program;
    std::vector<core::Initiative> m_initiatives;
    std::vector<core::Person> m_people;
    std::vector<core::Domain> m_domains;
    std::vector<core::PainPoint> m_painPoints;
    std::vector<core::JourneyStage> m_stages;
    std::vector<core::Journey> m_journeys;
    std::vector<core::ProjectBin> m_bins;
    std::vector<core::BinDependency> m_dependencies;
    QHash<core::Id, storage::TaskCount> m_taskCounts;
    mutable QHash<core::Id, storage::TaskCount> m_binInitiatives; // initiatives done and carried, per bin
    mutable bool m_binInitiativesStale = true;
    std::vector<core::ScoringModel> m_models;
    QHash<core::Id, QHash<core::Id, double>> m_scores; // initiative → criterion → agreed value
    std::vector<core::VotingRound> m_rounds;
    std::vector<core::DecisionSnapshot> m_snapshots;
    mutable std::vector<core::Task> m_tasks;
    mutable QHash<core::Id, std::size_t> m_taskIndex;
    mutable bool m_tasksLoaded = false;
    std::vector<core::Charter> m_charters;
    std::vector<core::CharterPhase> m_phases;
    std::vector<core::DodItem> m_dodItems;
    std::vector<core::Meeting> m_meetings;
    std::vector<core::Notification> m_notifications;
    std::vector<core::Pillar> m_pillars;
    std::vector<core::ChangeRequest> m_requests;
    std::vector<core::BoardDecision> m_decisions;
    std::vector<core::Persona> m_personas;
    std::vector<core::Touchpoint> m_touchpoints;
    std::vector<core::GovernanceBody> m_bodies;
    std::vector<core::RaciAssignment> m_raci;
    std::vector<core::MaturityAssessment> m_assessments;
    QHash<core::Id, core::Id> m_placeholders; // during apply(): placeholder id → written id
    core::Clock m_clock = core::systemClock();
    QHash<core::Id, std::size_t> m_initiativeIndex;
    QHash<QString, core::Id> m_codeIndex; // normalised code → initiative
};

} // namespace tiller::app
