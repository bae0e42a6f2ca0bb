// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "store/caching_event_store.h"

#include "server/support/migrated_database.h"
#include "store/sqlite_event_store.h"
#include "store/store_error.h"

#include <atomic>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

namespace recops::store {
namespace {

using testing::MigratedDatabase;

EventRecord event(std::string user, std::string item, std::int64_t atMs, std::string key = {}) {
    return EventRecord{std::move(user), std::move(item), "click", 1.0, atMs, std::move(key)};
}

struct Seen {
    std::string itemId;
    std::int64_t occurredAtMs;
    bool operator==(const Seen&) const = default;
};

/// "u<number>" (built by appending: GCC 12 warns falsely about "u" + std::to_string()).
std::string userNumber(int number) {
    std::string id = "u";
    id += std::to_string(number);
    return id;
}

std::vector<Seen> read(EventStore& store, std::string_view user, std::size_t limit) {
    UserHistory history;
    store.readUserHistory(user, limit, history);
    std::vector<Seen> seen;
    for (const HistoryEntry& entry : history.entries()) {
        seen.push_back({entry.itemId, entry.occurredAtMs});
    }
    return seen;
}

/// Counts the durable reads, so a test can tell a cache hit from a miss.
class CountingEventStore final : public EventStore {
public:
    explicit CountingEventStore(EventStore& inner) : m_inner(inner) {}
    AppendOutcome append(std::span<const EventRecord> batch) override {
        if (failAppends) {
            throw StoreError("the disk is full");
        }
        return m_inner.append(batch);
    }
    void readUserHistory(std::string_view userId, std::size_t limit,
                         UserHistory& history) override {
        ++reads;
        m_inner.readUserHistory(userId, limit, history);
        if (duringRead) {
            duringRead();
        }
    }
    EventScanSummary scan(const EventWindow& window,
                          const std::function<void(const EventRecord&)>& onEvent) override {
        return m_inner.scan(window, onEvent);
    }
    std::vector<EventRecord> userEvents(std::string_view userId) override {
        return m_inner.userEvents(userId);
    }
    std::uint64_t eraseUser(std::string_view userId) override { return m_inner.eraseUser(userId); }
    std::uint64_t count() override { return m_inner.count(); }
    std::vector<std::string> mostActiveUsers(std::size_t limit) override {
        return m_inner.mostActiveUsers(limit);
    }

    std::atomic<int> reads = 0;
    bool failAppends = false;
    std::function<void()> duringRead;

private:
    EventStore& m_inner;
};

class CachingEventStoreTest : public ::testing::Test {
protected:
    MigratedDatabase m_database;
    SqliteEventStore m_sqlite{m_database.committer, m_database.readers, m_database.file,
                              MigratedDatabase::kBusyTimeoutMs};
    CountingEventStore m_durable{m_sqlite};
    CachingEventStore m_cache{m_durable, 1000, std::chrono::hours(1)};
};

TEST_F(CachingEventStoreTest, ASecondReadIsServedFromMemoryWithTheSameAnswer) {
    m_cache.append(std::vector{event("u1", "a", 1000), event("u1", "b", 3000),
                               event("u1", "c", 2000), event("u2", "z", 5000)});
    const auto first = read(m_cache, "u1", 10);
    const auto second = read(m_cache, "u1", 10);
    EXPECT_EQ(first, (std::vector<Seen>{{"b", 3000}, {"c", 2000}, {"a", 1000}}));
    EXPECT_EQ(second, first);
    EXPECT_EQ(m_durable.reads, 1);
    // A shorter limit is a prefix of what is cached; a longer one than was read goes back to
    // the durable store only when the user had more events than the cached read returned.
    EXPECT_EQ(read(m_cache, "u1", 2), (std::vector<Seen>{{"b", 3000}, {"c", 2000}}));
    EXPECT_EQ(read(m_cache, "u1", 50), first);
    EXPECT_EQ(m_durable.reads, 1);
}

TEST_F(CachingEventStoreTest, AppendedEventsKeepTheCachedHistoryEqualToTheDatabase) {
    m_cache.append(std::vector{event("u1", "a", 1000), event("u1", "b", 2000),
                               event("u1", "c", 3000), event("u1", "d", 4000)});
    ASSERT_EQ(read(m_cache, "u1", 3).size(), 3u);  // cached: d, c, b of four events
    // Newer, in between, equal time (stored later comes first) and older than the window.
    m_cache.append(std::vector{event("u1", "e", 5000), event("u1", "f", 2500),
                               event("u1", "g", 3000), event("u1", "h", 500)});
    const auto cached = read(m_cache, "u1", 3);
    EXPECT_EQ(m_durable.reads, 1);
    EXPECT_EQ(cached, read(m_sqlite, "u1", 3));
    EXPECT_EQ(cached, (std::vector<Seen>{{"e", 5000}, {"d", 4000}, {"g", 3000}}));
}

TEST_F(CachingEventStoreTest, AUserWithFewerEventsThanTheLimitGetsOlderEventsToo) {
    m_cache.append(std::vector{event("u1", "a", 2000)});
    ASSERT_EQ(read(m_cache, "u1", 5).size(), 1u);
    m_cache.append(std::vector{event("u1", "old", 1000)});
    EXPECT_EQ(read(m_cache, "u1", 5), (std::vector<Seen>{{"a", 2000}, {"old", 1000}}));
    EXPECT_EQ(read(m_cache, "u1", 5), read(m_sqlite, "u1", 5));
    EXPECT_EQ(m_durable.reads, 1);
}

TEST_F(CachingEventStoreTest, ABatchWithDuplicatesMakesTheUserReadAgain) {
    m_cache.append(std::vector{event("u1", "a", 1000, "k1")});
    ASSERT_EQ(read(m_cache, "u1", 5).size(), 1u);
    const auto outcome =
        m_cache.append(std::vector{event("u1", "a", 1000, "k1"), event("u1", "b", 2000, "k2")});
    EXPECT_EQ(outcome.duplicates, 1u);
    EXPECT_EQ(read(m_cache, "u1", 5), (std::vector<Seen>{{"b", 2000}, {"a", 1000}}));
    EXPECT_EQ(m_durable.reads, 2);
}

TEST_F(CachingEventStoreTest, AFailedAppendChangesNothing) {
    m_cache.append(std::vector{event("u1", "a", 1000)});
    const auto before = read(m_cache, "u1", 5);
    m_durable.failAppends = true;
    EXPECT_THROW(m_cache.append(std::vector{event("u1", "b", 2000)}), StoreError);
    EXPECT_EQ(read(m_cache, "u1", 5), before);
    EXPECT_EQ(read(m_sqlite, "u1", 5), before);
}

TEST_F(CachingEventStoreTest, ErasingAUserForgetsTheirCachedHistory) {
    m_cache.append(std::vector{event("u1", "a", 1000), event("u2", "b", 1000)});
    ASSERT_EQ(read(m_cache, "u1", 5).size(), 1u);
    EXPECT_EQ(m_cache.eraseUser("u1"), 1u);
    EXPECT_TRUE(read(m_cache, "u1", 5).empty());
    m_cache.append(std::vector{event("u1", "c", 3000)});
    EXPECT_EQ(read(m_cache, "u1", 5), (std::vector<Seen>{{"c", 3000}}));
    EXPECT_EQ(read(m_cache, "u2", 5), (std::vector<Seen>{{"b", 1000}}));
}

TEST_F(CachingEventStoreTest, AReadRacingAWriteDoesNotCacheTheOlderAnswer) {
    m_cache.append(std::vector{event("u1", "a", 1000)});
    // The durable read returns, then (before the answer is cached) another thread appends.
    m_durable.duringRead = [this] {
        m_durable.duringRead = nullptr;
        std::thread writer([this] { m_cache.append(std::vector{event("u1", "b", 2000)}); });
        writer.join();
    };
    EXPECT_EQ(read(m_cache, "u1", 5), (std::vector<Seen>{{"a", 1000}}));
    EXPECT_EQ(read(m_cache, "u1", 5), (std::vector<Seen>{{"b", 2000}, {"a", 1000}}));
    EXPECT_EQ(m_durable.reads, 2);
}

TEST_F(CachingEventStoreTest, WritesByAnotherProcessShowOnceTheHistoryExpires) {
    CachingEventStore shortLived(m_durable, 1000, std::chrono::milliseconds(1));
    shortLived.append(std::vector{event("u1", "a", 1000)});
    ASSERT_EQ(read(shortLived, "u1", 5).size(), 1u);
    m_sqlite.append(std::vector{event("u1", "b", 2000)});  // not through the cache
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (read(shortLived, "u1", 5).size() != 2 && std::chrono::steady_clock::now() < deadline) {
        std::this_thread::yield();
    }
    EXPECT_EQ(read(shortLived, "u1", 5), (std::vector<Seen>{{"b", 2000}, {"a", 1000}}));
}

TEST_F(CachingEventStoreTest, TheLeastRecentlyUsedUsersAreEvictedAndForgetCachedDropsAll) {
    CachingEventStore small(m_durable, 64, std::chrono::hours(1));  // one user per shard
    std::vector<EventRecord> batch;
    for (int user = 0; user < 500; ++user) {
        batch.push_back(event(userNumber(user), "a", 1000));
    }
    small.append(batch);
    for (int user = 0; user < 500; ++user) {
        read(small, userNumber(user), 5);
    }
    EXPECT_LE(small.cachedUsers(), 64u);
    EXPECT_GT(small.cachedUsers(), 0u);
    small.forgetCached();
    EXPECT_EQ(small.cachedUsers(), 0u);
}

TEST_F(CachingEventStoreTest, WithoutCapacityEveryReadGoesToTheDurableStore) {
    CachingEventStore off(m_durable, 0, std::chrono::hours(1));
    off.append(std::vector{event("u1", "a", 1000)});
    read(off, "u1", 5);
    read(off, "u1", 5);
    EXPECT_EQ(m_durable.reads, 2);
    EXPECT_EQ(off.cachedUsers(), 0u);
}

TEST_F(CachingEventStoreTest, ConcurrentReadersAndWritersEndEqualToTheDatabase) {
    std::atomic<bool> stop = false;
    std::vector<std::thread> readers;
    for (int thread = 0; thread < 3; ++thread) {
        readers.emplace_back([&] {
            while (!stop) {
                for (int user = 0; user < 8; ++user) {
                    read(m_cache, userNumber(user), 20);
                }
            }
        });
    }
    for (int round = 0; round < 40; ++round) {
        std::vector<EventRecord> batch;
        for (int user = 0; user < 8; ++user) {
            batch.push_back(
                event(userNumber(user), std::to_string(round), 1000 + (round * 37 % 50) * 10));
        }
        m_cache.append(batch);
        if (round == 20) {
            m_cache.eraseUser("u3");
        }
    }
    stop = true;
    for (auto& thread : readers) {
        thread.join();
    }
    for (int user = 0; user < 8; ++user) {
        const auto id = userNumber(user);
        EXPECT_EQ(read(m_cache, id, 20), read(m_sqlite, id, 20)) << id;
    }
}

}  // namespace
}  // namespace recops::store
