// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "models/live_model.h"

#include "common/logger.h"
#include "metrics/registry.h"
#include "store/catalog_store.h"

#include <algorithm>

namespace recops::models {
namespace {

/// The longest a version that failed to load waits before the watcher tries it again, so a
/// broken Production version is retried (and counted) without a busy loop.
constexpr std::chrono::milliseconds kLongestRetryDelay{60'000};

std::vector<engine::ItemMetadata> readCatalog(store::CatalogStore& catalog) {
    std::vector<engine::ItemMetadata> items;
    catalog.forEach([&items](const store::ItemRecord& item) {
        items.push_back(engine::ItemMetadata{item.id, item.categories, item.createdAtMs / 1000,
                                             item.available});
    });
    return items;
}

}  // namespace

LiveModel::LiveModel(ModelRegistry& registry, store::CatalogStore& catalog, std::string modelName,
                     engine::ServingOptions options, metrics::Registry& metrics,
                     common::Logger& logger)
    : m_registry(registry)
    , m_catalog(catalog)
    , m_modelName(std::move(modelName))
    , m_options(std::move(options))
    , m_logger(logger)
    , m_loadFailures(metrics.counter(
          "model_load_failures_total",
          "Model versions that could not be served: failed verification or loading."))
    , m_loads(metrics.counter("model_loads_total", "Model versions loaded and published."))
    , m_state(std::make_shared<const ServingState>()) {
    if (!m_options.ranker) {
        // One ranker for every version, so weights set at run time survive model swaps.
        m_options.ranker = std::make_shared<engine::Ranker>();
    }
}

LiveModel::~LiveModel() {
    stopWatching();
}

void LiveModel::stopWatching() {
    {
        std::lock_guard lock(m_watchMutex);
        m_stopping = true;
    }
    m_watchWake.notify_all();
    if (m_watcher.joinable()) {
        m_watcher.join();
    }
}

std::shared_ptr<const LoadedVersion> LiveModel::load(int version) const {
    VerifiedVersion verified = m_registry.verify(m_modelName, version);
    const std::vector<engine::ItemMetadata> catalog = readCatalog(m_catalog);
    auto model = engine::ServingModel::load(verified.directory, catalog, m_options);
    return std::make_shared<const LoadedVersion>(LoadedVersion{
        std::move(model), std::move(verified.record), m_modelName + "@" + std::to_string(version),
        std::chrono::system_clock::now(), m_registry.readDriftProfile(m_modelName, version)});
}

std::shared_ptr<const LoadedVersion> LiveModel::reuseOrLoad(
    const std::shared_ptr<const LoadedVersion>& current, int version) {
    if (current && current->record.version == version) {
        return current;
    }
    try {
        auto loaded = load(version);
        m_loads.increment();
        m_logger.info("loaded model version",
                      {{"model", m_modelName},
                       {"version", std::to_string(version)},
                       {"algorithm", std::string(loaded->model->bundle().model().algorithm())}});
        return loaded;
    } catch (const std::exception& error) {
        recordFailure(version, error.what());
        return nullptr;
    }
}

std::optional<LoadFailure> LiveModel::loadProduction(int version) {
    std::lock_guard lock(m_loadMutex);
    const auto current = m_state.acquire();
    auto loaded = reuseOrLoad(current->production, version);
    if (!loaded) {
        return m_lastFailure;
    }
    if (loaded != current->production) {
        auto state = std::make_shared<ServingState>(*current);
        state->production = std::move(loaded);
        publish(std::move(state));
    }
    m_lastFailure.reset();
    return std::nullopt;
}

std::optional<LoadFailure> LiveModel::syncWithRegistry() {
    const auto production = m_registry.store().production(m_modelName);
    const auto rollout = m_registry.store().rollout(m_modelName);
    std::lock_guard lock(m_loadMutex);
    const auto current = m_state.acquire();
    auto state = std::make_shared<ServingState>(*current);
    // A version already loaded on either side is reused: a promoted candidate is not loaded
    // twice.
    const auto loadedAs = [&current](int version) {
        return current->candidate && current->candidate->record.version == version
                   ? current->candidate
                   : current->production;
    };
    std::optional<LoadFailure> failure;
    if (production) {
        // Nothing promoted yet keeps whatever is served.
        if (auto loaded = reuseOrLoad(loadedAs(production->version), production->version)) {
            state->production = std::move(loaded);
        } else {
            failure = m_lastFailure;
        }
    }
    if (rollout && state->production &&
        rollout->candidateVersion != state->production->record.version) {
        if (auto candidate =
                reuseOrLoad(loadedAs(rollout->candidateVersion), rollout->candidateVersion)) {
            state->candidate = std::move(candidate);
            state->candidatePercent = rollout->percent;
        } else {
            failure = m_lastFailure;
            state->candidate.reset();
            state->candidatePercent = 0.0;
        }
    } else {
        state->candidate.reset();
        state->candidatePercent = 0.0;
    }
    if (state->production != current->production || state->candidate != current->candidate ||
        state->candidatePercent != current->candidatePercent) {
        publish(std::move(state));
    }
    if (!failure) {
        m_lastFailure.reset();
    }
    return failure;
}

void LiveModel::publish(std::shared_ptr<const ServingState> state) {
    m_state.publish(state);
    for (const SwapListener& listener : m_swapListeners) {
        listener(*state);
    }
}

void LiveModel::recordFailure(int version, const std::string& reason) {
    m_loadFailures.increment();
    m_lastFailure = LoadFailure{m_modelName, version, reason, std::chrono::system_clock::now()};
    m_logger.error(
        "cannot serve model version; the previous one stays",
        {{"model", m_modelName}, {"version", std::to_string(version)}, {"reason", reason}});
}

void LiveModel::addSwapListener(SwapListener listener) {
    std::lock_guard lock(m_loadMutex);
    m_swapListeners.push_back(std::move(listener));
}

std::optional<LoadFailure> LiveModel::lastFailure() const {
    std::lock_guard lock(m_loadMutex);
    return m_lastFailure;
}

void LiveModel::startWatching(std::chrono::milliseconds interval) {
    m_watcher = std::thread([this, interval] { watch(interval); });
}

void LiveModel::requestSync() {
    {
        std::lock_guard lock(m_watchMutex);
        m_syncRequested = true;
    }
    m_watchWake.notify_all();
}

void LiveModel::watch(std::chrono::milliseconds interval) {
    std::chrono::milliseconds delay = interval;
    std::unique_lock lock(m_watchMutex);
    while (true) {
        // Wakes at the poll interval, or at once when asked to sync or to stop.
        m_watchWake.wait_for(lock, delay, [this] { return m_stopping || m_syncRequested; });
        if (m_stopping) {
            return;
        }
        m_syncRequested = false;
        lock.unlock();
        std::optional<LoadFailure> failure;
        try {
            failure = syncWithRegistry();
        } catch (const std::exception& error) {
            // The registry itself could not be read (database locked or gone): try again.
            m_logger.warning("cannot read the model registry", {{"reason", error.what()}});
        }
        // Back off while the Production version keeps failing; return to the normal pace
        // as soon as it loads or is replaced.
        delay = failure ? std::min(delay * 2, kLongestRetryDelay) : interval;
        lock.lock();
    }
}

}  // namespace recops::models
