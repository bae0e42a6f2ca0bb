// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/reconnect_backoff.h"
#include "core/server_health.h"

#include <QObject>
#include <QPointer>

class QTimer;

namespace recops::console {

class ApiClient;
class ApiReply;

/**
 * Watches one recopsd: polls GET /healthz, checks the token with GET /api/v1/whoami each
 * time the server comes (back) into reach, and publishes the result as a ServerHealth.
 *
 * A refused token is checked again after a growing delay (1 s up to a minute): a token
 * made with `recopsd token create` reaches a running server only at its next token
 * refresh, and an operator may fix a token server-side while the console stays open.
 *
 * While the server answers, it is polled every pollIntervalMs(); when it stops answering,
 * attempts are spaced by a ReconnectBackoff until it answers again. One call at most is in
 * flight, each bounded by probeTimeoutMs(), so a server that hangs is reported unreachable
 * within pollIntervalMs() + probeTimeoutMs().
 */
class HealthMonitor : public QObject {
    Q_OBJECT

public:
    static constexpr int kDefaultPollIntervalMs = 2'000;
    static constexpr int kDefaultProbeTimeoutMs = 2'000;

    explicit HealthMonitor(ApiClient* client, QObject* parent = nullptr);
    ~HealthMonitor() override;

    void setPollIntervalMs(int intervalMs) { m_pollIntervalMs = intervalMs; }
    int pollIntervalMs() const { return m_pollIntervalMs; }
    void setProbeTimeoutMs(int timeoutMs) { m_probeTimeoutMs = timeoutMs; }
    int probeTimeoutMs() const { return m_probeTimeoutMs; }
    void setBackoffPolicy(const BackoffPolicy& policy, quint32 seed);
    /// Delays between checks of a refused token.
    void setIdentityRetryPolicy(const BackoffPolicy& policy, quint32 seed);

    /// Starts watching the client's server (state Connecting, then the first probe).
    void start();
    /// Stops watching (state Disconnected).
    void stop();
    bool isRunning() const;
    /// Probes now instead of waiting for the next poll or retry.
    void checkNow();
    /// Checks the token again, for example after it was changed.
    void recheckIdentity();

    const ServerHealth& health() const { return m_health; }

Q_SIGNALS:
    void healthChanged(const recops::console::ServerHealth& health);
    void stateChanged(recops::console::ConnectionState state,
                      recops::console::ConnectionState previous);
    /// The first complete answer since start() (see ServerHealth::isSettled()).
    void settled();
    /// After each health check: when it ended, its round trip, and whether it succeeded.
    void probed(const QDateTime& finishedUtc, double latencyMs, bool succeeded);

private:
    void probe();
    void onProbeFinished(ApiReply* reply);
    void queryIdentity();
    void onIdentityFinished(ApiReply* reply);
    void scheduleNextProbe(int delayMs);
    void publish(ConnectionState previousState);

    QPointer<ApiClient> m_client;
    QTimer* m_nextProbe;
    QTimer* m_identityRetry;
    QPointer<ApiReply> m_probeInFlight;
    QPointer<ApiReply> m_identityInFlight;
    ReconnectBackoff m_backoff;
    ReconnectBackoff m_identityBackoff{BackoffPolicy{1'000, 2.0, 60'000, 0.1}};
    ServerHealth m_health;
    int m_pollIntervalMs = kDefaultPollIntervalMs;
    int m_probeTimeoutMs = kDefaultProbeTimeoutMs;
    bool m_settledSent = false;
};

}  // namespace recops::console
