#include "TestSupport.h"
#include "tiller/core/Ranking.h"

#include <catch2/catch.hpp>

using namespace tiller::core;
using ParseCode = BallotParseError::Code;

// Every expected value below is worked out by hand in the comments, never by running the code under test.

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

Ranking ranking(const char* text)
{
    auto r = parseRanking(s(text));
    REQUIRE(r.hasValue());
    return *r;
}

Ballot ballot(qint64 count, const char* text)
{
    return {ranking(text), count};
}

// "ACBED" → A > C > B > E > D, for the one-letter examples.
Ballot strict(qint64 count, const char* letters)
{
    Ranking r;
    for (const QChar c : s(letters)) {
        r.append(QStringList{QString(c)});
    }
    return {r, count};
}

RankResult run(const std::vector<Ballot>& ballots, RankMethod method, const QStringList& extra = {})
{
    auto r = aggregate(ballots, method, extra);
    REQUIRE(r.hasValue());
    return *r;
}

int at(const RankResult& r, const char* name)
{
    const int i = int(r.candidates.indexOf(s(name)));
    REQUIRE(i >= 0);
    return i;
}

qint64 d(const RankResult& r, const char* a, const char* b)
{
    return r.pairwise[at(r, a)][at(r, b)];
}

double score(const RankResult& r, const char* name)
{
    REQUIRE(r.scores.size() == size_t(r.candidates.size()));
    return r.scores[at(r, name)];
}

BallotParseError csvError(const char* text)
{
    auto r = parseBallotsCsv(QByteArray(text));
    REQUIRE(!r.hasValue());
    return r.error();
}

BallotParseError rankingError(const char* text)
{
    auto r = parseRanking(s(text));
    REQUIRE(!r.hasValue());
    return r.error();
}

const RankMethod AllMethods[] = {RankMethod::Schulze, RankMethod::Borda, RankMethod::Copeland, RankMethod::Kemeny,
                                 RankMethod::InstantRunoff};

} // namespace

TEST_CASE("rank methods have stable keys")
{
    CHECK(toKey(RankMethod::Schulze) == s("schulze"));
    CHECK(toKey(RankMethod::Borda) == s("borda"));
    CHECK(toKey(RankMethod::Copeland) == s("copeland"));
    CHECK(toKey(RankMethod::Kemeny) == s("kemeny"));
    CHECK(toKey(RankMethod::InstantRunoff) == s("irv"));
    CHECK(rankMethodFromKey(s(" IRV ")) == RankMethod::InstantRunoff);
    CHECK(rankMethodFromKey(s("kemeny")) == RankMethod::Kemeny);
    CHECK(!rankMethodFromKey(s("plurality")));
    CHECK(!rankMethodFromKey(QString()));
}

TEST_CASE("a Condorcet winner comes first for every method")
{
    // 14 voters. Pairwise, by reading the four ballot lines:
    //   A>B 5+3+2=10 (B>A 4)   A>C 5+4+2=11 (3)   A>D 5+4+3=12 (2)
    //   B>C 5+4=9 (C>B 5)      B>D 5+4+3=12 (2)   C>D 5+3=8 (D>C 6)
    // so A beats everyone, B everyone but A, C only D: A > B > C > D with no cycle, which every method respects here.
    //   Borda (3-2-1-0): A 15+8+6+4=33, B 10+12+3+0=25, C 5+0+9+2=16, D 0+4+0+6=10 (sum 84 = 14 × 6).
    //   IRV: first choices A 5, B 4, C 3, D 2; D's 2 go to A (7 of 14, not yet a majority); C's 3 go to A: 10 to 4.
    const std::vector<Ballot> ballots{strict(5, "ABCD"), strict(4, "BADC"), strict(3, "CABD"), strict(2, "DACB")};
    for (RankMethod m : AllMethods) {
        INFO("method " << toKey(m).toStdString());
        const RankResult r = run(ballots, m);
        CHECK(r.method == m);
        CHECK(r.candidates == QStringList{s("A"), s("B"), s("C"), s("D")});
        CHECK(r.order == ranking("A > B > C > D"));
        CHECK(r.winner == s("A"));
        CHECK(d(r, "A", "B") == 10);
        CHECK(d(r, "B", "A") == 4);
        CHECK(d(r, "C", "D") == 8);
        CHECK(d(r, "D", "C") == 6);
        CHECK(d(r, "B", "D") == 12);
    }
    const RankResult borda = run(ballots, RankMethod::Borda);
    CHECK(score(borda, "A") == 33);
    CHECK(score(borda, "B") == 25);
    CHECK(score(borda, "C") == 16);
    CHECK(score(borda, "D") == 10);
    const RankResult copeland = run(ballots, RankMethod::Copeland);
    CHECK(score(copeland, "A") == 3);
    CHECK(score(copeland, "B") == 2);
    CHECK(score(copeland, "C") == 1);
    CHECK(score(copeland, "D") == 0);
    CHECK(run(ballots, RankMethod::Kemeny).note.isEmpty()); // the optimum (62) is unique: no pair is tied
    // Strongest paths use defeats only: nobody beats A, so every path into A has strength 0 although 4 voters put
    // B above A. A→C: direct 11 beats A→B→C min(10, 9); B→D: direct 12 beats B→C→D min(9, 8).
    const std::vector<std::vector<qint64>> expectedP{{0, 10, 11, 12}, {0, 0, 9, 12}, {0, 0, 0, 8}, {0, 0, 0, 0}};
    CHECK(schulzeStrengths(borda.pairwise) == expectedP);
}

TEST_CASE("Copeland - a pairwise tie is worth half a win")
{
    // A and B split 1:1, both beat C 2:0. Scores A 1 + 0.5, B 0.5 + 1, C 0.
    const RankResult r = run({strict(1, "ABC"), strict(1, "BAC")}, RankMethod::Copeland);
    CHECK(score(r, "A") == 1.5);
    CHECK(score(r, "B") == 1.5);
    CHECK(score(r, "C") == 0);
    CHECK(r.order == ranking("A = B > C"));
    CHECK(!r.winner);
}

TEST_CASE("Schulze - the 45-voter example of Wikipedia")
{
    // https://en.wikipedia.org/wiki/Schulze_method#Example. Spot checks of the matrix by counting ballots:
    //   d[A][B]: ACBED 5 + ADECB 5 + CABED 3 + CAEBD 7 = 20      d[B][A] = 45 − 20 = 25
    //   d[A][C]: ACBED 5 + ADECB 5 + BEDAC 8 + EBADC 8 = 26      d[C][A] = 3 + 7 + 2 + 7 = 19
    //   d[B][D]: 5 + 8 + 3 + 7 + 2 + 8 = 33 (all but ADECB and DCEBA)
    //   d[E][D]: ACBED 5 + BEDAC 8 + CABED 3 + CAEBD 7 + EBADC 8 = 31
    const std::vector<Ballot> ballots{strict(5, "ACBED"), strict(5, "ADECB"), strict(8, "BEDAC"), strict(3, "CABED"),
                                      strict(7, "CAEBD"), strict(2, "CBADE"), strict(7, "DCEBA"), strict(8, "EBADC")};
    const RankResult r = run(ballots, RankMethod::Schulze);
    const std::vector<std::vector<qint64>> expectedD{
        {0, 20, 26, 30, 22}, {25, 0, 16, 33, 18}, {19, 29, 0, 17, 24}, {15, 12, 28, 0, 14}, {23, 27, 21, 31, 0}};
    CHECK(r.pairwise == expectedD);
    // Strongest paths, e.g. E→A: E beats B 27:18, B beats A 25:20, so 25; A→E only through C→E (24:21), so 24.
    // The only defeat of E is C→E (24), so every path into E is at most 24 and E is unbeaten.
    const std::vector<std::vector<qint64>> expectedP{
        {0, 28, 28, 30, 24}, {25, 0, 28, 33, 24}, {25, 29, 0, 29, 24}, {25, 28, 28, 0, 24}, {25, 28, 28, 31, 0}};
    CHECK(schulzeStrengths(r.pairwise) == expectedP);
    CHECK(r.order == ranking("E > A > C > B > D"));
    CHECK(r.winner == s("E"));
}

TEST_CASE("a Condorcet cycle ties Schulze - Copeland and Borda three ways")
{
    // Rock-paper-scissors: each pair is won 2 to 1 (A>B, B>C, C>A). Every strongest path has strength 2, every
    // Copeland score is 1 win, every Borda total is 2 + 1 + 0 = 3.
    const std::vector<Ballot> ballots{strict(1, "ABC"), strict(1, "BCA"), strict(1, "CAB")};
    for (RankMethod m : {RankMethod::Schulze, RankMethod::Copeland, RankMethod::Borda}) {
        INFO("method " << toKey(m).toStdString());
        const RankResult r = run(ballots, m);
        CHECK(r.order == ranking("A = B = C"));
        CHECK(!r.winner);
    }
    CHECK(score(run(ballots, RankMethod::Borda), "B") == 3);
    CHECK(score(run(ballots, RankMethod::Copeland), "C") == 1);
    // Kemeny: A>B>C, B>C>A and C>A>B each agree with 2 + 2 + 1 = 5 pairs; the first by name is taken.
    const RankResult kemeny = run(ballots, RankMethod::Kemeny);
    CHECK(kemeny.order == ranking("A > B > C"));
    CHECK(kemeny.note.contains(s("3 orders")));
    // IRV: 1 vote each and equal Borda totals, so C (last by name) goes; its ballot C>A>B then gives A 2 to B's 1.
    const RankResult irv = run(ballots, RankMethod::InstantRunoff);
    CHECK(irv.order == ranking("A > B > C"));
    CHECK(irv.note.contains(s("C eliminated")));
    // Rank sums 6, 6, 6: no concordance at all.
    CHECK(irv.kendallW == Approx(0.0).margin(1e-12));
}

TEST_CASE("Borda shares points among tied candidates and candidates a ballot leaves out")
{
    // Candidates A, B, C, D; a candidate earns the number below it plus half the number tied with it.
    //   2 × A > B = C        (D left out: last)  A 3, B 1 + 0.5 = 1.5, C 1.5, D 0     → ×2: A 6, B 3, C 3, D 0
    //   1 × D > A            (B, C tied last)     D 3, A 2, B 0.5, C 0.5
    //   1 × B = C = D > A                         B 1 + 1 = 2, C 2, D 2, A 0
    // Totals A 8, B 5.5, C 5.5, D 5 (sum 24 = 4 ballots × 6 points).
    const std::vector<Ballot> ballots{ballot(2, "A > B = C"), ballot(1, "D > A"), ballot(1, "B = C = D > A")};
    const RankResult r = run(ballots, RankMethod::Borda);
    CHECK(score(r, "A") == 8);
    CHECK(score(r, "B") == 5.5);
    CHECK(score(r, "C") == 5.5);
    CHECK(score(r, "D") == 5);
    CHECK(r.order == ranking("A > B = C > D"));
    CHECK(r.winner == s("A"));

    // E, on no ballot, is left out by all: 10 points per ballot now.
    //   2 × {A}{B,C}{D,E}: A 4, B 2 + 0.5, C 2.5, D 0.5, E 0.5  → ×2: A 8, B 5, C 5, D 1, E 1
    //   1 × {D}{A}{B,C,E}: D 4, A 3, B 0 + 1 = 1, C 1, E 1
    //   1 × {B,C,D}{A}{E}: B 1 + 2 = 3, C 3, D 3, A 1, E 0
    // Totals A 12, B 9, C 9, D 8, E 2 (sum 40).
    const RankResult withE = run(ballots, RankMethod::Borda, {s("E")});
    CHECK(withE.candidates == QStringList{s("A"), s("B"), s("C"), s("D"), s("E")});
    CHECK(score(withE, "A") == 12);
    CHECK(score(withE, "B") == 9);
    CHECK(score(withE, "D") == 8);
    CHECK(score(withE, "E") == 2);
    CHECK(withE.order == ranking("A > B = C > D > E"));
}

TEST_CASE("a ballot ranks what it names above what it leaves out - and leaves those tied")
{
    const RankResult r = run({ballot(3, "B")}, RankMethod::Schulze, {s("A"), s("C")});
    CHECK(d(r, "B", "A") == 3);
    CHECK(d(r, "B", "C") == 3);
    CHECK(d(r, "A", "C") == 0);
    CHECK(d(r, "C", "A") == 0);
    CHECK(d(r, "A", "B") == 0);
    CHECK(r.order == ranking("B > A = C"));
}

TEST_CASE("IRV - the plurality leader loses after transfers")
{
    // 23 voters, a majority is more than 11.5.
    //   round 1: A 8, B 7, C 5, D 3            → D out; its 3 ballots split between C and B: 1.5 each
    //   round 2: A 8, B 8.5, C 6.5             → C out; C > B gives B 5, and D's ballots now all go to B
    //   round 3: A 8, B 7 + 5 + 3 = 15         → B has a majority
    // A led the first count and still loses.
    const std::vector<Ballot> ballots{ballot(8, "A > B"), ballot(7, "B > C"), ballot(5, "C > B"),
                                      ballot(3, "D > C = B")};
    const RankResult r = run(ballots, RankMethod::InstantRunoff);
    CHECK(r.order == ranking("B > A > C > D"));
    CHECK(r.winner == s("B"));
    CHECK(r.note.isEmpty()); // no tie to break
}

TEST_CASE("IRV - a tie for the fewest votes eliminates the lower Borda total")
{
    // First choices A 3, B 2, C 2. Borda (2-1-0): B 0 + 4 + 2 = 6, C 3 + 2 + 4 = 9, so B goes although C is last by
    // name. B's ballots then go to C: C 4, A 3.
    const std::vector<Ballot> ballots{strict(3, "ACB"), strict(2, "BCA"), strict(2, "CBA")};
    const RankResult r = run(ballots, RankMethod::InstantRunoff);
    CHECK(r.order == ranking("C > A > B"));
    CHECK(r.note.contains(s("B eliminated")));
    CHECK(r.note.contains(s("6 against 9")));
}

TEST_CASE("Kemeny - a small cycle resolved by hand")
{
    // 9 voters: A>B 6:3, B>C 7:2, C>A 5:4, a cycle. Agreement of each order (sum of its pairs):
    //   ABC 6+4+7=17   ACB 4+6+2=12   BAC 3+7+4=14   BCA 7+3+5=15   CAB 5+2+6=13   CBA 2+5+3=10
    // (an order and its reverse add up to 9 × 3 = 27). A > B > C is the unique optimum.
    const std::vector<Ballot> ballots{strict(4, "ABC"), strict(3, "BCA"), strict(2, "CAB")};
    const RankResult r = run(ballots, RankMethod::Kemeny);
    CHECK(r.order == ranking("A > B > C"));
    CHECK(r.winner == s("A"));
    CHECK(r.note.isEmpty());
    CHECK(d(r, "C", "A") == 5);
}

TEST_CASE("Kemeny - exact at the limit and refused above it")
{
    // One ballot in reverse name order: every pair agrees with it, so it is the only optimal order. Reverse name order
    // also makes sure the answer is not the first-by-name fallback.
    QStringList names;
    for (int i = KemenyExactLimit; i >= 1; --i) {
        names << QStringLiteral("C%1").arg(i, 2, 10, QLatin1Char('0'));
    }
    Ranking reverse;
    for (const QString& n : names) {
        reverse.append(QStringList{n});
    }
    const RankResult r = run({{reverse, 2}}, RankMethod::Kemeny);
    CHECK(r.order == reverse);
    CHECK(r.winner == QStringLiteral("C%1").arg(KemenyExactLimit));

    const auto refused = aggregate({{reverse, 2}}, RankMethod::Kemeny, {s("Z")});
    REQUIRE(!refused.hasValue());
    CHECK(refused.error().code == RankError::Code::TooManyCandidates);
    CHECK(refused.error().limit == KemenyExactLimit);
    // The other methods are not limited.
    CHECK(aggregate({{reverse, 2}}, RankMethod::Schulze, {s("Z")}).hasValue());
}

TEST_CASE("aggregate refuses to count nothing")
{
    auto none = aggregate({}, RankMethod::Borda, {s("A")});
    REQUIRE(!none.hasValue());
    CHECK(none.error().code == RankError::Code::NoBallots);
    auto weightless = aggregate({ballot(0, "A > B")}, RankMethod::Schulze);
    REQUIRE(!weightless.hasValue());
    CHECK(weightless.error().code == RankError::Code::NoBallots);
    auto nobody = aggregate({Ballot{{}, 3}}, RankMethod::Copeland);
    REQUIRE(!nobody.hasValue());
    CHECK(nobody.error().code == RankError::Code::NoCandidates);
    // A single candidate wins alone.
    const RankResult single = run({ballot(1, "A")}, RankMethod::InstantRunoff);
    CHECK(single.winner == s("A"));
    CHECK(single.kendallW == 0);
}

TEST_CASE("Kendall's W - from full agreement to none")
{
    const QStringList abc{s("A"), s("B"), s("C")};
    // Identical: rank sums 2, 4, 6 around a mean of 4, S = 8; W = 12·8 / (4 · 24) = 1.
    CHECK(kendallW({strict(1, "ABC"), strict(1, "ABC")}, abc) == Approx(1.0));
    // One ballot counted twice is two voters who agree.
    CHECK(kendallW({strict(2, "ABC")}, abc) == Approx(1.0));
    // Opposed: rank sums 4, 4, 4, S = 0.
    CHECK(kendallW({strict(1, "ABC"), strict(1, "CBA")}, abc) == Approx(0.0).margin(1e-12));
    // A>B>C and A>C>B: rank sums 2, 5, 5, S = 4 + 1 + 1 = 6; W = 72 / 96 = 0.75.
    CHECK(kendallW({strict(1, "ABC"), strict(1, "ACB")}, abc) == Approx(0.75));
    // A > B = C and A>B>C: ranks (1, 2.5, 2.5) and (1, 2, 3), sums 2, 4.5, 5.5, S = 4 + 0.25 + 2.25 = 6.5;
    // ties T = 2³ − 2 = 6; W = 12 · 6.5 / (4 · 24 − 2 · 6) = 78 / 84 = 13/14.
    CHECK(kendallW({ballot(1, "A > B = C"), strict(1, "ABC")}, abc) == Approx(13.0 / 14.0));
    // The candidate list may be left empty: the names on the ballots are used.
    CHECK(kendallW({strict(1, "ABC"), strict(1, "ACB")}, {}) == Approx(0.75));
    // One voter agrees with nobody; everything tied leaves nothing to agree on.
    CHECK(kendallW({strict(1, "ABC")}, abc) == 0);
    CHECK(kendallW({ballot(5, "A = B = C")}, abc) == 0);
    // aggregate() reports the same figure.
    CHECK(run({strict(1, "ABC"), strict(1, "ACB")}, RankMethod::Borda).kendallW == Approx(0.75));
}

TEST_CASE("rankSpread puts the most disputed candidate first")
{
    // Positions (tied groups share their average; the 2 ballots B = C leave A and D tied at (3 + 4) / 2 = 3.5):
    //          D>A>B>C  A>B>C>D  2 × B=C>…   mean                 variance (weights 1, 1, 2; m = 4)
    //     A       2        1        3.5      (2+1+7)/4 = 2.5      (0.25 + 2.25 + 2·1)/4    = 1.125
    //     B       3        2        1.5      (3+2+3)/4 = 2        (1 + 0 + 2·0.25)/4       = 0.375
    //     C       4        3        1.5      (4+3+3)/4 = 2.5      (2.25 + 0.25 + 2·1)/4    = 1.125
    //     D       1        4        3.5      (1+4+7)/4 = 3        (4 + 1 + 2·0.25)/4       = 1.375
    // D varies most; A and C tie on spread and mean, so they stay in name order.
    const std::vector<Ballot> ballots{strict(1, "DABC"), strict(1, "ABCD"), ballot(2, "B = C")};
    const std::vector<RankSpread> spread = rankSpread(ballots, {s("A"), s("B"), s("C"), s("D")});
    REQUIRE(spread.size() == 4);
    CHECK(spread[0].candidate == s("D"));
    CHECK(spread[0].stddev == Approx(std::sqrt(1.375)));
    CHECK(spread[0].meanRank == Approx(3.0));
    CHECK(spread[0].bestRank == 1.0);
    CHECK(spread[0].worstRank == 4.0);
    CHECK(spread[1].candidate == s("A"));
    CHECK(spread[1].stddev == Approx(std::sqrt(1.125)));
    CHECK(spread[1].worstRank == 3.5);
    CHECK(spread[2].candidate == s("C"));
    CHECK(spread[2].bestRank == 1.5);
    CHECK(spread[3].candidate == s("B"));
    CHECK(spread[3].meanRank == Approx(2.0));
    CHECK(spread[3].stddev == Approx(std::sqrt(0.375)));
    CHECK(rankSpread({}, {s("A")}).empty());
}

TEST_CASE("rankSpread breaks equal spreads by mean rank")
{
    // D>A>B>C and A>B>C>D: A sits at 2 and 1, B at 3 and 2, C at 4 and 3 (all ±0.5 around 1.5, 2.5, 3.5), D at 1 and 4
    // (±1.5). D first, then the equally steady A, B, C from the best mean to the worst.
    const std::vector<RankSpread> spread = rankSpread({strict(1, "DABC"), strict(1, "ABCD")}, {});
    REQUIRE(spread.size() == 4);
    CHECK(spread[0].candidate == s("D"));
    CHECK(spread[0].stddev == Approx(1.5));
    CHECK(spread[1].candidate == s("A"));
    CHECK(spread[1].meanRank == Approx(1.5));
    CHECK(spread[2].candidate == s("B"));
    CHECK(spread[3].candidate == s("C"));
    CHECK(spread[3].stddev == Approx(0.5));
}

TEST_CASE("parseRanking reads groups and trims names")
{
    CHECK(ranking("A > B = C > D") == Ranking{{s("A")}, {s("B"), s("C")}, {s("D")}});
    CHECK(ranking("  Self-service portal>Call back =  Chat bot ") ==
          Ranking{{s("Self-service portal")}, {s("Call back"), s("Chat bot")}});
    CHECK(ranking("A, Inc > B") == Ranking{{s("A, Inc")}, {s("B")}});
    CHECK(formatRanking(ranking("A>B=C")) == s("A > B = C"));
}

TEST_CASE("parseRanking refuses what it cannot read")
{
    CHECK(rankingError("A >> B").code == ParseCode::BadSyntax);
    CHECK(rankingError("A > > B").code == ParseCode::BadSyntax);
    CHECK(rankingError("A = > B").code == ParseCode::BadSyntax);
    CHECK(rankingError("> A").code == ParseCode::BadSyntax);
    CHECK(rankingError("A >").code == ParseCode::BadSyntax);
    CHECK(rankingError("B < A").code == ParseCode::BadSyntax);
    const BallotParseError twice = rankingError("A > B = A");
    CHECK(twice.code == ParseCode::DuplicateCandidate);
    CHECK(twice.detail == s("A"));
    CHECK(rankingError("").code == ParseCode::EmptyRanking);
    CHECK(rankingError(" \t ").code == ParseCode::EmptyRanking);
    CHECK(rankingError("A >> B").line == 0);
}

TEST_CASE("parseBallotsCsv reads quoted fields - blank lines and counts")
{
    const auto r = parseBallotsCsv(QByteArray("count,ranking\n"
                                              "\"3\",\"A, Inc > B\"\n"
                                              "\n"
                                              "2,\"Say \"\"hi\"\" > A, Inc\"\n"
                                              ",\n"
                                              "1,B = A, Inc\n"));
    // The last row is three fields, so it is refused: a comma in a name needs quotes.
    REQUIRE(!r.hasValue());
    CHECK(r.error().code == ParseCode::BadSyntax);
    CHECK(r.error().line == 6);

    const auto ok = parseBallotsCsv(QByteArray("count,ranking\n"
                                               "\"3\",\"A, Inc > B\"\n"
                                               "\n"
                                               "2,\"Say \"\"hi\"\" > A, Inc\"\n"
                                               ",\n"
                                               " 1 , B = C ,,\n"));
    REQUIRE(ok.hasValue());
    REQUIRE(ok->size() == 3);
    CHECK((*ok)[0].count == 3);
    CHECK((*ok)[0].ranking == Ranking{{s("A, Inc")}, {s("B")}});
    CHECK((*ok)[1].count == 2);
    CHECK((*ok)[1].ranking == Ranking{{s("Say \"hi\"")}, {s("A, Inc")}});
    CHECK((*ok)[2].count == 1);
    CHECK((*ok)[2].ranking == Ranking{{s("B"), s("C")}});
}

TEST_CASE("parseBallotsCsv accepts a BOM - CRLF and a loose header")
{
    const auto r = parseBallotsCsv(QByteArray("\xEF\xBB\xBF Count , RANKING \r\n"
                                              "3,Café > Thé\r\n"
                                              "\r\n"
                                              "1,Thé\r\n"));
    REQUIRE(r.hasValue());
    REQUIRE(r->size() == 2);
    CHECK((*r)[0].ranking == Ranking{{s("Café")}, {s("Thé")}});
    CHECK((*r)[1].count == 1);
    // Line numbers count the file's lines, blank ones and the header included, with \r\n endings.
    const BallotParseError e = csvError("\xEF\xBB\xBF"
                                        "count,ranking\r\n1,A\r\n\r\n0,B\r\n");
    CHECK(e.code == ParseCode::NegativeCount);
    CHECK(e.line == 4);
    // A header alone is a valid, empty list of ballots.
    const auto empty = parseBallotsCsv(QByteArray("count,ranking\n"));
    REQUIRE(empty.hasValue());
    CHECK(empty->empty());
}

TEST_CASE("parseBallotsCsv names every error with its line")
{
    const char* header = "count,ranking\n";
    const auto withHeader = [&](const char* rows) { return csvError((QByteArray(header) + rows).constData()); };

    CHECK(csvError("3,A > B\n").code == ParseCode::MissingHeader);
    CHECK(csvError("3,A > B\n").line == 1);
    CHECK(csvError("\n\ncount;ranking\n").line == 3);
    CHECK(csvError("count,ranking,comment\n").code == ParseCode::MissingHeader);
    CHECK(csvError("").code == ParseCode::MissingHeader);

    const BallotParseError notNumber = withHeader("2,A > B\nx,A > B\n");
    CHECK(notNumber.code == ParseCode::BadCount);
    CHECK(notNumber.line == 3);
    CHECK(withHeader("1.5,A\n").code == ParseCode::BadCount);
    CHECK(withHeader(",A\n").code == ParseCode::BadCount);
    CHECK(withHeader("99999999999999999999,A\n").code == ParseCode::BadCount);

    const BallotParseError negative = withHeader("-2,A > B\n");
    CHECK(negative.code == ParseCode::NegativeCount);
    CHECK(negative.line == 2);
    CHECK(withHeader("0,A\n").code == ParseCode::NegativeCount);

    const BallotParseError empty = withHeader("1,A\n3,  \n");
    CHECK(empty.code == ParseCode::EmptyRanking);
    CHECK(empty.line == 3);

    const BallotParseError doubled = withHeader("1,A >> B\n");
    CHECK(doubled.code == ParseCode::BadSyntax);
    CHECK(doubled.line == 2);
    CHECK(withHeader("1,A\n1,A > > B\n").line == 3);
    CHECK(withHeader("1,A > > B\n").code == ParseCode::BadSyntax);
    CHECK(withHeader("1,A, B\n").code == ParseCode::BadSyntax);

    const BallotParseError twice = withHeader("\n1,A > B = A\n");
    CHECK(twice.code == ParseCode::DuplicateCandidate);
    CHECK(twice.line == 3);
    CHECK(twice.detail == s("A"));

    const BallotParseError unclosed = withHeader("1,\"A > B\n");
    CHECK(unclosed.code == ParseCode::BadCsv);
    CHECK(unclosed.line == 2);
    CHECK(withHeader("1,A \"x\" > B\n").code == ParseCode::BadCsv);
    CHECK(withHeader("1,\"A\" B\n").code == ParseCode::BadCsv);
    CHECK(withHeader("1,A\n5\n").line == 3); // one field
    CHECK(withHeader("5\n").code == ParseCode::BadCsv);
    CHECK(withHeader("1,\xC3(\n").code == ParseCode::BadCsv); // not UTF-8
}
