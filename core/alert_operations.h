// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

namespace recops::console {

class ApiReply;
class ServerConnection;
struct SilenceRequest;

/**
 * The Alerts page's calls that change server state, one method per endpoint, each building
 * the body the API expects: acknowledging an alert, creating a silence, expiring one.
 * Reading is done by PolledResources.
 */
class AlertOperations : public QObject {
    Q_OBJECT

public:
    explicit AlertOperations(ServerConnection* connection, QObject* parent = nullptr);

    /// POST /api/v1/alerts/{id}/ack; an empty @p comment sends none.
    ApiReply* acknowledge(const QString& alertId, const QString& comment);
    /// POST /api/v1/silences.
    ApiReply* createSilence(const SilenceRequest& request);
    /// DELETE /api/v1/silences/{id}: expires it now (it stays listed).
    ApiReply* expireSilence(const QString& silenceId);

private:
    QPointer<ServerConnection> m_connection;
};

}  // namespace recops::console
