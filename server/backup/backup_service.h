// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "backup/backup_catalog.h"
#include "backup/backup_job.h"
#include "backup/backup_job_runner.h"
#include "backup/backup_records.h"
#include "backup/retention_policy.h"

#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <stop_token>
#include <string>
#include <thread>
#include <variant>
#include <vector>

namespace recops::common {
class Logger;
}
namespace recops::metrics {
class Registry;
}

namespace recops::backup {

/// When backups run by themselves and how long they are kept (backup.* settings).
struct BackupSchedule {
    /// Between the last successful backup and the next; zero turns the schedule off.
    std::chrono::seconds interval{0};
    RetentionPolicy retention;
    /// The recovery point objective: the newest successful backup should be younger.
    std::chrono::seconds recoveryPointObjective{std::chrono::hours(24)};
};

/// Why a request was not queued.
struct JobRefusal {
    enum class Reason { NotFound, Conflict };
    Reason reason = Reason::Conflict;
    std::string detail;
};

/**
 * Backups in the server: one thread that runs backups, verifications and restores one at a
 * time, in the order asked, off the request threads; the schedule; retention; and the
 * backup_* metrics.
 *
 * Requests answer at once with the job's backup (queued); GET shows its progress. Running one
 * job at a time is what keeps a restore from racing a backup, and two restores from racing
 * each other. A scheduled backup is skipped while another backup is queued or running.
 */
class BackupService {
public:
    BackupService(BackupOperations& operations, BackupCatalog& catalog, BackupSchedule schedule,
                  metrics::Registry& registry, common::Logger& logger);
    ~BackupService();
    BackupService(const BackupService&) = delete;
    BackupService& operator=(const BackupService&) = delete;

    /// @p finished hears every job's end; @p restored runs right after a restore switched the
    /// data, before the next job (the server refreshes what it caches from the database).
    /// Set both before start().
    void setListeners(std::function<void(const JobOutcome&)> finished,
                      std::function<void()> restored);

    /// Marks backups a crash left incomplete as failed, applies retention, starts the thread.
    void start();
    /// Stops the thread: a backup or verification in progress stops early (and is recorded
    /// failed); a restore stops only before its commit.
    void stop();

    std::variant<BackupSummary, JobRefusal> requestBackup(BackupRequester requester,
                                                          std::string requestId, std::string label);
    std::variant<BackupSummary, JobRefusal> requestVerification(std::string_view id,
                                                                BackupRequester requester,
                                                                std::string requestId);
    /**
     * The manifest of backup @p id, read again from disk, when the backup can be restored:
     * finished, succeeded, its manifest intact. Otherwise NotFound or Conflict saying why.
     */
    std::variant<BackupManifest, JobRefusal> restorableManifest(std::string_view id);

    /// The caller has checked the confirmation; this checks that the backup can be restored.
    std::variant<BackupSummary, JobRefusal> requestRestore(std::string_view id,
                                                           BackupRequester requester,
                                                           std::string requestId);

    /// Every backup, newest first: those on disk and those queued or running.
    std::vector<BackupSummary> list();
    std::optional<BackupSummary> find(std::string_view id);

    /// When the newest successful backup's snapshot was taken.
    std::optional<std::chrono::system_clock::time_point> lastSuccessAt();
    /// When the schedule runs the next backup; nothing when the schedule is off.
    std::optional<std::chrono::system_clock::time_point> nextScheduledAt();
    const BackupSchedule& schedule() const { return m_schedule; }

private:
    void run(std::stop_token stop);
    void applyRetention();
    void annotate(BackupSummary& summary) const;
    bool hasJob(JobKind kind, std::string_view backupId = {}) const;
    BackupSummary pendingBackup(const JobRequest& job, BackupState state) const;
    std::variant<BackupSummary, JobRefusal> findFinished(std::string_view id,
                                                         std::string_view what);

    BackupCatalog& m_catalog;
    BackupSchedule m_schedule;
    common::Logger& m_logger;
    BackupJobRunner m_runner;
    std::function<void(const JobOutcome&)> m_finished;

    mutable std::mutex m_mutex;
    std::condition_variable_any m_wake;
    std::deque<JobRequest> m_queue;
    std::optional<JobRequest> m_running;
    std::optional<std::chrono::system_clock::time_point> m_lastSuccess;
    std::optional<std::chrono::system_clock::time_point> m_nextScheduled;
    std::jthread m_worker;
};

}  // namespace recops::backup
