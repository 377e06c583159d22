#include "tiller/app/Choices.h"

#include "tiller/app/Portfolio.h"
#include "tiller/app/Text.h"

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
