// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "metrics/metric_type.h"
#include "metrics/shard_index.h"

#include <array>
#include <atomic>
#include <cstdint>
#include <string_view>
#include <vector>

namespace recops::metrics {

class ExpositionWriter;

/**
 * Counts observations (request durations) into buckets with fixed upper bounds, plus their
 * sum, sharded per thread like Counter so that observing takes no lock.
 *
 * A value lands in the first bucket whose bound is >= the value (Prometheus' "le"); larger
 * values and NaN land in the implicit +Inf bucket.
 */
class Histogram {
public:
    static constexpr MetricType kType = MetricType::Histogram;
    static constexpr std::size_t kMaxBoundCount = 31;

    /// What a scrape sees: counts are cumulative, the last one (+Inf) equals count.
    struct Snapshot {
        std::vector<std::uint64_t> cumulativeCounts;
        double sum = 0.0;
        std::uint64_t count = 0;
    };

    /// @p upperBounds must be finite and strictly increasing, at most kMaxBoundCount of them;
    /// throws std::invalid_argument otherwise.
    explicit Histogram(std::vector<double> upperBounds);

    void observe(double value);

    Snapshot snapshot() const;
    const std::vector<double>& upperBounds() const { return m_upperBounds; }

    void expose(ExpositionWriter& writer, std::string_view name, std::string_view labelPairs) const;

private:
    struct alignas(kCacheLineBytes) Shard {
        std::array<std::atomic<std::uint64_t>, kMaxBoundCount + 1> counts{};
        std::atomic<double> sum{0.0};
    };

    std::vector<double> m_upperBounds;
    std::array<Shard, kShardCount> m_shards;
};

}  // namespace recops::metrics
