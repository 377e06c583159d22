#include "tiller/app/VocImport.h"

#include "tiller/app/Portfolio.h"
#include "tiller/app/Text.h"
#include "tiller/core/Csv.h"
#include "tiller/storage/VocRecords.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <cmath>

namespace tiller::app {

namespace {

using Problem = VocImport::Problem;
using Failure = VocImport::Failure;

// Lower case, no accents, separators as spaces: "Date de réponse" and "date_de_reponse" compare equal.
QString normalized(const QString& text)
{
    QString out;
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing) {
            continue;
        }
        out +=
            (c == QLatin1Char('_') || c == QLatin1Char('-') || c == QLatin1Char('.')) ? QLatin1Char(' ') : c.toLower();
    }
    return out.simplified();
}

QByteArray readAll(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = VocImport::tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return {};
    }
    return file.readAll();
}

// The file as a table, or the one clear reason it is not a CSV file.
bool readTable(const QString& path, int maxRows, core::CsvTable& table, Failure& failure, QString& error)
{
    QString readError;
    const QByteArray bytes = readAll(path, &readError);
    if (!readError.isEmpty()) {
        failure = Failure::CannotRead;
        error = readError;
        return false;
    }
    const QString name = QFileInfo(path).fileName();
    auto parsed = core::readCsv(bytes, maxRows);
    if (!parsed) {
        failure = Failure::NotCsv;
        error = parsed.error().code == core::CsvError::Code::Empty
                    ? VocImport::tr("%1 is empty: a CSV file starts with a header line naming its columns.").arg(name)
                    : VocImport::tr("%1 is not a CSV text file (it holds binary data or is not UTF-8 text). Save it "
                                    "from your spreadsheet as “CSV UTF-8”.")
                          .arg(name);
        return false;
    }
    if (parsed->header.size() < 2) {
        failure = Failure::NotCsv;
        error = VocImport::tr("%1 has no header line with column names separated by commas or semicolons.").arg(name);
        return false;
    }
    table = std::move(*parsed);
    return true;
}

struct Scale
{
    double low;
    double high;
    bool whole;
};

Scale scaleOf(const QString& metric)
{
    if (metric == QLatin1String("nps")) {
        return {0, 10, true};
    }
    if (metric == QLatin1String("csat")) {
        return {1, 5, false};
    }
    return {1, 7, false};
}

QString metricCode(const QString& text)
{
    const QString m = normalized(text);
    for (const QString& code : VocImport::metrics()) {
        if (m == code) {
            return code;
        }
    }
    return {};
}

// ISO first, then the user's own short date, then day/month/year as most of the world writes it.
QDate parseDate(const QString& text)
{
    QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid() && text.size() > 10 && (text[10] == QLatin1Char('T') || text[10] == QLatin1Char(' '))) {
        d = QDate::fromString(text.left(10), Qt::ISODate); // an ISO date and time
    }
    if (d.isValid()) {
        return d;
    }
    const QLocale locale;
    const QString shortFormat = locale.dateFormat(QLocale::ShortFormat);
    d = locale.toDate(text, shortFormat);
    if (d.isValid() && !shortFormat.contains(QLatin1String("yyyy")) && d.year() < 1950) {
        d = d.addYears(100); // two-digit years are this century's
    }
    if (!d.isValid() && !shortFormat.contains(QLatin1String("yyyy"))) {
        QString fourDigits = shortFormat;
        d = locale.toDate(text, fourDigits.replace(QLatin1String("yy"), QLatin1String("yyyy")));
    }
    if (!d.isValid()) {
        d = QDate::fromString(text, QStringLiteral("d/M/yyyy"));
    }
    return d;
}

// Journey stages by name, and by "Journey › Stage" for names several journeys share.
class StageLookup
{
public:
    explicit StageLookup(const Portfolio& p)
    {
        QHash<core::Id, QString> journeys;
        for (const auto& j : p.journeys()) {
            journeys.insert(j.id, normalized(j.name));
        }
        for (const auto& s : p.stages()) {
            m_byName[normalized(s.name)].append(s.id);
            m_byPath.insert(journeys.value(s.journeyId) + QLatin1Char('\x1f') + normalized(s.name), s.id);
        }
    }
    // The stage's id; 0 with `ambiguous` set when several journeys have a stage of that name, 0 alone if none.
    core::Id find(const QString& text, bool& ambiguous) const
    {
        ambiguous = false;
        for (const QChar sep : {QChar(0x203A), QChar(u'>'), QChar(u'/')}) {
            const qsizetype at = text.lastIndexOf(sep);
            if (at > 0) {
                const QString key = normalized(text.left(at)) + QLatin1Char('\x1f') + normalized(text.mid(at + 1));
                if (const auto it = m_byPath.constFind(key); it != m_byPath.constEnd()) {
                    return *it;
                }
            }
        }
        const QList<core::Id> ids = m_byName.value(normalized(text));
        ambiguous = ids.size() > 1;
        return ids.size() == 1 ? ids.first() : 0;
    }

private:
    QHash<QString, QList<core::Id>> m_byName;
    QHash<QString, core::Id> m_byPath;
};

QString cell(const QStringList& fields, int column)
{
    return column >= 0 && column < fields.size() ? fields[column].trimmed() : QString();
}

QString number(double value)
{
    return QLocale().toString(value, 'g', 8);
}

} // namespace

QStringList VocImport::metrics()
{
    return {QStringLiteral("nps"), QStringLiteral("csat"), QStringLiteral("ces")};
}

QString VocImport::metricName(const QString& code)
{
    if (code == QLatin1String("nps")) {
        return tr("NPS (0–10)");
    }
    if (code == QLatin1String("csat")) {
        return tr("CSAT (1–5)");
    }
    if (code == QLatin1String("ces")) {
        return tr("CES (1–7)");
    }
    return code;
}

VocImport::Mapping VocImport::guess(const QStringList& header)
{
    const QList<QString> names = [&] {
        QList<QString> out;
        for (const QString& h : header) {
            out.append(normalized(h));
        }
        return out;
    }();
    Mapping m;
    QList<bool> used(names.size(), false);
    // Exact names first, then names containing a key word ("Date de réponse client").
    const auto pick = [&](int& field, const QStringList& exact, const QStringList& words) {
        for (const QString& key : exact) {
            for (int c = 0; c < names.size(); ++c) {
                if (!used[c] && names[c] == key) {
                    field = c;
                    used[c] = true;
                    return;
                }
            }
        }
        for (const QString& word : words) {
            for (int c = 0; c < names.size(); ++c) {
                if (!used[c] && names[c].contains(word)) {
                    field = c;
                    used[c] = true;
                    return;
                }
            }
        }
    };
    const auto list = [](std::initializer_list<const char*> keys) {
        QStringList out;
        for (const char* k : keys) {
            out.append(QString::fromUtf8(k));
        }
        return out;
    };
    pick(m.stage, list({"stage", "journey stage", "etape", "etape du parcours", "stage id", "touchpoint"}),
         list({"stage", "etape"}));
    pick(m.date, list({"date", "recorded on", "date de reponse", "response date", "jour", "day"}), list({"date"}));
    pick(m.channel, list({"channel", "canal", "source"}), list({"channel", "canal"}));
    pick(m.metric, list({"metric", "indicateur", "metrique", "kpi", "survey", "enquete"}),
         list({"metric", "indicateur", "metrique"}));
    pick(m.score, list({"score", "note", "rating", "value", "valeur"}), list({"score", "note"}));
    pick(m.verbatim,
         list({"verbatim", "comment", "comments", "commentaire", "commentaires", "feedback", "remarque", "text"}),
         list({"verbatim", "comment"}));
    return m;
}

QString VocImport::missing(const Mapping& m)
{
    QStringList lacking;
    if (m.date < 0) {
        lacking << tr("the date column");
    }
    if (m.metric < 0 && !metrics().contains(m.fixedMetric)) {
        lacking << tr("the metric column or one metric for the whole file");
    }
    if (m.score < 0) {
        lacking << tr("the score column");
    }
    return lacking.isEmpty() ? QString() : tr("Choose %1.").arg(lacking.join(tr(", ")));
}

VocImport::Preview VocImport::preview(const QString& path, int maxRows)
{
    Preview p;
    core::CsvTable table;
    if (!readTable(path, maxRows, table, p.failure, p.error)) {
        return p;
    }
    p.header = table.header;
    p.separator = table.separator;
    for (const auto& r : table.records) {
        p.rows.append(r.fields);
        p.lines.append(r.line);
    }
    return p;
}

VocImport::Report VocImport::run(Portfolio& portfolio, const QString& path, const Mapping& mapping,
                                 const Progress& progress)
{
    Report report;
    const auto fail = [&](Failure f, const QString& why) {
        report.failure = f;
        report.error = why;
        report.imported = 0;
        return report;
    };
    if (portfolio.isReadOnly()) {
        return fail(Failure::ReadOnly,
                    tr("Nothing was imported: this portfolio is read-only (%1).").arg(portfolio.readOnlyReason()));
    }
    if (const QString lacking = missing(mapping); !lacking.isEmpty()) {
        return fail(Failure::IncompleteMapping, lacking);
    }
    core::CsvTable table;
    {
        Failure f = Failure::None;
        QString why;
        if (!readTable(path, -1, table, f, why)) {
            return fail(f, why);
        }
    }

    const StageLookup stages(portfolio);
    const qint64 total = qint64(table.records.size());
    const qint64 steps = 2 * total; // reading, then writing
    std::vector<storage::VocRecord> records;
    records.reserve(table.records.size());
    const auto bad = [&](const core::CsvRecord& r, Problem problem, const QString& reason) {
        report.badRows.push_back({r.line, problem, reason});
    };
    qint64 done = 0;
    for (const core::CsvRecord& r : table.records) {
        if (progress && ++done % 1000 == 0 && !progress(done, steps)) {
            return fail(Failure::Cancelled, tr("Import cancelled: nothing was imported."));
        }
        ++report.rowsRead;
        if (!r.problem.isEmpty()) {
            bad(r, Problem::MalformedRow, tr("the row is malformed: %1").arg(r.problem));
            continue;
        }
        const QString dateText = cell(r.fields, mapping.date);
        const QString scoreText = cell(r.fields, mapping.score);
        const QString metricText = mapping.metric >= 0 ? cell(r.fields, mapping.metric) : mapping.fixedMetric;
        if (dateText.isEmpty() || scoreText.isEmpty() || metricText.isEmpty()) {
            const QString field = dateText.isEmpty() ? tr("date") : metricText.isEmpty() ? tr("metric") : tr("score");
            bad(r, Problem::MissingField, tr("the %1 is missing").arg(field));
            continue;
        }
        storage::VocRecord record;
        record.recordedOn = parseDate(dateText);
        if (!record.recordedOn.isValid()) {
            bad(r, Problem::BadDate,
                tr("unreadable date “%1” (write it as %2 or %3)")
                    .arg(dateText, QStringLiteral("2026-03-31"),
                         QLocale().toString(QDate(2026, 3, 31), QLocale::ShortFormat)));
            continue;
        }
        record.metric = metricCode(metricText);
        if (record.metric.isEmpty()) {
            bad(r, Problem::UnknownMetric, tr("unknown metric “%1” (use NPS, CSAT or CES)").arg(metricText));
            continue;
        }
        bool isNumber = false;
        QString decimal = scoreText;
        record.score = QLocale::c().toDouble(decimal.replace(QLatin1Char(','), QLatin1Char('.')), &isNumber);
        if (!isNumber || !std::isfinite(record.score)) {
            bad(r, Problem::BadScore, tr("the score “%1” is not a number").arg(scoreText));
            continue;
        }
        const Scale scale = scaleOf(record.metric);
        if (record.score < scale.low || record.score > scale.high ||
            (scale.whole && record.score != std::floor(record.score))) {
            bad(r, Problem::ScoreOutOfScale,
                scale.whole
                    ? tr("score %1 is outside the %2 scale (whole numbers from %3 to %4)")
                          .arg(number(record.score), record.metric.toUpper(), number(scale.low), number(scale.high))
                    : tr("score %1 is outside the %2 scale (%3 to %4)")
                          .arg(number(record.score), record.metric.toUpper(), number(scale.low), number(scale.high)));
            continue;
        }
        if (const QString stageText = cell(r.fields, mapping.stage); !stageText.isEmpty()) {
            bool ambiguous = false;
            record.stageId = stages.find(stageText, ambiguous);
            if (ambiguous) {
                bad(r, Problem::AmbiguousStage,
                    tr("“%1” is a stage of several journeys: write “Journey › %1”").arg(stageText));
                continue;
            }
            if (record.stageId == 0) {
                bad(r, Problem::UnknownStage, tr("unknown journey stage “%1”").arg(stageText));
                continue;
            }
        }
        record.channel = cell(r.fields, mapping.channel);
        record.verbatim = cell(r.fields, mapping.verbatim);
        records.push_back(std::move(record));
    }

    if (records.empty()) {
        return report;
    }
    const auto written =
        storage::importVocRecords(portfolio.database(), records, QFileInfo(path).fileName(), [&](qint64 n) {
            return !progress || progress(total + n * total / qint64(records.size()), steps);
        });
    if (!written) {
        const auto& e = written.error();
        if (e.code == storage::StorageError::Code::ReadOnly) {
            return fail(Failure::ReadOnly,
                        tr("Nothing was imported: this portfolio is read-only (%1).").arg(portfolio.readOnlyReason()));
        }
        return fail(Failure::WriteFailed,
                    tr("Nothing was imported: writing to the portfolio failed and every row was rolled back (%1).")
                        .arg(Text::error(e)));
    }
    if (!written->has_value()) {
        return fail(Failure::Cancelled, tr("Import cancelled: nothing was imported."));
    }
    report.imported = **written;
    return report;
}

} // namespace tiller::app
