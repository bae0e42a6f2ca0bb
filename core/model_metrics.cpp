// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "core/model_metrics.h"

#include "core/json_reader.h"

#include <algorithm>

namespace recops::console {

namespace {

QMap<QString, double> numbersOf(const QJsonObject& object) {
    QMap<QString, double> numbers;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.value().isDouble()) {
            numbers.insert(it.key(), it.value().toDouble());
        }
    }
    return numbers;
}

int metricRank(const QString& metric) {
    static const QStringList first = {QStringLiteral("ndcg"),     QStringLiteral("precision"),
                                      QStringLiteral("recall"),   QStringLiteral("map"),
                                      QStringLiteral("coverage"), QStringLiteral("gini")};
    const qsizetype rank = first.indexOf(metric.section(u'@', 0, 0).toLower());
    return rank < 0 ? static_cast<int>(first.size()) : static_cast<int>(rank);
}

}  // namespace

QStringList ModelMetrics::ordered(QStringList metrics) {
    std::sort(metrics.begin(), metrics.end(), [](const QString& left, const QString& right) {
        const int leftRank = metricRank(left);
        const int rightRank = metricRank(right);
        return leftRank != rightRank ? leftRank < rightRank : left < right;
    });
    return metrics;
}

QStringList ModelMetrics::names() const {
    QStringList all = overall.keys();
    for (const MetricCohort& slice : cohorts) {
        for (const QString& name : slice.metrics.keys()) {
            if (!all.contains(name)) {
                all.append(name);
            }
        }
    }
    return ordered(all);
}

const MetricCohort* ModelMetrics::cohort(const QString& name) const {
    for (const MetricCohort& candidate : cohorts) {
        if (candidate.name == name) {
            return &candidate;
        }
    }
    return nullptr;
}

ModelMetrics ModelMetrics::read(JsonReader& reader) {
    ModelMetrics metrics;
    metrics.document = reader.object();
    metrics.k = static_cast<int>(reader.optionalInteger(u"k").value_or(0));
    metrics.overall = numbersOf(reader.optionalObject(u"overall"));
    const QJsonObject cohorts = reader.optionalObject(u"cohorts");
    for (auto it = cohorts.constBegin(); it != cohorts.constEnd() && reader.ok(); ++it) {
        if (!it.value().isObject()) {
            reader.fail(JsonReader::tr("%1 is not an object")
                            .arg(reader.pathOf(QString(QStringLiteral("cohorts.") + it.key()))));
            break;
        }
        const QJsonObject cohort = it.value().toObject();
        metrics.cohorts.append(
            MetricCohort{it.key(), cohort.value(QLatin1StringView("definition")).toString(),
                         numbersOf(cohort.value(QLatin1StringView("metrics")).toObject())});
    }
    return metrics;
}

MetricDirection ModelMetrics::direction(const QString& metric) {
    const QString name = metric.section(u'@', 0, 0).toLower();
    static const QStringList higher = {QStringLiteral("precision"), QStringLiteral("recall"),
                                       QStringLiteral("ndcg"),      QStringLiteral("map"),
                                       QStringLiteral("coverage"),  QStringLiteral("hit_rate"),
                                       QStringLiteral("mrr"),       QStringLiteral("auc")};
    static const QStringList lower = {QStringLiteral("gini")};
    if (higher.contains(name)) {
        return MetricDirection::HigherIsBetter;
    }
    if (lower.contains(name)) {
        return MetricDirection::LowerIsBetter;
    }
    return MetricDirection::Neutral;
}

}  // namespace recops::console
