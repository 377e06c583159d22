// The change board's rules as plain functions: likely duplicates by text similarity, the qualification
// checklist, the next session's date from the cadence, and what goes on a session's agenda.
#pragma once

#include "tiller/core/Entities.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <vector>

namespace tiller::core {

// ---- Likely duplicates ----

// The words that carry meaning: lower case, accents folded (é → e), punctuation and digits-only words dropped,
// English and French stop words dropped, a light plural/suffix stemming ("journeys" → "journey",
// "factures" → "facture"). Words of one or two letters are dropped.
QStringList significantWords(const QString& text);

struct SimilarText
{
    int index = 0;      // into the documents given to the index
    double score = 0;   // cosine similarity of TF-IDF vectors, 0..1
    bool operator==(const SimilarText&) const = default;
};

// TF-IDF over a set of documents (initiatives' and requests' titles and descriptions).
class SimilarityIndex
{
public:
    explicit SimilarityIndex(const QStringList& documents);
    // The documents most like `text`, best first, at most `limit`, each scoring at least `threshold`.
    // `skip` leaves one document out (the request itself).
    std::vector<SimilarText> mostSimilar(const QString& text, int limit = 5, double threshold = 0.25,
                                         int skip = -1) const;
    int size() const { return int(m_vectors.size()); }

private:
    struct Vector
    {
        QList<QPair<int, double>> terms; // term index → weight, sorted by term
        double norm = 0;
    };
    Vector vectorOf(const QStringList& words) const;
    QHash<QString, int> m_terms;
    QList<double> m_idf;
    std::vector<Vector> m_vectors;
};

// ---- Qualification ----

// The checks the request's own fields already satisfy (complete: title, description and submitter;
// in strategy: a pillar; estimated: benefit, cost and effort). "Not a duplicate" is a person's call.
int suggestedChecks(const ChangeRequest& r);
// The checks still missing from a checklist (AllQualificationChecks when none is ticked).
int missingChecks(int checklist);

// ---- Board sessions ----

// The date after `from` on the cadence: weekly +7 days, fortnightly +14; monthly, bimonthly and quarterly keep
// the weekday and its rank in the month ("the second Tuesday"), the last one staying last.
QDate followingSession(QDate from, BoardCadence cadence);
// The next session to propose: on the cadence from the latest past session (repeated until it is on or after
// `today`); with no past session, the first working day a week from `today`.
QDate proposeNextSession(const QList<QDate>& pastSessions, QDate today, BoardCadence cadence);
// Another session than `self` is held in the same calendar month as `date` (such a session needs a reason).
bool anotherSessionThatMonth(const std::vector<Meeting>& sessions, QDate date, Id self = 0);

// The requests that belong on the agenda of a session held on `date`: qualified and on no open agenda, and
// deferred ones whose date has come (deferredTo on or before `date`). `openSessions` are the sessions not closed.
QList<Id> agendaFor(const std::vector<ChangeRequest>& requests, QDate date, const QList<Id>& openSessions);

} // namespace tiller::core
