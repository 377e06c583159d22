// Writes a demo program into a new portfolio: the sample program (first start) or large test data.
#pragma once

#include "tiller/core/Expected.h"
#include "tiller/core/Scoring.h"
#include "tiller/storage/StorageError.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <cstdint>
#include <functional>
#include <vector>

namespace tiller::app {

class DemoBuilder
{
    Q_DECLARE_TR_FUNCTIONS(DemoBuilder)
public:
    enum class Size { Small, Large, Huge };

    struct Stats
    {
        qint64 initiatives = 0;
        qint64 bins = 0;
        qint64 dependencies = 0;
        qint64 tasks = 0;
        qint64 people = 0;
        qint64 changeRequests = 0;
        qint64 ballots = 0;
        qint64 vocRecords = 0;
        qint64 kpiMeasurements = 0;
    };
    // (what, done, total) — called now and then on large work.
    using Progress = std::function<void(const QString& step, qint64 done, qint64 total)>;

    static std::optional<Size> sizeFromName(const QString& name);
    // The models a new program starts with (weighted first), named in the UI language.
    static std::vector<core::ScoringModel> defaultModels();

    // `anchor`: the program's reference month (dates are placed around it);
    // the same seed and anchor always give the same program.
    DemoBuilder(Size size, std::uint64_t seed, QDate anchor);
    void setProgress(Progress progress) { m_progress = std::move(progress); }

    // Creates `location` (it must not exist or be empty) and fills it in one transaction.
    core::Expected<Stats, storage::StorageError> build(const QString& location);

private:
    Size m_size;
    std::uint64_t m_seed;
    QDate m_anchor;
    Progress m_progress;
};

} // namespace tiller::app
