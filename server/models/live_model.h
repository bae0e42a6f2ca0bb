// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "common/snapshot_cell.h"
#include "engine/serving_model.h"
#include "models/model_registry.h"
#include "models/serving_state.h"

#include <chrono>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace recops::common {
class Logger;
}
namespace recops::metrics {
class Counter;
class Registry;
}  // namespace recops::metrics
namespace recops::store {
class CatalogStore;
}

namespace recops::models {

/// Why the last attempt to load a version failed.
struct LoadFailure {
    std::string model;
    int version = 0;
    std::string reason;
    std::chrono::system_clock::time_point at;
};

/**
 * The model versions recopsd serves, kept in step with the registry.
 *
 * Loading verifies every checksum (ModelRegistry::verify), loads the version with the current
 * catalog, and only then publishes it: requests that started on the previous version finish on
 * it (each holds its own reference), requests that start afterwards see the new one, and none
 * waits. A version that fails to verify or load is refused, the version being served stays,
 * and the failure is counted (`model_load_failures_total`) and kept for /healthz.
 *
 * A watcher thread polls the registry for the model's Production version, so a promotion made
 * by any process (the API, `recopsd train --stage production`, another replica) is served
 * within one poll interval.
 */
class LiveModel {
public:
    using SwapListener = std::function<void(const ServingState& state)>;

    LiveModel(ModelRegistry& registry, store::CatalogStore& catalog, std::string modelName,
              engine::ServingOptions options, metrics::Registry& metrics, common::Logger& logger);
    ~LiveModel();
    LiveModel(const LiveModel&) = delete;
    LiveModel& operator=(const LiveModel&) = delete;

    /// The serving state for this request. Lock-free; the reference is valid until the calling
    /// thread reads the state again (see SnapshotCell), so use it within one request.
    const ServingState& state() const { return m_state.read(); }
    /// The serving state as a pointer that stays valid as long as it is held.
    std::shared_ptr<const ServingState> acquireState() const { return m_state.acquire(); }

    /// Verifies, loads and publishes @p version as the Production model. Returns the failure
    /// instead (and keeps serving what it served) when the version cannot be served.
    std::optional<LoadFailure> loadProduction(int version);

    /// Loads the registry's Production version if it is not the one served, and the canary
    /// candidate of the model's rollout (or drops it when the rollout ended). Returns the
    /// failure when loading either failed.
    std::optional<LoadFailure> syncWithRegistry();

    /// Starts polling the registry every @p interval (syncWithRegistry) until destruction.
    void startWatching(std::chrono::milliseconds interval);

    /// Stops the watcher (idempotent); swap listeners are not called after it returns.
    void stopWatching();

    /// Asks the watcher to look at the registry now rather than at its next poll (after a
    /// promotion through this server's API); returns at once, the load runs on the watcher.
    void requestSync();

    /// Called after every publish, on the thread that published.
    void addSwapListener(SwapListener listener);

    std::optional<LoadFailure> lastFailure() const;
    const std::string& modelName() const { return m_modelName; }
    const engine::ServingOptions& options() const { return m_options; }

private:
    std::shared_ptr<const LoadedVersion> load(int version) const;
    /// Loads @p version unless @p current already is it; records a failure and returns null
    /// when it cannot be served.
    std::shared_ptr<const LoadedVersion> reuseOrLoad(
        const std::shared_ptr<const LoadedVersion>& current, int version);
    void publish(std::shared_ptr<const ServingState> state);
    void recordFailure(int version, const std::string& reason);
    void watch(std::chrono::milliseconds interval);

    ModelRegistry& m_registry;
    store::CatalogStore& m_catalog;
    std::string m_modelName;
    engine::ServingOptions m_options;
    common::Logger& m_logger;
    metrics::Counter& m_loadFailures;
    metrics::Counter& m_loads;
    common::SnapshotCell<ServingState> m_state;

    /// Serialises loads and publishes; never taken on the request path.
    mutable std::mutex m_loadMutex;
    std::optional<LoadFailure> m_lastFailure;
    std::vector<SwapListener> m_swapListeners;

    std::mutex m_watchMutex;
    std::condition_variable m_watchWake;
    bool m_stopping = false;
    bool m_syncRequested = false;
    std::thread m_watcher;
};

}  // namespace recops::models
