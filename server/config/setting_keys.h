// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <string_view>

// The keys the code reads, named once so that a typo is a compile error. The table in
// settings_table.cpp describes each of them; a unit test checks every key here is in it.
namespace recops::config::keys {

inline constexpr std::string_view kServerListen = "server.listen";
inline constexpr std::string_view kServerThreads = "server.threads";
inline constexpr std::string_view kServerReadTimeoutMs = "server.read_timeout_ms";
inline constexpr std::string_view kServerWriteTimeoutMs = "server.write_timeout_ms";
inline constexpr std::string_view kServerMaxHeaderBytes = "server.max_header_bytes";
inline constexpr std::string_view kServerMaxBodyBytes = "server.max_body_bytes";
inline constexpr std::string_view kServerShutdownTimeoutMs = "server.shutdown_timeout_ms";

inline constexpr std::string_view kAuthOpenEndpoints = "auth.open_endpoints";
inline constexpr std::string_view kAuthTokenRefreshMs = "auth.token_refresh_ms";
inline constexpr std::string_view kAuthBootstrapAdminToken = "auth.bootstrap_admin_token";

inline constexpr std::string_view kLogAccess = "log.access";
inline constexpr std::string_view kLogLevel = "log.level";

inline constexpr std::string_view kStorageSqliteFile = "storage.sqlite_file";
inline constexpr std::string_view kStorageBusyTimeoutMs = "storage.busy_timeout_ms";

inline constexpr std::string_view kStorageReadConnections = "storage.read_connections";
inline constexpr std::string_view kStorageHistoryCacheUsers = "storage.history_cache_users";
inline constexpr std::string_view kStorageHistoryCacheTtlSeconds =
    "storage.history_cache_ttl_seconds";

inline constexpr std::string_view kIngestMaxBatchEvents = "ingest.max_batch_events";
inline constexpr std::string_view kIngestMaxFutureSkewMs = "ingest.max_future_skew_ms";

inline constexpr std::string_view kServingModel = "serving.model";
inline constexpr std::string_view kServingHistoryLimit = "serving.history_limit";
inline constexpr std::string_view kServingMaxCount = "serving.max_count";
inline constexpr std::string_view kServingRegistryPollMs = "serving.registry_poll_ms";
inline constexpr std::string_view kServingExactRetriever = "serving.exact_retriever";
inline constexpr std::string_view kServingApproximateRetriever = "serving.approximate_retriever";
inline constexpr std::string_view kServingApproximateAbove = "serving.approximate_above";
inline constexpr std::string_view kServingRankingWeights = "serving.ranking_weights";

inline constexpr std::string_view kRegistryStagingMinNdcg = "registry.staging_min_ndcg";
inline constexpr std::string_view kRegistryStagingMinPrecision = "registry.staging_min_precision";
inline constexpr std::string_view kRegistryMaxRegression = "registry.max_regression";
inline constexpr std::string_view kRegistryKeepVersions = "registry.keep_versions";

inline constexpr std::string_view kTrainingAlgorithm = "training.algorithm";
inline constexpr std::string_view kTrainingThreads = "training.threads";
inline constexpr std::string_view kTrainingSchedule = "training.schedule";
inline constexpr std::string_view kTrainingScheduleStage = "training.schedule_stage";
inline constexpr std::string_view kTrainingEventWeights = "training.event_weights";

inline constexpr std::string_view kDriftIntervalMs = "drift.interval_ms";
inline constexpr std::string_view kDriftWindowMs = "drift.window_ms";
inline constexpr std::string_view kDriftMinSamples = "drift.min_samples";

inline constexpr std::string_view kCacheEnabled = "cache.enabled";
inline constexpr std::string_view kCacheTtlMs = "cache.ttl_ms";
inline constexpr std::string_view kCacheMaxBytes = "cache.max_bytes";

inline constexpr std::string_view kBackupDirectory = "backup.directory";
inline constexpr std::string_view kBackupIntervalSeconds = "backup.interval_seconds";
inline constexpr std::string_view kBackupKeepLast = "backup.keep_last";
inline constexpr std::string_view kBackupMaxAgeHours = "backup.max_age_hours";
inline constexpr std::string_view kBackupRpoHours = "backup.rpo_hours";
inline constexpr std::string_view kBackupCompressionLevel = "backup.compression_level";
inline constexpr std::string_view kBackupRestoreHaltAt = "backup.restore_halt_at";

inline constexpr std::string_view kMonitoringEvaluationIntervalMs =
    "monitoring.evaluation_interval_ms";
inline constexpr std::string_view kMonitoringCheckpointIntervalS =
    "monitoring.checkpoint_interval_s";

inline constexpr std::string_view kSloAvailabilityPercent = "slo.availability_percent";
inline constexpr std::string_view kSloAvailabilityWindowS = "slo.availability_window_s";
inline constexpr std::string_view kSloLatencyP95Ms = "slo.latency_p95_ms";
inline constexpr std::string_view kSloLatencyP99Ms = "slo.latency_p99_ms";
inline constexpr std::string_view kSloLatencyWindowS = "slo.latency_window_s";
inline constexpr std::string_view kSloErrorRatePercent = "slo.error_rate_percent";
inline constexpr std::string_view kSloErrorRateWindowS = "slo.error_rate_window_s";

inline constexpr std::string_view kAlertsDisabled = "alerts.disabled";
inline constexpr std::string_view kAlertsLatencyP95Ms = "alerts.latency_p95_ms";
inline constexpr std::string_view kAlertsLatencyWindowS = "alerts.latency_window_s";
inline constexpr std::string_view kAlertsLatencyForS = "alerts.latency_for_s";
inline constexpr std::string_view kAlertsErrorRateWarningPercent =
    "alerts.error_rate_warning_percent";
inline constexpr std::string_view kAlertsErrorRateCriticalPercent =
    "alerts.error_rate_critical_percent";
inline constexpr std::string_view kAlertsErrorRateWindowS = "alerts.error_rate_window_s";
inline constexpr std::string_view kAlertsErrorRateForS = "alerts.error_rate_for_s";
inline constexpr std::string_view kAlertsNotReadyForS = "alerts.not_ready_for_s";
inline constexpr std::string_view kAlertsAvailabilityPercent = "alerts.availability_percent";
inline constexpr std::string_view kAlertsAvailabilityWindowS = "alerts.availability_window_s";
inline constexpr std::string_view kAlertsAvailabilityForS = "alerts.availability_for_s";
inline constexpr std::string_view kAlertsModelLoadFailures = "alerts.model_load_failures";
inline constexpr std::string_view kAlertsModelLoadWindowS = "alerts.model_load_window_s";
inline constexpr std::string_view kAlertsModelLoadForS = "alerts.model_load_for_s";
inline constexpr std::string_view kAlertsDriftPsi = "alerts.drift_psi";
inline constexpr std::string_view kAlertsDriftForS = "alerts.drift_for_s";
inline constexpr std::string_view kAlertsCacheHitPercent = "alerts.cache_hit_percent";
inline constexpr std::string_view kAlertsCacheHitWindowS = "alerts.cache_hit_window_s";
inline constexpr std::string_view kAlertsCacheHitForS = "alerts.cache_hit_for_s";
inline constexpr std::string_view kAlertsMemoryLimitBytes = "alerts.memory_limit_bytes";
inline constexpr std::string_view kAlertsMemoryPercent = "alerts.memory_percent";
inline constexpr std::string_view kAlertsMemoryForS = "alerts.memory_for_s";
inline constexpr std::string_view kAlertsPoolExhaustedForS = "alerts.pool_exhausted_for_s";
inline constexpr std::string_view kAlertsBackupMaxAgeS = "alerts.backup_max_age_s";
inline constexpr std::string_view kAlertsBackupForS = "alerts.backup_for_s";
inline constexpr std::string_view kAlertsFastBurnFactor = "alerts.fast_burn_factor";
inline constexpr std::string_view kAlertsFastBurnForS = "alerts.fast_burn_for_s";
inline constexpr std::string_view kAlertsSlowBurnFactor = "alerts.slow_burn_factor";
inline constexpr std::string_view kAlertsSlowBurnLongFactor = "alerts.slow_burn_long_factor";
inline constexpr std::string_view kAlertsSlowBurnForS = "alerts.slow_burn_for_s";

inline constexpr std::string_view kNotificationsTimeoutMs = "notifications.timeout_ms";
inline constexpr std::string_view kNotificationsMaxAttempts = "notifications.max_attempts";
inline constexpr std::string_view kNotificationsInitialBackoffMs =
    "notifications.initial_backoff_ms";
inline constexpr std::string_view kNotificationsMaxBackoffMs = "notifications.max_backoff_ms";
inline constexpr std::string_view kNotificationsWorkers = "notifications.workers";

inline constexpr std::string_view kDrillsMaxDurationS = "drills.max_duration_s";

}  // namespace recops::config::keys
