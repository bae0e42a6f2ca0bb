// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "monitoring/counter_increase.h"

namespace recops::monitoring {

CounterIncrease::CounterIncrease(std::chrono::seconds window, TimePoint origin) : m_window(window) {
    m_samples.emplace_back(origin, 0.0);
}

double CounterIncrease::observe(TimePoint time, double value) {
    m_samples.emplace_back(time, value);
    // Keep one sample at or before the window's start: it is the baseline of the growth.
    const TimePoint start = time - m_window;
    while (m_samples.size() > 2 && m_samples[1].first <= start) {
        m_samples.pop_front();
    }
    double increase = 0.0;
    for (std::size_t index = 1; index < m_samples.size(); ++index) {
        const double delta = m_samples[index].second - m_samples[index - 1].second;
        increase += delta >= 0.0 ? delta : m_samples[index].second;
    }
    return increase;
}

}  // namespace recops::monitoring
