// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "cache/recommendation_cache.h"

#include <array>
#include <chrono>
#include <functional>
#include <list>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

namespace recops::cache {

/**
 * The in-process cache: least recently used users are evicted first once the cache holds
 * more than its byte budget, and entries expire after a time to live.
 *
 * Users are spread over independent shards by hash, each with its own lock, so concurrent
 * requests for different users rarely contend and no lock is global. A shard's lock is held
 * only for a hash lookup and a string copy.
 */
class LruRecommendationCache final : public RecommendationCache {
public:
    using Clock = std::chrono::steady_clock;
    /// The time source; tests pass their own to step through expiry.
    using Now = std::function<Clock::time_point()>;
    /// Users are spread over this many shards (by std::hash of the id), each with a lock and
    /// an equal part of the byte budget; the LRU order is kept per shard.
    static constexpr std::size_t kShardCount = 16;

    LruRecommendationCache(std::size_t capacityBytes, std::chrono::milliseconds timeToLive,
                           Now now = Clock::now);

    bool find(std::string_view userId, std::string_view requestKey, std::string& body) override;
    void store(std::string_view userId, std::string_view requestKey,
               std::string_view body) override;
    void invalidateUser(std::string_view userId) override;
    std::size_t invalidateAll() override;
    CacheStats stats() const override;

private:
    struct Entry {
        std::string requestKey;
        std::string body;
        Clock::time_point expiresAt;
    };
    struct UserEntries {
        std::vector<Entry> entries;
        std::list<std::string>::iterator recency;
        std::size_t bytes = 0;
    };
    struct StringHash {
        using is_transparent = void;
        std::size_t operator()(std::string_view text) const {
            return std::hash<std::string_view>{}(text);
        }
    };
    struct Shard {
        mutable std::mutex mutex;
        std::unordered_map<std::string, UserEntries, StringHash, std::equal_to<>> users;
        /// Most recently used first.
        std::list<std::string> recency;
        std::size_t bytes = 0;
        std::size_t entries = 0;
        std::uint64_t evictions = 0;
        std::uint64_t expirations = 0;
    };

    Shard& shardOf(std::string_view userId);
    static std::size_t entryBytes(std::string_view userId, const Entry& entry);
    void eraseUser(Shard& shard, decltype(Shard::users)::iterator user);

    std::size_t m_capacityBytes;
    std::size_t m_shardCapacityBytes;
    std::chrono::milliseconds m_timeToLive;
    Now m_now;
    std::array<Shard, kShardCount> m_shards;
};

}  // namespace recops::cache
