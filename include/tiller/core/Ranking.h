// Rank aggregation: stakeholders' ranked ballots combined into one order (Schulze, Borda, Copeland, Kemeny, IRV).
#pragma once

#include "tiller/core/Expected.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <optional>
#include <vector>

namespace tiller::core {

// Groups of tied candidates, best first. Candidates a ballot leaves out are tied below all it names.
using Ranking = QList<QStringList>;

// `count` identical ballots. A ballot with count < 1 carries no weight (its names still count as candidates).
struct Ballot
{
    Ranking ranking;
    qint64 count = 1;
};

enum class RankMethod { Schulze, Borda, Copeland, Kemeny, InstantRunoff };

// Stable keys for the command line and the database: "schulze", "borda", "copeland", "kemeny", "irv".
QString toKey(RankMethod m);
// Case-insensitive; surrounding blanks ignored.
std::optional<RankMethod> rankMethodFromKey(const QString& key);

// Exact Kemeny–Young is exponential (2^n subsets); this many candidates take well under a second.
inline constexpr int KemenyExactLimit = 16;

struct RankResult
{
    RankMethod method;
    QStringList candidates;        // every candidate, sorted by name (plain QString comparison)
    Ranking order;                 // the aggregated order, tied candidates grouped, groups internally sorted by name
    std::optional<QString> winner; // the unique first candidate, if the first group has one member
    std::vector<std::vector<qint64>> pairwise; // [i][j] = weighted ballots ranking candidates[i] strictly above [j]
    double kendallW = 0;                       // agreement among the ballots, 0..1 (see kendallW())
    QString note;                              // how a tie was broken, in English, for logs and the CLI; may be empty
    // Per candidate (same index as `candidates`): the Borda total or the Copeland score; empty for other methods.
    std::vector<double> scores;
};

struct RankError
{
    enum class Code { NoBallots, NoCandidates, TooManyCandidates };
    Code code;
    int limit = 0; // TooManyCandidates: the most candidates the method accepts
};

// Candidates are the names on the ballots plus `extraCandidates`; every ballot is completed with the candidates it
// does not name as one last tied group. NoBallots when no ballot carries weight.
Expected<RankResult, RankError> aggregate(const std::vector<Ballot>& ballots, RankMethod method,
                                          const QStringList& extraCandidates = {});

// Schulze's strongest-path strengths (winning votes) from a square pairwise matrix: p[i][j] is the strength of the
// strongest path of defeats from i to j, 0 when there is none; i beats j when p[i][j] > p[j][i]. Exposed for
// explanations ("why is A above B").
std::vector<std::vector<qint64>> schulzeStrengths(const std::vector<std::vector<qint64>>& pairwise);

// Where each candidate sits across the ballots. Positions are 1-based; a tied group shares its average position.
struct RankSpread
{
    QString candidate;
    double meanRank;
    double bestRank;
    double worstRank;
    double stddev; // population standard deviation, ballots weighted by count
};

// Per candidate, from the ballots (tied groups get their average position, unnamed candidates tie at the bottom);
// sorted by stddev descending = most contested first, then by mean rank, then by name. `candidates` is the candidate
// set (names outside it are ignored); when empty, the names on the ballots are used. Empty when no ballot carries
// weight.
std::vector<RankSpread> rankSpread(const std::vector<Ballot>& ballots, const QStringList& candidates);

// Kendall's coefficient of concordance with the tie correction, each ballot weighted by its count:
// W = 12·S / (m²(n³−n) − m·ΣT), T = Σ(t³−t) over a ballot's tied groups. 0 when fewer than two candidates or a
// total weight below two (one voter agrees with nobody), and when every ballot ties everything; clamped to [0, 1].
// `candidates` as for rankSpread().
double kendallW(const std::vector<Ballot>& ballots, const QStringList& candidates);

// "A > B = C" from a ranking; the inverse of parseRanking().
QString formatRanking(const Ranking& ranking);

struct BallotParseError
{
    enum class Code { MissingHeader, BadCount, NegativeCount, EmptyRanking, BadSyntax, DuplicateCandidate, BadCsv };
    Code code;
    int line = 0;   // 1-based line of the file; 0 from parseRanking()
    QString detail; // the offending text or what was expected, in English
};

// "A > B = C > D": '>' strictly preferred, '=' tied; names trimmed, may contain spaces and commas; a name may not
// be empty (so "A >> B" and "A > > B" are BadSyntax) nor appear twice. '<' is BadSyntax too: "B < A" would otherwise
// be one candidate named "B < A".
Expected<Ranking, BallotParseError> parseRanking(const QString& text);

// CSV with the header "count,ranking" (case-insensitive, blanks tolerated), UTF-8 with or without a BOM, \n or
// \r\n. Each row: a count (a whole number >= 1; 0 or negative is NegativeCount, anything else BadCount) and a
// ranking; fields may be quoted ("3","A, Inc > B"), with doubled quotes inside. Blank lines, lines of empty fields
// and empty trailing columns are skipped. A row with one field, a broken quote or bytes that are not UTF-8 are
// BadCsv; a row with more than two fields is BadSyntax: almost always a ranking written with commas ("1,A, B").
// A header without rows gives no ballots (aggregate() then says NoBallots).
Expected<std::vector<Ballot>, BallotParseError> parseBallotsCsv(const QByteArray& csv);

// One named stakeholder's ranking, for ballots collected outside the app.
struct NamedBallot
{
    QString voter; // as written: a person's name or e-mail
    Ranking ranking;
    int line = 0;
};
// CSV with the header "voter,ranking": one row per stakeholder, the ranking as in parseRanking. Same CSV rules and
// errors as parseBallotsCsv.
Expected<std::vector<NamedBallot>, BallotParseError> parseNamedBallotsCsv(const QByteArray& csv);

} // namespace tiller::core
