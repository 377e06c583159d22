// Reading rankings and ballots from text and CSV files.
#include "tiller/core/Csv.h"
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

// One CSV line into fields; the project's one CSV reader (Csv.h) does the quoting.
bool splitCsvLine(const QString& line, QStringList& fields, QString& problem)
{
    qsizetype pos = 0;
    return splitCsvRecord(line, pos, QLatin1Char(','), fields, problem);
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
Expected<std::vector<Row>, BallotParseError> parseRankingTable(
    const QByteArray& csv, const char* firstHeader,
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
