// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "metrics/counter.h"
#include "metrics/metric_family.h"
#include "monitoring/rolling_windows.h"

namespace recops::metrics {
class Registry;
}

namespace recops::monitoring {

/**
 * Where the recommendation cache reports each lookup: into the rolling windows (the
 * cache_hit_rate series, LowCacheHitRate) and into the counter
 * recommendation_cache_lookups_total{outcome="hit"|"miss"} that Prometheus scrapes, so that
 * both see the same lookups. Safe and cheap from every request thread.
 */
class CacheLookupRecorder {
public:
    CacheLookupRecorder(RollingWindows& windows, metrics::Registry& registry);

    void recordCacheLookup(CacheOutcome outcome);

private:
    CacheLookupRecorder(RollingWindows& windows, metrics::MetricFamily<metrics::Counter>& lookups);

    RollingWindows& m_windows;
    metrics::Counter& m_hits;
    metrics::Counter& m_misses;
};

}  // namespace recops::monitoring
