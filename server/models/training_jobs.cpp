// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "models/training_jobs.h"

#include "common/logger.h"
#include "common/random.h"
#include "common/timestamp.h"
#include "engine/engine_error.h"
#include "metrics/registry.h"

#include <omp.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace recops::models {
namespace {

/// How much lower than request threads the trainer runs: at nice 10 the kernel gives a
/// runnable request thread about ten times the CPU share of a training thread.
constexpr int kTrainingNiceness = 10;

std::int64_t nowMs() {
    return common::toUnixMilliseconds(std::chrono::system_clock::now());
}

nlohmann::json requestToJson(const TrainingJobRequest& request) {
    nlohmann::json parameters = nlohmann::json::object();
    for (const auto& [key, value] : request.training.parameters) {
        parameters[key] = value;
    }
    nlohmann::json window = nlohmann::json::object();
    if (request.training.window.fromMs != std::numeric_limits<std::int64_t>::min()) {
        window["from"] =
            common::formatTimestamp(common::fromUnixMilliseconds(request.training.window.fromMs));
    }
    if (request.training.window.toMs != std::numeric_limits<std::int64_t>::max()) {
        window["to"] =
            common::formatTimestamp(common::fromUnixMilliseconds(request.training.window.toMs));
    }
    return {{"algorithm", request.training.algorithm},
            {"params", std::move(parameters)},
            {"window", std::move(window)},
            {"version_label", request.training.label},
            {"dry_run", request.training.dryRun},
            {"stage", request.promoteTo ? nlohmann::json(store::stageName(*request.promoteTo))
                                        : nlohmann::json(nullptr)}};
}

nlohmann::json transitionToJson(const TransitionOutcome& outcome) {
    static constexpr std::array<std::string_view, 7> kStatuses{
        "applied",     "evaluated",    "unchanged", "not_found",
        "not_allowed", "gates_failed", "conflict"};
    return {{"status", kStatuses[static_cast<std::size_t>(outcome.status)]},
            {"gates", outcome.gates.toJson()},
            {"detail", outcome.detail}};
}

void yieldToServing(std::size_t threads) {
    // Linux applies a thread's niceness to that thread alone, and threads it creates (the
    // OpenMP team of this thread) inherit it.
    setpriority(PRIO_PROCESS, static_cast<id_t>(syscall(SYS_gettid)), kTrainingNiceness);
    omp_set_num_threads(static_cast<int>(std::max<std::size_t>(threads, 1)));
}

}  // namespace

TrainingJobs::TrainingJobs(TrainingPipeline& pipeline, ModelLifecycle& lifecycle,
                           store::TrainingJobStore& store, metrics::Registry& metrics,
                           common::Logger& logger, std::size_t threads)
    : m_pipeline(pipeline)
    , m_lifecycle(lifecycle)
    , m_store(store)
    , m_logger(logger)
    , m_threads(threads) {
    auto& jobs = metrics.counterFamily("training_jobs_total", "Training jobs finished, by outcome.",
                                       {"outcome"});
    m_succeeded = &jobs.withLabels({"succeeded"});
    m_failed = &jobs.withLabels({"failed"});
    m_cancelled = &jobs.withLabels({"cancelled"});
    m_lastSuccess =
        &metrics.gauge("training_last_success_timestamp_seconds",
                       "When a training job last succeeded (Unix seconds); 0 until one has.");
    if (const std::size_t stale = m_store.failUnfinished(
            "the server stopped while the job was queued or running", nowMs());
        stale > 0) {
        m_logger.warning("marked training jobs of a previous run as failed",
                         {{"jobs", std::to_string(stale)}});
    }
    m_worker = std::thread([this] { work(); });
}

TrainingJobs::~TrainingJobs() {
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
        for (Job& job : m_queue) {
            job.record.error = "the server stopped before the job started";
            finish(job.record, "cancelled", false);
        }
        m_queue.clear();
    }
    m_cancelRunning = true;
    m_changed.notify_all();
    m_worker.join();
}

std::variant<store::TrainingJobRecord, SubmitRefusal> TrainingJobs::submit(
    TrainingJobRequest request, std::string requestedBy) {
    // Fails fast on an unknown algorithm or parameter, before the job is queued.
    TrainingPipeline::composeSpec(request.training);
    std::lock_guard lock(m_mutex);
    const std::string& model = request.training.model;
    const bool busy = (m_running && m_running->record.model == model) ||
                      std::any_of(m_queue.begin(), m_queue.end(),
                                  [&](const Job& job) { return job.record.model == model; });
    if (busy) {
        return SubmitRefusal{"model " + model +
                             " already has a training job queued or running; wait for it or "
                             "cancel it"};
    }
    Job job;
    job.record.id = "job-" + common::secureRandomHex(6);
    job.record.model = model;
    job.record.status = "queued";
    job.record.trigger = request.trigger;
    job.record.requestedBy = std::move(requestedBy);
    job.record.requestJson = requestToJson(request).dump();
    job.record.createdAtMs = nowMs();
    job.request = std::move(request);
    m_store.save(job.record);
    store::TrainingJobRecord queued = job.record;
    m_queue.push_back(std::move(job));
    m_changed.notify_all();
    return queued;
}

TrainerStatus TrainingJobs::status() const {
    std::lock_guard lock(m_mutex);
    TrainerStatus status;
    status.running = m_running;
    if (m_running && m_running->fraction > 0.01) {
        const double elapsed =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - m_runningSince)
                .count();
        status.running->remainingSeconds =
            elapsed / m_running->fraction * (1.0 - m_running->fraction);
    }
    for (const Job& job : m_queue) {
        status.queued.push_back(job.record);
    }
    return status;
}

std::vector<store::TrainingJobRecord> TrainingJobs::history(std::string_view model,
                                                            std::size_t limit) const {
    return m_store.list(model, limit);
}

std::optional<store::TrainingJobRecord> TrainingJobs::find(std::string_view id) const {
    return m_store.find(id);
}

CancelOutcome TrainingJobs::cancel(std::string_view id) {
    std::lock_guard lock(m_mutex);
    if (m_running && m_running->record.id == id) {
        m_cancelRunning = true;
        return CancelOutcome::CancelRequested;
    }
    const auto queued = std::find_if(m_queue.begin(), m_queue.end(),
                                     [&](const Job& job) { return job.record.id == id; });
    if (queued != m_queue.end()) {
        queued->record.error = "cancelled before it started";
        finish(queued->record, "cancelled", false);
        m_queue.erase(queued);
        m_changed.notify_all();
        return CancelOutcome::Cancelled;
    }
    return m_store.find(id) ? CancelOutcome::AlreadyFinished : CancelOutcome::NotFound;
}

void TrainingJobs::waitUntilIdle() const {
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_queue.empty() && !m_running; });
}

void TrainingJobs::finish(store::TrainingJobRecord& record, std::string status, bool running) {
    record.status = std::move(status);
    record.finishedAtMs = nowMs();
    // Everything a client may read next is up to date when the finished record is: once
    // GET /api/v1/trainer/jobs/{job} says finished, the metrics count it, the status shows it
    // no longer running, and another job for the model is accepted.
    (record.status == "succeeded"   ? m_succeeded
     : record.status == "cancelled" ? m_cancelled
                                    : m_failed)
        ->increment();
    if (record.status == "succeeded") {
        m_lastSuccess->set(static_cast<double>(*record.finishedAtMs) / 1000.0);
    }
    if (!running) {
        m_store.save(record);  // a queued job's callers hold the mutex already
        return;
    }
    // Saved and released under the mutex: a job submitted by whoever reads the finished
    // record waits for the slot, and waitUntilIdle() returns only once the record is saved.
    std::lock_guard lock(m_mutex);
    m_store.save(record);
    m_running.reset();
    m_changed.notify_all();
}

void TrainingJobs::work() {
    yieldToServing(m_threads);
    std::unique_lock lock(m_mutex);
    while (true) {
        m_changed.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
        if (m_stopping) {
            return;
        }
        Job job = std::move(m_queue.front());
        m_queue.pop_front();
        job.record.status = "running";
        job.record.startedAtMs = nowMs();
        m_running = RunningJob{job.record, "starting", {}, 0.0, std::nullopt};
        m_runningSince = std::chrono::steady_clock::now();
        m_cancelRunning = false;
        lock.unlock();
        m_store.save(job.record);
        run(job);
        lock.lock();
        m_running.reset();
        m_changed.notify_all();
    }
}

void TrainingJobs::run(Job& job) {
    store::TrainingJobRecord& record = job.record;
    m_logger.info("training job started", {{"job", record.id}, {"model", record.model}});
    try {
        const TrainingOutcome outcome = m_pipeline.run(
            job.request.training,
            [this](const TrainingProgressReport& report) {
                std::lock_guard lock(m_mutex);
                if (m_running) {
                    m_running->phase = report.phase;
                    m_running->detail = report.detail;
                    m_running->fraction = report.fraction;
                }
            },
            &m_cancelRunning);
        nlohmann::json result = outcome.toJson();
        if (outcome.version) {
            if (job.request.promoteTo) {
                TransitionRequest transition;
                transition.model = record.model;
                transition.version = outcome.version->version;
                transition.toStage = *job.request.promoteTo;
                transition.actor = "trainer (" + record.id + ")";
                transition.comment = "promoted by training job " + record.id;
                result["promotion"] = transitionToJson(m_lifecycle.transition(transition));
            }
            const RetentionReport retention =
                m_lifecycle.applyRetention(record.model, "trainer (" + record.id + ")");
            result["retention_deleted_versions"] = retention.deleted;
        }
        record.resultJson = result.dump();
        finish(record, "succeeded", true);
        m_logger.info("training job succeeded",
                      {{"job", record.id},
                       {"version", outcome.version ? std::to_string(outcome.version->version)
                                                   : std::string("dry run")}});
    } catch (const engine::TrainingCancelled&) {
        record.error = "cancelled while running";
        finish(record, "cancelled", true);
        m_logger.info("training job cancelled", {{"job", record.id}});
    } catch (const std::exception& error) {
        record.error = error.what();
        finish(record, "failed", true);
        m_logger.error("training job failed", {{"job", record.id}, {"reason", error.what()}});
    }
}

}  // namespace recops::models
