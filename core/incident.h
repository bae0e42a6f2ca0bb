// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <optional>

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace recops::console {

/// One incident as GET /api/v1/incidents lists it (without its timeline).
struct Incident {
    qint64 id = 0;
    QString title;
    QString severity;  ///< critical, high, medium, low
    QString status;    ///< open, mitigated, resolved: moves only forward
    QString summary;
    QString commander;
    QStringList alertIds;
    QDateTime createdAtUtc;
    QString createdBy;
    QDateTime updatedAtUtc;
    QDateTime mitigatedAtUtc;
    QDateTime resolvedAtUtc;

    bool isResolved() const { return status == u"resolved"; }
    /// "#12".
    QString reference() const { return QStringLiteral("#%1").arg(id); }

    friend bool operator==(const Incident&, const Incident&) = default;
};

/// One entry of an incident's timeline as recopsd stores it.
struct IncidentTimelineRecord {
    QString entryId;
    QDateTime timeUtc;
    QString author;
    QString kind;  ///< note, status, update, escalation, runbook_step, step.started, ...
    QString text;
    QJsonObject data;

    /// The data object as compact JSON; empty for {}.
    QString dataText() const;

    friend bool operator==(const IncidentTimelineRecord&, const IncidentTimelineRecord&) = default;
};

/// GET /api/v1/incidents, newest first.
struct IncidentList {
    QList<Incident> incidents;

    static std::optional<IncidentList> fromJson(const QJsonDocument& document, QString* error);
};

/// GET /api/v1/incidents/{id}: the incident and its timeline, in time order.
struct IncidentDetails {
    Incident incident;
    QList<IncidentTimelineRecord> timeline;

    static std::optional<IncidentDetails> fromJson(const QJsonDocument& document, QString* error);
};

}  // namespace recops::console
