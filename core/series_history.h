// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/chart_history_store.h"

#include <optional>

#include <QJsonDocument>
#include <QList>
#include <QString>

namespace recops::console {

/// GET /api/v1/metrics/history: one series of recopsd's rolling windows, oldest first.
struct SeriesHistory {
    QString series;  ///< request_rate, latency_p95...
    QString unit;    ///< requests_per_second, ratio, seconds
    qint64 fromMs = 0;
    qint64 toMs = 0;
    qint64 stepSeconds = 0;
    /// A point without a value is a step without requests.
    QList<SeriesSample> points;

    static std::optional<SeriesHistory> fromJson(const QJsonDocument& document, QString* error);
};

}  // namespace recops::console
