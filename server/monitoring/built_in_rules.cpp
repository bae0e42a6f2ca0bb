// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "monitoring/built_in_rules.h"

#include <algorithm>
#include <array>
#include <cstdio>

namespace recops::monitoring {
namespace {

constexpr std::array<std::string_view, 12> kNames{
    "HighLatencyP95",        "HighErrorRate", "ServiceNotReady",     "LowAvailability",
    "ModelLoadFailure",      "HighDataDrift", "LowCacheHitRate",     "HighMemoryUsage",
    "DatabasePoolExhausted", "BackupTooOld",  "ErrorBudgetFastBurn", "ErrorBudgetSlowBurn"};

std::string printed(const char* format, double value) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, format, value);
    return buffer;
}

}  // namespace

std::span<const std::string_view> builtInRuleNames() {
    return kNames;
}

std::vector<AlertRule> makeBuiltInRules(const BuiltInRuleSettings& settings) {
    std::vector<AlertRule> rules;
    addWindowRules(rules, settings);
    addPublishedMetricRules(rules, settings);
    std::erase_if(rules, [&](const AlertRule& rule) {
        return std::find(settings.disabled.begin(), settings.disabled.end(), rule.name) !=
               settings.disabled.end();
    });
    return rules;
}

std::string formatMilliseconds(double seconds) {
    return printed("%.0f ms", seconds * 1000.0);
}

std::string formatPercent(double ratio) {
    return printed("%.3g %%", ratio * 100.0);
}

std::string formatNumber(double value) {
    return printed("%.3g", value);
}

std::string formatDuration(std::chrono::seconds duration) {
    const auto seconds = duration.count();
    for (const auto& [unit, length] : {std::pair{"d", 86400}, {"h", 3600}, {"m", 60}}) {
        if (seconds > 0 && seconds % length == 0) {
            return std::to_string(seconds / length) + unit;
        }
    }
    return std::to_string(seconds) + "s";
}

}  // namespace recops::monitoring
