// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "service/model_settings.h"

#include "config/config_error.h"
#include "config/configuration.h"
#include "config/setting_keys.h"
#include "engine/engine_error.h"
#include "engine/ranking_weights.h"
#include "engine/retriever_factory.h"

#include <algorithm>
#include <thread>

namespace recops::service {
namespace {

namespace keys = config::keys;

template <typename Function>
auto checked(const config::Configuration& configuration, std::string_view key, Function&& read) {
    try {
        return read(configuration.string(key));
    } catch (const engine::SpecError& error) {
        throw config::ConfigError({std::string(key) + ": " + error.what()});
    }
}

}  // namespace

engine::ServingOptions servingOptionsFrom(const config::Configuration& configuration) {
    engine::ServingOptions options;
    const auto retriever = [](const std::string& spec) {
        return engine::RetrieverFactory::create(spec)->spec();
    };
    options.retrieval.exactSpec = checked(configuration, keys::kServingExactRetriever, retriever);
    options.retrieval.approximateSpec =
        checked(configuration, keys::kServingApproximateRetriever, retriever);
    options.retrieval.approximateAbove =
        static_cast<std::size_t>(configuration.integer(keys::kServingApproximateAbove));
    options.ranker = std::make_shared<engine::Ranker>(
        checked(configuration, keys::kServingRankingWeights,
                [](const std::string& spec) { return engine::RankingWeights::parse(spec); }));
    return options;
}

engine::EventWeights eventWeightsFrom(const config::Configuration& configuration) {
    return checked(configuration, keys::kTrainingEventWeights,
                   [](const std::string& spec) { return engine::EventWeights::parse(spec); });
}

models::GateSettings gateSettingsFrom(const config::Configuration& configuration) {
    return models::GateSettings{configuration.number(keys::kRegistryStagingMinNdcg),
                                configuration.number(keys::kRegistryStagingMinPrecision),
                                configuration.number(keys::kRegistryMaxRegression)};
}

std::size_t trainingThreadsFrom(const config::Configuration& configuration) {
    const auto threads = static_cast<std::size_t>(configuration.integer(keys::kTrainingThreads));
    return threads > 0 ? threads : std::max(1u, std::thread::hardware_concurrency() / 2);
}

}  // namespace recops::service
