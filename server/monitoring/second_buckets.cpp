// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "monitoring/second_buckets.h"

namespace recops::monitoring {
namespace {

/// Slots beyond the retention: room for the seconds prepare() readies ahead of time, so that
/// preparing them never recycles a second that is still inside the retention.
constexpr std::size_t kSpareSlots = 8;

void add(std::atomic<std::uint32_t>& counter) {
    counter.fetch_add(1, std::memory_order_relaxed);
}

void store(std::atomic<std::uint32_t>& counter, std::uint64_t value) {
    counter.store(static_cast<std::uint32_t>(value), std::memory_order_relaxed);
}

std::uint64_t load(const std::atomic<std::uint32_t>& counter) {
    return counter.load(std::memory_order_relaxed);
}

}  // namespace

SecondBuckets::SecondBuckets(std::size_t retentionSeconds)
    : m_retentionSeconds(retentionSeconds), m_slots(retentionSeconds + kSpareSlots) {}

SecondBuckets::Slot& SecondBuckets::slotAt(std::int64_t second) const {
    const auto size = static_cast<std::int64_t>(m_slots.size());
    return m_slots[static_cast<std::size_t>(((second % size) + size) % size)];
}

SecondBuckets::Slot* SecondBuckets::slotFor(std::int64_t second) {
    Slot& slot = slotAt(second);
    const std::int64_t held = slot.second.load(std::memory_order_acquire);
    if (held == second) {
        return &slot;
    }
    if (held > second) {
        return nullptr;
    }
    std::lock_guard lock(m_prepareMutex);
    const std::int64_t current = slot.second.load(std::memory_order_acquire);
    if (current > second) {
        return nullptr;
    }
    if (current < second) {
        recycle(slot, second);
    }
    return &slot;
}

void SecondBuckets::recycle(Slot& slot, std::int64_t second) {
    // Zero first, publish the second last: a writer that sees the new second (acquire) is
    // ordered after the zeroing, so no increment is lost to it.
    slot.second.store(kUnused, std::memory_order_release);
    for (auto* counter : {&slot.requests, &slot.clientErrors, &slot.serverErrors,
                          &slot.cacheLookups, &slot.cacheHits}) {
        counter->store(0, std::memory_order_relaxed);
    }
    for (auto& bucket : slot.latency) {
        bucket.store(0, std::memory_order_relaxed);
    }
    slot.second.store(second, std::memory_order_release);
}

void SecondBuckets::addRequest(std::int64_t second, unsigned status, std::size_t bucket) {
    Slot* slot = slotFor(second);
    if (slot == nullptr) {
        return;
    }
    add(slot->requests);
    if (status >= 500 && status < 600) {
        add(slot->serverErrors);
    } else if (status >= 400 && status < 500) {
        add(slot->clientErrors);
    }
    add(slot->latency[bucket < kLatencyBucketCount ? bucket : kLatencyBucketCount - 1]);
}

void SecondBuckets::addCacheLookup(std::int64_t second, bool hit) {
    Slot* slot = slotFor(second);
    if (slot == nullptr) {
        return;
    }
    add(slot->cacheLookups);
    if (hit) {
        add(slot->cacheHits);
    }
}

void SecondBuckets::prepare(std::int64_t first, std::int64_t last) {
    std::lock_guard lock(m_prepareMutex);
    for (std::int64_t second = first; second <= last; ++second) {
        Slot& slot = slotAt(second);
        if (slot.second.load(std::memory_order_acquire) < second) {
            recycle(slot, second);
        }
    }
}

std::optional<WindowCounts> SecondBuckets::read(std::int64_t second) const {
    const Slot& slot = slotAt(second);
    if (slot.second.load(std::memory_order_acquire) != second) {
        return std::nullopt;
    }
    WindowCounts counts;
    counts.requests = load(slot.requests);
    counts.clientErrors = load(slot.clientErrors);
    counts.serverErrors = load(slot.serverErrors);
    counts.cacheLookups = load(slot.cacheLookups);
    counts.cacheHits = load(slot.cacheHits);
    for (std::size_t bucket = 0; bucket < kLatencyBucketCount; ++bucket) {
        counts.latency[bucket] = load(slot.latency[bucket]);
    }
    // Recycled while being read: what was read belongs to no single second.
    if (slot.second.load(std::memory_order_acquire) != second) {
        return std::nullopt;
    }
    return counts;
}

void SecondBuckets::restore(std::int64_t second, const WindowCounts& counts) {
    std::lock_guard lock(m_prepareMutex);
    Slot& slot = slotAt(second);
    if (slot.second.load(std::memory_order_acquire) > second) {
        return;
    }
    recycle(slot, second);
    store(slot.requests, counts.requests);
    store(slot.clientErrors, counts.clientErrors);
    store(slot.serverErrors, counts.serverErrors);
    store(slot.cacheLookups, counts.cacheLookups);
    store(slot.cacheHits, counts.cacheHits);
    for (std::size_t bucket = 0; bucket < kLatencyBucketCount; ++bucket) {
        store(slot.latency[bucket], counts.latency[bucket]);
    }
}

}  // namespace recops::monitoring
