// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "store/caching_event_store.h"

#include <algorithm>

namespace recops::store {

CachingEventStore::CachingEventStore(EventStore& durable, std::size_t maxUsers,
                                     std::chrono::steady_clock::duration timeToLive)
    : m_durable(durable)
    , m_usersPerShard((maxUsers + kShardCount - 1) / kShardCount)
    , m_timeToLive(timeToLive) {}

CachingEventStore::Shard& CachingEventStore::shardOf(std::string_view userId) {
    return m_shards[StringHash{}(userId) % kShardCount];
}

std::uint64_t CachingEventStore::shardsOf(std::span<const EventRecord> batch) const {
    static_assert(kShardCount <= 64, "one bit per shard");
    std::uint64_t shards = 0;
    for (const EventRecord& event : batch) {
        shards |= std::uint64_t{1} << (StringHash{}(event.userId) % kShardCount);
    }
    return shards;
}

void CachingEventStore::markAppend(std::uint64_t shards, bool starting) {
    for (std::size_t index = 0; index < kShardCount; ++index) {
        if ((shards >> index & 1U) == 0) {
            continue;
        }
        Shard& shard = m_shards[index];
        const std::lock_guard lock(shard.mutex);
        ++shard.writes;
        if (starting) {
            ++shard.appendsUnderWay;
        } else {
            --shard.appendsUnderWay;
        }
    }
}

AppendOutcome CachingEventStore::append(std::span<const EventRecord> batch) {
    // A read that starts from here on may already see the batch in the durable store; one
    // that began before sees the write count move. Either way it does not cache (see
    // readUserHistory), so the insertions below never meet an event a second time.
    const std::uint64_t shards = m_usersPerShard > 0 ? shardsOf(batch) : 0;
    markAppend(shards, true);
    AppendOutcome outcome;
    try {
        // Durable first: if it throws, nothing was stored and the cache is still right.
        outcome = m_durable.append(batch);
    } catch (...) {
        markAppend(shards, false);
        throw;
    }
    for (const EventRecord& event : m_usersPerShard > 0 ? batch : batch.first(0)) {
        Shard& shard = shardOf(event.userId);
        const std::lock_guard lock(shard.mutex);
        ++shard.writes;
        const auto found = shard.users.find(event.userId);
        if (found == shard.users.end()) {
            continue;
        }
        if (outcome.duplicates > 0) {
            // Which events were skipped as duplicates is not known: read the user again.
            shard.recency.erase(found->second.recency);
            shard.users.erase(found);
            continue;
        }
        insertEvent(found->second, event);
    }
    markAppend(shards, false);
    return outcome;
}

void CachingEventStore::insertEvent(CachedHistory& cached, const EventRecord& event) {
    // The durable order is newest first, later-stored first among equal times: the new event
    // goes before every cached event that did not happen after it.
    auto& entries = cached.newestFirst;
    const auto position = std::find_if(
        entries.begin(), entries.end(),
        [&event](const HistoryEntry& entry) { return entry.occurredAtMs <= event.occurredAtMs; });
    if (position == entries.end() && !cached.complete) {
        return;  // older than every cached event of a user who has more than the cached ones
    }
    entries.insert(position,
                   HistoryEntry{event.itemId, event.type, event.value, event.occurredAtMs});
    if (entries.size() > cached.limit) {
        entries.pop_back();
        cached.complete = false;
    }
}

void CachingEventStore::readUserHistory(std::string_view userId, std::size_t limit,
                                        UserHistory& history) {
    history.clear();
    if (m_usersPerShard == 0) {
        m_durable.readUserHistory(userId, limit, history);
        return;
    }
    Shard& shard = shardOf(userId);
    std::uint64_t writesBefore = 0;
    bool appendUnderWay = false;
    {
        const std::lock_guard lock(shard.mutex);
        const auto found = shard.users.find(userId);
        if (found != shard.users.end() &&
            (found->second.complete || found->second.limit >= limit) &&
            std::chrono::steady_clock::now() - found->second.readAt < m_timeToLive) {
            const auto& entries = found->second.newestFirst;
            const std::size_t count = std::min(limit, entries.size());
            for (std::size_t position = 0; position < count; ++position) {
                HistoryEntry& entry = history.append();
                entry.itemId.assign(entries[position].itemId);
                entry.type.assign(entries[position].type);
                entry.value = entries[position].value;
                entry.occurredAtMs = entries[position].occurredAtMs;
            }
            shard.recency.splice(shard.recency.begin(), shard.recency, found->second.recency);
            return;
        }
        writesBefore = shard.writes;
        appendUnderWay = shard.appendsUnderWay > 0;
    }
    m_durable.readUserHistory(userId, limit, history);

    const std::lock_guard lock(shard.mutex);
    if (appendUnderWay || shard.writes != writesBefore) {
        return;  // a write raced the read: what it read may be stale, or hold a batch twice
    }
    auto found = shard.users.find(userId);
    if (found == shard.users.end()) {
        shard.recency.emplace_front(userId);
        found = shard.users.emplace(shard.recency.front(), CachedHistory{}).first;
        found->second.recency = shard.recency.begin();
    } else {
        shard.recency.splice(shard.recency.begin(), shard.recency, found->second.recency);
    }
    CachedHistory& cached = found->second;
    cached.readAt = std::chrono::steady_clock::now();
    const auto entries = history.entries();
    cached.newestFirst.assign(entries.begin(), entries.end());
    cached.limit = limit;
    cached.complete = entries.size() < limit;
    evictBeyondCapacity(shard);
}

void CachingEventStore::evictBeyondCapacity(Shard& shard) {
    while (shard.users.size() > m_usersPerShard) {
        shard.users.erase(shard.recency.back());
        shard.recency.pop_back();
    }
}

EventScanSummary CachingEventStore::scan(const EventWindow& window,
                                         const std::function<void(const EventRecord&)>& onEvent) {
    return m_durable.scan(window, onEvent);
}

std::vector<EventRecord> CachingEventStore::userEvents(std::string_view userId) {
    return m_durable.userEvents(userId);
}

std::uint64_t CachingEventStore::eraseUser(std::string_view userId) {
    const std::uint64_t erased = m_durable.eraseUser(userId);
    Shard& shard = shardOf(userId);
    const std::lock_guard lock(shard.mutex);
    ++shard.writes;
    if (const auto found = shard.users.find(userId); found != shard.users.end()) {
        shard.recency.erase(found->second.recency);
        shard.users.erase(found);
    }
    return erased;
}

std::uint64_t CachingEventStore::count() {
    return m_durable.count();
}

std::vector<std::string> CachingEventStore::mostActiveUsers(std::size_t limit) {
    return m_durable.mostActiveUsers(limit);
}

void CachingEventStore::forgetCached() {
    for (Shard& shard : m_shards) {
        const std::lock_guard lock(shard.mutex);
        ++shard.writes;
        shard.users.clear();
        shard.recency.clear();
    }
    m_durable.forgetCached();
}

std::size_t CachingEventStore::cachedUsers() const {
    std::size_t users = 0;
    for (const Shard& shard : m_shards) {
        const std::lock_guard lock(shard.mutex);
        users += shard.users.size();
    }
    return users;
}

}  // namespace recops::store
