// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "ui/restore_dialog.h"

#include "core/change_summary.h"
#include "core/registry_format.h"
#include "ui/production_guard.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace recops::console {

RestoreDialog::RestoreDialog(const ConnectionProfile& profile, const Backup& backup,
                             const RestorePreview& preview, ProductionGuard* guard, QWidget* parent)
    : QDialog(parent)
    , m_preview(preview)
    , m_typed(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_restore(new QPushButton(tr("&Restore"), this))
    , m_guard(guard) {
    setObjectName(QStringLiteral("restoreDialog"));
    setWindowTitle(tr("Restore backup %1").arg(preview.backupId));
    setAccessibleName(windowTitle());
    setWindowModality(Qt::WindowModal);

    auto* where = new QLabel(
        tr("%1 The live database and models directory of this server are replaced by the "
           "backup; what changed since it was taken is lost.")
            .arg(ChangeSummary::environmentNotice(profile)),
        this);
    where->setAccessibleName(tr("Where the change happens"));
    where->setWordWrap(true);
    where->setStyleSheet(QStringLiteral("color: #b71c1c; font-weight: bold;"));
    auto* what = new QLabel(
        tr("Backup %1, taken %2 (%3). recopsd: %4")
            .arg(preview.backupId, RegistryFormat::time(backup.timeUtc()),
                 backup.sizeBytes ? RegistryFormat::bytes(*backup.sizeBytes) : tr("size unknown"),
                 preview.detail),
        this);
    what->setAccessibleName(tr("What the restore does"));
    what->setWordWrap(true);
    what->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* expires = new QLabel(
        tr("This confirmation expires at %1.").arg(RegistryFormat::time(preview.expiresAtUtc)),
        this);
    expires->setAccessibleName(tr("When the confirmation expires"));
    auto* typeLabel =
        new QLabel(tr("&Type the backup id %1 to confirm:").arg(preview.backupId), this);
    typeLabel->setBuddy(m_typed);
    m_typed->setAccessibleName(tr("Backup id to confirm the restore"));
    m_typed->setPlaceholderText(preview.backupId);
    m_problem->setAccessibleName(tr("Problem"));
    m_problem->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_problem->setWordWrap(true);

    m_restore->setObjectName(QStringLiteral("confirmRestore"));
    m_restore->setAccessibleName(tr("Restore"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_restore, QDialogButtonBox::AcceptRole);
    QPushButton* cancel = buttons->button(QDialogButtonBox::Cancel);
    cancel->setAccessibleName(tr("Cancel"));
    cancel->setDefault(true);
    if (m_guard) {
        m_guard->guard(m_restore);
    }

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(where);
    layout->addWidget(what);
    layout->addWidget(expires);
    layout->addWidget(typeLabel);
    layout->addWidget(m_typed);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    connect(m_typed, &QLineEdit::textChanged, this, &RestoreDialog::check);
    connect(buttons, &QDialogButtonBox::accepted, this, &RestoreDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    check();
}

bool RestoreDialog::isConfirmed() const {
    return m_typed->text().trimmed() == m_preview.backupId;
}

void RestoreDialog::accept() {
    // Enter in the field, or a button enabled by mistake, must not restore without the id.
    if (!isConfirmed()) {
        m_problem->setText(tr("Type the backup id exactly to confirm the restore."));
        m_problem->show();
        return;
    }
    QDialog::accept();
}

void RestoreDialog::check() {
    m_problem->hide();
    if (m_guard) {
        m_guard->setWanted(m_restore, isConfirmed());
    } else {
        m_restore->setEnabled(isConfirmed());
    }
}

}  // namespace recops::console
