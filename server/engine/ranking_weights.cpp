// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "engine/ranking_weights.h"

#include "engine/component_spec.h"
#include "engine/engine_error.h"

#include <cmath>

#include <nlohmann/json.hpp>

namespace recops::engine {
namespace {

constexpr double kMaxWeight = 1e6;

}  // namespace

void RankingWeights::validate() const {
    const auto check = [](double value, std::string_view name, double low, double high) {
        if (!std::isfinite(value) || value < low || value > high) {
            throw SpecError("ranking weights: '" + std::string(name) + "' must be in [" +
                            ComponentSpec::formatNumber(low) + ", " +
                            ComponentSpec::formatNumber(high) + "], got " +
                            ComponentSpec::formatNumber(value));
        }
    };
    check(model, "model", 0.0, kMaxWeight);
    check(popularity, "popularity", 0.0, kMaxWeight);
    check(freshness, "freshness", 0.0, kMaxWeight);
    check(categoryAffinity, "affinity", 0.0, kMaxWeight);
    check(mmrLambda, "mmr_lambda", 0.0, 1.0);
    check(freshnessHalfLifeDays, "freshness_half_life_days", 1e-6, 36500.0);
}

RankingWeights RankingWeights::parse(std::string_view text) {
    auto spec = ComponentSpec::parseParameters("ranking weights", text);
    RankingWeights weights;
    weights.model = spec.number("model", weights.model, 0.0, kMaxWeight);
    weights.popularity = spec.number("popularity", weights.popularity, 0.0, kMaxWeight);
    weights.freshness = spec.number("freshness", weights.freshness, 0.0, kMaxWeight);
    weights.categoryAffinity = spec.number("affinity", weights.categoryAffinity, 0.0, kMaxWeight);
    weights.mmrLambda = spec.number("mmr_lambda", weights.mmrLambda, 0.0, 1.0);
    weights.freshnessHalfLifeDays =
        spec.number("freshness_half_life_days", weights.freshnessHalfLifeDays, 1e-6, 36500.0);
    spec.finish();
    return weights;
}

RankingWeights RankingWeights::fromJson(const nlohmann::json& json) {
    if (!json.is_object()) {
        throw SpecError("ranking weights: expected a JSON object");
    }
    RankingWeights weights;
    const auto read = [&json](const char* key, double& target) {
        if (!json.contains(key)) {
            return;
        }
        if (!json.at(key).is_number()) {
            throw SpecError(std::string("ranking weights: '") + key + "' must be a number");
        }
        target = json.at(key).get<double>();
    };
    for (const auto& [key, value] : json.items()) {
        if (key != "model" && key != "popularity" && key != "freshness" && key != "affinity" &&
            key != "mmr_lambda" && key != "freshness_half_life_days") {
            throw SpecError("ranking weights: unknown field '" + key +
                            "' (known: model, popularity, freshness, affinity, mmr_lambda, "
                            "freshness_half_life_days)");
        }
    }
    read("model", weights.model);
    read("popularity", weights.popularity);
    read("freshness", weights.freshness);
    read("affinity", weights.categoryAffinity);
    read("mmr_lambda", weights.mmrLambda);
    read("freshness_half_life_days", weights.freshnessHalfLifeDays);
    weights.validate();
    return weights;
}

nlohmann::json RankingWeights::toJson() const {
    return {{"model", model},          {"popularity", popularity},
            {"freshness", freshness},  {"affinity", categoryAffinity},
            {"mmr_lambda", mmrLambda}, {"freshness_half_life_days", freshnessHalfLifeDays}};
}

std::string RankingWeights::toSpec() const {
    return "model=" + ComponentSpec::formatNumber(model) +
           ",popularity=" + ComponentSpec::formatNumber(popularity) +
           ",freshness=" + ComponentSpec::formatNumber(freshness) +
           ",affinity=" + ComponentSpec::formatNumber(categoryAffinity) +
           ",mmr_lambda=" + ComponentSpec::formatNumber(mmrLambda) +
           ",freshness_half_life_days=" + ComponentSpec::formatNumber(freshnessHalfLifeDays);
}

}  // namespace recops::engine
