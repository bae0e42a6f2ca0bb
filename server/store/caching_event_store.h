// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "store/event_store.h"

#include <array>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <list>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace recops::store {

/**
 * An EventStore that keeps the recent history of the users it served in process, in front of
 * another EventStore (the durable one), so that an uncached recommendation does not read
 * the database. Appends and erasures go to the durable store first; once it has answered,
 * the cached history of each user they touch is brought up to date (an appended event is
 * inserted at its place, an erased user is dropped), so a read sees exactly what the durable
 * store would return. Everything else is passed through.
 *
 * Users are spread over independently locked shards (no lock is shared by all requests),
 * each an LRU bounded to its share of @p maxUsers. A history filled from the durable store is
 * kept only if no append or erasure touched its shard meanwhile, and no append was under way
 * when the read began: otherwise the read may predate the write (caching it would hide the
 * write) or already hold an appended event that the append would then insert a second time.
 *
 * The cache sees the writes made through it only. Writes by another process (a
 * `recopsd import` beside the server) reach a cached user when the cached history expires,
 * @p timeToLive after it was read from the durable store. With several replicas writing one
 * shared database, each replica must read the database itself (maxUsers = 0 disables the
 * cache).
 */
class CachingEventStore final : public EventStore {
public:
    /// @p durable outlives this store. @p maxUsers: how many users' histories are kept;
    /// @p timeToLive: how long a history read from @p durable is trusted.
    CachingEventStore(EventStore& durable, std::size_t maxUsers,
                      std::chrono::steady_clock::duration timeToLive);

    AppendOutcome append(std::span<const EventRecord> batch) override;
    /// From the cache when it holds at least @p limit events of the user (or all of them);
    /// otherwise from the durable store, and the answer is cached. Allocates nothing on a
    /// hit once @p history has grown to the user's size.
    void readUserHistory(std::string_view userId, std::size_t limit, UserHistory& history) override;
    EventScanSummary scan(const EventWindow& window,
                          const std::function<void(const EventRecord&)>& onEvent) override;
    std::vector<EventRecord> userEvents(std::string_view userId) override;
    std::uint64_t eraseUser(std::string_view userId) override;
    std::uint64_t count() override;
    std::vector<std::string> mostActiveUsers(std::size_t limit) override;
    void forgetCached() override;

    /// Users whose history is cached now.
    std::size_t cachedUsers() const;

private:
    struct StringHash {
        using is_transparent = void;
        std::size_t operator()(std::string_view text) const noexcept {
            return std::hash<std::string_view>{}(text);
        }
    };

    /// A user's most recent events, newest first, as the durable store orders them.
    struct CachedHistory {
        std::vector<HistoryEntry> newestFirst;
        /// The durable read asked for this many; `complete` when the user had fewer.
        std::size_t limit = 0;
        bool complete = false;
        std::chrono::steady_clock::time_point readAt;
        std::list<std::string>::iterator recency;
    };

    struct Shard {
        mutable std::mutex mutex;
        std::unordered_map<std::string, CachedHistory, StringHash, std::equal_to<>> users;
        /// Most recently used first; the map's keys.
        std::list<std::string> recency;
        /// Counts the writes that touched this shard (see the class comment).
        std::uint64_t writes = 0;
        /// Appends that announced themselves to this shard and have not finished.
        std::uint32_t appendsUnderWay = 0;
    };

    static constexpr std::size_t kShardCount = 64;

    Shard& shardOf(std::string_view userId);
    /// Bit i set: the batch has an event of a user in shard i.
    std::uint64_t shardsOf(std::span<const EventRecord> batch) const;
    /// Counts an append in (@p starting) or out on every shard of @p shards.
    void markAppend(std::uint64_t shards, bool starting);
    void insertEvent(CachedHistory& cached, const EventRecord& event);
    void evictBeyondCapacity(Shard& shard);

    EventStore& m_durable;
    std::size_t m_usersPerShard;
    std::chrono::steady_clock::duration m_timeToLive;
    std::array<Shard, kShardCount> m_shards;
};

}  // namespace recops::store
