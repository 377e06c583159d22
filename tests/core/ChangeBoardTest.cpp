#include "TestSupport.h"
#include "tiller/core/ChangeBoard.h"

#include <catch2/catch.hpp>

using namespace tiller::core;

namespace {

ChangeRequest request(Id id, RequestStatus status, Id session = 0, QDate deferredTo = {})
{
    ChangeRequest r;
    r.id = id;
    r.status = status;
    r.sessionId = session;
    r.deferredTo = deferredTo;
    return r;
}

Meeting session(Id id, QDate heldOn)
{
    Meeting m;
    m.id = id;
    m.kind = QStringLiteral("change_board");
    m.heldOn = heldOn;
    return m;
}

QList<int> indexes(const std::vector<SimilarText>& found)
{
    QList<int> out;
    for (const SimilarText& s : found) {
        out.append(s.index);
    }
    return out;
}

} // namespace

TEST_CASE("significant words fold accents and drop French stop words", "[changeboard]")
{
    const QStringList words = significantWords(QStringLiteral("Améliorer l'accueil des clients en agence"));
    CHECK(words == QStringList{QStringLiteral("ameliorer"), QStringLiteral("accueil"), QStringLiteral("client"),
                               QStringLiteral("agence")});
    CHECK(!words.contains(QStringLiteral("des")));
    CHECK(!words.contains(QStringLiteral("en")));
    CHECK(!words.contains(QStringLiteral("l")));
    // Upper case and accents fold to the same word as plain lower case.
    CHECK(significantWords(QStringLiteral("ÉLÉPHANT Crème Œuvre")) ==
          QStringList{QStringLiteral("elephant"), QStringLiteral("creme"), QStringLiteral("oeuvre")});
    CHECK(significantWords(QStringLiteral("Les factures pour nous")) == QStringList{QStringLiteral("facture")});
}

TEST_CASE("significant words stem plurals and drop short and digits-only words", "[changeboard]")
{
    CHECK(significantWords(QStringLiteral("journeys")) == QStringList{QStringLiteral("journey")});
    CHECK(significantWords(QStringLiteral("journeys")) == significantWords(QStringLiteral("Journey")));
    CHECK(significantWords(QStringLiteral("process")) == QStringList{QStringLiteral("process")}); // "ss" stays
    CHECK(significantWords(QStringLiteral("bus")) == QStringList{QStringLiteral("bus")});         // too short
    CHECK(significantWords(QStringLiteral("canaux")) == significantWords(QStringLiteral("canal")));
    CHECK(significantWords(QStringLiteral("2026 budget Q3 covid19")) ==
          QStringList{QStringLiteral("budget"), QStringLiteral("covid19")});
    CHECK(significantWords(QStringLiteral("The and of, for this!")).isEmpty());
    CHECK(significantWords(QString()).isEmpty());
}

TEST_CASE("significant words of SQL-looking punctuation are plain words", "[changeboard]")
{
    CHECK(significantWords(QStringLiteral("'; DROP TABLE initiative; --")) ==
          QStringList{QStringLiteral("drop"), QStringLiteral("table"), QStringLiteral("initiative")});
    CHECK(significantWords(QStringLiteral("\"'();--/**/%_\\")).isEmpty());
}

TEST_CASE("the similarity index finds the initiative a request duplicates", "[changeboard]")
{
    const SimilarityIndex index(QStringList{
        QStringLiteral("Migrate payroll to the new HR platform"),
        QStringLiteral("Loyalty points for frequent travellers"),
        QStringLiteral("Simplify claims form online. Fewer fields, the policy number filled in"),
        QStringLiteral("Call-centre staff training on claims handling"),
        QStringLiteral("Branch opening hours on Saturdays"),
        QStringLiteral("Replace the data warehouse servers"),
        QStringLiteral("Customer satisfaction survey after each call"),
    });
    REQUIRE(index.size() == 7);
    const auto found = index.mostSimilar(QStringLiteral("Simplify the online claims form"));
    REQUIRE(!found.empty());
    CHECK(found[0].index == 2);
    CHECK(found[0].score > 0.5);
    CHECK(found[0].score <= 1.0);
    // The training on claims handling shares one word: far behind, under the default threshold.
    const auto all = index.mostSimilar(QStringLiteral("Simplify the online claims form"), 5, 0.0);
    CHECK(indexes(all) == QList<int>{2, 3});
    REQUIRE(all.size() == 2);
    CHECK(all[1].score < 0.25);
    // Nothing in common: nothing above the default threshold.
    CHECK(index.mostSimilar(QStringLiteral("Renew the car fleet leasing contract")).empty());
    // The document itself scores 1, unless left out.
    const QString self = QStringLiteral("Simplify claims form online. Fewer fields, the policy number filled in");
    REQUIRE(!index.mostSimilar(self).empty());
    CHECK(index.mostSimilar(self)[0].index == 2);
    CHECK(index.mostSimilar(self)[0].score == Approx(1.0));
    CHECK(!indexes(index.mostSimilar(self, 5, 0.0, 2)).contains(2));
}

TEST_CASE("the similarity index honours limit - threshold and ties", "[changeboard]")
{
    const SimilarityIndex index(QStringList{
        QStringLiteral("Claims form"), QStringLiteral("Branch opening hours"), QStringLiteral("Claims form"),
        QStringLiteral("Claims handling training"),
        QString(), // an empty document is never found
    });
    // Both identical documents tie: the lower index first.
    CHECK(indexes(index.mostSimilar(QStringLiteral("claims form"), 5, 0.0)) == QList<int>{0, 2, 3});
    CHECK(indexes(index.mostSimilar(QStringLiteral("claims form"), 2, 0.0)) == QList<int>{0, 2});
    CHECK(indexes(index.mostSimilar(QStringLiteral("claims form"), 1, 0.0)) == QList<int>{0});
    CHECK(index.mostSimilar(QStringLiteral("claims form"), 0, 0.0).empty());
    // A high threshold keeps only the identical ones.
    CHECK(indexes(index.mostSimilar(QStringLiteral("claims form"), 5, 0.99)) == QList<int>{0, 2});
    CHECK(indexes(index.mostSimilar(QStringLiteral("claims form"), 5, 0.0, 0)) == QList<int>{2, 3});
    // Words no document has lengthen the query: the score drops.
    const auto plain = index.mostSimilar(QStringLiteral("claims form"), 1, 0.0);
    const auto padded = index.mostSimilar(QStringLiteral("claims form quantum giraffe saxophone"), 1, 0.0);
    REQUIRE(plain.size() == 1);
    REQUIRE(padded.size() == 1);
    CHECK(padded[0].score < plain[0].score);
}

TEST_CASE("an empty similarity index or an empty query finds nothing", "[changeboard]")
{
    const SimilarityIndex empty(QStringList{});
    CHECK(empty.size() == 0);
    CHECK(empty.mostSimilar(QStringLiteral("claims form"), 5, 0.0).empty());
    const SimilarityIndex blanks(QStringList{QString(), QStringLiteral("the and of")});
    CHECK(blanks.mostSimilar(QStringLiteral("claims form"), 5, 0.0).empty());
    const SimilarityIndex index(QStringList{QStringLiteral("Claims form")});
    CHECK(index.mostSimilar(QString(), 5, 0.0).empty());
    CHECK(index.mostSimilar(QStringLiteral("the, and; of!"), 5, 0.0).empty());
}

TEST_CASE("the checks a request's fields satisfy are suggested - never not-a-duplicate", "[changeboard]")
{
    ChangeRequest r;
    r.title = QStringLiteral("Simplify the claims form");
    r.description = QStringLiteral("Customers give up half-way through.");
    r.submitterId = 7;
    r.pillarId = 2;
    r.estBenefit = 120'000;
    r.estCost = 40'000;
    r.estEffortDays = 30;
    CHECK(suggestedChecks(r) == (CheckComplete | CheckInStrategy | CheckEstimated));
    CHECK(missingChecks(suggestedChecks(r)) == CheckNotDuplicate);

    ChangeRequest blank = r;
    blank.description = QStringLiteral("   \n");
    CHECK(suggestedChecks(blank) == (CheckInStrategy | CheckEstimated));
    ChangeRequest anonymous = r;
    anonymous.submitterId = 0;
    CHECK((suggestedChecks(anonymous) & CheckComplete) == 0);
    ChangeRequest noEffort = r;
    noEffort.estEffortDays = 0;
    noEffort.pillarId = 0;
    CHECK(suggestedChecks(noEffort) == CheckComplete);
    CHECK(missingChecks(suggestedChecks(noEffort)) == (CheckInStrategy | CheckNotDuplicate | CheckEstimated));

    CHECK(suggestedChecks(ChangeRequest{}) == 0);
    CHECK(missingChecks(0) == AllQualificationChecks);
    CHECK(missingChecks(AllQualificationChecks) == 0);
}

TEST_CASE("the following session keeps the weekday and its rank in the month", "[changeboard]")
{
    // Tue 10 March 2026 is the second Tuesday: then Tue 14 April, Tue 12 May two months on.
    CHECK(followingSession({2026, 3, 10}, BoardCadence::Monthly) == QDate(2026, 4, 14));
    CHECK(followingSession({2026, 3, 10}, BoardCadence::Bimonthly) == QDate(2026, 5, 12));
    CHECK(followingSession({2026, 12, 8}, BoardCadence::Monthly) == QDate(2027, 1, 12)); // across the year end
    // Fri 30 January 2026 is the last Friday: the last Friday of February is the 27th (its fourth).
    CHECK(followingSession({2026, 1, 30}, BoardCadence::Monthly) == QDate(2026, 2, 27));
    CHECK(followingSession({2026, 5, 29}, BoardCadence::Monthly) == QDate(2026, 6, 26));
    // Tue 29 December 2026 is a fifth Tuesday: January 2027 has four, the last is the 26th.
    CHECK(followingSession({2026, 12, 29}, BoardCadence::Monthly) == QDate(2027, 1, 26));
    // Tue 3 November 2026, the first Tuesday: a quarter later, Tue 2 February 2027.
    CHECK(followingSession({2026, 11, 3}, BoardCadence::Quarterly) == QDate(2027, 2, 2));
    CHECK(followingSession({2026, 3, 10}, BoardCadence::Weekly) == QDate(2026, 3, 17));
    CHECK(followingSession({2026, 3, 10}, BoardCadence::Fortnightly) == QDate(2026, 3, 24));
    CHECK(followingSession({2026, 12, 29}, BoardCadence::Weekly) == QDate(2027, 1, 5));
    CHECK(!followingSession({}, BoardCadence::Monthly).isValid());
    CHECK(!followingSession({}, BoardCadence::Weekly).isValid());
}

TEST_CASE("the proposed next session follows the cadence or gives a week's notice on a working day", "[changeboard]")
{
    // No session yet: a week from a Friday is a Friday; a week from a weekend day is the Monday after.
    CHECK(proposeNextSession({}, {2026, 3, 13}, BoardCadence::Monthly) == QDate(2026, 3, 20));
    CHECK(proposeNextSession({}, {2026, 3, 15}, BoardCadence::Monthly) == QDate(2026, 3, 23));
    CHECK(proposeNextSession({}, {2026, 3, 14}, BoardCadence::Weekly) == QDate(2026, 3, 23));
    CHECK(proposeNextSession({QDate()}, {2026, 3, 13}, BoardCadence::Monthly) == QDate(2026, 3, 20));
    // The latest of the past sessions, second Tuesdays, long ago: the first second Tuesday on or after today.
    const QList<QDate> past{{2025, 1, 14}, QDate(), {2024, 6, 11}};
    CHECK(proposeNextSession(past, {2026, 3, 13}, BoardCadence::Monthly) == QDate(2026, 4, 14));
    CHECK(proposeNextSession(past, {2026, 3, 10}, BoardCadence::Monthly) == QDate(2026, 3, 10)); // today is fine
    CHECK(proposeNextSession(past, {2026, 3, 11}, BoardCadence::Quarterly) == QDate(2026, 4, 14));
    CHECK(proposeNextSession({{2026, 3, 3}}, {2026, 3, 12}, BoardCadence::Weekly) == QDate(2026, 3, 17));
    // A session held today: the next one is a step on.
    CHECK(proposeNextSession({{2026, 3, 10}}, {2026, 3, 10}, BoardCadence::Fortnightly) == QDate(2026, 3, 24));
    CHECK(!proposeNextSession(past, {}, BoardCadence::Monthly).isValid());
}

TEST_CASE("another session in the same month is noticed - the session itself excluded", "[changeboard]")
{
    const std::vector<Meeting> sessions{session(1, {2026, 3, 10}), session(2, {2026, 4, 14})};
    CHECK(anotherSessionThatMonth(sessions, {2026, 3, 24}));
    CHECK(anotherSessionThatMonth(sessions, {2026, 3, 24}, 2));
    CHECK(!anotherSessionThatMonth(sessions, {2026, 3, 24}, 1)); // moving session 1 within its own month
    CHECK(!anotherSessionThatMonth(sessions, {2027, 3, 10}));    // same month, another year
    CHECK(!anotherSessionThatMonth(sessions, {2026, 5, 12}));
    CHECK(!anotherSessionThatMonth({}, {2026, 3, 24}));
}

TEST_CASE("the agenda holds qualified requests on no open agenda and deferred ones whose date has come",
          "[changeboard]")
{
    const QDate held(2026, 4, 14);
    const QList<Id> open{6};
    const std::vector<ChangeRequest> requests{
        request(5, RequestStatus::Deferred, 0, {2026, 4, 1}),   // deferred to before the session: back
        request(1, RequestStatus::Qualified),                   // on no agenda
        request(2, RequestStatus::Qualified, 4),                // left on closed session 4's agenda
        request(3, RequestStatus::Qualified, 6),                // already on open session 6's agenda
        request(4, RequestStatus::Deferred, 0, {2026, 5, 1}),   // not yet
        request(12, RequestStatus::Deferred, 0, {2026, 4, 14}), // deferred to that very day
        request(7, RequestStatus::Deferred),                    // no date: not by itself
        request(8, RequestStatus::Submitted),
        request(9, RequestStatus::Returned),
        request(10, RequestStatus::Approved),
        request(11, RequestStatus::Rejected, 4),
    };
    CHECK(agendaFor(requests, held, open) == QList<Id>{5, 1, 2, 12});
    // Once session 4 is open again, request 2 is on its agenda and not repeated.
    CHECK(agendaFor(requests, held, {4, 6}) == QList<Id>{5, 1, 12});
    CHECK(agendaFor(requests, {2026, 3, 31}, open) == QList<Id>{1, 2});
    CHECK(agendaFor({}, held, open).isEmpty());
}
