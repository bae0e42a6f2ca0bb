// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "alerting/retry_policy.h"
#include "monitoring/built_in_rules.h"
#include "monitoring/slo_definition.h"

#include <chrono>
#include <vector>

namespace recops::config {
class Configuration;
}

// The monitoring and alerting settings (sections monitoring, slo, alerts, notifications,
// drills) read into the structures the libraries take. Percent settings become ratios here.
namespace recops::service {

/// availability, latency_p95, latency_p99 and error_rate, as configured.
std::vector<monitoring::SloDefinition> slosFrom(const config::Configuration& configuration);

monitoring::BuiltInRuleSettings ruleSettingsFrom(const config::Configuration& configuration,
                                                 std::chrono::system_clock::time_point startedAt);

alerting::RetryPolicy retryPolicyFrom(const config::Configuration& configuration);

}  // namespace recops::service
