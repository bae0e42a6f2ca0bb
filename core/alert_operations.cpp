// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "core/alert_operations.h"

#include "core/api_client.h"
#include "core/server_connection.h"
#include "core/silence.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace recops::console {

AlertOperations::AlertOperations(ServerConnection* connection, QObject* parent)
    : QObject(parent), m_connection(connection) {}

ApiReply* AlertOperations::acknowledge(const QString& alertId, const QString& comment) {
    QJsonObject body;
    if (!comment.isEmpty()) {
        body.insert(QStringLiteral("comment"), comment);
    }
    return m_connection->client()->call(Endpoint::AlertAcknowledge, {alertId}, QJsonDocument(body));
}

ApiReply* AlertOperations::createSilence(const SilenceRequest& request) {
    return m_connection->client()->call(Endpoint::SilenceCreate, {},
                                        QJsonDocument(request.toJson()));
}

ApiReply* AlertOperations::expireSilence(const QString& silenceId) {
    return m_connection->client()->call(Endpoint::SilenceExpire, {silenceId});
}

}  // namespace recops::console
