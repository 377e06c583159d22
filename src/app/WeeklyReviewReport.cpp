#include "tiller/app/WeeklyReviewReport.h"

#include "tiller/app/Portfolio.h"

#include <QLocale>

namespace tiller::app {

namespace {

// Markdown treats a few characters specially: keep titles literal.
QString literal(QString s)
{
    for (const char* c : {"\\", "*", "_", "`", "#", "[", "]", "<", ">"}) {
        s.replace(QLatin1String(c), QLatin1String("\\") + QLatin1String(c));
    }
    return s;
}

QString taskLine(const Portfolio& p, core::Id id)
{
    const core::Task* t = p.task(id);
    if (!t) {
        return {};
    }
    const core::ProjectBin* b = p.bin(t->binId);
    const core::Person* owner = p.person(t->ownerId);
    QString line = QStringLiteral("- %1 — %2, %3").arg(literal(t->title), b ? b->code : QString(),
                                                        owner ? literal(owner->name) : WeeklyReviewReport::tr("nobody"));
    if (t->due.isValid()) {
        line += WeeklyReviewReport::tr(", due %1").arg(QLocale().toString(t->due, QLocale::ShortFormat));
    }
    if (t->status == core::TaskStatus::Blocked && !t->blockedReason.isEmpty()) {
        line += WeeklyReviewReport::tr(" — blocked: %1").arg(literal(t->blockedReason));
    }
    return line + QLatin1Char('\n');
}

QString section(const Portfolio& p, const QString& title, const QList<core::Id>& ids, const QString& none)
{
    QString out = QStringLiteral("## %1 (%2)\n\n").arg(title).arg(ids.size());
    if (ids.isEmpty()) {
        return out + none + QStringLiteral("\n\n");
    }
    for (core::Id id : ids) {
        out += taskLine(p, id);
    }
    return out + QLatin1Char('\n');
}

QString body(const Portfolio& p, const core::WeeklyReview& r)
{
    QString out;
    out += section(p, WeeklyReviewReport::tr("Successes to celebrate"), r.completed,
                   WeeklyReviewReport::tr("Nothing was completed this week."));
    out += section(p, WeeklyReviewReport::tr("Slipped"), r.slipped, WeeklyReviewReport::tr("Nothing slipped."));
    out += section(p, WeeklyReviewReport::tr("Blockers"), r.blocked, WeeklyReviewReport::tr("No blockers."));
    out += QStringLiteral("## %1\n\n").arg(WeeklyReviewReport::tr("Weekly objectives"));
    if (r.objectives.empty()) {
        out += WeeklyReviewReport::tr("No objectives were set for this week.") + QStringLiteral("\n\n");
    }
    for (const core::PersonObjectives& o : r.objectives) {
        const core::Person* person = p.person(o.person);
        out += QStringLiteral("- **%1**: %2\n")
                   .arg(person ? literal(person->name) : QString(),
                        WeeklyReviewReport::tr("%1 met, %2 missed").arg(o.met.size()).arg(o.missed.size()));
        for (core::Id id : o.missed) {
            if (const core::Task* t = p.task(id)) {
                out += QStringLiteral("  - %1 %2\n").arg(WeeklyReviewReport::tr("missed:"), literal(t->title));
            }
        }
    }
    out += QLatin1Char('\n');
    out += section(p, WeeklyReviewReport::tr("Next week's objectives"), r.nextWeek,
                   WeeklyReviewReport::tr("None set yet."));
    return out;
}

} // namespace

QString WeeklyReviewReport::weekTitle(const QString& week)
{
    const auto monday = core::weekMonday(week);
    if (!monday) {
        return week;
    }
    const QDate sunday = monday->addDays(6);
    const QLocale locale;
    return tr("Week %1, %2 – %3")
        .arg(monday->weekNumber())
        .arg(locale.toString(*monday, QStringLiteral("d MMMM")), locale.toString(sunday, QStringLiteral("d MMMM yyyy")));
}

QString WeeklyReviewReport::agenda(const Portfolio& portfolio, const core::WeeklyReview& review)
{
    return QStringLiteral("# %1 — %2\n\n").arg(tr("Weekly review agenda"), weekTitle(review.week)) +
           QStringLiteral("%1\n\n").arg(literal(portfolio.program().name)) + body(portfolio, review);
}

QString WeeklyReviewReport::minutes(const Portfolio& portfolio, const core::WeeklyReview& review,
                                    const core::Meeting& record)
{
    QString out = QStringLiteral("# %1 — %2\n\n").arg(tr("Weekly review minutes"), weekTitle(review.week));
    out += QStringLiteral("%1 · %2\n\n")
               .arg(literal(portfolio.program().name), QLocale().toString(record.heldOn, QLocale::LongFormat));
    QStringList names;
    for (core::Id id : record.attendees) {
        if (const core::Person* p = portfolio.person(id)) {
            names.append(literal(p->name));
        }
    }
    out += QStringLiteral("**%1** %2\n\n").arg(tr("Attendees:"), names.isEmpty() ? tr("not recorded") : names.join(QStringLiteral(", ")));
    out += body(portfolio, review);
    out += QStringLiteral("## %1\n\n%2\n\n").arg(tr("Notes"), record.notes.trimmed().isEmpty() ? tr("None.") : record.notes.trimmed());
    out += QStringLiteral("## %1\n\n%2\n").arg(tr("Decisions"),
                                               record.decisions.trimmed().isEmpty() ? tr("None.") : record.decisions.trimmed());
    return out;
}

const core::Meeting* WeeklyReviewReport::recordOf(const Portfolio& portfolio, const QString& week)
{
    const auto monday = core::weekMonday(week);
    for (const core::Meeting& m : portfolio.meetings()) {
        if (m.kind == meetingKind() && monday && core::weekKey(m.heldOn) == week) {
            return &m;
        }
    }
    return nullptr;
}

} // namespace tiller::app
