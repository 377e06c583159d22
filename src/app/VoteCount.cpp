#include "tiller/app/VoteCount.h"

#include "tiller/app/Portfolio.h"

#include <QJsonArray>

namespace tiller::app {

namespace {

constexpr core::RankMethod AllMethods[] = {core::RankMethod::Schulze, core::RankMethod::Borda,
                                           core::RankMethod::Copeland, core::RankMethod::Kemeny,
                                           core::RankMethod::InstantRunoff};

QJsonArray orderToJson(const core::Ranking& order)
{
    QJsonArray out;
    for (const QStringList& group : order) {
        out.append(QJsonArray::fromStringList(group));
    }
    return out;
}

core::Ranking orderFromJson(const QJsonArray& json)
{
    core::Ranking out;
    for (const QJsonValue& group : json) {
        QStringList names;
        for (const QJsonValue& n : group.toArray()) {
            names.append(n.toString());
        }
        out.append(names);
    }
    return out;
}

} // namespace

const core::RankResult* VoteCount::method(core::RankMethod m) const
{
    for (const auto& r : methods) {
        if (r.method == m) {
            return &r;
        }
    }
    return nullptr;
}

VoteCount countRound(const Portfolio& portfolio, const core::VotingRound& round,
                     const std::vector<core::VoterBallot>& ballots)
{
    VoteCount count;
    QHash<core::Id, QString> codes;
    for (core::Id id : round.initiatives) {
        if (const core::Initiative* i = portfolio.initiative(id)) {
            codes.insert(id, i->code);
            count.candidates.append(i->code);
        }
    }
    count.candidates.sort();
    std::vector<core::Ballot> rankBallots;
    for (const core::VoterBallot& b : ballots) {
        if (b.submitted && b.roundId == round.id) {
            rankBallots.push_back(core::toRankBallot(round, b, codes));
            ++count.ballots;
        }
    }
    if (count.ballots == 0 || count.candidates.isEmpty()) {
        return count;
    }
    QList<core::RankMethod> order{round.method};
    for (core::RankMethod m : AllMethods) {
        if (m != round.method) {
            order.append(m);
        }
    }
    for (core::RankMethod m : order) {
        auto r = core::aggregate(rankBallots, m, count.candidates);
        if (r) {
            count.methods.push_back(std::move(*r));
        } else if (m == core::RankMethod::Kemeny) {
            count.kemenyNote = QStringLiteral("more than %1 candidates").arg(core::KemenyExactLimit);
        }
    }
    if (!count.methods.empty()) {
        count.pairwise = count.methods.front().pairwise;
    }
    count.kendallW = core::kendallW(rankBallots, count.candidates);
    count.contested = core::rankSpread(rankBallots, count.candidates);
    return count;
}

QJsonObject VoteCount::toJson() const
{
    QJsonObject methodsJson;
    QJsonArray methodOrder;
    for (const auto& r : methods) {
        methodsJson.insert(core::toKey(r.method), orderToJson(r.order));
        methodOrder.append(core::toKey(r.method));
    }
    QJsonArray contestedJson;
    for (const auto& s : contested) {
        contestedJson.append(QJsonObject{{QStringLiteral("candidate"), s.candidate},
                                         {QStringLiteral("mean"), s.meanRank},
                                         {QStringLiteral("best"), s.bestRank},
                                         {QStringLiteral("worst"), s.worstRank},
                                         {QStringLiteral("stddev"), s.stddev}});
    }
    QJsonArray pairwiseJson;
    for (const auto& row : pairwise) {
        QJsonArray r;
        for (qint64 v : row) {
            r.append(double(v));
        }
        pairwiseJson.append(r);
    }
    return {{QStringLiteral("ballots"), ballots},
            {QStringLiteral("pairwise"), pairwiseJson},
            {QStringLiteral("candidates"), QJsonArray::fromStringList(candidates)},
            {QStringLiteral("method_order"), methodOrder},
            {QStringLiteral("orders"), methodsJson},
            {QStringLiteral("kendall_w"), kendallW},
            {QStringLiteral("contested"), contestedJson},
            {QStringLiteral("kemeny_note"), kemenyNote}};
}

std::optional<VoteCount> VoteCount::fromJson(const QJsonObject& json)
{
    if (!json.contains(QStringLiteral("orders"))) {
        return std::nullopt;
    }
    VoteCount c;
    c.ballots = json.value(QStringLiteral("ballots")).toInt();
    for (const QJsonValue& v : json.value(QStringLiteral("candidates")).toArray()) {
        c.candidates.append(v.toString());
    }
    const QJsonObject orders = json.value(QStringLiteral("orders")).toObject();
    for (const QJsonValue& key : json.value(QStringLiteral("method_order")).toArray()) {
        const auto m = core::rankMethodFromKey(key.toString());
        if (!m) {
            continue;
        }
        core::RankResult r;
        r.method = *m;
        r.candidates = c.candidates;
        r.order = orderFromJson(orders.value(key.toString()).toArray());
        if (!r.order.isEmpty() && r.order.first().size() == 1) {
            r.winner = r.order.first().first();
        }
        c.methods.push_back(r);
    }
    for (const QJsonValue& row : json.value(QStringLiteral("pairwise")).toArray()) {
        std::vector<qint64> r;
        for (const QJsonValue& v : row.toArray()) {
            r.push_back(qint64(v.toDouble()));
        }
        c.pairwise.push_back(std::move(r));
    }
    c.kendallW = json.value(QStringLiteral("kendall_w")).toDouble();
    for (const QJsonValue& v : json.value(QStringLiteral("contested")).toArray()) {
        const QJsonObject o = v.toObject();
        c.contested.push_back({o.value(QStringLiteral("candidate")).toString(), o.value(QStringLiteral("mean")).toDouble(),
                               o.value(QStringLiteral("best")).toDouble(), o.value(QStringLiteral("worst")).toDouble(),
                               o.value(QStringLiteral("stddev")).toDouble()});
    }
    c.kemenyNote = json.value(QStringLiteral("kemeny_note")).toString();
    return c;
}

} // namespace tiller::app
