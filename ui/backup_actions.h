// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/backup.h"
#include "ui/server_actions.h"

class QMessageBox;

namespace recops::console {

class BackupOperations;
class RestoreDialog;

/**
 * What a person can do on the Backups page, from a button or the palette: take a backup
 * now, verify one, restore one. Each names the environment before anything changes. A
 * restore asks recopsd first what it would replace, then opens a RestoreDialog in which the
 * backup's id must be typed; only then is recopsd's confirmation sent back.
 */
class BackupActions : public ServerActions {
    Q_OBJECT

public:
    BackupActions(ServerConnection* connection, ProductionGuard* guard, QWidget* dialogParent);

    BackupOperations* operations() const { return m_operations; }

    QMessageBox* confirmCreate();
    QMessageBox* confirmVerify(const Backup& backup);
    /// Asks recopsd for the restore's confirmation; restoreDialogOpened() follows.
    void startRestore(const Backup& backup);

Q_SIGNALS:
    /// The typed confirmation is asked for (currentDialog() is it, too).
    void restoreDialogOpened(recops::console::RestoreDialog* dialog);

private:
    void openRestore(const Backup& backup, const RestorePreview& preview);

    BackupOperations* m_operations;
};

}  // namespace recops::console
