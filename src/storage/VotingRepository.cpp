#include "tiller/storage/VotingRepository.h"

#include "RepositorySupport.h"
#include "tiller/storage/Database.h"

#include <QHash>

namespace tiller::storage {

using namespace detail;

namespace {

QString isoTime(const QDateTime& t) { return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString(); }
QVariant nullableText(const QString& s) { return s.isEmpty() ? QVariant(QMetaType::fromType<qint64>()) : QVariant(s); }

QStringList roundColumns()
{
    return {QStringLiteral("name"),      QStringLiteral("description"),   QStringLiteral("method"),
            QStringLiteral("ballot_kind"), QStringLiteral("status"),      QStringLiteral("opened_at"),
            QStringLiteral("deadline"),  QStringLiteral("closed_at"),     QStringLiteral("points_budget"),
            QStringLiteral("points_cap"), QStringLiteral("result"),       QStringLiteral("reopened")};
}

QVariantList roundValues(const core::VotingRound& r)
{
    return {r.name.trimmed(),
            r.description,
            core::toKey(r.method),
            core::toKey(r.kind),
            core::toKey(r.status),
            nullableText(isoTime(r.openedAt)),
            nullableText(r.deadline.isValid() ? r.deadline.toString(Qt::ISODate) : QString()),
            nullableText(isoTime(r.closedAt)),
            r.pointsBudget,
            r.pointsCap,
            nullableText(r.result),
            r.reopened};
}

} // namespace

Result<std::vector<core::VotingRound>> VotingRepository::loadRounds()
{
    DatabasePrivate* d = m_db.d();
    auto rounds = selectAll<core::VotingRound>(
        d,
        QStringLiteral("SELECT id, name, description, method, ballot_kind, status, opened_at, deadline, closed_at, "
                       "points_budget, points_cap, result, reopened, version FROM voting_round ORDER BY id"),
        [](QSqlQuery& q) {
            core::VotingRound r;
            r.id = q.value(0).toLongLong();
            r.name = q.value(1).toString();
            r.description = q.value(2).toString();
            r.method = core::rankMethodFromKey(q.value(3).toString()).value_or(core::RankMethod::Schulze);
            r.kind = core::ballotKindFromKey(q.value(4).toString()).value_or(core::BallotKind::Ranking);
            r.status = core::roundStatusFromKey(q.value(5).toString()).value_or(core::RoundStatus::Open);
            r.openedAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs);
            r.deadline = QDate::fromString(q.value(7).toString(), Qt::ISODate);
            r.closedAt = QDateTime::fromString(q.value(8).toString(), Qt::ISODateWithMs);
            r.pointsBudget = q.value(9).toInt();
            r.pointsCap = q.value(10).toInt();
            r.result = q.value(11).toString();
            r.reopened = q.value(12).toInt();
            r.version = q.value(13).toLongLong();
            return r;
        });
    if (!rounds) {
        return rounds;
    }
    QHash<core::Id, core::VotingRound*> byId;
    for (auto& r : *rounds) {
        byId.insert(r.id, &r);
    }
    for (const auto& [table, column] : {std::pair{QStringLiteral("round_initiative"), QStringLiteral("initiative_id")},
                                        std::pair{QStringLiteral("round_voter"), QStringLiteral("person_id")}}) {
        auto links = selectAll<std::pair<core::Id, core::Id>>(
            d, QStringLiteral("SELECT round_id, %1 FROM %2 ORDER BY round_id, %1").arg(column, table),
            [](QSqlQuery& q) { return std::pair{q.value(0).toLongLong(), q.value(1).toLongLong()}; });
        if (!links) {
            return unexpected(links.error());
        }
        for (const auto& [round, id] : *links) {
            if (core::VotingRound* r = byId.value(round)) {
                (table == QLatin1String("round_initiative") ? r->initiatives : r->voters).append(id);
            }
        }
    }
    return rounds;
}

Status VotingRepository::writeRoundLists(const core::VotingRound& round)
{
    DatabasePrivate* d = m_db.d();
    StorageError error;
    for (const auto& [table, column, ids] :
         {std::tuple{QStringLiteral("round_initiative"), QStringLiteral("initiative_id"), round.initiatives},
          std::tuple{QStringLiteral("round_voter"), QStringLiteral("person_id"), round.voters}}) {
        QSqlQuery del = d->query();
        del.prepare(QStringLiteral("DELETE FROM %1 WHERE round_id = ?").arg(table));
        del.addBindValue(round.id);
        if (!d->exec(del, &error)) {
            return unexpected(error);
        }
        QSqlQuery ins = d->query();
        ins.prepare(QStringLiteral("INSERT INTO %1 (round_id, %2) VALUES (?, ?)").arg(table, column));
        for (core::Id id : ids) {
            ins.addBindValue(round.id);
            ins.addBindValue(id);
            if (!d->exec(ins, &error)) {
                return unexpected(error);
            }
        }
    }
    return {};
}

Status VotingRepository::insertRound(core::VotingRound& round)
{
    DatabasePrivate* d = m_db.d();
    if (auto s = insertRow(d, QStringLiteral("voting_round"), roundColumns(), roundValues(round), round.id); !s) {
        return s;
    }
    round.version = 1;
    if (auto s = writeRoundLists(round); !s) {
        return s;
    }
    StorageError error;
    if (!d->audit(QStringLiteral("voting_round"), round.id, QString(), QString(), round.name, &error)) {
        return unexpected(error);
    }
    return {};
}

Status VotingRepository::updateRound(const core::VotingRound& before, core::VotingRound& after)
{
    DatabasePrivate* d = m_db.d();
    if (auto s = updateRow(d, QStringLiteral("voting_round"), roundColumns(), roundValues(after), before.id,
                           before.version);
        !s) {
        return s;
    }
    if (before.initiatives != after.initiatives || before.voters != after.voters) {
        if (auto s = writeRoundLists(after); !s) {
            return s;
        }
    }
    AuditDiff diff(d, QStringLiteral("voting_round"), before.id);
    diff.add("name", before.name, after.name);
    diff.add("status", core::toKey(before.status), core::toKey(after.status));
    diff.add("method", core::toKey(before.method), core::toKey(after.method));
    diff.add("reopened", before.reopened, after.reopened);
    diff.add("initiatives", before.initiatives, after.initiatives);
    diff.add("voters", before.voters, after.voters);
    StorageError error;
    if (!diff.write(&error)) {
        return unexpected(error);
    }
    after.version = before.version + 1;
    return {};
}

Status VotingRepository::removeRound(const core::VotingRound& round)
{
    DatabasePrivate* d = m_db.d();
    if (auto s = deleteRow(d, QStringLiteral("voting_round"), round.id, round.version); !s) {
        return s;
    }
    StorageError error;
    if (!d->audit(QStringLiteral("voting_round"), round.id, QString(), round.name, QString(), &error)) {
        return unexpected(error);
    }
    return {};
}

Result<std::vector<core::VoterBallot>> VotingRepository::loadBallots(core::Id roundId)
{
    DatabasePrivate* d = m_db.d();
    QSqlQuery q = d->query();
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, voter_id, status, submitted_at, version FROM ballot WHERE round_id = ? "
                             "ORDER BY id"));
    q.addBindValue(roundId);
    StorageError error;
    if (!d->exec(q, &error)) {
        return unexpected(error);
    }
    std::vector<core::VoterBallot> out;
    QHash<core::Id, std::size_t> index;
    while (q.next()) {
        core::VoterBallot b;
        b.id = q.value(0).toLongLong();
        b.roundId = roundId;
        b.voterId = q.value(1).toLongLong();
        b.submitted = q.value(2).toString() == QLatin1String("submitted");
        b.submittedAt = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
        b.version = q.value(4).toLongLong();
        index.insert(b.id, out.size());
        out.push_back(b);
    }
    QSqlQuery e = d->query();
    e.setForwardOnly(true);
    e.prepare(QStringLiteral("SELECT e.ballot_id, e.initiative_id, e.rank_value, e.points, e.moscow FROM ballot_entry e "
                             "JOIN ballot b ON b.id = e.ballot_id WHERE b.round_id = ? ORDER BY e.ballot_id, e.rank_value, "
                             "e.initiative_id"));
    e.addBindValue(roundId);
    if (!d->exec(e, &error)) {
        return unexpected(error);
    }
    while (e.next()) {
        const auto at = index.constFind(e.value(0).toLongLong());
        if (at == index.cend()) {
            continue;
        }
        core::BallotEntry entry;
        entry.initiativeId = e.value(1).toLongLong();
        entry.rank = e.value(2).toInt();
        entry.points = e.value(3).toInt();
        entry.moscow = e.value(4).isNull() ? std::nullopt : core::moscowFromKey(e.value(4).toString());
        out[*at].entries.append(entry);
    }
    return out;
}

Status VotingRepository::writeEntries(const core::VoterBallot& ballot)
{
    DatabasePrivate* d = m_db.d();
    StorageError error;
    QSqlQuery del = d->query();
    del.prepare(QStringLiteral("DELETE FROM ballot_entry WHERE ballot_id = ?"));
    del.addBindValue(ballot.id);
    if (!d->exec(del, &error)) {
        return unexpected(error);
    }
    QSqlQuery ins = d->query();
    ins.prepare(QStringLiteral(
        "INSERT INTO ballot_entry (ballot_id, initiative_id, rank_value, points, moscow) VALUES (?, ?, ?, ?, ?)"));
    for (const core::BallotEntry& e : ballot.entries) {
        ins.addBindValue(ballot.id);
        ins.addBindValue(e.initiativeId);
        ins.addBindValue(e.rank);
        ins.addBindValue(e.points);
        ins.addBindValue(e.moscow ? QVariant(core::toKey(*e.moscow)) : QVariant(QMetaType::fromType<qint64>()));
        if (!d->exec(ins, &error)) {
            return unexpected(error);
        }
    }
    return {};
}

static QStringList ballotColumns()
{
    return {QStringLiteral("round_id"), QStringLiteral("voter_id"), QStringLiteral("status"),
            QStringLiteral("submitted_at")};
}

static QVariantList ballotValues(const core::VoterBallot& b)
{
    return {b.roundId, b.voterId, b.submitted ? QStringLiteral("submitted") : QStringLiteral("draft"),
            nullableText(isoTime(b.submittedAt))};
}

Status VotingRepository::insertBallot(core::VoterBallot& ballot)
{
    DatabasePrivate* d = m_db.d();
    if (auto s = insertRow(d, QStringLiteral("ballot"), ballotColumns(), ballotValues(ballot), ballot.id); !s) {
        return s;
    }
    ballot.version = 1;
    if (auto s = writeEntries(ballot); !s) {
        return s;
    }
    // The audit names the ballot, not its content: a vote stays private until the round closes.
    StorageError error;
    if (!d->audit(QStringLiteral("ballot"), ballot.id, QStringLiteral("status"), QString(),
                  ballot.submitted ? QStringLiteral("submitted") : QStringLiteral("draft"), &error)) {
        return unexpected(error);
    }
    return {};
}

Status VotingRepository::updateBallot(const core::VoterBallot& before, core::VoterBallot& after)
{
    DatabasePrivate* d = m_db.d();
    if (auto s = updateRow(d, QStringLiteral("ballot"), ballotColumns(), ballotValues(after), before.id, before.version);
        !s) {
        return s;
    }
    if (auto s = writeEntries(after); !s) {
        return s;
    }
    StorageError error;
    if (!d->audit(QStringLiteral("ballot"), before.id, QStringLiteral("status"),
                  before.submitted ? QStringLiteral("submitted") : QStringLiteral("draft"),
                  after.submitted ? QStringLiteral("submitted") : QStringLiteral("draft"), &error)) {
        return unexpected(error);
    }
    after.version = before.version + 1;
    return {};
}

Status VotingRepository::removeBallot(const core::VoterBallot& ballot)
{
    DatabasePrivate* d = m_db.d();
    if (auto s = deleteRow(d, QStringLiteral("ballot"), ballot.id, ballot.version); !s) {
        return s;
    }
    StorageError error;
    if (!d->audit(QStringLiteral("ballot"), ballot.id, QString(), QStringLiteral("ballot"), QString(), &error)) {
        return unexpected(error);
    }
    return {};
}

} // namespace tiller::storage
