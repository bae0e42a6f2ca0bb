// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "models/promotion_gates.h"

#include <algorithm>
#include <cstdio>

namespace recops::models {
namespace {

/// metrics.json's overall value of @p metric, or nothing when it lacks one.
std::optional<double> overall(const nlohmann::json& metrics, const std::string& metric) {
    const auto group = metrics.find("overall");
    if (group == metrics.end() || !group->is_object()) {
        return std::nullopt;
    }
    const auto value = group->find(metric);
    if (value == group->end() || !value->is_number()) {
        return std::nullopt;
    }
    return value->get<double>();
}

/// Metrics are means over users, summed in floating point: a mean that is exactly at a
/// threshold can come out a few ulps below it (2/8 as 0.24999999999999997). Thresholds are
/// inclusive, so values within this tolerance of one count as reaching it.
constexpr double kThresholdTolerance = 1e-9;

bool reaches(double actual, double threshold) {
    return actual >= threshold - kThresholdTolerance;
}

std::string formatted(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.4f", value);
    return buffer;
}

GateResult floorGate(const nlohmann::json& metrics, const std::string& metric, double floor) {
    GateResult result;
    result.gate = "staging." + metric;
    result.threshold = floor;
    const auto actual = overall(metrics, metric);
    if (!actual) {
        result.detail = "metrics.json has no overall " + metric;
        return result;
    }
    result.actual = *actual;
    result.passed = reaches(*actual, floor);
    result.detail =
        metric + " = " + formatted(*actual) + (result.passed ? " >= " : " < ") + formatted(floor);
    return result;
}

}  // namespace

nlohmann::json GateResult::toJson() const {
    return {{"gate", gate},
            {"passed", passed},
            {"actual", actual},
            {"threshold", threshold},
            {"detail", detail}};
}

bool GateReport::passed() const {
    return std::all_of(results.begin(), results.end(),
                       [](const GateResult& result) { return result.passed; });
}

nlohmann::json GateReport::toJson() const {
    nlohmann::json list = nlohmann::json::array();
    for (const GateResult& result : results) {
        list.push_back(result.toJson());
    }
    return list;
}

const std::vector<std::string>& PromotionGates::headlineMetrics() {
    static const std::vector<std::string> metrics{"precision@10", "recall@10", "ndcg@10", "map@10"};
    return metrics;
}

GateReport PromotionGates::evaluate(store::ModelStage target, const nlohmann::json& metrics,
                                    const std::optional<nlohmann::json>& productionMetrics) const {
    GateReport report;
    if (target != store::ModelStage::Staging && target != store::ModelStage::Production) {
        return report;
    }
    report.results.push_back(floorGate(metrics, "ndcg@10", m_settings.stagingMinimumNdcg));
    report.results.push_back(
        floorGate(metrics, "precision@10", m_settings.stagingMinimumPrecision));
    if (target != store::ModelStage::Production || !productionMetrics) {
        return report;
    }
    for (const std::string& metric : headlineMetrics()) {
        GateResult result;
        result.gate = "production.no_regression." + metric;
        const auto candidate = overall(metrics, metric);
        const auto current = overall(*productionMetrics, metric);
        if (!candidate || !current) {
            result.detail = "cannot compare " + metric + ": missing from " +
                            (!candidate ? "this version's" : "Production's") + " metrics.json";
            report.results.push_back(std::move(result));
            continue;
        }
        result.actual = *candidate;
        result.threshold = *current * (1.0 - m_settings.maximumRegression);
        result.passed = reaches(*candidate, result.threshold);
        const double change = *current > 0.0 ? (*candidate - *current) / *current : 0.0;
        result.detail = metric + " = " + formatted(*candidate) + " vs Production's " +
                        formatted(*current) + " (" + (change >= 0 ? "+" : "") +
                        formatted(change * 100.0) + " %); at most " +
                        formatted(m_settings.maximumRegression * 100.0) + " % lower allowed";
        report.results.push_back(std::move(result));
    }
    return report;
}

}  // namespace recops::models
