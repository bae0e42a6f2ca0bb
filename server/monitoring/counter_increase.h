// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <chrono>
#include <deque>
#include <utility>

namespace recops::monitoring {

/**
 * How much a counter grew over a sliding window, from samples of its value taken at each
 * evaluation, the way Prometheus' increase() treats a counter: a value lower than the one
 * before is a reset (the counter started again from zero), so the growth since the reset is
 * the new value itself.
 */
class CounterIncrease {
public:
    using TimePoint = std::chrono::system_clock::time_point;

    /// Counters in the process start at zero with it: @p origin is when this one did.
    CounterIncrease(std::chrono::seconds window, TimePoint origin);

    /// Records the counter's value @p value at @p time and returns its increase over the
    /// window ending then.
    double observe(TimePoint time, double value);

private:
    std::chrono::seconds m_window;
    std::deque<std::pair<TimePoint, double>> m_samples;
};

}  // namespace recops::monitoring
