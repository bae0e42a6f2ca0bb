// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "store/model_stage.h"

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace recops::models {

/// The thresholds a version must meet to change stage.
struct GateSettings {
    /// Entering Staging: offline quality at k = 10 on the held-out split.
    double stagingMinimumNdcg = 0.35;
    double stagingMinimumPrecision = 0.25;
    /// Entering Production: no headline metric more than this share below Production's.
    double maximumRegression = 0.10;
};

/// One gate's verdict, as the API returns it and the history records it.
struct GateResult {
    std::string gate;  ///< "staging.ndcg@10", "production.no_regression.map@10", ...
    bool passed = false;
    double actual = 0.0;
    double threshold = 0.0;
    std::string detail;  ///< in words, for the operator

    nlohmann::json toJson() const;
};

/// Every gate's verdict for one transition.
struct GateReport {
    std::vector<GateResult> results;

    bool passed() const;
    nlohmann::json toJson() const;
};

/**
 * The promotion gates: what a version's metrics.json must show to enter a stage.
 *
 * Staging needs absolute quality (NDCG@10 and precision@10 above their floors). Production
 * needs no regression: each headline metric (precision, recall, NDCG and MAP at 10) at least
 * (1 - maximumRegression) times Production's, when there is a Production version; a first
 * Production has only the Staging gates to pass. Archived and None have no gates.
 */
class PromotionGates {
public:
    explicit PromotionGates(GateSettings settings) : m_settings(settings) {}

    /// @p metrics and @p productionMetrics are metrics.json documents.
    GateReport evaluate(store::ModelStage target, const nlohmann::json& metrics,
                        const std::optional<nlohmann::json>& productionMetrics) const;

    const GateSettings& settings() const { return m_settings; }

    /// The headline metrics the regression gate compares.
    static const std::vector<std::string>& headlineMetrics();

private:
    GateSettings m_settings;
};

}  // namespace recops::models
