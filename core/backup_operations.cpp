// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "core/backup_operations.h"

#include "core/api_client.h"
#include "core/api_endpoint.h"
#include "core/server_connection.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace recops::console {

BackupOperations::BackupOperations(ServerConnection* connection, QObject* parent)
    : QObject(parent), m_connection(connection) {}

ApiReply* BackupOperations::create(const QString& label) {
    QJsonObject body;
    if (!label.isEmpty()) {
        body.insert(QStringLiteral("label"), label);
    }
    return m_connection->client()->call(Endpoint::BackupCreate, {}, QJsonDocument(body));
}

ApiReply* BackupOperations::verify(const QString& backupId) {
    return m_connection->client()->call(Endpoint::BackupVerify, {backupId},
                                        QJsonDocument(QJsonObject()));
}

ApiReply* BackupOperations::prepareRestore(const QString& backupId) {
    return m_connection->client()->call(Endpoint::BackupRestore, {backupId},
                                        QJsonDocument(QJsonObject()));
}

ApiReply* BackupOperations::confirmRestore(const QString& backupId, const QString& confirmation) {
    return m_connection->client()->call(
        Endpoint::BackupRestore, {backupId},
        QJsonDocument(QJsonObject{{QStringLiteral("confirmation"), confirmation}}));
}

}  // namespace recops::console
