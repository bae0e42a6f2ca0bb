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

QString AlertOperations::alertPath(const QString& alertId) {
    return QStringLiteral("/api/v1/alerts/") +
           QString::fromLatin1(QUrl::toPercentEncoding(alertId));
}

ApiReply* AlertOperations::acknowledge(const QString& alertId, const QString& comment) {
    QJsonObject body;
    if (!comment.isEmpty()) {
        body.insert(QStringLiteral("comment"), comment);
    }
    return m_connection->client()->post(alertPath(alertId) + QStringLiteral("/ack"),
                                        QJsonDocument(body));
}

ApiReply* AlertOperations::createSilence(const SilenceRequest& request) {
    return m_connection->client()->post(QStringLiteral("/api/v1/silences"),
                                        QJsonDocument(request.toJson()));
}

ApiReply* AlertOperations::expireSilence(const QString& silenceId) {
    return m_connection->client()->send(QByteArrayLiteral("DELETE"),
                                        QStringLiteral("/api/v1/silences/") +
                                            QString::fromLatin1(QUrl::toPercentEncoding(silenceId)),
                                        QUrlQuery(), QJsonDocument());
}

}  // namespace recops::console
