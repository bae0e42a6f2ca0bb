// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/reconnect_backoff.h"

#include <QObject>
#include <QPointer>
#include <QString>

class QTimer;

namespace recops::console {

class ApiClient;
class ApiReply;
class RunbookJournal;

/**
 * Uploads journaled timeline entries into the server's incidents, in the background.
 *
 * For each run against the server that should open an incident and has none yet, it
 * creates one (`POST /api/v1/incidents {title, severity, summary, alert_ids}` → 201
 * `{id, ...}`); then it sends the run's queued entries in order
 * (`POST /api/v1/incidents/{id}/timeline {entry_id, time, author, kind, text, data}`,
 * 201, or 200 for an entry_id the server has already). The entry id makes a repeated
 * upload harmless, so an entry whose answer was lost is simply sent again.
 *
 * Whatever stops an upload — no answer, a 5xx, a refused token, or a 404 from a server
 * that has no incidents API yet — leaves the entries queued in the journal and is tried
 * again after a growing delay; an entry the server rejects as invalid (another 4xx) is
 * marked rejected and the others go on. One call is in flight at a time.
 */
class IncidentTimelineSync : public QObject {
    Q_OBJECT

public:
    enum class Status {
        Stopped,
        Idle,     ///< nothing queued for this server
        Sending,  ///< a call is in flight
        Waiting,  ///< the last attempt failed; the next one is scheduled
    };
    Q_ENUM(Status)

    IncidentTimelineSync(ApiClient* client, RunbookJournal* journal, QObject* parent = nullptr);
    ~IncidentTimelineSync() override;

    /**
     * The server whose runs are synced, as the runs recorded it (RunbookRunRecord::
     * serverUrl); by default the client's base URL. Runs made against another server wait
     * until the console is connected to that one.
     */
    void setServerUrl(const QString& serverUrl) { m_serverUrl = serverUrl; }
    QString serverUrl() const;
    void setBackoffPolicy(const BackoffPolicy& policy, quint32 seed);

    /// Starts syncing, and again whenever the journal gets new entries.
    void start();
    void stop();
    /// Tries now, skipping the current backoff delay.
    void syncNow();

    Status status() const { return m_status; }
    /// Why the last attempt failed (empty after a success).
    QString lastProblem() const { return m_lastProblem; }
    /// Entries still queued for this server.
    int queuedCount() const;

    /// The incident severity recopsd takes for a runbook's alert severity: critical stays,
    /// warning is medium, info is low.
    static QString incidentSeverity(const QString& runbookSeverity);

Q_SIGNALS:
    void statusChanged(recops::console::IncidentTimelineSync::Status status,
                       const QString& problem);
    void incidentCreated(const QString& runId, const QString& incidentId);
    void entrySent(const QString& entryId);

private:
    void next();
    void createIncident(const QString& runId);
    void sendEntry(const QString& entryId);
    void failed(const QString& problem);
    void setStatus(Status status);
    void track(ApiReply* reply);

    QPointer<ApiClient> m_client;
    QPointer<RunbookJournal> m_journal;
    QTimer* m_retry;
    QPointer<ApiReply> m_inFlight;
    ReconnectBackoff m_backoff{BackoffPolicy{1'000, 2.0, 60'000, 0.1}};
    QString m_serverUrl;
    QString m_lastProblem;
    Status m_status = Status::Stopped;
};

}  // namespace recops::console
