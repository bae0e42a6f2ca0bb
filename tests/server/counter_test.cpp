// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "metrics/counter.h"

#include "metrics/exposition_writer.h"

#include <thread>
#include <vector>

#include <gtest/gtest.h>

namespace recops::metrics {
namespace {

TEST(CounterTest, SumsIncrementsFromEveryThread) {
    Counter counter;
    constexpr int kThreads = 8;
    constexpr int kIncrements = 10000;
    std::vector<std::thread> threads;
    for (int thread = 0; thread < kThreads; ++thread) {
        threads.emplace_back([&] {
            for (int i = 0; i < kIncrements; ++i) {
                counter.increment();
            }
        });
    }
    for (auto& thread : threads) {
        thread.join();
    }
    counter.increment(5);
    EXPECT_EQ(counter.value(), std::uint64_t{kThreads} * kIncrements + 5);
}

TEST(CounterTest, ExposesItsValueAsOneSample) {
    Counter counter;
    counter.increment(3);
    ExpositionWriter writer;
    counter.expose(writer, "jobs_total", "kind=\"a\"");
    EXPECT_EQ(writer.text(), "jobs_total{kind=\"a\"} 3\n");
}

}  // namespace
}  // namespace recops::metrics
