// iCalendar export: escaping, folding, and the sample program's file read by a real parser (python3-icalendar).
#include "tiller/app/Calendar.h"

#include "AppFixture.h"
#include "PythonTools.h"

#include <QSignalSpy>

using namespace tiller;
using test::PortfolioFixture;

TEST_CASE("iCalendar text escapes backslashes semicolons commas and newlines")
{
    CHECK(app::Calendar::escapeText(QStringLiteral("a,b;c\\d\ne\r\nf")) == QStringLiteral("a\\,b\\;c\\\\d\\ne\\nf"));
    CHECK(app::Calendar::escapeText(QStringLiteral("plain: text")) == QStringLiteral("plain: text"));
}

TEST_CASE("iCalendar lines fold at 75 octets without splitting a UTF-8 character")
{
    const QString line = QStringLiteral("SUMMARY:") + QString(30, QChar(0x00e9)) + QString(40, QLatin1Char('x')) +
                         QString(30, QChar(0x20ac));
    const QByteArray folded = app::Calendar::foldLine(line);
    CHECK(folded.endsWith("\r\n"));
    const QList<QByteArray> parts = folded.chopped(2).split('\n');
    REQUIRE(parts.size() > 1);
    QByteArray unfolded;
    for (int i = 0; i < parts.size(); ++i) {
        QByteArray part = parts[i];
        if (part.endsWith('\r')) {
            part.chop(1);
        }
        CHECK(part.size() <= 75);
        if (i > 0) {
            REQUIRE(part.startsWith(' '));
            part.remove(0, 1);
        }
        CHECK(!QString::fromUtf8(part).contains(QChar::ReplacementCharacter));
        unfolded += part;
    }
    CHECK(QString::fromUtf8(unfolded) == line);
    CHECK(app::Calendar::foldLine(QStringLiteral("SHORT:x")) == "SHORT:x\r\n");
}

TEST_CASE("the sample program exports as an iCalendar file a real parser reads")
{
    PortfolioFixture f;
    // A task whose title needs every escape and a fold.
    const core::ProjectBin& bin = f.p().bins().front();
    core::Task t;
    t.binId = bin.id;
    t.title = QStringLiteral("Call Anaïs, then Jörg; check C:\\exports and the long tail of the title that folds — "
                             "déjà vu, naïve café");
    t.ownerId = bin.ownerId;
    t.due = QDate(2026, 6, 12);
    app::ChangeSet add;
    add.tasks.push_back({std::nullopt, t});
    QSignalSpy added(&f.p(), &app::Portfolio::taskAdded);
    REQUIRE(f.p().submit(QStringLiteral("Add task"), add));
    const core::Id id = added.first().at(0).toLongLong();
    // The sample has its bins' phases and one meeting (its past change-board session): add one of each.
    const auto meetingsBefore = f.p().meetings().size();
    const auto phasesBefore = f.p().allPhases().size();
    core::CharterPhase phase;
    phase.binId = bin.id;
    phase.name = QStringLiteral("Pilot; then roll-out");
    phase.start = QDate(2026, 6, 15);
    phase.end = QDate(2026, 6, 30);
    core::Meeting meeting;
    meeting.kind = QStringLiteral("weekly_review");
    meeting.heldOn = QDate(2026, 6, 5);
    meeting.title = QStringLiteral("Weekly review, week 23");
    meeting.notes = QStringLiteral("Two tasks slipped.\nOne blocker: access to the CRM.");
    meeting.attendees = {bin.ownerId};
    app::ChangeSet plan;
    plan.phases.push_back({std::nullopt, phase});
    plan.meetings.push_back({std::nullopt, meeting});
    REQUIRE(f.p().submit(QStringLiteral("Plan"), plan));
    REQUIRE(f.p().allPhases().size() == phasesBefore + 1);
    REQUIRE(f.p().meetings().size() == meetingsBefore + 1);
    const core::Id phaseId = std::find_if(f.p().allPhases().begin(), f.p().allPhases().end(), [](const auto& ph) {
                                 return ph.name == QLatin1String("Pilot; then roll-out");
                             })->id;
    const core::Id meetingId = std::find_if(f.p().meetings().begin(), f.p().meetings().end(), [](const auto& m) {
                                   return m.kind == QLatin1String("weekly_review");
                               })->id;

    int expected = 0;
    for (const auto& task : f.p().tasks()) {
        expected += task.due.isValid();
    }
    for (const auto& ph : f.p().allPhases()) {
        expected += ph.start.isValid() || ph.end.isValid();
    }
    for (const auto& m : f.p().meetings()) {
        expected += m.heldOn.isValid();
    }
    CHECK(app::Calendar::eventCount(f.p()) == expected);

    const QByteArray ics = app::Calendar::toIcs(f.p(), QDateTime(QDate(2026, 6, 1), QTime(9, 0), Qt::UTC));
    CHECK(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:"));
    CHECK(ics.contains("CALSCALE:GREGORIAN\r\n"));
    CHECK(ics.endsWith("END:VCALENDAR\r\n"));
    for (const QByteArray& line : ics.split('\n')) {
        CHECK(line.size() <= 76); // 75 octets and the CR
        CHECK((line.isEmpty() || line.endsWith('\r')));
    }
    CHECK(ics.contains("UID:task-" + QByteArray::number(id) + "@tiller\r\n"));
    CHECK(ics.contains("DTSTART;VALUE=DATE:20260612\r\nDTEND;VALUE=DATE:20260613\r\n"));
    // A phase spans its days: DTEND is the day after its last one (exclusive).
    CHECK(ics.contains(
        "UID:phase-" + QByteArray::number(phaseId) +
        "@tiller\r\nDTSTAMP:20260601T090000Z\r\nDTSTART;VALUE=DATE:20260615\r\nDTEND;VALUE=DATE:20260701\r\n"));
    CHECK(ics.contains("DESCRIPTION:Two tasks slipped.\\nOne blocker: access to the CRM."));

    test::TempDir tmp;
    const QString path = tmp.path(QStringLiteral("program.ics"));
    test::writeFile(path, ics);
    test::requirePythonModule(QStringLiteral("icalendar"), QStringLiteral("python3-icalendar"));
    static const char* script = R"(
import sys, icalendar
with open(sys.argv[1], 'rb') as f:
    cal = icalendar.Calendar.from_ical(f.read())
events = cal.walk('VEVENT')
print(len(events))
for e in events:
    print(str(e['UID']) + '\t' + e.decoded('DTSTART').isoformat() + '\t' + e.decoded('DTEND').isoformat()
          + '\t' + str(e['SUMMARY']))
)";
    const test::PythonRun r = test::runPython({QStringLiteral("-c"), QString::fromLatin1(script), path});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    const QStringList lines = QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(!lines.isEmpty());
    CHECK(lines.first().toInt() == expected);
    CHECK(lines.contains(QStringLiteral("task-%1@tiller\t2026-06-12\t2026-06-13\tDue: %2").arg(id).arg(t.title)));
    CHECK(lines.contains(QStringLiteral("phase-%1@tiller\t2026-06-15\t2026-07-01\t%2 · Pilot; then roll-out")
                             .arg(phaseId)
                             .arg(bin.code)));
    CHECK(lines.contains(
        QStringLiteral("meeting-%1@tiller\t2026-06-05\t2026-06-06\tWeekly review, week 23").arg(meetingId)));
}
