// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// Canary rollouts on the real recopsd: starting one (and the refusals), the stable split of
// users, each arm's figures after real traffic, engagement events credited to the arm that
// serves their user, promotion through the gates, abort, and a rollout that outlives a
// restart.
#include "integration/support/child_process.h"
#include "integration/support/http_client.h"
#include "integration/support/lifecycle_data.h"
#include "integration/support/prepared_suite.h"
#include "integration/support/recopsd_process.h"
#include "server/support/wait_until.h"

#include <map>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace recops::testing {
namespace {

using ::testing::HasSubstr;
using ::testing::StartsWith;

constexpr std::size_t kUsers = 600;

/// 1 EASE in Production, 2 the same EASE (equal metrics, passes the gates), 3 popularity
/// (below the Staging floors).
struct PreparedRollout {
    LifecycleDataDirectory data;
    std::string viewer = data.token("viewer");
    std::string client = data.token("client");
    std::string operatorToken = data.token("operator");
    std::string admin = data.token("admin");

    PreparedRollout() {
        data.train({"--algorithm", "ease", "--stage", "production"});
        data.train({"--algorithm", "ease"});
        data.train({"--algorithm", "popularity"});
    }
};

class ServerRolloutTest : public PreparedSuite<PreparedRollout> {
protected:
    ServerRolloutTest() : m_data(LifecycleDataDirectory::copyOf(prepared().data)) { start(); }

    void start() {
        m_recopsd.emplace(RecopsdOptions{.dataDirectory = m_data->path(),
                                         .arguments = {"--set", "serving.registry_poll_ms=100"}});
    }

    const std::string& url() const { return m_recopsd->url(); }

    HttpResponse post(const std::string& target, const nlohmann::json& body = nullptr,
                      const std::string& token = "") {
        return callApi(url(), "POST", target, token.empty() ? prepared().operatorToken : token,
                       body);
    }

    nlohmann::json rolloutStatus() {
        const HttpResponse response =
            httpRequest(url(), "GET", "/api/v1/rollout/status", {bearer(prepared().viewer)});
        EXPECT_EQ(response.status, 200u) << response.body;
        return response.json();
    }

    void startRollout(int candidate, double percent) {
        const HttpResponse started =
            post("/api/v1/rollout", {{"candidate_version", candidate}, {"percent", percent}});
        ASSERT_EQ(started.status, 202u) << started.body;
        ASSERT_TRUE(waitUntil([&] { return rolloutStatus()["candidate_serving"] == true; },
                              std::chrono::seconds(30)))
            << m_recopsd->standardError();
    }

    /// The version that answers @p user, from X-Model-Version.
    std::string servedTo(const std::string& user) {
        const HttpResponse response =
            httpRequest(url(), "GET", "/api/v1/recommend?user_id=" + user + "&k=5",
                        {bearer(prepared().client)});
        EXPECT_EQ(response.status, 200u) << response.body;
        return response.header("X-Model-Version");
    }

    /// Asks for every user's recommendations once; returns user -> version.
    std::map<std::string, std::string> serveEveryone() {
        std::map<std::string, std::string> served;
        for (std::size_t index = 0; index < kUsers; ++index) {
            served[generatedUser(index)] = servedTo(generatedUser(index));
        }
        return served;
    }

    bool everyoneServedBy(const std::string& tag) {
        return waitUntil(
            [&] {
                for (std::size_t index = 0; index < kUsers; index += 7) {
                    if (servedTo(generatedUser(index)) != tag) {
                        return false;
                    }
                }
                return true;
            },
            std::chrono::seconds(30));
    }

    static void expectProblem(const HttpResponse& response, unsigned status,
                              const std::string& type, const std::string& detail = "") {
        EXPECT_EQ(response.status, status) << response.body;
        const auto problem = nlohmann::json::parse(response.body, nullptr, false);
        EXPECT_EQ(problem.value("type", ""), "urn:recops:problem:" + type) << response.body;
        if (!detail.empty()) {
            EXPECT_THAT(problem.value("detail", ""), HasSubstr(detail)) << response.body;
        }
    }

    std::unique_ptr<LifecycleDataDirectory> m_data;
    std::optional<RecopsdProcess> m_recopsd;
};

TEST(ServerRolloutWithoutProductionTest, AStartNeedsAProductionVersion) {
    LifecycleDataDirectory data({.users = 300, .items = 200, .events = 12'000});
    data.train({"--algorithm", "popularity"});
    const std::string operatorToken = data.token("operator");
    RecopsdProcess recopsd(RecopsdOptions{.dataDirectory = data.path()});
    const HttpResponse refused = callApi(recopsd.url(), "POST", "/api/v1/rollout", operatorToken,
                                         {{"candidate_version", 1}, {"percent", 10}});
    EXPECT_EQ(refused.status, 409u) << refused.body;
    EXPECT_EQ(refused.json()["type"], "urn:recops:problem:conflict");
    EXPECT_THAT(refused.json()["detail"].get<std::string>(),
                HasSubstr("has no Production version to compare a candidate with"));
}

TEST_F(ServerRolloutTest, StartRequestsAreChecked) {
    expectProblem(post("/api/v1/rollout", {{"candidate_version", 1}, {"percent", 10}}), 400,
                  "invalid-request", "version 1 is the Production version");
    for (const nlohmann::json& percent :
         {nlohmann::json(150), nlohmann::json(-1), nlohmann::json("10"), nlohmann::json(nullptr)}) {
        expectProblem(post("/api/v1/rollout", {{"candidate_version", 2}, {"percent", percent}}),
                      400, "invalid-request", "percent must be a number from 0 to 100");
    }
    expectProblem(post("/api/v1/rollout", {{"candidate_version", "2"}, {"percent", 10}}), 400,
                  "invalid-request", "candidate_version must be a version number");
    expectProblem(post("/api/v1/rollout", {{"percent", 10}}), 400, "invalid-request",
                  "candidate_version must be a version number");
    expectProblem(
        post("/api/v1/rollout", {{"candidate_version", 2}, {"percent", 10}, {"arm", "b"}}), 400,
        "invalid-request", "unknown member \"arm\"");
    expectProblem(
        post("/api/v1/rollout", {{"model", "other"}, {"candidate_version", 2}, {"percent", 10}}),
        400, "invalid-request", "model must be \"default\"");
    expectProblem(post("/api/v1/rollout", {{"candidate_version", 9}, {"percent", 10}}), 404,
                  "not-found", "model default has no version 9");
    expectProblem(
        post("/api/v1/rollout", {{"candidate_version", 2}, {"percent", 10}}, prepared().viewer),
        403, "forbidden");
    expectProblem(post("/api/v1/rollout/promote"), 409, "conflict", "no rollout runs for default");
    expectProblem(post("/api/v1/rollout/abort"), 409, "conflict", "no rollout runs for default");
    EXPECT_EQ(rolloutStatus(), (nlohmann::json{{"model", "default"}, {"active", false}}));
}

TEST_F(ServerRolloutTest, UsersAreSplitStablyAndEachArmIsCounted) {
    const HttpResponse started =
        post("/api/v1/rollout", {{"candidate_version", 2}, {"percent", 30}});
    ASSERT_EQ(started.status, 202u) << started.body;
    EXPECT_EQ(started.json(), (nlohmann::json{{"model", "default"},
                                              {"production_version", 1},
                                              {"candidate_version", 2},
                                              {"percent", 30.0},
                                              {"status_url", "/api/v1/rollout/status"}}));
    ASSERT_TRUE(waitUntil([&] { return rolloutStatus()["candidate_serving"] == true; },
                          std::chrono::seconds(30)));

    const std::map<std::string, std::string> served = serveEveryone();
    std::map<std::string, int> perVersion;
    for (const auto& [user, tag] : served) {
        ++perVersion[tag];
    }
    ASSERT_EQ(perVersion.size(), 2u) << "only " << perVersion.begin()->first << " answered";
    // 30 % of 600 users is 180; four binomial standard deviations are 45.
    EXPECT_NEAR(perVersion["default@2"], 180, 45);
    EXPECT_EQ(perVersion["default@1"] + perVersion["default@2"], kUsers);
    // A user stays in the arm: asked again, each gets the same version.
    for (std::size_t index = 0; index < 100; ++index) {
        EXPECT_EQ(servedTo(generatedUser(index)), served.at(generatedUser(index)))
            << generatedUser(index);
    }

    // Engagement: clicks (and a like) from seven Production users and five candidate users,
    // plus views, which are not engagement.
    nlohmann::json events = nlohmann::json::array();
    int productionClicks = 0;
    int candidateClicks = 0;
    for (const auto& [user, tag] : served) {
        const bool candidate = tag == "default@2";
        if ((candidate ? candidateClicks : productionClicks) >= (candidate ? 5 : 7)) {
            continue;
        }
        ++(candidate ? candidateClicks : productionClicks);
        events.push_back({{"user_id", user}, {"item_id", "i1"}, {"type", "click"}});
        events.push_back({{"user_id", user}, {"item_id", "i2"}, {"type", "view"}});
    }
    ASSERT_EQ(productionClicks, 7);
    ASSERT_EQ(candidateClicks, 5);
    const HttpResponse ingested =
        callApi(url(), "POST", "/api/v1/events", prepared().client, events);
    ASSERT_EQ(ingested.status, 202u) << ingested.body;

    const nlohmann::json status = rolloutStatus();
    EXPECT_EQ(status["active"], true);
    EXPECT_EQ(status["candidate_version"], 2);
    EXPECT_EQ(status["percent"], 30.0);
    EXPECT_THAT(status["started_by"].get<std::string>(), StartsWith("operator (token "));
    EXPECT_TRUE(status["started_at"].is_string());
    EXPECT_TRUE(status["figures_since"].is_string());
    const auto& productionArm = status["arms"]["production"];
    const auto& candidateArm = status["arms"]["candidate"];
    EXPECT_EQ(productionArm["model_version"], "default@1");
    EXPECT_EQ(candidateArm["model_version"], "default@2");
    // Every recommendation above was counted on the arm that answered it.
    const int productionRequests = perVersion["default@1"] + [&] {
        int again = 0;
        for (std::size_t index = 0; index < 100; ++index) {
            again += served.at(generatedUser(index)) == "default@1" ? 1 : 0;
        }
        return again;
    }();
    const int candidateRequests = kUsers + 100 - productionRequests;
    EXPECT_EQ(productionArm["requests"], productionRequests);
    EXPECT_EQ(candidateArm["requests"], candidateRequests);
    EXPECT_EQ(productionArm["errors"], 0);
    EXPECT_EQ(candidateArm["error_rate"], 0.0);
    EXPECT_EQ(productionArm["engagements"], 7);
    EXPECT_EQ(candidateArm["engagements"], 5);
    EXPECT_DOUBLE_EQ(productionArm["click_through"].get<double>(), 7.0 / productionRequests);
    EXPECT_DOUBLE_EQ(candidateArm["click_through"].get<double>(), 5.0 / candidateRequests);
    for (const auto* arm : {&productionArm, &candidateArm}) {
        const auto& latency = (*arm)["latency_ms"];
        EXPECT_GT(latency["p50"].get<double>(), 0.0) << *arm;
        EXPECT_GE(latency["p95"].get<double>(), latency["p50"].get<double>()) << *arm;
        EXPECT_GE(latency["p99"].get<double>(), latency["p95"].get<double>()) << *arm;
    }

    // The rollout lives in the registry: after a restart the same users get the same arms.
    ASSERT_EQ(m_recopsd->stop(), 0);
    start();
    ASSERT_TRUE(waitUntil([&] { return rolloutStatus()["candidate_serving"] == true; },
                          std::chrono::seconds(30)));
    for (std::size_t index = 0; index < 100; ++index) {
        EXPECT_EQ(servedTo(generatedUser(index)), served.at(generatedUser(index)))
            << generatedUser(index);
    }
}

TEST_F(ServerRolloutTest, PromotingTheCandidateServesItToEveryone) {
    startRollout(2, 30);
    const HttpResponse promoted = post("/api/v1/rollout/promote");
    ASSERT_EQ(promoted.status, 200u) << promoted.body;
    EXPECT_EQ(promoted.json()["status"], "promoted");
    EXPECT_EQ(promoted.json()["version"]["version"], 2);
    EXPECT_EQ(promoted.json()["version"]["stage"], "Production");
    EXPECT_EQ(promoted.json()["gates"].size(), 6u);
    EXPECT_EQ(rolloutStatus()["active"], false);
    EXPECT_TRUE(everyoneServedBy("default@2")) << m_recopsd->standardError();

    const auto history = httpRequest(url(), "GET", "/api/v1/models/default/history?limit=1",
                                     {bearer(prepared().viewer)})
                             .json()["history"][0];
    EXPECT_EQ(history["version"], 2);
    EXPECT_EQ(history["to"], "Production");
    EXPECT_EQ(history["comment"], "promoted from a 30 % rollout");
}

TEST_F(ServerRolloutTest, ACandidateTheGatesRefuseStaysACandidateUnlessAnAdminForcesIt) {
    startRollout(3, 10);
    const HttpResponse refused = post("/api/v1/rollout/promote");
    expectProblem(refused, 422, "transition-refused");
    ASSERT_TRUE(refused.json()["gates"].is_array());
    EXPECT_EQ(refused.json()["gates"][0]["passed"], false);
    EXPECT_EQ(rolloutStatus()["active"], true);

    expectProblem(post("/api/v1/rollout/promote", {{"force", true}, {"comment", "try it"}}), 422,
                  "transition-refused", "needs the admin role");
    expectProblem(post("/api/v1/rollout/promote", {{"force", "yes"}}), 400, "invalid-request");

    const HttpResponse forced =
        post("/api/v1/rollout/promote", {{"force", true}, {"comment", "accepted risk"}},
             prepared().admin);
    ASSERT_EQ(forced.status, 200u) << forced.body;
    EXPECT_EQ(forced.json()["version"]["version"], 3);
    const auto history = httpRequest(url(), "GET", "/api/v1/models/default/history?limit=1",
                                     {bearer(prepared().viewer)})
                             .json()["history"][0];
    EXPECT_EQ(history["forced"], true);
    EXPECT_EQ(history["comment"], "accepted risk");
}

TEST_F(ServerRolloutTest, AbortingSendsEveryoneBackToProduction) {
    startRollout(2, 50);
    const HttpResponse aborted = post("/api/v1/rollout/abort");
    ASSERT_EQ(aborted.status, 200u) << aborted.body;
    EXPECT_EQ(aborted.json(), (nlohmann::json{{"status", "aborted"}, {"model", "default"}}));
    EXPECT_EQ(rolloutStatus()["active"], false);
    EXPECT_TRUE(everyoneServedBy("default@1")) << m_recopsd->standardError();
    expectProblem(post("/api/v1/rollout/abort"), 409, "conflict");
    // Nothing changed in the registry.
    const auto versions =
        httpRequest(url(), "GET", "/api/v1/models/default/versions", {bearer(prepared().viewer)})
            .json()["versions"];
    EXPECT_EQ(versions[1]["stage"], "None");  // version 2
    EXPECT_EQ(versions[2]["stage"], "Production");
}

}  // namespace
}  // namespace recops::testing
