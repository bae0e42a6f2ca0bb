// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "models/retrain_scheduler.h"

#include "common/logger.h"
#include "common/timestamp.h"

namespace recops::models {

RetrainScheduler::RetrainScheduler(TrainingJobs& jobs, common::CronSchedule schedule,
                                   TrainingJobRequest request, common::Logger& logger, Clock clock)
    : m_jobs(jobs)
    , m_schedule(std::move(schedule))
    , m_request(std::move(request))
    , m_logger(logger)
    , m_clock(std::move(clock))
    , m_nextRun(m_schedule.nextAfter(m_clock())) {
    m_request.trigger = "schedule";
    m_thread = std::thread([this] { loop(); });
}

RetrainScheduler::~RetrainScheduler() {
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

std::chrono::system_clock::time_point RetrainScheduler::nextRun() const {
    std::lock_guard lock(m_mutex);
    return m_nextRun;
}

void RetrainScheduler::loop() {
    std::unique_lock lock(m_mutex);
    while (!m_stopping) {
        // The wait runs on the system clock for as long as the schedule's clock says is left
        // (the same instant when that clock is the system's).
        const auto wakeAt = std::chrono::system_clock::now() + (m_nextRun - m_clock());
        if (m_wake.wait_until(lock, wakeAt, [this] { return m_stopping; })) {
            return;
        }
        if (m_clock() < m_nextRun) {
            continue;  // woken early (the clock was set back): wait again
        }
        lock.unlock();
        const auto submitted = m_jobs.submit(m_request, "schedule " + m_schedule.expression());
        if (const auto* refusal = std::get_if<SubmitRefusal>(&submitted)) {
            m_logger.warning("scheduled retraining skipped",
                             {{"model", m_request.training.model}, {"reason", refusal->detail}});
        } else {
            m_logger.info("scheduled retraining queued",
                          {{"model", m_request.training.model},
                           {"job", std::get<store::TrainingJobRecord>(submitted).id}});
        }
        lock.lock();
        m_nextRun = m_schedule.nextAfter(m_clock());
        m_logger.info("next scheduled retraining", {{"model", m_request.training.model},
                                                    {"at", common::formatTimestamp(m_nextRun)}});
    }
}

}  // namespace recops::models
