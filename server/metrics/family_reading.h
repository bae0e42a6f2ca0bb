// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "metrics/metric_type.h"

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace recops::metrics {

/// One child of a family as code inside the server reads it: its labels and current value.
struct SampleReading {
    /// Label name and value pairs, in the family's label order.
    std::vector<std::pair<std::string, std::string>> labels;
    /// A counter's or gauge's value; a histogram's number of observations.
    double value = 0.0;

    /// The value of label @p name, empty when the family has no such label.
    std::string_view label(std::string_view name) const {
        for (const auto& [candidate, value] : labels) {
            if (candidate == name) {
                return value;
            }
        }
        return {};
    }
};

/// What a family holds right now, read by name (Registry::read()).
struct FamilyReading {
    MetricType type = MetricType::Gauge;
    std::vector<SampleReading> samples;
};

}  // namespace recops::metrics
