// What table editors share: the lists a cell offers (ChoicesRole: {label, value} maps, translated) and the
// reading of typed dates and numbers.
#pragma once

#include <QDate>
#include <QVariantList>

#include <optional>

namespace tiller::app {

class Portfolio;

namespace choices {

QVariantMap choice(const QString& label, const QVariant& value);
QVariantList domains(const Portfolio& portfolio);   // "(none)" first, value 0
QVariantList people(const Portfolio& portfolio);    // "(none)" first, value 0
QVariantList initiativeStatuses();
QVariantList binStatuses();
QVariantList horizons();

} // namespace choices

// A cell's date: a QDate, ISO text ("2026-11-25") or the locale's short format. An invalid date when the cell
// is empty (no date); nothing when the text is not a date.
std::optional<QDate> dateFromCell(const QVariant& value);
// A cell's number: a number, or text in C or the locale's notation; 0 when empty; nothing when not a number.
std::optional<double> numberFromCell(const QVariant& value);

} // namespace tiller::app
