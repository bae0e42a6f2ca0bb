// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "common/cron_schedule.h"
#include "models/training_jobs.h"

#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

namespace recops::common {
class Logger;
}

namespace recops::models {

/**
 * Scheduled retraining: at every time a cron expression names, queues a training job for a
 * model (moved through the gates to a stage when configured). The job's outcome is recorded
 * like any other job's; `training_last_success_timestamp_seconds` tells when one last
 * succeeded, which is what an alert on a stale model watches.
 */
class RetrainScheduler {
public:
    /// What time it is for the schedule. The system clock; tests give one set just before a
    /// time the expression names, so that a run comes due within moments.
    using Clock = std::function<std::chrono::system_clock::time_point()>;

    RetrainScheduler(TrainingJobs& jobs, common::CronSchedule schedule, TrainingJobRequest request,
                     common::Logger& logger, Clock clock = &std::chrono::system_clock::now);
    ~RetrainScheduler();
    RetrainScheduler(const RetrainScheduler&) = delete;
    RetrainScheduler& operator=(const RetrainScheduler&) = delete;

    /// When the next job will be queued.
    std::chrono::system_clock::time_point nextRun() const;
    const std::string& expression() const { return m_schedule.expression(); }

private:
    void loop();

    TrainingJobs& m_jobs;
    common::CronSchedule m_schedule;
    TrainingJobRequest m_request;
    common::Logger& m_logger;
    Clock m_clock;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::chrono::system_clock::time_point m_nextRun;
    bool m_stopping = false;
    std::thread m_thread;
};

}  // namespace recops::models
