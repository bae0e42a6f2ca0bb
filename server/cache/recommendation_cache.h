// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace recops::cache {

/// What a cache holds and has done, for metrics and the operations API.
struct CacheStats {
    std::size_t entries = 0;
    std::size_t bytes = 0;
    std::size_t capacityBytes = 0;
    std::uint64_t evictions = 0;
    std::uint64_t expirations = 0;
};

/**
 * Finished recommendation responses, by user and request.
 *
 * Entries are grouped by user so that a user's new events can drop exactly that user's
 * entries; the request key says everything else the response depends on (model version,
 * count, exclusions, explain). In-process LRU is the embedded default; Redis, shared by every
 * replica, implements the same interface. Safe to call from any number of threads.
 */
class RecommendationCache {
public:
    virtual ~RecommendationCache() = default;

    /// Copies the cached body into @p body and returns true on a hit (not expired).
    virtual bool find(std::string_view userId, std::string_view requestKey, std::string& body) = 0;

    virtual void store(std::string_view userId, std::string_view requestKey,
                       std::string_view body) = 0;

    /// Drops every entry of @p userId (their history changed).
    virtual void invalidateUser(std::string_view userId) = 0;

    /// Drops everything (a model swap changed every answer). Returns how many entries went.
    virtual std::size_t invalidateAll() = 0;

    virtual CacheStats stats() const = 0;
};

}  // namespace recops::cache
