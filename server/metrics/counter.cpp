// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "metrics/counter.h"

#include "metrics/exposition_writer.h"

namespace recops::metrics {

std::uint64_t Counter::value() const {
    std::uint64_t total = 0;
    for (const Shard& shard : m_shards) {
        total += shard.value.load(std::memory_order_relaxed);
    }
    return total;
}

void Counter::expose(ExpositionWriter& writer, std::string_view name,
                     std::string_view labelPairs) const {
    writer.writeSample(name, labelPairs, value());
}

}  // namespace recops::metrics
