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
    int bin; // index into bins, or -1
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

struct ChangeRequestDef
{
    const char* code;
    const char* title;
    const char* description;
    const char* origin; // market, organisation, voc, regulation, internal
};

struct Content
{
    const char* programName;
    const char* vision;
    const char* pillars; // one per line
    std::vector<DomainDef> domains;
    std::vector<PersonDef> people;
    std::vector<PersonaDef> personas;
    std::vector<JourneyDef> journeys;
    std::vector<BinDef> bins;
    std::vector<InitiativeDef> initiatives;
    std::vector<KpiDef> kpis;
    std::vector<ChangeRequestDef> changeRequests;
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
