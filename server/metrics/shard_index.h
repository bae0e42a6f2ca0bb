// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <cstddef>

namespace recops::metrics {

/// How many copies of a hot value (a counter, a histogram's buckets) metrics keep.
inline constexpr std::size_t kShardCount = 16;

/// Size of the cache line that separate shards must not share.
inline constexpr std::size_t kCacheLineBytes = 64;

/**
 * The calling thread's shard, fixed for the thread's life. Threads get consecutive shards in
 * the order they first record something, so up to kShardCount threads never share a cache
 * line when they update the same metric.
 */
std::size_t currentShardIndex();

}  // namespace recops::metrics
