#include "TestSupport.h"
#include "tiller/core/Ahp.h"

#include <catch2/catch.hpp>

#include <limits>

using namespace tiller::core;

namespace {

const QStringList Abc{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")};

AhpError ahpError(const QStringList& names, const std::vector<std::vector<double>>& matrix)
{
    const auto r = computeAhp(names, matrix);
    REQUIRE_FALSE(r.hasValue());
    return r.error();
}

AhpError csvError(const char* csv)
{
    const auto r = parseAhpCsv(QByteArray(csv));
    REQUIRE_FALSE(r.hasValue());
    return r.error();
}

} // namespace

TEST_CASE("Saaty's random index")
{
    CHECK(saatyRandomIndex(1) == 0);
    CHECK(saatyRandomIndex(2) == 0);
    CHECK(saatyRandomIndex(3) == 0.58);
    CHECK(saatyRandomIndex(4) == 0.90);
    CHECK(saatyRandomIndex(9) == 1.45);
    CHECK(saatyRandomIndex(12) == 1.48); // Saaty's table dips here; kept as published
    CHECK(saatyRandomIndex(15) == 1.59);
    CHECK(saatyRandomIndex(0) == 0);
}

TEST_CASE("a perfectly consistent matrix gives back its weights")
{
    // Weights 0.6 / 0.3 / 0.1 → a_ij = w_i / w_j: A·w = 3w exactly, so λ = 3, CI = 0, CR = 0.
    const auto r = computeAhp(Abc, {{1, 2, 6}, {0.5, 1, 3}, {1.0 / 6, 1.0 / 3, 1}});
    REQUIRE(r.hasValue());
    CHECK(r->names == Abc);
    REQUIRE(r->weights.size() == 3);
    CHECK(r->weights[0] == Approx(0.6));
    CHECK(r->weights[1] == Approx(0.3));
    CHECK(r->weights[2] == Approx(0.1));
    CHECK(r->lambdaMax == Approx(3));
    CHECK(r->ci == Approx(0).margin(1e-9));
    CHECK(r->cr == Approx(0).margin(1e-9));
    CHECK(r->randomIndex == 0.58);
    CHECK(r->consistent());
}

TEST_CASE("the textbook 3x3 matrix")
{
    // [[1, 3, 5], [1/3, 1, 3], [1/5, 1/3, 1]]. For a 3×3 reciprocal matrix the principal eigenvector is the
    // normalised geometric mean of the rows: ∛15 = 2.46621, ∛1 = 1, ∛(1/15) = 0.40548; sum 3.87169
    // → 0.63699, 0.25828, 0.10473.
    // λmax = 1 + ∛(a12·a23/a13) + ∛(a13/(a12·a23)) = 1 + ∛1.8 + ∛(1/1.8) = 1 + 1.21644 + 0.82207 = 3.03851
    // CI = 0.03851 / 2 = 0.019256; CR = 0.019256 / 0.58 = 0.033199 (checked with a power iteration in Python).
    const auto r = computeAhp(Abc, {{1, 3, 5}, {1.0 / 3, 1, 3}, {1.0 / 5, 1.0 / 3, 1}});
    REQUIRE(r.hasValue());
    CHECK(r->weights[0] == Approx(0.63699).margin(1e-5));
    CHECK(r->weights[1] == Approx(0.25828).margin(1e-5));
    CHECK(r->weights[2] == Approx(0.10473).margin(1e-5));
    CHECK(r->weights[0] + r->weights[1] + r->weights[2] == Approx(1));
    CHECK(r->lambdaMax == Approx(3.03851).margin(1e-5));
    CHECK(r->ci == Approx(0.019256).margin(1e-6));
    CHECK(r->cr == Approx(0.033199).margin(1e-6));
    CHECK(r->consistent());
}

TEST_CASE("an inconsistent matrix fails the consistency ratio")
{
    // A prefers B strongly, B prefers C strongly, C prefers A strongly: a circulant matrix whose eigenvector is
    // uniform (1/3 each) with λ = 1 + 9 + 1/9 = 10.1111; CI = 7.1111 / 2 = 3.5556; CR = 3.5556 / 0.58 = 6.1303
    const auto r = computeAhp(Abc, {{1, 9, 1.0 / 9}, {1.0 / 9, 1, 9}, {9, 1.0 / 9, 1}});
    REQUIRE(r.hasValue());
    CHECK(r->weights[0] == Approx(1.0 / 3));
    CHECK(r->weights[1] == Approx(1.0 / 3));
    CHECK(r->lambdaMax == Approx(10.1111).margin(1e-4));
    CHECK(r->ci == Approx(3.5556).margin(1e-4));
    CHECK(r->cr == Approx(6.1303).margin(1e-4));
    CHECK(r->cr > 0.10);
    CHECK_FALSE(r->consistent());
}

TEST_CASE("one and two criteria are always consistent")
{
    const auto one = computeAhp({QStringLiteral("A")}, {{1}});
    REQUIRE(one.hasValue());
    CHECK(one->weights == QList<double>{1.0});
    CHECK(one->cr == 0);

    // [[1, 2], [1/2, 1]]: weights 2/3 and 1/3, λ = 2, RI 0 → CR 0
    const auto two = computeAhp({QStringLiteral("A"), QStringLiteral("B")}, {{1, 2}, {0.5, 1}});
    REQUIRE(two.hasValue());
    CHECK(two->weights[0] == Approx(2.0 / 3));
    CHECK(two->lambdaMax == Approx(2));
    CHECK(two->cr == 0);
}

TEST_CASE("rounded reciprocals pass and do not give a negative CI")
{
    // 3 × 0.333 = 0.999: within the 0.01 tolerance. λ = 1 + √0.999 = 1.9995 < 2 → CI floored at 0.
    const auto r = computeAhp({QStringLiteral("A"), QStringLiteral("B")}, {{1, 3}, {0.333, 1}});
    REQUIRE(r.hasValue());
    CHECK(r->lambdaMax == Approx(1.9995).margin(1e-4));
    CHECK(r->ci == 0);
}

TEST_CASE("computeAhp refuses a bad matrix and names the cell")
{
    using Code = AhpError::Code;
    CHECK(ahpError({}, {}).code == Code::Empty);
    CHECK(ahpError({QStringLiteral("A"), QStringLiteral("B")}, {{1}}).code == Code::NameMismatch);

    const AhpError notSquare = ahpError(Abc, {{1, 3, 5}, {1.0 / 3, 1}, {1.0 / 5, 1.0 / 3, 1}});
    CHECK(notSquare.code == Code::NotSquare);
    CHECK(notSquare.row == 2);
    CHECK(notSquare.rowName == QStringLiteral("B"));

    const AhpError nan = ahpError(Abc, {{1, std::numeric_limits<double>::quiet_NaN(), 5}, {1, 1, 1}, {1, 1, 1}});
    CHECK(nan.code == Code::NotANumber);
    CHECK(nan.row == 1);
    CHECK(nan.column == 2);

    const AhpError negative = ahpError(Abc, {{1, 3, 5}, {1.0 / 3, 1, 3}, {-5, 1.0 / 3, 1}});
    CHECK(negative.code == Code::NotPositive);
    CHECK(negative.row == 3);
    CHECK(negative.column == 1);
    CHECK(negative.rowName == QStringLiteral("C"));
    CHECK(negative.columnName == QStringLiteral("A"));

    const AhpError diagonal = ahpError(Abc, {{1, 3, 5}, {1.0 / 3, 2, 3}, {1.0 / 5, 1.0 / 3, 1}});
    CHECK(diagonal.code == Code::DiagonalNotOne);
    CHECK(diagonal.row == 2);
    CHECK(diagonal.column == 2);

    // 3 × 0.5 = 1.5: far from 1.
    const AhpError reciprocal = ahpError(Abc, {{1, 3, 5}, {0.5, 1, 3}, {1.0 / 5, 1.0 / 3, 1}});
    CHECK(reciprocal.code == Code::NotReciprocal);
    CHECK(reciprocal.row == 1);
    CHECK(reciprocal.column == 2);
    CHECK(reciprocal.cell == QStringLiteral("3"));
    CHECK(reciprocal.otherCell == QStringLiteral("0.5"));

    const AhpError duplicate = ahpError({QStringLiteral("A"), QStringLiteral(" a ")}, {{1, 1}, {1, 1}});
    CHECK(duplicate.code == Code::DuplicateName);
    CHECK(duplicate.row == 2);

    QStringList many;
    std::vector<std::vector<double>> ones;
    for (int i = 0; i < AhpMaxSize + 1; ++i) {
        many.append(QString::number(i));
        ones.emplace_back(std::size_t(AhpMaxSize + 1), 1.0);
    }
    CHECK(ahpError(many, ones).code == Code::TooLarge);
    many.removeLast();
    ones.pop_back();
    for (auto& row : ones) {
        row.pop_back();
    }
    CHECK(computeAhp(many, ones).hasValue()); // exactly the maximum is fine
}

TEST_CASE("a CSV matrix with fractions - quotes - BOM and CRLF parses")
{
    const QByteArray csv = "\xEF\xBB\xBF"
                           "Criteria,\"Price, total\",Speed,Quality\r\n"
                           "\"Price, total\",1,3,5\r\n"
                           "Speed,1/3,1,3\r\n"
                           "Quality, 1/5 ,\"1/3\",1\r\n"
                           "\r\n";
    const auto m = parseAhpCsv(csv);
    REQUIRE(m.hasValue());
    CHECK(m->names ==
          QStringList({QStringLiteral("Price, total"), QStringLiteral("Speed"), QStringLiteral("Quality")}));
    REQUIRE(m->values.size() == 3);
    CHECK(m->values[0] == std::vector<double>{1, 3, 5});
    CHECK(m->values[1][0] == Approx(1.0 / 3));
    CHECK(m->values[2][0] == Approx(0.2));
    CHECK(m->values[2][1] == Approx(1.0 / 3));

    // The same textbook matrix as above: weights 0.63699 / 0.25828 / 0.10473.
    const auto r = computeAhp(m->names, m->values);
    REQUIRE(r.hasValue());
    CHECK(r->weights[0] == Approx(0.63699).margin(1e-5));

    // LF only, names with UTF-8 accents, decimals.
    const auto lf = parseAhpCsv(QByteArray(",Qualité,Délai\nQualité,1,0.5\nDélai,2,1\n"));
    REQUIRE(lf.hasValue());
    CHECK(lf->names == QStringList({QStringLiteral("Qualité"), QStringLiteral("Délai")}));
    CHECK(lf->values[0][1] == 0.5);
}

TEST_CASE("CSV shape errors")
{
    using Code = AhpError::Code;
    CHECK(csvError("").code == Code::Empty);
    CHECK(csvError("\r\n\r\n").code == Code::Empty);
    CHECK(csvError("x\n").code == Code::Empty);

    // Row B has two values for three columns.
    const AhpError shortRow = csvError(",A,B,C\nA,1,3,5\nB,1/3,1\nC,1/5,1/3,1\n");
    CHECK(shortRow.code == Code::NotSquare);
    CHECK(shortRow.row == 2);
    CHECK(shortRow.rowName == QStringLiteral("B"));
    CHECK(shortRow.cell == QStringLiteral("2"));

    // Three columns, two rows.
    const AhpError fewRows = csvError(",A,B,C\nA,1,3,5\nB,1/3,1,3\n");
    CHECK(fewRows.code == Code::NotSquare);
    CHECK(fewRows.row == 0);
    CHECK(fewRows.cell == QStringLiteral("2"));

    const AhpError mismatch = csvError(",A,B,C\nA,1,3,5\nCost,1/3,1,3\nC,1/5,1/3,1\n");
    CHECK(mismatch.code == Code::NameMismatch);
    CHECK(mismatch.row == 2);
    CHECK(mismatch.rowName == QStringLiteral("Cost"));
    CHECK(mismatch.columnName == QStringLiteral("B"));

    const AhpError duplicate = csvError(",A,B,A\nA,1,3,5\nB,1/3,1,3\nA,1/5,1/3,1\n");
    CHECK(duplicate.code == Code::DuplicateName);
    CHECK(duplicate.column == 3);

    const AhpError emptyName = csvError(",A,,C\nA,1,3,5\n,1/3,1,3\nC,1/5,1/3,1\n");
    CHECK(emptyName.code == Code::EmptyName);
    CHECK(emptyName.column == 2);

    QByteArray big = ",";
    for (int i = 0; i < 16; ++i) {
        big += "c" + QByteArray::number(i) + ",";
    }
    big.chop(1);
    CHECK(csvError(big.constData()).code == Code::TooLarge);
}

TEST_CASE("CSV cell errors name the cell")
{
    using Code = AhpError::Code;
    // Cells are 1-based in the matrix of values: row 2, column 3 is B against C.
    const auto at = [](const char* cell) {
        const QByteArray csv = ",A,B,C\nA,1,3,5\nB,1/3,1," + QByteArray(cell) + "\nC,1/5,1/3,1\n";
        const auto r = parseAhpCsv(csv);
        REQUIRE_FALSE(r.hasValue());
        const AhpError e = r.error();
        CHECK(e.row == 2);
        CHECK(e.column == 3);
        CHECK(e.rowName == QStringLiteral("B"));
        CHECK(e.columnName == QStringLiteral("C"));
        CHECK(e.cell == QString::fromLatin1(cell));
        return e.code;
    };
    CHECK(at("abc") == Code::NotANumber);
    CHECK(at("-2") == Code::NotPositive);
    CHECK(at("0") == Code::NotPositive);
    CHECK(at("1/0") == Code::NotANumber);
    CHECK(at("1/2/3") == Code::NotANumber);
    CHECK(at("") == Code::NotANumber);
    CHECK(at("inf") == Code::NotANumber);
}

TEST_CASE("CSV matrix errors - diagonal and reciprocity")
{
    using Code = AhpError::Code;
    const AhpError diagonal = csvError(",A,B,C\nA,1,3,5\nB,1/3,2,3\nC,1/5,1/3,1\n");
    CHECK(diagonal.code == Code::DiagonalNotOne);
    CHECK(diagonal.row == 2);
    CHECK(diagonal.column == 2);
    CHECK(diagonal.cell == QStringLiteral("2"));

    // A against C is 5 but C against A is 1/2: 5 × 0.5 = 2.5. Both cells are named: (1, 3) and its mirror.
    const AhpError reciprocal = csvError(",A,B,C\nA,1,3,5\nB,1/3,1,3\nC,1/2,1/3,1\n");
    CHECK(reciprocal.code == Code::NotReciprocal);
    CHECK(reciprocal.row == 1);
    CHECK(reciprocal.column == 3);
    CHECK(reciprocal.rowName == QStringLiteral("A"));
    CHECK(reciprocal.columnName == QStringLiteral("C"));
    CHECK(reciprocal.cell == QStringLiteral("5"));
    CHECK(reciprocal.otherCell == QStringLiteral("1/2"));

    // Rounded decimals are reciprocal enough: 3 × 0.333 = 0.999.
    CHECK(parseAhpCsv(",A,B\nA,1,3\nB,0.333,1\n").hasValue());
}
