// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "cache/lru_recommendation_cache.h"

#include <algorithm>

namespace recops::cache {
namespace {

/// What an entry costs beyond its strings' characters: the strings' own headers, the vector
/// slot, the map node and the recency list node, roughly. Counting it keeps the byte budget
/// honest for many small responses.
constexpr std::size_t kEntryOverheadBytes = 160;

}  // namespace

LruRecommendationCache::LruRecommendationCache(std::size_t capacityBytes,
                                               std::chrono::milliseconds timeToLive, Now now)
    : m_capacityBytes(capacityBytes)
    , m_shardCapacityBytes(std::max<std::size_t>(capacityBytes / kShardCount, 1))
    , m_timeToLive(timeToLive)
    , m_now(std::move(now)) {}

LruRecommendationCache::Shard& LruRecommendationCache::shardOf(std::string_view userId) {
    return m_shards[std::hash<std::string_view>{}(userId) % kShardCount];
}

std::size_t LruRecommendationCache::entryBytes(std::string_view userId, const Entry& entry) {
    return userId.size() + entry.requestKey.size() + entry.body.size() + kEntryOverheadBytes;
}

void LruRecommendationCache::eraseUser(Shard& shard, decltype(Shard::users)::iterator user) {
    shard.bytes -= user->second.bytes;
    shard.entries -= user->second.entries.size();
    shard.recency.erase(user->second.recency);
    shard.users.erase(user);
}

bool LruRecommendationCache::find(std::string_view userId, std::string_view requestKey,
                                  std::string& body) {
    Shard& shard = shardOf(userId);
    const Clock::time_point now = m_now();
    std::lock_guard lock(shard.mutex);
    const auto user = shard.users.find(userId);
    if (user == shard.users.end()) {
        return false;
    }
    auto& entries = user->second.entries;
    const auto entry = std::find_if(entries.begin(), entries.end(), [&](const Entry& candidate) {
        return candidate.requestKey == requestKey;
    });
    if (entry == entries.end()) {
        return false;
    }
    if (entry->expiresAt <= now) {
        const std::size_t bytes = entryBytes(userId, *entry);
        user->second.bytes -= bytes;
        shard.bytes -= bytes;
        --shard.entries;
        ++shard.expirations;
        entries.erase(entry);
        if (entries.empty()) {
            eraseUser(shard, user);
        }
        return false;
    }
    body.assign(entry->body);
    shard.recency.splice(shard.recency.begin(), shard.recency, user->second.recency);
    return true;
}

void LruRecommendationCache::store(std::string_view userId, std::string_view requestKey,
                                   std::string_view body) {
    Entry entry{std::string(requestKey), std::string(body), m_now() + m_timeToLive};
    const std::size_t bytes = entryBytes(userId, entry);
    if (bytes > m_shardCapacityBytes) {
        return;  // larger than a shard may hold: caching it would evict everything else
    }
    Shard& shard = shardOf(userId);
    std::lock_guard lock(shard.mutex);
    auto user = shard.users.find(userId);
    if (user == shard.users.end()) {
        shard.recency.emplace_front(userId);
        user = shard.users.emplace(std::string(userId), UserEntries{}).first;
        user->second.recency = shard.recency.begin();
    } else {
        shard.recency.splice(shard.recency.begin(), shard.recency, user->second.recency);
    }
    auto& entries = user->second.entries;
    const auto existing = std::find_if(entries.begin(), entries.end(), [&](const Entry& candidate) {
        return candidate.requestKey == requestKey;
    });
    if (existing != entries.end()) {
        const std::size_t oldBytes = entryBytes(userId, *existing);
        user->second.bytes -= oldBytes;
        shard.bytes -= oldBytes;
        *existing = std::move(entry);
    } else {
        entries.push_back(std::move(entry));
        ++shard.entries;
    }
    user->second.bytes += bytes;
    shard.bytes += bytes;
    // Evict least recently used users, never the one just stored.
    while (shard.bytes > m_shardCapacityBytes && shard.recency.size() > 1) {
        const auto victim = shard.users.find(shard.recency.back());
        shard.evictions += victim->second.entries.size();
        eraseUser(shard, victim);
    }
}

void LruRecommendationCache::invalidateUser(std::string_view userId) {
    Shard& shard = shardOf(userId);
    std::lock_guard lock(shard.mutex);
    if (const auto user = shard.users.find(userId); user != shard.users.end()) {
        eraseUser(shard, user);
    }
}

std::size_t LruRecommendationCache::invalidateAll() {
    std::size_t removed = 0;
    for (Shard& shard : m_shards) {
        std::lock_guard lock(shard.mutex);
        removed += shard.entries;
        shard.users.clear();
        shard.recency.clear();
        shard.bytes = 0;
        shard.entries = 0;
    }
    return removed;
}

CacheStats LruRecommendationCache::stats() const {
    CacheStats stats;
    stats.capacityBytes = m_capacityBytes;
    for (const Shard& shard : m_shards) {
        std::lock_guard lock(shard.mutex);
        stats.entries += shard.entries;
        stats.bytes += shard.bytes;
        stats.evictions += shard.evictions;
        stats.expirations += shard.expirations;
    }
    return stats;
}

}  // namespace recops::cache
