// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "core/backup_operations.h"

#include "core/api_client.h"
#include "core/server_connection.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace recops::console {

BackupOperations::BackupOperations(ServerConnection* connection, QObject* parent)
    : QObject(parent), m_connection(connection) {}

QString BackupOperations::backupPath(const QString& backupId) {
    return QStringLiteral("/api/v1/backups/") +
           QString::fromLatin1(QUrl::toPercentEncoding(backupId));
}

ApiReply* BackupOperations::create(const QString& label) {
    QJsonObject body;
    if (!label.isEmpty()) {
        body.insert(QStringLiteral("label"), label);
    }
    return m_connection->client()->post(QStringLiteral("/api/v1/backups"), QJsonDocument(body));
}

ApiReply* BackupOperations::verify(const QString& backupId) {
    return m_connection->client()->post(backupPath(backupId) + QStringLiteral("/verify"),
                                        QJsonDocument(QJsonObject()));
}

ApiReply* BackupOperations::prepareRestore(const QString& backupId) {
    return m_connection->client()->post(backupPath(backupId) + QStringLiteral("/restore"),
                                        QJsonDocument(QJsonObject()));
}

ApiReply* BackupOperations::confirmRestore(const QString& backupId, const QString& confirmation) {
    return m_connection->client()->post(
        backupPath(backupId) + QStringLiteral("/restore"),
        QJsonDocument(QJsonObject{{QStringLiteral("confirmation"), confirmation}}));
}

}  // namespace recops::console
