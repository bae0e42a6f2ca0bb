// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/chart_range.h"
#include "core/drift_report.h"
#include "core/polled_resource.h"
#include "core/series_history.h"
#include "core/slo_report.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointF>
#include <QPointer>
#include <QStringList>

namespace recops::console {

class ServerConnection;

/**
 * What the dashboard's SLO charts show: GET /api/v1/slo, one GET /api/v1/metrics/history
 * per series over the chosen range, and the largest PSI of GET /api/v1/drift, refreshed
 * on an interval while active and not paused.
 *
 * Every answer of a saved profile is also written to the local ChartHistoryStore, and the
 * points a chart gets are read back from it over the whole range: the console keeps what
 * it has seen for longer than recopsd keeps its windows (and across a server restart,
 * which empties them), and drift, of which the server has no history, gets one. Without a
 * store (an unsaved profile) the charts show the server's answers alone.
 *
 * Points are (Unix ms, value) in display units: latencies in milliseconds, ratios in
 * percent, the request rate per second, PSI as it is.
 */
class ServiceLevelHistory : public QObject {
    Q_OBJECT

public:
    /// recopsd's series the dashboard draws.
    static QStringList metricSeries();
    /// The key of the drift series (the largest PSI of any feature): not one of recopsd's.
    static constexpr char kDriftSeries[] = "drift_max_psi";

    explicit ServiceLevelHistory(ServerConnection* connection, QObject* parent = nullptr);

    void setRange(ChartRange range);
    ChartRange range() const { return m_range; }
    /// From and to of what the charts show now.
    qint64 rangeFromMs() const;
    qint64 rangeToMs() const { return m_toMs; }

    /// Fetching while the dashboard is shown (start/stop) and not paused by its user.
    void setActive(bool active);
    bool isActive() const { return m_active; }
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    /// Seconds between two refreshes at the current range.
    int refreshIntervalMs() const;

    /// Fetches everything now (F5, and a new range).
    void refresh();

    /// The points of @p series (one of metricSeries() or kDriftSeries) over the range.
    QList<QPointF> points(const QString& series) const { return m_points.value(series); }
    /// The last SLO report; nullopt before the first.
    const std::optional<SloReportList>& slo() const { return m_slo->value(); }
    /// Every source, for PageWidget::watch().
    QList<ResourcePoller*> sources() const;
    bool isSettled() const;

Q_SIGNALS:
    /// New points for @p series.
    void seriesChanged(const QString& series);
    /// A new SLO report.
    void sloChanged();
    /// The range, pause or activity changed.
    void stateChanged();

private:
    void applyQueries();
    void followActivity();
    void takeSeries(const QString& series);
    void takeDrift();
    QString storeKey(const QString& series) const;
    QList<QPointF> readStore(const QString& key) const;
    void dropPoints();

    QPointer<ServerConnection> m_connection;
    PolledResource<SloReportList>* m_slo;
    PolledResource<DriftReport>* m_drift;
    QHash<QString, PolledResource<SeriesHistory>*> m_series;
    QHash<QString, QList<QPointF>> m_points;
    /// Per store key, the newest sample written (see takeSeries()).
    QHash<QString, qint64> m_storedUpToMs;
    /// Drift seen by this session, for a profile without a store.
    QList<QPointF> m_driftSeen;
    ChartRange m_range = ChartRange::Hour1;
    qint64 m_toMs = 0;
    bool m_active = false;
    bool m_paused = false;
    bool m_started = false;
};

}  // namespace recops::console
