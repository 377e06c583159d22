#include "tiller/app/GovernanceText.h"

#include <QHash>

namespace tiller::app {

QString GovernanceText::bodyKind(core::BodyKind k)
{
    switch (k) {
    case core::BodyKind::Steering:
        return tr("Steering committee");
    case core::BodyKind::ChangeBoard:
        return tr("Change board");
    case core::BodyKind::AdvocacyCouncil:
        return tr("Customer-advocacy council");
    case core::BodyKind::Ambassadors:
        return tr("Ambassadors network");
    case core::BodyKind::Other:
        break;
    }
    return tr("Other body");
}

QString GovernanceText::raciRole(core::RaciRole r)
{
    switch (r) {
    case core::RaciRole::Responsible:
        return tr("Responsible");
    case core::RaciRole::Accountable:
        return tr("Accountable");
    case core::RaciRole::Consulted:
        return tr("Consulted");
    case core::RaciRole::Informed:
        break;
    }
    return tr("Informed");
}

QString GovernanceText::raciGap(core::RaciGap g)
{
    switch (g) {
    case core::RaciGap::NoAccountable:
        return tr("No accountable person");
    case core::RaciGap::SeveralAccountable:
        return tr("Several accountable");
    case core::RaciGap::NoResponsible:
        break;
    }
    return tr("Nobody responsible");
}

QString GovernanceText::raciGaps(const std::vector<core::RaciFinding>& gaps)
{
    QStringList parts;
    for (const core::RaciFinding& f : gaps) {
        parts.append(raciGap(f.gap));
    }
    return parts.join(QStringLiteral(" · "));
}

QString GovernanceText::dimension(core::MaturityDimension d)
{
    switch (d) {
    case core::MaturityDimension::Strategy:
        return tr("Strategy");
    case core::MaturityDimension::CustomerUnderstanding:
        return tr("Customer understanding");
    case core::MaturityDimension::Design:
        return tr("Design");
    case core::MaturityDimension::Measurement:
        return tr("Measurement");
    case core::MaturityDimension::Governance:
        return tr("Governance");
    case core::MaturityDimension::Culture:
        break;
    }
    return tr("Culture");
}

QString GovernanceText::question(const QString& key)
{
    static const QHash<QString, const char*> questions{
        {QStringLiteral("strategy.vision"), QT_TR_NOOP("Our CX vision is written down, and every team knows it.")},
        {QStringLiteral("strategy.sponsorship"),
         QT_TR_NOOP("An executive sponsors the program and gives it time and budget.")},
        {QStringLiteral("strategy.roadmap"),
         QT_TR_NOOP("The initiatives follow a roadmap tied to the strategy's pillars.")},
        {QStringLiteral("understanding.personas"),
         QT_TR_NOOP("Personas, drawn from research, describe who our customers are.")},
        {QStringLiteral("understanding.journeys"),
         QT_TR_NOOP("Journeys are mapped from the customer's side, stage by stage.")},
        {QStringLiteral("understanding.voc"),
         QT_TR_NOOP("Voice-of-Customer feedback is collected at every key stage.")},
        {QStringLiteral("design.codesign"),
         QT_TR_NOOP("Customers and front-line staff take part in designing changes.")},
        {QStringLiteral("design.blueprints"),
         QT_TR_NOOP("Service blueprints link what customers see to what happens behind.")},
        {QStringLiteral("design.testing"),
         QT_TR_NOOP("Changes are tried on a small scale and measured before they spread.")},
        {QStringLiteral("measurement.kpis"),
         QT_TR_NOOP("CX KPIs have targets and owners, and are followed every month.")},
        {QStringLiteral("measurement.closed_loop"),
         QT_TR_NOOP("Unhappy customers are called back and the cause is fixed.")},
        {QStringLiteral("measurement.value"), QT_TR_NOOP("The program shows what CX is worth in money terms.")},
        {QStringLiteral("governance.bodies"),
         QT_TR_NOOP("Governance bodies meet at a set cadence and record their decisions.")},
        {QStringLiteral("governance.raci"),
         QT_TR_NOOP("Every project has one accountable person, and roles are clear.")},
        {QStringLiteral("governance.change_board"),
         QT_TR_NOOP("New requests go through a change board before they enter the program.")},
        {QStringLiteral("culture.training"), QT_TR_NOOP("Staff are trained in customer experience.")},
        {QStringLiteral("culture.recognition"), QT_TR_NOOP("Successes for customers are celebrated and recognised.")},
        {QStringLiteral("culture.empowerment"),
         QT_TR_NOOP("Front-line staff may solve a customer's problem without asking.")},
    };
    const char* text = questions.value(key);
    return text ? tr(text) : key;
}

QString GovernanceText::level(int score)
{
    switch (score) {
    case 1:
        return tr("1 — Ad hoc");
    case 2:
        return tr("2 — Emerging");
    case 3:
        return tr("3 — Defined");
    case 4:
        return tr("4 — Managed");
    case 5:
        return tr("5 — Embedded");
    default:
        return tr("Not answered");
    }
}

} // namespace tiller::app
