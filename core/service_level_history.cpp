// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// The dashboard's data: the SLO report, seven of recopsd's metric series and the drift
// PSI, each a PolledResource. The series' queries carry an absolute `from`, so they are
// moved on before every refresh and after every answer.
#include "core/service_level_history.h"

#include "core/api_endpoint.h"
#include "core/chart_history_store.h"
#include "core/server_connection.h"

#include <algorithm>

#include <QDateTime>
#include <QUrlQuery>

namespace recops::console {

namespace {

constexpr char kMetricsPrefix[] = "metrics.";
constexpr int kFastestRefreshMs = 5'000;
constexpr int kSlowestRefreshMs = 60'000;
/// How far inside recopsd's retention a query starts (see applyQueries()).
constexpr qint64 kRetentionMarginMs = 5'000;

QString isoTime(qint64 ms) {
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

/// recopsd's value in the unit the chart shows.
double displayValue(const QString& series, double value) {
    if (series.startsWith(u"latency_")) {
        return value * 1000.0;  // seconds to milliseconds
    }
    if (series == u"error_rate_5xx" || series == u"availability" || series == u"cache_hit_rate") {
        return value * 100.0;  // ratio to percent
    }
    return value;
}

}  // namespace

QStringList ServiceLevelHistory::metricSeries() {
    return {QStringLiteral("request_rate"),   QStringLiteral("latency_p50"),
            QStringLiteral("latency_p95"),    QStringLiteral("latency_p99"),
            QStringLiteral("error_rate_5xx"), QStringLiteral("availability"),
            QStringLiteral("cache_hit_rate")};
}

ServiceLevelHistory::ServiceLevelHistory(ServerConnection* connection, QObject* parent)
    : QObject(parent)
    , m_connection(connection)
    , m_slo(new PolledResource<SloReportList>(connection, ApiEndpoint::of(Endpoint::Slo).path(),
                                              &SloReportList::fromJson, this))
    , m_drift(new PolledResource<DriftReport>(connection, ApiEndpoint::of(Endpoint::Drift).path(),
                                              &DriftReport::fromJson, this))
    , m_toMs(QDateTime::currentMSecsSinceEpoch()) {
    m_slo->setTitle(tr("Service level objectives"));
    m_drift->setTitle(tr("Data drift"));
    connect(m_slo, &DataSource::dataChanged, this, &ServiceLevelHistory::sloChanged);
    connect(m_drift, &DataSource::dataChanged, this, &ServiceLevelHistory::takeDrift);
    for (const QString& series : metricSeries()) {
        auto* poller = new PolledResource<SeriesHistory>(
            connection, ApiEndpoint::of(Endpoint::MetricsHistory).path(), &SeriesHistory::fromJson,
            this);
        poller->setTitle(tr("Metric history: %1").arg(series));
        connect(poller, &DataSource::dataChanged, this, [this, series] { takeSeries(series); });
        m_series.insert(series, poller);
    }
    connect(connection, &ServerConnection::profileChanged, this, &ServiceLevelHistory::dropPoints);
    applyQueries();
}

QList<ResourcePoller*> ServiceLevelHistory::sources() const {
    QList<ResourcePoller*> all{m_slo};
    for (const QString& series : metricSeries()) {
        all.append(m_series.value(series));
    }
    all.append(m_drift);
    return all;
}

bool ServiceLevelHistory::isSettled() const {
    const QList<ResourcePoller*> all = sources();
    return std::all_of(all.cbegin(), all.cend(),
                       [](const ResourcePoller* source) { return source->isSettled(); });
}

qint64 ServiceLevelHistory::rangeFromMs() const {
    return m_toMs - ChartRanges::durationMs(m_range);
}

int ServiceLevelHistory::refreshIntervalMs() const {
    return static_cast<int>(std::clamp<qint64>(ChartRanges::stepSeconds(m_range) * 1000,
                                               kFastestRefreshMs, kSlowestRefreshMs));
}

void ServiceLevelHistory::setRange(ChartRange range) {
    if (range == m_range) {
        return;
    }
    m_range = range;
    m_points.clear();
    applyQueries();
    for (const QString& series : metricSeries()) {
        takeSeries(series);  // what the store holds shows at once; the server's answer follows
    }
    takeDrift();
    if (m_active) {
        refresh();  // once, even while paused: the user asked for another range
    }
    Q_EMIT stateChanged();
}

void ServiceLevelHistory::setActive(bool active) {
    m_active = active;
    followActivity();
}

void ServiceLevelHistory::setPaused(bool paused) {
    if (paused == m_paused) {
        return;
    }
    m_paused = paused;
    followActivity();
    Q_EMIT stateChanged();
}

void ServiceLevelHistory::followActivity() {
    const bool polling = m_active && !m_paused;
    applyQueries();
    for (ResourcePoller* source : sources()) {
        source->setIntervalMs(refreshIntervalMs());
        if (!polling) {
            source->pause();
        } else if (!m_started) {
            source->start();
        } else {
            source->resume();
        }
    }
    m_started = m_started || polling;
}

void ServiceLevelHistory::refresh() {
    applyQueries();
    for (ResourcePoller* source : sources()) {
        source->refresh();
    }
}

void ServiceLevelHistory::applyQueries() {
    m_toMs = QDateTime::currentMSecsSinceEpoch();
    const qint64 step = ChartRanges::stepSeconds(m_range);
    // recopsd refuses a `from` past its retention (the hour of seconds, the 30 days of
    // minutes), and a timer-driven fetch goes out up to an interval after this query was
    // set: it starts that much, and a little more, inside the range. The axis still spans
    // the whole range.
    // It starts on a multiple of the step too, so that every fetch has its points at the
    // same times and the local history holds one grid per series and step.
    const qint64 stepMs = step * 1000;
    const qint64 insideMs = rangeFromMs() + refreshIntervalMs() + kRetentionMarginMs;
    const qint64 queryFromMs = (insideMs + stepMs - 1) / stepMs * stepMs;
    for (auto it = m_series.cbegin(); it != m_series.cend(); ++it) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("series"), it.key());
        query.addQueryItem(QStringLiteral("from"), isoTime(queryFromMs));
        query.addQueryItem(QStringLiteral("step"), QString::number(step));
        it.value()->setQuery(query);
        it.value()->setIntervalMs(refreshIntervalMs());
    }
    m_slo->setIntervalMs(refreshIntervalMs());
    m_drift->setIntervalMs(refreshIntervalMs());
}

QString ServiceLevelHistory::storeKey(const QString& series) const {
    if (series == QLatin1StringView(kDriftSeries)) {
        return QStringLiteral("drift.max_psi");
    }
    // One key per step: a 30-day chart does not mix its 40-minute points with seconds.
    return QLatin1StringView(kMetricsPrefix) + series + u'.' +
           QString::number(ChartRanges::stepSeconds(m_range)) + u's';
}

QList<QPointF> ServiceLevelHistory::readStore(const QString& key) const {
    QList<QPointF> points;
    ChartHistoryStore* store = m_connection ? m_connection->chartHistory() : nullptr;
    if (!store || !m_connection->profile().isSaved()) {
        return points;
    }
    const QList<SeriesSample> samples =
        store->range(m_connection->profile().id, key, rangeFromMs(), m_toMs);
    points.reserve(samples.size());
    for (const SeriesSample& sample : samples) {
        if (sample.value) {
            points.append(QPointF(static_cast<qreal>(sample.timeMs), *sample.value));
        }
    }
    return points;
}

void ServiceLevelHistory::takeSeries(const QString& series) {
    PolledResource<SeriesHistory>* poller = m_series.value(series);
    ChartHistoryStore* store = m_connection ? m_connection->chartHistory() : nullptr;
    const bool kept = store && m_connection->profile().isSaved();
    const std::optional<SeriesHistory>& answer = poller->value();
    if (answer && kept) {
        // Only what is new since the last write, and the last steps again (still filling
        // when they were written): a refresh rewrites a few rows, not the whole range.
        const QString key = storeKey(series);
        const qint64 writtenUpTo = m_storedUpToMs.value(key, 0) - 2 * answer->stepSeconds * 1000;
        QList<SeriesSample> fresh;
        for (const SeriesSample& sample : answer->points) {
            if (sample.timeMs >= writtenUpTo) {
                fresh.append(sample);
            }
        }
        if (!fresh.isEmpty() && store->append(m_connection->profile().id, key, fresh)) {
            m_storedUpToMs.insert(key, fresh.constLast().timeMs);
        }
    }
    QList<QPointF> points;
    if (kept) {
        points = readStore(storeKey(series));
    } else if (answer) {
        points.reserve(answer->points.size());
        for (const SeriesSample& sample : answer->points) {
            if (sample.value && sample.timeMs >= rangeFromMs()) {
                points.append(QPointF(static_cast<qreal>(sample.timeMs), *sample.value));
            }
        }
    }
    for (QPointF& point : points) {
        point.setY(displayValue(series, point.y()));
    }
    m_points.insert(series, points);
    applyQueries();
    Q_EMIT seriesChanged(series);
}

void ServiceLevelHistory::takeDrift() {
    const QString drift = QLatin1StringView(kDriftSeries);
    if (const std::optional<DriftReport>& report = m_drift->value(); report) {
        std::optional<double> largest;
        for (const FeatureDrift& feature : report->features) {
            if (feature.psi && (!largest || *feature.psi > *largest)) {
                largest = feature.psi;
            }
        }
        const qint64 atMs = report->computedAtUtc.isValid()
                                ? report->computedAtUtc.toMSecsSinceEpoch()
                                : QDateTime::currentMSecsSinceEpoch();
        if (largest && (m_driftSeen.isEmpty() || m_driftSeen.constLast().x() < atMs)) {
            m_driftSeen.append(QPointF(static_cast<qreal>(atMs), *largest));
            ChartHistoryStore* store = m_connection->chartHistory();
            if (store && m_connection->profile().isSaved()) {
                store->append(m_connection->profile().id, storeKey(drift),
                              SeriesSample{atMs, *largest});
            }
        }
    }
    QList<QPointF> points = readStore(storeKey(drift));
    if (points.isEmpty()) {
        for (const QPointF& point : std::as_const(m_driftSeen)) {
            if (point.x() >= rangeFromMs()) {
                points.append(point);
            }
        }
    }
    m_points.insert(drift, points);
    Q_EMIT seriesChanged(drift);
}

void ServiceLevelHistory::dropPoints() {
    m_points.clear();
    m_storedUpToMs.clear();
    m_driftSeen.clear();
    for (const QString& series : metricSeries()) {
        Q_EMIT seriesChanged(series);
    }
    Q_EMIT seriesChanged(QLatin1StringView(kDriftSeries));
}

}  // namespace recops::console
