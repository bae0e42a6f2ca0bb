// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "monitoring/window_persistence.h"

#include "common/timestamp.h"
#include "store/metric_window_store.h"

namespace recops::monitoring {
namespace {

constexpr std::int64_t kMinuteSeconds = 60;

store::MetricWindowRecord toRecord(std::int64_t resolutionSeconds, std::int64_t index,
                                   const WindowCounts& counts) {
    store::MetricWindowRecord record;
    record.resolutionSeconds = resolutionSeconds;
    record.startMs = index * resolutionSeconds * 1000;
    record.requests = static_cast<std::int64_t>(counts.requests);
    record.clientErrors = static_cast<std::int64_t>(counts.clientErrors);
    record.serverErrors = static_cast<std::int64_t>(counts.serverErrors);
    record.cacheLookups = static_cast<std::int64_t>(counts.cacheLookups);
    record.cacheHits = static_cast<std::int64_t>(counts.cacheHits);
    for (std::uint64_t count : counts.latency) {
        record.latencyCounts.push_back(static_cast<std::int64_t>(count));
    }
    return record;
}

WindowCounts toCounts(const store::MetricWindowRecord& record) {
    WindowCounts counts;
    counts.requests = static_cast<std::uint64_t>(record.requests);
    counts.clientErrors = static_cast<std::uint64_t>(record.clientErrors);
    counts.serverErrors = static_cast<std::uint64_t>(record.serverErrors);
    counts.cacheLookups = static_cast<std::uint64_t>(record.cacheLookups);
    counts.cacheHits = static_cast<std::uint64_t>(record.cacheHits);
    // A bucket saved with other latency bounds would be misread; the bounds are fixed, so
    // extra or missing entries can only come from damage and are ignored.
    for (std::size_t bucket = 0;
         bucket < counts.latency.size() && bucket < record.latencyCounts.size(); ++bucket) {
        counts.latency[bucket] = static_cast<std::uint64_t>(record.latencyCounts[bucket]);
    }
    return counts;
}

}  // namespace

void saveWindows(RollingWindows& windows, store::MetricWindowStore& store,
                 RollingWindows::TimePoint now) {
    const WindowCheckpoint checkpoint = windows.checkpoint(now);
    std::vector<store::MetricWindowRecord> records;
    records.reserve(checkpoint.seconds.size() + checkpoint.minutes.size());
    for (const auto& [second, counts] : checkpoint.seconds) {
        records.push_back(toRecord(1, second, counts));
    }
    for (const auto& [minute, counts] : checkpoint.minutes) {
        records.push_back(toRecord(kMinuteSeconds, minute, counts));
    }
    store.save(records, common::toUnixMilliseconds(windows.secondResolutionStart(now)),
               common::toUnixMilliseconds(windows.retentionStart(now)));
}

void loadWindows(RollingWindows& windows, store::MetricWindowStore& store,
                 RollingWindows::TimePoint now) {
    WindowCheckpoint checkpoint;
    for (const store::MetricWindowRecord& record :
         store.load(common::toUnixMilliseconds(windows.secondResolutionStart(now)),
                    common::toUnixMilliseconds(windows.retentionStart(now)))) {
        const std::int64_t index = record.startMs / (record.resolutionSeconds * 1000);
        (record.resolutionSeconds == 1 ? checkpoint.seconds : checkpoint.minutes)
            .emplace_back(index, toCounts(record));
    }
    windows.restore(checkpoint, now);
}

}  // namespace recops::monitoring
