// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "core/server_connection.h"

#include "core/api_client.h"
#include "core/chart_history_store.h"
#include "core/health_monitor.h"
#include "core/latency_history_model.h"
#include "core/secret_store.h"

namespace recops::console {

ServerConnection::ServerConnection(SecretStore* secrets, QObject* parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_client(new ApiClient(this))
    , m_monitor(new HealthMonitor(m_client, this))
    , m_latencyHistory(new LatencyHistoryModel(LatencyHistoryModel::kDefaultCapacity, this)) {
    connect(m_monitor, &HealthMonitor::probed, m_latencyHistory, &LatencyHistoryModel::addSample);
    connect(m_monitor, &HealthMonitor::probed, this, &ServerConnection::recordProbe);
}

void ServerConnection::setChartHistory(ChartHistoryStore* history) {
    m_chartHistory = history;
}

ChartHistoryStore* ServerConnection::chartHistory() const {
    return m_chartHistory;
}

void ServerConnection::recordProbe(const QDateTime& finishedUtc, double latencyMs, bool succeeded) {
    if (!m_chartHistory || !m_profile.isSaved()) {
        return;  // an ad-hoc connection leaves nothing behind
    }
    SeriesSample sample{finishedUtc.toMSecsSinceEpoch(), std::nullopt};
    if (succeeded) {
        sample.value = latencyMs;
    }
    m_chartHistory->append(m_profile.id, QLatin1StringView(kRoundTripSeries), sample);
}

void ServerConnection::loadLatencyHistory() {
    if (!m_chartHistory || !m_profile.isSaved()) {
        return;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QList<SeriesSample> samples =
        m_chartHistory->range(m_profile.id, QLatin1StringView(kRoundTripSeries),
                              now - kLatencyHistoryReachMs, now, m_latencyHistory->capacity());
    for (const SeriesSample& sample : samples) {
        m_latencyHistory->addSample(QDateTime::fromMSecsSinceEpoch(sample.timeMs, Qt::UTC),
                                    sample.value.value_or(0.0), sample.value.has_value());
    }
}

ServerConnection::~ServerConnection() = default;

void ServerConnection::begin(const ConnectionProfile& profile) {
    ++m_generation;
    m_monitor->stop();
    m_client->abortAll();
    m_latencyHistory->clear();
    m_profile = profile;
    loadLatencyHistory();
    m_open = true;
    m_client->setBaseUrl(profile.url);
    m_client->setTlsOptions(profile.tls);
    m_client->setToken(QString());
    Q_EMIT profileChanged(m_profile);
}

void ServerConnection::open(const ConnectionProfile& profile) {
    begin(profile);
    const QString fromEnvironment = qEnvironmentVariable(kTokenEnvironmentVariable);
    if (!fromEnvironment.isEmpty()) {
        useToken(fromEnvironment, TokenSource::Environment, QString());
        return;
    }
    if (!profile.isSaved() || !m_secrets) {
        useToken(QString(), TokenSource::None, QString());
        return;
    }
    const quint64 generation = m_generation;
    m_secrets->readToken(profile.id, this, [this, generation](const SecretStore::Result& result) {
        if (generation != m_generation) {
            return;  // another profile was opened meanwhile
        }
        if (result.succeeded()) {
            useToken(result.token,
                     result.storage == SecretStore::Storage::Keyring ? TokenSource::Keyring
                                                                     : TokenSource::Session,
                     result.message);
        } else {
            useToken(QString(), TokenSource::None, result.message);
        }
    });
}

void ServerConnection::openWithToken(const ConnectionProfile& profile, const QString& token,
                                     TokenSource source) {
    begin(profile);
    const QString fromEnvironment = qEnvironmentVariable(kTokenEnvironmentVariable);
    if (!fromEnvironment.isEmpty()) {
        useToken(fromEnvironment, TokenSource::Environment, QString());
    } else {
        useToken(token, token.isEmpty() ? TokenSource::None : source, QString());
    }
}

void ServerConnection::useToken(const QString& token, TokenSource source, const QString& message) {
    m_client->setToken(token);
    m_tokenSource = source;
    m_tokenMessage = message;
    Q_EMIT tokenSourceChanged(source, message);
    m_monitor->start();
}

void ServerConnection::close() {
    ++m_generation;
    m_open = false;
    m_monitor->stop();
    m_client->abortAll();
}

}  // namespace recops::console
