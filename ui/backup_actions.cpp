// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "ui/backup_actions.h"

#include "core/api_reply.h"
#include "core/backup_operations.h"
#include "core/registry_format.h"
#include "core/server_connection.h"
#include "ui/change_confirmation.h"
#include "ui/restore_dialog.h"

#include <QMessageBox>

namespace recops::console {

BackupActions::BackupActions(ServerConnection* connection, ProductionGuard* guard,
                             QWidget* dialogParent)
    : ServerActions(connection, guard, dialogParent)
    , m_operations(new BackupOperations(connection, this)) {}

QMessageBox* BackupActions::confirmCreate() {
    if (!role().canRunBackups() || !m_connection) {
        return nullptr;
    }
    QMessageBox* box = ChangeConfirmation::ask(
        m_parent, m_connection->profile(), tr("Back up now"),
        tr("Take a backup of the database and the models directory now?"),
        tr("recopsd takes it on its backup thread; serving goes on meanwhile."), tr("Back up"),
        onSameProfile([this] { track(m_operations->create(QString()), tr("Backup queued.")); }));
    setCurrentDialog(box);
    return box;
}

QMessageBox* BackupActions::confirmVerify(const Backup& backup) {
    if (!role().canRunBackups() || !m_connection || !backup.isSucceeded()) {
        return nullptr;
    }
    const QString id = backup.id;
    QMessageBox* box = ChangeConfirmation::ask(
        m_parent, m_connection->profile(), tr("Verify backup"),
        tr("Verify backup %1 (taken %2)?").arg(id, RegistryFormat::time(backup.timeUtc())),
        tr("recopsd restores it into scratch space and checks it against its manifest; the "
           "live data is not touched."),
        tr("Verify"), onSameProfile([this, id] {
            track(m_operations->verify(id), tr("Verification of %1 queued.").arg(id));
        }));
    setCurrentDialog(box);
    return box;
}

void BackupActions::startRestore(const Backup& backup) {
    if (!role().canRestoreBackups() || !m_connection || !backup.isSucceeded()) {
        return;
    }
    ApiReply* reply = m_operations->prepareRestore(backup.id);
    connect(reply, &ApiReply::finished, this, onSameProfile([this, reply, backup] {
                if (!reply->isSuccess()) {
                    Q_EMIT reported(tr("Refused: %1").arg(reply->error().detailedText()), true);
                    return;
                }
                QString error;
                const std::optional<RestorePreview> preview =
                    RestorePreview::fromJson(reply->json(), &error);
                if (!preview) {
                    Q_EMIT reported(tr("recopsd's answer was not understood: %1").arg(error), true);
                    return;
                }
                openRestore(backup, *preview);
            }));
}

void BackupActions::openRestore(const Backup& backup, const RestorePreview& preview) {
    auto* dialog = new RestoreDialog(m_connection->profile(), backup, preview, m_guard, m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, onSameProfile([this, dialog] {
                track(m_operations->confirmRestore(dialog->backupId(), dialog->confirmation()),
                      tr("Restore of %1 queued.").arg(dialog->backupId()));
            }));
    setCurrentDialog(dialog);
    dialog->open();
    Q_EMIT restoreDialogOpened(dialog);
}

}  // namespace recops::console
