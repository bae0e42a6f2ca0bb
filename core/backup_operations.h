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
 * The Backups page's calls that change server state, one method per endpoint: taking a
 * backup, verifying one, and the two calls of a restore (the first returns a confirmation
 * and what would be replaced, the second sends that confirmation back). Reading is done
 * by a PolledResource.
 */
class BackupOperations : public QObject {
    Q_OBJECT

public:
    explicit BackupOperations(ServerConnection* connection, QObject* parent = nullptr);

    /// POST /api/v1/backups; an empty @p label sends none.
    ApiReply* create(const QString& label);
    /// POST /api/v1/backups/{id}/verify.
    ApiReply* verify(const QString& backupId);
    /// POST /api/v1/backups/{id}/restore without a confirmation: a RestorePreview.
    ApiReply* prepareRestore(const QString& backupId);
    /// POST /api/v1/backups/{id}/restore with the preview's @p confirmation: queues it.
    ApiReply* confirmRestore(const QString& backupId, const QString& confirmation);

private:
    QPointer<ServerConnection> m_connection;
};

}  // namespace recops::console
