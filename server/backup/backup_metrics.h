// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "metrics/counter.h"
#include "metrics/gauge.h"
#include "metrics/histogram.h"
#include "metrics/metric_family.h"

namespace recops::metrics {
class Registry;
}

namespace recops::backup {

/**
 * The backup metrics, registered once: backup_last_success_timestamp_seconds,
 * backup_duration_seconds, backups_total{outcome}, backup_verifications_total{outcome} and
 * backup_restores_total{outcome}. Every outcome is exported from the start, at 0, so that
 * rate() and alert rules see the series before the first failure.
 */
struct BackupMetrics {
    explicit BackupMetrics(metrics::Registry& registry);

    metrics::Gauge& lastSuccessTimestamp;
    metrics::Histogram& duration;
    metrics::Counter& backupsSucceeded;
    metrics::Counter& backupsFailed;
    metrics::Counter& verificationsPassed;
    metrics::Counter& verificationsFailed;
    metrics::Counter& restoresSucceeded;
    metrics::Counter& restoresFailed;

private:
    BackupMetrics(metrics::Registry& registry, metrics::MetricFamily<metrics::Counter>& backups,
                  metrics::MetricFamily<metrics::Counter>& verifications,
                  metrics::MetricFamily<metrics::Counter>& restores);
};

}  // namespace recops::backup
