// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

namespace recops::console {

/**
 * The round trips of the last health checks, as measured by the console: a rolling window
 * of (time, latency, success) samples, oldest first, for the dashboard's chart and table.
 *
 * Columns hold plain numbers (milliseconds since the epoch, latency in milliseconds) so a
 * chart can map them directly.
 */
class LatencyHistoryModel : public QAbstractTableModel {
    Q_OBJECT

public:
    static constexpr int kDefaultCapacity = 150;

    enum Column { TimeColumn, LatencyColumn, SucceededColumn, ColumnCount };
    enum Role {
        TimestampRole = Qt::UserRole + 1,  ///< QDateTime (UTC)
        LatencyMsRole,                     ///< double
        SucceededRole,                     ///< bool
    };
    Q_ENUM(Role)

    explicit LatencyHistoryModel(int capacity = kDefaultCapacity, QObject* parent = nullptr);

    /// Appends a sample, dropping the oldest once the window is full.
    void addSample(const QDateTime& timestampUtc, double latencyMs, bool succeeded);
    void clear();
    int capacity() const { return m_capacity; }

    /// Highest latency of a successful sample in the window; 0 when there is none.
    double maximumLatencyMs() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Sample {
        QDateTime timestampUtc;
        double latencyMs;
        bool succeeded;
    };
    int m_capacity;
    QList<Sample> m_samples;
};

}  // namespace recops::console
