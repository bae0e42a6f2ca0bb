// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "cache/lru_recommendation_cache.h"

#include <functional>
#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace recops::cache {
namespace {

using namespace std::chrono_literals;
using Clock = LruRecommendationCache::Clock;

/// A clock the test moves by hand.
struct ManualClock {
    Clock::time_point now = Clock::time_point(1h);
    LruRecommendationCache::Now source() {
        return [this] {
            return now;
        };
    }
};

/// The cache's bookkeeping per entry beyond its strings (lru_recommendation_cache.cpp).
constexpr std::size_t kEntryOverheadBytes = 160;

/// "u<number>" (built by appending: GCC 12 warns falsely on "u" + std::to_string()).
std::string userId(int number) {
    std::string id = "u";
    id += std::to_string(number);
    return id;
}

/// @p count user ids of the same length that fall into the same shard, so that they compete
/// for its part of the budget.
std::vector<std::string> usersOfOneShard(std::size_t count) {
    std::vector<std::string> users;
    const std::size_t shard =
        std::hash<std::string_view>{}(userId(100)) % LruRecommendationCache::kShardCount;
    for (int candidate = 100; users.size() < count && candidate < 1000; ++candidate) {
        const std::string user = userId(candidate);
        if (std::hash<std::string_view>{}(user) % LruRecommendationCache::kShardCount == shard) {
            users.push_back(user);
        }
    }
    return users;
}

class LruRecommendationCacheTest : public ::testing::Test {
protected:
    bool hit(LruRecommendationCache& cache, std::string_view user, std::string_view key) {
        std::string body;
        return cache.find(user, key, body);
    }

    ManualClock m_clock;
    LruRecommendationCache m_cache{1 << 20, 60s, m_clock.source()};
};

TEST_F(LruRecommendationCacheTest, AStoredBodyIsFoundByUserAndRequestKey) {
    m_cache.store("u1", "default@1|k=10", R"({"items":[1]})");
    std::string body = "left over";
    ASSERT_TRUE(m_cache.find("u1", "default@1|k=10", body));
    EXPECT_EQ(body, R"({"items":[1]})");
    EXPECT_FALSE(m_cache.find("u1", "default@1|k=5", body));
    EXPECT_FALSE(m_cache.find("u2", "default@1|k=10", body));
    const CacheStats stats = m_cache.stats();
    EXPECT_EQ(stats.entries, 1u);
    EXPECT_EQ(stats.bytes, 2 + 14 + 13 + kEntryOverheadBytes);
    EXPECT_EQ(stats.capacityBytes, 1u << 20);
}

TEST_F(LruRecommendationCacheTest, StoringTheSameKeyAgainReplacesTheBody) {
    m_cache.store("u1", "k", "old body");
    m_cache.store("u1", "k", "new");
    std::string body;
    ASSERT_TRUE(m_cache.find("u1", "k", body));
    EXPECT_EQ(body, "new");
    EXPECT_EQ(m_cache.stats().entries, 1u);
    EXPECT_EQ(m_cache.stats().bytes, 2 + 1 + 3 + kEntryOverheadBytes);
}

TEST_F(LruRecommendationCacheTest, EntriesExpireAfterTheirTimeToLive) {
    m_cache.store("u1", "k", "body");
    m_clock.now += 59'999ms;
    EXPECT_TRUE(hit(m_cache, "u1", "k"));
    m_clock.now += 1ms;
    EXPECT_FALSE(hit(m_cache, "u1", "k"));
    const CacheStats stats = m_cache.stats();
    EXPECT_EQ(stats.expirations, 1u);
    EXPECT_EQ(stats.entries, 0u);
    EXPECT_EQ(stats.bytes, 0u);
    // Stored again, it lives a full time to live from now.
    m_cache.store("u1", "k", "body");
    m_clock.now += 30s;
    EXPECT_TRUE(hit(m_cache, "u1", "k"));
}

TEST_F(LruRecommendationCacheTest, TheLeastRecentlyUsedUserIsEvictedPastTheBudget) {
    const std::vector<std::string> users = usersOfOneShard(3);
    const std::string body(300, 'x');
    const std::size_t entryBytes = users[0].size() + 1 + body.size() + kEntryOverheadBytes;
    // Each shard gets a sixteenth of the budget: room for two entries of this size, not three.
    const std::size_t shardBytes = 2 * entryBytes + entryBytes / 2;
    LruRecommendationCache cache(shardBytes * LruRecommendationCache::kShardCount, 60s,
                                 m_clock.source());
    ASSERT_EQ(users[0].size(), users[1].size());
    ASSERT_EQ(users[0].size(), users[2].size());

    cache.store(users[0], "k", body);
    cache.store(users[1], "k", body);
    // Reading the first user makes the second the least recently used.
    ASSERT_TRUE(hit(cache, users[0], "k"));
    cache.store(users[2], "k", body);

    EXPECT_TRUE(hit(cache, users[0], "k"));
    EXPECT_FALSE(hit(cache, users[1], "k"));
    EXPECT_TRUE(hit(cache, users[2], "k"));
    const CacheStats stats = cache.stats();
    EXPECT_EQ(stats.evictions, 1u);
    EXPECT_EQ(stats.entries, 2u);
    EXPECT_LE(stats.bytes, shardBytes);
}

TEST_F(LruRecommendationCacheTest, AStoreRefreshesItsUsersRecency) {
    const std::vector<std::string> users = usersOfOneShard(3);
    const std::string body(300, 'x');
    const std::size_t entryBytes = users[0].size() + 1 + body.size() + kEntryOverheadBytes;
    LruRecommendationCache cache((2 * entryBytes + 10) * LruRecommendationCache::kShardCount, 60s,
                                 m_clock.source());
    cache.store(users[0], "k", body);
    cache.store(users[1], "k", body);
    cache.store(users[0], "k", body);  // replaced: users[0] is now the most recent
    cache.store(users[2], "k", body);
    EXPECT_TRUE(hit(cache, users[0], "k"));
    EXPECT_FALSE(hit(cache, users[1], "k"));
}

TEST_F(LruRecommendationCacheTest, ABodyLargerThanAShardIsNotCached) {
    LruRecommendationCache cache(64 * 1024, 60s, m_clock.source());
    cache.store("small", "k", "fits");
    cache.store("huge", "k", std::string(64 * 1024 / LruRecommendationCache::kShardCount, 'x'));
    EXPECT_FALSE(hit(cache, "huge", "k"));
    EXPECT_TRUE(hit(cache, "small", "k")) << "nothing was evicted to make room";
    EXPECT_EQ(cache.stats().entries, 1u);
}

TEST_F(LruRecommendationCacheTest, InvalidatingAUserDropsEveryEntryOfThatUserOnly) {
    m_cache.store("u1", "k=10", "a");
    m_cache.store("u1", "k=20", "b");
    m_cache.store("u2", "k=10", "c");
    m_cache.invalidateUser("u1");
    EXPECT_FALSE(hit(m_cache, "u1", "k=10"));
    EXPECT_FALSE(hit(m_cache, "u1", "k=20"));
    EXPECT_TRUE(hit(m_cache, "u2", "k=10"));
    EXPECT_EQ(m_cache.stats().entries, 1u);
    m_cache.invalidateUser("never-cached");
    EXPECT_EQ(m_cache.stats().entries, 1u);
}

TEST_F(LruRecommendationCacheTest, InvalidateAllEmptiesTheCacheAndCountsWhatWent) {
    for (int user = 0; user < 40; ++user) {
        m_cache.store(userId(user), "k", "body");
    }
    m_cache.store("u0", "other", "body");
    EXPECT_EQ(m_cache.invalidateAll(), 41u);
    EXPECT_FALSE(hit(m_cache, "u0", "k"));
    const CacheStats stats = m_cache.stats();
    EXPECT_EQ(stats.entries, 0u);
    EXPECT_EQ(stats.bytes, 0u);
    EXPECT_EQ(m_cache.invalidateAll(), 0u);
    // Usable afterwards.
    m_cache.store("u0", "k", "again");
    EXPECT_TRUE(hit(m_cache, "u0", "k"));
}

}  // namespace
}  // namespace recops::cache
