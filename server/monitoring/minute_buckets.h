// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "monitoring/window_counts.h"

#include <array>
#include <cstdint>
#include <mutex>
#include <optional>
#include <vector>

namespace recops::monitoring {

/**
 * Counts per minute for the long windows (30 days by default), downsampled from the seconds.
 *
 * Written by one background thread when a minute is folded, read by SLO and rule
 * evaluation; never touched on the request path, so a plain mutex guards it. Each minute is
 * kept in 32-bit counters (92 bytes), so 30 days take about 4 MB.
 */
class MinuteBuckets {
public:
    explicit MinuteBuckets(std::size_t retentionMinutes);

    /// Sets what minute @p minute (Unix minute: seconds / 60) counted.
    void set(std::int64_t minute, const WindowCounts& counts);

    /// What @p minute counted, or nothing when its slot holds another minute.
    std::optional<WindowCounts> read(std::int64_t minute) const;

    /// The sum of minutes @p first .. @p last - 1, skipping those not held.
    WindowCounts sum(std::int64_t first, std::int64_t last) const;

    std::size_t retentionMinutes() const { return m_slots.size(); }

private:
    struct Slot {
        std::int64_t minute = -1;
        std::uint32_t requests = 0;
        std::uint32_t clientErrors = 0;
        std::uint32_t serverErrors = 0;
        std::uint32_t cacheLookups = 0;
        std::uint32_t cacheHits = 0;
        std::array<std::uint32_t, kLatencyBucketCount> latency{};
    };

    const Slot& slotAt(std::int64_t minute) const;
    static void addTo(WindowCounts& counts, const Slot& slot);

    mutable std::mutex m_mutex;
    std::vector<Slot> m_slots;
};

}  // namespace recops::monitoring
