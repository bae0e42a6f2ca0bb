// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "engine/dataset_stats.h"
#include "engine/event_weights.h"
#include "engine/serving_model.h"
#include "models/model_registry.h"
#include "store/event_store.h"

#include <atomic>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

namespace recops::store {
class CatalogStore;
}

namespace recops::models {

/// What to train.
struct TrainingRequest {
    std::string model = "default";
    /// "", "auto" (chosen from the data), a name ("ease") or a full spec ("ease:lambda=100").
    std::string algorithm;
    /// Parameters over the algorithm's, as key=value pairs; they need a named algorithm.
    std::vector<std::pair<std::string, std::string>> parameters;
    store::EventWindow window;
    std::string label;
    std::string createdBy = "recopsd";
    /// Evaluate only: nothing is registered.
    bool dryRun = false;
};

/// Where a run is, for progress reports.
struct TrainingProgressReport {
    /// "reading events", "evaluating", "training", "indexing", "registering".
    std::string phase;
    /// Of the whole run, in [0, 1].
    double fraction = 0.0;
    /// The engine's own step description, when it reported one ("als: iteration").
    std::string detail;
};

/// What a run produced.
struct TrainingOutcome {
    /// The registered version; empty for a dry run.
    std::optional<store::ModelVersionRecord> version;
    std::string algorithm;
    /// Why the algorithm was chosen, when it was chosen rather than named.
    std::string choiceReason;
    /// metrics.json: the offline evaluation on a held-out split.
    nlohmann::json metrics;
    engine::DatasetStats dataset;
    std::uint64_t events = 0;
    double readSeconds = 0.0;
    double evaluateSeconds = 0.0;
    double trainSeconds = 0.0;
    double totalSeconds = 0.0;

    /// The summary `recopsd train` prints and the trainer API reports.
    nlohmann::json toJson() const;
};

/// A request the pipeline refuses before doing any work (bad algorithm, no events).
class TrainingRequestError : public std::runtime_error {
public:
    explicit TrainingRequestError(const std::string& message) : std::runtime_error(message) {}
};

/**
 * From stored events to a registered version: reads the event window and the catalog into a
 * dataset, picks the algorithm when none is named (chooseDefaultAlgorithm), evaluates it on a
 * per-user held-out split for metrics.json, trains it on all the data, builds the serving
 * index, and registers the result. The same pipeline serves `recopsd train` and the trainer
 * API.
 */
class TrainingPipeline {
public:
    using ProgressCallback = std::function<void(const TrainingProgressReport&)>;

    /// @p historyLimit is serving.history_limit: the drift baseline caps history lengths the
    /// way serving does.
    TrainingPipeline(store::EventStore& events, store::CatalogStore& catalog,
                     ModelRegistry& registry, engine::EventWeights weights,
                     engine::ServingOptions servingOptions, std::size_t historyLimit = 200);

    /// Runs @p request. @p cancelled, when given, is polled and stops the run (throwing
    /// engine::TrainingCancelled) without registering anything.
    TrainingOutcome run(const TrainingRequest& request, const ProgressCallback& onProgress = {},
                        const std::atomic<bool>* cancelled = nullptr);

    /// The algorithm spec @p request names, with its parameters applied; empty when it names
    /// none. Throws TrainingRequestError for parameters without an algorithm and
    /// engine::SpecError for an unknown algorithm or parameter.
    static std::string composeSpec(const TrainingRequest& request);

private:
    store::EventStore& m_events;
    store::CatalogStore& m_catalog;
    ModelRegistry& m_registry;
    engine::EventWeights m_weights;
    engine::ServingOptions m_servingOptions;
    std::size_t m_historyLimit;
};

}  // namespace recops::models
