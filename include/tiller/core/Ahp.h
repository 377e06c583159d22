// The analytic hierarchy process: criterion weights from a pairwise comparison matrix, and its consistency.
#pragma once

#include "tiller/core/Expected.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace tiller::core {

struct AhpResult
{
    QStringList names;
    QList<double> weights; // in the order of `names`, summing to 1
    double lambdaMax = 0;
    double ci = 0; // consistency index, floored at 0 (see computeAhp)
    double cr = 0; // consistency ratio
    double randomIndex = 0;
    bool consistent() const { return cr <= 0.10; }
};

struct AhpError
{
    enum class Code {
        Empty,
        NotSquare,
        NameMismatch, // a row's name differs from the column's, or there are not as many names as rows
        NotANumber,   // also an empty cell, a fraction with a zero denominator, infinity
        NotPositive,
        DiagonalNotOne,
        NotReciprocal, // the cell and its mirror: a_ij · a_ji is not 1
        TooLarge,      // more than AhpMaxSize criteria
        DuplicateName, // names compare case-insensitively and without surrounding blanks
        EmptyName,
    };
    Code code = Code::Empty;
    // The 1-based cell in the matrix of values (row 1 is the first criterion, not the CSV's header line), 0 if n/a.
    // NotSquare names the first row of the wrong length (0 when the number of rows is wrong); NotReciprocal the cell
    // above the diagonal, its mirror being (column, row); NameMismatch, DuplicateName and EmptyName the position of
    // the name (row and column alike).
    int row = 0;
    int column = 0;
    QString rowName;
    QString columnName;
    // The cell's text as written (computeAhp: the number); for a count that is wrong (NotSquare, TooLarge, the
    // NameMismatch of computeAhp's names against its rows) the count found.
    QString cell;
    QString otherCell; // NotReciprocal: the mirror cell's text
};

inline constexpr int AhpMaxSize = 15;

// Saaty's random index: n = 1, 2 → 0; 3 .58; 4 .90; 5 1.12; 6 1.24; 7 1.32; 8 1.41; 9 1.45; 10 1.49; 11 1.51;
// 12 1.48; 13 1.56; 14 1.57; 15 1.59. Beyond 15 the last value; below 1, 0.
double saatyRandomIndex(int n);

// Weights: the principal eigenvector by power iteration (until no component moves by more than 1e-12, at most
// 10,000 steps), normalised to sum 1; λmax = mean of (A·w)_i / w_i; CI = (λmax − n)/(n − 1); CR = CI/RI (0 when RI
// is 0). Reciprocity is checked within |a_ij · a_ji − 1| ≤ 0.01 so that "0.333" against "3" passes; such a
// rounded matrix may give λmax a hair below n, hence CI floored at 0.
Expected<AhpResult, AhpError> computeAhp(const QStringList& names, const std::vector<std::vector<double>>& matrix);

struct AhpMatrix
{
    QStringList names;
    std::vector<std::vector<double>> values;
};

// CSV: the first row and the first column hold the names (the top-left cell is ignored; the row names must equal the
// column names, in order, surrounding blanks aside); cells are numbers ("3", "0.5") or fractions ("1/3"). Comma
// separated, quoted fields allowed, UTF-8 with or without BOM, LF or CRLF, blank lines ignored. The matrix is
// checked as computeAhp checks it, and errors name the cell.
Expected<AhpMatrix, AhpError> parseAhpCsv(const QByteArray& csv);

} // namespace tiller::core
