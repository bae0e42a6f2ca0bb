// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/connection_profile.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

namespace recops::console {

class ApiClient;
class ChartHistoryStore;
class HealthMonitor;
class LatencyHistoryModel;
class SecretStore;

/**
 * The console's connection to one recopsd: the profile in use, its token, the API client
 * every page calls through, and the health monitor the status bar and dashboard watch.
 *
 * open() finds the token first (RECOPS_TOKEN from the environment wins, for automation;
 * otherwise the keyring entry of the profile), then starts the monitor. Switching profiles
 * cancels everything the previous one had in flight.
 */
class ServerConnection : public QObject {
    Q_OBJECT

public:
    /// Environment variable whose token overrides the keyring, for scripts and CI.
    static constexpr char kTokenEnvironmentVariable[] = "RECOPS_TOKEN";
    /// The chart-history series of the health checks' round trips (no value: failed).
    static constexpr char kRoundTripSeries[] = "health.round_trip_ms";
    /// How far back the latency chart reaches into the history when a profile opens.
    static constexpr qint64 kLatencyHistoryReachMs = 10 * 60 * 1000;

    enum class TokenSource {
        None,         ///< no token: only open endpoints (/healthz) work
        Environment,  ///< RECOPS_TOKEN
        Keyring,      ///< the system keyring
        Session,      ///< kept in memory for this session (no keyring, or given once)
    };
    Q_ENUM(TokenSource)

    explicit ServerConnection(SecretStore* secrets, QObject* parent = nullptr);
    ~ServerConnection() override;

    ApiClient* client() const { return m_client; }
    HealthMonitor* monitor() const { return m_monitor; }
    LatencyHistoryModel* latencyHistory() const { return m_latencyHistory; }
    /// The local chart history (see setChartHistory()); nullptr when there is none.
    ChartHistoryStore* chartHistory() const;

    /**
     * Keeps every health check's round trip of a saved profile in @p history, and fills the
     * latency chart from it when a profile opens, so the chart survives a restart.
     */
    void setChartHistory(ChartHistoryStore* history);

    /// Connects to @p profile, looking its token up asynchronously.
    void open(const ConnectionProfile& profile);
    /// Connects to @p profile with a token already in hand (RECOPS_TOKEN still wins).
    void openWithToken(const ConnectionProfile& profile, const QString& token, TokenSource source);
    /// Disconnects; the monitor reports Disconnected.
    void close();

    bool isOpen() const { return m_open; }
    ConnectionProfile profile() const { return m_profile; }
    TokenSource tokenSource() const { return m_tokenSource; }
    /// Why the token comes from where it does, when that needs saying (keyring missing...).
    QString tokenMessage() const { return m_tokenMessage; }

Q_SIGNALS:
    void profileChanged(const recops::console::ConnectionProfile& profile);
    void tokenSourceChanged(recops::console::ServerConnection::TokenSource source,
                            const QString& message);

private:
    void begin(const ConnectionProfile& profile);
    void useToken(const QString& token, TokenSource source, const QString& message);
    void recordProbe(const QDateTime& finishedUtc, double latencyMs, bool succeeded);
    void loadLatencyHistory();

    QPointer<SecretStore> m_secrets;
    ApiClient* m_client;
    HealthMonitor* m_monitor;
    LatencyHistoryModel* m_latencyHistory;
    QPointer<ChartHistoryStore> m_chartHistory;
    ConnectionProfile m_profile;
    TokenSource m_tokenSource = TokenSource::None;
    QString m_tokenMessage;
    quint64 m_generation = 0;
    bool m_open = false;
};

}  // namespace recops::console
