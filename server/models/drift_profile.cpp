// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "models/drift_profile.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <stdexcept>

namespace recops::models {
namespace {

/// The share an empty bin is taken to have, so that ln(a / e) stays finite.
constexpr double kEmptyBinShare = 1e-4;

std::vector<double> shares(std::span<const double> counts) {
    const double total = std::accumulate(counts.begin(), counts.end(), 0.0);
    std::vector<double> result(counts.size(), 0.0);
    if (total <= 0.0) {
        return result;
    }
    for (std::size_t bin = 0; bin < counts.size(); ++bin) {
        result[bin] = counts[bin] / total;
    }
    return result;
}

const nlohmann::json& member(const nlohmann::json& object, const char* name,
                             const std::string& where) {
    if (!object.is_object() || !object.contains(name)) {
        throw std::invalid_argument("drift_baseline.json: " + where + " lacks \"" + name + "\"");
    }
    return object.at(name);
}

/// @p json as a T; a file with values of another type is refused like any malformed one.
template <typename T>
T valuesOf(const nlohmann::json& json, const std::string& what) {
    try {
        return json.get<T>();
    } catch (const nlohmann::json::exception&) {
        throw std::invalid_argument("drift_baseline.json: " + what + " have the wrong type");
    }
}

}  // namespace

std::string_view driftFeatureName(DriftFeature feature) {
    switch (feature) {
        case DriftFeature::UserActivity:
            return "user_activity";
        case DriftFeature::ItemPopularity:
            return "item_popularity";
        case DriftFeature::RecommendedScore:
            return "recommended_score";
        case DriftFeature::CategoryMix:
            return "category_mix";
    }
    return "unknown";
}

std::string_view psiBand(double psi) {
    if (psi >= 0.5) {
        return "severe";
    }
    if (psi >= 0.3) {
        return "significant";
    }
    if (psi >= 0.2) {
        return "moderate";
    }
    return "stable";
}

double populationStabilityIndex(std::span<const double> expected, std::span<const double> actual) {
    if (expected.size() != actual.size()) {
        throw std::invalid_argument("PSI compares distributions over the same bins");
    }
    const std::vector<double> e = shares(expected);
    const std::vector<double> a = shares(actual);
    double psi = 0.0;
    for (std::size_t bin = 0; bin < e.size(); ++bin) {
        const double expectedShare = std::max(e[bin], kEmptyBinShare);
        const double actualShare = std::max(a[bin], kEmptyBinShare);
        psi += (actualShare - expectedShare) * std::log(actualShare / expectedShare);
    }
    return psi;
}

std::size_t DriftProfile::activityBin(std::size_t historyLength) {
    if (historyLength == 0) {
        return 0;
    }
    // 1 -> 1, 2-3 -> 2, 4-7 -> 3, ... 64 and more -> 7.
    std::size_t bin = 1;
    while (bin + 1 < kActivityBins && historyLength >= (std::size_t{1} << bin)) {
        ++bin;
    }
    return bin;
}

std::size_t DriftProfile::scoreBin(double score) const {
    return static_cast<std::size_t>(
        std::upper_bound(m_scoreEdges.begin(), m_scoreEdges.end(), score) - m_scoreEdges.begin());
}

nlohmann::json DriftProfile::toJson() const {
    nlohmann::json features = nlohmann::json::object();
    for (const DriftFeature feature : kDriftFeatures) {
        const FeatureBaseline& baseline = this->baseline(feature);
        features[std::string(driftFeatureName(feature))] = {{"bins", baseline.bins},
                                                            {"shares", baseline.shares}};
    }
    return {{"format", "recops-drift-baseline"},
            {"format_version", 1},
            {"features", std::move(features)},
            {"score_edges", m_scoreEdges}};
}

DriftProfile DriftProfile::fromJson(const nlohmann::json& json) {
    if (!json.is_object() || json.value("format", "") != "recops-drift-baseline" ||
        json.value("format_version", 0) != 1) {
        throw std::invalid_argument(
            "drift_baseline.json is not a recops-drift-baseline, version 1");
    }
    DriftProfile profile;
    const auto& features = member(json, "features", "the baseline");
    for (const DriftFeature feature : kDriftFeatures) {
        const std::string name(driftFeatureName(feature));
        if (!features.is_object() || !features.contains(name)) {
            throw std::invalid_argument("drift_baseline.json lacks feature " + name);
        }
        FeatureBaseline& baseline = profile.baseline(feature);
        baseline.bins = valuesOf<std::vector<std::string>>(member(features[name], "bins", name),
                                                           name + " bins");
        baseline.shares =
            valuesOf<std::vector<double>>(member(features[name], "shares", name), name + " shares");
        if (baseline.bins.size() != baseline.shares.size() || baseline.bins.empty()) {
            throw std::invalid_argument("drift_baseline.json: " + name +
                                        " has as many bins as shares, and at least one");
        }
    }
    profile.m_scoreEdges =
        valuesOf<std::vector<double>>(member(json, "score_edges", "the baseline"), "score_edges");
    if (profile.m_scoreEdges.size() + 1 != kScoreBins ||
        !std::is_sorted(profile.m_scoreEdges.begin(), profile.m_scoreEdges.end())) {
        throw std::invalid_argument(
            "drift_baseline.json: score_edges must be nine ascending values");
    }
    return profile;
}

}  // namespace recops::models
