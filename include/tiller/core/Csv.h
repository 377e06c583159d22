// The one CSV reader of the project: RFC 4180 quoting, comma or semicolon, records spanning lines, line numbers kept.
#pragma once

#include "tiller/core/Expected.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <vector>

namespace tiller::core {

// Splits the record starting at `pos` into `fields` and moves `pos` past its line break. A quoted field may hold
// the separator, doubled quotes and line breaks; blanks before an opening quote and after a closing one are
// ignored. False with a reason in `problem` when the record is malformed (`pos` then skips to the next line, or to
// the end for an unclosed quote). `lines` receives how many line breaks were consumed.
bool splitCsvRecord(QStringView text, qsizetype& pos, QChar separator, QStringList& fields, QString& problem,
                    int* lines = nullptr);

// ',' or ';', whichever appears more often outside quotes in the header line (',' on a tie).
QChar detectCsvSeparator(QStringView headerLine);

struct CsvRecord
{
    int line = 0; // 1-based line where the record starts
    QStringList fields;
    QString problem; // non-empty when the record is malformed (fields then hold what could be read)
};

struct CsvTable
{
    QChar separator = QLatin1Char(',');
    int headerLine = 0;
    QStringList header;
    std::vector<CsvRecord> records; // blank records left out
};

struct CsvError
{
    enum class Code
    {
        Empty,   // nothing but blank lines
        NotText, // binary content or not UTF-8
    };
    Code code = Code::Empty;
    int line = 0;
    QString detail;
};

// Decodes UTF-8 (a BOM is dropped), detects the separator from the first non-blank line, which is the header, and
// reads up to `maxRecords` data records (-1: all).
Expected<CsvTable, CsvError> readCsv(const QByteArray& bytes, int maxRecords = -1);

} // namespace tiller::core
