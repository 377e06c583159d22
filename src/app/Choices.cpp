#include "tiller/app/Choices.h"

#include "tiller/app/Portfolio.h"
#include "tiller/app/Text.h"

#include <QLocale>

namespace tiller::app::choices {

QVariantMap choice(const QString& label, const QVariant& value)
{
    return {{QStringLiteral("label"), label}, {QStringLiteral("value"), value}};
}

QVariantList domains(const Portfolio& portfolio)
{
    QVariantList list{choice(Text::tr("(none)"), qint64(0))};
    for (const auto& d : portfolio.domains()) {
        list.append(choice(d.name, d.id));
    }
    return list;
}

QVariantList people(const Portfolio& portfolio)
{
    QVariantList list{choice(Text::tr("(none)"), qint64(0))};
    for (const auto& p : portfolio.people()) {
        list.append(choice(p.name, p.id));
    }
    return list;
}

QVariantList initiativeStatuses()
{
    QVariantList list;
    for (int s = 0; s < core::InitiativeStatusCount; ++s) {
        list.append(choice(Text::status(core::InitiativeStatus(s)), s));
    }
    return list;
}

QVariantList binStatuses()
{
    QVariantList list;
    for (int s = 0; s < core::BinStatusCount; ++s) {
        list.append(choice(Text::binStatus(core::BinStatus(s)), s));
    }
    return list;
}

QVariantList horizons()
{
    QVariantList list;
    for (int h = 0; h < core::HorizonCount; ++h) {
        list.append(choice(Text::horizon(core::Horizon(h)), h));
    }
    return list;
}

} // namespace tiller::app::choices

namespace tiller::app {

std::optional<QDate> dateFromCell(const QVariant& value)
{
    if (value.metaType().id() == QMetaType::QDate) {
        return value.toDate();
    }
    const QString text = value.toString().trimmed();
    if (text.isEmpty()) {
        return QDate();
    }
    QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid()) {
        d = QLocale().toDate(text, QLocale::ShortFormat);
    }
    return d.isValid() ? std::optional(d) : std::nullopt;
}

std::optional<double> numberFromCell(const QVariant& value)
{
    bool ok = false;
    const double number = value.toDouble(&ok);
    if (ok) {
        return number;
    }
    const QString text = value.toString().trimmed();
    if (text.isEmpty()) {
        return 0.0;
    }
    const double local = QLocale().toDouble(text, &ok);
    return ok ? std::optional(local) : std::nullopt;
}

} // namespace tiller::app
