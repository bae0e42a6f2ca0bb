// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/local_schema.h"

#include <optional>

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

class QSqlDatabase;

namespace recops::console {

class LocalDatabase;

/// One point of a chart series. No value means the measurement failed at that time.
struct SeriesSample {
    qint64 timeMs = 0;  ///< Unix milliseconds
    std::optional<double> value;

    friend bool operator==(const SeriesSample&, const SeriesSample&) = default;
};

/**
 * Chart history kept on this machine, per profile and series, for longer than recopsd's
 * own rolling windows: what the console measured or fetched, so a chart can show the last
 * days across restarts and while the server is down.
 *
 * A series is a stable key such as "health.round_trip_ms". Samples older than the
 * retention are deleted on open and then about once an hour while appending. Writes are
 * small transactions on a WAL file: cheap enough for the GUI thread at one sample a second.
 */
class ChartHistoryStore : public QObject {
    Q_OBJECT

public:
    static constexpr int kDefaultRetentionDays = 30;

    ChartHistoryStore(LocalDatabase* database, QObject* parent = nullptr);

    /// The chart_history component: the chart_samples table.
    static LocalSchema schema();

    /// How long samples are kept; at least one day.
    void setRetentionDays(int days);
    int retentionDays() const { return m_retentionDays; }

    /// Appends (or replaces, at the same time) one sample.
    bool append(const QString& profileId, const QString& series, const SeriesSample& sample);
    /// Appends several samples in one transaction.
    bool append(const QString& profileId, const QString& series,
                const QList<SeriesSample>& samples);

    /**
     * The samples of one series with fromMs <= time <= toMs, oldest first. With @p limit
     * >= 0, only the newest @p limit of them.
     */
    QList<SeriesSample> range(const QString& profileId, const QString& series, qint64 fromMs,
                              qint64 toMs, int limit = -1) const;
    /// The series a profile has samples of, sorted.
    QStringList series(const QString& profileId) const;

    /// Deletes samples older than the retention before @p nowMs; returns how many.
    int prune(qint64 nowMs);
    /// Deletes every sample of a profile (it was removed).
    bool removeProfile(const QString& profileId);

    QString errorString() const { return m_errorString; }

private:
    QSqlDatabase database() const;
    bool insert(const QString& profileId, const QString& series, const SeriesSample& sample);
    void pruneNowAndThen(qint64 nowMs);

    QPointer<LocalDatabase> m_database;
    int m_retentionDays = kDefaultRetentionDays;
    qint64 m_lastPruneMs = 0;
    QString m_errorString;
};

}  // namespace recops::console
