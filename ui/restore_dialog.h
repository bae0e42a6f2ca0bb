// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/backup.h"
#include "core/connection_profile.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace recops::console {

class ProductionGuard;

/**
 * The last question before a restore replaces the live database and models: the
 * environment it happens on, what recopsd says it replaces, and the backup's id, which the
 * person types to confirm. Restore stays disabled, and accept() refuses, until the typed
 * text is the id. accepted() means the person confirmed; the caller sends the confirmation.
 */
class RestoreDialog : public QDialog {
    Q_OBJECT

public:
    RestoreDialog(const ConnectionProfile& profile, const Backup& backup,
                  const RestorePreview& preview, ProductionGuard* guard, QWidget* parent = nullptr);

    QString backupId() const { return m_preview.backupId; }
    QString confirmation() const { return m_preview.confirmation; }
    /// Whether what was typed confirms the restore.
    bool isConfirmed() const;

    QLineEdit* confirmationEdit() const { return m_typed; }
    QPushButton* restoreButton() const { return m_restore; }

public Q_SLOTS:
    void accept() override;

private:
    void check();

    RestorePreview m_preview;
    QLineEdit* m_typed;
    QLabel* m_problem;
    QPushButton* m_restore;
    ProductionGuard* m_guard;
};

}  // namespace recops::console
