// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// RolloutMonitor: latency quantiles interpolated within histogram buckets (worked out by hand
// below), and the per-arm figures a rollout reports.
#include "models/rollout_monitor.h"

#include <thread>
#include <vector>

#include <gtest/gtest.h>

namespace recops::models {
namespace {

const std::vector<double> kBounds{1.0, 2.0, 4.0};

/// How many times each value was observed.
struct Observed {
    double value;
    int times;
};

metrics::Histogram::Snapshot snapshotOf(std::initializer_list<Observed> observations) {
    metrics::Histogram histogram(kBounds);
    for (const Observed& observed : observations) {
        for (int time = 0; time < observed.times; ++time) {
            histogram.observe(observed.value);
        }
    }
    return histogram.snapshot();
}

TEST(RolloutMonitorQuantileTest, NoObservationsGiveZero) {
    EXPECT_EQ(RolloutMonitor::quantile(snapshotOf({}), kBounds, 0.5), 0.0);
}

TEST(RolloutMonitorQuantileTest, InterpolatesLinearlyWithinTheBucket) {
    // Ten observations, all in (1, 2]: the q-quantile sits q of the way through the bucket.
    const auto snapshot = snapshotOf({{1.5, 10}});
    EXPECT_DOUBLE_EQ(RolloutMonitor::quantile(snapshot, kBounds, 0.5), 1.5);
    EXPECT_DOUBLE_EQ(RolloutMonitor::quantile(snapshot, kBounds, 0.95), 1.95);
    EXPECT_DOUBLE_EQ(RolloutMonitor::quantile(snapshot, kBounds, 0.99), 1.99);
    EXPECT_DOUBLE_EQ(RolloutMonitor::quantile(snapshot, kBounds, 1.0), 2.0);
}

TEST(RolloutMonitorQuantileTest, FindsTheBucketHoldingTheRank) {
    // 50 in (0, 1], 30 in (1, 2], 20 in (2, 4]: cumulative 50, 80, 100.
    const auto snapshot = snapshotOf({{0.5, 50}, {1.5, 30}, {3.0, 20}});
    // Rank 50 is the last of the first bucket: its upper bound.
    EXPECT_DOUBLE_EQ(RolloutMonitor::quantile(snapshot, kBounds, 0.50), 1.0);
    // Rank 60: 10 of the 30 in (1, 2] -> 1 + 1 * 10/30.
    EXPECT_DOUBLE_EQ(RolloutMonitor::quantile(snapshot, kBounds, 0.60), 1.0 + 10.0 / 30.0);
    // Rank 95: 15 of the 20 in (2, 4] -> 2 + 2 * 0.75 = 3.5; rank 99: 2 + 2 * 0.95 = 3.9.
    EXPECT_DOUBLE_EQ(RolloutMonitor::quantile(snapshot, kBounds, 0.95), 3.5);
    EXPECT_DOUBLE_EQ(RolloutMonitor::quantile(snapshot, kBounds, 0.99), 3.9);
    // Rank 25: half way through the first bucket, which starts at 0.
    EXPECT_DOUBLE_EQ(RolloutMonitor::quantile(snapshot, kBounds, 0.25), 0.5);
}

TEST(RolloutMonitorQuantileTest, ObservationsPastTheLastBoundReportThatBound) {
    const auto snapshot = snapshotOf({{0.5, 90}, {100.0, 10}});
    EXPECT_DOUBLE_EQ(RolloutMonitor::quantile(snapshot, kBounds, 0.5), 0.5 / 0.9 * 1.0);
    EXPECT_DOUBLE_EQ(RolloutMonitor::quantile(snapshot, kBounds, 0.95), 4.0);
    EXPECT_DOUBLE_EQ(RolloutMonitor::quantile(snapshot, kBounds, 0.99), 4.0);
}

TEST(RolloutMonitorTest, ReportsEachArmsRequestsErrorsLatencyAndEngagement) {
    RolloutMonitor monitor;
    monitor.reset("default@1", "default@2");
    // Production: 100 requests of 4 ms, in the (3 ms, 5 ms] bucket, none failed.
    for (int request = 0; request < 100; ++request) {
        monitor.recordRequest(RolloutArm::Production, 0.004, false);
    }
    // Candidate: 10 requests of 180 ms, in (150 ms, 200 ms], two failed.
    for (int request = 0; request < 10; ++request) {
        monitor.recordRequest(RolloutArm::Candidate, 0.180, request < 2);
    }
    monitor.recordEngagement(RolloutArm::Production, 20);
    monitor.recordEngagement(RolloutArm::Candidate);
    monitor.recordEngagement(RolloutArm::Candidate, 2);

    const auto [production, candidate] = monitor.report();
    EXPECT_EQ(production.modelVersion, "default@1");
    EXPECT_EQ(production.requests, 100u);
    EXPECT_EQ(production.errors, 0u);
    EXPECT_DOUBLE_EQ(production.errorRate, 0.0);
    EXPECT_DOUBLE_EQ(production.p50Seconds, 0.003 + 0.002 * 0.50);
    EXPECT_DOUBLE_EQ(production.p95Seconds, 0.003 + 0.002 * 0.95);
    EXPECT_DOUBLE_EQ(production.p99Seconds, 0.003 + 0.002 * 0.99);
    EXPECT_EQ(production.engagements, 20u);
    EXPECT_DOUBLE_EQ(production.clickThrough, 0.2);

    EXPECT_EQ(candidate.modelVersion, "default@2");
    EXPECT_EQ(candidate.requests, 10u);
    EXPECT_EQ(candidate.errors, 2u);
    EXPECT_DOUBLE_EQ(candidate.errorRate, 0.2);
    EXPECT_DOUBLE_EQ(candidate.p50Seconds, 0.15 + 0.05 * 0.5);
    EXPECT_EQ(candidate.engagements, 3u);
    EXPECT_DOUBLE_EQ(candidate.clickThrough, 0.3);
}

TEST(RolloutMonitorTest, AnArmWithoutRequestsHasNoRates) {
    RolloutMonitor monitor;
    monitor.reset("default@1", "default@2");
    monitor.recordEngagement(RolloutArm::Candidate, 5);
    const auto reports = monitor.report();
    EXPECT_EQ(reports[1].requests, 0u);
    EXPECT_EQ(reports[1].engagements, 5u);
    EXPECT_DOUBLE_EQ(reports[1].clickThrough, 0.0);
    EXPECT_DOUBLE_EQ(reports[1].errorRate, 0.0);
    EXPECT_DOUBLE_EQ(reports[1].p95Seconds, 0.0);
}

TEST(RolloutMonitorTest, AResetStartsTheFiguresAfresh) {
    RolloutMonitor monitor;
    monitor.reset("default@1", "default@2");
    const auto firstSince = monitor.since();
    monitor.recordRequest(RolloutArm::Candidate, 0.01, true);
    monitor.recordEngagement(RolloutArm::Candidate, 4);

    monitor.reset("default@1", "default@3");
    const auto reports = monitor.report();
    EXPECT_EQ(reports[1].modelVersion, "default@3");
    EXPECT_EQ(reports[1].requests, 0u);
    EXPECT_EQ(reports[1].errors, 0u);
    EXPECT_EQ(reports[1].engagements, 0u);
    EXPECT_GE(monitor.since(), firstSince);
}

TEST(RolloutMonitorTest, CountsFromManyThreadsAddUp) {
    RolloutMonitor monitor;
    monitor.reset("default@1", "default@2");
    constexpr int kThreads = 8;
    constexpr int kRequestsEach = 5000;
    std::vector<std::thread> threads;
    for (int thread = 0; thread < kThreads; ++thread) {
        threads.emplace_back([&monitor, thread] {
            const RolloutArm arm = thread % 2 == 0 ? RolloutArm::Production : RolloutArm::Candidate;
            for (int request = 0; request < kRequestsEach; ++request) {
                monitor.recordRequest(arm, 0.001, request % 100 == 0);
                monitor.recordEngagement(arm);
            }
        });
    }
    for (std::thread& thread : threads) {
        thread.join();
    }
    for (const RolloutArmReport& arm : monitor.report()) {
        EXPECT_EQ(arm.requests, std::uint64_t{kThreads / 2 * kRequestsEach});
        EXPECT_EQ(arm.errors, std::uint64_t{kThreads / 2 * kRequestsEach / 100});
        EXPECT_EQ(arm.engagements, arm.requests);
    }
}

}  // namespace
}  // namespace recops::models
