// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "backup/backup_job_runner.h"

#include "backup/backup_catalog.h"
#include "backup/backup_error.h"
#include "backup/backup_operations.h"
#include "common/logger.h"

namespace recops::backup {
namespace {

using Clock = std::chrono::system_clock;

double unixSeconds(Clock::time_point time) {
    return std::chrono::duration<double>(time.time_since_epoch()).count();
}

}  // namespace

std::string_view jobKindName(JobKind kind) {
    switch (kind) {
        case JobKind::Backup:
            return "backup";
        case JobKind::Verification:
            return "verification";
        case JobKind::Restore:
            return "restore";
    }
    return "job";
}

BackupJobRunner::BackupJobRunner(BackupOperations& operations, BackupCatalog& catalog,
                                 metrics::Registry& registry, common::Logger& logger)
    : m_operations(operations), m_catalog(catalog), m_logger(logger), m_metrics(registry) {}

JobOutcome BackupJobRunner::run(const JobRequest& job, const std::stop_token& stop) {
    JobOutcome outcome{job, false, {}, std::nullopt};
    const auto started = std::chrono::steady_clock::now();
    m_logger.info("started a backup job",
                  {{"job", jobKindName(job.kind)}, {"backup_id", job.backupId}});
    try {
        switch (job.kind) {
            case JobKind::Backup:
                runBackup(job, stop, outcome);
                break;
            case JobKind::Verification:
                runVerification(job, stop, outcome);
                break;
            case JobKind::Restore:
                runRestore(job, stop, outcome);
                break;
        }
    } catch (const std::exception& error) {
        outcome.succeeded = false;
        outcome.error = error.what();
    }
    account(outcome,
            std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count());
    return outcome;
}

void BackupJobRunner::runBackup(const JobRequest& job, const std::stop_token& stop,
                                JobOutcome& outcome) {
    const BackupManifest manifest = m_operations.create(
        m_catalog,
        BackupIdentity{job.backupId, job.trigger, job.label, job.requester, job.requestedAt}, stop);
    m_metrics.lastSuccessTimestamp.set(unixSeconds(manifest.createdAt));
    outcome.succeeded = true;
    outcome.snapshotAt = manifest.createdAt;
}

void BackupJobRunner::runVerification(const JobRequest& job, const std::stop_token& stop,
                                      JobOutcome& outcome) {
    const VerificationResult result = m_operations.verify(m_catalog.pathOf(job.backupId), stop);
    m_catalog.recordVerification(
        job.backupId, VerificationRecord{result.passed, Clock::now(), result.durationSeconds,
                                         result.problems, job.requester});
    outcome.succeeded = result.passed;
    for (const std::string& problem : result.problems) {
        outcome.error += (outcome.error.empty() ? "" : "; ") + problem;
    }
}

void BackupJobRunner::runRestore(const JobRequest& job, const std::stop_token& stop,
                                 JobOutcome& outcome) {
    try {
        m_operations.restore(m_catalog.pathOf(job.backupId), stop);
        outcome.succeeded = true;
    } catch (const BackupError& error) {
        outcome.error = error.what();
    }
    if (outcome.succeeded && m_restored) {
        try {
            m_restored();
        } catch (const std::exception& error) {
            m_logger.error(
                "the data was restored, but refreshing what the server caches from it "
                "failed; restart recopsd",
                {{"error", error.what()}});
        }
    }
    m_catalog.recordRestore(
        job.backupId, RestoreRecord{outcome.succeeded, job.requestedAt, Clock::now(), outcome.error,
                                    job.requester});
}

void BackupJobRunner::account(const JobOutcome& outcome, double seconds) {
    const bool succeeded = outcome.succeeded;
    switch (outcome.request.kind) {
        case JobKind::Backup:
            m_metrics.duration.observe(seconds);
            (succeeded ? m_metrics.backupsSucceeded : m_metrics.backupsFailed).increment();
            break;
        case JobKind::Verification:
            (succeeded ? m_metrics.verificationsPassed : m_metrics.verificationsFailed).increment();
            break;
        case JobKind::Restore:
            (succeeded ? m_metrics.restoresSucceeded : m_metrics.restoresFailed).increment();
            break;
    }
    const std::string_view job = jobKindName(outcome.request.kind);
    if (succeeded) {
        m_logger.info("finished a backup job", {{"job", job},
                                                {"backup_id", outcome.request.backupId},
                                                {"duration_seconds", std::to_string(seconds)}});
    } else {
        m_logger.error(
            "a backup job failed",
            {{"job", job}, {"backup_id", outcome.request.backupId}, {"error", outcome.error}});
    }
}

}  // namespace recops::backup
