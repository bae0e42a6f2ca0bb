// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// RetrainScheduler with a clock of its own: set a fraction of a second before a time the cron
// expression names, the scheduler queues a real training job (over a real SQLite store) within
// moments, records it as scheduled, and moves on to the next time.
#include "models/retrain_scheduler.h"

#include "common/timestamp.h"
#include "engine/serving_model.h"
#include "metrics/registry.h"
#include "models/model_lifecycle.h"
#include "models/model_registry.h"
#include "models/training_jobs.h"
#include "models/training_pipeline.h"
#include "server/service_fixture.h"

#include <atomic>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace recops::models {
namespace {

using std::chrono::milliseconds;
using std::chrono::system_clock;
using ::testing::HasSubstr;

system_clock::time_point at(std::string_view text) {
    return common::fromUnixMilliseconds(common::parseTimestampMilliseconds(text).value());
}

/// A clock that runs at the system clock's pace from @p start on.
RetrainScheduler::Clock clockFrom(system_clock::time_point start) {
    const auto offset = start - system_clock::now();
    return [offset] {
        return system_clock::now() + offset;
    };
}

class RetrainSchedulerTest : public service::ServiceFixture {
protected:
    RetrainSchedulerTest() {
        // Thirty users with a few clicks each: enough for the popularity model to train.
        std::vector<store::EventRecord> events;
        for (int user = 0; user < 30; ++user) {
            for (int item = 0; item <= user % 8; ++item) {
                std::string userId = "u";
                userId += std::to_string(user);
                std::string itemId = "i";
                itemId += std::to_string(item);
                events.push_back(store::EventRecord{userId, itemId, "click", 1.0,
                                                    1'780'000'000'000 + user * 1000 + item, ""});
            }
        }
        m_storage.events().append(events);
    }

    TrainingJobRequest scheduledRequest() const {
        TrainingJobRequest request;
        request.training.model = "default";
        request.training.algorithm = "popularity";
        request.training.createdBy = "scheduled retraining";
        request.promoteTo = store::ModelStage::Staging;
        return request;
    }

    std::vector<store::TrainingJobRecord> jobs() { return m_trainer.history("default", 100); }

    metrics::Registry m_metrics;
    ModelRegistry m_registry{m_storage.registry(), m_directory / "models"};
    ModelLifecycle m_lifecycle{m_registry, GateSettings{}, 20};
    TrainingPipeline m_pipeline{m_storage.events(), m_storage.catalog(), m_registry,
                                engine::EventWeights{}, engine::ServingOptions{}};
    TrainingJobs m_trainer{m_pipeline, m_lifecycle, m_storage.trainingJobs(),
                           m_metrics,  m_logger,    1};
};

TEST_F(RetrainSchedulerTest, TheNextRunFollowsTheExpressionOnItsClock) {
    RetrainScheduler scheduler(m_trainer, common::CronSchedule::parse("0 3 * * *"),
                               scheduledRequest(), m_logger, clockFrom(at("2026-03-04T10:17:30Z")));
    EXPECT_EQ(common::formatTimestamp(scheduler.nextRun()), "2026-03-05T03:00:00.000Z");
    EXPECT_EQ(scheduler.expression(), "0 3 * * *");
    EXPECT_TRUE(jobs().empty());
}

TEST_F(RetrainSchedulerTest, ARunThatComesDueQueuesAScheduledJob) {
    // 300 ms before 10:18: the every-minute schedule fires once, then waits for 10:19.
    RetrainScheduler scheduler(m_trainer, common::CronSchedule::parse("* * * * *"),
                               scheduledRequest(), m_logger,
                               clockFrom(at("2026-03-04T10:17:59.700Z")));
    EXPECT_EQ(common::formatTimestamp(scheduler.nextRun()), "2026-03-04T10:18:00.000Z");

    ASSERT_TRUE(testing::waitUntil([&] { return !jobs().empty(); })) << "no job was queued";
    ASSERT_TRUE(testing::waitUntil([&] {
        return common::formatTimestamp(scheduler.nextRun()) == "2026-03-04T10:19:00.000Z";
    })) << common::formatTimestamp(scheduler.nextRun());
    m_trainer.waitUntilIdle();

    const auto history = jobs();
    ASSERT_EQ(history.size(), 1u) << "fired more than once";
    const store::TrainingJobRecord& job = history.front();
    EXPECT_EQ(job.trigger, "schedule");
    EXPECT_EQ(job.requestedBy, "schedule * * * * *");
    EXPECT_EQ(job.status, "succeeded") << job.error;
    const auto request = nlohmann::json::parse(job.requestJson);
    EXPECT_EQ(request["algorithm"], "popularity");
    EXPECT_EQ(request["stage"], "Staging");
    const auto result = nlohmann::json::parse(job.resultJson);
    EXPECT_EQ(result["version"], 1);
    // The popularity model misses the Staging floors: the job says so and leaves it in None.
    EXPECT_EQ(result["promotion"]["status"], "gates_failed");
    EXPECT_EQ(m_storage.registry().version("default", 1)->stage, store::ModelStage::None);
    EXPECT_EQ(m_storage.registry().version("default", 1)->createdBy, "scheduled retraining");

    // The staleness alert's input: when a job last succeeded.
    const std::string exposition = m_metrics.expose();
    const std::string gauge = "\ntraining_last_success_timestamp_seconds ";
    const auto sample = exposition.find(gauge);
    ASSERT_NE(sample, std::string::npos) << exposition;
    EXPECT_NEAR(std::stod(exposition.substr(sample + gauge.size())),
                static_cast<double>(*job.finishedAtMs) / 1000.0, 0.002);
    EXPECT_THAT(exposition, HasSubstr("training_jobs_total{outcome=\"succeeded\"} 1\n"));
    EXPECT_THAT(testing::readFile(m_directory / "app.log"),
                HasSubstr("scheduled retraining queued"));
}

TEST_F(RetrainSchedulerTest, StoppingWhileWaitingReturnsAtOnceAndQueuesNothing) {
    const auto started = std::chrono::steady_clock::now();
    {
        RetrainScheduler scheduler(m_trainer, common::CronSchedule::parse("0 0 1 1 *"),
                                   scheduledRequest(), m_logger);
    }
    EXPECT_LT(std::chrono::steady_clock::now() - started, std::chrono::seconds(5));
    EXPECT_TRUE(jobs().empty());
}

}  // namespace
}  // namespace recops::models
