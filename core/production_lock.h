// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/connection_profile.h"

#include <QObject>
#include <QPointer>
#include <QString>

namespace recops::console {

class ServerConnection;

/**
 * Production is read-only until unlocked: while the connection's profile is a production
 * one and has not been unlocked in this session, every control and command that changes
 * server state is disabled, with reason() saying why.
 *
 * unlock() is called once the user has confirmed, naming the environment (the ui layer
 * asks). The unlock lasts until the console exits or the connection moves to another
 * profile or another address: it is kept in memory only, never saved.
 */
class ProductionLock : public QObject {
    Q_OBJECT

public:
    explicit ProductionLock(ServerConnection* connection, QObject* parent = nullptr);

    /// The connected profile is production: the lock applies to it.
    bool applies() const { return m_profile.isProduction(); }
    /// Server state must not be changed now.
    bool isLocked() const { return applies() && !m_unlocked; }
    /// Why state-changing controls are disabled; empty when they are not.
    QString reason() const;
    /// The profile the lock is about.
    ConnectionProfile profile() const { return m_profile; }

    /// Unlocks the current production profile for this session; false when not locked.
    bool unlock();
    /// Locks it again.
    void lock();

Q_SIGNALS:
    void lockedChanged(bool locked);

private:
    void onProfileChanged(const ConnectionProfile& profile);
    void setUnlocked(bool unlocked);

    QPointer<ServerConnection> m_connection;
    ConnectionProfile m_profile;
    bool m_unlocked = false;
};

}  // namespace recops::console
