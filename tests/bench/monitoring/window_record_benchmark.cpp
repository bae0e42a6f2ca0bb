// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// The cost of counting one request into the rolling windows (a clock read and relaxed atomic
// increments on a slot shared by every thread), next to a per-thread-sharded counter, from
// one thread and from several recording at once.
#include "metrics/counter.h"
#include "monitoring/rolling_windows.h"

#include <benchmark/benchmark.h>

namespace {

recops::monitoring::RollingWindows& windows() {
    static recops::monitoring::RollingWindows instance;
    return instance;
}

void recordRequest(benchmark::State& state) {
    auto& rolling = windows();
    double duration = 0.004;
    for (auto _ : state) {
        rolling.recordRequest(200, duration);
        benchmark::DoNotOptimize(duration);
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(recordRequest)->Threads(1)->Threads(2)->Threads(4)->UseRealTime();

void recordCacheLookup(benchmark::State& state) {
    auto& rolling = windows();
    for (auto _ : state) {
        rolling.recordCacheLookup(recops::monitoring::CacheOutcome::Hit);
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(recordCacheLookup)->Threads(1)->Threads(2)->UseRealTime();

void shardedCounter(benchmark::State& state) {
    static recops::metrics::Counter counter;
    for (auto _ : state) {
        counter.increment();
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(shardedCounter)->Threads(1)->Threads(2)->Threads(4)->UseRealTime();

void lastHourWindow(benchmark::State& state) {
    auto& rolling = windows();
    for (auto _ : state) {
        benchmark::DoNotOptimize(
            rolling.lastWindow(std::chrono::hours(1), std::chrono::system_clock::now()));
    }
}
BENCHMARK(lastHourWindow);

void thirtyDayWindow(benchmark::State& state) {
    auto& rolling = windows();
    for (auto _ : state) {
        benchmark::DoNotOptimize(
            rolling.lastWindow(std::chrono::hours(24 * 30), std::chrono::system_clock::now()));
    }
}
BENCHMARK(thirtyDayWindow);

}  // namespace

BENCHMARK_MAIN();
