// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// recops-engine-evaluate: the offline evaluation protocol of the engine on a CSV of events,
// printed as the JSON report a registry version would store. It reproduces the quality
// figures in docs/performance.md:
//
//   recops-engine-evaluate --events ratings.csv --algorithm ease:lambda=250
#include "engine/evaluator.h"
#include "engine/event_weights.h"
#include "engine/interaction_dataset_builder.h"
#include "event_csv_reader.h"

#include <cstdio>
#include <iostream>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

int main(int argc, char** argv) {
    using namespace recops;
    CLI::App app{"Evaluate a recommendation algorithm on a CSV of events (per-user split)"};
    std::string eventsPath;
    std::string algorithm = "ease:lambda=250";
    std::string weights;
    engine::SplitOptions split;
    engine::EvaluationOptions evaluation;
    bool progress = false;
    app.add_option("--events", eventsPath,
                   "CSV: user_id,item_id,value,timestamp,type or MovieLens ratings")
        ->required();
    app.add_option("--algorithm", algorithm, "algorithm spec")->capture_default_str();
    app.add_option("--weights", weights, "event weights spec (default: the engine's)");
    app.add_option("--k", evaluation.k, "cut-off")->capture_default_str();
    app.add_option("--new-user-threshold", evaluation.newUserThreshold,
                   "users with fewer training interactions form the new-user cohort")
        ->capture_default_str();
    app.add_option("--test-fraction", split.testFraction)->capture_default_str();
    app.add_option("--min-interactions", split.minimumInteractions,
                   "users with fewer interactions stay in training only")
        ->capture_default_str();
    app.add_option("--seed", split.seed)->capture_default_str();
    app.add_flag("--progress", progress, "report training progress on stderr");
    CLI11_PARSE(app, argc, argv);

    try {
        engine::InteractionDatasetBuilder builder(
            weights.empty() ? engine::EventWeights{} : engine::EventWeights::parse(weights));
        bench::EventCsvReader::read(
            eventsPath, [&builder](const engine::InteractionEvent& event) { builder.add(event); });
        const auto dataset = builder.build();
        engine::TrainingMonitor monitor(
            [progress](const engine::TrainingProgress& step) {
                if (progress) {
                    std::fprintf(stderr, "%.*s %zu/%zu%s\n", static_cast<int>(step.phase.size()),
                                 step.phase.data(), step.step, step.totalSteps,
                                 step.loss ? (" loss " + std::to_string(*step.loss)).c_str() : "");
                }
            },
            {});
        auto report = engine::Evaluator(evaluation).evaluate(algorithm, dataset, split, monitor);
        auto json = report.toJson();
        json["dataset"] = dataset.stats().toJson();
        json["events"] = builder.report().toJson();
        json["event_weights"] = builder.weights().toJson();
        std::cout << json.dump(2) << '\n';
    } catch (const std::exception& error) {
        std::cerr << "recops-engine-evaluate: " << error.what() << '\n';
        return 1;
    }
    return 0;
}
