#include "tiller/app/Calendar.h"

#include "tiller/app/Portfolio.h"

#include <QCoreApplication>

namespace tiller::app {

namespace {

class CalendarText
{
    Q_DECLARE_TR_FUNCTIONS(Calendar)
};

QByteArray date(QDate d)
{
    return d.toString(QStringLiteral("yyyyMMdd")).toLatin1();
}

bool continuation(char c)
{
    return (static_cast<unsigned char>(c) & 0xc0) == 0x80;
}

struct Event
{
    QString uid;
    QDate start;
    QDate endExclusive;
    QString summary;
    QString description;
    QStringList categories;
};

QByteArray vevent(const Event& e, const QByteArray& stamp)
{
    QByteArray out;
    out += Calendar::foldLine(QStringLiteral("BEGIN:VEVENT"));
    out += Calendar::foldLine(QStringLiteral("UID:") + e.uid);
    out += "DTSTAMP:" + stamp + "\r\n";
    out += "DTSTART;VALUE=DATE:" + date(e.start) + "\r\n";
    out += "DTEND;VALUE=DATE:" + date(e.endExclusive) + "\r\n";
    out += Calendar::foldLine(QStringLiteral("SUMMARY:") + Calendar::escapeText(e.summary));
    if (!e.description.isEmpty()) {
        out += Calendar::foldLine(QStringLiteral("DESCRIPTION:") + Calendar::escapeText(e.description));
    }
    if (!e.categories.isEmpty()) {
        QStringList escaped;
        for (const QString& c : e.categories) {
            escaped.append(Calendar::escapeText(c));
        }
        out += Calendar::foldLine(QStringLiteral("CATEGORIES:") + escaped.join(QLatin1Char(',')));
    }
    out += "TRANSP:TRANSPARENT\r\n"; // a deadline or a phase does not make anyone busy
    out += Calendar::foldLine(QStringLiteral("END:VEVENT"));
    return out;
}

std::vector<Event> events(const Portfolio& p)
{
    std::vector<Event> out;
    for (const core::Task& t : p.tasks()) {
        if (!t.due.isValid()) {
            continue;
        }
        const core::ProjectBin* bin = p.bin(t.binId);
        const core::Person* owner = p.person(t.ownerId);
        QStringList about;
        if (bin) {
            about.append(CalendarText::tr("Bin: %1 %2").arg(bin->code, bin->name));
        }
        if (owner) {
            about.append(CalendarText::tr("Owner: %1").arg(owner->name));
        }
        if (t.status == core::TaskStatus::Done) {
            about.append(CalendarText::tr("Done"));
        }
        out.push_back({QStringLiteral("task-%1@tiller").arg(t.id),
                       t.due,
                       t.due.addDays(1),
                       CalendarText::tr("Due: %1").arg(t.title),
                       about.join(QLatin1Char('\n')),
                       {CalendarText::tr("Deadline")}});
    }
    for (const core::CharterPhase& ph : p.allPhases()) {
        const QDate start = ph.start.isValid() ? ph.start : ph.end;
        if (!start.isValid()) {
            continue;
        }
        const QDate last = ph.end.isValid() && ph.end >= start ? ph.end : start;
        const core::ProjectBin* bin = p.bin(ph.binId);
        out.push_back({QStringLiteral("phase-%1@tiller").arg(ph.id),
                       start,
                       last.addDays(1),
                       bin ? QStringLiteral("%1 · %2").arg(bin->code, ph.name) : ph.name,
                       bin ? CalendarText::tr("Phase of %1 %2").arg(bin->code, bin->name) : QString(),
                       {CalendarText::tr("Phase")}});
    }
    for (const core::Meeting& m : p.meetings()) {
        if (!m.heldOn.isValid()) {
            continue;
        }
        QStringList about;
        if (!m.notes.isEmpty()) {
            about.append(m.notes);
        }
        if (!m.decisions.isEmpty()) {
            about.append(CalendarText::tr("Decisions: %1").arg(m.decisions));
        }
        QStringList names;
        for (core::Id id : m.attendees) {
            if (const core::Person* person = p.person(id)) {
                names.append(person->name);
            }
        }
        if (!names.isEmpty()) {
            about.append(CalendarText::tr("Attendees: %1").arg(names.join(QLatin1String(", "))));
        }
        out.push_back({QStringLiteral("meeting-%1@tiller").arg(m.id),
                       m.heldOn,
                       m.heldOn.addDays(1),
                       m.title.isEmpty() ? m.kind : m.title,
                       about.join(QLatin1Char('\n')),
                       {CalendarText::tr("Meeting")}});
    }
    return out;
}

} // namespace

QString Calendar::escapeText(const QString& text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == QLatin1Char('\\') || c == QLatin1Char(';') || c == QLatin1Char(',')) {
            out += QLatin1Char('\\');
            out += c;
        } else if (c == QLatin1Char('\r')) {
            if (i + 1 < text.size() && text[i + 1] == QLatin1Char('\n')) {
                ++i;
            }
            out += QLatin1String("\\n");
        } else if (c == QLatin1Char('\n')) {
            out += QLatin1String("\\n");
        } else if (c.unicode() < 0x20 && c != QLatin1Char('\t')) {
            // other controls are not allowed in TEXT: dropped
        } else {
            out += c;
        }
    }
    return out;
}

QByteArray Calendar::foldLine(const QString& line)
{
    const QByteArray utf8 = line.toUtf8();
    QByteArray out;
    qsizetype start = 0;
    int limit = 75; // the first line; continuation lines carry a leading space, so 74 octets of content
    while (utf8.size() - start > limit) {
        qsizetype cut = start + limit;
        while (cut > start && continuation(utf8[cut])) {
            --cut; // never inside a UTF-8 sequence
        }
        out += utf8.mid(start, cut - start) + "\r\n ";
        start = cut;
        limit = 74;
    }
    out += utf8.mid(start) + "\r\n";
    return out;
}

int Calendar::eventCount(const Portfolio& portfolio)
{
    return int(events(portfolio).size());
}

QByteArray Calendar::toIcs(const Portfolio& portfolio, const QDateTime& stamp)
{
    const QByteArray dtstamp = stamp.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
    QByteArray out;
    out += "BEGIN:VCALENDAR\r\n";
    out += "VERSION:2.0\r\n";
    out += "PRODID:-//Tiller//Tiller " + QCoreApplication::applicationVersion().toLatin1() + "//EN\r\n";
    out += "CALSCALE:GREGORIAN\r\n";
    out += "METHOD:PUBLISH\r\n";
    if (!portfolio.program().name.isEmpty()) {
        out += foldLine(QStringLiteral("X-WR-CALNAME:") + escapeText(portfolio.program().name));
    }
    for (const Event& e : events(portfolio)) {
        out += vevent(e, dtstamp);
    }
    out += "END:VCALENDAR\r\n";
    return out;
}

} // namespace tiller::app
