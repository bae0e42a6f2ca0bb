// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "engine/event_weights.h"

#include "engine/component_spec.h"
#include "engine/engine_error.h"

#include <algorithm>
#include <cmath>

#include <nlohmann/json.hpp>

namespace recops::engine {
namespace {

constexpr std::string_view kRateType = "rate";
constexpr double kMaxWeight = 1e6;

bool isRatingOption(std::string_view key) {
    return key == "rating" || key == "rating_max" || key == "rating_min" ||
           key == "max_cell_weight";
}

}  // namespace

EventWeights::EventWeights()
    : m_typeWeights{{"view", 1.0F},     {"click", 2.0F},    {"like", 3.0F},
                    {"complete", 4.0F}, {"purchase", 5.0F}, {"rate", 1.0F}} {}

EventWeights EventWeights::parse(std::string_view spec) {
    auto parameters = ComponentSpec::parseParameters("event weights", spec);
    EventWeights weights;
    if (parameters.entries().empty()) {
        return weights;
    }
    // Listing any event type replaces the default table, so that a type left out is not
    // silently counted with its default weight.
    const bool listsTypes =
        std::any_of(parameters.entries().begin(), parameters.entries().end(),
                    [](const auto& entry) { return !isRatingOption(entry.first); });
    if (listsTypes) {
        weights.m_typeWeights.clear();
    }
    for (const auto& [key, value] : parameters.entries()) {
        if (!isRatingOption(key)) {
            weights.m_typeWeights[key] =
                static_cast<float>(parameters.number(key, 0.0, 0.0, kMaxWeight));
        }
    }
    weights.m_ratingConfidence =
        parameters.choice("rating", "constant", {"linear", "constant"}) == "linear"
            ? RatingConfidence::Linear
            : RatingConfidence::Constant;
    weights.m_ratingMax = parameters.number("rating_max", 5.0, 1e-6, kMaxWeight);
    weights.m_ratingMin = parameters.number("rating_min", 0.0, -kMaxWeight, kMaxWeight);
    weights.m_maxCellWeight = parameters.number("max_cell_weight", 0.0, 0.0, kMaxWeight);
    parameters.finish();
    return weights;
}

EventWeights EventWeights::fromJson(const nlohmann::json& json) {
    if (!json.is_object() || !json.contains("types") || !json.at("types").is_object()) {
        throw SpecError("event weights: expected an object with a 'types' object");
    }
    std::string spec;
    for (const auto& [type, weight] : json.at("types").items()) {
        if (!weight.is_number()) {
            throw SpecError("event weights: weight of '" + type + "' is not a number");
        }
        spec += type + "=" + ComponentSpec::formatNumber(weight.get<double>()) + ",";
    }
    try {
        spec += "rating=" + json.at("rating").get<std::string>();
        spec += ",rating_max=" + ComponentSpec::formatNumber(json.at("rating_max").get<double>());
        spec += ",rating_min=" + ComponentSpec::formatNumber(json.at("rating_min").get<double>());
        spec += ",max_cell_weight=" +
                ComponentSpec::formatNumber(json.at("max_cell_weight").get<double>());
    } catch (const nlohmann::json::exception& error) {
        throw SpecError(std::string("event weights: ") + error.what());
    }
    return parse(spec);
}

nlohmann::json EventWeights::toJson() const {
    nlohmann::json types = nlohmann::json::object();
    for (const auto& [type, weight] : m_typeWeights) {
        types[type] = weight;
    }
    return {{"types", types},
            {"rating", m_ratingConfidence == RatingConfidence::Linear ? "linear" : "constant"},
            {"rating_max", m_ratingMax},
            {"rating_min", m_ratingMin},
            {"max_cell_weight", m_maxCellWeight}};
}

std::string EventWeights::toSpec() const {
    std::string spec;
    for (const auto& [type, weight] : m_typeWeights) {
        spec += type + "=" + ComponentSpec::formatNumber(weight) + ",";
    }
    spec += m_ratingConfidence == RatingConfidence::Linear ? "rating=linear" : "rating=constant";
    spec += ",rating_max=" + ComponentSpec::formatNumber(m_ratingMax);
    spec += ",rating_min=" + ComponentSpec::formatNumber(m_ratingMin);
    spec += ",max_cell_weight=" + ComponentSpec::formatNumber(m_maxCellWeight);
    return spec;
}

std::optional<float> EventWeights::weightOf(std::string_view type, double value) const {
    const auto found = m_typeWeights.find(type);
    if (found == m_typeWeights.end()) {
        return std::nullopt;
    }
    if (type != kRateType) {
        return found->second;
    }
    if (!std::isfinite(value) || value < m_ratingMin) {
        return 0.0F;
    }
    if (m_ratingConfidence == RatingConfidence::Constant) {
        return found->second;
    }
    return static_cast<float>(found->second * std::clamp(value, 0.0, m_ratingMax) / m_ratingMax);
}

float EventWeights::capCellWeight(float summedWeight) const {
    return m_maxCellWeight > 0.0 ? std::min(summedWeight, static_cast<float>(m_maxCellWeight))
                                 : summedWeight;
}

}  // namespace recops::engine
