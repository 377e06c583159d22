// Reading rankings and ballots from text and CSV files.
#include "tiller/core/Ranking.h"

#include <QSet>
#include <QStringDecoder>

#include <algorithm>
#include <functional>

namespace tiller::core {

namespace {

using Code = BallotParseError::Code;

Unexpected<BallotParseError> parseError(Code code, int line, QString detail = {})
{
    return unexpected(BallotParseError{code, line, std::move(detail)});
}

// One CSV line into fields (RFC 4180 quoting, no line breaks inside a field); false with a reason when malformed.
bool splitCsvLine(const QString& line, QStringList& fields, QString& problem)
{
    const qsizetype n = line.size();
    const auto blank = [](QChar c) { return c == QLatin1Char(' ') || c == QLatin1Char('\t'); };
    qsizetype i = 0;
    while (true) {
        qsizetype j = i;
        while (j < n && blank(line[j])) {
            ++j;
        }
        qsizetype next = n;
        if (j < n && line[j] == QLatin1Char('"')) {
            QString value;
            qsizetype k = j + 1;
            bool closed = false;
            while (k < n) {
                if (line[k] == QLatin1Char('"')) {
                    if (k + 1 < n && line[k + 1] == QLatin1Char('"')) {
                        value += QLatin1Char('"');
                        k += 2;
                        continue;
                    }
                    closed = true;
                    ++k;
                    break;
                }
                value += line[k++];
            }
            if (!closed) {
                problem = QStringLiteral("a quoted field is not closed");
                return false;
            }
            while (k < n && blank(line[k])) {
                ++k;
            }
            if (k < n && line[k] != QLatin1Char(',')) {
                problem = QStringLiteral("text after a closing quote");
                return false;
            }
            fields.append(value);
            next = k;
        } else {
            next = line.indexOf(QLatin1Char(','), i);
            if (next < 0) {
                next = n;
            }
            const QString value = line.mid(i, next - i);
            if (value.contains(QLatin1Char('"'))) {
                problem = QStringLiteral("a quote inside an unquoted field (quote the whole field, double the quote)");
                return false;
            }
            fields.append(value);
        }
        if (next >= n) {
            return true;
        }
        i = next + 1;
    }
}

QString excerpt(const QString& text)
{
    const qsizetype limit = 60;
    return text.size() <= limit ? text : text.left(limit) + QStringLiteral("…");
}

bool allBlank(const QStringList& fields)
{
    return std::all_of(fields.begin(), fields.end(), [](const QString& f) { return f.trimmed().isEmpty(); });
}


} // namespace

Expected<Ranking, BallotParseError> parseRanking(const QString& text)
{
    if (text.trimmed().isEmpty()) {
        return parseError(Code::EmptyRanking, 0);
    }
    // '<' would read naturally to some ("B < A") yet mean the opposite; refusing it beats a silently reversed ballot.
    if (const qsizetype lt = text.indexOf(QLatin1Char('<')); lt >= 0) {
        return parseError(Code::BadSyntax, 0,
                          QStringLiteral("'<' at column %1: put the preferred candidate first, then '>'").arg(lt + 1));
    }
    Ranking ranking;
    QStringList group;
    QSet<QString> seen;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool atEnd = i == text.size();
        if (!atEnd && text[i] != QLatin1Char('>') && text[i] != QLatin1Char('=')) {
            continue;
        }
        const QString name = text.mid(start, i - start).trimmed();
        if (name.isEmpty()) {
            return parseError(
                Code::BadSyntax, 0,
                atEnd ? QStringLiteral("a name is missing at the end")
                      : QStringLiteral("a name is missing before '%1' at column %2").arg(text[i]).arg(i + 1));
        }
        if (seen.contains(name)) {
            return parseError(Code::DuplicateCandidate, 0, name);
        }
        seen.insert(name);
        group << name;
        if (atEnd || text[i] == QLatin1Char('>')) {
            ranking << group;
            group.clear();
        }
        start = i + 1;
    }
    return ranking;
}

namespace {

// Reads a two-column CSV whose second column is a ranking; `row` turns the first field into its value (or an
// error) for each data row. Shared by the anonymous ballots (count) and the named ones (voter).
template <typename Row>
Expected<std::vector<Row>, BallotParseError>
parseRankingTable(const QByteArray& csv, const char* firstHeader,
                  const std::function<std::optional<BallotParseError>(int, const QString&, Ranking&&, std::vector<Row>&)>& row)
{
    QByteArray bytes = csv;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        bytes.remove(0, 3);
    }
    const QList<QByteArray> lines = bytes.split('\n');
    std::vector<Row> rows;
    bool headerSeen = false;
    for (qsizetype k = 0; k < lines.size(); ++k) {
        const int lineNo = int(k + 1);
        QByteArray raw = lines[k];
        if (raw.endsWith('\r')) {
            raw.chop(1);
        }
        QStringDecoder decoder(QStringDecoder::Utf8);
        const QString line = decoder.decode(raw);
        if (decoder.hasError()) {
            return parseError(Code::BadCsv, lineNo, QStringLiteral("not valid UTF-8"));
        }
        if (line.trimmed().isEmpty()) {
            continue;
        }
        QStringList fields;
        QString problem;
        const bool wellFormed = splitCsvLine(line, fields, problem);
        if (wellFormed && allBlank(fields)) {
            continue; // spreadsheets export empty rows as ",,"
        }
        // Spreadsheets also pad rows with empty trailing columns.
        while (fields.size() > 2 && fields.last().trimmed().isEmpty()) {
            fields.removeLast();
        }
        if (!headerSeen) {
            const bool isHeader = wellFormed && fields.size() == 2 &&
                                  fields[0].trimmed().compare(QLatin1String(firstHeader), Qt::CaseInsensitive) == 0 &&
                                  fields[1].trimmed().compare(QLatin1String("ranking"), Qt::CaseInsensitive) == 0;
            if (!isHeader) {
                return parseError(Code::MissingHeader, lineNo, QStringLiteral("found “%1”").arg(excerpt(line)));
            }
            headerSeen = true;
            continue;
        }
        if (!wellFormed) {
            return parseError(Code::BadCsv, lineNo, problem);
        }
        if (fields.size() < 2) {
            return parseError(Code::BadCsv, lineNo, QStringLiteral("one field: “%1”").arg(excerpt(line)));
        }
        if (fields.size() > 2) {
            return parseError(Code::BadSyntax, lineNo,
                              QStringLiteral("%1 fields: separate candidates with '>' or '=', and quote a name that "
                                             "contains a comma")
                                  .arg(fields.size()));
        }
        auto ranking = parseRanking(fields[1]);
        if (!ranking) {
            BallotParseError e = ranking.error();
            e.line = lineNo;
            return unexpected(std::move(e));
        }
        if (auto error = row(lineNo, fields[0].trimmed(), std::move(ranking).value(), rows)) {
            return unexpected(std::move(*error));
        }
    }
    if (!headerSeen) {
        return parseError(Code::MissingHeader, 1, QStringLiteral("the file is empty"));
    }
    return rows;
}

} // namespace

Expected<std::vector<Ballot>, BallotParseError> parseBallotsCsv(const QByteArray& csv)
{
    return parseRankingTable<Ballot>(
        csv, "count",
        [](int lineNo, const QString& countText, Ranking&& ranking,
           std::vector<Ballot>& ballots) -> std::optional<BallotParseError> {
        const qsizetype digitsFrom =
            countText.startsWith(QLatin1Char('-')) || countText.startsWith(QLatin1Char('+')) ? 1 : 0;
        const bool digitsOnly = countText.size() > digitsFrom &&
                                std::all_of(countText.begin() + digitsFrom, countText.end(),
                                            [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); });
        bool fits = false;
        const qint64 count = digitsOnly ? countText.toLongLong(&fits) : 0;
        if (!digitsOnly || !fits) {
            return BallotParseError{Code::BadCount, lineNo, excerpt(countText)};
        }
        if (count < 1) {
            return BallotParseError{Code::NegativeCount, lineNo, countText};
        }
            ballots.push_back({std::move(ranking), count});
            return std::nullopt;
        });
}

Expected<std::vector<NamedBallot>, BallotParseError> parseNamedBallotsCsv(const QByteArray& csv)
{
    return parseRankingTable<NamedBallot>(
        csv, "voter",
        [](int lineNo, const QString& voter, Ranking&& ranking,
           std::vector<NamedBallot>& ballots) -> std::optional<BallotParseError> {
            if (voter.isEmpty()) {
                return BallotParseError{Code::BadCsv, lineNo, QStringLiteral("no voter named")};
            }
            ballots.push_back({voter, std::move(ranking), lineNo});
            return std::nullopt;
        });
}


} // namespace tiller::core
