// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "metrics/histogram.h"

#include "metrics/exposition_writer.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace recops::metrics {

Histogram::Histogram(std::vector<double> upperBounds) : m_upperBounds(std::move(upperBounds)) {
    if (m_upperBounds.size() > kMaxBoundCount) {
        throw std::invalid_argument("a histogram takes at most 31 bucket bounds");
    }
    for (std::size_t index = 0; index < m_upperBounds.size(); ++index) {
        if (!std::isfinite(m_upperBounds[index]) ||
            (index > 0 && m_upperBounds[index] <= m_upperBounds[index - 1])) {
            throw std::invalid_argument("histogram bounds must be finite and strictly increasing");
        }
    }
}

void Histogram::observe(double value) {
    const std::size_t bucket =
        std::isnan(value) ? m_upperBounds.size()
                          : static_cast<std::size_t>(std::lower_bound(m_upperBounds.begin(),
                                                                      m_upperBounds.end(), value) -
                                                     m_upperBounds.begin());
    Shard& shard = m_shards[currentShardIndex()];
    shard.counts[bucket].fetch_add(1, std::memory_order_relaxed);
    shard.sum.fetch_add(value, std::memory_order_relaxed);
}

Histogram::Snapshot Histogram::snapshot() const {
    Snapshot snapshot;
    snapshot.cumulativeCounts.assign(m_upperBounds.size() + 1, 0);
    for (const Shard& shard : m_shards) {
        for (std::size_t bucket = 0; bucket < snapshot.cumulativeCounts.size(); ++bucket) {
            snapshot.cumulativeCounts[bucket] +=
                shard.counts[bucket].load(std::memory_order_relaxed);
        }
        snapshot.sum += shard.sum.load(std::memory_order_relaxed);
    }
    // Counting the total from the very buckets read keeps +Inf equal to _count in every scrape,
    // even while other threads observe.
    std::uint64_t running = 0;
    for (std::uint64_t& count : snapshot.cumulativeCounts) {
        running += count;
        count = running;
    }
    snapshot.count = running;
    return snapshot;
}

void Histogram::expose(ExpositionWriter& writer, std::string_view name,
                       std::string_view labelPairs) const {
    const Snapshot current = snapshot();
    const std::string bucketName = std::string(name) + "_bucket";
    for (std::size_t bucket = 0; bucket < m_upperBounds.size(); ++bucket) {
        writer.writeSample(bucketName, labelPairs, "le", formatSampleValue(m_upperBounds[bucket]),
                           current.cumulativeCounts[bucket]);
    }
    writer.writeSample(bucketName, labelPairs, "le", "+Inf", current.count);
    writer.writeSample(std::string(name) + "_sum", labelPairs, current.sum);
    writer.writeSample(std::string(name) + "_count", labelPairs, current.count);
}

}  // namespace recops::metrics
