// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

namespace recops::console {

class ApiReply;
class ServerConnection;

/**
 * The Incidents page's calls that change server state: a note on the timeline, moving the
 * status forward (mitigated, resolved), and escalating to the next level of a policy.
 * Reading is done by PolledResources.
 */
class IncidentOperations : public QObject {
    Q_OBJECT

public:
    explicit IncidentOperations(ServerConnection* connection, QObject* parent = nullptr);

    /// POST /api/v1/incidents/{id}/timeline: a note, under a fresh entry id (the author is
    /// the token's name).
    ApiReply* addNote(qint64 incidentId, const QString& text);
    /// PATCH /api/v1/incidents/{id} {"status": @p status}.
    ApiReply* setStatus(qint64 incidentId, const QString& status);
    /// POST /api/v1/incidents/{id}/escalate {"reason": @p reason}.
    ApiReply* escalate(qint64 incidentId, const QString& reason);

    /// GET /api/v1/incidents/{id}: the path the selected incident is polled at.
    static QString incidentPath(qint64 incidentId);

private:
    QPointer<ServerConnection> m_connection;
};

}  // namespace recops::console
