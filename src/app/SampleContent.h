// The words of the sample CX program (a fictional company) that first start and `tiller demo` write.
#pragma once

#include <vector>

namespace tiller::app::sample {

// All texts are UTF-8 literals; indices refer to the vectors below.
struct DomainDef
{
    const char* name;
    const char* color; // "#rrggbb", readable on light and dark backgrounds
};

struct PersonDef
{
    const char* name;
    const char* email;
    const char* team;
    int roles; // tiller::core::PersonRole flags: 1 program manager, 2 stakeholder, 4 leader, 8 ambassador, 16 sponsor
};

struct PainDef
{
    const char* title;
    const char* description;
    int severity; // 1..5
};

struct StageDef
{
    const char* name;
    std::vector<PainDef> pains;
};

struct PersonaDef
{
    const char* name;
    const char* description;
    const char* goals;
    const char* frustrations;
};

struct JourneyDef
{
    const char* name;
    int persona; // index into personas
    std::vector<StageDef> stages;
};

struct PainRef
{
    int journey;
    int stage;
    int pain;
};

struct InitiativeDef
{
    const char* code; // "CX-001"…
    const char* title;
    const char* description;
    int domain;
    int owner;          // index into people
    const char* status; // idea, proposed, approved, in_progress, done, dropped
    const char* horizon; // short, medium, long, or "" (not set)
    std::vector<PainRef> pains;
    int bin;    // index into bins, or -1
    int pillar; // index into pillars, or -1 (outside the strategy: the guardrails point it out)
};

struct BinDef
{
    const char* code; // "BIN-01"…
    const char* name;
    int domain;
    int owner;
    const char* status; // proposed, planned, in_progress, blocked, done, cancelled
    int priority;       // 1 = first
    int startMonth;     // months from the program start (0..35; the program started 12 months ago)
    int durationMonths; // 1..12
    std::vector<int> dependsOn; // indices of predecessor bins (no cycles)
    std::vector<const char*> tasks; // 15 task titles
    const char* objectives;
    const char* benefits;
    std::vector<const char*> definitionOfDone;
    int effortDays; // estimated effort in person-days, spread over the bin's months
};

struct KpiDef
{
    const char* name;
    const char* unit;
    double baseline;
    double target;
    const char* direction; // up or down
    double monthlyChange;  // the trend per month
};

// A request asking into the program, and where it stands.
struct ChangeRequestDef
{
    const char* code; // "CR-001"…, in the order they were submitted
    const char* title;
    const char* description;
    const char* origin;   // market, organisation, voc, regulation, internal
    const char* evidence; // the facts behind it, in words
    int submitter;        // index into people
    int submittedDaysAgo; // before the anchor month's first day (0..120)
    int domain;           // index into domains
    int pillar;           // index into pillars, or -1
    double benefit;       // a year's benefit; 0: not estimated
    double cost;
    double effortDays;
    int urgency;          // 0 low, 1 normal, 2 high, 3 critical
    int wantedInMonths;   // wanted by the end of the month this many months after the anchor; 0: no date
    std::vector<PainRef> pains;
    const char* status;   // submitted, returned, qualified, or approved / deferred / rejected
    bool atBoard;         // decided at the past board session (else rejected or returned at qualification)
    int checklist;        // QualificationCheck flags (15: all)
    int qualifiedDaysAgo; // when qualified (qualified and decided ones), before the anchor
    const char* note;     // returned or rejected at qualification: why; decided at the board: the board's reason
    const char* resources; // approved: who and what it gets
    int bin;               // approved: the bin it joins (index into bins)
    int deferredMonths;    // deferred: back on the agenda this many months after the anchor
};

// The change board's past session (a month before the anchor).
struct BoardSessionDef
{
    const char* notes;
    std::vector<int> attendees; // indices into people
};

struct Content
{
    const char* programName;
    const char* vision;
    const char* pillars; // one per line: the strategic pillars' names (also kept as the old free text)
    std::vector<const char*> pillarDescriptions; // one sentence per pillar, in the same order
    std::vector<DomainDef> domains;
    std::vector<PersonDef> people;
    std::vector<PersonaDef> personas;
    std::vector<JourneyDef> journeys;
    std::vector<BinDef> bins;
    std::vector<InitiativeDef> initiatives;
    std::vector<KpiDef> kpis;
    std::vector<ChangeRequestDef> changeRequests;
    BoardSessionDef boardSession;
    // Words for the large demo's generated requests and board decisions.
    std::vector<const char*> returnNotes;
    std::vector<const char*> qualificationRejections;
    std::vector<const char*> boardRejections;
    std::vector<const char*> boardDeferrals;
    std::vector<const char*> boardResources;
    const char* generatedSessionNotes;
    std::vector<const char*> positiveVerbatims;
    std::vector<const char*> negativeVerbatims;
    std::vector<const char*> channels;
    // Words to compose believable titles for the large demo (name pools).
    std::vector<const char*> firstNames;
    std::vector<const char*> lastNames;
    std::vector<const char*> teams;
    std::vector<const char*> actionVerbs;   // "Simplify", "Automate"…
    std::vector<const char*> actionObjects; // "the move-in form", "outage alerts"…
};

const Content& content();

} // namespace tiller::app::sample
