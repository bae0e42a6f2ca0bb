// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// Percentiles from bucket counts, against values worked out by hand with the rule
// Prometheus' histogram_quantile() applies (linear interpolation inside the bucket).
#include "monitoring/latency_percentile.h"

#include "monitoring/window_counts.h"

#include <array>

#include <gtest/gtest.h>

namespace recops::monitoring {
namespace {

// Bounds 0.1, 0.2, 0.5 s; 100 observations: 50 in (0, 0.1], 30 in (0.1, 0.2], 15 in
// (0.2, 0.5], 5 above 0.5. Running counts 50, 80, 95, 100.
constexpr std::array<double, 3> kBounds{0.1, 0.2, 0.5};
constexpr std::array<std::uint64_t, 4> kCounts{50, 30, 15, 5};

TEST(LatencyPercentileTest, InterpolatesInsideTheBucketTheRankFallsIn) {
    // p50: rank 50 reaches the first bucket's end exactly: 0 + 0.1 * 50/50.
    EXPECT_DOUBLE_EQ(*percentileFromBuckets(kBounds, kCounts, 0.50), 0.1);
    // p25: rank 25 is halfway through the first bucket, which starts at 0.
    EXPECT_DOUBLE_EQ(*percentileFromBuckets(kBounds, kCounts, 0.25), 0.05);
    // p90: rank 90 is 10 of the 15 into (0.2, 0.5]: 0.2 + 0.3 * 10/15 = 0.4.
    EXPECT_DOUBLE_EQ(*percentileFromBuckets(kBounds, kCounts, 0.90), 0.4);
    // p95: rank 95 is the end of (0.2, 0.5].
    EXPECT_DOUBLE_EQ(*percentileFromBuckets(kBounds, kCounts, 0.95), 0.5);
    // p65: rank 65 is 15 of the 30 into (0.1, 0.2].
    EXPECT_DOUBLE_EQ(*percentileFromBuckets(kBounds, kCounts, 0.65), 0.15);
}

TEST(LatencyPercentileTest, ARankInTheInfBucketGivesTheHighestFiniteBound) {
    EXPECT_DOUBLE_EQ(*percentileFromBuckets(kBounds, kCounts, 0.99), 0.5);
    const std::array<std::uint64_t, 4> allSlow{0, 0, 0, 7};
    EXPECT_DOUBLE_EQ(*percentileFromBuckets(kBounds, allSlow, 0.5), 0.5);
}

TEST(LatencyPercentileTest, EmptyBucketsBeforeTheRankAreSkipped) {
    // Everything in (0.2, 0.5]: p50 is the middle of that bucket, not of an empty one.
    const std::array<std::uint64_t, 4> counts{0, 0, 10, 0};
    EXPECT_DOUBLE_EQ(*percentileFromBuckets(kBounds, counts, 0.5), 0.35);
}

TEST(LatencyPercentileTest, NothingCountedHasNoPercentile) {
    const std::array<std::uint64_t, 4> none{};
    EXPECT_FALSE(percentileFromBuckets(kBounds, none, 0.95).has_value());
    EXPECT_FALSE(shareAtOrBelow(kBounds, none, 0.1).has_value());
}

TEST(LatencyPercentileTest, ShareAtOrBelowIsTheInverse) {
    EXPECT_DOUBLE_EQ(*shareAtOrBelow(kBounds, kCounts, 0.1), 0.50);
    EXPECT_DOUBLE_EQ(*shareAtOrBelow(kBounds, kCounts, 0.2), 0.80);
    // 0.35 is halfway through (0.2, 0.5]: 80 + 15/2 = 87.5 of 100.
    EXPECT_DOUBLE_EQ(*shareAtOrBelow(kBounds, kCounts, 0.35), 0.875);
    // 0.05 is halfway through the first bucket.
    EXPECT_DOUBLE_EQ(*shareAtOrBelow(kBounds, kCounts, 0.05), 0.25);
    // Beyond every bound, the +Inf bucket still counts as slower.
    EXPECT_DOUBLE_EQ(*shareAtOrBelow(kBounds, kCounts, 9.0), 0.95);
    EXPECT_DOUBLE_EQ(*shareAtOrBelow(kBounds, kCounts, 0.0), 0.0);
}

TEST(LatencyPercentileTest, TheWindowBucketsAreTheRequestHistogramsAndIndexLikePrometheusLe) {
    EXPECT_EQ(kLatencyBucketCount, 16u);
    EXPECT_EQ(latencyBucketIndex(0.0), 0u);
    EXPECT_EQ(latencyBucketIndex(0.0005), 0u);  // le is inclusive
    EXPECT_EQ(latencyBucketIndex(0.00051), 1u);
    EXPECT_EQ(latencyBucketIndex(0.1), 8u);
    EXPECT_EQ(latencyBucketIndex(10.0), 14u);
    EXPECT_EQ(latencyBucketIndex(10.5), 15u);  // +Inf
}

}  // namespace
}  // namespace recops::monitoring
