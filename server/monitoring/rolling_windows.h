// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "monitoring/minute_buckets.h"
#include "monitoring/second_buckets.h"
#include "monitoring/window_counts.h"

#include <chrono>
#include <cstdint>
#include <mutex>
#include <set>
#include <utility>
#include <vector>

namespace recops::monitoring {

/// What a recommendation cache lookup found.
enum class CacheOutcome { Hit, Miss };

/// How much history the windows keep at each resolution.
struct WindowRetention {
    /// One-second buckets: the last hour.
    std::size_t seconds = 3600;
    /// One-minute buckets: 30 days.
    std::size_t minutes = 30 * 24 * 60;
};

/// Buckets to persist or restore: (Unix second or Unix minute, counts).
struct WindowCheckpoint {
    std::vector<std::pair<std::int64_t, WindowCounts>> seconds;
    std::vector<std::pair<std::int64_t, WindowCounts>> minutes;
};

/**
 * The server's own rolling windows of request outcomes, latency and cache lookups, so that
 * SLOs and alert rules work with no Prometheus at all.
 *
 * Requests and cache lookups are counted per second (SecondBuckets: atomics, no lock on the
 * request path) for the last hour; completed minutes are folded into per-minute buckets kept
 * for 30 days. A window therefore reads seconds where they are kept and minutes beyond:
 * windows reaching past the last hour start on a minute boundary.
 *
 * One background thread calls advance() a few times a second and checkpoint() now and then;
 * request threads call record*(); any thread may read.
 */
class RollingWindows {
public:
    using TimePoint = std::chrono::system_clock::time_point;

    explicit RollingWindows(WindowRetention retention = {});

    /// A request answered now with @p status after @p durationSeconds. Cheap: a clock read
    /// and three relaxed atomic increments.
    void recordRequest(unsigned status, double durationSeconds);
    void recordRequestAt(TimePoint time, unsigned status, double durationSeconds);

    /// A recommendation cache lookup made now.
    void recordCacheLookup(CacheOutcome outcome);
    void recordCacheLookupAt(TimePoint time, CacheOutcome outcome);

    /// Housekeeping: readies the seconds about to start and folds each minute completed
    /// (with a grace of two seconds for requests finishing at its edge) into minute buckets.
    void advance(TimePoint now);

    /// What was counted in [@p from, @p to), read at @p now.
    WindowCounts totals(TimePoint from, TimePoint to, TimePoint now) const;
    /// What was counted during the last @p window up to @p now, the current second included.
    WindowCounts lastWindow(std::chrono::seconds window, TimePoint now) const;

    /// The first time, at @p now, from which data is kept per second; earlier data is kept
    /// per minute.
    TimePoint secondResolutionStart(TimePoint now) const;
    /// The earliest time, at @p now, for which any data is kept.
    TimePoint retentionStart(TimePoint now) const;

    /**
     * The buckets changed since the previous checkpoint: seconds counted since then (the
     * current one included, partial as it is) and minutes folded since then, the current
     * minute provisionally folded so far, so that a restart long after still has it. Empty
     * buckets are left out: absence means zero.
     */
    WindowCheckpoint checkpoint(TimePoint now);

    /// Puts checkpointed buckets back (at start, before serving); buckets outside the
    /// retention at @p now are ignored.
    void restore(const WindowCheckpoint& checkpoint, TimePoint now);

    const WindowRetention& retention() const { return m_retention; }

private:
    WindowCounts sumSeconds(std::int64_t first, std::int64_t last) const;
    WindowCounts totalsInSeconds(std::int64_t from, std::int64_t to, std::int64_t now) const;
    /// Caller holds m_foldMutex.
    void foldMinute(std::int64_t minute, std::int64_t nowSecond);
    void foldCompletedMinutes(std::int64_t nowSecond);
    std::int64_t firstFoldableMinute(std::int64_t nowSecond) const;

    WindowRetention m_retention;
    SecondBuckets m_seconds;
    MinuteBuckets m_minutes;

    std::mutex m_foldMutex;
    /// The next minute advance() folds once it is complete; -1 until the first call.
    std::int64_t m_nextFoldMinute = -1;
    std::int64_t m_lastCheckpointSecond = -1;
    std::set<std::int64_t> m_unsavedMinutes;
};

}  // namespace recops::monitoring
