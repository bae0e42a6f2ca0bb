// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <QCoreApplication>
#include <QString>

namespace recops::console {

struct ServerHealth;

/**
 * What the connection's token may do, from its role (GET /api/v1/whoami):
 * viewer < client < operator < admin. Pages show the controls a role can use and no others:
 * a viewer sees no control that changes server state, an operator no forced transition.
 */
class TokenRole {
    Q_DECLARE_TR_FUNCTIONS(TokenRole)

public:
    enum class Level {
        Unknown,  ///< not checked yet, no token, or a role this console does not know
        Viewer,
        Client,
        Operator,
        Admin,
    };

    TokenRole() = default;
    explicit TokenRole(Level level) : m_level(level) {}
    /// From whoami's "role"; Unknown for anything else.
    static TokenRole fromName(const QString& name);
    /**
     * The role @p health says the token has: whoami's once authenticated, Unknown without
     * a token or with a refused one, and @p previous while the server is away or being
     * asked again (the token is the same).
     */
    static TokenRole ofHealth(const ServerHealth& health, TokenRole previous);

    Level level() const { return m_level; }
    bool isKnown() const { return m_level != Level::Unknown; }
    /// Changes to the registry, trainer and rollouts: operator or admin.
    bool canChangeModels() const { return m_level >= Level::Operator; }
    /// Acknowledging alerts, creating and expiring silences: operator or admin.
    bool canHandleAlerts() const { return m_level >= Level::Operator; }
    /// Taking and verifying backups: operator or admin.
    bool canRunBackups() const { return m_level >= Level::Operator; }
    /// Restoring a backup over the live data: admin.
    bool canRestoreBackups() const { return m_level == Level::Admin; }
    /// Notes, status changes and escalations of incidents: operator or admin.
    bool canHandleIncidents() const { return m_level >= Level::Operator; }
    /// Editing contacts and escalation policies: operator or admin.
    bool canEditEscalation() const { return m_level >= Level::Operator; }
    /// Forced transitions past failing gates: admin.
    bool canForce() const { return m_level == Level::Admin; }
    /// "viewer", "operator"..., "unknown".
    QString name() const;
    /// Why a control that changes models is not offered: "… needs the operator role; this
    /// token is a viewer". Empty when it is.
    QString changeRefusal() const;

    friend bool operator==(const TokenRole&, const TokenRole&) = default;

private:
    Level m_level = Level::Unknown;
};

}  // namespace recops::console
