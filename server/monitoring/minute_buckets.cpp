// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "monitoring/minute_buckets.h"

#include <limits>

namespace recops::monitoring {
namespace {

std::uint32_t narrow(std::uint64_t value) {
    return value > std::numeric_limits<std::uint32_t>::max()
               ? std::numeric_limits<std::uint32_t>::max()
               : static_cast<std::uint32_t>(value);
}

std::size_t indexOf(std::int64_t minute, std::size_t size) {
    const auto count = static_cast<std::int64_t>(size);
    return static_cast<std::size_t>(((minute % count) + count) % count);
}

}  // namespace

MinuteBuckets::MinuteBuckets(std::size_t retentionMinutes) : m_slots(retentionMinutes) {}

const MinuteBuckets::Slot& MinuteBuckets::slotAt(std::int64_t minute) const {
    return m_slots[indexOf(minute, m_slots.size())];
}

void MinuteBuckets::set(std::int64_t minute, const WindowCounts& counts) {
    std::lock_guard lock(m_mutex);
    Slot& slot = m_slots[indexOf(minute, m_slots.size())];
    if (slot.minute > minute) {
        return;
    }
    slot.minute = minute;
    slot.requests = narrow(counts.requests);
    slot.clientErrors = narrow(counts.clientErrors);
    slot.serverErrors = narrow(counts.serverErrors);
    slot.cacheLookups = narrow(counts.cacheLookups);
    slot.cacheHits = narrow(counts.cacheHits);
    for (std::size_t bucket = 0; bucket < kLatencyBucketCount; ++bucket) {
        slot.latency[bucket] = narrow(counts.latency[bucket]);
    }
}

void MinuteBuckets::addTo(WindowCounts& counts, const Slot& slot) {
    counts.requests += slot.requests;
    counts.clientErrors += slot.clientErrors;
    counts.serverErrors += slot.serverErrors;
    counts.cacheLookups += slot.cacheLookups;
    counts.cacheHits += slot.cacheHits;
    for (std::size_t bucket = 0; bucket < kLatencyBucketCount; ++bucket) {
        counts.latency[bucket] += slot.latency[bucket];
    }
}

std::optional<WindowCounts> MinuteBuckets::read(std::int64_t minute) const {
    std::lock_guard lock(m_mutex);
    const Slot& slot = slotAt(minute);
    if (slot.minute != minute) {
        return std::nullopt;
    }
    WindowCounts counts;
    addTo(counts, slot);
    return counts;
}

WindowCounts MinuteBuckets::sum(std::int64_t first, std::int64_t last) const {
    WindowCounts counts;
    std::lock_guard lock(m_mutex);
    for (std::int64_t minute = first; minute < last; ++minute) {
        const Slot& slot = slotAt(minute);
        if (slot.minute == minute) {
            addTo(counts, slot);
        }
    }
    return counts;
}

}  // namespace recops::monitoring
