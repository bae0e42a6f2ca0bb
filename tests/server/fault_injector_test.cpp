// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// Faults always end: at their expiry, when cleared, and never two of a kind at once; the
// magnitudes each kind accepts; fault_active in the scrape.
#include "drills/fault_injector.h"

#include "drills/fault_collector.h"
#include "metrics/exposition_writer.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace recops::drills {
namespace {

using std::chrono::milliseconds;
using std::chrono::seconds;
using ::testing::HasSubstr;
using TimePoint = FaultInjector::TimePoint;

const TimePoint kNoon{seconds(1'772'366'400)};

class FaultInjectorTest : public ::testing::Test {
protected:
    TimePoint m_now = kNoon;
    FaultInjector m_faults{[this] {
        return m_now;
    }};
};

TEST_F(FaultInjectorTest, AFaultAppliesUntilItExpires) {
    const auto injected = m_faults.inject(FaultKind::Latency, 250, seconds(30), "alice");
    ASSERT_TRUE(std::holds_alternative<Fault>(injected));
    const Fault& fault = std::get<Fault>(injected);
    EXPECT_EQ(fault.id.size(), 16u);
    EXPECT_EQ(fault.expiresAt, kNoon + seconds(30));
    EXPECT_TRUE(m_faults.active(FaultKind::Latency));
    EXPECT_DOUBLE_EQ(m_faults.magnitude(FaultKind::Latency), 250.0);
    EXPECT_FALSE(m_faults.active(FaultKind::Errors));
    EXPECT_DOUBLE_EQ(m_faults.magnitude(FaultKind::Errors), 0.0);

    m_now = kNoon + seconds(30) - milliseconds(1);
    EXPECT_TRUE(m_faults.active(FaultKind::Latency));
    m_now = kNoon + seconds(30);
    // Expired the instant its time is up, swept or not.
    EXPECT_FALSE(m_faults.active(FaultKind::Latency));
    EXPECT_DOUBLE_EQ(m_faults.magnitude(FaultKind::Latency), 0.0);
    EXPECT_TRUE(m_faults.list().empty());
    const auto swept = m_faults.sweepExpired();
    ASSERT_EQ(swept.size(), 1u);
    EXPECT_EQ(swept[0].id, fault.id);
    EXPECT_TRUE(m_faults.sweepExpired().empty());
}

TEST_F(FaultInjectorTest, OneFaultOfAKindAtATime) {
    const Fault first = std::get<Fault>(m_faults.inject(FaultKind::Errors, 0.5, seconds(60), "a"));
    const auto second = m_faults.inject(FaultKind::Errors, 0.9, seconds(60), "b");
    ASSERT_TRUE(std::holds_alternative<FaultConflict>(second));
    EXPECT_EQ(std::get<FaultConflict>(second).active.id, first.id);
    // Another kind is fine, and once the first expires so is the same kind again.
    EXPECT_TRUE(
        std::holds_alternative<Fault>(m_faults.inject(FaultKind::CacheDown, 1, seconds(10), "a")));
    m_now = kNoon + seconds(61);
    EXPECT_TRUE(
        std::holds_alternative<Fault>(m_faults.inject(FaultKind::Errors, 0.9, seconds(60), "b")));
}

TEST_F(FaultInjectorTest, ClearingEndsAFaultNow) {
    const Fault fault =
        std::get<Fault>(m_faults.inject(FaultKind::ModelUnavailable, 1, seconds(60), "a"));
    m_faults.inject(FaultKind::SlowStore, 40, seconds(60), "a");
    EXPECT_FALSE(m_faults.clear("0000000000000000"));
    EXPECT_TRUE(m_faults.clear(fault.id));
    EXPECT_FALSE(m_faults.active(FaultKind::ModelUnavailable));
    EXPECT_FALSE(m_faults.clear(fault.id));
    EXPECT_TRUE(m_faults.active(FaultKind::SlowStore));
    EXPECT_EQ(m_faults.clearAll(), 1u);
    EXPECT_FALSE(m_faults.active(FaultKind::SlowStore));
    EXPECT_TRUE(m_faults.list().empty());
}

TEST_F(FaultInjectorTest, EachKindTakesItsOwnMagnitudes) {
    EXPECT_FALSE(FaultInjector::findMagnitudeProblem(FaultKind::Latency, 1));
    EXPECT_FALSE(FaultInjector::findMagnitudeProblem(FaultKind::Latency, 60000));
    EXPECT_EQ(FaultInjector::findMagnitudeProblem(FaultKind::Latency, 0.5),
              "for a latency fault: the added delay in milliseconds, 1..60000");
    EXPECT_TRUE(FaultInjector::findMagnitudeProblem(FaultKind::SlowStore, 60001));
    EXPECT_FALSE(FaultInjector::findMagnitudeProblem(FaultKind::Errors, 1.0));
    EXPECT_FALSE(FaultInjector::findMagnitudeProblem(FaultKind::Errors, 0.01));
    EXPECT_TRUE(FaultInjector::findMagnitudeProblem(FaultKind::Errors, 0.0));
    EXPECT_TRUE(FaultInjector::findMagnitudeProblem(FaultKind::Errors, 1.5));
    EXPECT_FALSE(FaultInjector::findMagnitudeProblem(FaultKind::CacheDown, 1));
    EXPECT_EQ(FaultInjector::findMagnitudeProblem(FaultKind::CacheDown, 2),
              "a cache_down fault is on or off: leave magnitude out, or give 1");
}

TEST_F(FaultInjectorTest, TheCollectorWritesFaultActiveForEveryKind) {
    m_faults.inject(FaultKind::Errors, 0.2, seconds(5), "a");
    const FaultCollector collector(m_faults);
    metrics::ExpositionWriter writer;
    collector.collect(writer);
    EXPECT_EQ(writer.text(),
              "# HELP fault_active 1 while an injected fault of this kind applies (drills).\n"
              "# TYPE fault_active gauge\n"
              "fault_active{kind=\"latency\"} 0\n"
              "fault_active{kind=\"errors\"} 1\n"
              "fault_active{kind=\"model_unavailable\"} 0\n"
              "fault_active{kind=\"cache_down\"} 0\n"
              "fault_active{kind=\"slow_store\"} 0\n");
}

TEST(FaultKindTest, NamesRoundTrip) {
    for (FaultKind kind : allFaultKinds()) {
        EXPECT_EQ(parseFaultKind(faultKindName(kind)), kind);
    }
    EXPECT_FALSE(parseFaultKind("latency ").has_value());
}

}  // namespace
}  // namespace recops::drills
