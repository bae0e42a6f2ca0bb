// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>

namespace recops::monitoring {

/// Upper bounds, in seconds, of the latency buckets the windows count into: the bounds of
/// http_request_duration_seconds, so that a percentile computed here and one computed by
/// Prometheus from /metrics agree.
inline constexpr std::array<double, 15> kLatencyBucketBounds{
    0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0};

/// One bucket per bound plus the last one for durations above every bound (+Inf).
inline constexpr std::size_t kLatencyBucketCount = kLatencyBucketBounds.size() + 1;

/// The bucket a duration of @p seconds counts in: the first whose bound is >= it.
std::size_t latencyBucketIndex(double seconds);

/**
 * What happened during one stretch of time (a second, a minute, a window): requests by
 * outcome, their durations by bucket (not cumulative), and recommendation cache lookups.
 */
struct WindowCounts {
    std::uint64_t requests = 0;
    /// Responses with a 4xx status.
    std::uint64_t clientErrors = 0;
    /// Responses with a 5xx status.
    std::uint64_t serverErrors = 0;
    std::uint64_t cacheLookups = 0;
    std::uint64_t cacheHits = 0;
    std::array<std::uint64_t, kLatencyBucketCount> latency{};

    WindowCounts& operator+=(const WindowCounts& other);
    bool operator==(const WindowCounts& other) const = default;

    bool empty() const { return *this == WindowCounts{}; }
};

}  // namespace recops::monitoring
