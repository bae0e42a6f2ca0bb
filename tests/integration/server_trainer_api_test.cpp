// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// The trainer API of the real recopsd: a job submitted, watched while it runs (phase,
// progress, ETA), cancelled; one job per model; a job that trains, registers and promotes a
// version and is recorded as the last success; failed and dry-run jobs; bad requests; the
// history, also after a restart and after a crash mid-job.
#include "integration/support/child_process.h"
#include "integration/support/http_client.h"
#include "integration/support/lifecycle_data.h"
#include "integration/support/prepared_suite.h"
#include "integration/support/recopsd_process.h"
#include "server/support/wait_until.h"

#include <csignal>
#include <cstdio>
#include <ctime>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace recops::testing {
namespace {

using ::testing::HasSubstr;
using ::testing::StartsWith;

/// Unix seconds of an RFC 3339 time as the API writes it ("2026-03-01T12:00:00.123Z").
double unixSeconds(const std::string& text) {
    std::tm parts{};
    int milliseconds = 0;
    if (std::sscanf(text.c_str(), "%d-%d-%dT%d:%d:%d.%dZ", &parts.tm_year, &parts.tm_mon,
                    &parts.tm_mday, &parts.tm_hour, &parts.tm_min, &parts.tm_sec,
                    &milliseconds) != 7) {
        throw std::invalid_argument("not an API time: " + text);
    }
    parts.tm_year -= 1900;
    parts.tm_mon -= 1;
    return static_cast<double>(timegm(&parts)) + milliseconds / 1000.0;
}

/// An ALS fit long enough to watch and cancel: a thousand iterations take minutes here, and
/// cancelling takes effect at the next iteration.
const nlohmann::json kLongJob{{"algorithm", "als"},
                              {"params", {{"iterations", 1000}, {"factors", 32}}}};

struct PreparedData {
    LifecycleDataDirectory data;
    std::string viewer = data.token("viewer");
    std::string operatorToken = data.token("operator");

    PreparedData() { data.train({"--algorithm", "ease", "--stage", "production"}); }
};

class ServerTrainerApiTest : public PreparedSuite<PreparedData> {
protected:
    ServerTrainerApiTest() : m_data(LifecycleDataDirectory::copyOf(prepared().data)) { start(); }

    void start() {
        m_recopsd.emplace(RecopsdOptions{.dataDirectory = m_data->path(),
                                         .arguments = {"--set", "training.threads=1"}});
    }

    const std::string& operatorToken() const { return prepared().operatorToken; }
    const std::string& viewer() const { return prepared().viewer; }
    const std::string& url() const { return m_recopsd->url(); }

    HttpResponse run(const nlohmann::json& body, const std::string& token = "") {
        return callApi(url(), "POST", "/api/v1/trainer/run",
                       token.empty() ? operatorToken() : token, body);
    }

    /// Submits @p body and returns the job's id, failing the test when it is not accepted.
    std::string submit(const nlohmann::json& body) {
        const HttpResponse response = run(body);
        EXPECT_EQ(response.status, 202u) << response.body;
        return response.json().value("id", "");
    }

    nlohmann::json job(const std::string& id) {
        const HttpResponse response =
            httpRequest(url(), "GET", "/api/v1/trainer/jobs/" + id, {bearer(viewer())});
        EXPECT_EQ(response.status, 200u) << response.body;
        return response.json();
    }

    nlohmann::json status() {
        const HttpResponse response =
            httpRequest(url(), "GET", "/api/v1/trainer/status", {bearer(viewer())});
        EXPECT_EQ(response.status, 200u) << response.body;
        return response.json();
    }

    /// Waits for the job to leave queued and running; returns it as it ended.
    nlohmann::json finished(const std::string& id) {
        nlohmann::json last;
        EXPECT_TRUE(waitUntil(
            [&] {
                last = job(id);
                return last["status"] != "queued" && last["status"] != "running";
            },
            std::chrono::seconds(120)))
            << "job " << id << " still " << last["status"];
        return last;
    }

    std::size_t versionCount(const std::string& model = "default") {
        const HttpResponse response =
            httpRequest(url(), "GET", "/api/v1/models/" + model + "/versions", {bearer(viewer())});
        return response.status == 200 ? response.json()["versions"].size() : 0;
    }

    static void expectInvalid(const HttpResponse& response, const std::string& detail) {
        EXPECT_EQ(response.status, 400u) << response.body;
        const auto problem = nlohmann::json::parse(response.body, nullptr, false);
        EXPECT_EQ(problem.value("type", ""), "urn:recops:problem:invalid-request") << response.body;
        EXPECT_THAT(problem.value("detail", ""), HasSubstr(detail)) << response.body;
    }

    std::unique_ptr<LifecycleDataDirectory> m_data;
    std::optional<RecopsdProcess> m_recopsd;
};

TEST_F(ServerTrainerApiTest, ARunningJobReportsProgressAndCanBeCancelled) {
    const HttpResponse accepted = run(kLongJob);
    ASSERT_EQ(accepted.status, 202u) << accepted.body;
    const auto body = accepted.json();
    const std::string id = body["id"];
    EXPECT_THAT(id, StartsWith("job-"));
    EXPECT_EQ(accepted.header("Location"), "/api/v1/trainer/jobs/" + id);
    EXPECT_EQ(body["status_url"], "/api/v1/trainer/jobs/" + id);
    EXPECT_EQ(body["status"], "queued");
    EXPECT_EQ(body["model"], "default");
    EXPECT_EQ(body["trigger"], "api");
    EXPECT_EQ(body["requested_by"], "operator");
    EXPECT_EQ(body["request"]["algorithm"], "als");
    EXPECT_EQ(body["request"]["params"]["iterations"], "1000");

    // While it runs: the phase, a growing share done, and an estimate of the time left.
    nlohmann::json running;
    ASSERT_TRUE(waitUntil(
        [&] {
            running = status()["running"];
            return running.is_object() && running["eta_seconds"].is_number() &&
                   running["progress_percent"].get<double>() > 10.0;
        },
        std::chrono::seconds(60)))
        << running;
    EXPECT_EQ(running["id"], id);
    EXPECT_EQ(running["status"], "running");
    EXPECT_EQ(running["phase"], "evaluating");
    EXPECT_EQ(running["detail"], "als: iteration");
    EXPECT_GT(running["eta_seconds"].get<double>(), 0.0);
    EXPECT_TRUE(running["started_at"].is_string());
    const double progress = running["progress_percent"];
    EXPECT_TRUE(
        waitUntil([&] { return status()["running"]["progress_percent"].get<double>() > progress; },
                  std::chrono::seconds(60)))
        << "progress stays at " << progress;

    // One job per model: a second one for the same model is refused, another model's waits.
    const HttpResponse busy = run({{"algorithm", "ease"}});
    EXPECT_EQ(busy.status, 409u) << busy.body;
    EXPECT_EQ(busy.json()["type"], "urn:recops:problem:conflict");
    EXPECT_THAT(busy.json()["detail"].get<std::string>(),
                HasSubstr("model default already has a training job queued or running"));
    const std::string other = submit({{"model", "other"}, {"algorithm", "popularity"}});
    const auto queued = status()["queued"];
    ASSERT_EQ(queued.size(), 1u) << queued;
    EXPECT_EQ(queued[0]["id"], other);
    EXPECT_EQ(queued[0]["status"], "queued");

    const HttpResponse cancel =
        callApi(url(), "POST", "/api/v1/trainer/" + id + "/cancel", operatorToken());
    ASSERT_EQ(cancel.status, 202u) << cancel.body;
    EXPECT_EQ(cancel.json(), (nlohmann::json{{"id", id}, {"status", "cancelling"}}));
    const nlohmann::json cancelled = finished(id);
    EXPECT_EQ(cancelled["status"], "cancelled");
    EXPECT_EQ(cancelled["error"], "cancelled while running");
    EXPECT_TRUE(cancelled["finished_at"].is_string());
    EXPECT_EQ(cancelled["result"], nullptr);
    EXPECT_EQ(versionCount(), 1u) << "a cancelled job registers nothing";
    EXPECT_EQ(scrapeSample(url(), "training_jobs_total{outcome=\"cancelled\"}"), 1.0);

    // The other model's job ran next.
    EXPECT_EQ(finished(other)["status"], "succeeded");
    EXPECT_EQ(versionCount("other"), 1u);

    const HttpResponse again =
        callApi(url(), "POST", "/api/v1/trainer/" + id + "/cancel", operatorToken());
    EXPECT_EQ(again.status, 409u);
    EXPECT_THAT(again.json()["detail"].get<std::string>(), HasSubstr("has already finished"));
    EXPECT_EQ(
        callApi(url(), "POST", "/api/v1/trainer/job-000000000000/cancel", operatorToken()).status,
        404u);
}

TEST_F(ServerTrainerApiTest, AQueuedJobIsCancelledBeforeItStarts) {
    const std::string running = submit(kLongJob);
    const std::string queued = submit({{"model", "other"}, {"algorithm", "popularity"}});
    ASSERT_TRUE(waitUntil([&] { return job(running)["status"] == "running"; }));
    const HttpResponse cancel =
        callApi(url(), "POST", "/api/v1/trainer/" + queued + "/cancel", operatorToken());
    ASSERT_EQ(cancel.status, 200u) << cancel.body;
    EXPECT_EQ(cancel.json()["status"], "cancelled");
    EXPECT_EQ(job(queued)["status"], "cancelled");
    EXPECT_EQ(job(queued)["error"], "cancelled before it started");
    EXPECT_EQ(job(queued)["started_at"], nullptr);
    EXPECT_TRUE(status()["queued"].empty());
    ASSERT_EQ(
        callApi(url(), "POST", "/api/v1/trainer/" + running + "/cancel", operatorToken()).status,
        202u);
    EXPECT_EQ(finished(running)["status"], "cancelled");
}

TEST_F(ServerTrainerApiTest, AJobTrainsRegistersPromotesAndCountsAsTheLastSuccess) {
    EXPECT_EQ(scrapeSample(url(), "training_last_success_timestamp_seconds"), 0.0);
    const std::string id = submit({{"algorithm", "ease"},
                                   {"params", {{"lambda", 300}}},
                                   {"version_label", "from the API"},
                                   {"stage", "staging"}});
    const nlohmann::json done = finished(id);
    ASSERT_EQ(done["status"], "succeeded") << done;
    const auto& result = done["result"];
    EXPECT_EQ(result["version"], 2);
    EXPECT_EQ(result["stage"], "None") << "registered first, then moved through the gates";
    EXPECT_EQ(result["promotion"]["status"], "applied") << result["promotion"];
    EXPECT_EQ(result["promotion"]["gates"].size(), 2u);
    EXPECT_EQ(result["retention_deleted_versions"], nlohmann::json::array());
    EXPECT_THAT(result["algorithm"].get<std::string>(), StartsWith("ease:lambda=300"));
    EXPECT_TRUE(result["metrics"]["overall"]["ndcg@10"].is_number());

    const auto version =
        httpRequest(url(), "GET", "/api/v1/models/default/versions/2", {bearer(viewer())}).json();
    EXPECT_EQ(version["stage"], "Staging");
    EXPECT_EQ(version["label"], "from the API");
    EXPECT_EQ(version["created_by"], "operator");

    const double finishedAt = unixSeconds(done["finished_at"]);
    const auto lastSuccess = scrapeSample(url(), "training_last_success_timestamp_seconds");
    ASSERT_TRUE(lastSuccess);
    EXPECT_NEAR(*lastSuccess, finishedAt, 0.002);
    EXPECT_EQ(scrapeSample(url(), "training_jobs_total{outcome=\"succeeded\"}"), 1.0);
    EXPECT_EQ(status()["running"], nullptr);
    EXPECT_EQ(status()["schedule"], nullptr);
}

TEST_F(ServerTrainerApiTest, AJobThatFailsSaysWhyAndIsNotASuccess) {
    const std::string id =
        submit({{"algorithm", "ease"},
                {"window", {{"from", "2001-01-01T00:00:00Z"}, {"to", "2001-01-02T00:00:00Z"}}}});
    const nlohmann::json done = finished(id);
    EXPECT_EQ(done["status"], "failed");
    EXPECT_EQ(done["error"], "no events to train on in the requested window");
    EXPECT_EQ(done["request"]["window"]["from"], "2001-01-01T00:00:00.000Z");
    EXPECT_EQ(scrapeSample(url(), "training_jobs_total{outcome=\"failed\"}"), 1.0);
    EXPECT_EQ(scrapeSample(url(), "training_last_success_timestamp_seconds"), 0.0);
    EXPECT_EQ(versionCount(), 1u);
}

TEST_F(ServerTrainerApiTest, ADryRunEvaluatesWithoutRegistering) {
    const nlohmann::json done = finished(submit({{"algorithm", "popularity"}, {"dry_run", true}}));
    ASSERT_EQ(done["status"], "succeeded") << done;
    EXPECT_EQ(done["result"]["version"], nullptr);
    EXPECT_EQ(done["result"]["dry_run"], true);
    EXPECT_TRUE(done["result"]["metrics"]["overall"].is_object());
    EXPECT_EQ(versionCount(), 1u);
}

TEST_F(ServerTrainerApiTest, BadRequestsAreRefusedWithTheReason) {
    expectInvalid(run({{"algorithm", "nope"}}), "unknown algorithm 'nope'");
    expectInvalid(run({{"algorithm", "als"}, {"params", {{"bogus", 3}}}}),
                  "als: unknown parameter 'bogus'");
    expectInvalid(run({{"algorithm", "als"}, {"params", {{"factors", 0}}}}), "factors");
    expectInvalid(run({{"params", {{"factors", 8}}}}), "parameters need a named algorithm");
    expectInvalid(run({{"algorithm", 5}}), "algorithm must be a string");
    expectInvalid(run({{"params", {1, 2}}}), "params must be an object");
    expectInvalid(run({{"algorithm", "als"}, {"params", {{"factors", {1}}}}}),
                  "params.factors must be a number, a string or a boolean");
    expectInvalid(
        run({{"window", {{"from", "2026-01-02T00:00:00Z"}, {"to", "2026-01-01T00:00:00Z"}}}}),
        "window.from must be before window.to");
    expectInvalid(run({{"window", {{"from", "yesterday"}}}}), "window.from");
    expectInvalid(run({{"window", {{"last_days", -1}}}}), "window.last_days must be a positive");
    expectInvalid(run({{"window", {{"since", "2026-01-01T00:00:00Z"}}}}),
                  "unknown member window.since");
    expectInvalid(run({{"window", "last week"}}), "window must be an object");
    expectInvalid(run({{"stage", "Archived"}}), "stage must be Staging or Production");
    expectInvalid(run({{"dry_run", "yes"}}), "dry_run must be true or false");
    expectInvalid(run({{"model", "Not A Name"}}), "model must be a model name");
    expectInvalid(run({{"version_label", std::string(501, 'x')}}), "version_label must be");
    expectInvalid(run({{"algorithm", "ease"}, {"priority", 1}}), "unknown member \"priority\"");
    expectInvalid(run(nlohmann::json::array()), "expected a JSON object");
    const HttpResponse malformed = httpRequest(url(), "POST", "/api/v1/trainer/run",
                                               apiHeaders(operatorToken()), "{\"algorithm\":");
    EXPECT_EQ(malformed.status, 400u);
    EXPECT_EQ(malformed.json()["type"], "urn:recops:problem:malformed-json");

    EXPECT_EQ(run({{"algorithm", "ease"}}, viewer()).status, 403u);
    EXPECT_EQ(callApi(url(), "POST", "/api/v1/trainer/job-1/cancel", viewer()).status, 403u);
    EXPECT_EQ(httpRequest(url(), "GET", "/api/v1/trainer/status").status, 401u);
    EXPECT_TRUE(status()["queued"].empty()) << "nothing refused was queued";
    EXPECT_EQ(status()["running"], nullptr);
}

TEST_F(ServerTrainerApiTest, HistoryListsJobsNewestFirstAndOutlivesARestart) {
    const std::string first = submit({{"algorithm", "popularity"}, {"dry_run", true}});
    finished(first);
    const std::string second = submit({{"model", "other"}, {"algorithm", "popularity"}});
    finished(second);

    const auto list = [&](const std::string& query) {
        const HttpResponse response =
            httpRequest(url(), "GET", "/api/v1/trainer/history" + query, {bearer(viewer())});
        EXPECT_EQ(response.status, 200u) << response.body;
        std::vector<std::string> ids;
        const nlohmann::json body = response.json();
        for (const auto& entry : body["jobs"]) {
            ids.push_back(entry["id"]);
        }
        return ids;
    };
    EXPECT_EQ(list(""), (std::vector<std::string>{second, first}));
    EXPECT_EQ(list("?limit=1"), std::vector<std::string>{second});
    EXPECT_EQ(list("?model=default"), std::vector<std::string>{first});
    EXPECT_EQ(list("?model=nothing"), std::vector<std::string>{});
    EXPECT_EQ(
        httpRequest(url(), "GET", "/api/v1/trainer/history?limit=0", {bearer(viewer())}).status,
        400u);
    EXPECT_EQ(
        httpRequest(url(), "GET", "/api/v1/trainer/history?page=2", {bearer(viewer())}).status,
        400u);
    EXPECT_EQ(httpRequest(url(), "GET", "/api/v1/trainer/jobs/job-000000000000", {bearer(viewer())})
                  .status,
              404u);

    ASSERT_EQ(m_recopsd->stop(), 0);
    start();
    EXPECT_EQ(list(""), (std::vector<std::string>{second, first}));
    EXPECT_EQ(job(first)["status"], "succeeded");
}

TEST_F(ServerTrainerApiTest, AJobCutShortByACrashIsRecordedAsFailedAtTheNextStart) {
    const std::string id = submit(kLongJob);
    ASSERT_TRUE(waitUntil([&] { return job(id)["status"] == "running"; }));
    EXPECT_EQ(m_recopsd->stop(SIGKILL), 128 + SIGKILL);
    start();
    const nlohmann::json record = job(id);
    EXPECT_EQ(record["status"], "failed");
    EXPECT_EQ(record["error"], "the server stopped while the job was queued or running");
    EXPECT_EQ(status()["running"], nullptr);
    EXPECT_EQ(versionCount(), 1u);
}

TEST_F(ServerTrainerApiTest, AConfiguredScheduleIsShownWithItsNextRun) {
    ASSERT_EQ(m_recopsd->stop(), 0);
    m_recopsd.emplace(RecopsdOptions{.dataDirectory = m_data->path(),
                                     .arguments = {"--set", "training.schedule=30 3 * * *", "--set",
                                                   "training.schedule_stage=production"}});
    const nlohmann::json schedule = status()["schedule"];
    ASSERT_TRUE(schedule.is_object()) << schedule;
    EXPECT_EQ(schedule["model"], "default");
    EXPECT_EQ(schedule["expression"], "30 3 * * *");
    const std::string next = schedule["next_run"];
    EXPECT_THAT(next, ::testing::EndsWith("T03:30:00.000Z"));
    const double inSeconds = unixSeconds(next) - static_cast<double>(std::time(nullptr));
    EXPECT_GT(inSeconds, 0.0);
    EXPECT_LE(inSeconds, 86'400.0);
}

TEST(ServerTrainerScheduleTest, AScheduleThatCannotRunStopsTheStartNamingTheField) {
    const CommandResult refused =
        runRecopsd({"config", "show", "--set", "training.schedule=0 0 30 2 *"});
    EXPECT_EQ(refused.exitCode, 2);
    EXPECT_THAT(refused.standardError,
                HasSubstr("training.schedule: expected empty, or minute hour day-of-month month "
                          "day-of-week, got \"0 0 30 2 *\" (cron day of month \"30\": no month "
                          "allowed by the month field \"2\" has such a day)"));
}

}  // namespace
}  // namespace recops::testing
