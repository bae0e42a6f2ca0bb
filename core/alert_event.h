// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <optional>

#include <QDateTime>
#include <QJsonDocument>
#include <QList>
#include <QString>

namespace recops::console {

/// One entry of an alert's history: a transition, an acknowledgment or an escalation step.
struct AlertEvent {
    qint64 id = 0;
    QString alertId;
    QString rule;
    QString severity;
    /// pending, firing, resolved, cleared, acknowledged, escalated
    QString kind;
    QDateTime atUtc;
    /// A token's name, or "recopsd".
    QString actor;
    QString detail;

    friend bool operator==(const AlertEvent&, const AlertEvent&) = default;
};

/// GET /api/v1/alerts/history: newest first; nextBefore pages back when the page was full.
struct AlertHistory {
    QList<AlertEvent> events;
    std::optional<qint64> nextBefore;

    static std::optional<AlertHistory> fromJson(const QJsonDocument& document, QString* error);
};

}  // namespace recops::console
