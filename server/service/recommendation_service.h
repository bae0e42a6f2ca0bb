// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "engine/candidate_source.h"
#include "models/serving_state.h"

#include <array>
#include <cstddef>
#include <span>
#include <string>
#include <string_view>

namespace recops::cache {
class RecommendationCache;
}
namespace recops::metrics {
class Counter;
class Histogram;
class Registry;
}  // namespace recops::metrics
namespace recops::models {
class DriftMonitor;
class LiveModel;
}  // namespace recops::models
namespace recops::store {
class EventStore;
}

namespace recops::service {

class MonitoringPlane;

/// One recommendation request, validated.
struct RecommendQuery {
    std::string_view userId;
    std::size_t count = 10;
    bool explain = false;
    bool excludeSeen = true;
    std::span<const std::string> exclude;
    /// False for the cache warm-up: it computes and caches answers without counting them as
    /// traffic (cache lookups, drift observations, candidate counts).
    bool observed = true;
};

/// What the request path produced: a finished JSON body and the version that made it.
struct RecommendAnswer {
    enum class Outcome { Served, NoModel, UnknownItem };
    Outcome outcome = Outcome::Served;
    std::string body;
    std::string modelTag;
    /// Which side of a running rollout answered (Production when none runs).
    models::RolloutArm arm = models::RolloutArm::Production;
    bool rolloutActive = false;
};

/**
 * The recommendation request path: result cache, the user's recent events from the event
 * store, the Production model, and the JSON response, written straight into a string.
 *
 * This is the server's hot path. It takes no lock shared by all requests (the model snapshot
 * is lock-free, the cache and the store's reader pool are sharded), reuses per-thread buffers
 * for the history and the response, and is measured in tests/bench and docs/performance.md.
 */
class RecommendationService {
public:
    struct Settings {
        std::size_t historyLimit = 200;
    };

    /// @p cache may be null (cache.enabled=false). Cache lookups are reported to, and drills'
    /// cache_down and slow_store faults read from, @p monitoring.
    RecommendationService(models::LiveModel& liveModel, store::EventStore& events,
                          cache::RecommendationCache* cache, models::DriftMonitor& drift,
                          MonitoringPlane& monitoring, metrics::Registry& metrics,
                          Settings settings);

    RecommendAnswer recommend(const RecommendQuery& query);
    /// Items like @p itemId, for "more like this".
    RecommendAnswer similarItems(std::string_view itemId, std::size_t count);

    /// The users' cached answers are stale (they have new events).
    void invalidateUsers(std::span<const std::string_view> userIds);
    /// Every cached answer is stale (a model swap, an item withdrawn).
    void invalidateAll();

    /// Computes and caches the answer to a plain request (`?user_id=U`, k = 10) for each of
    /// @p userIds not cached yet; how many were computed. Nothing without a cache or a model.
    std::size_t warm(std::span<const std::string> userIds);

    cache::RecommendationCache* cache() const { return m_cache; }

private:
    models::LiveModel& m_liveModel;
    store::EventStore& m_events;
    cache::RecommendationCache* m_cache;
    models::DriftMonitor& m_drift;
    MonitoringPlane& m_monitoring;
    Settings m_settings;
    metrics::Counter& m_fallbacks;
    std::array<metrics::Counter*, engine::kCandidateSourceCount> m_candidates{};
};

}  // namespace recops::service
