// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <cstdint>
#include <vector>

namespace recops::store {

/// One stored bucket of the rolling windows: what was counted during one second or minute.
struct MetricWindowRecord {
    /// 1 (per-second buckets) or 60 (per-minute buckets).
    std::int64_t resolutionSeconds = 1;
    /// The bucket's start, Unix milliseconds.
    std::int64_t startMs = 0;
    std::int64_t requests = 0;
    std::int64_t clientErrors = 0;
    std::int64_t serverErrors = 0;
    std::int64_t cacheLookups = 0;
    std::int64_t cacheHits = 0;
    /// Requests per latency bucket (not cumulative), the +Inf bucket last.
    std::vector<std::int64_t> latencyCounts;

    bool operator==(const MetricWindowRecord&) const = default;
};

}  // namespace recops::store
