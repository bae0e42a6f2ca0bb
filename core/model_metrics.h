// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace recops::console {

class JsonReader;

/// Whether a larger value of a metric is an improvement.
enum class MetricDirection {
    HigherIsBetter,  ///< precision, recall, NDCG, MAP, coverage...
    LowerIsBetter,   ///< Gini (how concentrated recommendations are on few items)
    Neutral,         ///< counts such as users: a difference is neither better nor worse
};

/// The metrics of one slice of the evaluation users ("new_users").
struct MetricCohort {
    QString name;
    /// How the slice is defined: "fewer than 20 training interactions".
    QString definition;
    QMap<QString, double> metrics;

    friend bool operator==(const MetricCohort&, const MetricCohort&) = default;
};

/**
 * A version's metrics.json: the overall figures at k, each cohort's, and the whole
 * document for what the console does not interpret (the split, timings).
 */
struct ModelMetrics {
    int k = 0;
    QMap<QString, double> overall;
    QList<MetricCohort> cohorts;
    QJsonObject document;

    const MetricCohort* cohort(const QString& name) const;

    /// Reads metrics.json from @p reader's object; fields it does not know are kept.
    static ModelMetrics read(JsonReader& reader);
    /// Which way @p metric ("ndcg@10") improves.
    static MetricDirection direction(const QString& metric);
    /// @p metrics in the order tables show them: what the promotion gates read first
    /// (NDCG, precision, recall, MAP), then coverage and Gini, then the rest by name.
    static QStringList ordered(QStringList metrics);
    /// Every metric name of @p metrics, overall and in every cohort.
    QStringList names() const;

    friend bool operator==(const ModelMetrics&, const ModelMetrics&) = default;
};

}  // namespace recops::console
