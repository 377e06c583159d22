// The demo program's governance: bodies, their members and meeting records, the RACI matrix, touchpoints and the
// maturity assessments.
#include "DemoSupport.h"
#include "tiller/core/ChangeBoard.h"
#include "tiller/core/Governance.h"
#include "tiller/core/Types.h"

#include <QCoreApplication>
#include <QSet>

namespace tiller::app::demo {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("tiller::app::DemoBuilder", text);
}

// People holding a role, by id.
QList<int> withRole(const GovernanceSeed& s, int role)
{
    QList<int> out;
    for (int i = 0; i < s.personRoles.size(); ++i) {
        if ((s.personRoles[i] & role) != 0) {
            out.append(i + 1);
        }
    }
    return out;
}

struct Touch
{
    const char* name;
    const char* channel;
};

} // namespace

bool writeGovernance(Writer& w, core::Random& rnd, const GovernanceSeed& s)
{
    const int people = int(s.personRoles.size());
    const QList<int> managers = withRole(s, core::ProgramManager);
    const QList<int> leaders = withRole(s, core::Leader);
    const QList<int> sponsors = withRole(s, core::Sponsor);
    const QList<int> ambassadors = withRole(s, core::Ambassador);
    const QList<int> stakeholders = withRole(s, core::Stakeholder);
    const int manager = managers.isEmpty() ? 1 : managers.front();
    const int sponsor = sponsors.isEmpty() ? (leaders.isEmpty() ? 1 : leaders.front()) : sponsors.front();
    const auto first = [](const QList<int>& list, int n) { return list.mid(0, n); };

    // The bodies: who sits where.
    struct Body
    {
        QString name;
        const char* kind;
        QString purpose;
        int chair;
        const char* cadence;
        QList<QPair<int, QString>> members;
        QDate next;
    };
    QList<QPair<int, QString>> steering{{sponsor, tr("sponsor")}, {manager, tr("secretary")}};
    for (int l : first(leaders, 4)) {
        if (l != sponsor) {
            steering.append({l, QString()});
        }
    }
    QList<QPair<int, QString>> board{{manager, tr("secretary")}};
    for (int l : first(leaders, 3)) {
        if (l != manager) {
            board.append({l, QString()});
        }
    }
    QList<QPair<int, QString>> council{{manager, QString()}};
    for (int a : first(ambassadors, 3)) {
        council.append({a, tr("voice of the customer")});
    }
    for (int st : first(stakeholders, 2)) {
        council.append({st, QString()});
    }
    QList<QPair<int, QString>> network;
    for (int a : first(ambassadors, s.small ? 10 : 40)) {
        network.append({a, QString()});
    }
    const QDate today = s.anchor;
    const QList<Body> bodies{
        {tr("Steering committee"), "steering",
         tr("Keeps the program inside the strategy: funds the bins, settles trade-offs, removes blockers."), sponsor,
         "monthly", steering, core::followingSession(today.addDays(-20), core::BoardCadence::Monthly)},
        {tr("Change board"), "change_board",
         tr("Decides the new requests every month: approve, defer or reject, with a reason."),
         leaders.isEmpty() ? manager : leaders.back(), "monthly", board, QDate()},
        {tr("Customer-advocacy council"), "advocacy_council",
         tr("Brings the customer's voice to decisions: verbatims, complaints and what front-line staff hear."), manager,
         "bimonthly", council, today.addDays(24)},
        {tr("Ambassadors network"), "ambassadors",
         tr("Carries the CX culture into every team and brings back their ideas."),
         ambassadors.isEmpty() ? manager : ambassadors.front(), "fortnightly", network, today.addDays(6)},
    };
    if (!w.table(QStringLiteral("governance_body"),
                 {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("purpose"),
                  QStringLiteral("chair_id"), QStringLiteral("cadence"), QStringLiteral("next_meeting")})) {
        return false;
    }
    for (int b = 0; b < bodies.size(); ++b) {
        w.row({b + 1, bodies[b].name, QLatin1String(bodies[b].kind), bodies[b].purpose, bodies[b].chair,
               QLatin1String(bodies[b].cadence), bodies[b].next.isValid() ? QVariant(iso(bodies[b].next)) : null()});
    }
    if (!w.table(QStringLiteral("body_member"),
                 {QStringLiteral("body_id"), QStringLiteral("person_id"), QStringLiteral("role")})) {
        return false;
    }
    for (int b = 0; b < bodies.size(); ++b) {
        QSet<int> seen;
        for (const auto& [person, role] : bodies[b].members) {
            if (person >= 1 && person <= people && !seen.contains(person)) {
                seen.insert(person);
                w.row({b + 1, person, role.isEmpty() ? QStringLiteral("member") : role});
            }
        }
    }

    // Meeting records: the steering committee's last three months, the council's last session.
    struct Record
    {
        int body;
        QDate on;
        QString title;
        QString decisions;
    };
    const QDate lastSteering = bodies[0].next.addMonths(-1);
    const QList<Record> records{
        {1, lastSteering.addMonths(-2), tr("Steering committee: quarterly review"),
         tr("Budget of the onboarding bin confirmed.\nThe billing bins move to the next quarter.")},
        {1, lastSteering.addMonths(-1), tr("Steering committee"),
         tr("One accountable person named for every bin under way.")},
        {1, lastSteering, tr("Steering committee"),
         tr("The dashboard becomes the monthly report to the executive committee.\nA second ambassador per team.")},
        {3, today.addDays(24).addMonths(-2), tr("Customer-advocacy council"),
         tr("The three most cited pains of the move journey go to the change board.")},
    };
    if (!w.table(QStringLiteral("meeting"),
                 {QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("held_on"), QStringLiteral("title"),
                  QStringLiteral("decisions"), QStringLiteral("status"), QStringLiteral("body_id")})) {
        return false;
    }
    for (int r = 0; r < records.size(); ++r) {
        w.row({s.firstMeetingId + r, QStringLiteral("body_meeting"), iso(records[r].on), records[r].title,
               records[r].decisions, QStringLiteral("held"), records[r].body});
    }
    if (!w.table(QStringLiteral("meeting_attendee"), {QStringLiteral("meeting_id"), QStringLiteral("person_id")})) {
        return false;
    }
    for (int r = 0; r < records.size(); ++r) {
        QSet<int> seen;
        for (const auto& [person, role] : bodies[records[r].body - 1].members) {
            // Now and then someone is missing.
            if (person >= 1 && person <= people && !seen.contains(person) && rnd.chance(0.85)) {
                seen.insert(person);
                w.row({s.firstMeetingId + r, person});
            }
        }
    }

    // RACI: the owner is accountable (and often does the work), a colleague responsible, a leader consulted, the
    // sponsor informed. One bin in twelve and one initiative in eight is left without an accountable person.
    if (!w.table(QStringLiteral("raci"), {QStringLiteral("bin_id"), QStringLiteral("initiative_id"),
                                          QStringLiteral("person_id"), QStringLiteral("role")})) {
        return false;
    }
    const auto other = [&](int not1) {
        const int p = rnd.between(1, people);
        return p == not1 ? (p % people) + 1 : p;
    };
    const auto underWay = [](const QString& st) {
        return st != QLatin1String("done") && st != QLatin1String("cancelled") && st != QLatin1String("dropped") &&
               st != QLatin1String("idea") && st != QLatin1String("proposed");
    };
    for (int b = 0; b < s.binOwner.size(); ++b) {
        if (s.binState[b] == QLatin1String("done") || s.binState[b] == QLatin1String("cancelled")) {
            continue;
        }
        const QVariant bin = b + 1;
        const int owner = s.binOwner[b];
        const bool gap = b % 12 == 11 || owner == 0;
        if (!gap) {
            w.row({bin, null(), owner, QStringLiteral("A")});
        }
        if (rnd.chance(0.4) && owner != 0) {
            w.row({bin, null(), owner, QStringLiteral("R")});
        } else {
            w.row({bin, null(), other(owner), QStringLiteral("R")});
        }
        if (!leaders.isEmpty()) {
            const int consulted = leaders[b % leaders.size()];
            if (consulted != owner) {
                w.row({bin, null(), consulted, QStringLiteral("C")});
            }
        }
        if (sponsor != owner) {
            w.row({bin, null(), sponsor, QStringLiteral("I")});
        }
    }
    for (int i = 0; i < s.initiativeOwner.size(); ++i) {
        const QString& st = s.initiativeState[i];
        if (!underWay(st)) {
            continue;
        }
        const int owner = s.initiativeOwner[i];
        if (owner != 0 && i % 8 != 5) {
            w.row({null(), i + 1, owner, QStringLiteral("A")});
            w.row({null(), i + 1, owner, QStringLiteral("R")});
        }
    }

    // Touchpoints: where customers meet the company at each stage.
    static const Touch touches[] = {
        {QT_TRANSLATE_NOOP("tiller::app::DemoBuilder", "Website"), "online"},
        {QT_TRANSLATE_NOOP("tiller::app::DemoBuilder", "Mobile app"), "digital"},
        {QT_TRANSLATE_NOOP("tiller::app::DemoBuilder", "Call centre"), "phone"},
        {QT_TRANSLATE_NOOP("tiller::app::DemoBuilder", "E-mail"), "digital"},
        {QT_TRANSLATE_NOOP("tiller::app::DemoBuilder", "Letter"), "post"},
        {QT_TRANSLATE_NOOP("tiller::app::DemoBuilder", "Technician visit"), "field"},
        {QT_TRANSLATE_NOOP("tiller::app::DemoBuilder", "Live chat"), "online"},
        {QT_TRANSLATE_NOOP("tiller::app::DemoBuilder", "Shop"), "in person"},
    };
    if (!w.table(QStringLiteral("touchpoint"), {QStringLiteral("stage_id"), QStringLiteral("name"),
                                                QStringLiteral("channel"), QStringLiteral("sort_order")})) {
        return false;
    }
    constexpr int touchCount = int(sizeof(touches) / sizeof(touches[0]));
    for (int k = 0; k < s.stages.size(); ++k) {
        const int n = 1 + k % 3;
        for (int t = 0; t < n; ++t) {
            const Touch& touch = touches[(k * 3 + t * 5) % touchCount];
            w.row({s.stages[k], tr(touch.name), QLatin1String(touch.channel), t + 1});
        }
    }

    // Three maturity assessments: where the program started, half-way, now — getting better, unevenly.
    if (!w.table(QStringLiteral("maturity_assessment"),
                 {QStringLiteral("id"), QStringLiteral("assessed_on"), QStringLiteral("notes")})) {
        return false;
    }
    const QList<QDate> dates{s.programStart, s.programStart.addMonths(6), s.anchor.addDays(-10)};
    const QStringList notes{tr("First assessment, with the steering committee."),
                            tr("Half-way: the change board and the ambassadors are in place."),
                            tr("A year on, with the customer-advocacy council.")};
    for (int a = 0; a < dates.size(); ++a) {
        w.row({a + 1, iso(dates[a]), notes[a]});
    }
    if (!w.table(QStringLiteral("maturity_score"),
                 {QStringLiteral("assessment_id"), QStringLiteral("dimension"), QStringLiteral("score")})) {
        return false;
    }
    for (const core::MaturityQuestion& q : core::maturityQuestions()) {
        int score = rnd.between(1, 2);
        for (int a = 0; a < dates.size(); ++a) {
            w.row({a + 1, QLatin1String(q.key), score});
            score = qMin(5, score + rnd.between(0, 2));
        }
    }
    return true;
}

} // namespace tiller::app::demo
