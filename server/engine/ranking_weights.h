// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace recops::engine {

/// How the final ranking blends its signals. Every component is normalised to [0, 1]
/// before weighting (see Ranker), so the weights are comparable with each other.
///
/// Spec form: "model=1,popularity=0.1,freshness=0.05,affinity=0.1,mmr_lambda=1,
/// freshness_half_life_days=14".
struct RankingWeights {
    double model = 1.0;
    double popularity = 0.1;
    double freshness = 0.05;
    double categoryAffinity = 0.1;
    /// Maximal marginal relevance trade-off (Carbonell & Goldstein, SIGIR 1998):
    /// 1 ranks by relevance alone, lower values trade relevance for variety.
    double mmrLambda = 1.0;
    /// Freshness of an item created this long ago is 1/2.
    double freshnessHalfLifeDays = 14.0;

    /// Throws SpecError unless every weight is finite and >= 0, mmr_lambda is in [0, 1]
    /// and the half-life is > 0.
    void validate() const;
    static RankingWeights parse(std::string_view spec);
    static RankingWeights fromJson(const nlohmann::json& json);
    nlohmann::json toJson() const;
    std::string toSpec() const;

    friend bool operator==(const RankingWeights&, const RankingWeights&) = default;
};

}  // namespace recops::engine
