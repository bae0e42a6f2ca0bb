// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// The rows of the configuration table for the monitoring and alerting plane (sections
// monitoring, slo, alerts, notifications, drills). Part of the one table of
// settings_table.cpp, which appends them to its own; kept in a file of their own because they
// are many and change together.
#pragma once

#include "config/setting_definition.h"
#include "config/setting_keys.h"

#include <array>
#include <string_view>

namespace recops::config::detail {

inline constexpr std::int64_t kOneTebibyte = 1024LL * 1024 * 1024 * 1024;
// The built-in alert rules (monitoring::builtInRuleNames(), checked equal by a test).
inline constexpr std::array<std::string_view, 12> kAlertRuleNames{
    "HighLatencyP95",        "HighErrorRate", "ServiceNotReady",     "LowAvailability",
    "ModelLoadFailure",      "HighDataDrift", "LowCacheHitRate",     "HighMemoryUsage",
    "DatabasePoolExhausted", "BackupTooOld",  "ErrorBudgetFastBurn", "ErrorBudgetSlowBurn"};

inline constexpr std::array kMonitoringSettings{
    SettingDefinition{
        .key = keys::kMonitoringEvaluationIntervalMs,
        .type = SettingType::Integer,
        .defaultValue = "15000",
        .description =
            "How often alert rules are evaluated and escalations advanced; also how often SLO "
            "figures the console polls can change.",
        .minimum = 50,
        .maximum = 600000,
    },
    SettingDefinition{
        .key = keys::kMonitoringCheckpointIntervalS,
        .type = SettingType::Integer,
        .defaultValue = "60",
        .description =
            "How often the rolling windows are written to the store (they are also written at "
            "shutdown); a crash loses at most this much window history.",
        .minimum = 1,
        .maximum = 3600,
    },
    SettingDefinition{
        .key = keys::kSloAvailabilityPercent,
        .type = SettingType::Number,
        .defaultValue = "99.9",
        .description = "Availability objective: the share of requests answered without a 5xx, in "
                       "percent.",
        .numberMinimum = 50.0,
        .numberMaximum = 99.999,
    },
    SettingDefinition{
        .key = keys::kSloAvailabilityWindowS,
        .type = SettingType::Integer,
        .defaultValue = "2592000",
        .description = "Window of the availability objective, in seconds (30 days).",
        .minimum = 60,
        .maximum = 2592000,
    },
    SettingDefinition{
        .key = keys::kSloLatencyP95Ms,
        .type = SettingType::Integer,
        .defaultValue = "100",
        .description =
            "Latency objective: 95 % of requests answered within this many milliseconds.",
        .minimum = 1,
        .maximum = 60000,
    },
    SettingDefinition{
        .key = keys::kSloLatencyP99Ms,
        .type = SettingType::Integer,
        .defaultValue = "500",
        .description =
            "Latency objective: 99 % of requests answered within this many milliseconds.",
        .minimum = 1,
        .maximum = 60000,
    },
    SettingDefinition{
        .key = keys::kSloLatencyWindowS,
        .type = SettingType::Integer,
        .defaultValue = "300",
        .description = "Window of both latency objectives, in seconds.",
        .minimum = 10,
        .maximum = 2592000,
    },
    SettingDefinition{
        .key = keys::kSloErrorRatePercent,
        .type = SettingType::Number,
        .defaultValue = "1.0",
        .description =
            "Error-rate objective: at most this share of requests answered with a 5xx, in "
            "percent.",
        .numberMinimum = 0.001,
        .numberMaximum = 50.0,
    },
    SettingDefinition{
        .key = keys::kSloErrorRateWindowS,
        .type = SettingType::Integer,
        .defaultValue = "300",
        .description = "Window of the error-rate objective, in seconds.",
        .minimum = 10,
        .maximum = 2592000,
    },
    SettingDefinition{
        .key = keys::kAlertsDisabled,
        .type = SettingType::StringList,
        .defaultValue = "",
        .description = "Built-in alert rules that are not evaluated.",
        .allowedValues = kAlertRuleNames,
    },
    SettingDefinition{
        .key = keys::kAlertsLatencyP95Ms,
        .type = SettingType::Integer,
        .defaultValue = "100",
        .description =
            "HighLatencyP95 fires when the P95 latency over alerts.latency_window_s exceeds "
            "this many milliseconds.",
        .minimum = 1,
        .maximum = 60000,
    },
    SettingDefinition{
        .key = keys::kAlertsLatencyWindowS,
        .type = SettingType::Integer,
        .defaultValue = "300",
        .description = "Window over which HighLatencyP95 computes the P95, in seconds.",
        .minimum = 1,
        .maximum = 2592000,
    },
    SettingDefinition{
        .key = keys::kAlertsLatencyForS,
        .type = SettingType::Integer,
        .defaultValue = "120",
        .description = "How long HighLatencyP95's condition must hold before it fires, in seconds.",
        .minimum = 0,
        .maximum = 86400,
    },
    SettingDefinition{
        .key = keys::kAlertsErrorRateWarningPercent,
        .type = SettingType::Number,
        .defaultValue = "1.0",
        .description =
            "HighErrorRate fires as a warning above this share of 5xx responses, in percent.",
        .numberMinimum = 0.0,
        .numberMaximum = 100.0,
    },
    SettingDefinition{
        .key = keys::kAlertsErrorRateCriticalPercent,
        .type = SettingType::Number,
        .defaultValue = "5.0",
        .description =
            "HighErrorRate fires as critical above this share of 5xx responses, in percent.",
        .numberMinimum = 0.0,
        .numberMaximum = 100.0,
    },
    SettingDefinition{
        .key = keys::kAlertsErrorRateWindowS,
        .type = SettingType::Integer,
        .defaultValue = "300",
        .description = "Window over which HighErrorRate computes the share of 5xx, in seconds.",
        .minimum = 1,
        .maximum = 2592000,
    },
    SettingDefinition{
        .key = keys::kAlertsErrorRateForS,
        .type = SettingType::Integer,
        .defaultValue = "300",
        .description = "How long HighErrorRate's condition must hold before it fires, in seconds.",
        .minimum = 0,
        .maximum = 86400,
    },
    SettingDefinition{
        .key = keys::kAlertsNotReadyForS,
        .type = SettingType::Integer,
        .defaultValue = "60",
        .description = "How long /readyz must fail before ServiceNotReady fires, in seconds.",
        .minimum = 0,
        .maximum = 86400,
    },
    SettingDefinition{
        .key = keys::kAlertsAvailabilityPercent,
        .type = SettingType::Number,
        .defaultValue = "99.9",
        .description = "LowAvailability fires when the share of non-5xx responses over "
                       "alerts.availability_window_s falls below this, in percent.",
        .numberMinimum = 0.0,
        .numberMaximum = 100.0,
    },
    SettingDefinition{
        .key = keys::kAlertsAvailabilityWindowS,
        .type = SettingType::Integer,
        .defaultValue = "1800",
        .description = "Window over which LowAvailability computes availability, in seconds.",
        .minimum = 1,
        .maximum = 2592000,
    },
    SettingDefinition{
        .key = keys::kAlertsAvailabilityForS,
        .type = SettingType::Integer,
        .defaultValue = "300",
        .description =
            "How long LowAvailability's condition must hold before it fires, in seconds.",
        .minimum = 0,
        .maximum = 86400,
    },
    SettingDefinition{
        .key = keys::kAlertsModelLoadFailures,
        .type = SettingType::Number,
        .defaultValue = "10.0",
        .description =
            "ModelLoadFailure fires when model_load_failures_total grows by more than this "
            "over alerts.model_load_window_s.",
        .numberMinimum = 0.0,
        .numberMaximum = 1000000.0,
    },
    SettingDefinition{
        .key = keys::kAlertsModelLoadWindowS,
        .type = SettingType::Integer,
        .defaultValue = "300",
        .description = "Window over which ModelLoadFailure counts failed model loads, in seconds.",
        .minimum = 1,
        .maximum = 2592000,
    },
    SettingDefinition{
        .key = keys::kAlertsModelLoadForS,
        .type = SettingType::Integer,
        .defaultValue = "0",
        .description =
            "How long ModelLoadFailure's condition must hold before it fires, in seconds.",
        .minimum = 0,
        .maximum = 86400,
    },
    SettingDefinition{
        .key = keys::kAlertsDriftPsi,
        .type = SettingType::Number,
        .defaultValue = "0.2",
        .description = "HighDataDrift fires for each feature whose data_drift_psi exceeds this "
                       "population stability index.",
        .numberMinimum = 0.0,
        .numberMaximum = 100.0,
    },
    SettingDefinition{
        .key = keys::kAlertsDriftForS,
        .type = SettingType::Integer,
        .defaultValue = "0",
        .description = "How long HighDataDrift's condition must hold before it fires, in seconds.",
        .minimum = 0,
        .maximum = 86400,
    },
    SettingDefinition{
        .key = keys::kAlertsCacheHitPercent,
        .type = SettingType::Number,
        .defaultValue = "85.0",
        .description = "LowCacheHitRate fires when the recommendation cache hit rate over "
                       "alerts.cache_hit_window_s falls below this, in percent.",
        .numberMinimum = 0.0,
        .numberMaximum = 100.0,
    },
    SettingDefinition{
        .key = keys::kAlertsCacheHitWindowS,
        .type = SettingType::Integer,
        .defaultValue = "300",
        .description = "Window over which LowCacheHitRate computes the hit rate, in seconds.",
        .minimum = 1,
        .maximum = 2592000,
    },
    SettingDefinition{
        .key = keys::kAlertsCacheHitForS,
        .type = SettingType::Integer,
        .defaultValue = "300",
        .description =
            "How long LowCacheHitRate's condition must hold before it fires, in seconds.",
        .minimum = 0,
        .maximum = 86400,
    },
    SettingDefinition{
        .key = keys::kAlertsMemoryLimitBytes,
        .type = SettingType::Integer,
        .defaultValue = "0",
        .description =
            "The memory recopsd may use, in bytes, against which HighMemoryUsage measures "
            "resident memory; 0 leaves the rule off.",
        .minimum = 0,
        .maximum = kOneTebibyte,
    },
    SettingDefinition{
        .key = keys::kAlertsMemoryPercent,
        .type = SettingType::Number,
        .defaultValue = "90.0",
        .description =
            "HighMemoryUsage fires above this share of alerts.memory_limit_bytes, in percent.",
        .numberMinimum = 0.0,
        .numberMaximum = 100.0,
    },
    SettingDefinition{
        .key = keys::kAlertsMemoryForS,
        .type = SettingType::Integer,
        .defaultValue = "300",
        .description =
            "How long HighMemoryUsage's condition must hold before it fires, in seconds.",
        .minimum = 0,
        .maximum = 86400,
    },
    SettingDefinition{
        .key = keys::kAlertsPoolExhaustedForS,
        .type = SettingType::Integer,
        .defaultValue = "60",
        .description =
            "How long store_pool_connections_in_use must equal store_pool_connections_max "
            "before DatabasePoolExhausted fires, in seconds.",
        .minimum = 0,
        .maximum = 86400,
    },
    SettingDefinition{
        .key = keys::kAlertsBackupMaxAgeS,
        .type = SettingType::Integer,
        .defaultValue = "86400",
        .description =
            "BackupTooOld fires when backup_last_success_timestamp_seconds is older than this "
            "many seconds (the RPO).",
        .minimum = 60,
        .maximum = 2592000,
    },
    SettingDefinition{
        .key = keys::kAlertsBackupForS,
        .type = SettingType::Integer,
        .defaultValue = "0",
        .description = "How long BackupTooOld's condition must hold before it fires, in seconds.",
        .minimum = 0,
        .maximum = 86400,
    },
    SettingDefinition{
        .key = keys::kAlertsFastBurnFactor,
        .type = SettingType::Number,
        .defaultValue = "14.4",
        .description =
            "ErrorBudgetFastBurn fires when the availability error budget burns faster than "
            "this over both 1 h and 5 min.",
        .numberMinimum = 0.1,
        .numberMaximum = 1000.0,
    },
    SettingDefinition{
        .key = keys::kAlertsFastBurnForS,
        .type = SettingType::Integer,
        .defaultValue = "120",
        .description =
            "How long ErrorBudgetFastBurn's condition must hold before it fires, in seconds.",
        .minimum = 0,
        .maximum = 86400,
    },
    SettingDefinition{
        .key = keys::kAlertsSlowBurnFactor,
        .type = SettingType::Number,
        .defaultValue = "6.0",
        .description =
            "ErrorBudgetSlowBurn fires when the budget burns faster than this over both 6 h "
            "and 30 min.",
        .numberMinimum = 0.1,
        .numberMaximum = 1000.0,
    },
    SettingDefinition{
        .key = keys::kAlertsSlowBurnLongFactor,
        .type = SettingType::Number,
        .defaultValue = "1.0",
        .description =
            "ErrorBudgetSlowBurn also fires when the budget burns faster than this over both "
            "3 days and 6 h.",
        .numberMinimum = 0.1,
        .numberMaximum = 1000.0,
    },
    SettingDefinition{
        .key = keys::kAlertsSlowBurnForS,
        .type = SettingType::Integer,
        .defaultValue = "900",
        .description =
            "How long ErrorBudgetSlowBurn's condition must hold before it fires, in seconds.",
        .minimum = 0,
        .maximum = 86400,
    },
    SettingDefinition{
        .key = keys::kNotificationsTimeoutMs,
        .type = SettingType::Integer,
        .defaultValue = "5000",
        .description = "Longest wait for a webhook receiver to answer one notification, connecting "
                       "included.",
        .minimum = 100,
        .maximum = 120000,
    },
    SettingDefinition{
        .key = keys::kNotificationsMaxAttempts,
        .type = SettingType::Integer,
        .defaultValue = "5",
        .description =
            "Tries per notification, the first included, while the receiver fails in a way "
            "that may pass (no answer, 408, 429, 5xx).",
        .minimum = 1,
        .maximum = 20,
    },
    SettingDefinition{
        .key = keys::kNotificationsInitialBackoffMs,
        .type = SettingType::Integer,
        .defaultValue = "1000",
        .description = "Wait after the first failed try; it doubles with each further try.",
        .minimum = 10,
        .maximum = 3600000,
    },
    SettingDefinition{
        .key = keys::kNotificationsMaxBackoffMs,
        .type = SettingType::Integer,
        .defaultValue = "60000",
        .description = "Longest wait between two tries of a notification.",
        .minimum = 10,
        .maximum = 3600000,
    },
    SettingDefinition{
        .key = keys::kNotificationsWorkers,
        .type = SettingType::Integer,
        .defaultValue = "2",
        .description =
            "Threads posting notifications, so that a receiver that hangs until its timeout "
            "holds back no other.",
        .minimum = 1,
        .maximum = 16,
    },
    SettingDefinition{
        .key = keys::kDrillsMaxDurationS,
        .type = SettingType::Integer,
        .defaultValue = "3600",
        .description =
            "Longest a fault injected by POST /api/v1/admin/faults may last, in seconds; "
            "every fault expires.",
        .minimum = 1,
        .maximum = 86400,
    },
};

}  // namespace recops::config::detail
