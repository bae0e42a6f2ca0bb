// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "metrics/histogram.h"

#include "metrics/exposition_writer.h"

#include <cmath>
#include <thread>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace recops::metrics {
namespace {

using ::testing::ElementsAre;

TEST(HistogramTest, AValueCountsInTheFirstBucketWhoseBoundIsAtLeastIt) {
    Histogram histogram({0.1, 0.5, 1.0});
    histogram.observe(0.05);  // le 0.1
    histogram.observe(0.1);   // le 0.1: bounds are inclusive
    histogram.observe(0.3);   // le 0.5
    histogram.observe(7.0);   // +Inf only
    const auto snapshot = histogram.snapshot();
    EXPECT_THAT(snapshot.cumulativeCounts, ElementsAre(2, 3, 3, 4));
    EXPECT_EQ(snapshot.count, 4u);
    EXPECT_DOUBLE_EQ(snapshot.sum, 7.45);
}

TEST(HistogramTest, NanCountsOnlyInTheInfiniteBucket) {
    Histogram histogram({1.0});
    histogram.observe(std::nan(""));
    EXPECT_THAT(histogram.snapshot().cumulativeCounts, ElementsAre(0, 1));
}

TEST(HistogramTest, RefusesBoundsThatAreNotFiniteAndIncreasing) {
    EXPECT_THROW(Histogram({1.0, 1.0}), std::invalid_argument);
    EXPECT_THROW(Histogram({2.0, 1.0}), std::invalid_argument);
    EXPECT_THROW(Histogram({1.0, INFINITY}), std::invalid_argument);
    EXPECT_THROW(Histogram(std::vector<double>(Histogram::kMaxBoundCount + 1, 0.0)),
                 std::invalid_argument);
    EXPECT_NO_THROW(Histogram({}));
}

TEST(HistogramTest, ExposesCumulativeBucketsSumAndCount) {
    Histogram histogram({0.005, 1.0});
    histogram.observe(0.001);
    histogram.observe(2.0);
    ExpositionWriter writer;
    histogram.expose(writer, "latency_seconds", "route=\"/x\"");
    EXPECT_EQ(writer.text(),
              "latency_seconds_bucket{route=\"/x\",le=\"0.005\"} 1\n"
              "latency_seconds_bucket{route=\"/x\",le=\"1\"} 1\n"
              "latency_seconds_bucket{route=\"/x\",le=\"+Inf\"} 2\n"
              "latency_seconds_sum{route=\"/x\"} 2.001\n"
              "latency_seconds_count{route=\"/x\"} 2\n");
}

TEST(HistogramTest, ObservationsFromManyThreadsAreAllCounted) {
    Histogram histogram({1.0});
    std::vector<std::thread> threads;
    for (int thread = 0; thread < 4; ++thread) {
        threads.emplace_back([&] {
            for (int i = 0; i < 5000; ++i) {
                histogram.observe(0.5);
            }
        });
    }
    for (auto& thread : threads) {
        thread.join();
    }
    const auto snapshot = histogram.snapshot();
    EXPECT_EQ(snapshot.count, 20000u);
    EXPECT_EQ(snapshot.cumulativeCounts.front(), 20000u);
    EXPECT_DOUBLE_EQ(snapshot.sum, 10000.0);
}

}  // namespace
}  // namespace recops::metrics
