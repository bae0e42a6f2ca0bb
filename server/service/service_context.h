// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <chrono>
#include <string>
#include <vector>

namespace recops::metrics {
class Registry;
}
namespace recops::store {
class Storage;
}

namespace recops::service {

class Authenticator;
class MonitoringPlane;
class ServingModel;
class TokenDirectory;

/// What the API's handlers work with. Everything outlives the routes registered with it.
struct ServiceContext {
    store::Storage& storage;
    metrics::Registry& metrics;
    const ServingModel& servingModel;
    TokenDirectory& tokenDirectory;
    const Authenticator& authenticator;
    std::chrono::steady_clock::time_point startedAt;
    /// Probe paths (/healthz, /readyz, /metrics) answered without a token.
    std::vector<std::string> openEndpoints;
    /// Windows, SLOs, alerts, silences, on-call, notifications and drills.
    MonitoringPlane& monitoring;
};

}  // namespace recops::service
