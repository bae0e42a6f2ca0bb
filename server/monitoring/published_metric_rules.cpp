// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// The built-in rules over facts other parts of the server own: readiness (what /readyz
// says), the process's memory, and metrics published in the registry by name
// (published_metrics.h). A rule whose metric no one has registered yet observes nothing.
#include "monitoring/built_in_rules.h"
#include "monitoring/counter_increase.h"
#include "monitoring/published_metrics.h"

#include <memory>

namespace recops::monitoring {
namespace {

using Observations = std::vector<RuleObservation>;

/// A sample's labels as alert labels.
Labels labelsOf(const metrics::SampleReading& sample) {
    Labels labels;
    for (const auto& [name, value] : sample.labels) {
        labels[name] = value;
    }
    return labels;
}

std::string describeLabels(const Labels& labels) {
    std::string text;
    for (const auto& [name, value] : labels) {
        text += (text.empty() ? " {" : ", ") + name + "=" + value;
    }
    return text.empty() ? text : text + "}";
}

AlertRule serviceNotReady(const BuiltInRuleSettings& settings) {
    return AlertRule{"ServiceNotReady",
                     Severity::Critical,
                     settings.notReadyFor,
                     {},
                     "/readyz fails: the store does not answer, no model is loaded, or a "
                     "model_unavailable fault is injected",
                     [](const RuleInputs& inputs) -> Observations {
                         const std::vector<std::string> reasons = inputs.notReadyReasons();
                         std::string summary = "not ready: ";
                         for (std::size_t index = 0; index < reasons.size(); ++index) {
                             summary += index == 0 ? "" : "; ";
                             summary += reasons[index];
                         }
                         return {{{},
                                  reasons.empty() ? 0.0 : 1.0,
                                  !reasons.empty(),
                                  reasons.empty() ? "ready" : summary}};
                     }};
}

AlertRule modelLoadFailure(const BuiltInRuleSettings& settings) {
    const double threshold = settings.modelLoadFailures;
    const auto window = settings.modelLoadWindow;
    auto increase = std::make_shared<CounterIncrease>(window, settings.startedAt);
    return AlertRule{
        "ModelLoadFailure",
        Severity::Critical,
        settings.modelLoadFor,
        {},
        std::string(published::kModelLoadFailuresTotal) + " grew by more than " +
            formatNumber(threshold) + " over " + formatDuration(window),
        [threshold, window, increase](const RuleInputs& inputs) -> Observations {
            const auto family = inputs.readMetric(published::kModelLoadFailuresTotal);
            if (!family) {
                return {};
            }
            double total = 0.0;
            for (const metrics::SampleReading& sample : family->samples) {
                total += sample.value;
            }
            const double grew = increase->observe(inputs.now, total);
            return {{{},
                     grew,
                     grew > threshold,
                     formatNumber(grew) + " model loads failed over the last " +
                         formatDuration(window) + " (threshold " + formatNumber(threshold) + ")"}};
        }};
}

AlertRule highDataDrift(const BuiltInRuleSettings& settings) {
    const double threshold = settings.driftPsi;
    return AlertRule{
        "HighDataDrift",
        Severity::Warning,
        settings.driftFor,
        {},
        std::string(published::kDataDriftPsi) + " of a feature above " + formatNumber(threshold),
        [threshold](const RuleInputs& inputs) -> Observations {
            const auto family = inputs.readMetric(published::kDataDriftPsi);
            Observations observations;
            for (const metrics::SampleReading& sample :
                 family ? family->samples : std::vector<metrics::SampleReading>{}) {
                observations.push_back({labelsOf(sample), sample.value, sample.value > threshold,
                                        "PSI of feature " + std::string(sample.label("feature")) +
                                            " is " + formatNumber(sample.value) + " (threshold " +
                                            formatNumber(threshold) + ")"});
            }
            return observations;
        }};
}

AlertRule highMemoryUsage(const BuiltInRuleSettings& settings) {
    const std::uint64_t limit = settings.memoryLimitBytes;
    const double threshold = settings.memoryUsage;
    return AlertRule{
        "HighMemoryUsage",
        Severity::Warning,
        settings.memoryFor,
        {},
        "resident memory above " + formatPercent(threshold) + " of alerts.memory_limit_bytes",
        [limit, threshold](const RuleInputs& inputs) -> Observations {
            const auto resident = limit > 0 ? inputs.residentMemoryBytes() : std::nullopt;
            if (!resident) {
                return {};
            }
            const double usage = static_cast<double>(*resident) / static_cast<double>(limit);
            return {{{},
                     usage,
                     usage > threshold,
                     "resident memory is " + formatPercent(usage) + " of the " +
                         std::to_string(limit / (1024 * 1024)) + " MiB limit (threshold " +
                         formatPercent(threshold) + ")"}};
        }};
}

AlertRule databasePoolExhausted(const BuiltInRuleSettings& settings) {
    return AlertRule{
        "DatabasePoolExhausted",
        Severity::Critical,
        settings.poolExhaustedFor,
        {},
        std::string(published::kStorePoolConnectionsInUse) + " reached " +
            std::string(published::kStorePoolConnectionsMax),
        [](const RuleInputs& inputs) -> Observations {
            const auto inUse = inputs.readMetric(published::kStorePoolConnectionsInUse);
            const auto maximum = inputs.readMetric(published::kStorePoolConnectionsMax);
            if (!inUse || !maximum) {
                return {};
            }
            Observations observations;
            for (const metrics::SampleReading& used : inUse->samples) {
                for (const metrics::SampleReading& size : maximum->samples) {
                    if (used.labels != size.labels || size.value <= 0.0) {
                        continue;
                    }
                    const Labels labels = labelsOf(used);
                    observations.push_back({labels, used.value / size.value,
                                            used.value >= size.value,
                                            "store pool" + describeLabels(labels) + " has " +
                                                formatNumber(used.value) + " of " +
                                                formatNumber(size.value) + " connections in use"});
                }
            }
            return observations;
        }};
}

AlertRule backupTooOld(const BuiltInRuleSettings& settings) {
    const auto maximumAge = settings.backupMaxAge;
    return AlertRule{
        "BackupTooOld",
        Severity::Warning,
        settings.backupFor,
        {},
        "last successful backup older than " + formatDuration(maximumAge) + " (the RPO)",
        [maximumAge](const RuleInputs& inputs) -> Observations {
            const auto family = inputs.readMetric(published::kBackupLastSuccessTimestampSeconds);
            Observations observations;
            const double now = std::chrono::duration<double>(inputs.now.time_since_epoch()).count();
            for (const metrics::SampleReading& sample :
                 family ? family->samples : std::vector<metrics::SampleReading>{}) {
                const double age = now - sample.value;
                const Labels labels = labelsOf(sample);
                // The gauge is 0 until a first backup succeeds: past the RPO too, but say so.
                const std::string what =
                    sample.value <= 0.0
                        ? "no backup" + describeLabels(labels) + " has succeeded yet"
                        : "last successful backup" + describeLabels(labels) + " is " +
                              formatNumber(age / 3600.0) + " h old";
                observations.push_back({labels, age, age > static_cast<double>(maximumAge.count()),
                                        what + " (RPO " + formatDuration(maximumAge) + ")"});
            }
            return observations;
        }};
}

}  // namespace

void addPublishedMetricRules(std::vector<AlertRule>& rules, const BuiltInRuleSettings& settings) {
    rules.push_back(serviceNotReady(settings));
    rules.push_back(modelLoadFailure(settings));
    rules.push_back(highDataDrift(settings));
    rules.push_back(highMemoryUsage(settings));
    rules.push_back(databasePoolExhausted(settings));
    rules.push_back(backupTooOld(settings));
}

}  // namespace recops::monitoring
