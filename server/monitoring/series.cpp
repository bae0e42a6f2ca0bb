// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "monitoring/series.h"

#include "monitoring/latency_percentile.h"

#include <array>

namespace recops::monitoring {
namespace {

struct SeriesInfo {
    Series series;
    std::string_view name;
    std::string_view unit;
};

constexpr std::array kSeries{
    SeriesInfo{Series::RequestRate, "request_rate", "requests_per_second"},
    SeriesInfo{Series::ServerErrorRate, "error_rate_5xx", "ratio"},
    SeriesInfo{Series::ClientErrorRate, "error_rate_4xx", "ratio"},
    SeriesInfo{Series::LatencyP50, "latency_p50", "seconds"},
    SeriesInfo{Series::LatencyP95, "latency_p95", "seconds"},
    SeriesInfo{Series::LatencyP99, "latency_p99", "seconds"},
    SeriesInfo{Series::Availability, "availability", "ratio"},
    SeriesInfo{Series::CacheHitRate, "cache_hit_rate", "ratio"},
};

constexpr std::array kAllSeries{
    Series::RequestRate, Series::ServerErrorRate, Series::ClientErrorRate, Series::LatencyP50,
    Series::LatencyP95,  Series::LatencyP99,      Series::Availability,    Series::CacheHitRate};

const SeriesInfo& infoOf(Series series) {
    return kSeries[static_cast<std::size_t>(series)];
}

std::optional<double> ratio(std::uint64_t part, std::uint64_t whole) {
    if (whole == 0) {
        return std::nullopt;
    }
    return static_cast<double>(part) / static_cast<double>(whole);
}

}  // namespace

std::span<const Series> allSeries() {
    return kAllSeries;
}

std::string_view seriesName(Series series) {
    return infoOf(series).name;
}

std::string_view seriesUnit(Series series) {
    return infoOf(series).unit;
}

std::optional<Series> parseSeries(std::string_view name) {
    for (const SeriesInfo& info : kSeries) {
        if (info.name == name) {
            return info.series;
        }
    }
    return std::nullopt;
}

std::optional<double> serverErrorRatio(const WindowCounts& counts) {
    return ratio(counts.serverErrors, counts.requests);
}

std::optional<double> latencyQuantile(const WindowCounts& counts, double quantile) {
    return percentileFromBuckets(kLatencyBucketBounds, counts.latency, quantile);
}

std::optional<double> seriesValue(Series series, const WindowCounts& counts,
                                  double durationSeconds) {
    switch (series) {
        case Series::RequestRate:
            if (durationSeconds <= 0.0) {
                return std::nullopt;
            }
            return static_cast<double>(counts.requests) / durationSeconds;
        case Series::ServerErrorRate:
            return serverErrorRatio(counts);
        case Series::ClientErrorRate:
            return ratio(counts.clientErrors, counts.requests);
        case Series::LatencyP50:
            return latencyQuantile(counts, 0.50);
        case Series::LatencyP95:
            return latencyQuantile(counts, 0.95);
        case Series::LatencyP99:
            return latencyQuantile(counts, 0.99);
        case Series::Availability:
            if (counts.requests == 0) {
                return std::nullopt;
            }
            return 1.0 - *serverErrorRatio(counts);
        case Series::CacheHitRate:
            return ratio(counts.cacheHits, counts.cacheLookups);
    }
    return std::nullopt;
}

}  // namespace recops::monitoring
