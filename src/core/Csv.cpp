#include "tiller/core/Csv.h"

#include <QStringDecoder>
#include <algorithm>

namespace tiller::core {

namespace {

bool blank(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t');
}

bool allBlank(const QStringList& fields)
{
    return std::all_of(fields.begin(), fields.end(), [](const QString& f) { return f.trimmed().isEmpty(); });
}

// Control characters other than tab and line breaks mean a binary file, whatever the decoder says.
bool looksBinary(const QByteArray& bytes)
{
    const qsizetype probe = qMin<qsizetype>(bytes.size(), 64 * 1024);
    for (qsizetype i = 0; i < probe; ++i) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
            return true;
        }
    }
    return false;
}

} // namespace

bool splitCsvRecord(QStringView text, qsizetype& pos, QChar separator, QStringList& fields, QString& problem,
                    int* lines)
{
    const qsizetype n = text.size();
    const QChar quote = QLatin1Char('"');
    const QChar newline = QLatin1Char('\n');
    const QChar cr = QLatin1Char('\r');
    int breaks = 0;
    const auto done = [&](bool ok) {
        if (lines) {
            *lines = breaks;
        }
        return ok;
    };
    // A malformed record: report it and resume at the next line.
    const auto fail = [&](qsizetype from, const QString& why) {
        problem = why;
        const qsizetype nl = text.indexOf(newline, from);
        if (nl < 0) {
            pos = n;
        } else {
            pos = nl + 1;
            ++breaks;
        }
        return done(false);
    };
    qsizetype i = pos;
    while (true) {
        qsizetype j = i;
        while (j < n && blank(text[j])) {
            ++j;
        }
        if (j < n && text[j] == quote) {
            QString value;
            qsizetype k = j + 1;
            bool closed = false;
            while (k < n) {
                const QChar c = text[k];
                if (c == quote) {
                    if (k + 1 < n && text[k + 1] == quote) {
                        value += quote;
                        k += 2;
                        continue;
                    }
                    closed = true;
                    ++k;
                    break;
                }
                if (c == newline) {
                    ++breaks;
                }
                value += c;
                ++k;
            }
            if (!closed) {
                problem = QStringLiteral("a quoted field is not closed");
                pos = n;
                return done(false);
            }
            while (k < n && blank(text[k])) {
                ++k;
            }
            fields.append(value);
            if (k < n && text[k] == separator) {
                i = k + 1;
                continue;
            }
            if (k == n || (text[k] == cr && k + 1 == n)) {
                pos = n;
                return done(true);
            }
            if (text[k] == newline || (text[k] == cr && text[k + 1] == newline)) {
                pos = text[k] == newline ? k + 1 : k + 2;
                ++breaks;
                return done(true);
            }
            return fail(k, QStringLiteral("text after a closing quote"));
        }
        qsizetype k = i;
        while (k < n && text[k] != separator && text[k] != newline) {
            ++k;
        }
        qsizetype stop = k;
        if (stop > i && text[stop - 1] == cr && (k == n || text[k] == newline)) {
            --stop;
        }
        const QStringView value = text.mid(i, stop - i);
        if (value.contains(quote)) {
            return fail(i,
                        QStringLiteral("a quote inside an unquoted field (quote the whole field, double the quote)"));
        }
        fields.append(value.toString());
        if (k < n && text[k] == separator) {
            i = k + 1;
            continue;
        }
        if (k < n) {
            ++breaks;
            pos = k + 1;
        } else {
            pos = n;
        }
        return done(true);
    }
}

QChar detectCsvSeparator(QStringView headerLine)
{
    int commas = 0;
    int semicolons = 0;
    bool quoted = false;
    for (const QChar c : headerLine) {
        if (c == QLatin1Char('"')) {
            quoted = !quoted;
        } else if (!quoted && c == QLatin1Char(',')) {
            ++commas;
        } else if (!quoted && c == QLatin1Char(';')) {
            ++semicolons;
        }
    }
    return semicolons > commas ? QLatin1Char(';') : QLatin1Char(',');
}

Expected<CsvTable, CsvError> readCsv(const QByteArray& input, int maxRecords)
{
    QByteArrayView bytes(input);
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        bytes = bytes.sliced(3);
    }
    if (looksBinary(input)) {
        return unexpected(CsvError{CsvError::Code::NotText, 0, QStringLiteral("binary content")});
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        return unexpected(CsvError{CsvError::Code::NotText, 0, QStringLiteral("not valid UTF-8")});
    }
    CsvTable table;
    bool headerSeen = false;
    qsizetype pos = 0;
    int line = 1;
    while (pos < text.size()) {
        if (maxRecords >= 0 && qsizetype(table.records.size()) >= maxRecords) {
            break;
        }
        if (!headerSeen) {
            const qsizetype nl = text.indexOf(QLatin1Char('\n'), pos);
            table.separator = detectCsvSeparator(QStringView(text).mid(pos, nl < 0 ? -1 : nl - pos));
        }
        CsvRecord record;
        record.line = line;
        int breaks = 0;
        splitCsvRecord(text, pos, table.separator, record.fields, record.problem, &breaks);
        line += breaks;
        if (record.problem.isEmpty() && allBlank(record.fields)) {
            continue; // blank lines, and the ",," rows spreadsheets export
        }
        if (!headerSeen) {
            headerSeen = true;
            table.headerLine = record.line;
            for (const QString& name : std::as_const(record.fields)) {
                table.header.append(name.trimmed());
            }
            // Spreadsheets pad the header with empty trailing columns.
            while (!table.header.isEmpty() && table.header.last().isEmpty()) {
                table.header.removeLast();
            }
            continue;
        }
        table.records.push_back(std::move(record));
    }
    if (!headerSeen) {
        return unexpected(CsvError{CsvError::Code::Empty, 1, QStringLiteral("the file is empty")});
    }
    return table;
}

} // namespace tiller::core
