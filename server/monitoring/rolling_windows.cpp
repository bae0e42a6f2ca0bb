// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "monitoring/rolling_windows.h"

#include <algorithm>

namespace recops::monitoring {
namespace {

constexpr std::int64_t kMinuteSeconds = 60;
/// How long after a minute ends it is folded: a request is counted in the second it finished,
/// read from the clock just before the count, so two seconds cover any straggler.
constexpr std::int64_t kFoldGraceSeconds = 2;
/// How far ahead advance() readies seconds.
constexpr std::int64_t kPrepareAheadSeconds = 2;

std::int64_t unixSecond(RollingWindows::TimePoint time) {
    return std::chrono::floor<std::chrono::seconds>(time.time_since_epoch()).count();
}

std::int64_t floorDivide(std::int64_t value, std::int64_t divisor) {
    return value >= 0 ? value / divisor : -((-value + divisor - 1) / divisor);
}

RollingWindows::TimePoint fromSecond(std::int64_t second) {
    return RollingWindows::TimePoint(std::chrono::seconds(second));
}

}  // namespace

RollingWindows::RollingWindows(WindowRetention retention)
    : m_retention(retention), m_seconds(retention.seconds), m_minutes(retention.minutes) {}

void RollingWindows::recordRequest(unsigned status, double durationSeconds) {
    recordRequestAt(std::chrono::system_clock::now(), status, durationSeconds);
}

void RollingWindows::recordRequestAt(TimePoint time, unsigned status, double durationSeconds) {
    m_seconds.addRequest(unixSecond(time), status, latencyBucketIndex(durationSeconds));
}

void RollingWindows::recordCacheLookup(CacheOutcome outcome) {
    recordCacheLookupAt(std::chrono::system_clock::now(), outcome);
}

void RollingWindows::recordCacheLookupAt(TimePoint time, CacheOutcome outcome) {
    m_seconds.addCacheLookup(unixSecond(time), outcome == CacheOutcome::Hit);
}

std::int64_t RollingWindows::firstFoldableMinute(std::int64_t nowSecond) const {
    // The first minute all of whose seconds are still kept.
    const std::int64_t oldestSecond = nowSecond - static_cast<std::int64_t>(m_retention.seconds);
    return floorDivide(oldestSecond + kMinuteSeconds - 1, kMinuteSeconds);
}

void RollingWindows::foldMinute(std::int64_t minute, std::int64_t nowSecond) {
    if (minute < firstFoldableMinute(nowSecond)) {
        // Some of its seconds are gone: folding now would overwrite a whole minute with a part.
        return;
    }
    const WindowCounts counts = sumSeconds(minute * kMinuteSeconds, (minute + 1) * kMinuteSeconds);
    m_minutes.set(minute, counts);
    if (!counts.empty()) {
        m_unsavedMinutes.insert(minute);
    }
}

void RollingWindows::foldCompletedMinutes(std::int64_t nowSecond) {
    if (m_nextFoldMinute < 0) {
        m_nextFoldMinute = firstFoldableMinute(nowSecond);
    }
    const std::int64_t lastCompleted =
        floorDivide(nowSecond - kFoldGraceSeconds, kMinuteSeconds) - 1;
    for (std::int64_t minute = std::max(m_nextFoldMinute, firstFoldableMinute(nowSecond));
         minute <= lastCompleted; ++minute) {
        foldMinute(minute, nowSecond);
    }
    m_nextFoldMinute = std::max(m_nextFoldMinute, lastCompleted + 1);
}

void RollingWindows::advance(TimePoint now) {
    const std::int64_t nowSecond = unixSecond(now);
    m_seconds.prepare(nowSecond, nowSecond + kPrepareAheadSeconds);
    std::lock_guard lock(m_foldMutex);
    foldCompletedMinutes(nowSecond);
}

WindowCounts RollingWindows::sumSeconds(std::int64_t first, std::int64_t last) const {
    WindowCounts counts;
    for (std::int64_t second = first; second < last; ++second) {
        if (const auto found = m_seconds.read(second)) {
            counts += *found;
        }
    }
    return counts;
}

WindowCounts RollingWindows::totalsInSeconds(std::int64_t from, std::int64_t to,
                                             std::int64_t now) const {
    if (from >= to) {
        return {};
    }
    const std::int64_t secondsStart = now - static_cast<std::int64_t>(m_retention.seconds);
    if (from >= secondsStart) {
        return sumSeconds(from, to);
    }
    // Minutes up to the first minute boundary from which seconds are kept, seconds after it,
    // so that no stretch is counted twice.
    const std::int64_t boundary =
        floorDivide(secondsStart + kMinuteSeconds - 1, kMinuteSeconds) * kMinuteSeconds;
    WindowCounts counts =
        m_minutes.sum(floorDivide(from, kMinuteSeconds),
                      floorDivide(std::min(to, boundary) + kMinuteSeconds - 1, kMinuteSeconds));
    if (to > boundary) {
        counts += sumSeconds(boundary, to);
    }
    return counts;
}

WindowCounts RollingWindows::totals(TimePoint from, TimePoint to, TimePoint now) const {
    return totalsInSeconds(unixSecond(from), unixSecond(to), unixSecond(now));
}

WindowCounts RollingWindows::lastWindow(std::chrono::seconds window, TimePoint now) const {
    const std::int64_t end = unixSecond(now) + 1;
    return totalsInSeconds(end - window.count(), end, unixSecond(now));
}

RollingWindows::TimePoint RollingWindows::secondResolutionStart(TimePoint now) const {
    return fromSecond(unixSecond(now) - static_cast<std::int64_t>(m_retention.seconds));
}

RollingWindows::TimePoint RollingWindows::retentionStart(TimePoint now) const {
    const std::int64_t currentMinute = floorDivide(unixSecond(now), kMinuteSeconds);
    return fromSecond((currentMinute - static_cast<std::int64_t>(m_retention.minutes) + 1) *
                      kMinuteSeconds);
}

WindowCheckpoint RollingWindows::checkpoint(TimePoint now) {
    const std::int64_t nowSecond = unixSecond(now);
    std::lock_guard lock(m_foldMutex);
    foldCompletedMinutes(nowSecond);
    const std::int64_t currentMinute = floorDivide(nowSecond, kMinuteSeconds);
    for (std::int64_t minute = std::max(m_nextFoldMinute, firstFoldableMinute(nowSecond));
         minute <= currentMinute; ++minute) {
        foldMinute(minute, nowSecond);
    }

    WindowCheckpoint checkpoint;
    const std::int64_t oldestSecond = nowSecond - static_cast<std::int64_t>(m_retention.seconds);
    for (std::int64_t second = std::max(oldestSecond, m_lastCheckpointSecond); second <= nowSecond;
         ++second) {
        if (const auto counts = m_seconds.read(second); counts && !counts->empty()) {
            checkpoint.seconds.emplace_back(second, *counts);
        }
    }
    // The current second is still filling: the next checkpoint writes it again.
    m_lastCheckpointSecond = nowSecond;
    for (std::int64_t minute : m_unsavedMinutes) {
        if (const auto counts = m_minutes.read(minute)) {
            checkpoint.minutes.emplace_back(minute, *counts);
        }
    }
    m_unsavedMinutes.clear();
    return checkpoint;
}

void RollingWindows::restore(const WindowCheckpoint& checkpoint, TimePoint now) {
    const std::int64_t nowSecond = unixSecond(now);
    const std::int64_t oldestSecond = nowSecond - static_cast<std::int64_t>(m_retention.seconds);
    const std::int64_t oldestMinute = floorDivide(unixSecond(retentionStart(now)), kMinuteSeconds);
    for (const auto& [minute, counts] : checkpoint.minutes) {
        if (minute >= oldestMinute) {
            m_minutes.set(minute, counts);
        }
    }
    for (const auto& [second, counts] : checkpoint.seconds) {
        if (second >= oldestSecond && second <= nowSecond) {
            m_seconds.restore(second, counts);
        }
    }
    std::lock_guard lock(m_foldMutex);
    // Refold every minute whose seconds came back: folding is a sum, so refolding is exact.
    m_nextFoldMinute = firstFoldableMinute(nowSecond);
    m_lastCheckpointSecond = nowSecond;
}

}  // namespace recops::monitoring
