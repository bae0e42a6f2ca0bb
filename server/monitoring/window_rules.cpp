// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// The built-in rules computed from the server's rolling windows. Each has its twin in
// packaging/prometheus/recopsd-alerts.yml, computed by Prometheus from /metrics.
#include "monitoring/built_in_rules.h"
#include "monitoring/burn_rate.h"
#include "monitoring/series.h"
#include "monitoring/slo_report.h"

namespace recops::monitoring {
namespace {

using Observations = std::vector<RuleObservation>;

AlertRule highLatency(const BuiltInRuleSettings& settings) {
    const double threshold = settings.latencyP95ThresholdSeconds;
    const auto window = settings.latencyWindow;
    return AlertRule{"HighLatencyP95",
                     Severity::Warning,
                     settings.latencyFor,
                     {},
                     "P95 latency of API requests over " + formatDuration(window) + " above " +
                         formatMilliseconds(threshold),
                     [threshold, window](const RuleInputs& inputs) -> Observations {
                         const auto p95 =
                             latencyQuantile(inputs.windows.lastWindow(window, inputs.now), 0.95);
                         if (!p95) {
                             return {};
                         }
                         return {{{},
                                  *p95,
                                  *p95 > threshold,
                                  "P95 latency is " + formatMilliseconds(*p95) + " over the last " +
                                      formatDuration(window) + " (threshold " +
                                      formatMilliseconds(threshold) + ")"}};
                     }};
}

AlertRule highErrorRate(const BuiltInRuleSettings& settings, Severity severity, double threshold) {
    const auto window = settings.errorRateWindow;
    return AlertRule{
        "HighErrorRate",
        severity,
        settings.errorRateFor,
        {},
        "share of 5xx responses over " + formatDuration(window) + " above " +
            formatPercent(threshold),
        [threshold, window](const RuleInputs& inputs) -> Observations {
            const auto ratio = serverErrorRatio(inputs.windows.lastWindow(window, inputs.now));
            if (!ratio) {
                return {};
            }
            return {{{},
                     *ratio,
                     *ratio > threshold,
                     formatPercent(*ratio) + " of requests failed with 5xx over the last " +
                         formatDuration(window) + " (threshold " + formatPercent(threshold) + ")"}};
        }};
}

AlertRule lowAvailability(const BuiltInRuleSettings& settings) {
    const double threshold = settings.availabilityThreshold;
    const auto window = settings.availabilityWindow;
    return AlertRule{
        "LowAvailability",
        Severity::Critical,
        settings.availabilityFor,
        {},
        "share of non-5xx responses over " + formatDuration(window) + " below " +
            formatPercent(threshold),
        [threshold, window](const RuleInputs& inputs) -> Observations {
            const auto ratio = serverErrorRatio(inputs.windows.lastWindow(window, inputs.now));
            if (!ratio) {
                return {};
            }
            const double availability = 1.0 - *ratio;
            return {{{},
                     availability,
                     availability < threshold,
                     "availability is " + formatPercent(availability) + " over the last " +
                         formatDuration(window) + " (objective " + formatPercent(threshold) + ")"}};
        }};
}

AlertRule lowCacheHitRate(const BuiltInRuleSettings& settings) {
    const double threshold = settings.cacheHitRate;
    const auto window = settings.cacheHitWindow;
    return AlertRule{
        "LowCacheHitRate",
        Severity::Warning,
        settings.cacheHitFor,
        {},
        "recommendation cache hit rate over " + formatDuration(window) + " below " +
            formatPercent(threshold),
        [threshold, window](const RuleInputs& inputs) -> Observations {
            const WindowCounts counts = inputs.windows.lastWindow(window, inputs.now);
            const auto rate = seriesValue(Series::CacheHitRate, counts, 0.0);
            if (!rate) {
                return {};
            }
            return {{{},
                     *rate,
                     *rate < threshold,
                     "cache hit rate is " + formatPercent(*rate) + " over the last " +
                         formatDuration(window) + " (" + std::to_string(counts.cacheLookups) +
                         " lookups; threshold " + formatPercent(threshold) + ")"}};
        }};
}

/// Both windows of @p windows burn the availability budget faster than @p factor.
AlertRule burnRateRule(std::string name, Severity severity, std::chrono::seconds forDuration,
                       const BurnRateWindows& windows, double factor, double objective,
                       Labels labels) {
    SloDefinition slo;
    slo.kind = SloKind::Availability;
    slo.objective = objective;
    return AlertRule{
        std::move(name),
        severity,
        forDuration,
        std::move(labels),
        "availability error budget burning faster than " + formatNumber(factor) + "x over " +
            std::string(windows.name),
        [slo, windows, factor](const RuleInputs& inputs) -> Observations {
            const auto longBad =
                badRatio(slo, inputs.windows.lastWindow(windows.longWindow, inputs.now));
            const auto shortBad =
                badRatio(slo, inputs.windows.lastWindow(windows.shortWindow, inputs.now));
            if (!longBad || !shortBad) {
                return {};
            }
            const double longRate = burnRate(*longBad, slo.objective);
            const double shortRate = burnRate(*shortBad, slo.objective);
            return {{{},
                     std::min(longRate, shortRate),
                     longRate > factor && shortRate > factor,
                     "error budget burning " + formatNumber(longRate) + "x over " +
                         formatDuration(windows.longWindow) + " and " + formatNumber(shortRate) +
                         "x over " + formatDuration(windows.shortWindow) + " (threshold " +
                         formatNumber(factor) + "x)"}};
        }};
}

}  // namespace

void addWindowRules(std::vector<AlertRule>& rules, const BuiltInRuleSettings& settings) {
    rules.push_back(highLatency(settings));
    rules.push_back(highErrorRate(settings, Severity::Warning, settings.errorRateWarning));
    rules.push_back(highErrorRate(settings, Severity::Critical, settings.errorRateCritical));
    rules.push_back(lowAvailability(settings));
    rules.push_back(lowCacheHitRate(settings));
    rules.push_back(burnRateRule("ErrorBudgetFastBurn", Severity::Critical, settings.fastBurnFor,
                                 kBurnRateWindows[0], settings.fastBurnFactor,
                                 settings.budgetObjective, {{"long_window", "1h"}}));
    rules.push_back(burnRateRule("ErrorBudgetSlowBurn", Severity::Warning, settings.slowBurnFor,
                                 kBurnRateWindows[1], settings.slowBurnFactor,
                                 settings.budgetObjective, {{"long_window", "6h"}}));
    rules.push_back(burnRateRule("ErrorBudgetSlowBurn", Severity::Warning, settings.slowBurnFor,
                                 kBurnRateWindows[2], settings.slowBurnLongFactor,
                                 settings.budgetObjective, {{"long_window", "3d"}}));
}

}  // namespace recops::monitoring
