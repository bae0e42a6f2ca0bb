// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "metrics/family_reading.h"
#include "monitoring/labels.h"
#include "monitoring/rolling_windows.h"
#include "monitoring/severity.h"

#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace recops::monitoring {

/// What rules read at one evaluation. The functions stand for parts of the server that the
/// monitoring library does not link (readiness, the metrics registry, /proc).
struct RuleInputs {
    const RollingWindows& windows;
    RollingWindows::TimePoint now;
    /// The family of that name from the metrics registry, or nothing when none is registered.
    std::function<std::optional<metrics::FamilyReading>(std::string_view)> readMetric;
    /// Why the server is not ready (what /readyz says); empty when it is.
    std::function<std::vector<std::string>()> notReadyReasons;
    /// The process's resident memory, or nothing when unknown.
    std::function<std::optional<std::uint64_t>()> residentMemoryBytes;
};

/// What a rule found for one alert it may raise.
struct RuleObservation {
    /// Labels beyond the rule's own (for example {feature: age} for a drift alert).
    Labels labels;
    /// The measured quantity, in the unit the rule states its threshold in.
    double value = 0.0;
    /// Whether the condition holds.
    bool active = false;
    /// One line for people: "P95 latency is 312 ms over 5m (threshold 100 ms)".
    std::string summary;
};

/**
 * An alert rule: a condition over windows or published metrics that must hold for a while
 * (forDuration) before its alert fires, like a Prometheus alerting rule. One rule may watch
 * several things (one alert per drifting feature); each observation it returns is one alert.
 */
struct AlertRule {
    std::string name;
    Severity severity = Severity::Warning;
    std::chrono::milliseconds forDuration{0};
    /// Labels every alert of the rule carries besides alertname and severity.
    Labels labels;
    /// What the rule watches, for documentation and the API.
    std::string description;
    /// May keep state between calls (a counter's history); called from one thread.
    std::function<std::vector<RuleObservation>(const RuleInputs&)> evaluate;
};

}  // namespace recops::monitoring
