// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace recops::engine {
class ServingModel;
}

namespace recops::models {

/// The features whose drift recopsd watches.
enum class DriftFeature { UserActivity, ItemPopularity, RecommendedScore, CategoryMix };

inline constexpr std::array<DriftFeature, 4> kDriftFeatures{
    DriftFeature::UserActivity, DriftFeature::ItemPopularity, DriftFeature::RecommendedScore,
    DriftFeature::CategoryMix};

/// "user_activity", "item_popularity", "recommended_score", "category_mix".
std::string_view driftFeatureName(DriftFeature feature);

/// The runbooks' bands: below 0.2 stable, then moderate, significant (0.3) and severe (0.5).
std::string_view psiBand(double psi);

/**
 * Population stability index of @p actual against @p expected (counts or shares over the same
 * bins): sum of (a - e) ln(a / e) over the bins' shares. Empty bins take a share of 1e-4 so
 * that a bin appearing or vanishing counts heavily but finitely.
 */
double populationStabilityIndex(std::span<const double> expected, std::span<const double> actual);

/// One feature's bins and their shares in the training data.
struct FeatureBaseline {
    std::vector<std::string> bins;
    std::vector<double> shares;
};

/**
 * What live traffic is compared with: each feature's bins and the share of the training
 * window in each, saved with a version (drift_baseline.json) when it is trained.
 *
 * - user_activity: history length of a user asking for recommendations (events, capped at
 *   serving.history_limit), in powers of two; the training side weighs each user by their
 *   events, since active users ask more often.
 * - item_popularity: share of events by the item's popularity decile in training (decile 1 the
 *   most popular), plus "unknown" for items the version does not know.
 * - recommended_score: scores of the items the version recommends, in the deciles of the
 *   scores it gave a sample of training users.
 * - category_mix: share of events by item category: the twenty most frequent in training,
 *   the rest as "other".
 */
class DriftProfile {
public:
    /// History-length bins: 0, 1, 2-3, 4-7, ..., 64+.
    static constexpr std::size_t kActivityBins = 8;
    static constexpr std::size_t kPopularityBins = 11;  ///< ten deciles and unknown
    static constexpr std::size_t kScoreBins = 10;
    static constexpr std::size_t kTopCategories = 20;

    static std::size_t activityBin(std::size_t historyLength);

    const FeatureBaseline& baseline(DriftFeature feature) const {
        return m_baselines[static_cast<std::size_t>(feature)];
    }
    FeatureBaseline& baseline(DriftFeature feature) {
        return m_baselines[static_cast<std::size_t>(feature)];
    }
    /// Upper edges of the score bins but the last (nine values, ascending).
    const std::vector<double>& scoreEdges() const { return m_scoreEdges; }
    std::vector<double>& scoreEdges() { return m_scoreEdges; }
    std::size_t scoreBin(double score) const;

    nlohmann::json toJson() const;
    /// Throws std::invalid_argument naming what is malformed.
    static DriftProfile fromJson(const nlohmann::json& json);

private:
    std::array<FeatureBaseline, kDriftFeatures.size()> m_baselines;
    std::vector<double> m_scoreEdges;
};

}  // namespace recops::models
