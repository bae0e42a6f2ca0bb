// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace recops::console {

/// Who acknowledged an alert, when and why.
struct AlertAcknowledgment {
    QString by;
    QDateTime atUtc;
    QString comment;

    friend bool operator==(const AlertAcknowledgment&, const AlertAcknowledgment&) = default;
};

/// One alert as recopsd reports it (the Alert schema of GET /api/v1/alerts).
struct Alert {
    Q_DECLARE_TR_FUNCTIONS(Alert)

public:
    QString id;
    QString rule;
    /// alertname, severity and the rule's own labels.
    QMap<QString, QString> labels;
    QString severity;  ///< info, warning, critical
    QString state;     ///< pending, firing, resolved
    double value = 0.0;
    QString summary;
    QDateTime activeSinceUtc;
    QDateTime firingSinceUtc;
    QDateTime resolvedAtUtc;
    std::optional<AlertAcknowledgment> acknowledgment;
    /// Ids of the active silences that match it.
    QStringList silencedBy;

    /// The rule's name as runbooks' triggers name it (the alertname label, else the rule).
    QString alertName() const;
    /// When the alert entered its present state: fired, resolved, or became pending.
    QDateTime sinceUtc() const;
    bool isCritical() const { return severity == u"critical"; }
    bool isFiring() const { return state == u"firing"; }
    /// critical 3, warning 2, info 1, anything else 0: higher comes first in the queue.
    int severityRank() const;
    /// firing 3, pending 2, resolved 1.
    int stateRank() const;
    /// Translated severity and state, for the table.
    static QString severityText(const QString& severity);
    static QString stateText(const QString& state);
    /// "alertname=ServiceNotReady, severity=critical".
    QString labelText() const;

    static std::optional<Alert> fromJson(const QJsonDocument& document, QString* error);

    friend bool operator==(const Alert&, const Alert&) = default;
};

/// GET /api/v1/alerts.
struct AlertList {
    QList<Alert> alerts;

    /// The alerts in queue order: critical before warning before info, firing before
    /// pending before resolved, then the oldest first (the one waiting longest).
    QList<Alert> queueOrder() const;

    static std::optional<AlertList> fromJson(const QJsonDocument& document, QString* error);
};

}  // namespace recops::console
