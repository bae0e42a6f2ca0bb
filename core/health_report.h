// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace recops::console {

/**
 * recopsd's answer to GET /healthz:
 * `{"status":"healthy","version":"0.1.0","uptime_seconds":12.5,"model":{...}|null,
 *   "store":{...}}`.
 *
 * The model and store objects are kept as JSON: the server adds fields as it grows and the
 * console shows whatever it reports, without a release of its own.
 */
struct HealthReport {
    Q_DECLARE_TR_FUNCTIONS(HealthReport)

public:
    QString status;
    QString version;
    double uptimeSeconds = 0.0;
    /// The serving model, or nullopt when the server reports `"model": null`.
    std::optional<QJsonObject> model;
    QJsonObject store;

    bool isHealthy() const { return status == u"healthy"; }

    /// Parses a /healthz body; on failure returns nullopt and says why in @p error.
    static std::optional<HealthReport> fromJson(const QJsonDocument& document, QString* error);
};

/// "3 d 4 h", "2 h 5 min", "42 s": an uptime for humans.
QString formatDuration(double seconds);

}  // namespace recops::console
