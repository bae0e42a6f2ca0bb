// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/data_source.h"
#include "core/reconnect_backoff.h"
#include "core/server_health.h"

#include <QJsonDocument>
#include <QPointer>
#include <QString>
#include <QUrlQuery>

class QTimer;

namespace recops::console {

class ApiReply;
class ServerConnection;

/**
 * One recopsd API resource fetched on an interval through the connection's ApiClient:
 * the untyped part of PolledResource<T>, which pages use.
 *
 * It follows the connection rather than knocking on the server by itself:
 * - while the health monitor reports the server unreachable it does not fetch; its data
 *   turns Stale (or Failed, without data) at once, and when the monitor, with its backoff,
 *   reaches the server again, it fetches at once;
 * - a fetch that fails in transport asks the monitor to check now and is retried with the
 *   same ReconnectBackoff policy, until the monitor decides;
 * - an HTTP error keeps the data (Stale) and is retried at the interval; 404 and 501 mean
 *   the server has no such resource (Unsupported);
 * - another profile drops the data: it belonged to another server.
 *
 * pause() stops fetching and keeps the data (a page that is not shown); resume() fetches
 * at once when the data is older than the interval. Nothing blocks: one call at most is in
 * flight, and it is aborted when the poller stops.
 */
class ResourcePoller : public DataSource {
    Q_OBJECT

public:
    static constexpr int kDefaultIntervalMs = 10'000;

    ResourcePoller(ServerConnection* connection, const QString& path, QObject* parent = nullptr);
    ~ResourcePoller() override;

    QString path() const { return m_path; }
    /**
     * Follows another resource (the versions of another model): the value of the old one
     * is dropped, as when the profile changes, and an active poller fetches the new one.
     */
    void setPath(const QString& path);
    void setQuery(const QUrlQuery& query) { m_query = query; }
    QUrlQuery query() const { return m_query; }
    void setIntervalMs(int intervalMs);
    int intervalMs() const { return m_intervalMs; }
    /// Deadline of one fetch; negative uses the client's.
    void setTimeoutMs(int timeoutMs) { m_timeoutMs = timeoutMs; }
    void setBackoffPolicy(const BackoffPolicy& policy, quint32 seed);

    /// Starts polling: fetches at once when the server is reachable.
    void start();
    /// Stops polling and keeps the data.
    void pause();
    /// Polls again; fetches at once when the data is older than the interval.
    void resume();
    bool isActive() const { return m_active; }
    bool isFetching() const;

    /// Fetches now; while the server is unreachable, asks the monitor to try it now.
    void refresh() override;

protected:
    /// Takes a successful body; returns false, with @p error, when it is not what the
    /// resource should be (the previous value is then kept).
    virtual bool accept(const QJsonDocument& body, QString* error) = 0;
    /// Drops the value.
    virtual void forget() = 0;

private:
    void fetch();
    void onFinished(ApiReply* reply);
    void onConnectionState(ConnectionState state);
    void onProfileChanged();
    void abortFetch();
    void followConnection();

    QPointer<ServerConnection> m_connection;
    QString m_path;
    QUrlQuery m_query;
    int m_intervalMs = kDefaultIntervalMs;
    int m_timeoutMs = -1;
    QTimer* m_timer;
    QPointer<ApiReply> m_inFlight;
    ReconnectBackoff m_backoff;
    bool m_active = false;
};

}  // namespace recops::console
