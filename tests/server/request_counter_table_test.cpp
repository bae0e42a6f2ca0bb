// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "http/request_counter_table.h"

#include "metrics/registry.h"

#include <thread>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace recops::http {
namespace {

using ::testing::HasSubstr;

class RequestCounterTableTest : public ::testing::Test {
protected:
    metrics::Registry m_registry;
    metrics::MetricFamily<metrics::Counter>& m_family =
        m_registry.counterFamily("http_requests_total", "Requests.", {"method", "route", "status"});
    RequestCounterTable m_table{m_family, "/healthz"};
};

TEST_F(RequestCounterTableTest, ReturnsTheFamilysChildForMethodAndStatus) {
    metrics::Counter& counter = m_table.counter(methodLabelIndex("GET"), 200);
    EXPECT_EQ(&counter, &m_family.withLabels({"GET", "/healthz", "200"}));
    EXPECT_EQ(&m_table.counter(methodLabelIndex("GET"), 200), &counter);
    EXPECT_NE(&m_table.counter(methodLabelIndex("GET"), 503), &counter);
    EXPECT_NE(&m_table.counter(methodLabelIndex("POST"), 200), &counter);
}

TEST_F(RequestCounterTableTest, ArbitraryMethodsShareTheOtherLabel) {
    EXPECT_EQ(methodLabel(methodLabelIndex("BREW")), "OTHER");
    EXPECT_EQ(methodLabel(methodLabelIndex("DELETE")), "DELETE");
    m_table.counter(methodLabelIndex("BREW"), 405).increment();
    EXPECT_THAT(
        m_registry.expose(),
        HasSubstr("http_requests_total{method=\"OTHER\",route=\"/healthz\",status=\"405\"} 1"));
}

TEST_F(RequestCounterTableTest, MorePairsThanSlotsStillCountCorrectly) {
    // 8 methods x 100 statuses: far past the table's slots, so most go through the family.
    for (unsigned status = 100; status < 200; ++status) {
        for (std::size_t method = 0; method < 8; ++method) {
            m_table.counter(method, status).increment();
        }
    }
    for (unsigned status = 100; status < 200; ++status) {
        for (std::size_t method = 0; method < 8; ++method) {
            EXPECT_EQ(m_family.withLabels({methodLabel(method), "/healthz", std::to_string(status)})
                          .value(),
                      1u);
        }
    }
}

TEST_F(RequestCounterTableTest, ConcurrentFirstUsesAgreeOnOneCounter) {
    constexpr int kThreads = 8;
    constexpr int kIncrements = 2000;
    std::vector<std::thread> threads;
    for (int thread = 0; thread < kThreads; ++thread) {
        threads.emplace_back([&] {
            for (int i = 0; i < kIncrements; ++i) {
                m_table.counter(methodLabelIndex("GET"), 200 + (i % 5)).increment();
            }
        });
    }
    for (auto& thread : threads) {
        thread.join();
    }
    for (unsigned status = 200; status < 205; ++status) {
        EXPECT_EQ(m_family.withLabels({"GET", "/healthz", std::to_string(status)}).value(),
                  std::uint64_t{kThreads} * kIncrements / 5);
    }
}

}  // namespace
}  // namespace recops::http
