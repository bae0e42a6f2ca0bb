// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// Drills against the real recopsd: a latency fault makes HighLatencyP95 fire and resolve
// once it expires, without blocking the event loop; an errors fault answers 503 problems;
// model_unavailable fails /readyz; every fault shows in /healthz and /metrics and expires.
#include "integration/support/child_process.h"
#include "integration/support/json_api.h"
#include "integration/support/recopsd_process.h"
#include "server/support/wait_until.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace recops::testing {
namespace {

using std::chrono::milliseconds;
using std::chrono::seconds;
using ::testing::HasSubstr;

/// Windows, evaluation and `for` durations short enough for a test; ServiceNotReady (no
/// model is ever loaded here) left out so that it does not stand in the way.
std::vector<std::string> quickMonitoring(std::vector<std::string> extra = {}) {
    std::vector<std::string> arguments{"--set", "monitoring.evaluation_interval_ms=100",
                                       "--set", "alerts.latency_window_s=2",
                                       "--set", "alerts.latency_for_s=1",
                                       "--set", "alerts.disabled=ServiceNotReady",
                                       "--set", "log.access=off"};
    arguments.insert(arguments.end(), extra.begin(), extra.end());
    return arguments;
}

class ServerDrillsTest : public ::testing::Test {
protected:
    ServerDrillsTest() : m_admin(createToken(m_scratch / "data", "admin", "drill-lead")) {}

    std::optional<nlohmann::json> findAlert(const JsonApi& api, const std::string& state,
                                            const std::string& rule) {
        // Held in a local: a range-for over a member of a temporary would outlive it.
        const nlohmann::json list = api.getJson("/api/v1/alerts?state=" + state);
        for (const nlohmann::json& alert : list["alerts"]) {
            if (alert["rule"] == rule) {
                return alert;
            }
        }
        return std::nullopt;
    }

    TemporaryDirectory m_scratch;
    std::string m_admin;
};

TEST_F(ServerDrillsTest, ALatencyDrillFiresHighLatencyP95ThenItResolvesOnceTheFaultExpires) {
    RecopsdProcess recopsd({.dataDirectory = m_scratch / "data", .arguments = quickMonitoring()});
    const JsonApi api(recopsd.url(), m_admin);
    const ApiTraffic traffic(api);

    const HttpResponse injected = api.post(
        "/api/v1/admin/faults", {{"kind", "latency"}, {"magnitude", 150}, {"duration_s", 3}});
    ASSERT_EQ(injected.status, 201u) << injected.body;
    const std::string faultId = injected.json()["id"];
    EXPECT_EQ(injected.header("Location"), "/api/v1/admin/faults/" + faultId);
    EXPECT_EQ(injected.json()["created_by"], "drill-lead");

    std::optional<nlohmann::json> firing;
    ASSERT_TRUE(
        waitUntil([&] { return (firing = findAlert(api, "firing", "HighLatencyP95")).has_value(); },
                  seconds(15)))
        << recopsd.standardError();
    EXPECT_EQ((*firing)["severity"], "warning");
    EXPECT_GT((*firing)["value"].get<double>(), 0.1);
    EXPECT_THAT((*firing)["summary"].get<std::string>(), HasSubstr("(threshold 100 ms)"));

    // The fault expires after 3 s; 2 s later the window holds only fast requests again.
    ASSERT_TRUE(waitUntil([&] { return findAlert(api, "resolved", "HighLatencyP95").has_value(); },
                          seconds(20)));
    const nlohmann::json resolved = *findAlert(api, "resolved", "HighLatencyP95");
    EXPECT_EQ(resolved["id"], (*firing)["id"]);
    EXPECT_FALSE(resolved["resolved_at"].is_null());
    EXPECT_FALSE(findAlert(api, "pending,firing", "HighLatencyP95").has_value());
    EXPECT_TRUE(api.getJson("/api/v1/admin/faults")["faults"].empty());

    const nlohmann::json history =
        api.getJson("/api/v1/alerts/history?alert=" + resolved["id"].get<std::string>());
    std::vector<std::string> kinds;
    for (const auto& event : history["events"]) {
        kinds.push_back(event["kind"]);
    }
    EXPECT_THAT(kinds, ::testing::ElementsAre("resolved", "firing", "pending"));
    // The housekeeping thread logs the expiry when it next sweeps: wait for it, with a deadline.
    EXPECT_TRUE(waitUntil([&] {
        return recopsd.standardError().find("\"message\":\"fault expired\"") != std::string::npos;
    })) << recopsd.standardError();
}

TEST_F(ServerDrillsTest, HeldRequestsDoNotBlockTheEventLoop) {
    // One event loop for every connection: a held API request must leave it free.
    RecopsdProcess recopsd({.dataDirectory = m_scratch / "data",
                            .arguments = quickMonitoring({"--set", "server.threads=1"})});
    const JsonApi api(recopsd.url(), m_admin);
    ASSERT_EQ(api.post("/api/v1/admin/faults",
                       {{"kind", "latency"}, {"magnitude", 1500}, {"duration_s", 30}})
                  .status,
              201u);
    std::atomic<bool> slowDone{false};
    std::chrono::steady_clock::duration slowTook{};
    std::thread slow([&] {
        const auto started = std::chrono::steady_clock::now();
        api.get("/api/v1/whoami");
        slowTook = std::chrono::steady_clock::now() - started;
        slowDone.store(true);
    });
    // While it is held, probes on other connections of the same loop are answered.
    std::size_t probesDuringHold = 0;
    const auto deadline = std::chrono::steady_clock::now() + seconds(10);
    while (!slowDone.load() && std::chrono::steady_clock::now() < deadline) {
        const auto started = std::chrono::steady_clock::now();
        EXPECT_EQ(httpRequest(recopsd.url(), "GET", "/healthz").status, 200u);
        EXPECT_LT(std::chrono::steady_clock::now() - started, milliseconds(500));
        ++probesDuringHold;
    }
    slow.join();
    EXPECT_GE(slowTook, milliseconds(1500));
    EXPECT_GT(probesDuringHold, 3u);
    // The fault endpoints are never held, so a drill can always be ended.
    EXPECT_EQ(api.remove("/api/v1/admin/faults").status, 204u);
}

TEST_F(ServerDrillsTest, AnErrorsDrillAnswersApiRequests503WithAProblem) {
    RecopsdProcess recopsd({.dataDirectory = m_scratch / "data", .arguments = quickMonitoring()});
    const JsonApi api(recopsd.url(), m_admin);
    const HttpResponse injected = api.post(
        "/api/v1/admin/faults", {{"kind", "errors"}, {"magnitude", 1}, {"duration_s", 60}});
    ASSERT_EQ(injected.status, 201u) << injected.body;

    const HttpResponse failed = api.get("/api/v1/whoami");
    EXPECT_EQ(failed.status, 503u);
    EXPECT_EQ(failed.header("Content-Type"), "application/problem+json");
    EXPECT_EQ(failed.header("Retry-After"), "1");
    EXPECT_EQ(failed.json()["type"], "urn:recops:problem:injected-fault");
    EXPECT_THAT(failed.json()["detail"].get<std::string>(),
                HasSubstr("fault " + injected.json()["id"].get<std::string>()));
    // Probes are not API requests, and the drill can be seen and ended.
    EXPECT_EQ(httpRequest(recopsd.url(), "GET", "/healthz").status, 200u);
    EXPECT_EQ(api.getJson("/api/v1/admin/faults")["faults"].size(), 1u);
    // A second errors fault while one is active is a conflict naming the first.
    const HttpResponse again = api.post(
        "/api/v1/admin/faults", {{"kind", "errors"}, {"magnitude", 0.5}, {"duration_s", 5}});
    EXPECT_EQ(again.status, 409u);
    EXPECT_THAT(again.json()["detail"].get<std::string>(),
                HasSubstr("fault " + injected.json()["id"].get<std::string>() +
                          " of kind errors is already active (until "));
    EXPECT_EQ(api.remove("/api/v1/admin/faults/" + injected.json()["id"].get<std::string>()).status,
              204u);
    EXPECT_EQ(api.get("/api/v1/whoami").status, 200u);
    EXPECT_EQ(api.remove("/api/v1/admin/faults/" + injected.json()["id"].get<std::string>()).status,
              404u);
}

TEST_F(ServerDrillsTest, ModelUnavailableFailsReadyzWithTheFaultAsTheReason) {
    RecopsdProcess recopsd({.dataDirectory = m_scratch / "data", .arguments = quickMonitoring()});
    const JsonApi api(recopsd.url(), m_admin);
    const HttpResponse injected =
        api.post("/api/v1/admin/faults", {{"kind", "model_unavailable"}, {"duration_s", 60}});
    ASSERT_EQ(injected.status, 201u) << injected.body;
    EXPECT_EQ(injected.json()["magnitude"], 1.0);
    const HttpResponse ready = httpRequest(recopsd.url(), "GET", "/readyz");
    EXPECT_EQ(ready.status, 503u);
    EXPECT_EQ(ready.json()["detail"], "no model loaded; model unavailable: injected fault " +
                                          injected.json()["id"].get<std::string>() + " until " +
                                          injected.json()["expires_at"].get<std::string>());
}

TEST_F(ServerDrillsTest, FaultsShowInHealthzAndMetricsAndAlwaysExpire) {
    RecopsdProcess recopsd({.dataDirectory = m_scratch / "data", .arguments = quickMonitoring()});
    const JsonApi api(recopsd.url(), m_admin);
    ASSERT_EQ(api.post("/api/v1/admin/faults", {{"kind", "cache_down"}, {"duration_s", 2}}).status,
              201u);
    ASSERT_EQ(api.post("/api/v1/admin/faults",
                       {{"kind", "slow_store"}, {"magnitude", 25}, {"duration_s", 2}})
                  .status,
              201u);
    const nlohmann::json health = httpRequest(recopsd.url(), "GET", "/healthz").json();
    ASSERT_EQ(health["faults"].size(), 2u);
    EXPECT_EQ(health["faults"][0]["kind"], "cache_down");
    EXPECT_EQ(health["faults"][1]["kind"], "slow_store");
    EXPECT_EQ(health["faults"][1]["magnitude"], 25.0);
    const std::string metrics = httpRequest(recopsd.url(), "GET", "/metrics").body;
    EXPECT_THAT(metrics, HasSubstr("fault_active{kind=\"cache_down\"} 1\n"));
    EXPECT_THAT(metrics, HasSubstr("fault_active{kind=\"slow_store\"} 1\n"));
    EXPECT_THAT(metrics, HasSubstr("fault_active{kind=\"latency\"} 0\n"));

    ASSERT_TRUE(waitUntil(
        [&] { return httpRequest(recopsd.url(), "GET", "/healthz").json()["faults"].empty(); },
        seconds(10)));
    EXPECT_THAT(httpRequest(recopsd.url(), "GET", "/metrics").body,
                HasSubstr("fault_active{kind=\"cache_down\"} 0\n"));
    EXPECT_TRUE(api.getJson("/api/v1/admin/faults")["faults"].empty());
}

TEST_F(ServerDrillsTest, OnlyAdminsInjectFaults) {
    const std::string operatorToken = createToken(m_scratch / "data", "operator", "op");
    RecopsdProcess recopsd({.dataDirectory = m_scratch / "data", .arguments = quickMonitoring()});
    const HttpResponse refused =
        JsonApi(recopsd.url(), operatorToken)
            .post("/api/v1/admin/faults",
                  {{"kind", "latency"}, {"magnitude", 5}, {"duration_s", 5}});
    EXPECT_EQ(refused.status, 403u);
    EXPECT_EQ(refused.json()["detail"], "this route needs the admin role; the token has operator");
}

}  // namespace
}  // namespace recops::testing
