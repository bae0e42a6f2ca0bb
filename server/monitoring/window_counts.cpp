// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "monitoring/window_counts.h"

#include <algorithm>
#include <cmath>

namespace recops::monitoring {

std::size_t latencyBucketIndex(double seconds) {
    if (std::isnan(seconds)) {
        return kLatencyBucketCount - 1;
    }
    return static_cast<std::size_t>(
        std::lower_bound(kLatencyBucketBounds.begin(), kLatencyBucketBounds.end(), seconds) -
        kLatencyBucketBounds.begin());
}

WindowCounts& WindowCounts::operator+=(const WindowCounts& other) {
    requests += other.requests;
    clientErrors += other.clientErrors;
    serverErrors += other.serverErrors;
    cacheLookups += other.cacheLookups;
    cacheHits += other.cacheHits;
    for (std::size_t bucket = 0; bucket < latency.size(); ++bucket) {
        latency[bucket] += other.latency[bucket];
    }
    return *this;
}

}  // namespace recops::monitoring
