#include "tiller/core/Ahp.h"

#include <QSet>

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>

namespace tiller::core {

namespace {

using Matrix = std::vector<std::vector<double>>;
using Texts = std::vector<std::vector<QString>>;

constexpr double ReciprocityTolerance = 0.01;
constexpr double DiagonalTolerance = 1e-9;
constexpr double ConvergenceTolerance = 1e-12;
constexpr int MaxIterations = 10000;

QString number(double v) { return QString::number(v, 'g', 10); }

AhpError cellError(AhpError::Code code, const QStringList& names, qsizetype i, qsizetype j, const QString& cell)
{
    AhpError e;
    e.code = code;
    e.row = int(i + 1);
    e.column = int(j + 1);
    e.rowName = names.value(i);
    e.columnName = names.value(j);
    e.cell = cell;
    return e;
}

std::optional<AhpError> checkNames(const QStringList& names)
{
    if (names.size() > AhpMaxSize) {
        AhpError e;
        e.code = AhpError::Code::TooLarge;
        e.cell = QString::number(names.size());
        return e;
    }
    QSet<QString> seen;
    for (qsizetype i = 0; i < names.size(); ++i) {
        const QString key = names[i].trimmed().toCaseFolded();
        if (key.isEmpty()) {
            return cellError(AhpError::Code::EmptyName, names, i, i, names[i]);
        }
        if (seen.contains(key)) {
            return cellError(AhpError::Code::DuplicateName, names, i, i, names[i]);
        }
        seen.insert(key);
    }
    return std::nullopt;
}

// Checks a square matrix of n = names.size() rows; `texts` (same shape, or null) gives the cells as written so that
// an error quotes what the user typed rather than a reformatted number.
std::optional<AhpError> checkValues(const QStringList& names, const Matrix& a, const Texts* texts)
{
    const auto text = [&](std::size_t i, std::size_t j) { return texts ? (*texts)[i][j] : number(a[i][j]); };
    const std::size_t n = a.size();
    for (std::size_t i = 0; i < n; ++i) {
        for (std::size_t j = 0; j < n; ++j) {
            const double v = a[i][j];
            if (!std::isfinite(v)) {
                return cellError(AhpError::Code::NotANumber, names, i, j, text(i, j));
            }
            if (!(v > 0)) {
                return cellError(AhpError::Code::NotPositive, names, i, j, text(i, j));
            }
            if (i == j && std::abs(v - 1) > DiagonalTolerance) {
                return cellError(AhpError::Code::DiagonalNotOne, names, i, j, text(i, j));
            }
        }
    }
    // Reciprocity last: it is only meaningful once both cells of a pair are valid numbers.
    for (std::size_t i = 0; i < n; ++i) {
        for (std::size_t j = i + 1; j < n; ++j) {
            if (std::abs(a[i][j] * a[j][i] - 1) > ReciprocityTolerance) {
                AhpError e = cellError(AhpError::Code::NotReciprocal, names, i, j, text(i, j));
                e.otherCell = text(j, i);
                return e;
            }
        }
    }
    return std::nullopt;
}

std::optional<AhpError> checkMatrix(const QStringList& names, const Matrix& a)
{
    if (names.isEmpty() && a.empty()) {
        return AhpError{AhpError::Code::Empty};
    }
    if (qsizetype(a.size()) != names.size()) {
        AhpError e;
        e.code = AhpError::Code::NameMismatch;
        e.cell = QString::number(a.size());
        return e;
    }
    if (auto e = checkNames(names)) {
        return e;
    }
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (a[i].size() != a.size()) {
            AhpError e;
            e.code = AhpError::Code::NotSquare;
            e.row = int(i + 1);
            e.rowName = names.value(qsizetype(i));
            e.cell = QString::number(a[i].size());
            return e;
        }
    }
    return checkValues(names, a, nullptr);
}

// One CSV record per line; quoted fields may hold commas, doubled quotes and line breaks.
QList<QStringList> csvRecords(const QString& text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    const auto endRecord = [&] {
        record.append(field);
        records.append(record);
        record.clear();
        field.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                    field.append(c);
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field.append(c);
            }
        } else if (c == QLatin1Char('"') && field.trimmed().isEmpty()) {
            // Blanks before an opening quote are padding, not content.
            field.clear();
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            record.append(field);
            field.clear();
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text[i + 1] == QLatin1Char('\n')) {
                ++i;
            }
            endRecord();
        } else {
            field.append(c);
        }
    }
    if (!field.isEmpty() || !record.isEmpty()) {
        endRecord();
    }
    // Spreadsheets pad with blank lines and with rows of empty cells.
    QList<QStringList> out;
    for (QStringList& r : records) {
        for (QString& f : r) {
            f = f.trimmed();
        }
        if (std::any_of(r.begin(), r.end(), [](const QString& f) { return !f.isEmpty(); })) {
            out.append(r);
        }
    }
    return out;
}

// "3", "0.5", "1/3"; anything else, including an empty cell and a zero denominator, is not a number.
std::optional<double> parseCell(const QString& text)
{
    const QStringList parts = text.split(QLatin1Char('/'));
    if (parts.size() > 2) {
        return std::nullopt;
    }
    bool ok = false;
    double v = parts[0].trimmed().toDouble(&ok);
    if (!ok) {
        return std::nullopt;
    }
    if (parts.size() == 2) {
        const double d = parts[1].trimmed().toDouble(&ok);
        if (!ok || d == 0) {
            return std::nullopt;
        }
        v /= d;
    }
    if (!std::isfinite(v)) {
        return std::nullopt;
    }
    return v;
}

} // namespace

double saatyRandomIndex(int n)
{
    static constexpr std::array<double, 16> ri{0,    0,    0,    0.58, 0.90, 1.12, 1.24, 1.32,
                                               1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59};
    if (n < 1) {
        return 0;
    }
    return ri[std::size_t(std::min(n, AhpMaxSize))];
}

Expected<AhpResult, AhpError> computeAhp(const QStringList& names, const Matrix& matrix)
{
    if (auto e = checkMatrix(names, matrix)) {
        return unexpected(*e);
    }
    const std::size_t n = matrix.size();
    std::vector<double> w(n, 1.0 / double(n));
    std::vector<double> next(n);
    // A positive matrix has a simple dominant eigenvalue (Perron), so the iteration converges from any positive start;
    // the cap only guards against a pathologically slow ratio of the two largest eigenvalues.
    for (int iteration = 0; iteration < MaxIterations; ++iteration) {
        double sum = 0;
        for (std::size_t i = 0; i < n; ++i) {
            next[i] = 0;
            for (std::size_t j = 0; j < n; ++j) {
                next[i] += matrix[i][j] * w[j];
            }
            sum += next[i];
        }
        double delta = 0;
        for (std::size_t i = 0; i < n; ++i) {
            next[i] /= sum;
            delta = std::max(delta, std::abs(next[i] - w[i]));
        }
        w.swap(next);
        if (delta < ConvergenceTolerance) {
            break;
        }
    }
    double lambda = 0;
    for (std::size_t i = 0; i < n; ++i) {
        double aw = 0;
        for (std::size_t j = 0; j < n; ++j) {
            aw += matrix[i][j] * w[j];
        }
        lambda += aw / w[i];
    }
    lambda /= double(n);

    AhpResult r;
    r.names = names;
    r.weights = QList<double>(w.begin(), w.end());
    r.lambdaMax = lambda;
    r.ci = n > 1 ? std::max(0.0, (lambda - double(n)) / double(n - 1)) : 0.0;
    r.randomIndex = saatyRandomIndex(int(n));
    r.cr = r.randomIndex > 0 ? r.ci / r.randomIndex : 0.0;
    return r;
}

Expected<AhpMatrix, AhpError> parseAhpCsv(const QByteArray& csv)
{
    QString text = QString::fromUtf8(csv);
    if (text.startsWith(QChar(0xFEFF))) {
        text.remove(0, 1);
    }
    const QList<QStringList> records = csvRecords(text);
    if (records.isEmpty() || records[0].size() < 2) {
        return unexpected(AhpError{AhpError::Code::Empty});
    }
    AhpMatrix m;
    m.names = records[0].mid(1);
    if (auto e = checkNames(m.names)) {
        return unexpected(*e);
    }
    const qsizetype n = m.names.size();
    const qsizetype rows = records.size() - 1;
    for (qsizetype i = 0; i < std::min(rows, n); ++i) {
        const QStringList& r = records[i + 1];
        if (r.size() != n + 1) {
            AhpError e;
            e.code = AhpError::Code::NotSquare;
            e.row = int(i + 1);
            e.rowName = r[0];
            e.cell = QString::number(r.size() - 1);
            return unexpected(e);
        }
    }
    if (rows != n) {
        AhpError e;
        e.code = AhpError::Code::NotSquare;
        e.cell = QString::number(rows);
        return unexpected(e);
    }
    const auto size = std::size_t(n);
    Texts texts(size, std::vector<QString>(size));
    m.values.assign(size, std::vector<double>(size));
    for (qsizetype i = 0; i < n; ++i) {
        const QStringList& r = records[i + 1];
        if (r[0] != m.names[i]) {
            AhpError e = cellError(AhpError::Code::NameMismatch, m.names, i, i, r[0]);
            e.rowName = r[0];
            return unexpected(e);
        }
        for (qsizetype j = 0; j < n; ++j) {
            const QString& cell = r[j + 1];
            const std::optional<double> v = parseCell(cell);
            if (!v) {
                return unexpected(cellError(AhpError::Code::NotANumber, m.names, i, j, cell));
            }
            texts[std::size_t(i)][std::size_t(j)] = cell;
            m.values[std::size_t(i)][std::size_t(j)] = *v;
        }
    }
    if (auto e = checkValues(m.names, m.values, &texts)) {
        return unexpected(*e);
    }
    return m;
}

} // namespace tiller::core
