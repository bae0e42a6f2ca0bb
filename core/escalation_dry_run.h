// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <optional>

#include <QDateTime>
#include <QJsonDocument>
#include <QList>
#include <QString>

namespace recops::console {

/// Someone a dry-run step pages, and through what.
struct DryRunContact {
    QString id;
    QString name;
    QString role;
    QString channel;  ///< slack, pagerduty, alertmanager; empty: no webhook (not reachable)

    friend bool operator==(const DryRunContact&, const DryRunContact&) = default;
};

/// One step of a dry run: a level of a cycle, when it pages and whether it has.
struct DryRunStep {
    int step = 0;
    int cycle = 0;
    int level = 0;
    double afterSeconds = 0.0;  ///< from when the alert fired
    QDateTime atUtc;            ///< invalid while the alert is pending
    QString state;              ///< paged, due, upcoming, skipped
    QList<DryRunContact> contacts;

    friend bool operator==(const DryRunStep&, const DryRunStep&) = default;
};

/// GET /api/v1/escalation-policies/{id}/dry-run?alert=: who a policy pages for an alert.
struct EscalationDryRun {
    QString policyId;
    QString alertId;
    bool matches = false;
    QString selectedPolicyId;  ///< empty: no policy escalates the alert
    QString status;            ///< pending, escalating, acknowledged, silenced, resolved
    QDateTime firingSinceUtc;
    QString stopsWhen;
    QList<DryRunStep> steps;

    static std::optional<EscalationDryRun> fromJson(const QJsonDocument& document, QString* error);
};

}  // namespace recops::console
