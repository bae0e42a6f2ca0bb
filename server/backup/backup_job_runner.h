// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "backup/backup_job.h"
#include "backup/backup_metrics.h"

#include <functional>
#include <stop_token>

namespace recops::common {
class Logger;
}
namespace recops::metrics {
class Registry;
}

namespace recops::backup {

class BackupCatalog;
class BackupOperations;

/**
 * Runs one job of the backup thread to its end: the operation itself, the record it leaves
 * beside the backup (verification.json, restore.json), the backup_* metrics and the log
 * lines. Never throws: a failure is the outcome.
 */
class BackupJobRunner {
public:
    BackupJobRunner(BackupOperations& operations, BackupCatalog& catalog,
                    metrics::Registry& registry, common::Logger& logger);

    /// Runs right after a restore switched the data, before the restore is recorded.
    void setRestoredListener(std::function<void()> restored) { m_restored = std::move(restored); }

    JobOutcome run(const JobRequest& job, const std::stop_token& stop);

    BackupMetrics& metrics() { return m_metrics; }

private:
    void runBackup(const JobRequest& job, const std::stop_token& stop, JobOutcome& outcome);
    void runVerification(const JobRequest& job, const std::stop_token& stop, JobOutcome& outcome);
    void runRestore(const JobRequest& job, const std::stop_token& stop, JobOutcome& outcome);
    void account(const JobOutcome& outcome, double seconds);

    BackupOperations& m_operations;
    BackupCatalog& m_catalog;
    common::Logger& m_logger;
    BackupMetrics m_metrics;
    std::function<void()> m_restored;
};

}  // namespace recops::backup
