// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "models/model_lifecycle.h"
#include "models/training_pipeline.h"
#include "store/training_job_store.h"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <variant>
#include <vector>

namespace recops::common {
class Logger;
}
namespace recops::metrics {
class Counter;
class Gauge;
class Registry;
}  // namespace recops::metrics

namespace recops::models {

/// A job to run: what to train, and where to move the version afterwards.
struct TrainingJobRequest {
    TrainingRequest training;
    /// Staging or Production: the new version goes through the gates to this stage.
    std::optional<store::ModelStage> promoteTo;
    /// "api" or "schedule".
    std::string trigger = "api";
};

/// The running job as the status endpoint shows it.
struct RunningJob {
    store::TrainingJobRecord record;
    std::string phase;
    std::string detail;
    double fraction = 0.0;
    /// Estimated from the time taken so far; nothing before any progress.
    std::optional<double> remainingSeconds;
};

struct TrainerStatus {
    std::optional<RunningJob> running;
    std::vector<store::TrainingJobRecord> queued;
};

enum class CancelOutcome { Cancelled, CancelRequested, NotFound, AlreadyFinished };

/// Why a job was not queued.
struct SubmitRefusal {
    std::string detail;
};

/**
 * The trainer: training jobs queued from the API and the retraining schedule, run one at a
 * time on a worker thread of their own, never on a request thread.
 *
 * Training yields to serving: the worker runs at nice 10 with at most `threads` OpenMP
 * threads, so request threads keep their share of the CPU while a model trains (the effect on
 * recommendation latency is measured in docs/performance.md). A model has at most one job
 * queued or running at a time. Every state change is saved to the job store, so the history
 * outlives restarts; jobs that a stopped process left unfinished are marked failed at start.
 */
class TrainingJobs {
public:
    TrainingJobs(TrainingPipeline& pipeline, ModelLifecycle& lifecycle,
                 store::TrainingJobStore& store, metrics::Registry& metrics, common::Logger& logger,
                 std::size_t threads);
    /// Cancels the running job, drops the queue and joins the worker.
    ~TrainingJobs();
    TrainingJobs(const TrainingJobs&) = delete;
    TrainingJobs& operator=(const TrainingJobs&) = delete;

    std::variant<store::TrainingJobRecord, SubmitRefusal> submit(TrainingJobRequest request,
                                                                 std::string requestedBy);
    TrainerStatus status() const;
    std::vector<store::TrainingJobRecord> history(std::string_view model, std::size_t limit) const;
    std::optional<store::TrainingJobRecord> find(std::string_view id) const;
    CancelOutcome cancel(std::string_view id);

    /// Blocks until no job is queued or running (tests and shutdown).
    void waitUntilIdle() const;

private:
    struct Job {
        store::TrainingJobRecord record;
        TrainingJobRequest request;
    };

    void work();
    void run(Job& job);
    /// Counts the job, releases the running slot when @p running, then saves the record.
    void finish(store::TrainingJobRecord& record, std::string status, bool running);

    TrainingPipeline& m_pipeline;
    ModelLifecycle& m_lifecycle;
    store::TrainingJobStore& m_store;
    common::Logger& m_logger;
    std::size_t m_threads;
    metrics::Gauge* m_lastSuccess = nullptr;
    metrics::Counter* m_succeeded = nullptr;
    metrics::Counter* m_failed = nullptr;
    metrics::Counter* m_cancelled = nullptr;

    mutable std::mutex m_mutex;
    mutable std::condition_variable m_changed;
    std::deque<Job> m_queue;
    std::optional<RunningJob> m_running;
    std::chrono::steady_clock::time_point m_runningSince;
    std::atomic<bool> m_cancelRunning{false};
    bool m_stopping = false;
    std::thread m_worker;
};

}  // namespace recops::models
