// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <cstddef>
#include <string>

#include <nlohmann/json.hpp>

namespace recops::engine {

/// Ranking metrics averaged over a group of test users, plus catalog-level measures of the
/// group's recommendation lists.
struct MetricSet {
    std::size_t users = 0;
    double precision = 0.0;
    double recall = 0.0;
    double ndcg = 0.0;
    double map = 0.0;
    double coverage = 0.0;
    double gini = 0.0;

    nlohmann::json toJson(std::size_t k) const;
};

/// The result of an offline evaluation: what metrics.json of a registry version holds.
struct EvaluationReport {
    std::string algorithm;
    std::size_t k = 10;
    /// Users whose training history has fewer interactions than this are "new".
    std::size_t newUserThreshold = 0;
    MetricSet overall;
    MetricSet newUsers;
    MetricSet establishedUsers;
    nlohmann::json split;  ///< the SplitOptions used, and the split's sizes
    double trainSeconds = 0.0;
    double evaluateSeconds = 0.0;

    nlohmann::json toJson() const;
};

}  // namespace recops::engine
