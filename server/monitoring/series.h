// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "monitoring/window_counts.h"

#include <optional>
#include <span>
#include <string_view>

namespace recops::monitoring {

/// A quantity derived from window counts, as charts and rules read it.
enum class Series {
    RequestRate,
    ServerErrorRate,
    ClientErrorRate,
    LatencyP50,
    LatencyP95,
    LatencyP99,
    Availability,
    CacheHitRate,
};

/// Every series, in the order documentation and error messages list them.
std::span<const Series> allSeries();

/// "request_rate", "error_rate_5xx", "error_rate_4xx", "latency_p50", "latency_p95",
/// "latency_p99", "availability", "cache_hit_rate".
std::string_view seriesName(Series series);
std::optional<Series> parseSeries(std::string_view name);

/// "requests_per_second", "ratio" or "seconds".
std::string_view seriesUnit(Series series);

/**
 * The value of @p series over @p counts, which span @p durationSeconds: a rate per second, a
 * ratio in 0..1 or a latency in seconds. Nothing when the series is undefined there (a ratio
 * or percentile with no request, a hit rate with no lookup).
 */
std::optional<double> seriesValue(Series series, const WindowCounts& counts,
                                  double durationSeconds);

/// The share of requests answered with a 5xx status; nothing without requests.
std::optional<double> serverErrorRatio(const WindowCounts& counts);

/// The @p quantile of request latency in seconds; nothing without requests.
std::optional<double> latencyQuantile(const WindowCounts& counts, double quantile);

}  // namespace recops::monitoring
