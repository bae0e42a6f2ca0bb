// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "service/monitoring_settings.h"

#include "config/configuration.h"
#include "config/setting_keys.h"

#include <cmath>
#include <cstdio>

namespace recops::service {
namespace {

namespace keys = config::keys;
using std::chrono::seconds;

seconds secondsOf(const config::Configuration& configuration, std::string_view key) {
    return seconds(configuration.integer(key));
}

/// 99.9 % as 0.999, not 0.9990000000000001: dividing the percent by 100 would leave binary
/// noise in every objective the API shows; dividing whole millionths of a percent does not.
double percentToRatio(double percent) {
    return std::round(percent * 1e6) / 1e8;
}

double ratioOf(const config::Configuration& configuration, std::string_view key) {
    return percentToRatio(configuration.number(key));
}

std::string percentText(double percent) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%g %%", percent);
    return buffer;
}

monitoring::SloDefinition latencySlo(const config::Configuration& configuration, std::string name,
                                     double objective, std::string_view key,
                                     std::string_view percentile) {
    const auto thresholdMs = configuration.integer(key);
    const seconds window = secondsOf(configuration, keys::kSloLatencyWindowS);
    return {std::move(name),
            monitoring::SloKind::Latency,
            objective,
            window,
            static_cast<double>(thresholdMs) / 1000.0,
            std::string(percentile) + " latency <= " + std::to_string(thresholdMs) + " ms over " +
                monitoring::formatDuration(window)};
}

}  // namespace

std::vector<monitoring::SloDefinition> slosFrom(const config::Configuration& configuration) {
    const seconds availabilityWindow = secondsOf(configuration, keys::kSloAvailabilityWindowS);
    const seconds errorWindow = secondsOf(configuration, keys::kSloErrorRateWindowS);
    const double availability = configuration.number(keys::kSloAvailabilityPercent);
    const double errorRate = configuration.number(keys::kSloErrorRatePercent);
    return {
        {"availability", monitoring::SloKind::Availability, percentToRatio(availability),
         availabilityWindow, 0.0,
         "availability >= " + percentText(availability) + " over " +
             monitoring::formatDuration(availabilityWindow)},
        latencySlo(configuration, "latency_p95", 0.95, keys::kSloLatencyP95Ms, "P95"),
        latencySlo(configuration, "latency_p99", 0.99, keys::kSloLatencyP99Ms, "P99"),
        {"error_rate", monitoring::SloKind::ErrorRate, percentToRatio(100.0 - errorRate),
         errorWindow, 0.0,
         "5xx error rate <= " + percentText(errorRate) + " over " +
             monitoring::formatDuration(errorWindow)},
    };
}

monitoring::BuiltInRuleSettings ruleSettingsFrom(const config::Configuration& configuration,
                                                 std::chrono::system_clock::time_point startedAt) {
    const auto& c = configuration;
    monitoring::BuiltInRuleSettings settings;
    settings.latencyP95ThresholdSeconds =
        static_cast<double>(c.integer(keys::kAlertsLatencyP95Ms)) / 1000.0;
    settings.latencyWindow = secondsOf(c, keys::kAlertsLatencyWindowS);
    settings.latencyFor = secondsOf(c, keys::kAlertsLatencyForS);
    settings.errorRateWarning = ratioOf(c, keys::kAlertsErrorRateWarningPercent);
    settings.errorRateCritical = ratioOf(c, keys::kAlertsErrorRateCriticalPercent);
    settings.errorRateWindow = secondsOf(c, keys::kAlertsErrorRateWindowS);
    settings.errorRateFor = secondsOf(c, keys::kAlertsErrorRateForS);
    settings.notReadyFor = secondsOf(c, keys::kAlertsNotReadyForS);
    settings.availabilityThreshold = ratioOf(c, keys::kAlertsAvailabilityPercent);
    settings.availabilityWindow = secondsOf(c, keys::kAlertsAvailabilityWindowS);
    settings.availabilityFor = secondsOf(c, keys::kAlertsAvailabilityForS);
    settings.modelLoadFailures = c.number(keys::kAlertsModelLoadFailures);
    settings.modelLoadWindow = secondsOf(c, keys::kAlertsModelLoadWindowS);
    settings.modelLoadFor = secondsOf(c, keys::kAlertsModelLoadForS);
    settings.driftPsi = c.number(keys::kAlertsDriftPsi);
    settings.driftFor = secondsOf(c, keys::kAlertsDriftForS);
    settings.cacheHitRate = ratioOf(c, keys::kAlertsCacheHitPercent);
    settings.cacheHitWindow = secondsOf(c, keys::kAlertsCacheHitWindowS);
    settings.cacheHitFor = secondsOf(c, keys::kAlertsCacheHitForS);
    settings.memoryLimitBytes =
        static_cast<std::uint64_t>(c.integer(keys::kAlertsMemoryLimitBytes));
    settings.memoryUsage = ratioOf(c, keys::kAlertsMemoryPercent);
    settings.memoryFor = secondsOf(c, keys::kAlertsMemoryForS);
    settings.poolExhaustedFor = secondsOf(c, keys::kAlertsPoolExhaustedForS);
    settings.backupMaxAge = secondsOf(c, keys::kAlertsBackupMaxAgeS);
    settings.backupFor = secondsOf(c, keys::kAlertsBackupForS);
    settings.budgetObjective = ratioOf(c, keys::kSloAvailabilityPercent);
    settings.fastBurnFactor = c.number(keys::kAlertsFastBurnFactor);
    settings.fastBurnFor = secondsOf(c, keys::kAlertsFastBurnForS);
    settings.slowBurnFactor = c.number(keys::kAlertsSlowBurnFactor);
    settings.slowBurnLongFactor = c.number(keys::kAlertsSlowBurnLongFactor);
    settings.slowBurnFor = secondsOf(c, keys::kAlertsSlowBurnForS);
    settings.disabled = c.stringList(keys::kAlertsDisabled);
    settings.startedAt = startedAt;
    return settings;
}

alerting::RetryPolicy retryPolicyFrom(const config::Configuration& configuration) {
    using std::chrono::milliseconds;
    return {static_cast<int>(configuration.integer(keys::kNotificationsMaxAttempts)),
            milliseconds(configuration.integer(keys::kNotificationsInitialBackoffMs)),
            milliseconds(configuration.integer(keys::kNotificationsMaxBackoffMs)),
            milliseconds(configuration.integer(keys::kNotificationsTimeoutMs))};
}

}  // namespace recops::service
