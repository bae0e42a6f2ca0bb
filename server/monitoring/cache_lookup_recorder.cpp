// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "monitoring/cache_lookup_recorder.h"

#include "metrics/registry.h"

namespace recops::monitoring {

CacheLookupRecorder::CacheLookupRecorder(RollingWindows& windows,
                                         metrics::MetricFamily<metrics::Counter>& lookups)
    : m_windows(windows)
    , m_hits(lookups.withLabels({"hit"}))
    , m_misses(lookups.withLabels({"miss"})) {}

CacheLookupRecorder::CacheLookupRecorder(RollingWindows& windows, metrics::Registry& registry)
    : CacheLookupRecorder(
          windows, registry.counterFamily("recommendation_cache_lookups_total",
                                          "Recommendation cache lookups, by outcome (hit or miss).",
                                          {"outcome"})) {}

void CacheLookupRecorder::recordCacheLookup(CacheOutcome outcome) {
    m_windows.recordCacheLookup(outcome);
    (outcome == CacheOutcome::Hit ? m_hits : m_misses).increment();
}

}  // namespace recops::monitoring
