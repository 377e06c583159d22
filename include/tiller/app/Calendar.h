// The program's dates as iCalendar (RFC 5545): task deadlines, charter phases and meetings, for calendar apps.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace tiller::app {

class Portfolio;

class Calendar
{
public:
    // A VCALENDAR with one all-day VEVENT per task deadline ("task-ID@tiller"), charter phase
    // ("phase-ID@tiller", DTEND the day after its last day) and meeting ("meeting-ID@tiller"). `stamp` is
    // the DTSTAMP of every event (the time of the export). CRLF line ends, folded lines, UTF-8.
    static QByteArray toIcs(const Portfolio& portfolio, const QDateTime& stamp);
    // How many events toIcs writes.
    static int eventCount(const Portfolio& portfolio);

    // TEXT value escaping: backslash, semicolon, comma and newlines (RFC 5545 3.3.11).
    static QString escapeText(const QString& text);
    // One content line folded at 75 octets without splitting a UTF-8 character, CRLF SP between parts,
    // CRLF at the end (RFC 5545 3.1).
    static QByteArray foldLine(const QString& line);
};

} // namespace tiller::app
