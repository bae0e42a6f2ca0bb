// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <QMessageBox>
#include <QPointer>
#include <QPushButton>

namespace recops::console {

class ProductionLock;

/**
 * The lock control in the production banner: "Unlock changes…" while production is
 * read-only, "Lock again" once unlocked; hidden for other environments. Unlocking asks
 * first, naming the environment, the profile and its address, with Cancel as the default.
 */
class ProductionLockControl : public QPushButton {
    Q_OBJECT

public:
    explicit ProductionLockControl(ProductionLock* lock, QWidget* parent = nullptr);

    /// Asks for confirmation (window-modal, no nested event loop) and unlocks on yes.
    void requestUnlock();
    /// Unlocks when locked (after asking), locks again when unlocked.
    void toggle();
    /// The open confirmation, for tests; nullptr when none is shown.
    QMessageBox* confirmation() const { return m_confirmation; }

private:
    void follow();

    QPointer<ProductionLock> m_lock;
    QPointer<QMessageBox> m_confirmation;
};

}  // namespace recops::console
