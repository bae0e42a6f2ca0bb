// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <QJsonObject>
#include <QString>

namespace recops::console {

/**
 * One entry of an incident's timeline, as a run writes it: first to the local journal,
 * then to `POST /api/v1/incidents/{id}/timeline` with the same client-made entryId, which
 * makes the upload idempotent (the server answers 200 for an id it already has).
 *
 * Kinds: run.started, run.resumed, run.finished, step.started, step.waiting,
 * step.retrying, step.succeeded, step.failed, step.skipped, step.interrupted, decision,
 * confirmation, approval, manual.done, escalation, note.
 */
struct IncidentTimelineEntry {
    enum class Sync {
        LocalOnly,  ///< the run opens no incident
        Queued,     ///< waits for the server
        Sent,       ///< the server has it
        Rejected,   ///< the server refused it as invalid (4xx other than 401/403/404/409)
    };

    QString entryId;
    QString runId;
    qint64 sequence = 0;
    qint64 timeMs = 0;
    QString author;
    QString kind;
    QString text;
    QJsonObject data;
    QString stepId;
    Sync sync = Sync::Queued;
    int attempts = 0;
    QString lastError;
    qint64 sentAtMs = 0;

    /// The request body of the contract: {entry_id, time, author, kind, text, data}.
    QJsonObject toContractJson() const;
    /// toContractJson() with run_id and step, as the headless runner prints it.
    QJsonObject toJsonLine() const;
    static QString newEntryId();
    static QString syncName(Sync sync);
    static Sync syncFromName(const QString& name);
    /// RFC 3339, UTC, milliseconds: the server's format for times.
    static QString formatTime(qint64 timeMs);
};

}  // namespace recops::console
