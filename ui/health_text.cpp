// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "ui/health_text.h"

#include <cmath>

#include <QLocale>

namespace recops::console {

QString HealthText::status(const ServerHealth& health) {
    switch (health.state) {
        case ConnectionState::Disconnected:
            return tr("Not connected");
        case ConnectionState::Connecting:
            return tr("Connecting…");
        case ConnectionState::Unreachable:
            return tr("Unreachable");
        case ConnectionState::Reachable:
            if (!health.report) {
                return tr("Reachable");
            }
            if (health.report->isHealthy()) {
                return tr("Healthy");
            }
            if (health.report->status == u"degraded") {
                return tr("Degraded");
            }
            return health.report->status;
    }
    Q_UNREACHABLE();
    return QString();
}

QString HealthText::problem(const ServerHealth& health) {
    if (health.state != ConnectionState::Unreachable) {
        return QString();
    }
    return tr("%1 — retrying in %2")
        .arg(health.lastError.detailedText(), duration(health.retryInMs));
}

QString HealthText::identity(const ServerHealth& health) {
    switch (health.authentication) {
        case AuthenticationState::Unknown:
            return QString();
        case AuthenticationState::NoToken:
            return tr("no token");
        case AuthenticationState::Checking:
            return tr("checking token…");
        case AuthenticationState::Authenticated:
            return health.identity.name.isEmpty()
                       ? health.identity.role
                       : tr("%1 (%2)").arg(health.identity.role, health.identity.name);
        case AuthenticationState::Rejected:
            return tr("token rejected");
        case AuthenticationState::Failed:
            return tr("token not checked");
    }
    Q_UNREACHABLE();
    return QString();
}

QString HealthText::duration(double milliseconds) {
    if (milliseconds < 0) {
        return QString();
    }
    if (milliseconds < 10) {
        return tr("%1 ms").arg(QLocale().toString(milliseconds, 'f', 1));
    }
    if (milliseconds < 1000) {
        return tr("%1 ms").arg(std::lround(milliseconds));
    }
    return tr("%1 s").arg(QLocale().toString(milliseconds / 1000.0, 'f', 1));
}

}  // namespace recops::console
