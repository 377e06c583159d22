#include "tiller/core/Ranking.h"

#include <QHash>
#include <QSet>
#include <QStringDecoder>

#include <algorithm>
#include <bit>
#include <cmath>
#include <limits>

namespace tiller::core {

namespace {

using Matrix = std::vector<std::vector<qint64>>;
using IndexOrder = std::vector<std::vector<int>>; // groups of candidate indices, best first

// A ballot over candidate indices, completed: every candidate is in exactly one group.
struct IndexedBallot
{
    std::vector<std::vector<int>> groups; // best first; the candidates the ballot leaves out form the last one
    qint64 count = 0;
};

QStringList sortedUnique(QStringList names)
{
    names.removeAll(QString());
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
    return names;
}

QStringList candidatesOf(const std::vector<Ballot>& ballots, const QStringList& extra)
{
    // A set first: sorting every name of every ballot costs more than the counting itself.
    QSet<QString> names(extra.begin(), extra.end());
    for (const Ballot& b : ballots) {
        for (const QStringList& group : b.ranking) {
            for (const QString& name : group) {
                names.insert(name);
            }
        }
    }
    return sortedUnique(QStringList(names.begin(), names.end()));
}

QStringList candidateSet(const std::vector<Ballot>& ballots, const QStringList& given)
{
    return given.isEmpty() ? candidatesOf(ballots, {}) : sortedUnique(given);
}

// Names become indices once, so that the counting loops never hash or compare strings.
std::vector<IndexedBallot> indexBallots(const std::vector<Ballot>& ballots, const QStringList& candidates)
{
    const int n = int(candidates.size());
    QHash<QString, int> index;
    index.reserve(n);
    for (int i = 0; i < n; ++i) {
        index.insert(candidates[i], i);
    }
    std::vector<IndexedBallot> out;
    out.reserve(ballots.size());
    std::vector<char> named(n);
    for (const Ballot& b : ballots) {
        if (b.count < 1) {
            continue;
        }
        IndexedBallot ib;
        ib.count = b.count;
        std::fill(named.begin(), named.end(), 0);
        for (const QStringList& group : b.ranking) {
            std::vector<int> members;
            for (const QString& name : group) {
                const int i = index.value(name, -1);
                // A name given twice (the parser refuses it, a hand-built ballot may not) keeps its first place.
                if (i >= 0 && !named[i]) {
                    named[i] = 1;
                    members.push_back(i);
                }
            }
            if (!members.empty()) {
                std::sort(members.begin(), members.end());
                ib.groups.push_back(std::move(members));
            }
        }
        std::vector<int> rest;
        for (int i = 0; i < n; ++i) {
            if (!named[i]) {
                rest.push_back(i);
            }
        }
        if (!rest.empty()) {
            ib.groups.push_back(std::move(rest));
        }
        out.push_back(std::move(ib));
    }
    return out;
}

Matrix pairwiseCounts(const std::vector<IndexedBallot>& ballots, int n)
{
    Matrix d(n, std::vector<qint64>(n, 0));
    for (const IndexedBallot& b : ballots) {
        const size_t groups = b.groups.size();
        for (size_t g = 0; g + 1 < groups; ++g) {
            for (int i : b.groups[g]) {
                qint64* row = d[i].data();
                for (size_t h = g + 1; h < groups; ++h) {
                    for (int j : b.groups[h]) {
                        row[j] += b.count;
                    }
                }
            }
        }
    }
    return d;
}

// Borda totals doubled, so that half points for ties stay exact integers.
std::vector<qint64> bordaTwice(const std::vector<IndexedBallot>& ballots, int n)
{
    std::vector<qint64> score(n, 0);
    for (const IndexedBallot& b : ballots) {
        qsizetype below = n;
        for (const std::vector<int>& group : b.groups) {
            const qsizetype t = qsizetype(group.size());
            below -= t;
            for (int i : group) {
                score[i] += b.count * (2 * below + (t - 1));
            }
        }
    }
    return score;
}

// Groups candidates by equal score, highest first; indices ascend inside a group, hence names do too.
IndexOrder groupByScore(const std::vector<qint64>& score)
{
    std::vector<int> idx(score.size());
    for (size_t i = 0; i < idx.size(); ++i) {
        idx[i] = int(i);
    }
    std::stable_sort(idx.begin(), idx.end(), [&](int a, int b) { return score[a] > score[b]; });
    IndexOrder order;
    for (size_t k = 0; k < idx.size(); ++k) {
        if (k == 0 || score[idx[k]] != score[idx[k - 1]]) {
            order.emplace_back();
        }
        order.back().push_back(idx[k]);
    }
    return order;
}

std::vector<double> halves(const std::vector<qint64>& twice)
{
    std::vector<double> out(twice.size());
    for (size_t i = 0; i < twice.size(); ++i) {
        out[i] = double(twice[i]) / 2.0;
    }
    return out;
}

QString number(double v)
{
    return QString::number(v, 'g', 12);
}

IndexOrder schulzeOrder(const Matrix& d)
{
    const int n = int(d.size());
    const Matrix p = schulzeStrengths(d);
    IndexOrder order;
    std::vector<char> placed(n, 0);
    int left = n;
    while (left > 0) {
        std::vector<int> level;
        for (int x = 0; x < n; ++x) {
            if (placed[x]) {
                continue;
            }
            bool beaten = false;
            for (int y = 0; y < n && !beaten; ++y) {
                beaten = y != x && !placed[y] && p[y][x] > p[x][y];
            }
            if (!beaten) {
                level.push_back(x);
            }
        }
        // Schulze's relation is transitive, so someone is always unbeaten; the guard only prevents a hang.
        if (level.empty()) {
            for (int x = 0; x < n; ++x) {
                if (!placed[x]) {
                    level.push_back(x);
                }
            }
        }
        for (int x : level) {
            placed[x] = 1;
        }
        left -= int(level.size());
        order.push_back(std::move(level));
    }
    return order;
}

std::vector<qint64> copelandTwice(const Matrix& d)
{
    const int n = int(d.size());
    std::vector<qint64> score(n, 0);
    for (int i = 0; i < n; ++i) {
        for (int j = 0; j < n; ++j) {
            if (i != j) {
                score[i] += d[i][j] > d[j][i] ? 2 : d[i][j] == d[j][i] ? 1 : 0;
            }
        }
    }
    return score;
}

// Exact Kemeny–Young. best[S] is the largest agreement achievable by ordering the set S after every candidate not in
// S; putting c first in S earns the ballots preferring c to each other member of S. Reconstructing from the full
// set and trying candidates in index (= name) order yields the optimal order that is first by name.
IndexOrder kemenyOrder(const Matrix& d, QString& note)
{
    const int n = int(d.size());
    const size_t subsets = size_t(1) << n;
    std::vector<qint64> flat(size_t(n) * n);
    for (int i = 0; i < n; ++i) {
        std::copy(d[i].begin(), d[i].end(), flat.begin() + qsizetype(i) * n);
    }
    const auto gain = [&](int c, unsigned rest) {
        const qint64* row = flat.data() + qsizetype(c) * n;
        qint64 v = 0;
        for (unsigned bits = rest; bits != 0; bits &= bits - 1) {
            v += row[std::countr_zero(bits)];
        }
        return v;
    };
    std::vector<qint64> best(subsets, 0);
    std::vector<qint64> ways(subsets, 0); // optimal orders of the subset; at most 16! which fits
    ways[0] = 1;
    for (unsigned mask = 1; mask < subsets; ++mask) {
        qint64 top = -1;
        qint64 count = 0;
        for (unsigned bits = mask; bits != 0; bits &= bits - 1) {
            const int c = std::countr_zero(bits);
            const unsigned rest = mask & ~(1u << c);
            const qint64 v = best[rest] + gain(c, rest);
            if (v > top) {
                top = v;
                count = ways[rest];
            } else if (v == top) {
                count += ways[rest];
            }
        }
        best[mask] = top;
        ways[mask] = count;
    }
    IndexOrder order;
    unsigned mask = unsigned(subsets - 1);
    while (mask != 0) {
        for (unsigned bits = mask; bits != 0; bits &= bits - 1) {
            const int c = std::countr_zero(bits);
            const unsigned rest = mask & ~(1u << c);
            if (best[rest] + gain(c, rest) == best[mask]) {
                order.push_back({c});
                mask = rest;
                break;
            }
        }
    }
    const unsigned all = unsigned(subsets - 1);
    if (ways[all] > 1) {
        note = QStringLiteral("%1 orders share the best agreement (%2); took the first by candidate name")
                   .arg(ways[all])
                   .arg(best[all]);
    }
    return order;
}

// One clause for the log: who tied for the fewest votes in an instant-runoff round, who went, and why.
QString tieBreakNote(int round, const std::vector<int>& tied, int loser, double fewest,
                     const std::vector<qint64>& borda, const QStringList& candidates)
{
    constexpr size_t MaxListed = 4;
    const bool listed = tied.size() <= MaxListed;
    QStringList names;
    QStringList totals;
    size_t sharingLowest = 0;
    for (int i : tied) {
        names << candidates[i];
        totals << number(double(borda[i]) / 2.0);
        sharingLowest += borda[i] == borda[loser] ? 1 : 0;
    }
    const QString lowest = number(double(borda[loser]) / 2.0);
    QString why;
    if (sharingLowest == tied.size()) {
        why = QStringLiteral("equal Borda totals (%1), the last by name").arg(lowest);
    } else {
        why = QStringLiteral("the lowest Borda total (%1)")
                  .arg(listed ? totals.join(QStringLiteral(" against ")) : lowest);
        if (sharingLowest > 1) {
            why += QStringLiteral(", then the last by name");
        }
    }
    const QString who = listed ? names.join(QStringLiteral(", ")) : QStringLiteral("%1 candidates").arg(tied.size());
    return QStringLiteral("round %1: %2 tied with the fewest votes (%3); %4 eliminated: %5")
        .arg(round)
        .arg(who, number(fewest), candidates[loser], why);
}

// Instant-runoff, completed to a full order: eliminating goes on after someone holds a majority. That candidate is
// never eliminated (a majority is more than everyone else together), so the last one standing is the winner.
IndexOrder instantRunoffOrder(const std::vector<IndexedBallot>& ballots, const QStringList& candidates, QString& note)
{
    const int n = int(candidates.size());
    const std::vector<qint64> borda = bordaTwice(ballots, n);
    qint64 total = 0;
    for (const IndexedBallot& b : ballots) {
        total += b.count;
    }
    // Votes are sums of count/k for group sizes k, so they are compared with a tolerance, not bit for bit.
    const double eps = 1e-9 * std::max(1.0, double(total));
    std::vector<char> remaining(n, 1);
    std::vector<int> eliminated;
    QStringList notes;
    std::vector<double> votes(n);
    for (int round = 1, left = n; left > 1; ++round, --left) {
        std::fill(votes.begin(), votes.end(), 0.0);
        for (const IndexedBallot& b : ballots) {
            for (const std::vector<int>& group : b.groups) {
                int k = 0;
                for (int i : group) {
                    k += remaining[i];
                }
                if (k == 0) {
                    continue;
                }
                const double share = double(b.count) / k;
                for (int i : group) {
                    if (remaining[i]) {
                        votes[i] += share;
                    }
                }
                break;
            }
        }
        double fewest = std::numeric_limits<double>::infinity();
        for (int i = 0; i < n; ++i) {
            if (remaining[i]) {
                fewest = std::min(fewest, votes[i]);
            }
        }
        std::vector<int> tied;
        for (int i = 0; i < n; ++i) {
            if (remaining[i] && votes[i] <= fewest + eps) {
                tied.push_back(i);
            }
        }
        // Lowest Borda total goes; among equal totals the last by name, so the first by name stays longest.
        int loser = tied.front();
        for (int i : tied) {
            if (borda[i] < borda[loser] || (borda[i] == borda[loser] && i > loser)) {
                loser = i;
            }
        }
        if (tied.size() > 1) {
            notes << tieBreakNote(round, tied, loser, fewest, borda, candidates);
        }
        remaining[loser] = 0;
        eliminated.push_back(loser);
    }
    IndexOrder order;
    for (int i = 0; i < n; ++i) {
        if (remaining[i]) {
            order.push_back({i});
        }
    }
    for (auto it = eliminated.rbegin(); it != eliminated.rend(); ++it) {
        order.push_back({*it});
    }
    // Hundreds of candidates with no first choice make hundreds of tie-breaks; the first ones say enough.
    constexpr qsizetype MaxNotes = 10;
    if (notes.size() > MaxNotes) {
        const qsizetype more = notes.size() - MaxNotes;
        notes.resize(MaxNotes);
        notes << QStringLiteral("%1 more tie-breaks").arg(more);
    }
    note = notes.join(QStringLiteral("; "));
    return order;
}

// Average 1-based positions, doubled so that a tied group's shared position stays an integer: a group of t starting
// after p candidates sits at p + (t + 1) / 2.
template <typename F>
void forEachPositionTwice(const IndexedBallot& b, F&& f)
{
    qint64 above = 0;
    for (const std::vector<int>& group : b.groups) {
        const qint64 t = qint64(group.size());
        for (int i : group) {
            f(i, 2 * above + t + 1);
        }
        above += t;
    }
}

double kendallWOf(const std::vector<IndexedBallot>& ballots, int n)
{
    qint64 m = 0;
    for (const IndexedBallot& b : ballots) {
        m += b.count;
    }
    if (n < 2 || m < 2) {
        return 0;
    }
    std::vector<double> rankSumTwice(n, 0.0);
    double ties = 0; // Σ over voters of Σ (t³ − t)
    for (const IndexedBallot& b : ballots) {
        forEachPositionTwice(b, [&](int i, qint64 r2) { rankSumTwice[i] += double(b.count) * double(r2); });
        for (const std::vector<int>& group : b.groups) {
            const double t = double(group.size());
            ties += double(b.count) * (t * t * t - t);
        }
    }
    const double mean2 = double(m) * (n + 1);
    double s = 0;
    for (double r2 : rankSumTwice) {
        s += (r2 - mean2) * (r2 - mean2);
    }
    s /= 4.0;
    const double md = double(m);
    const double nd = double(n);
    const double denominator = md * md * (nd * nd * nd - nd) - md * ties;
    // Zero when every ballot ties everything: there is no order to agree on.
    if (denominator <= 0) {
        return 0;
    }
    return std::clamp(12.0 * s / denominator, 0.0, 1.0);
}

} // namespace

QString toKey(RankMethod m)
{
    switch (m) {
    case RankMethod::Schulze:
        return QStringLiteral("schulze");
    case RankMethod::Borda:
        return QStringLiteral("borda");
    case RankMethod::Copeland:
        return QStringLiteral("copeland");
    case RankMethod::Kemeny:
        return QStringLiteral("kemeny");
    case RankMethod::InstantRunoff:
        return QStringLiteral("irv");
    }
    return {};
}

std::optional<RankMethod> rankMethodFromKey(const QString& key)
{
    const QString k = key.trimmed().toLower();
    for (RankMethod m : {RankMethod::Schulze, RankMethod::Borda, RankMethod::Copeland, RankMethod::Kemeny,
                         RankMethod::InstantRunoff}) {
        if (toKey(m) == k) {
            return m;
        }
    }
    return std::nullopt;
}

std::vector<std::vector<qint64>> schulzeStrengths(const std::vector<std::vector<qint64>>& pairwise)
{
    const int n = int(pairwise.size());
    Matrix p(n, std::vector<qint64>(n, 0));
    for (int i = 0; i < n; ++i) {
        for (int j = 0; j < n; ++j) {
            if (i != j && pairwise[i][j] > pairwise[j][i]) {
                p[i][j] = pairwise[i][j];
            }
        }
    }
    // Widest paths (Floyd–Warshall with max/min): a path is as strong as its weakest defeat.
    for (int k = 0; k < n; ++k) {
        for (int i = 0; i < n; ++i) {
            if (i == k || p[i][k] == 0) {
                continue;
            }
            const qint64 ik = p[i][k];
            const qint64* pk = p[k].data();
            qint64* pi = p[i].data();
            for (int j = 0; j < n; ++j) {
                if (j != i && j != k) {
                    pi[j] = std::max(pi[j], std::min(ik, pk[j]));
                }
            }
        }
    }
    return p;
}

Expected<RankResult, RankError> aggregate(const std::vector<Ballot>& ballots, RankMethod method,
                                          const QStringList& extraCandidates)
{
    const bool anyWeight = std::any_of(ballots.begin(), ballots.end(), [](const Ballot& b) { return b.count >= 1; });
    if (!anyWeight) {
        return unexpected(RankError{RankError::Code::NoBallots});
    }
    const QStringList candidates = candidatesOf(ballots, extraCandidates);
    const int n = int(candidates.size());
    if (n == 0) {
        return unexpected(RankError{RankError::Code::NoCandidates});
    }
    if (method == RankMethod::Kemeny && n > KemenyExactLimit) {
        return unexpected(RankError{RankError::Code::TooManyCandidates, KemenyExactLimit});
    }
    const std::vector<IndexedBallot> indexed = indexBallots(ballots, candidates);
    RankResult r;
    r.method = method;
    r.candidates = candidates;
    r.pairwise = pairwiseCounts(indexed, n);
    r.kendallW = kendallWOf(indexed, n);
    IndexOrder order;
    switch (method) {
    case RankMethod::Schulze:
        order = schulzeOrder(r.pairwise);
        break;
    case RankMethod::Borda: {
        const std::vector<qint64> score = bordaTwice(indexed, n);
        order = groupByScore(score);
        r.scores = halves(score);
        break;
    }
    case RankMethod::Copeland: {
        const std::vector<qint64> score = copelandTwice(r.pairwise);
        order = groupByScore(score);
        r.scores = halves(score);
        break;
    }
    case RankMethod::Kemeny:
        order = kemenyOrder(r.pairwise, r.note);
        break;
    case RankMethod::InstantRunoff:
        order = instantRunoffOrder(indexed, candidates, r.note);
        break;
    }
    for (const std::vector<int>& group : order) {
        QStringList names;
        for (int i : group) {
            names << candidates[i];
        }
        r.order.append(names);
    }
    if (!r.order.isEmpty() && r.order.first().size() == 1) {
        r.winner = r.order.first().first();
    }
    return r;
}

std::vector<RankSpread> rankSpread(const std::vector<Ballot>& ballots, const QStringList& candidates)
{
    const QStringList names = candidateSet(ballots, candidates);
    const int n = int(names.size());
    const std::vector<IndexedBallot> indexed = indexBallots(ballots, names);
    if (indexed.empty()) {
        return {};
    }
    double m = 0;
    std::vector<double> sum(n, 0.0);
    std::vector<double> sumSquares(n, 0.0);
    std::vector<qint64> best(n, std::numeric_limits<qint64>::max());
    std::vector<qint64> worst(n, 0);
    for (const IndexedBallot& b : indexed) {
        const double c = double(b.count);
        m += c;
        forEachPositionTwice(b, [&](int i, qint64 r2) {
            sum[i] += c * double(r2);
            sumSquares[i] += c * double(r2) * double(r2);
            best[i] = std::min(best[i], r2);
            worst[i] = std::max(worst[i], r2);
        });
    }
    std::vector<RankSpread> out;
    out.reserve(n);
    for (int i = 0; i < n; ++i) {
        const double mean2 = sum[i] / m;
        const double variance2 = std::max(0.0, sumSquares[i] / m - mean2 * mean2);
        out.push_back(
            {names[i], mean2 / 2.0, double(best[i]) / 2.0, double(worst[i]) / 2.0, std::sqrt(variance2) / 2.0});
    }
    // Names are already in order, so a stable sort on the two numbers settles the rest.
    std::stable_sort(out.begin(), out.end(), [](const RankSpread& a, const RankSpread& b) {
        if (a.stddev != b.stddev) {
            return a.stddev > b.stddev;
        }
        return a.meanRank < b.meanRank;
    });
    return out;
}

double kendallW(const std::vector<Ballot>& ballots, const QStringList& candidates)
{
    const QStringList names = candidateSet(ballots, candidates);
    return kendallWOf(indexBallots(ballots, names), int(names.size()));
}

QString formatRanking(const Ranking& ranking)
{
    QStringList groups;
    for (const QStringList& group : ranking) {
        groups << group.join(QStringLiteral(" = "));
    }
    return groups.join(QStringLiteral(" > "));
}

} // namespace tiller::core
