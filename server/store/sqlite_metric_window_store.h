// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "store/metric_window_store.h"
#include "store/shared_sqlite_connection.h"

namespace recops::store {

/// Window buckets in the `metric_window_buckets` table; latency counts as comma-separated
/// text, readable with the sqlite3 shell and portable to PostgreSQL.
class SqliteMetricWindowStore final : public MetricWindowStore {
public:
    explicit SqliteMetricWindowStore(SharedSqliteConnection& connection)
        : m_connection(connection) {}

    void save(const std::vector<MetricWindowRecord>& records, std::int64_t keepSecondsFromMs,
              std::int64_t keepMinutesFromMs) override;
    std::vector<MetricWindowRecord> load(std::int64_t secondsFromMs,
                                         std::int64_t minutesFromMs) override;

private:
    SharedSqliteConnection& m_connection;
};

}  // namespace recops::store
