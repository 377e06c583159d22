// The lists an editor offers for a cell (ChoicesRole of the table models): {label, value} maps, translated.
#pragma once

#include <QVariantList>

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

} // namespace tiller::app
