// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "core/connection_tester.h"

#include "core/api_client.h"
#include "core/health_monitor.h"

#include <QLocale>

namespace recops::console {

ConnectionTester::ConnectionTester(QObject* parent)
    : QObject(parent), m_client(new ApiClient(this)), m_monitor(new HealthMonitor(m_client, this)) {
    // Long enough for a server across the world, short enough for a person waiting.
    m_monitor->setProbeTimeoutMs(5'000);
    connect(m_monitor, &HealthMonitor::settled, this, [this] {
        const ServerHealth health = m_monitor->health();
        m_running = false;
        m_monitor->stop();
        Q_EMIT finished(health);
    });
}

ConnectionTester::~ConnectionTester() = default;

void ConnectionTester::start(const ConnectionProfile& profile, const QString& token) {
    cancel();
    m_client->setBaseUrl(profile.url);
    m_client->setTlsOptions(profile.tls);
    m_client->setToken(token);
    m_running = true;
    m_monitor->start();
}

void ConnectionTester::cancel() {
    m_running = false;
    m_monitor->stop();
}

QString ConnectionTester::describe(const ServerHealth& health) {
    if (health.state != ConnectionState::Reachable || !health.report) {
        return tr("Not reachable: %1").arg(health.lastError.detailedText());
    }
    const QString server =
        tr("recopsd %1 answered in %2 ms (status %3).")
            .arg(health.report->version, QLocale().toString(health.lastLatencyMs, 'f', 1),
                 health.report->status);
    switch (health.authentication) {
        case AuthenticationState::Authenticated:
            return tr("%1 The token is accepted: %2, role %3.")
                .arg(server, health.identity.name, health.identity.role);
        case AuthenticationState::NoToken:
            return tr("%1 No token is set, so only the health check works.").arg(server);
        case AuthenticationState::Rejected:
            return tr("%1 The token is rejected: %2")
                .arg(server, health.authenticationError.detailedText());
        case AuthenticationState::Failed:
            return tr("%1 The token could not be checked: %2")
                .arg(server, health.authenticationError.detailedText());
        case AuthenticationState::Unknown:
        case AuthenticationState::Checking:
            break;
    }
    return server;
}

}  // namespace recops::console
