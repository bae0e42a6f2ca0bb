// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "store/sqlite_metric_window_store.h"

#include "store/sqlite_transaction.h"
#include "store/store_error.h"

#include <charconv>
#include <string>

namespace recops::store {
namespace {

std::string joinCounts(const std::vector<std::int64_t>& counts) {
    std::string text;
    for (std::size_t index = 0; index < counts.size(); ++index) {
        if (index > 0) {
            text.push_back(',');
        }
        text += std::to_string(counts[index]);
    }
    return text;
}

std::vector<std::int64_t> splitCounts(std::string_view text) {
    std::vector<std::int64_t> counts;
    while (!text.empty()) {
        std::int64_t value = 0;
        const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
        if (error != std::errc() || (end != text.data() + text.size() && *end != ',')) {
            throw StoreError("a metric window bucket's latency counts are damaged in the database");
        }
        counts.push_back(value);
        text.remove_prefix(static_cast<std::size_t>(end - text.data()));
        if (!text.empty()) {
            text.remove_prefix(1);
        }
    }
    return counts;
}

}  // namespace

void SqliteMetricWindowStore::save(const std::vector<MetricWindowRecord>& records,
                                   std::int64_t keepSecondsFromMs, std::int64_t keepMinutesFromMs) {
    m_connection.use([&](SqliteConnection& connection) {
        SqliteTransaction transaction(connection);
        auto statement = connection.prepare(
            "INSERT OR REPLACE INTO metric_window_buckets (resolution_s, start_ms, requests, "
            "client_errors, server_errors, cache_lookups, cache_hits, latency_counts) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
        auto insert = [&](const MetricWindowRecord& record) {
            statement.reset()
                .bind(1, record.resolutionSeconds)
                .bind(2, record.startMs)
                .bind(3, record.requests)
                .bind(4, record.clientErrors)
                .bind(5, record.serverErrors)
                .bind(6, record.cacheLookups)
                .bind(7, record.cacheHits)
                .bind(8, joinCounts(record.latencyCounts))
                .run();
        };
        for (const MetricWindowRecord& record : records) {
            insert(record);
        }
        connection
            .prepare(
                "DELETE FROM metric_window_buckets WHERE (resolution_s = 1 AND start_ms < ?1) "
                "OR (resolution_s = 60 AND start_ms < ?2)")
            .bind(1, keepSecondsFromMs)
            .bind(2, keepMinutesFromMs)
            .run();
        transaction.commit();
    });
}

std::vector<MetricWindowRecord> SqliteMetricWindowStore::load(std::int64_t secondsFromMs,
                                                              std::int64_t minutesFromMs) {
    return m_connection.use([&](SqliteConnection& connection) {
        auto statement = connection.prepare(
            "SELECT resolution_s, start_ms, requests, client_errors, server_errors, "
            "cache_lookups, cache_hits, latency_counts FROM metric_window_buckets "
            "WHERE (resolution_s = 1 AND start_ms >= ?1) OR (resolution_s = 60 AND start_ms >= "
            "?2) ORDER BY start_ms, resolution_s");
        statement.bind(1, secondsFromMs).bind(2, minutesFromMs);
        std::vector<MetricWindowRecord> records;
        while (statement.step()) {
            records.push_back({statement.columnInteger(0), statement.columnInteger(1),
                               statement.columnInteger(2), statement.columnInteger(3),
                               statement.columnInteger(4), statement.columnInteger(5),
                               statement.columnInteger(6), splitCounts(statement.columnText(7))});
        }
        return records;
    });
}

}  // namespace recops::store
