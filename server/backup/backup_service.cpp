// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "backup/backup_service.h"

#include "backup/backup_error.h"
#include "backup/durable_files.h"
#include "common/logger.h"
#include "common/timestamp.h"

#include <algorithm>

namespace recops::backup {
namespace {

using Clock = std::chrono::system_clock;

/// After a scheduled backup fails, the next try comes this soon (or after the interval, if
/// that is shorter), rather than a whole interval later.
constexpr std::chrono::seconds kRetryAfterFailure{15 * 60};

double unixSeconds(Clock::time_point time) {
    return std::chrono::duration<double>(time.time_since_epoch()).count();
}

std::string stateWord(bool running) {
    return running ? "running" : "queued";
}

}  // namespace

BackupService::BackupService(BackupOperations& operations, BackupCatalog& catalog,
                             BackupSchedule schedule, metrics::Registry& registry,
                             common::Logger& logger)
    : m_catalog(catalog)
    , m_schedule(schedule)
    , m_logger(logger)
    , m_runner(operations, catalog, registry, logger) {}

BackupService::~BackupService() {
    stop();
}

void BackupService::setListeners(std::function<void(const JobOutcome&)> finished,
                                 std::function<void()> restored) {
    m_finished = std::move(finished);
    m_runner.setRestoredListener(std::move(restored));
}

void BackupService::start() {
    for (const std::string& id : m_catalog.incomplete()) {
        m_catalog.recordFailure(
            id, FailureRecord{"",
                              "",
                              {},
                              BackupCatalog::timeOfId(id),
                              Clock::now(),
                              "interrupted: recopsd stopped while this backup was written"});
        m_logger.warning("marked a backup that a stop interrupted as failed", {{"backup_id", id}});
    }
    applyRetention();
    {
        std::lock_guard lock(m_mutex);
        const auto now = Clock::now();
        for (const BackupSummary& summary : m_catalog.list()) {
            if (summary.state == BackupState::Succeeded) {
                m_lastSuccess = summary.createdAt;
                break;
            }
        }
        m_runner.metrics().lastSuccessTimestamp.set(m_lastSuccess ? unixSeconds(*m_lastSuccess)
                                                                  : 0.0);
        if (m_schedule.interval.count() > 0) {
            // Overdue after a long stop: the next backup runs right away.
            m_nextScheduled = m_lastSuccess ? std::max(now, *m_lastSuccess + m_schedule.interval)
                                            : now + m_schedule.interval;
        }
    }
    m_worker = std::jthread([this](std::stop_token stop) { run(std::move(stop)); });
}

void BackupService::stop() {
    if (m_worker.joinable()) {
        m_worker.request_stop();
        m_worker.join();
    }
}

bool BackupService::hasJob(JobKind kind, std::string_view backupId) const {
    const auto matches = [&](const JobRequest& job) {
        return job.kind == kind && (backupId.empty() || job.backupId == backupId);
    };
    return (m_running && matches(*m_running)) ||
           std::any_of(m_queue.begin(), m_queue.end(), matches);
}

BackupSummary BackupService::pendingBackup(const JobRequest& job, BackupState state) const {
    BackupSummary summary;
    summary.id = job.backupId;
    summary.state = state;
    summary.trigger = job.trigger;
    summary.label = job.label;
    summary.requestedBy = job.requester;
    summary.requestedAt = job.requestedAt;
    return summary;
}

void BackupService::annotate(BackupSummary& summary) const {
    const auto stateOf = [&](JobKind kind) -> std::optional<BackupState> {
        if (m_running && m_running->kind == kind && m_running->backupId == summary.id) {
            return BackupState::Running;
        }
        for (const JobRequest& job : m_queue) {
            if (job.kind == kind && job.backupId == summary.id) {
                return BackupState::Queued;
            }
        }
        return std::nullopt;
    };
    summary.pendingVerification = stateOf(JobKind::Verification);
    summary.pendingRestore = stateOf(JobKind::Restore);
}

std::vector<BackupSummary> BackupService::list() {
    std::vector<BackupSummary> summaries = m_catalog.list();
    std::lock_guard lock(m_mutex);
    for (BackupSummary& summary : summaries) {
        annotate(summary);
    }
    if (m_running && m_running->kind == JobKind::Backup) {
        summaries.push_back(pendingBackup(*m_running, BackupState::Running));
    }
    for (const JobRequest& job : m_queue) {
        if (job.kind == JobKind::Backup) {
            summaries.push_back(pendingBackup(job, BackupState::Queued));
        }
    }
    std::sort(
        summaries.begin(), summaries.end(),
        [](const BackupSummary& left, const BackupSummary& right) { return left.id > right.id; });
    return summaries;
}

std::optional<BackupSummary> BackupService::find(std::string_view id) {
    {
        std::lock_guard lock(m_mutex);
        if (m_running && m_running->kind == JobKind::Backup && m_running->backupId == id) {
            return pendingBackup(*m_running, BackupState::Running);
        }
        for (const JobRequest& job : m_queue) {
            if (job.kind == JobKind::Backup && job.backupId == id) {
                return pendingBackup(job, BackupState::Queued);
            }
        }
    }
    std::optional<BackupSummary> summary = m_catalog.find(id);
    if (summary) {
        std::lock_guard lock(m_mutex);
        annotate(*summary);
    }
    return summary;
}

std::optional<Clock::time_point> BackupService::lastSuccessAt() {
    std::lock_guard lock(m_mutex);
    return m_lastSuccess;
}

std::optional<Clock::time_point> BackupService::nextScheduledAt() {
    std::lock_guard lock(m_mutex);
    return m_nextScheduled;
}

std::variant<BackupSummary, JobRefusal> BackupService::requestBackup(BackupRequester requester,
                                                                     std::string requestId,
                                                                     std::string label) {
    std::lock_guard lock(m_mutex);
    const auto existing = std::find_if(m_queue.begin(), m_queue.end(), [](const JobRequest& job) {
        return job.kind == JobKind::Backup;
    });
    const JobRequest* pending = m_running && m_running->kind == JobKind::Backup ? &*m_running
                                : existing != m_queue.end()                     ? &*existing
                                                                                : nullptr;
    if (pending) {
        return JobRefusal{JobRefusal::Reason::Conflict,
                          "backup " + pending->backupId + " is already " +
                              stateWord(m_running && pending == &*m_running) +
                              "; follow it at /api/v1/backups/" + pending->backupId};
    }
    const auto now = std::chrono::floor<std::chrono::milliseconds>(Clock::now());
    JobRequest job{JobKind::Backup,      BackupCatalog::newId(now), "manual", std::move(label),
                   std::move(requester), std::move(requestId),      now};
    m_queue.push_back(job);
    m_wake.notify_all();
    return pendingBackup(job, BackupState::Queued);
}

std::variant<BackupSummary, JobRefusal> BackupService::findFinished(std::string_view id,
                                                                    std::string_view what) {
    std::optional<BackupSummary> summary = find(id);
    if (!summary) {
        return JobRefusal{JobRefusal::Reason::NotFound, "no backup has id " + std::string(id)};
    }
    if (summary->state == BackupState::Queued || summary->state == BackupState::Running) {
        return JobRefusal{JobRefusal::Reason::Conflict,
                          "backup " + std::string(id) + " is still " +
                              std::string(backupStateName(summary->state)) + "; " +
                              std::string(what) + " it once it succeeded"};
    }
    return std::move(*summary);
}

std::variant<BackupSummary, JobRefusal> BackupService::requestVerification(
    std::string_view id, BackupRequester requester, std::string requestId) {
    auto found = findFinished(id, "verify");
    if (auto* refusal = std::get_if<JobRefusal>(&found)) {
        return std::move(*refusal);
    }
    std::lock_guard lock(m_mutex);
    if (hasJob(JobKind::Verification, id)) {
        return JobRefusal{JobRefusal::Reason::Conflict,
                          "a verification of backup " + std::string(id) + " is already " +
                              stateWord(m_running && m_running->kind == JobKind::Verification &&
                                        m_running->backupId == id)};
    }
    m_queue.push_back(JobRequest{JobKind::Verification, std::string(id), "manual", "",
                                 std::move(requester), std::move(requestId), Clock::now()});
    m_wake.notify_all();
    BackupSummary& summary = std::get<BackupSummary>(found);
    annotate(summary);
    return summary;
}

std::variant<BackupManifest, JobRefusal> BackupService::restorableManifest(std::string_view id) {
    auto found = findFinished(id, "restore");
    if (auto* refusal = std::get_if<JobRefusal>(&found)) {
        return std::move(*refusal);
    }
    const BackupSummary& summary = std::get<BackupSummary>(found);
    if (summary.state != BackupState::Succeeded) {
        return JobRefusal{JobRefusal::Reason::Conflict,
                          "backup " + std::string(id) + " cannot be restored: " + summary.error};
    }
    try {
        // From disk, not the cached summary: the files may have been damaged since.
        return parseManifest(readWholeFile(m_catalog.pathOf(id) / kManifestFileName));
    } catch (const BackupError& error) {
        return JobRefusal{JobRefusal::Reason::Conflict,
                          "backup " + std::string(id) + " cannot be restored: " + error.what()};
    }
}

std::variant<BackupSummary, JobRefusal> BackupService::requestRestore(std::string_view id,
                                                                      BackupRequester requester,
                                                                      std::string requestId) {
    if (auto manifest = restorableManifest(id);
        auto* refusal = std::get_if<JobRefusal>(&manifest)) {
        return std::move(*refusal);
    }
    auto found = findFinished(id, "restore");
    if (auto* refusal = std::get_if<JobRefusal>(&found)) {
        return std::move(*refusal);
    }
    BackupSummary& summary = std::get<BackupSummary>(found);
    std::lock_guard lock(m_mutex);
    if (hasJob(JobKind::Restore)) {
        const JobRequest& other =
            m_running && m_running->kind == JobKind::Restore
                ? *m_running
                : *std::find_if(m_queue.begin(), m_queue.end(),
                                [](const JobRequest& job) { return job.kind == JobKind::Restore; });
        return JobRefusal{JobRefusal::Reason::Conflict,
                          "a restore from backup " + other.backupId + " is already " +
                              stateWord(m_running && &other == &*m_running)};
    }
    m_queue.push_back(JobRequest{JobKind::Restore, std::string(id), "manual", "",
                                 std::move(requester), std::move(requestId), Clock::now()});
    m_wake.notify_all();
    annotate(summary);
    return summary;
}

void BackupService::run(std::stop_token stop) {
    std::unique_lock lock(m_mutex);
    while (!stop.stop_requested()) {
        const auto due = [&] {
            return !m_queue.empty() || (m_nextScheduled && Clock::now() >= *m_nextScheduled);
        };
        if (m_nextScheduled) {
            m_wake.wait_until(lock, stop, *m_nextScheduled, due);
        } else {
            m_wake.wait(lock, stop, due);
        }
        if (stop.stop_requested()) {
            return;
        }
        if (m_queue.empty()) {
            // The schedule is due.
            const auto now = std::chrono::floor<std::chrono::milliseconds>(Clock::now());
            m_queue.push_back(JobRequest{
                JobKind::Backup, BackupCatalog::newId(now), "schedule", "", {}, "", now});
            m_nextScheduled = now + m_schedule.interval;
        }
        m_running = std::move(m_queue.front());
        m_queue.pop_front();
        const JobRequest job = *m_running;
        lock.unlock();
        const JobOutcome outcome = m_runner.run(job, stop);
        if (outcome.snapshotAt) {
            applyRetention();
        }
        lock.lock();
        m_running.reset();
        if (outcome.snapshotAt) {
            m_lastSuccess = outcome.snapshotAt;
        }
        if (job.kind == JobKind::Backup && m_schedule.interval.count() > 0) {
            m_nextScheduled =
                outcome.succeeded
                    ? (m_lastSuccess ? *m_lastSuccess : Clock::now()) + m_schedule.interval
                    : Clock::now() +
                          std::min<std::chrono::seconds>(m_schedule.interval, kRetryAfterFailure);
        }
        lock.unlock();
        if (m_finished) {
            m_finished(outcome);
        }
        lock.lock();
    }
}

void BackupService::applyRetention() {
    std::vector<RetainedBackup> backups;
    for (const BackupSummary& summary : m_catalog.list()) {
        backups.push_back(RetainedBackup{summary.id,
                                         summary.createdAt.value_or(summary.requestedAt),
                                         summary.state == BackupState::Succeeded});
    }
    for (const std::string& id : selectExpired(backups, Clock::now(), m_schedule.retention)) {
        {
            std::lock_guard lock(m_mutex);
            // A backup with a verification or restore still to run stays until it ran.
            if (hasJob(JobKind::Verification, id) || hasJob(JobKind::Restore, id)) {
                continue;
            }
        }
        try {
            m_catalog.remove(id);
            m_logger.info("removed a backup past retention", {{"backup_id", id}});
        } catch (const BackupError& error) {
            m_logger.error("cannot remove a backup past retention",
                           {{"backup_id", id}, {"error", error.what()}});
        }
    }
}

}  // namespace recops::backup
