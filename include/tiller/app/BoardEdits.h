// The change board's actions as ChangeSets (one undoable command each): submit and qualify requests, schedule a
// session with its agenda, decide each request, close the session. Portfolio::submit checks the rules.
#pragma once

#include "tiller/app/Changes.h"

#include <QCoreApplication>
#include <QDate>

namespace tiller::app {

class Portfolio;

class BoardEdits
{
    Q_DECLARE_TR_FUNCTIONS(BoardEdits)
public:
    static const QString SessionKind; // "change_board"

    // A new request (a code is given when it has none), submitted on `request.submittedOn` (today if unset).
    static ChangeSet submitRequest(const Portfolio& p, core::ChangeRequest request);
    // A returned request sent back after the submitter completed it.
    static ChangeSet resubmit(const Portfolio& p, core::Id requestId);

    enum class Outcome { Qualified, Returned, Rejected };
    // The qualification's outcome with its checklist; returned or rejected ones need a note and tell the
    // submitter. A qualified request goes on the agenda of the next open session, if one is planned.
    static ChangeSet qualify(const Portfolio& p, core::Id requestId, int checklist, Outcome outcome,
                             const QString& note);

    // Likely duplicates of a request among the initiatives and the other requests, best first.
    struct Duplicate
    {
        QString kind; // "initiative" or "request"
        core::Id id = 0;
        QString code;
        QString title;
        double score = 0;
    };
    static std::vector<Duplicate> likelyDuplicates(const Portfolio& p, const core::ChangeRequest& request,
                                                   int limit = 5);

    // The date the cadence proposes for the next session.
    static QDate proposedDate(const Portfolio& p);
    // Another session is held that month: the new one needs a reason.
    static bool needsReason(const Portfolio& p, QDate date, core::Id self = 0);
    // The session still open (not closed) that is soonest; 0 when none.
    static core::Id openSession(const Portfolio& p);
    // A new session on `date` with the agenda the rules gather (qualified since the last one, deferred ones due).
    static ChangeSet scheduleSession(const Portfolio& p, QDate date, const QString& reason,
                                     const QList<core::Id>& attendees);
    // Adds to an open session's agenda what was qualified since it was scheduled.
    static ChangeSet gatherAgenda(const Portfolio& p, core::Id sessionId);
    static ChangeSet setAttendees(const Portfolio& p, core::Id sessionId, QList<core::Id> attendees);
    static ChangeSet setNotes(const Portfolio& p, core::Id sessionId, const QString& notes);

    struct Approval
    {
        enum class Target { NewInitiative, ExistingBin, NewBin };
        int priority = 0;
        QDate deadline;
        QString resources;
        Target target = Target::NewInitiative;
        core::Id binId = 0; // ExistingBin
        QString reason;     // optional
    };
    // Approves: a new initiative is created from the request (in the chosen bin, or in a new bin made from it);
    // the submitter and the bin's owner are told.
    static ChangeSet approve(const Portfolio& p, core::Id sessionId, core::Id requestId, const Approval& approval);
    static ChangeSet defer(const Portfolio& p, core::Id sessionId, core::Id requestId, QDate to,
                           const QString& reason);
    static ChangeSet reject(const Portfolio& p, core::Id sessionId, core::Id requestId, const QString& reason);
    // Takes back a decision of an open session (and the initiative or bin it created, while untouched).
    static ChangeSet withdraw(const Portfolio& p, core::Id sessionId, core::Id requestId);
    // Closes the session: its decisions become final; undecided requests wait for the next session.
    static ChangeSet closeSession(const Portfolio& p, core::Id sessionId);

    // The session's name in the app's words: "Change board of 12 March 2027".
    static QString sessionTitle(const core::Meeting& session);
};

} // namespace tiller::app
