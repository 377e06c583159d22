// The demo builder's machinery: volumes per size, a table-by-table bulk writer, the fixed word lists.
#pragma once

#include "tiller/app/DemoBuilder.h"
#include "tiller/core/Random.h"
#include "tiller/storage/BulkInserter.h"
#include "tiller/storage/Database.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>
#include <QVariantList>

#include <memory>

namespace tiller::app::demo {

using storage::StorageError;

inline QString u(const char* s) { return QString::fromUtf8(s); }
inline QString iso(const QDate& d) { return d.toString(Qt::ISODate); }
inline QVariant null() { return QVariant(QMetaType::fromType<qint64>()); } // SQL NULL

struct Volumes
{
    int initiatives, bins, tasksPerBin, people, changeRequests, rounds, ballotsPerRound, ballotSize, kpiMonths;
    qint64 vocRecords;
    int extraKpis;
};

inline Volumes volumesFor(DemoBuilder::Size size)
{
    switch (size) {
    case DemoBuilder::Size::Small:
        return {0, 0, 15, 0, 0, 1, 8, 10, 12, 2400, 0};
    case DemoBuilder::Size::Large:
        return {2000, 500, 100, 300, 1000, 20, 40, 25, 60, 200000, 14};
    case DemoBuilder::Size::Huge:
        return {20000, 5000, 100, 3000, 10000, 200, 40, 25, 60, 2000000, 14};
    }
    return {};
}

// Writes rows through one BulkInserter per table, stopping at the first error.
class Writer
{
public:
    explicit Writer(storage::Database& db) : m_db(db) {}
    bool table(const QString& name, const QStringList& columns)
    {
        if (!flush()) {
            return false;
        }
        auto created = storage::BulkInserter::create(m_db, name, columns);
        if (!created) {
            m_error = created.error();
            return false;
        }
        m_inserter = std::move(*created);
        return true;
    }
    bool row(const QVariantList& values)
    {
        if (m_error.code != StorageError::Code::None) {
            return false;
        }
        if (auto r = m_inserter->add(values); !r) {
            m_error = r.error();
            return false;
        }
        return true;
    }
    bool flush()
    {
        if (m_inserter) {
            if (auto r = m_inserter->flush(); !r) {
                m_error = r.error();
                return false;
            }
        }
        return m_error.code == StorageError::Code::None;
    }
    const StorageError& error() const { return m_error; }

private:
    storage::Database& m_db;
    std::unique_ptr<storage::BulkInserter> m_inserter;
    StorageError m_error;
};

// The default models' words, for the translation catalogue (the core names them in English).
[[maybe_unused]] inline constexpr const char* ModelWords[] = {
    QT_TRANSLATE_NOOP("tiller::core::Scoring", "Benefit and cost"),
    QT_TRANSLATE_NOOP("tiller::core::Scoring", "RICE"),
    QT_TRANSLATE_NOOP("tiller::core::Scoring", "WSJF"),
    QT_TRANSLATE_NOOP("tiller::core::Scoring", "Customer benefit"),
    QT_TRANSLATE_NOOP("tiller::core::Scoring", "Pain-point severity"),
    QT_TRANSLATE_NOOP("tiller::core::Scoring", "Revenue and retention"),
    QT_TRANSLATE_NOOP("tiller::core::Scoring", "Cost"),
    QT_TRANSLATE_NOOP("tiller::core::Scoring", "Effort"),
    QT_TRANSLATE_NOOP("tiller::core::Scoring", "Risk"),
    QT_TRANSLATE_NOOP("tiller::core::Scoring", "Reach (people per quarter)"),
    QT_TRANSLATE_NOOP("tiller::core::Scoring", "Impact"),
    QT_TRANSLATE_NOOP("tiller::core::Scoring", "Confidence (%)"),
    QT_TRANSLATE_NOOP("tiller::core::Scoring", "Effort (person-months)"),
    QT_TRANSLATE_NOOP("tiller::core::Scoring", "Business value"),
    QT_TRANSLATE_NOOP("tiller::core::Scoring", "Time criticality"),
    QT_TRANSLATE_NOOP("tiller::core::Scoring", "Risk reduction and opportunity enablement"),
    QT_TRANSLATE_NOOP("tiller::core::Scoring", "Job size"),
};

inline constexpr const char* InitiativeStatuses[] = {"idea", "proposed", "approved", "in_progress", "done", "dropped"};
inline constexpr const char* Horizons[] = {"short", "medium", "long", ""};
inline constexpr const char* Origins[] = {"market", "organisation", "voc", "regulation", "internal"};

// What the governance seed needs from the rest of the demo: who is who, the bins and initiatives and their owners,
// the stages, the change board's sessions.
struct GovernanceSeed
{
    bool small = true;
    QDate anchor;
    QDate programStart;
    QList<int> personRoles;        // person id i + 1 → PersonRole flags
    QList<int> binOwner;           // bin id i + 1 → owner id
    QList<QString> binState;       // bin id i + 1 → status key
    QList<int> initiativeOwner;    // initiative id i + 1 → owner id
    QList<QString> initiativeState;
    QList<int> stages;             // stage ids
    int firstMeetingId = 1;        // ids before it are taken (the change board's sessions)
};

// Governance bodies with members and meeting records, the RACI of the work under way (with a few gaps left, as in
// life), touchpoints at each stage and three maturity assessments a year apart in all.
bool writeGovernance(Writer& w, core::Random& rnd, const GovernanceSeed& seed);

} // namespace tiller::app::demo
