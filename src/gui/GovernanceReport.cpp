#include "tiller/gui/GovernanceReport.h"

#include "HtmlPdf.h"
#include "tiller/app/GovernanceText.h"
#include "tiller/app/Portfolio.h"
#include "tiller/app/Text.h"

#include <QLocale>

namespace tiller::gui {

namespace {

QString esc(const QString& text)
{
    return HtmlPdf::escape(text);
}

QString personName(const app::Portfolio& p, core::Id id)
{
    const core::Person* person = id ? p.person(id) : nullptr;
    return person ? person->name : QString();
}

QString date(QDate d)
{
    return d.isValid() ? QLocale().toString(d, QLocale::ShortFormat) : QStringLiteral("—");
}

} // namespace

QString GovernanceReport::html(const app::Portfolio& p)
{
    const core::Program& program = p.program();
    const QString none = tr("(none)");
    QString h = HtmlPdf::begin();
    h += QStringLiteral("<p class='sub'>%1</p>").arg(esc(tr("Governance master plan")));
    h += QStringLiteral("<h1>%1</h1>").arg(esc(program.name));
    h += QStringLiteral("<p>%1</p>")
             .arg(esc(tr("Printed on %1. The CX direction is led by %2 and reports to %3.")
                          .arg(date(p.now().date()),
                               personName(p, program.cxLeadId).isEmpty() ? tr("nobody named yet")
                                                                         : personName(p, program.cxLeadId),
                               program.cxReportsTo.isEmpty() ? tr("(not said)") : program.cxReportsTo)));

    // The bodies.
    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Governance bodies")));
    if (p.bodies().empty()) {
        h += QStringLiteral("<p class='empty'>%1</p>").arg(esc(tr("No governance body yet.")));
    }
    for (const core::GovernanceBody& b : p.bodies()) {
        const QString kind = app::GovernanceText::bodyKind(b.kind);
        h += kind == b.name ? QStringLiteral("<h3>%1</h3>").arg(esc(b.name))
                            : QStringLiteral("<h3>%1 <span style='font-weight:normal'>— %2</span></h3>")
                                  .arg(esc(b.name), esc(kind));
        if (!b.purpose.isEmpty()) {
            h += QStringLiteral("<p>%1</p>").arg(esc(b.purpose));
        }
        h += QStringLiteral("<p>%1</p>")
                 .arg(esc(tr("Chair: %1 · Cadence: %2 · Next meeting: %3")
                              .arg(personName(p, b.chairId).isEmpty() ? none : personName(p, b.chairId),
                                   app::Text::cadence(b.cadence), date(p.nextMeetingOf(b)))));
        QStringList members;
        for (const core::BodyMember& m : b.members) {
            const QString name = personName(p, m.personId);
            members.append(m.role.isEmpty() || m.role == QLatin1String("member") ? name
                                                                                 : tr("%1 (%2)").arg(name, m.role));
        }
        h += QStringLiteral("<p><b>%1</b> %2</p>")
                 .arg(esc(tr("Members:")), esc(members.isEmpty() ? none : members.join(QStringLiteral(", "))));
        const auto meetings = p.meetingsOf(b.id);
        if (!meetings.empty()) {
            const core::Meeting& last = meetings.back();
            h += QStringLiteral("<p><b>%1</b> %2</p>")
                     .arg(esc(tr("Last meeting:")),
                          esc(tr("%1, %n attendee(s).", nullptr, int(last.attendees.size())).arg(date(last.heldOn))) +
                              (last.decisions.isEmpty() ? QString() : QStringLiteral("<br>") + esc(last.decisions)));
        }
    }

    // The RACI of the bins under way.
    const core::RaciReport report = p.raciReport();
    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("RACI of the bins under way")));
    h += QStringLiteral("<table width='100%' cellspacing='0' cellpadding='3'><tr><th width='30%'>%1</th><th>A</th>"
                        "<th>R</th><th>C</th><th>I</th><th>%2</th></tr>")
             .arg(esc(tr("Bin")), esc(tr("Gaps")));
    int bins = 0;
    for (const core::RaciItem& item : p.raciItems()) {
        if (!item.isBin()) {
            continue;
        }
        ++bins;
        QStringList byRole[core::RaciRoleCount];
        for (const core::RaciAssignment& a : p.raciOf(item)) {
            byRole[int(a.role)].append(personName(p, a.personId));
        }
        const core::ProjectBin* b = p.bin(item.binId);
        h += QStringLiteral(
                 "<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td style='color:#b3261e'>%6</td></tr>")
                 .arg(esc(QStringLiteral("%1 %2").arg(b->code, b->name)),
                      esc(byRole[int(core::RaciRole::Accountable)].join(QStringLiteral(", "))),
                      esc(byRole[int(core::RaciRole::Responsible)].join(QStringLiteral(", "))),
                      esc(byRole[int(core::RaciRole::Consulted)].join(QStringLiteral(", "))),
                      esc(byRole[int(core::RaciRole::Informed)].join(QStringLiteral(", "))),
                      esc(app::GovernanceText::raciGaps(report.gapsOf(item))));
    }
    h += QStringLiteral("</table>");
    if (bins == 0) {
        h += QStringLiteral("<p class='empty'>%1</p>").arg(esc(tr("No bin under way.")));
    }
    int noAccountable = 0;
    for (const core::RaciFinding& f : report.gaps) {
        noAccountable += f.gap == core::RaciGap::NoAccountable ? 1 : 0;
    }
    h += QStringLiteral("<p>%1</p>")
             .arg(esc(
                 tr("%n bin(s) or initiative(s) under way without an accountable person.", nullptr, noAccountable)));
    for (const core::RaciOverload& o : report.overloads) {
        h += QStringLiteral("<p style='color:#b3261e'>%1</p>")
                 .arg(esc(tr("%1 is accountable for %2 items (the limit is %3).")
                              .arg(personName(p, o.personId))
                              .arg(o.accountable)
                              .arg(program.raciLimit)));
    }

    // Traceability.
    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Traceability")));
    const QList<core::Id> pains = p.painsWithoutInitiative();
    const QList<core::Id> initiatives = p.initiativesWithoutPain();
    h += QStringLiteral("<p>%1</p>")
             .arg(esc(tr("%1 pain point(s) with no initiative; %2 initiative(s) tied to no pain point.")
                          .arg(pains.size())
                          .arg(initiatives.size())));
    if (!pains.isEmpty()) {
        h += QStringLiteral("<ul>");
        for (core::Id id : pains) {
            const core::PainPoint* pain = p.painPoint(id);
            const core::JourneyStage* stage = p.stage(pain->stageId);
            h += QStringLiteral("<li>%1</li>")
                     .arg(esc(tr("%1 (severity %2, %3)")
                                  .arg(pain->title)
                                  .arg(pain->severity)
                                  .arg(stage ? stage->name : QString())));
        }
        h += QStringLiteral("</ul>");
    }

    // Maturity.
    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("CX maturity")));
    if (p.assessments().empty()) {
        h += QStringLiteral("<p class='empty'>%1</p>").arg(esc(tr("No assessment yet.")));
    } else {
        const core::MaturityAssessment& last = p.assessments().back();
        h += QStringLiteral("<p>%1</p>")
                 .arg(esc(tr("Assessed on %1: %2 of 5 overall.")
                              .arg(date(last.assessedOn))
                              .arg(QLocale().toString(core::overallMaturity(last).value_or(0), 'f', 1))));
        h += QStringLiteral("<table cellspacing='0' cellpadding='3'>");
        for (int d = 0; d < core::MaturityDimensionCount; ++d) {
            const auto score = core::dimensionScore(last, core::MaturityDimension(d));
            h += QStringLiteral("<tr><td class='k'>%1</td><td>%2</td></tr>")
                     .arg(esc(app::GovernanceText::dimension(core::MaturityDimension(d))),
                          score ? QLocale().toString(*score, 'f', 1) : esc(tr("not assessed")));
        }
        h += QStringLiteral("</table>");
    }
    h += QStringLiteral("</body></html>");
    return h;
}

bool GovernanceReport::write(const app::Portfolio& portfolio, const QString& path, QString* error)
{
    HtmlPdf::Options options;
    options.title = tr("Governance master plan — %1").arg(portfolio.program().name);
    options.footer = options.title;
    return HtmlPdf::write(html(portfolio), path, options, error);
}

} // namespace tiller::gui
