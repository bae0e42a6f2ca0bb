// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "metrics/shard_index.h"

#include <atomic>

namespace recops::metrics {

std::size_t currentShardIndex() {
    static std::atomic<std::size_t> nextIndex{0};
    thread_local const std::size_t index =
        nextIndex.fetch_add(1, std::memory_order_relaxed) % kShardCount;
    return index;
}

}  // namespace recops::metrics
