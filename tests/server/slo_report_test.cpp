// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// Burn rates, error budgets and SLO reports against numbers worked out by hand.
#include "monitoring/slo_report.h"

#include "monitoring/burn_rate.h"

#include <gtest/gtest.h>

namespace recops::monitoring {
namespace {

using std::chrono::seconds;
using TimePoint = RollingWindows::TimePoint;

const TimePoint kNoon{seconds(1'772'366'400)};

TimePoint at(std::int64_t secondsAfterNoon) {
    return kNoon + seconds(secondsAfterNoon);
}

TEST(BurnRateTest, IsTheBadRatioOverTheBudgetRatio) {
    // 99.9 %: the budget is 0.1 % of requests. 1.44 % bad burns it 14.4 times too fast.
    EXPECT_NEAR(burnRate(0.0144, 0.999), 14.4, 1e-9);
    EXPECT_NEAR(burnRate(0.001, 0.999), 1.0, 1e-9);
    EXPECT_DOUBLE_EQ(burnRate(0.0, 0.999), 0.0);
    // 95 % (a P95 target): 10 % slow requests burn it twice as fast as allowed.
    EXPECT_NEAR(burnRate(0.10, 0.95), 2.0, 1e-9);
}

TEST(BurnRateTest, TheRemainingBudgetIsWhatTheWindowDidNotBurn) {
    EXPECT_NEAR(errorBudgetRemaining(0.0005, 0.999), 0.5, 1e-9);
    EXPECT_DOUBLE_EQ(errorBudgetRemaining(0.0, 0.999), 1.0);
    // Overspent: three times the budget leaves -2 budgets.
    EXPECT_NEAR(errorBudgetRemaining(0.003, 0.999), -2.0, 1e-9);
}

TEST(BurnRateTest, TheWindowPairsAreTheWorkbooks) {
    EXPECT_EQ(kBurnRateWindows[0].longWindow, seconds(3600));
    EXPECT_EQ(kBurnRateWindows[0].shortWindow, seconds(300));
    EXPECT_EQ(kBurnRateWindows[1].longWindow, seconds(6 * 3600));
    EXPECT_EQ(kBurnRateWindows[1].shortWindow, seconds(1800));
    EXPECT_EQ(kBurnRateWindows[2].longWindow, seconds(3 * 86400));
    EXPECT_EQ(kBurnRateWindows[2].shortWindow, seconds(6 * 3600));
}

TEST(SloReportTest, AvailabilityReportsTheIndicatorBudgetAndBurnRates) {
    RollingWindows windows;
    // 1000 requests over the last hour, 2 of them 5xx 10 minutes ago, 1 in the last minute.
    for (int i = 0; i < 997; ++i) {
        windows.recordRequestAt(at(-3000 + i), 200, 0.01);
    }
    windows.recordRequestAt(at(-600), 500, 0.01);
    windows.recordRequestAt(at(-600), 502, 0.01);
    windows.recordRequestAt(at(-30), 503, 0.01);

    const SloDefinition slo{"availability", SloKind::Availability, 0.999, seconds(3600), 0.0, ""};
    const SloReport report = evaluateSlo(slo, windows, at(0));
    EXPECT_EQ(report.requests, 1000u);
    EXPECT_NEAR(*report.indicator, 0.997, 1e-12);
    EXPECT_NEAR(*report.goodRatio, 0.997, 1e-12);
    // 0.3 % bad against a 0.1 % budget: three budgets spent, -2 left.
    EXPECT_NEAR(*report.errorBudgetRemaining, -2.0, 1e-9);
    EXPECT_FALSE(*report.met);

    ASSERT_EQ(report.burnRates.size(), 3u);
    // 1h: 3 bad of 1000 -> 3x. 5m: the last 300 s hold only the 503: 1 of 1 -> 1000x.
    EXPECT_NEAR(*report.burnRates[0].longRate, 3.0, 1e-9);
    EXPECT_NEAR(*report.burnRates[0].shortRate, 1000.0, 1e-6);
    // 30m: requests from -1800 on: the 997 good ones ran until -2004, so only the 3 bad.
    EXPECT_NEAR(*report.burnRates[1].shortRate, 1000.0, 1e-6);
}

TEST(SloReportTest, LatencyCountsRequestsOverTheThresholdAgainstThePercentile) {
    RollingWindows windows;
    // 90 fast (5 ms) and 10 slow (300 ms) requests: 10 % over 100 ms against a 5 % allowance.
    for (int i = 0; i < 90; ++i) {
        windows.recordRequestAt(at(-10), 200, 0.005);
    }
    for (int i = 0; i < 10; ++i) {
        windows.recordRequestAt(at(-5), 200, 0.300);
    }
    const SloDefinition slo{"latency_p95", SloKind::Latency, 0.95, seconds(300), 0.1, ""};
    const SloReport report = evaluateSlo(slo, windows, at(0));
    EXPECT_NEAR(*report.goodRatio, 0.9, 1e-12);
    EXPECT_NEAR(*report.errorBudgetRemaining, -1.0, 1e-9);
    EXPECT_NEAR(*report.burnRates[0].shortRate, 2.0, 1e-9);
    // P95: rank 95 lies 5 of the 10 into (0.25, 0.5]: 0.375 s.
    EXPECT_NEAR(*report.indicator, 0.375, 1e-12);
    EXPECT_FALSE(*report.met);
}

TEST(SloReportTest, ErrorRateStatesTheIndicatorAsTheShareOfErrors) {
    RollingWindows windows;
    for (int i = 0; i < 199; ++i) {
        windows.recordRequestAt(at(-1), 200, 0.005);
    }
    windows.recordRequestAt(at(-1), 500, 0.005);
    const SloDefinition slo{"error_rate", SloKind::ErrorRate, 0.99, seconds(300), 0.0, ""};
    const SloReport report = evaluateSlo(slo, windows, at(0));
    EXPECT_NEAR(*report.indicator, 0.005, 1e-12);
    EXPECT_NEAR(*report.errorBudgetRemaining, 0.5, 1e-9);
    EXPECT_TRUE(*report.met);
}

TEST(SloReportTest, AWindowWithoutRequestsReportsNothingRatherThanPerfection) {
    RollingWindows windows;
    const SloDefinition slo{"availability", SloKind::Availability, 0.999, seconds(3600), 0.0, ""};
    const SloReport report = evaluateSlo(slo, windows, at(0));
    EXPECT_EQ(report.requests, 0u);
    EXPECT_FALSE(report.indicator.has_value());
    EXPECT_FALSE(report.errorBudgetRemaining.has_value());
    EXPECT_FALSE(report.met.has_value());
    EXPECT_FALSE(report.burnRates[0].longRate.has_value());
}

}  // namespace
}  // namespace recops::monitoring
