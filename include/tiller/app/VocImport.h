// Importing Voice-of-the-Customer records (NPS, CSAT, CES) from a CSV file: column mapping, row checks, one write.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <vector>

namespace tiller::app {

class Portfolio;

// VoC records are data brought in bulk (like a restore), not edits of the program: the import is not on the undo
// stack, and Portfolio emits nothing (it keeps no VoC in memory; dashboards read aggregates from storage).
class VocImport
{
    Q_DECLARE_TR_FUNCTIONS(VocImport)
public:
    // Column indexes in the file (-1: not in the file). Without a metric column, `fixedMetric` ("nps", "csat" or
    // "ces") applies to every row.
    struct Mapping
    {
        int date = -1, channel = -1, stage = -1, metric = -1, score = -1, verbatim = -1;
        QString fixedMetric;
        bool operator==(const Mapping&) const = default;
    };

    enum class Problem
    {
        MissingField, // a required cell (date, metric, score) is empty or the row is too short
        BadDate,
        BadScore, // not a number
        UnknownMetric,
        ScoreOutOfScale,
        UnknownStage,
        AmbiguousStage, // the name belongs to stages of several journeys
        MalformedRow,   // broken quoting
    };
    struct BadRow
    {
        int line = 0; // where the record starts in the file (1-based)
        Problem problem = Problem::MissingField;
        QString reason; // in words, with the offending value
    };

    enum class Failure
    {
        None,
        CannotRead,        // the file cannot be opened
        NotCsv,            // binary, empty, or no header with at least two columns
        IncompleteMapping, // date, score or metric not chosen
        ReadOnly,
        WriteFailed, // the database refused: everything rolled back
        Cancelled,   // stopped by the user: everything rolled back
    };

    struct Preview
    {
        QStringList header;
        QList<QStringList> rows;
        QList<int> lines; // where each row starts in the file
        QChar separator;
        Failure failure = Failure::None;
        QString error; // in words
    };

    struct Report
    {
        qint64 imported = 0;
        qint64 rowsRead = 0;
        std::vector<BadRow> badRows;
        Failure failure = Failure::None;
        QString error; // in words; empty on success
        bool ok() const { return failure == Failure::None; }
    };

    // Called with (step done, steps in all); return false to stop (nothing is then imported).
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    static Mapping guess(const QStringList& header);
    static Preview preview(const QString& path, int maxRows = 20);
    static Report run(Portfolio& portfolio, const QString& path, const Mapping& mapping, const Progress& progress = {});

    // What a mapping still lacks, in words (empty when it can run).
    static QString missing(const Mapping& mapping);
    // The metric codes ("nps", "csat", "ces") and their display names.
    static QStringList metrics();
    static QString metricName(const QString& code);
};

} // namespace tiller::app
