#include "tiller/core/ChangeBoard.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace tiller::core {

namespace {

// Stop words, accent-folded as significantWords() sees them. Words of one or two letters are dropped anyway.
const QSet<QString>& stopWords()
{
    static const QSet<QString> words = [] {
        // clang-format off
        const char* const list[] = {
            // English
            "the", "and", "for", "with", "from", "into", "onto", "our", "ours", "their", "theirs", "this", "that",
            "these", "those", "are", "was", "were", "been", "being", "have", "has", "had", "having", "does", "did",
            "doing", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "not", "but", "nor",
            "yet", "all", "any", "both", "each", "few", "more", "most", "other", "some", "such", "only", "own", "same",
            "than", "too", "very", "just", "also", "about", "above", "below", "after", "before", "again", "further",
            "then", "once", "here", "there", "when", "where", "why", "how", "what", "which", "who", "whom", "whose",
            "its", "his", "her", "hers", "him", "she", "they", "them", "you", "your", "yours", "itself",
            "over", "under", "out", "off", "down", "upon", "through", "during", "between", "against", "within",
            "without", "because", "while", "until", "per", "via", "etc",
            // French
            "les", "des", "une", "uns", "unes", "pour", "avec", "dans", "sur", "sous", "par", "aux", "est", "sont",
            "etre", "ete", "etait", "etaient", "avoir", "ont", "avait", "avaient", "nous", "vous", "leur", "leurs",
            "ces", "cet", "cette", "ceux", "celle", "celles", "celui", "qui", "que", "quoi", "dont", "quel", "quelle",
            "quels", "quelles", "mais", "donc", "car", "pas", "plus", "moins", "tres", "trop", "peu", "tout", "tous",
            "toute", "toutes", "son", "ses", "mon", "mes", "ton", "tes", "notre", "nos", "votre", "vos", "elle",
            "elles", "ils", "lui", "eux", "moi", "toi", "soi", "meme", "memes", "autre", "autres", "chez", "entre",
            "vers", "sans", "selon", "depuis", "pendant", "avant", "apres", "lors", "comme", "ainsi", "aussi", "alors",
            "encore", "deja", "fait", "faire", "peut", "doit", "afin", "quand", "comment", "pourquoi", "ici", "cela",
            "ceci", "non", "oui", "chaque", "certains", "certaines", "plusieurs",
        };
        // clang-format on
        QSet<QString> s;
        for (const char* w : list) {
            s.insert(QLatin1String(w));
        }
        return s;
    }();
    return words;
}

// Lower case with the accents taken off: "Éléments" → "elements", "œuvre" → "oeuvre".
QString folded(const QString& text)
{
    const QString decomposed = text.toLower().normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing) {
            continue;
        }
        // Ligatures that have no decomposition.
        if (c == QChar(0x0153)) {
            out += QLatin1String("oe");
        } else if (c == QChar(0x00E6)) {
            out += QLatin1String("ae");
        } else if (c == QChar(0x00DF)) {
            out += QLatin1String("ss");
        } else {
            out += c;
        }
    }
    return out;
}

bool digitsOnly(const QString& word)
{
    return std::all_of(word.cbegin(), word.cend(), [](QChar c) { return c.isDigit(); });
}

// The light stemming: French "-aux" plurals to "-al" ("canaux" → "canal"), then a trailing "s" off a word longer
// than three letters unless it ends "ss" ("journeys" → "journey", "factures" → "facture", "process" stays).
QString stemmed(QString word)
{
    if (word.size() > 5 && word.endsWith(QLatin1String("aux"))) {
        word.chop(3);
        return word + QLatin1String("al");
    }
    if (word.size() > 3 && word.endsWith(QLatin1Char('s')) && !word.endsWith(QLatin1String("ss"))) {
        word.chop(1);
    }
    return word;
}

// Sublinear term frequency: a word said three times weighs more than once, not three times more.
double termFrequency(int count) { return 1.0 + std::log(double(count)); }

} // namespace

// Rules, in order: lower case and fold accents; split on anything that is not a letter or a digit (so "l'accueil"
// gives "l" and "accueil"); drop words of one or two characters, digits-only words and stop words (checked before
// stemming, the list holds the plural forms it needs); stem what remains.
QStringList significantWords(const QString& text)
{
    const QString f = folded(text);
    QStringList out;
    QString word;
    const auto flush = [&] {
        if (word.size() > 2 && !digitsOnly(word) && !stopWords().contains(word)) {
            out.append(stemmed(word));
        }
        word.clear();
    };
    for (const QChar c : f) {
        if (c.isLetterOrNumber()) {
            word += c;
        } else {
            flush();
        }
    }
    flush();
    return out;
}

SimilarityIndex::SimilarityIndex(const QStringList& documents)
{
    std::vector<QStringList> words;
    words.reserve(std::size_t(documents.size()));
    QList<int> df;
    for (const QString& d : documents) {
        words.push_back(significantWords(d));
        QSet<int> seen;
        for (const QString& w : words.back()) {
            auto it = m_terms.constFind(w);
            if (it == m_terms.cend()) {
                it = m_terms.insert(w, int(m_terms.size()));
                df.append(0);
            }
            if (!seen.contains(*it)) {
                seen.insert(*it);
                ++df[*it];
            }
        }
    }
    // Smoothed idf: a word in every document still counts a little, none is infinite.
    const double n = double(documents.size());
    m_idf.reserve(df.size());
    for (const int f : df) {
        m_idf.append(std::log((1.0 + n) / (1.0 + f)) + 1.0);
    }
    m_vectors.reserve(words.size());
    for (const QStringList& w : words) {
        m_vectors.push_back(vectorOf(w));
    }
}

SimilarityIndex::Vector SimilarityIndex::vectorOf(const QStringList& words) const
{
    QHash<int, int> known;
    QHash<QString, int> unknown;
    for (const QString& w : words) {
        const auto it = m_terms.constFind(w);
        if (it != m_terms.cend()) {
            ++known[*it];
        } else {
            ++unknown[w];
        }
    }
    Vector v;
    double squares = 0;
    for (auto it = known.cbegin(); it != known.cend(); ++it) {
        const double weight = termFrequency(it.value()) * m_idf.at(it.key());
        v.terms.append({it.key(), weight});
        squares += weight * weight;
    }
    // A word no document has weighs as if its df were 0: it adds nothing to any dot product but lengthens the
    // query, so a text mostly about something else scores low.
    // (Only queries have unknown words: by then m_vectors holds every document.)
    const double unknownIdf = std::log(1.0 + double(m_vectors.size())) + 1.0;
    for (auto it = unknown.cbegin(); it != unknown.cend(); ++it) {
        const double weight = termFrequency(it.value()) * unknownIdf;
        squares += weight * weight;
    }
    std::sort(v.terms.begin(), v.terms.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    v.norm = std::sqrt(squares);
    return v;
}

std::vector<SimilarText> SimilarityIndex::mostSimilar(const QString& text, int limit, double threshold, int skip) const
{
    std::vector<SimilarText> out;
    if (limit <= 0) {
        return out;
    }
    const Vector q = vectorOf(significantWords(text));
    if (q.norm <= 0) {
        return out;
    }
    for (int i = 0; i < size(); ++i) {
        const Vector& d = m_vectors[std::size_t(i)];
        if (i == skip || d.norm <= 0) {
            continue;
        }
        // Both term lists are sorted: merge them.
        double dot = 0;
        auto a = q.terms.cbegin(), b = d.terms.cbegin();
        while (a != q.terms.cend() && b != d.terms.cend()) {
            if (a->first < b->first) {
                ++a;
            } else if (b->first < a->first) {
                ++b;
            } else {
                dot += a->second * b->second;
                ++a;
                ++b;
            }
        }
        const double score = std::clamp(dot / (q.norm * d.norm), 0.0, 1.0); // rounding may pass 1
        // Nothing in common is never "similar", even with a threshold of 0.
        if (score > 0 && score >= threshold) {
            out.push_back({i, score});
        }
    }
    std::sort(out.begin(), out.end(), [](const SimilarText& a, const SimilarText& b) {
        return a.score != b.score ? a.score > b.score : a.index < b.index;
    });
    if (out.size() > std::size_t(limit)) {
        out.resize(std::size_t(limit));
    }
    return out;
}

int suggestedChecks(const ChangeRequest& r)
{
    int checks = 0;
    if (!r.title.trimmed().isEmpty() && !r.description.trimmed().isEmpty() && r.submitterId != 0) {
        checks |= CheckComplete;
    }
    if (r.pillarId != 0) {
        checks |= CheckInStrategy;
    }
    if (r.estBenefit > 0 && r.estCost > 0 && r.estEffortDays > 0) {
        checks |= CheckEstimated;
    }
    return checks;
}

int missingChecks(int checklist) { return AllQualificationChecks & ~checklist; }

namespace {

// The last `weekday` (1 = Monday) of the month starting on `first`.
QDate lastWeekdayOfMonth(QDate first, int weekday)
{
    const QDate end = first.addDays(first.daysInMonth() - 1);
    return end.addDays(-((end.dayOfWeek() - weekday + 7) % 7));
}

} // namespace

QDate followingSession(QDate from, BoardCadence cadence)
{
    if (!from.isValid()) {
        return {};
    }
    int months = 0;
    switch (cadence) {
    case BoardCadence::Weekly:
        return from.addDays(7);
    case BoardCadence::Fortnightly:
        return from.addDays(14);
    case BoardCadence::Monthly:
        months = 1;
        break;
    case BoardCadence::Bimonthly:
        months = 2;
        break;
    case BoardCadence::Quarterly:
        months = 3;
        break;
    }
    const int weekday = from.dayOfWeek();
    const int rank = (from.day() - 1) / 7 + 1;
    const bool last = from.day() + 7 > from.daysInMonth();
    const QDate first = QDate(from.year(), from.month(), 1).addMonths(months);
    const int day = 1 + (weekday - first.dayOfWeek() + 7) % 7 + 7 * (rank - 1);
    // The last one stays last; a fifth one the target month lacks becomes its last.
    if (last || day > first.daysInMonth()) {
        return lastWeekdayOfMonth(first, weekday);
    }
    return {first.year(), first.month(), day};
}

QDate proposeNextSession(const QList<QDate>& pastSessions, QDate today, BoardCadence cadence)
{
    if (!today.isValid()) {
        return {};
    }
    QDate latest;
    for (const QDate& d : pastSessions) {
        if (d.isValid() && (!latest.isValid() || d > latest)) {
            latest = d;
        }
    }
    if (!latest.isValid()) {
        // No rhythm yet: give people a week's notice, on a working day.
        QDate d = today.addDays(7);
        while (d.dayOfWeek() > 5) {
            d = d.addDays(1);
        }
        return d;
    }
    // Every step moves on at least a week, so this ends.
    QDate next = followingSession(latest, cadence);
    while (next.isValid() && next < today) {
        next = followingSession(next, cadence);
    }
    return next;
}

bool anotherSessionThatMonth(const std::vector<Meeting>& sessions, QDate date, Id self)
{
    if (!date.isValid()) {
        return false;
    }
    return std::any_of(sessions.cbegin(), sessions.cend(), [&](const Meeting& m) {
        return m.id != self && m.heldOn.isValid() && m.heldOn.year() == date.year() && m.heldOn.month() == date.month();
    });
}

QList<Id> agendaFor(const std::vector<ChangeRequest>& requests, QDate date, const QList<Id>& openSessions)
{
    const QSet<Id> open(openSessions.cbegin(), openSessions.cend());
    QList<Id> out;
    for (const ChangeRequest& r : requests) {
        // A request left on a closed session's agenda without a decision comes back; one on an open agenda is
        // already there.
        const bool qualified =
            r.status == RequestStatus::Qualified && (r.sessionId == 0 || !open.contains(r.sessionId));
        const bool due = r.status == RequestStatus::Deferred && r.deferredTo.isValid() && r.deferredTo <= date;
        if (qualified || due) {
            out.append(r.id);
        }
    }
    return out;
}

} // namespace tiller::core
