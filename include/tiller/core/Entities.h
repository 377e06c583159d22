// The aggregates the desktop app keeps in memory, as plain values.
#pragma once

#include "tiller/core/Types.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

namespace tiller::core {

// Every persisted value carries `version`, bumped on each write, so that a
// stale edit (another workstation, a stale undo) is detected, not applied.

struct Program
{
    Id id = 0;
    QString name;
    QString vision;
    Id scoringModelId = 0;        // the model in use; 0: none yet
    double valueThreshold = 50;   // priority matrix: quadrant bounds, in the model's axis units
    double effortThreshold = 50;
    // Horizon bounds (the guardrails): short term ends this many months from today, and so on.
    int shortTermMonths = 6;
    int mediumTermMonths = 18;
    int longTermMonths = 36;
    // Budget envelope per year (year → amount in the program's currency); a year without one is unchecked.
    QMap<int, double> budgetEnvelopes;
    BoardCadence boardCadence = BoardCadence::Monthly; // how often the change board meets
    bool engagement = true; // engagement and recognition (points, badges, leaderboards) shown to leaders
    Id cxLeadId = 0;        // who leads the CX direction; 0: nobody named
    QString cxReportsTo;    // whom the CX direction reports to ("the CEO", "the Customer director")
    int raciLimit = 6;      // more bins and initiatives than this accountable to one person is an overload
    qint64 version = 0;
    bool operator==(const Program&) const = default;
};

struct Person
{
    Id id = 0;
    QString name;
    QString email;
    QString team;
    int roles = 0; // PersonRole flags
    qint64 version = 0;
    bool operator==(const Person&) const = default;
};

struct Domain
{
    Id id = 0;
    QString name;
    QString color; // "#rrggbb"
    int sortOrder = 0;
    double capacityPersonDays = 0; // per month; 0: not set (no load check)
    qint64 version = 0;
    bool operator==(const Domain&) const = default;
};

struct Persona
{
    Id id = 0;
    QString name;
    QString description;
    QString goals;
    QString frustrations;
    qint64 version = 0;
    bool operator==(const Persona&) const = default;
};

// A persona's journey: its stages, in order, are the columns of the journey view.
struct Journey
{
    Id id = 0;
    Id personaId = 0; // 0: no persona
    QString name;
    QString description;
    qint64 version = 0;
    bool operator==(const Journey&) const = default;
};

struct JourneyStage
{
    Id id = 0;
    Id journeyId = 0;
    QString name;
    int sortOrder = 0;
    qint64 version = 0;
    bool operator==(const JourneyStage&) const = default;
};

// Where the customer meets the company at a stage (the website, a call, a letter…).
struct Touchpoint
{
    Id id = 0;
    Id stageId = 0;
    QString name;
    QString channel;
    int sortOrder = 0;
    qint64 version = 0;
    bool operator==(const Touchpoint&) const = default;
};

struct PainPoint
{
    Id id = 0;
    Id stageId = 0;
    QString title;
    QString description;
    int severity = 3; // 1 (minor) .. 5 (critical)
    // Words that tie customers' negative answers at the stage to this pain (its evidence), comma-separated;
    // empty: every negative answer at the stage counts.
    QString keywords;
    qint64 version = 0;
    bool operator==(const PainPoint&) const = default;
};

struct Initiative
{
    Id id = 0;
    QString code;
    QString title;
    QString description;
    Id domainId = 0; // 0: none
    Id ownerId = 0;  // 0: none
    InitiativeStatus status = InitiativeStatus::Idea;
    Horizon horizon = Horizon::Unset;
    QList<Id> painPoints; // sorted, unique
    QList<Id> pillars;    // the strategic pillars it serves; sorted, unique
    Id binId = 0;
    int priority = 0; // 0: not prioritised; 1 is first
    double budget = 0; // estimated cost in the program's currency; 0: unknown
    double reach = 0;  // customers affected per year; 0: unknown
    qint64 version = 0;
    bool operator==(const Initiative&) const = default;
};

// One criterion's value for one initiative: the agreed value (personId 0) or
// one stakeholder's private score.
struct ScoreValue
{
    Id initiativeId = 0;
    Id criterionId = 0;
    Id personId = 0;
    double value = 0;
    bool operator==(const ScoreValue&) const = default;
};

// A project bin: initiatives grouped into a project with an owner, dates or a horizon, a status and a priority.
struct ProjectBin
{
    Id id = 0;
    QString code;
    QString name;
    Id domainId = 0;
    Id ownerId = 0;
    BinStatus status = BinStatus::Proposed;
    int priority = 0;
    Horizon horizon = Horizon::Unset; // used while the bin has no dates
    QDate start;
    QDate end;
    double budget = 0;
    double effortDays = 0; // estimated effort in person-days; 0: the sum of its tasks' estimates
    qint64 version = 0;
    bool operator==(const ProjectBin&) const = default;
};

// A finish-to-start dependency between two bins, with an optional lag in days.
struct BinDependency
{
    Id id = 0;
    Id predecessor = 0;
    Id successor = 0;
    int lagDays = 0;
    qint64 version = 0;
    bool operator==(const BinDependency&) const = default;
};

// A task of a bin's plan: someone's action with a deadline.
struct Task
{
    Id id = 0;
    Id binId = 0;
    QString title;
    Id ownerId = 0; // 0: nobody yet
    QDate due;      // invalid: no deadline
    double estimateDays = 0;
    TaskStatus status = TaskStatus::Todo;
    QString blockedReason; // why, while blocked
    QString objectiveWeek; // "2026-W48": a weekly objective for that ISO week; empty: none
    QDateTime createdAt;
    QDateTime completedAt; // set when done
    QDate celebratedOn;    // the day it was celebrated as a success (weekly review); invalid: not celebrated
    qint64 version = 0;
    bool operator==(const Task&) const = default;
};

// A task handed from one person to another, with a note (the history of a task).
struct TaskTransfer
{
    Id id = 0;
    Id taskId = 0;
    Id fromPerson = 0;
    Id toPerson = 0;
    QString note;
    QDateTime at;
    bool operator==(const TaskTransfer&) const = default;
};

// A bin's charter: why the project exists and what it covers.
struct Charter
{
    Id binId = 0;
    QString objectives;
    QString benefits;
    QString scopeIn;
    QString scopeOut;
    QString risks;
    Id sponsorId = 0;
    qint64 version = 0;
    bool operator==(const Charter&) const = default;
};

struct CharterPhase
{
    Id id = 0;
    Id binId = 0;
    QString name;
    QDate start;
    QDate end;             // the milestone: the phase is due to be finished by then
    int sortOrder = 0;
    QDate reachedOn;       // the day the milestone was reached; invalid: not yet
    qint64 version = 0;
    bool operator==(const CharterPhase&) const = default;
};

// One success criterion of a bin's definition of done.
struct DodItem
{
    Id id = 0;
    Id binId = 0;
    QString text;
    bool done = false;
    int sortOrder = 0;
    qint64 version = 0;
    bool operator==(const DodItem&) const = default;
};

// A meeting record: a weekly review, a stand-up, a board session…
struct Meeting
{
    Id id = 0;
    QString kind; // "weekly_review", "standup", …
    QDate heldOn;
    QString title;
    QString notes;
    QString decisions;
    QList<Id> attendees; // sorted
    bool closed = false; // a closed board session's decisions are final
    QString reason;      // why a board session was held more than once in a month
    Id bodyId = 0;       // the governance body that met (0: none)
    qint64 version = 0;
    bool operator==(const Meeting&) const = default;
};

// Something a person should know: in the app's inbox, and in their e-mail digest.
struct Notification
{
    Id id = 0;
    Id personId = 0;
    QString kind; // NotificationKind key
    QDateTime createdAt;
    QDateTime readAt; // invalid: unread
    QString entity;   // "task", "bin", …
    Id entityId = 0;
    QString text;     // in the words of the moment it was raised
    bool operator==(const Notification&) const = default;
};

// A strategic pillar of the program's CX strategy.
struct Pillar
{
    Id id = 0;
    QString name;
    QString description;
    int sortOrder = 0;
    qint64 version = 0;
    bool operator==(const Pillar&) const = default;
};

// A new item asking into the program: submitted, qualified, then decided by the change board.
struct ChangeRequest
{
    Id id = 0;
    QString code; // "CR-007"
    QString title;
    QString description;
    RequestOrigin origin = RequestOrigin::Internal;
    Id submitterId = 0;
    QDate submittedOn;
    RequestStatus status = RequestStatus::Submitted;
    int urgency = 1;          // 0 low, 1 normal, 2 high, 3 critical
    double estBenefit = 0;    // a year's benefit in the program's currency; 0: not estimated
    double estCost = 0;       // in the program's currency; 0: not estimated
    double estEffortDays = 0; // person-days; 0: not estimated
    Id domainId = 0;
    Id pillarId = 0;
    QString evidence;     // the Voice-of-Customer evidence, in words
    QList<Id> painPoints; // sorted, unique
    QDate wantedBy;       // invalid: no date asked for
    // Qualification
    int checklist = 0; // QualificationCheck flags
    QDate qualifiedOn;
    QString qualificationNote; // why it was returned or rejected at qualification
    // The board
    Id sessionId = 0;  // the board session whose agenda carries it (0: none)
    QDate deferredTo;  // while deferred: back on the agenda of the first session from this date
    qint64 version = 0;
    bool operator==(const ChangeRequest&) const = default;
};

// One decision of a board session on one request (the decision log).
struct BoardDecision
{
    Id id = 0;
    Id sessionId = 0;
    Id requestId = 0;
    BoardVerdict verdict = BoardVerdict::Approved;
    QString reason;    // required for a rejection; optional otherwise
    int priority = 0;  // approved: 1 is first; 0: not set
    QDate deadline;    // approved
    QString resources; // approved: who and what it gets
    QDate deferredTo;  // deferred
    Id initiativeId = 0; // approved: the initiative created from it
    Id binId = 0;        // approved: the bin it went to
    bool createdBin = false; // approved: that bin was created by this decision
    QDate decidedOn;
    qint64 version = 0;
    bool operator==(const BoardDecision&) const = default;
};

// ---- Governance ----

struct BodyMember
{
    Id personId = 0;
    QString role; // in the body's words: "member", "secretary", "voice of the customer"…
    bool operator==(const BodyMember&) const = default;
};

// A governance body: the steering committee, the change board, the customer-advocacy council…
struct GovernanceBody
{
    Id id = 0;
    QString name;
    BodyKind kind = BodyKind::Other;
    QString purpose;
    Id chairId = 0;
    BoardCadence cadence = BoardCadence::Monthly;
    QDate nextMeeting;         // invalid: not planned
    QList<BodyMember> members; // sorted by person
    qint64 version = 0;
    bool operator==(const GovernanceBody&) const = default;
};

// One person's role on one bin or one initiative (exactly one of the two is set). A cell of the RACI matrix may
// hold more than one role (accountable and responsible): one row each.
struct RaciAssignment
{
    Id id = 0;
    Id binId = 0;
    Id initiativeId = 0;
    Id personId = 0;
    RaciRole role = RaciRole::Responsible;
    qint64 version = 0;
    bool operator==(const RaciAssignment&) const = default;
};

// One CX maturity assessment: each question of the questionnaire (core/Maturity.h) scored 1..5.
struct MaturityAssessment
{
    Id id = 0;
    QDate assessedOn;
    QString notes;
    QMap<QString, int> answers; // question key → 1..5; a question left out was not answered
    qint64 version = 0;
    bool operator==(const MaturityAssessment&) const = default;
};

} // namespace tiller::core
