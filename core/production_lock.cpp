// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "core/production_lock.h"

#include "core/server_connection.h"

namespace recops::console {

ProductionLock::ProductionLock(ServerConnection* connection, QObject* parent)
    : QObject(parent), m_connection(connection) {
    connect(connection, &ServerConnection::profileChanged, this, &ProductionLock::onProfileChanged);
    if (connection->isOpen()) {
        m_profile = connection->profile();
    }
}

QString ProductionLock::reason() const {
    if (!isLocked()) {
        return QString();
    }
    const QString name = m_profile.isSaved() ? m_profile.name : m_profile.url.toDisplayString();
    return tr("Read-only: %1 is a production profile. Unlock production changes "
              "(Ctrl+Shift+L) to change server state.")
        .arg(name);
}

bool ProductionLock::unlock() {
    if (!isLocked()) {
        return false;
    }
    setUnlocked(true);
    return true;
}

void ProductionLock::lock() {
    setUnlocked(false);
}

void ProductionLock::onProfileChanged(const ConnectionProfile& profile) {
    const bool wasLocked = isLocked();
    // The same profile reopened (its token was saved) keeps the unlock; another profile,
    // or the same one pointed elsewhere, does not.
    const bool sameTarget = profile.id == m_profile.id && profile.url == m_profile.url &&
                            profile.environment == m_profile.environment;
    m_profile = profile;
    if (!sameTarget) {
        m_unlocked = false;
    }
    if (wasLocked != isLocked() || !sameTarget) {
        Q_EMIT lockedChanged(isLocked());
    }
}

void ProductionLock::setUnlocked(bool unlocked) {
    const bool wasLocked = isLocked();
    m_unlocked = unlocked;
    if (wasLocked != isLocked()) {
        Q_EMIT lockedChanged(isLocked());
    }
}

}  // namespace recops::console
