// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "core/token_role.h"

#include "core/server_health.h"

namespace recops::console {

TokenRole TokenRole::fromName(const QString& name) {
    const QString role = name.trimmed().toLower();
    if (role == u"viewer") {
        return TokenRole(Level::Viewer);
    }
    if (role == u"client") {
        return TokenRole(Level::Client);
    }
    if (role == u"operator") {
        return TokenRole(Level::Operator);
    }
    if (role == u"admin") {
        return TokenRole(Level::Admin);
    }
    return TokenRole();
}

TokenRole TokenRole::ofHealth(const ServerHealth& health, TokenRole previous) {
    switch (health.authentication) {
        case AuthenticationState::Authenticated:
            return fromName(health.identity.role);
        case AuthenticationState::NoToken:
        case AuthenticationState::Rejected:
            return TokenRole();
        case AuthenticationState::Unknown:
        case AuthenticationState::Checking:
        case AuthenticationState::Failed:
            return previous;
    }
    Q_UNREACHABLE();
    return previous;
}

QString TokenRole::name() const {
    switch (m_level) {
        case Level::Unknown:
            return tr("unknown");
        case Level::Viewer:
            return tr("viewer");
        case Level::Client:
            return tr("client");
        case Level::Operator:
            return tr("operator");
        case Level::Admin:
            return tr("admin");
    }
    Q_UNREACHABLE();
    return QString();
}

QString TokenRole::changeRefusal() const {
    if (canChangeModels()) {
        return QString();
    }
    if (!isKnown()) {
        return tr("Changing models needs the operator role; the token's role is not known yet.");
    }
    return tr("Changing models needs the operator role; this token is a %1.").arg(name());
}

}  // namespace recops::console
