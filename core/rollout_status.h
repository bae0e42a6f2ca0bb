// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <optional>

#include <QDateTime>
#include <QJsonDocument>
#include <QString>

namespace recops::console {

class JsonReader;

/// The live figures of one arm of a canary rollout, since figuresSinceUtc.
struct RolloutArm {
    /// "default@2".
    QString modelVersion;
    qint64 requests = 0;
    qint64 errors = 0;
    double errorRate = 0.0;
    double p50Ms = 0.0;
    double p95Ms = 0.0;
    double p99Ms = 0.0;
    qint64 engagements = 0;
    double clickThrough = 0.0;

    static RolloutArm read(JsonReader& reader);
    friend bool operator==(const RolloutArm&, const RolloutArm&) = default;
};

/**
 * GET /api/v1/rollout/status: whether a candidate version takes a share of the serving
 * model's traffic, and how each arm does.
 */
struct RolloutStatus {
    QString model;
    bool active = false;
    int candidateVersion = 0;
    double percent = 0.0;
    QDateTime startedAtUtc;
    QString startedBy;
    /// The candidate is loaded and takes its share; false while it loads or failed to.
    bool candidateServing = false;
    RolloutArm production;
    RolloutArm candidate;
    QDateTime figuresSinceUtc;

    static std::optional<RolloutStatus> fromJson(const QJsonDocument& document, QString* error);
};

}  // namespace recops::console
