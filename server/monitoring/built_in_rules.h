// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "monitoring/alert_rule.h"

#include <chrono>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace recops::monitoring {

/// Thresholds, windows and `for` durations of the built-in rules; the defaults are the
/// runbooks' figures. Ratios are in 0..1.
struct BuiltInRuleSettings {
    using Seconds = std::chrono::seconds;

    double latencyP95ThresholdSeconds = 0.100;
    Seconds latencyWindow{300};
    Seconds latencyFor{120};

    double errorRateWarning = 0.01;
    double errorRateCritical = 0.05;
    Seconds errorRateWindow{300};
    Seconds errorRateFor{300};

    Seconds notReadyFor{60};

    double availabilityThreshold = 0.999;
    Seconds availabilityWindow{1800};
    Seconds availabilityFor{300};

    double modelLoadFailures = 10;
    Seconds modelLoadWindow{300};
    Seconds modelLoadFor{0};

    double driftPsi = 0.2;
    Seconds driftFor{0};

    double cacheHitRate = 0.85;
    Seconds cacheHitWindow{300};
    Seconds cacheHitFor{300};

    /// 0: no limit configured, the rule never fires.
    std::uint64_t memoryLimitBytes = 0;
    double memoryUsage = 0.90;
    Seconds memoryFor{300};

    Seconds poolExhaustedFor{60};

    Seconds backupMaxAge{24 * 3600};
    Seconds backupFor{0};

    /// The availability objective whose error budget the burn-rate rules watch.
    double budgetObjective = 0.999;
    double fastBurnFactor = 14.4;
    Seconds fastBurnFor{120};
    double slowBurnFactor = 6.0;
    double slowBurnLongFactor = 1.0;
    Seconds slowBurnFor{900};

    /// Rule names left out.
    std::vector<std::string> disabled;
    /// When the process started (counters start at zero then).
    std::chrono::system_clock::time_point startedAt;
};

/// HighLatencyP95, HighErrorRate, ServiceNotReady, LowAvailability, ModelLoadFailure,
/// HighDataDrift, LowCacheHitRate, HighMemoryUsage, DatabasePoolExhausted, BackupTooOld,
/// ErrorBudgetFastBurn, ErrorBudgetSlowBurn.
std::span<const std::string_view> builtInRuleNames();

/// The built-in rules, less the disabled ones. HighErrorRate is two rules (warning and
/// critical) and ErrorBudgetSlowBurn two (6h/30m and 3d/6h), as in the Prometheus rule file.
std::vector<AlertRule> makeBuiltInRules(const BuiltInRuleSettings& settings);

/// The rules over the rolling windows (latency, errors, availability, cache, burn rates).
void addWindowRules(std::vector<AlertRule>& rules, const BuiltInRuleSettings& settings);
/// The rules over readiness, memory and metrics other parts of the server publish.
void addPublishedMetricRules(std::vector<AlertRule>& rules, const BuiltInRuleSettings& settings);

/// "312 ms", "1.25 %", "0.27": numbers as rule summaries print them.
std::string formatMilliseconds(double seconds);
std::string formatPercent(double ratio);
std::string formatNumber(double value);
/// "45s", "5m", "6h", "3d": the largest unit that divides @p duration.
std::string formatDuration(std::chrono::seconds duration);

}  // namespace recops::monitoring
