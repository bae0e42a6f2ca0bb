// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// The rolling windows against counts worked out by hand: which requests fall in which
// window, how seconds fold into minutes, where seconds give way to minutes, what a checkpoint
// holds and what a restore brings back, and that recording from many threads loses nothing.
#include "monitoring/rolling_windows.h"

#include "monitoring/series.h"

#include <thread>
#include <vector>

#include <gtest/gtest.h>

namespace recops::monitoring {
namespace {

using std::chrono::milliseconds;
using std::chrono::seconds;
using TimePoint = RollingWindows::TimePoint;

/// 2026-03-01T12:00:00Z, a minute boundary.
const TimePoint kNoon{seconds(1'772'366'400)};

TimePoint at(std::int64_t secondsAfterNoon, std::int64_t extraMilliseconds = 0) {
    return kNoon + seconds(secondsAfterNoon) + milliseconds(extraMilliseconds);
}

TEST(RollingWindowsTest, AWindowCountsTheSecondsItCoversAndNothingElse) {
    RollingWindows windows;
    windows.recordRequestAt(at(0, 100), 200, 0.010);
    windows.recordRequestAt(at(0, 900), 503, 0.300);
    windows.recordRequestAt(at(1), 404, 0.002);
    windows.recordRequestAt(at(5), 200, 0.050);

    // The last 5 s at 12:00:05.5 are seconds 1..5, which hold two of the requests.
    const WindowCounts last5 = windows.lastWindow(seconds(5), at(5, 500));
    EXPECT_EQ(last5.requests, 2u);
    EXPECT_EQ(last5.clientErrors, 1u);
    EXPECT_EQ(last5.serverErrors, 0u);

    const WindowCounts last6 = windows.lastWindow(seconds(6), at(5, 500));
    EXPECT_EQ(last6.requests, 4u);
    EXPECT_EQ(last6.serverErrors, 1u);
    EXPECT_EQ(last6.latency[latencyBucketIndex(0.300)], 1u);

    // [from, to) takes whole seconds.
    EXPECT_EQ(windows.totals(at(0), at(1), at(10)).requests, 2u);
    EXPECT_EQ(windows.totals(at(1), at(5), at(10)).requests, 1u);
}

TEST(RollingWindowsTest, SeriesComeFromTheCountsOfTheWindow) {
    RollingWindows windows;
    for (int i = 0; i < 8; ++i) {
        windows.recordRequestAt(at(10), 200, 0.004);
    }
    windows.recordRequestAt(at(11), 500, 0.004);
    windows.recordRequestAt(at(11), 429, 0.004);
    windows.recordCacheLookupAt(at(11), CacheOutcome::Hit);
    windows.recordCacheLookupAt(at(11), CacheOutcome::Hit);
    windows.recordCacheLookupAt(at(11), CacheOutcome::Hit);
    windows.recordCacheLookupAt(at(12), CacheOutcome::Miss);

    const WindowCounts counts = windows.lastWindow(seconds(4), at(12));
    EXPECT_DOUBLE_EQ(*seriesValue(Series::RequestRate, counts, 4.0), 10.0 / 4.0);
    EXPECT_DOUBLE_EQ(*seriesValue(Series::ServerErrorRate, counts, 4.0), 0.1);
    EXPECT_DOUBLE_EQ(*seriesValue(Series::ClientErrorRate, counts, 4.0), 0.1);
    EXPECT_DOUBLE_EQ(*seriesValue(Series::Availability, counts, 4.0), 0.9);
    EXPECT_DOUBLE_EQ(*seriesValue(Series::CacheHitRate, counts, 4.0), 0.75);
    // Ten requests in (2.5 ms, 5 ms]: p50 is the middle of that bucket.
    EXPECT_DOUBLE_EQ(*seriesValue(Series::LatencyP50, counts, 4.0), 0.00375);

    const WindowCounts empty = windows.lastWindow(seconds(4), at(100));
    EXPECT_DOUBLE_EQ(*seriesValue(Series::RequestRate, empty, 4.0), 0.0);
    EXPECT_FALSE(seriesValue(Series::Availability, empty, 4.0).has_value());
    EXPECT_FALSE(seriesValue(Series::LatencyP95, empty, 4.0).has_value());
    EXPECT_FALSE(seriesValue(Series::CacheHitRate, empty, 4.0).has_value());
}

TEST(RollingWindowsTest, SecondsOlderThanTheRetentionAreGoneAndTheirSlotsReused) {
    RollingWindows windows(WindowRetention{10, 60});
    windows.recordRequestAt(at(0), 200, 0.01);
    EXPECT_EQ(windows.totals(at(0), at(1), at(5)).requests, 1u);
    // Second 18 shares the ring slot of second 0 (10 + 8 spare slots): recording it
    // recycles the slot, and second 0 reads as nothing rather than as second 18's count.
    windows.recordRequestAt(at(18), 200, 0.01);
    windows.recordRequestAt(at(18), 200, 0.01);
    EXPECT_EQ(windows.totals(at(18), at(19), at(18)).requests, 2u);
    EXPECT_EQ(windows.totals(at(0), at(1), at(18)).requests, 0u);
}

TEST(RollingWindowsTest, CompletedMinutesFoldIntoMinuteBucketsThatServeOlderWindows) {
    RollingWindows windows(WindowRetention{120, 60});
    // Minute 0 (12:00): 3 requests, one failed; minute 1 (12:01): 2 requests.
    windows.recordRequestAt(at(5), 200, 0.01);
    windows.recordRequestAt(at(30), 500, 0.01);
    windows.recordRequestAt(at(59), 200, 0.01);
    windows.recordRequestAt(at(60), 200, 0.01);
    windows.recordRequestAt(at(119), 200, 0.01);
    // Minute 0 is folded two seconds after it ends, not before.
    windows.advance(at(61));
    windows.advance(at(62));
    windows.advance(at(122));

    // At 12:03:30 second-resolution data starts at 12:01:30, so a window from 12:00:00 reads
    // minute 0 and minute 1 from the minute buckets (whole minutes up to 12:02:00) and the
    // seconds after.
    const TimePoint now = at(210);
    EXPECT_EQ(windows.secondResolutionStart(now), at(90));
    const WindowCounts counts = windows.totals(at(0), now, now);
    EXPECT_EQ(counts.requests, 5u);
    EXPECT_EQ(counts.serverErrors, 1u);
    // A window starting inside minute 0 takes minute 0 whole: older data has minute grain.
    EXPECT_EQ(windows.totals(at(40), now, now).requests, 5u);
}

TEST(RollingWindowsTest, TheRetentionStartIsTheOldestMinuteKept) {
    RollingWindows windows(WindowRetention{3600, 30 * 24 * 60});
    EXPECT_EQ(windows.retentionStart(at(30)), at(60) - seconds(30 * 24 * 3600));
    EXPECT_EQ(windows.secondResolutionStart(at(30)), at(30) - seconds(3600));
}

TEST(RollingWindowsTest, ACheckpointHoldsWhatChangedSinceTheLastAndARestoreBringsItBack) {
    RollingWindows windows(WindowRetention{120, 60});
    windows.recordRequestAt(at(10), 200, 0.01);
    windows.recordRequestAt(at(10), 503, 0.2);
    windows.recordRequestAt(at(70), 200, 0.01);
    windows.recordCacheLookupAt(at(70), CacheOutcome::Miss);

    const WindowCheckpoint first = windows.checkpoint(at(75));
    ASSERT_EQ(first.seconds.size(), 2u);
    EXPECT_EQ(first.seconds[0].first,
              std::chrono::floor<seconds>(kNoon.time_since_epoch()).count() + 10);
    EXPECT_EQ(first.seconds[0].second.requests, 2u);
    // Minute 0 folded whole, minute 1 provisionally (so far).
    ASSERT_EQ(first.minutes.size(), 2u);
    EXPECT_EQ(first.minutes[0].second.requests, 2u);
    EXPECT_EQ(first.minutes[1].second.cacheLookups, 1u);

    windows.recordRequestAt(at(80), 200, 0.01);
    const WindowCheckpoint second = windows.checkpoint(at(85));
    // Only the new second (and the current second, rewritten); minute 1 again, now larger.
    ASSERT_EQ(second.seconds.size(), 1u);
    EXPECT_EQ(second.seconds[0].second.requests, 1u);
    ASSERT_EQ(second.minutes.size(), 1u);
    EXPECT_EQ(second.minutes[0].second.requests, 2u);

    RollingWindows restored(WindowRetention{120, 60});
    WindowCheckpoint all = first;
    all.seconds.insert(all.seconds.end(), second.seconds.begin(), second.seconds.end());
    all.minutes.push_back(second.minutes[0]);
    restored.restore(all, at(90));
    EXPECT_EQ(restored.lastWindow(seconds(90), at(90)), windows.lastWindow(seconds(90), at(90)));
    EXPECT_EQ(restored.lastWindow(seconds(90), at(90)).requests, 4u);
    // Much later, the seconds are gone but their minutes remain.
    restored.advance(at(300));
    EXPECT_EQ(restored.totals(at(0), at(120), at(300)).requests, 4u);
    EXPECT_EQ(restored.totals(at(0), at(120), at(300)).serverErrors, 1u);
}

TEST(RollingWindowsTest, ARestoreIgnoresBucketsOutsideTheRetention) {
    RollingWindows windows(WindowRetention{60, 10});
    WindowCounts counts;
    counts.requests = 7;
    const std::int64_t noonSecond = std::chrono::floor<seconds>(kNoon.time_since_epoch()).count();
    WindowCheckpoint checkpoint;
    checkpoint.seconds = {{noonSecond, counts}};
    checkpoint.minutes = {{noonSecond / 60, counts}};
    // An hour later neither the second nor the minute (10 kept) is inside the retention.
    windows.restore(checkpoint, at(3600));
    EXPECT_EQ(windows.totals(at(0), at(3600), at(3600)).requests, 0u);
}

TEST(RollingWindowsTest, RecordingFromManyThreadsLosesNoRequest) {
    RollingWindows windows;
    constexpr int kThreads = 4;
    constexpr int kPerThread = 20'000;
    std::vector<std::thread> threads;
    for (int thread = 0; thread < kThreads; ++thread) {
        threads.emplace_back([&windows, thread] {
            for (int i = 0; i < kPerThread; ++i) {
                // Spread over three seconds, none prepared in advance: the first writer of
                // each second prepares it while others write.
                windows.recordRequestAt(at(i % 3), thread == 0 ? 500 : 200, 0.001);
            }
        });
    }
    for (std::thread& thread : threads) {
        thread.join();
    }
    const WindowCounts counts = windows.totals(at(0), at(3), at(3));
    EXPECT_EQ(counts.requests, static_cast<std::uint64_t>(kThreads * kPerThread));
    EXPECT_EQ(counts.serverErrors, static_cast<std::uint64_t>(kPerThread));
    EXPECT_EQ(counts.latency[latencyBucketIndex(0.001)], counts.requests);
}

}  // namespace
}  // namespace recops::monitoring
