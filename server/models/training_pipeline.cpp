// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "models/training_pipeline.h"

#include "engine/algorithm_choice.h"
#include "engine/component_spec.h"
#include "engine/engine_error.h"
#include "engine/evaluator.h"
#include "engine/interaction_dataset_builder.h"
#include "engine/model_bundle.h"
#include "engine/recommender_factory.h"
#include "models/drift_baseline_builder.h"
#include "store/catalog_store.h"

#include <chrono>
#include <limits>

namespace recops::models {
namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

/// How much of a run each phase takes, roughly, for the progress fraction. Evaluation fits
/// the model once on 75 % of the data and training once on all of it.
struct PhaseRange {
    const char* name;
    double from;
    double to;
};
constexpr PhaseRange kReading{"reading events", 0.0, 0.1};
constexpr PhaseRange kEvaluating{"evaluating", 0.1, 0.5};
constexpr PhaseRange kTraining{"training", 0.5, 0.92};
constexpr PhaseRange kIndexing{"indexing", 0.92, 0.97};
constexpr PhaseRange kRegistering{"registering", 0.97, 1.0};

class ProgressReporter {
public:
    ProgressReporter(const TrainingPipeline::ProgressCallback& callback,
                     const std::atomic<bool>* cancelled)
        : m_callback(callback), m_cancelled(cancelled) {}

    void enter(const PhaseRange& phase) {
        m_phase = &phase;
        report(0.0, {});
    }

    void report(double withinPhase, std::string_view detail) const {
        if (m_callback && m_phase != nullptr) {
            m_callback(TrainingProgressReport{
                m_phase->name,
                m_phase->from + (m_phase->to - m_phase->from) * std::clamp(withinPhase, 0.0, 1.0),
                std::string(detail)});
        }
    }

    /// A monitor for the engine's fits within the current phase.
    engine::TrainingMonitor monitor() const {
        return engine::TrainingMonitor(
            [this](const engine::TrainingProgress& progress) {
                const double within = progress.totalSteps == 0
                                          ? 0.0
                                          : static_cast<double>(progress.step) /
                                                static_cast<double>(progress.totalSteps);
                report(within, progress.phase);
            },
            [this] { return m_cancelled != nullptr && m_cancelled->load(); });
    }

private:
    const TrainingPipeline::ProgressCallback& m_callback;
    const std::atomic<bool>* m_cancelled;
    const PhaseRange* m_phase = nullptr;
};

std::optional<std::int64_t> boundOrNothing(std::int64_t bound, std::int64_t unbounded) {
    return bound == unbounded ? std::nullopt : std::optional<std::int64_t>(bound);
}

}  // namespace

nlohmann::json TrainingOutcome::toJson() const {
    nlohmann::json summary{
        {"algorithm", algorithm},
        {"metrics", metrics},
        {"dataset", dataset.toJson()},
        {"events", events},
        {"duration_seconds",
         {{"read", readSeconds},
          {"evaluate", evaluateSeconds},
          {"train", trainSeconds},
          {"total", totalSeconds}}},
    };
    summary["algorithm_choice"] =
        choiceReason.empty() ? nlohmann::json(nullptr) : nlohmann::json(choiceReason);
    if (version) {
        summary["model"] = version->model;
        summary["version"] = version->version;
        summary["stage"] = store::stageName(version->stage);
    } else {
        summary["version"] = nullptr;
        summary["dry_run"] = true;
    }
    return summary;
}

TrainingPipeline::TrainingPipeline(store::EventStore& events, store::CatalogStore& catalog,
                                   ModelRegistry& registry, engine::EventWeights weights,
                                   engine::ServingOptions servingOptions, std::size_t historyLimit)
    : m_events(events)
    , m_catalog(catalog)
    , m_registry(registry)
    , m_weights(std::move(weights))
    , m_servingOptions(std::move(servingOptions))
    , m_historyLimit(historyLimit) {}

std::string TrainingPipeline::composeSpec(const TrainingRequest& request) {
    if (request.algorithm.empty() || request.algorithm == "auto") {
        if (!request.parameters.empty()) {
            throw TrainingRequestError("parameters need a named algorithm (one of " + [] {
                std::string names;
                for (const std::string_view name : engine::RecommenderFactory::algorithms()) {
                    names += names.empty() ? std::string(name) : ", " + std::string(name);
                }
                return names;
            }() + "); without one the algorithm is chosen from the data");
        }
        return {};
    }
    engine::ComponentSpec spec = engine::ComponentSpec::parse(request.algorithm, "algorithm");
    std::vector<std::pair<std::string, std::string>> entries = spec.entries();
    for (const auto& [key, value] : request.parameters) {
        auto existing =
            std::find_if(entries.begin(), entries.end(),
                         [&key = key](const auto& entry) { return entry.first == key; });
        if (existing != entries.end()) {
            existing->second = value;
        } else {
            entries.emplace_back(key, value);
        }
    }
    std::string composed = spec.name();
    for (std::size_t index = 0; index < entries.size(); ++index) {
        composed += (index == 0 ? ":" : ",") + entries[index].first + "=" + entries[index].second;
    }
    // Builds the model once to reject an unknown algorithm or parameter before any work, and
    // takes its spec with every parameter spelled out.
    return engine::RecommenderFactory::create(composed)->spec();
}

TrainingOutcome TrainingPipeline::run(const TrainingRequest& request,
                                      const ProgressCallback& onProgress,
                                      const std::atomic<bool>* cancelled) {
    const auto runStart = Clock::now();
    TrainingOutcome outcome;
    const std::string namedSpec = composeSpec(request);
    ProgressReporter progress(onProgress, cancelled);

    progress.enter(kReading);
    const auto readStart = Clock::now();
    engine::InteractionDatasetBuilder builder(m_weights);
    std::vector<engine::ItemMetadata> catalog;
    m_catalog.forEach([&](const store::ItemRecord& item) {
        builder.addItem(item.id);
        catalog.push_back(engine::ItemMetadata{item.id, item.categories, item.createdAtMs / 1000,
                                               item.available});
    });
    engine::InteractionEvent event;
    DriftBaselineBuilder drift(m_historyLimit);
    const store::EventScanSummary scanned =
        m_events.scan(request.window, [&](const store::EventRecord& stored) {
            drift.observe(stored);
            event.userId = stored.userId;
            event.itemId = stored.itemId;
            event.type = stored.type;
            event.value = stored.value;
            event.timestampSeconds = stored.occurredAtMs / 1000;
            builder.add(event);
        });
    if (cancelled != nullptr && cancelled->load()) {
        throw engine::TrainingCancelled();
    }
    engine::InteractionDataset data = builder.build();
    outcome.events = scanned.events;
    outcome.dataset = data.stats();
    outcome.readSeconds = secondsSince(readStart);
    if (outcome.dataset.interactions == 0) {
        throw TrainingRequestError(
            scanned.events == 0
                ? std::string("no events to train on in the requested window")
                : "none of the " + std::to_string(scanned.events) +
                      " events in the window carries a weight (check training.event_weights)");
    }

    if (namedSpec.empty()) {
        const engine::AlgorithmChoice choice = engine::chooseDefaultAlgorithm(outcome.dataset);
        outcome.algorithm = engine::RecommenderFactory::create(choice.spec)->spec();
        outcome.choiceReason = choice.reason;
    } else {
        outcome.algorithm = namedSpec;
    }

    progress.enter(kEvaluating);
    const engine::EvaluationReport report = engine::Evaluator().evaluate(
        outcome.algorithm, data, engine::SplitOptions{}, progress.monitor());
    outcome.metrics = report.toJson();
    outcome.evaluateSeconds = report.trainSeconds + report.evaluateSeconds;
    if (request.dryRun) {
        outcome.totalSeconds = secondsSince(runStart);
        return outcome;
    }

    progress.enter(kTraining);
    const auto trainStart = Clock::now();
    engine::ModelBundle bundle =
        engine::ModelBundle::train(data, outcome.algorithm, m_weights, progress.monitor());
    outcome.trainSeconds = secondsSince(trainStart);

    progress.enter(kIndexing);
    // Building the serving model builds its vector index, which is saved with the version so
    // that every server loading it skips the build.
    const auto serving = engine::ServingModel::create(std::move(bundle), catalog, m_servingOptions);

    progress.enter(kRegistering);
    TrainingData facts;
    facts.windowFromMs =
        boundOrNothing(request.window.fromMs, std::numeric_limits<std::int64_t>::min());
    facts.windowToMs =
        boundOrNothing(request.window.toMs, std::numeric_limits<std::int64_t>::max());
    facts.firstEventMs = scanned.firstOccurredAtMs;
    facts.lastEventMs = scanned.lastOccurredAtMs;
    facts.events = scanned.events;
    facts.users = outcome.dataset.users;
    facts.items = outcome.dataset.items;
    facts.interactions = outcome.dataset.interactions;
    outcome.version =
        m_registry.add(request.model, TrainedVersion{serving->bundle(), serving->retriever(),
                                                     outcome.metrics, drift.build(*serving), facts,
                                                     request.label, request.createdBy});
    outcome.totalSeconds = secondsSince(runStart);
    return outcome;
}

}  // namespace recops::models
