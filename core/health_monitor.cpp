// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "core/health_monitor.h"

#include "core/api_client.h"
#include "core/api_reply.h"

#include <QTimer>

namespace recops::console {

HealthMonitor::HealthMonitor(ApiClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_nextProbe(new QTimer(this))
    , m_identityRetry(new QTimer(this)) {
    m_nextProbe->setSingleShot(true);
    connect(m_nextProbe, &QTimer::timeout, this, &HealthMonitor::probe);
    m_identityRetry->setSingleShot(true);
    connect(m_identityRetry, &QTimer::timeout, this, &HealthMonitor::recheckIdentity);
}

HealthMonitor::~HealthMonitor() = default;

void HealthMonitor::setBackoffPolicy(const BackoffPolicy& policy, quint32 seed) {
    m_backoff = ReconnectBackoff(policy, seed);
}

void HealthMonitor::setIdentityRetryPolicy(const BackoffPolicy& policy, quint32 seed) {
    m_identityBackoff = ReconnectBackoff(policy, seed);
}

bool HealthMonitor::isRunning() const {
    return m_health.state != ConnectionState::Disconnected;
}

void HealthMonitor::start() {
    stop();
    const ConnectionState previous = m_health.state;
    m_health = ServerHealth();
    m_health.state = ConnectionState::Connecting;
    m_health.serverUrl = m_client ? m_client->baseUrl() : QUrl();
    m_settledSent = false;
    m_backoff.reset();
    m_identityBackoff.reset();
    publish(previous);
    probe();
}

void HealthMonitor::stop() {
    m_nextProbe->stop();
    m_identityRetry->stop();
    // Aborted replies still finish; the handlers recognise them as no longer current.
    if (ApiReply* probe = m_probeInFlight) {
        m_probeInFlight = nullptr;
        probe->abort();
    }
    if (ApiReply* identity = m_identityInFlight) {
        m_identityInFlight = nullptr;
        identity->abort();
    }
    if (m_health.state != ConnectionState::Disconnected) {
        const ConnectionState previous = m_health.state;
        m_health.state = ConnectionState::Disconnected;
        m_health.authentication = AuthenticationState::Unknown;
        m_health.retryInMs = 0;
        publish(previous);
    }
}

void HealthMonitor::checkNow() {
    if (!isRunning()) {
        return;
    }
    m_nextProbe->stop();
    probe();
}

void HealthMonitor::recheckIdentity() {
    if (m_health.state == ConnectionState::Reachable) {
        queryIdentity();
    }
}

void HealthMonitor::probe() {
    if (!m_client || !isRunning() || m_probeInFlight) {
        return;
    }
    ApiReply* reply = m_client->call(Endpoint::Health, {}, {}, {}, m_probeTimeoutMs);
    m_probeInFlight = reply;
    connect(reply, &ApiReply::finished, this, [this, reply] { onProbeFinished(reply); });
}

void HealthMonitor::onProbeFinished(ApiReply* reply) {
    if (reply != m_probeInFlight) {
        return;  // a probe from before stop() or start()
    }
    m_probeInFlight = nullptr;
    const ConnectionState previous = m_health.state;
    const bool hadReport = m_health.report.has_value();
    m_health.lastLatencyMs = reply->latencyMs();
    m_health.lastCheckedUtc = QDateTime::currentDateTimeUtc();

    std::optional<HealthReport> report;
    ApiError error = reply->error();
    if (reply->isSuccess()) {
        QString parseError;
        report = HealthReport::fromJson(reply->json(), &parseError);
        if (!report) {
            error = ApiError::invalidResponse(reply->httpStatus(), parseError, reply->requestId());
        }
    }

    // A server whose auth.open_endpoints excludes /healthz answers 401/403 to a missing or
    // refused token: it is up, and the problem is the token, not the network.
    const int status = reply->httpStatus();
    if (!report && (status == 401 || status == 403) && error.hasProblemBody()) {
        m_health.state = ConnectionState::Reachable;
        m_health.report.reset();
        m_health.lastError = error;
        m_health.consecutiveFailures = 0;
        m_health.retryInMs = 0;
        m_backoff.reset();
        if (ApiReply* identity = m_identityInFlight) {
            m_identityInFlight = nullptr;
            identity->abort();
        }
        m_health.identity = TokenIdentity();
        m_health.authentication = m_client && m_client->hasToken() ? AuthenticationState::Rejected
                                                                   : AuthenticationState::NoToken;
        m_health.authenticationError = error;
        scheduleNextProbe(m_pollIntervalMs);
    } else if (report) {
        m_health.state = ConnectionState::Reachable;
        m_health.report = std::move(report);
        m_health.lastError = ApiError();
        m_health.consecutiveFailures = 0;
        m_health.retryInMs = 0;
        m_backoff.reset();
        if (previous != ConnectionState::Reachable || !hadReport) {
            // A new connection (the token may have changed meanwhile), or the probe itself
            // had refused the token: check it again.
            queryIdentity();
        }
        scheduleNextProbe(m_pollIntervalMs);
    } else {
        m_health.state = ConnectionState::Unreachable;
        m_health.lastError = error;
        ++m_health.consecutiveFailures;
        m_identityRetry->stop();
        if (ApiReply* identity = m_identityInFlight) {
            m_identityInFlight = nullptr;
            identity->abort();
        }
        m_health.authentication = AuthenticationState::Unknown;
        m_health.identity = TokenIdentity();
        m_health.authenticationError = ApiError();
        m_health.retryInMs = m_backoff.nextDelayMs();
        scheduleNextProbe(m_health.retryInMs);
    }
    Q_EMIT probed(m_health.lastCheckedUtc, m_health.lastLatencyMs,
                  m_health.state == ConnectionState::Reachable);
    publish(previous);
}

void HealthMonitor::queryIdentity() {
    m_identityRetry->stop();
    if (ApiReply* stale = m_identityInFlight) {
        m_identityInFlight = nullptr;
        stale->abort();
    }
    m_health.identity = TokenIdentity();
    m_health.authenticationError = ApiError();
    if (!m_client || !m_client->hasToken()) {
        m_health.authentication = AuthenticationState::NoToken;
        return;
    }
    m_health.authentication = AuthenticationState::Checking;
    ApiReply* reply = m_client->call(Endpoint::Whoami, {}, {}, {}, m_probeTimeoutMs);
    m_identityInFlight = reply;
    connect(reply, &ApiReply::finished, this, [this, reply] { onIdentityFinished(reply); });
}

void HealthMonitor::onIdentityFinished(ApiReply* reply) {
    if (reply != m_identityInFlight) {
        return;
    }
    m_identityInFlight = nullptr;
    const ConnectionState unchanged = m_health.state;
    if (reply->isSuccess()) {
        QString parseError;
        if (auto identity = TokenIdentity::fromJson(reply->json(), &parseError)) {
            m_health.authentication = AuthenticationState::Authenticated;
            m_health.identity = *identity;
            m_identityBackoff.reset();
        } else {
            m_health.authentication = AuthenticationState::Failed;
            m_health.authenticationError =
                ApiError::invalidResponse(reply->httpStatus(), parseError, reply->requestId());
        }
    } else {
        const int status = reply->httpStatus();
        m_health.authentication = (status == 401 || status == 403) ? AuthenticationState::Rejected
                                                                   : AuthenticationState::Failed;
        m_health.authenticationError = reply->error();
        if (m_health.authentication == AuthenticationState::Rejected) {
            m_identityRetry->start(m_identityBackoff.nextDelayMs());
        }
    }
    publish(unchanged);
}

void HealthMonitor::scheduleNextProbe(int delayMs) {
    m_nextProbe->start(delayMs);
}

void HealthMonitor::publish(ConnectionState previousState) {
    Q_EMIT healthChanged(m_health);
    if (previousState != m_health.state) {
        Q_EMIT stateChanged(m_health.state, previousState);
    }
    if (!m_settledSent && m_health.isSettled()) {
        m_settledSent = true;
        Q_EMIT settled();
    }
}

}  // namespace recops::console
