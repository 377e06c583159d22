// The headless prioritisation commands: rank (aggregate ballots) and ahp (weights from pairwise comparisons).
#include "Cli.h"

#include "tiller/core/Ahp.h"
#include "tiller/core/Ranking.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace tiller::cli {

namespace {

constexpr qint64 MaxInputBytes = 64 * 1024 * 1024;

bool parseArgs(QCommandLineParser& parser, const QStringList& args, const QString& required)
{
    if (!parseSubcommand(parser, args, {required})) {
        return false;
    }
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("text") && format != QLatin1String("json")) {
        printError(Cli::tr("unknown format “%1” (use text or json)").arg(format));
        return false;
    }
    return true;
}

// Reads a whole input file, refusing absurd sizes; prints the reason on failure.
std::optional<QByteArray> readInput(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        printError(Cli::tr("can't read %1: %2").arg(path, f.errorString()));
        return std::nullopt;
    }
    if (f.size() > MaxInputBytes) {
        printError(Cli::tr("%1 is too large (%2 MB; at most 64 MB)").arg(path).arg(f.size() / 1048576));
        return std::nullopt;
    }
    return f.readAll();
}

QString ballotError(const core::BallotParseError& e)
{
    using C = core::BallotParseError::Code;
    QString why;
    switch (e.code) {
    case C::MissingHeader:
        why = Cli::tr("the first line must be the header “count,ranking”");
        break;
    case C::BadCount:
        why = Cli::tr("the count must be a whole number");
        break;
    case C::NegativeCount:
        why = Cli::tr("the count must be at least 1");
        break;
    case C::EmptyRanking:
        why = Cli::tr("the ranking is empty");
        break;
    case C::BadSyntax:
        why = Cli::tr("can't read the ranking (write it like “A > B = C > D”)");
        break;
    case C::DuplicateCandidate:
        why = Cli::tr("a candidate appears twice");
        break;
    case C::BadCsv:
        why = Cli::tr("malformed CSV (two fields expected: count and ranking)");
        break;
    }
    return e.detail.isEmpty() ? Cli::tr("line %1: %2").arg(e.line).arg(why)
                              : Cli::tr("line %1: %2 (%3)").arg(e.line).arg(why, e.detail);
}

QString ahpError(const core::AhpError& e)
{
    using C = core::AhpError::Code;
    const QString cell = e.row > 0 ? Cli::tr("cell (%1, %2)").arg(e.rowName, e.columnName) : QString();
    switch (e.code) {
    case C::Empty:
        return Cli::tr("the matrix is empty");
    case C::NotSquare:
        return Cli::tr("the matrix is not square (%1)").arg(e.cell);
    case C::NameMismatch:
        return Cli::tr("row and column names differ: “%1” against “%2”").arg(e.rowName, e.columnName);
    case C::NotANumber:
        return Cli::tr("%1: “%2” is not a number or a fraction like 1/3").arg(cell, e.cell);
    case C::NotPositive:
        return Cli::tr("%1: “%2” must be positive").arg(cell, e.cell);
    case C::DiagonalNotOne:
        return Cli::tr("%1: a criterion compared with itself must be 1, not %2").arg(cell, e.cell);
    case C::NotReciprocal:
        return Cli::tr("%1: %2 is not the reciprocal of %3 in cell (%4, %5)")
            .arg(cell, e.cell, e.otherCell, e.columnName, e.rowName);
    case C::TooLarge:
        return Cli::tr("at most %1 criteria can be compared").arg(core::AhpMaxSize);
    case C::DuplicateName:
        return Cli::tr("the name “%1” appears twice").arg(e.rowName);
    case C::EmptyName:
        return Cli::tr("criterion %1 has no name").arg(e.row);
    }
    return {};
}

QString placeLine(int place, const QStringList& group)
{
    return QStringLiteral("%1. %2").arg(place).arg(group.join(QStringLiteral(" = ")));
}

} // namespace

int rankCommand(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Aggregate stakeholders' rankings into one order.\n\nFILE.csv has the header count,ranking; each row "
                "is a number of identical ballots and a ranking like \"A > B = C > D\" (> preferred, = tied)."));
    parser.addOptions({{QStringLiteral("ballots"), Cli::tr("The ballots (CSV)."), QStringLiteral("FILE.csv")},
                       {QStringLiteral("method"), Cli::tr("schulze (default), borda, copeland, kemeny or irv."),
                        QStringLiteral("METHOD"), QStringLiteral("schulze")},
                       {QStringLiteral("format"), Cli::tr("text (default) or json."), QStringLiteral("FORMAT"),
                        QStringLiteral("text")},
                       {QStringLiteral("verbose"), Cli::tr("Also log to the terminal.")}});
    if (!parseArgs(parser, args, QStringLiteral("ballots"))) {
        return parser.isSet(QStringLiteral("help")) ? Success : BadUsage;
    }
    const auto method = core::rankMethodFromKey(parser.value(QStringLiteral("method")));
    if (!method) {
        printError(Cli::tr("unknown method “%1” (use schulze, borda, copeland, kemeny or irv)")
                       .arg(parser.value(QStringLiteral("method"))));
        return BadUsage;
    }
    const QString path = parser.value(QStringLiteral("ballots"));
    const auto bytes = readInput(path);
    if (!bytes) {
        return Failure;
    }
    const auto ballots = core::parseBallotsCsv(*bytes);
    if (!ballots) {
        printError(QStringLiteral("%1: %2").arg(path, ballotError(ballots.error())));
        return Failure;
    }
    const auto result = core::aggregate(*ballots, *method);
    if (!result) {
        switch (result.error().code) {
        case core::RankError::Code::NoBallots:
        case core::RankError::Code::NoCandidates:
            printError(Cli::tr("%1: no ballots to count").arg(path));
            break;
        case core::RankError::Code::TooManyCandidates:
            printError(Cli::tr("Kemeny–Young is computed exactly for at most %1 candidates; use schulze for more")
                           .arg(result.error().limit));
            break;
        }
        return Failure;
    }
    const core::RankResult& r = *result;
    if (parser.value(QStringLiteral("format")) == QLatin1String("json")) {
        QJsonArray order;
        for (const QStringList& group : r.order) {
            order.append(QJsonArray::fromStringList(group));
        }
        QJsonObject pairwise;
        for (int i = 0; i < r.candidates.size(); ++i) {
            QJsonObject row;
            for (int j = 0; j < r.candidates.size(); ++j) {
                if (i != j) {
                    row.insert(r.candidates[j], double(r.pairwise[i][j]));
                }
            }
            pairwise.insert(r.candidates[i], row);
        }
        QJsonObject out{{QStringLiteral("method"), core::toKey(r.method)},
                        {QStringLiteral("order"), order},
                        {QStringLiteral("winner"), r.winner ? QJsonValue(*r.winner) : QJsonValue(QJsonValue::Null)},
                        {QStringLiteral("pairwise"), pairwise},
                        {QStringLiteral("kendall_w"), r.kendallW}};
        std::fputs(QJsonDocument(out).toJson(QJsonDocument::Indented).constData(), stdout);
        return Success;
    }
    int place = 1;
    for (const QStringList& group : r.order) {
        printOut(placeLine(place, group));
        place += int(group.size());
    }
    return Success;
}

int ahpCommand(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Criteria weights from a pairwise comparison matrix (AHP).\n\nFILE.csv is square: the first row and "
                "column hold the names; cells are numbers or fractions like 1/3."));
    parser.addOptions({{QStringLiteral("matrix"), Cli::tr("The comparison matrix (CSV)."), QStringLiteral("FILE.csv")},
                       {QStringLiteral("format"), Cli::tr("text (default) or json."), QStringLiteral("FORMAT"),
                        QStringLiteral("text")},
                       {QStringLiteral("verbose"), Cli::tr("Also log to the terminal.")}});
    if (!parseArgs(parser, args, QStringLiteral("matrix"))) {
        return parser.isSet(QStringLiteral("help")) ? Success : BadUsage;
    }
    const QString path = parser.value(QStringLiteral("matrix"));
    const auto bytes = readInput(path);
    if (!bytes) {
        return Failure;
    }
    const auto matrix = core::parseAhpCsv(*bytes);
    if (!matrix) {
        printError(QStringLiteral("%1: %2").arg(path, ahpError(matrix.error())));
        return Failure;
    }
    const auto result = core::computeAhp(matrix->names, matrix->values);
    if (!result) {
        printError(QStringLiteral("%1: %2").arg(path, ahpError(result.error())));
        return Failure;
    }
    const core::AhpResult& r = *result;
    if (parser.value(QStringLiteral("format")) == QLatin1String("json")) {
        QJsonObject weights;
        for (int i = 0; i < r.names.size(); ++i) {
            weights.insert(r.names[i], r.weights[i]);
        }
        QJsonObject out{{QStringLiteral("weights"), weights},
                        {QStringLiteral("lambda_max"), r.lambdaMax},
                        {QStringLiteral("ci"), r.ci},
                        {QStringLiteral("cr"), r.cr}};
        std::fputs(QJsonDocument(out).toJson(QJsonDocument::Indented).constData(), stdout);
    } else {
        int width = 0;
        for (const QString& n : r.names) {
            width = qMax(width, int(n.size()));
        }
        for (int i = 0; i < r.names.size(); ++i) {
            printOut(QStringLiteral("%1  %2").arg(r.names[i], -width).arg(r.weights[i], 0, 'f', 4));
        }
        printOut(Cli::tr("lambda_max %1, CI %2, CR %3")
                     .arg(r.lambdaMax, 0, 'f', 4)
                     .arg(r.ci, 0, 'f', 4)
                     .arg(r.cr, 0, 'f', 4));
    }
    if (!r.consistent()) {
        std::fprintf(stderr, "%s\n",
                     Cli::tr("tiller: warning: the comparisons are inconsistent (CR %1 > 0.10); revisit them before "
                             "using these weights")
                         .arg(r.cr, 0, 'f', 2)
                         .toLocal8Bit()
                         .constData());
    }
    return Success;
}

} // namespace tiller::cli
