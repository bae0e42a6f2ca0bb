// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <chrono>
#include <string>

namespace recops::monitoring {

/// What an SLO counts as a good request.
enum class SloKind {
    /// Any response but a 5xx.
    Availability,
    /// A response within a latency threshold (the objective is stated as a percentile).
    Latency,
    /// Like Availability, stated as the share of 5xx responses allowed.
    ErrorRate,
};

/**
 * A service level objective: the share of good requests to reach over a window. Every kind
 * is a ratio of good to all requests, so that all have an error budget and burn rates:
 * "P95 <= 100 ms" means that at least 95 % of requests take at most 100 ms.
 */
struct SloDefinition {
    /// "availability", "latency_p95", "latency_p99", "error_rate".
    std::string name;
    SloKind kind = SloKind::Availability;
    /// The share of good requests asked for, in 0..1 (exclusive of 1): 0.999, 0.95, 0.99.
    double objective = 0.999;
    std::chrono::seconds window{30 * 24 * 3600};
    /// Latency only: the threshold a good request stays within.
    double latencyThresholdSeconds = 0.0;
    /// For people: "P95 latency <= 100 ms over 5 minutes".
    std::string description;
};

}  // namespace recops::monitoring
