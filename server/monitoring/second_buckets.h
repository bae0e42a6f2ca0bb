// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "monitoring/window_counts.h"

#include <array>
#include <atomic>
#include <cstdint>
#include <mutex>
#include <optional>
#include <vector>

namespace recops::monitoring {

/**
 * The last hour (or whatever retention) of request and cache counts, one bucket per second,
 * written from every request thread without a lock.
 *
 * A ring of slots indexed by Unix second modulo its size. Each slot carries the second it
 * holds; a writer whose second matches only adds to atomic counters (relaxed fetch_add, a few
 * per request). Recycling a slot for a new second (zeroing it, then publishing the new second
 * with release order) is done by prepare(), which the owner calls a few times a second for
 * the seconds about to start, so request threads normally never see an unprepared slot. When
 * one does (the preparer fell behind), it prepares the slot itself under a mutex; a slot
 * already holding a newer second is never recycled backwards, and such a late sample is
 * dropped.
 *
 * Counts are 32 bits per second and bucket, which no single second can overflow.
 */
class SecondBuckets {
public:
    /// Keeps at least @p retentionSeconds whole seconds before the current one.
    explicit SecondBuckets(std::size_t retentionSeconds);

    /// A request that ended during @p second with @p status and latency bucket @p bucket.
    void addRequest(std::int64_t second, unsigned status, std::size_t bucket);
    /// A cache lookup during @p second.
    void addCacheLookup(std::int64_t second, bool hit);

    /// Recycles the slots of seconds @p first .. @p last (inclusive) for those seconds.
    void prepare(std::int64_t first, std::int64_t last);

    /// What second @p second counted; nothing when its slot holds another second (it is older
    /// than the retention, or nothing was ever recorded for it).
    std::optional<WindowCounts> read(std::int64_t second) const;

    /// Puts @p counts back for @p second (restoring a checkpoint at start).
    void restore(std::int64_t second, const WindowCounts& counts);

    std::size_t retentionSeconds() const { return m_retentionSeconds; }

private:
    static constexpr std::int64_t kUnused = -1;

    struct Slot {
        std::atomic<std::int64_t> second{kUnused};
        std::atomic<std::uint32_t> requests{0};
        std::atomic<std::uint32_t> clientErrors{0};
        std::atomic<std::uint32_t> serverErrors{0};
        std::atomic<std::uint32_t> cacheLookups{0};
        std::atomic<std::uint32_t> cacheHits{0};
        std::array<std::atomic<std::uint32_t>, kLatencyBucketCount> latency{};
    };

    /// The slot holding @p second, prepared if needed; nullptr when a newer second holds it.
    Slot* slotFor(std::int64_t second);
    Slot& slotAt(std::int64_t second) const;
    /// Caller holds m_prepareMutex.
    void recycle(Slot& slot, std::int64_t second);

    std::size_t m_retentionSeconds;
    mutable std::vector<Slot> m_slots;
    std::mutex m_prepareMutex;
};

}  // namespace recops::monitoring
