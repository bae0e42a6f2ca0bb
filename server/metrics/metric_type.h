// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <string_view>

namespace recops::metrics {

/// The Prometheus metric types recopsd exposes.
enum class MetricType { Counter, Gauge, Histogram };

/// The name used on # TYPE lines: "counter", "gauge", "histogram".
constexpr std::string_view metricTypeName(MetricType type) {
    switch (type) {
        case MetricType::Counter:
            return "counter";
        case MetricType::Gauge:
            return "gauge";
        case MetricType::Histogram:
            return "histogram";
    }
    return "untyped";
}

}  // namespace recops::metrics
