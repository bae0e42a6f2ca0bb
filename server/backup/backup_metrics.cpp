// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "backup/backup_metrics.h"

#include "metrics/registry.h"

#include <vector>

namespace recops::backup {
namespace {

/// Bounds in seconds: a small database takes well under a second, a large one with many
/// models tens of minutes.
std::vector<double> durationBuckets() {
    return {0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600, 1800, 3600};
}

}  // namespace

BackupMetrics::BackupMetrics(metrics::Registry& registry)
    : BackupMetrics(
          registry,
          registry.counterFamily("backups_total",
                                 "Backups finished, by outcome (success, failure).", {"outcome"}),
          registry.counterFamily("backup_verifications_total",
                                 "Backup verifications finished, by outcome (success, failure).",
                                 {"outcome"}),
          registry.counterFamily("backup_restores_total",
                                 "Restores finished, by outcome (success, failure).",
                                 {"outcome"})) {}

BackupMetrics::BackupMetrics(metrics::Registry& registry,
                             metrics::MetricFamily<metrics::Counter>& backups,
                             metrics::MetricFamily<metrics::Counter>& verifications,
                             metrics::MetricFamily<metrics::Counter>& restores)
    : lastSuccessTimestamp(registry.gauge(
          "backup_last_success_timestamp_seconds",
          "When the newest successful backup's database snapshot was taken, in Unix seconds; "
          "0 while there is none."))
    , duration(registry
                   .histogramFamily("backup_duration_seconds",
                                    "How long backups took, successful or not.", {},
                                    durationBuckets())
                   .withLabels({}))
    , backupsSucceeded(backups.withLabels({"success"}))
    , backupsFailed(backups.withLabels({"failure"}))
    , verificationsPassed(verifications.withLabels({"success"}))
    , verificationsFailed(verifications.withLabels({"failure"}))
    , restoresSucceeded(restores.withLabels({"success"}))
    , restoresFailed(restores.withLabels({"failure"})) {}

}  // namespace recops::backup
