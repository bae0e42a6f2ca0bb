// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "core/resource_poller.h"

#include "core/api_client.h"
#include "core/api_reply.h"
#include "core/health_monitor.h"
#include "core/server_connection.h"

#include <algorithm>

#include <QTimer>

namespace recops::console {

namespace {
bool isTransportFailure(const ApiError& error) {
    return error.kind() == ApiError::Kind::Network || error.kind() == ApiError::Kind::Timeout ||
           error.kind() == ApiError::Kind::Tls;
}
}  // namespace

ResourcePoller::ResourcePoller(ServerConnection* connection, const QString& path, QObject* parent)
    : DataSource(parent), m_connection(connection), m_path(path), m_timer(new QTimer(this)) {
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &ResourcePoller::fetch);
    connect(connection->monitor(), &HealthMonitor::stateChanged, this,
            [this](ConnectionState state, ConnectionState) { onConnectionState(state); });
    connect(connection, &ServerConnection::profileChanged, this, &ResourcePoller::onProfileChanged);
}

ResourcePoller::~ResourcePoller() {
    abortFetch();
}

bool ResourcePoller::isFetching() const {
    return !m_inFlight.isNull();
}

void ResourcePoller::setPath(const QString& path) {
    if (path == m_path) {
        return;
    }
    m_path = path;
    onProfileChanged();  // the same as for another server: nothing of the old value applies
    followConnection();
}

void ResourcePoller::setIntervalMs(int intervalMs) {
    m_intervalMs = std::max(100, intervalMs);
}

void ResourcePoller::setBackoffPolicy(const BackoffPolicy& policy, quint32 seed) {
    m_backoff = ReconnectBackoff(policy, seed);
}

void ResourcePoller::start() {
    m_active = true;
    followConnection();
}

void ResourcePoller::resume() {
    if (m_active) {
        return;
    }
    m_active = true;
    const bool current = state() == DataState::Fresh && lastSuccessUtc().isValid() &&
                         lastSuccessUtc().msecsTo(QDateTime::currentDateTimeUtc()) < m_intervalMs;
    if (current) {
        m_timer->start(m_intervalMs -
                       static_cast<int>(lastSuccessUtc().msecsTo(QDateTime::currentDateTimeUtc())));
        return;
    }
    followConnection();
}

void ResourcePoller::pause() {
    m_active = false;
    m_timer->stop();
    abortFetch();
    if (state() == DataState::Loading) {
        reset(DataState::Empty);
    }
}

void ResourcePoller::refresh() {
    if (!m_connection || !m_connection->isOpen()) {
        return;
    }
    if (m_connection->monitor()->health().state == ConnectionState::Unreachable) {
        m_connection->monitor()->checkNow();  // a reachable server makes us fetch at once
        return;
    }
    m_timer->stop();
    fetch();
}

// Brings the poller in line with the connection as it is now.
void ResourcePoller::followConnection() {
    if (!m_active || !m_connection) {
        return;
    }
    onConnectionState(m_connection->isOpen() ? m_connection->monitor()->health().state
                                             : ConnectionState::Disconnected);
}

void ResourcePoller::onConnectionState(ConnectionState connectionState) {
    switch (connectionState) {
        case ConnectionState::Reachable:
            m_backoff.reset();
            if (m_active && !m_inFlight) {
                m_timer->stop();
                fetch();
            }
            break;
        case ConnectionState::Connecting:
            if (m_active) {
                beginLoading();
            }
            break;
        case ConnectionState::Unreachable:
            m_timer->stop();
            abortFetch();
            // The monitor owns reconnection now, with its backoff; the data stays, stale.
            if (m_active || hasData()) {
                fail(m_connection->monitor()->health().lastError, QDateTime::currentDateTimeUtc());
            }
            break;
        case ConnectionState::Disconnected:
            m_timer->stop();
            abortFetch();
            if (state() == DataState::Loading) {
                reset(DataState::Empty);
            }
            break;
    }
}

void ResourcePoller::onProfileChanged() {
    m_timer->stop();
    abortFetch();
    forget();
    reset(m_active ? DataState::Loading : DataState::Empty);
}

void ResourcePoller::fetch() {
    if (!m_active || !m_connection || !m_connection->isOpen() || m_inFlight) {
        return;
    }
    if (m_connection->monitor()->health().state != ConnectionState::Reachable) {
        return;  // the monitor's next answer decides (see onConnectionState)
    }
    beginLoading();
    ApiReply* reply = m_connection->client()->get(m_path, m_query, m_timeoutMs);
    m_inFlight = reply;
    connect(reply, &ApiReply::finished, this, [this, reply] { onFinished(reply); });
}

void ResourcePoller::onFinished(ApiReply* reply) {
    if (reply != m_inFlight) {
        return;  // aborted: the poller stopped or moved on
    }
    m_inFlight = nullptr;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (reply->isSuccess()) {
        QString error;
        if (accept(reply->json(), &error)) {
            m_backoff.reset();
            succeed(now);
        } else {
            fail(ApiError::invalidResponse(reply->httpStatus(), error, reply->requestId()), now);
        }
        m_timer->start(m_intervalMs);
        return;
    }
    const ApiError error = reply->error();
    if (error.kind() == ApiError::Kind::Cancelled) {
        return;
    }
    fail(error, now);
    if (isTransportFailure(error)) {
        // Let the monitor decide whether the server is gone; until it does, try again
        // with the same growing delays it would use.
        m_connection->monitor()->checkNow();
        m_timer->start(std::min(m_backoff.nextDelayMs(), std::max(m_intervalMs, 1'000)));
    } else {
        m_timer->start(m_intervalMs);
    }
}

void ResourcePoller::abortFetch() {
    if (ApiReply* reply = m_inFlight) {
        m_inFlight = nullptr;
        reply->abort();
    }
}

}  // namespace recops::console
