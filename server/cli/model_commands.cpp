// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "cli/model_commands.h"

#include "cli/configuration_options.h"
#include "cli/progress_meter.h"
#include "common/timestamp.h"
#include "config/setting_keys.h"
#include "models/model_lifecycle.h"
#include "models/model_registry.h"
#include "models/training_pipeline.h"
#include "service/data_directory.h"
#include "service/model_settings.h"

#include <cmath>
#include <iostream>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

namespace recops::cli {
namespace {

namespace keys = config::keys;

struct TrainOptions {
    StorageOptions storage;
    std::string model;
    std::string algorithm;
    std::vector<std::string> parameters;
    std::string since;
    std::string until;
    std::string label;
    std::string stage;
    bool force = false;
    std::string comment;
    bool dryRun = false;
};

std::int64_t timeOption(const std::string& text, const char* option) {
    if (const auto milliseconds = common::parseTimestampMilliseconds(text)) {
        return *milliseconds;
    }
    throw std::runtime_error(std::string(option) + " \"" + text +
                             "\" is not an RFC 3339 time such as 2026-03-01T00:00:00Z");
}

models::TrainingRequest requestFrom(const TrainOptions& options,
                                    const config::Configuration& configuration) {
    models::TrainingRequest request;
    request.model =
        options.model.empty() ? configuration.string(keys::kServingModel) : options.model;
    request.algorithm = options.algorithm.empty() ? configuration.string(keys::kTrainingAlgorithm)
                                                  : options.algorithm;
    for (const std::string& parameter : options.parameters) {
        const auto equals = parameter.find('=');
        if (equals == std::string::npos || equals == 0) {
            throw std::runtime_error("--param \"" + parameter + "\" is not KEY=VALUE");
        }
        request.parameters.emplace_back(parameter.substr(0, equals), parameter.substr(equals + 1));
    }
    if (!options.since.empty()) {
        request.window.fromMs = timeOption(options.since, "--since");
    }
    if (!options.until.empty()) {
        request.window.toMs = timeOption(options.until, "--until");
    }
    request.label = options.label;
    request.createdBy = "recopsd train";
    request.dryRun = options.dryRun;
    return request;
}

int train(const TrainOptions& options) {
    const config::Configuration configuration = options.storage.configuration.load();
    const auto storage = options.storage.open(configuration);
    models::ModelRegistry registry(storage->registry(),
                                   service::modelsDirectory(options.storage.directory()));
    models::TrainingPipeline pipeline(
        storage->events(), storage->catalog(), registry, service::eventWeightsFrom(configuration),
        service::servingOptionsFrom(configuration),
        static_cast<std::size_t>(configuration.integer(keys::kServingHistoryLimit)));
    const models::TrainingRequest request = requestFrom(options, configuration);

    ProgressMeter progress(options.dryRun ? "evaluating" : "training");
    const models::TrainingOutcome outcome =
        pipeline.run(request, [&progress](const models::TrainingProgressReport& report) {
            progress.update(
                static_cast<std::uint64_t>(std::lround(report.fraction * 1000.0)), 1000,
                report.phase + (report.detail.empty() ? "" : " (" + report.detail + ")"));
        });
    progress.finish();

    nlohmann::json summary = outcome.toJson();
    if (!outcome.version) {
        std::cout << summary.dump(2) << std::endl;
        return 0;
    }
    models::ModelLifecycle lifecycle(
        registry, service::gateSettingsFrom(configuration),
        static_cast<std::size_t>(configuration.integer(keys::kRegistryKeepVersions)));
    int exitCode = 0;
    if (!options.stage.empty()) {
        models::TransitionRequest transition;
        transition.model = request.model;
        transition.version = outcome.version->version;
        transition.toStage = *store::parseStage(options.stage);
        transition.actor = "recopsd train";
        transition.comment = options.comment.empty()
                                 ? "promoted by recopsd train --stage " + options.stage
                                 : options.comment;
        transition.force = options.force;
        // Whoever can write the data directory holds every key already.
        transition.actorIsAdmin = true;
        const models::TransitionOutcome promotion = lifecycle.transition(transition);
        summary["gates"] = promotion.gates.toJson();
        if (promotion.status == models::TransitionStatus::Applied) {
            summary["stage"] = store::stageName(transition.toStage);
        } else {
            summary["promotion_refused"] = promotion.detail;
            std::cerr << "recopsd: version " << transition.version << " was registered but not "
                      << "moved to " << store::stageName(transition.toStage) << ": "
                      << promotion.detail << std::endl;
            exitCode = 3;
        }
    }
    summary["retention_deleted_versions"] =
        lifecycle.applyRetention(request.model, "recopsd train").deleted;
    std::cout << summary.dump(2) << std::endl;
    return exitCode;
}

void addTrainingOptions(CLI::App& command, TrainOptions& options) {
    options.storage.addTo(command);
    command
        .add_option("--algorithm", options.algorithm,
                    "popularity, als, ease, itemknn, or a spec such as ease:lambda=250; "
                    "default: training.algorithm (auto chooses from the data)")
        ->type_name("NAME");
    command
        .add_option("--param", options.parameters,
                    "An algorithm parameter over the algorithm's defaults (repeatable), for "
                    "example --param factors=128")
        ->type_name("KEY=VALUE");
    command.add_option("--since", options.since, "Train on events from this time (RFC 3339)")
        ->type_name("TIME");
    command.add_option("--until", options.until, "Train on events before this time (RFC 3339)")
        ->type_name("TIME");
    command
        .add_option("--model", options.model,
                    "Registered model to add the version to; default: serving.model")
        ->type_name("NAME");
}

}  // namespace

void addModelCommands(CLI::App& app, CommandAction& action) {
    auto trainOptions = std::make_shared<TrainOptions>();
    CLI::App* trainCommand = app.add_subcommand(
        "train",
        "Train a model on the stored events, evaluate it on a held-out split and register it as "
        "a new version");
    addTrainingOptions(*trainCommand, *trainOptions);
    trainCommand->add_option("--label", trainOptions->label, "A note kept with the version");
    trainCommand
        ->add_option("--stage", trainOptions->stage,
                     "Move the new version to this stage; production makes it the served model "
                     "(a running recopsd loads it within serving.registry_poll_ms)")
        ->check(CLI::IsMember({"staging", "production"}, CLI::ignore_case));
    trainCommand->add_flag("--force", trainOptions->force,
                           "Move it to --stage even when the promotion gates refuse (needs "
                           "--comment)");
    trainCommand->add_option("--comment", trainOptions->comment,
                             "Why, for the registry history (required with --force)");
    trainCommand->footer(
        "Prints a JSON summary: version, algorithm (and why it was chosen), metrics, dataset, "
        "durations and the gates' verdicts.\nExit code 3: the version was registered, but the "
        "promotion gates kept it out of --stage.");
    trainCommand->callback([&action, trainOptions] {
        action = [trainOptions] {
            return train(*trainOptions);
        };
    });

    auto evaluateOptions = std::make_shared<TrainOptions>();
    CLI::App* evaluateCommand = app.add_subcommand(
        "evaluate",
        "Evaluate an algorithm on the stored events (per-user 75/25 split, k = 10) without "
        "registering anything");
    addTrainingOptions(*evaluateCommand, *evaluateOptions);
    evaluateCommand->footer(
        "Prints the evaluation as JSON: precision, recall, NDCG, MAP, coverage and Gini at 10, "
        "overall and for new and established users.");
    evaluateCommand->callback([&action, evaluateOptions] {
        evaluateOptions->dryRun = true;
        action = [evaluateOptions] {
            return train(*evaluateOptions);
        };
    });
}

}  // namespace recops::cli
