// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <optional>

#include <QDateTime>
#include <QJsonDocument>
#include <QList>
#include <QString>

namespace recops::console {

/// One multi-window burn rate of an SLO: the bad ratio over a window ÷ the allowed ratio.
struct SloBurnRate {
    QString windows;  ///< "1h/5m", "6h/30m", "3d/6h"
    qint64 longWindowSeconds = 0;
    qint64 shortWindowSeconds = 0;
    std::optional<double> longRate;
    std::optional<double> shortRate;

    friend bool operator==(const SloBurnRate&, const SloBurnRate&) = default;
};

/// One SLO of GET /api/v1/slo. Every figure is empty while its window holds no request.
struct SloReport {
    QString name;  ///< availability, latency_p95, latency_p99, error_rate
    QString description;
    QString kind;  ///< availability, latency, error_rate
    double objective = 0.0;
    qint64 windowSeconds = 0;
    qint64 requests = 0;
    std::optional<double> sli;
    std::optional<double> goodRatio;
    std::optional<double> errorBudgetRemaining;  ///< 1 untouched, 0 spent, negative overspent
    std::optional<bool> met;
    std::optional<double> latencyThresholdMs;  ///< latency SLOs only
    QList<SloBurnRate> burnRates;

    /// The highest burn rate of any window; empty when none is known.
    std::optional<double> fastestBurn() const;

    friend bool operator==(const SloReport&, const SloReport&) = default;
};

/// GET /api/v1/slo.
struct SloReportList {
    QDateTime evaluatedAtUtc;
    QList<SloReport> slos;

    /// The SLO called @p name; nullptr when the server has none such.
    const SloReport* find(const QString& name) const;

    static std::optional<SloReportList> fromJson(const QJsonDocument& document, QString* error);
};

}  // namespace recops::console
