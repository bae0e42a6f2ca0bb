// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "ui/production_lock_control.h"

#include "core/production_lock.h"

#include <QMessageBox>

namespace recops::console {

ProductionLockControl::ProductionLockControl(ProductionLock* lock, QWidget* parent)
    : QPushButton(parent), m_lock(lock) {
    setObjectName(QStringLiteral("productionLockControl"));
    setCursor(Qt::PointingHandCursor);
    connect(this, &QPushButton::clicked, this, &ProductionLockControl::toggle);
    connect(lock, &ProductionLock::lockedChanged, this, &ProductionLockControl::follow);
    follow();
}

void ProductionLockControl::follow() {
    if (!m_lock || !m_lock->applies()) {
        hide();
        return;
    }
    if (m_lock->isLocked()) {
        setText(tr("Unlock changes…"));
        setAccessibleName(tr("Unlock production changes"));
        setToolTip(
            tr("Production is read-only. Unlock it for this session to change server "
               "state (Ctrl+Shift+L)."));
    } else {
        setText(tr("Lock again"));
        setAccessibleName(tr("Lock production changes again"));
        setToolTip(tr("Make production read-only again (Ctrl+Shift+L)."));
    }
    show();
}

void ProductionLockControl::toggle() {
    if (!m_lock || !m_lock->applies()) {
        return;
    }
    if (m_lock->isLocked()) {
        requestUnlock();
    } else {
        m_lock->lock();
    }
}

void ProductionLockControl::requestUnlock() {
    if (!m_lock || !m_lock->isLocked() || m_confirmation) {
        return;
    }
    const auto profile = m_lock->profile();
    const QString name = profile.isSaved() ? profile.name : profile.url.toDisplayString();
    auto* question = new QMessageBox(
        QMessageBox::Warning, tr("Unlock production changes"),
        tr("Unlock changes on PRODUCTION: %1 (%2)?").arg(name, profile.url.toDisplayString()),
        QMessageBox::NoButton, window());
    question->setInformativeText(
        tr("Until the console exits or you switch profiles, the controls that change server "
           "state are enabled, and what you do through them affects live traffic."));
    QPushButton* unlock = question->addButton(tr("Unlock production"), QMessageBox::AcceptRole);
    unlock->setAccessibleName(tr("Unlock production"));
    QPushButton* cancel = question->addButton(QMessageBox::Cancel);
    cancel->setAccessibleName(tr("Cancel"));
    question->setDefaultButton(cancel);
    question->setEscapeButton(cancel);
    question->setAttribute(Qt::WA_DeleteOnClose);
    question->setObjectName(QStringLiteral("productionUnlockConfirmation"));
    // Bound to this profile: the answer is ignored when the connection moved meanwhile.
    connect(question, &QMessageBox::buttonClicked, this, [this, unlock, profile](auto* button) {
        if (button == unlock && m_lock && m_lock->profile() == profile) {
            m_lock->unlock();
        }
    });
    m_confirmation = question;
    question->open();
}

}  // namespace recops::console
