#include "tiller/app/Decisions.h"

#include "tiller/app/Portfolio.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <map>

namespace tiller::app {

namespace {

// The order a snapshot decided: the frozen count's method for a closed round, the applied order otherwise.
QHash<QString, int> placesOf(const QJsonObject& payload)
{
    QJsonArray order = payload.value(QStringLiteral("order")).toArray();
    if (order.isEmpty()) {
        const QJsonObject count = payload.value(QStringLiteral("count")).toObject();
        const QString method = count.value(QStringLiteral("method_order")).toArray().first().toString();
        order = count.value(QStringLiteral("orders")).toObject().value(method).toArray();
    }
    QHash<QString, int> places;
    int place = 1;
    for (const QJsonValue& group : order) {
        const QJsonArray names = group.toArray();
        for (const QJsonValue& n : names) {
            places.insert(n.toString(), place);
        }
        place += int(names.size());
    }
    return places;
}

} // namespace

QJsonObject prioritisationState(const Portfolio& portfolio, const QList<core::Id>& initiatives)
{
    QJsonObject state;
    if (const core::ScoringModel* model = portfolio.activeModel()) {
        QJsonArray criteria;
        for (const core::Criterion& c : model->criteria) {
            criteria.append(QJsonObject{{QStringLiteral("name"), c.name},
                                        {QStringLiteral("side"), core::toKey(c.side)},
                                        {QStringLiteral("weight"), c.weight}});
        }
        state.insert(QStringLiteral("model"), QJsonObject{{QStringLiteral("name"), model->name},
                                                          {QStringLiteral("kind"), core::toKey(model->kind)},
                                                          {QStringLiteral("criteria"), criteria}});
        QJsonObject scores;
        const QList<core::Id> ids = initiatives;
        for (const core::Initiative& i : portfolio.initiatives()) {
            if (!ids.isEmpty() && !ids.contains(i.id)) {
                continue;
            }
            const core::Score s = portfolio.score(i.id, *model);
            if (s.complete) {
                scores.insert(i.code, s.score);
            }
        }
        state.insert(QStringLiteral("scores"), scores);
    }
    return state;
}

DecisionComparison compareDecisions(const core::DecisionSnapshot& a, const core::DecisionSnapshot& b)
{
    const QJsonObject pa = QJsonDocument::fromJson(a.payload.toUtf8()).object();
    const QJsonObject pb = QJsonDocument::fromJson(b.payload.toUtf8()).object();
    const QHash<QString, int> placesA = placesOf(pa);
    const QHash<QString, int> placesB = placesOf(pb);
    const QJsonObject scoresA = pa.value(QStringLiteral("state")).toObject().value(QStringLiteral("scores")).toObject();
    const QJsonObject scoresB = pb.value(QStringLiteral("state")).toObject().value(QStringLiteral("scores")).toObject();

    DecisionComparison out;
    QSet<QString> codes;
    for (auto it = placesA.cbegin(); it != placesA.cend(); ++it) {
        codes.insert(it.key());
    }
    for (auto it = placesB.cbegin(); it != placesB.cend(); ++it) {
        codes.insert(it.key());
    }
    for (const QString& code : std::as_const(codes)) {
        DecisionComparison::Row row{code};
        if (placesA.contains(code)) {
            row.placeA = placesA.value(code);
        }
        if (placesB.contains(code)) {
            row.placeB = placesB.value(code);
        }
        if (scoresA.contains(code)) {
            row.scoreA = scoresA.value(code).toDouble();
        }
        if (scoresB.contains(code)) {
            row.scoreB = scoresB.value(code).toDouble();
        }
        out.rows.append(row);
    }
    std::sort(out.rows.begin(), out.rows.end(), [](const auto& x, const auto& y) {
        const int bx = x.placeB.value_or(1 << 20), by = y.placeB.value_or(1 << 20);
        if (bx != by) {
            return bx < by;
        }
        const int ax = x.placeA.value_or(1 << 20), ay = y.placeA.value_or(1 << 20);
        return ax != ay ? ax < ay : x.code < y.code;
    });

    const QJsonObject modelA = pa.value(QStringLiteral("state")).toObject().value(QStringLiteral("model")).toObject();
    const QJsonObject modelB = pb.value(QStringLiteral("state")).toObject().value(QStringLiteral("model")).toObject();
    out.modelA = modelA.value(QStringLiteral("name")).toString();
    out.modelB = modelB.value(QStringLiteral("name")).toString();
    std::map<QString, std::pair<QString, QString>> weights;
    for (const QJsonValue& c : modelA.value(QStringLiteral("criteria")).toArray()) {
        weights[c.toObject().value(QStringLiteral("name")).toString()].first =
            QString::number(c.toObject().value(QStringLiteral("weight")).toDouble());
    }
    for (const QJsonValue& c : modelB.value(QStringLiteral("criteria")).toArray()) {
        weights[c.toObject().value(QStringLiteral("name")).toString()].second =
            QString::number(c.toObject().value(QStringLiteral("weight")).toDouble());
    }
    for (const auto& [name, w] : weights) {
        if (w.first != w.second) {
            out.weightChanges.append(QStringLiteral("%1: %2 → %3")
                                         .arg(name, w.first.isEmpty() ? QStringLiteral("—") : w.first,
                                              w.second.isEmpty() ? QStringLiteral("—") : w.second));
        }
    }
    return out;
}

} // namespace tiller::app
