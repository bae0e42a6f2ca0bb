// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "metrics/metric_type.h"

#include <atomic>
#include <string_view>

namespace recops::metrics {

class ExpositionWriter;

/// A value that goes up and down, such as connections open. Not sharded: gauges are set
/// where things change state, not on every request.
class Gauge {
public:
    static constexpr MetricType kType = MetricType::Gauge;

    void set(double value) { m_value.store(value, std::memory_order_relaxed); }
    void add(double amount) { m_value.fetch_add(amount, std::memory_order_relaxed); }
    double value() const { return m_value.load(std::memory_order_relaxed); }

    void expose(ExpositionWriter& writer, std::string_view name, std::string_view labelPairs) const;

private:
    std::atomic<double> m_value{0.0};
};

}  // namespace recops::metrics
