// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace recops::metrics {
class Registry;
}
namespace recops::models {
class DriftMonitor;
class LiveModel;
class ModelLifecycle;
class ModelRegistry;
class RetrainScheduler;
class RolloutMonitor;
class TrainingJobs;
}  // namespace recops::models
namespace recops::store {
class Storage;
}

namespace recops::service {

class AuditTrail;
class Authenticator;
class RecommendationService;
class MonitoringPlane;
class ServingModel;
class TokenDirectory;

/// Bounds on what one request may ask for, from the configuration.
struct ServiceLimits {
    std::size_t maxBatchEvents = 10'000;
    std::int64_t maxFutureSkewMs = 86'400'000;
    std::size_t maxRecommendations = 1000;
};

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
    models::LiveModel& liveModel;
    models::ModelRegistry& registry;
    RecommendationService& recommendations;
    ServiceLimits limits;
    models::ModelLifecycle& lifecycle;
    models::TrainingJobs& trainer;
    /// Routes that change state register through it, so that every call is audited.
    const AuditTrail& audit;
    /// Windows, SLOs, alerts, silences, on-call, notifications and drills.
    MonitoringPlane& monitoring;
    /// Null when no retraining schedule is configured.
    const models::RetrainScheduler* scheduler = nullptr;
    models::RolloutMonitor* rollouts = nullptr;
    models::DriftMonitor* drift = nullptr;
};

}  // namespace recops::service
