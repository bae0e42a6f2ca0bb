// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "metrics/metric_type.h"
#include "metrics/shard_index.h"

#include <array>
#include <atomic>
#include <cstdint>
#include <string_view>

namespace recops::metrics {

class ExpositionWriter;

/**
 * A monotonically increasing count, such as requests served.
 *
 * Each thread adds to its own cache-line-sized shard, so counting from every request thread
 * takes no lock and causes no cache-line ping-pong; reading sums the shards.
 */
class Counter {
public:
    static constexpr MetricType kType = MetricType::Counter;

    void increment(std::uint64_t amount = 1) {
        m_shards[currentShardIndex()].value.fetch_add(amount, std::memory_order_relaxed);
    }

    std::uint64_t value() const;

    void expose(ExpositionWriter& writer, std::string_view name, std::string_view labelPairs) const;

private:
    struct alignas(kCacheLineBytes) Shard {
        std::atomic<std::uint64_t> value{0};
    };

    std::array<Shard, kShardCount> m_shards;
};

}  // namespace recops::metrics
