// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// The rolling windows of the real recopsd: what they count (API requests, not probes), the
// SLO report and the history they answer, and that they survive a graceful restart and, up to
// the last checkpoint, a crash. The scrape with the new metrics still passes promtool.
#include "integration/support/child_process.h"
#include "integration/support/json_api.h"
#include "integration/support/recopsd_process.h"
#include "server/support/wait_until.h"

#include <ctime>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace recops::testing {
namespace {

using std::chrono::seconds;
using ::testing::HasSubstr;

/// @p ago before now as RFC 3339, the way a client writes it.
std::string timestampAgo(std::chrono::seconds ago) {
    const std::time_t time =
        std::chrono::system_clock::to_time_t(std::chrono::system_clock::now() - ago);
    std::tm utc{};
    gmtime_r(&time, &utc);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return buffer;
}

class ServerWindowsTest : public ::testing::Test {
protected:
    ServerWindowsTest() : m_admin(createToken(m_scratch / "data", "admin", "sre")) {}

    RecopsdOptions options(std::vector<std::string> extra = {}) {
        std::vector<std::string> arguments{"--set", "log.access=off"};
        arguments.insert(arguments.end(), extra.begin(), extra.end());
        return RecopsdOptions{.dataDirectory = m_scratch / "data", .arguments = arguments};
    }

    /// The SLO named @p name from GET /api/v1/slo.
    static nlohmann::json slo(const JsonApi& api, const std::string& name) {
        const nlohmann::json report = api.getJson("/api/v1/slo");
        for (const nlohmann::json& entry : report["slos"]) {
            if (entry["name"] == name) {
                return entry;
            }
        }
        ADD_FAILURE() << "no SLO " << name;
        return {};
    }

    /// @p count API requests that answer @p status (200 whoami, 404 unknown token id).
    void send(const JsonApi& api, int count, const std::string& target) {
        for (int i = 0; i < count; ++i) {
            api.get(target);
        }
    }

    TemporaryDirectory m_scratch;
    std::string m_admin;
};

TEST_F(ServerWindowsTest, TheSloReportCountsApiRequestsButNotProbes) {
    RecopsdProcess recopsd(options());
    const JsonApi api(recopsd.url(), m_admin);
    send(api, 18, "/api/v1/whoami");
    send(api, 2, "/api/v1/tokens/0123456789abcdef");  // 404
    for (int i = 0; i < 5; ++i) {
        httpRequest(recopsd.url(), "GET", "/healthz");
        httpRequest(recopsd.url(), "GET", "/metrics");
    }
    // The 20 requests, and not the probes nor this first GET /api/v1/slo, still in flight.
    const nlohmann::json availability = slo(api, "availability");
    EXPECT_EQ(availability["requests"], 20);
    EXPECT_EQ(availability["sli"], 1.0);
    EXPECT_EQ(availability["objective"], 0.999);
    EXPECT_EQ(availability["error_budget_remaining"], 1.0);
    EXPECT_EQ(availability["met"], true);
    EXPECT_EQ(availability["window_s"], 30 * 86400);
    ASSERT_EQ(availability["burn_rates"].size(), 3u);
    EXPECT_EQ(availability["burn_rates"][0]["windows"], "1h/5m");
    EXPECT_EQ(availability["burn_rates"][0]["long"], 0.0);

    const nlohmann::json latency = slo(api, "latency_p95");
    EXPECT_EQ(latency["latency_threshold_ms"], 100.0);
    EXPECT_EQ(latency["percentile"], 0.95);
    EXPECT_LT(latency["sli"].get<double>(), 0.1);

    const nlohmann::json history =
        api.getJson("/api/v1/metrics/history?series=error_rate_4xx&step=3600");
    EXPECT_EQ(history["unit"], "ratio");
    EXPECT_EQ(history["step_s"], 3600);
    EXPECT_EQ(history["resolution_s"], 1);
    ASSERT_EQ(history["points"].size(), 1u);
    // 2 of the 22 API requests so far (20 plus the two GET /api/v1/slo) were 404.
    EXPECT_NEAR(history["points"][0]["v"].get<double>(), 2.0 / 22.0, 1e-12);
}

TEST_F(ServerWindowsTest, ServerErrorsSpendTheErrorBudget) {
    RecopsdProcess recopsd(options());
    const JsonApi api(recopsd.url(), m_admin);
    send(api, 8, "/api/v1/whoami");
    ASSERT_EQ(
        api.post("/api/v1/admin/faults", {{"kind", "errors"}, {"magnitude", 1}, {"duration_s", 60}})
            .status,
        201u);
    send(api, 2, "/api/v1/whoami");  // 503
    ASSERT_EQ(api.remove("/api/v1/admin/faults").status, 204u);
    // 12 requests counted (the POST and DELETE of the fault included): 2 failed.
    const nlohmann::json availability = slo(api, "availability");
    EXPECT_EQ(availability["requests"], 12);
    EXPECT_NEAR(availability["sli"].get<double>(), 10.0 / 12.0, 1e-12);
    // (2/12) / 0.001 budgets spent: 1 - 166.67.
    EXPECT_NEAR(availability["error_budget_remaining"].get<double>(), 1.0 - (2.0 / 12.0) / 0.001,
                1e-6);
    EXPECT_EQ(availability["met"], false);
    const nlohmann::json errors = slo(api, "error_rate");
    EXPECT_NEAR(errors["sli"].get<double>(), 2.0 / 13.0, 1e-12);
}

TEST_F(ServerWindowsTest, WindowsSurviveAGracefulRestart) {
    {
        RecopsdProcess recopsd(options());
        const JsonApi api(recopsd.url(), m_admin);
        send(api, 25, "/api/v1/whoami");
        send(api, 3, "/api/v1/tokens/0123456789abcdef");
        EXPECT_EQ(recopsd.stop(), 0);
    }
    RecopsdProcess recopsd(options());
    const JsonApi api(recopsd.url(), m_admin);
    EXPECT_EQ(slo(api, "availability")["requests"], 28);
    const nlohmann::json history =
        api.getJson("/api/v1/metrics/history?series=request_rate&step=600");
    double requests = 0.0;
    for (const nlohmann::json& point : history["points"]) {
        requests += point["v"].get<double>() * 600.0;
    }
    // The 28, plus the GET /api/v1/slo above.
    EXPECT_NEAR(requests, 29.0, 1e-9);
}

TEST_F(ServerWindowsTest, ACrashLosesOnlyWhatCameAfterTheLastCheckpoint) {
    const auto database = m_scratch / "data" / "recops.db";
    {
        RecopsdProcess recopsd(options({"--set", "monitoring.checkpoint_interval_s=1"}));
        const JsonApi api(recopsd.url(), m_admin);
        send(api, 40, "/api/v1/whoami");
        // Wait for a checkpoint to hold all 40, read with the sqlite3 shell as an operator would.
        ASSERT_TRUE(waitUntil([&] {
            const CommandResult sum =
                runCommand(requiredEnvironment("SQLITE3"),
                           {database.string(),
                            "SELECT coalesce(sum(requests), 0) FROM metric_window_buckets WHERE "
                            "resolution_s = 1"});
            return sum.standardOutput == "40\n";
        }));
        recopsd.stop(SIGKILL);
    }
    RecopsdProcess recopsd(options());
    EXPECT_EQ(slo(JsonApi(recopsd.url(), m_admin), "availability")["requests"], 40);
}

TEST_F(ServerWindowsTest, RangesReachingPastTheLastHourAreReadPerMinute) {
    RecopsdProcess recopsd(options());
    const JsonApi api(recopsd.url(), m_admin);
    const std::string twoHoursAgo = timestampAgo(seconds(7200));
    const HttpResponse fine =
        api.get("/api/v1/metrics/history?series=availability&step=30&from=" + twoHoursAgo);
    EXPECT_EQ(fine.status, 400u);
    EXPECT_THAT(fine.json()["detail"].get<std::string>(),
                HasSubstr("query parameter step: must be a multiple of 60 s for a range reaching "
                          "back past "));
    const nlohmann::json minutes =
        api.getJson("/api/v1/metrics/history?series=availability&step=600&from=" + twoHoursAgo);
    EXPECT_EQ(minutes["resolution_s"], 60);
    // The start is put on the minute the data is kept by.
    EXPECT_THAT(minutes["from"].get<std::string>(), ::testing::EndsWith(":00.000Z"));
    // Two hours (plus the part minute the start moved back, plus the current second) in
    // steps of 10 minutes: 12 whole steps and a last, shorter one.
    EXPECT_EQ(minutes["points"].size(), 13u);

    const HttpResponse tooMany =
        api.get("/api/v1/metrics/history?series=availability&step=60&from=" +
                timestampAgo(seconds(29 * 86400)));
    EXPECT_EQ(tooMany.status, 400u);
    EXPECT_THAT(tooMany.json()["detail"].get<std::string>(),
                ::testing::MatchesRegex("query parameter step: the range holds 4176[01] points at "
                                        "this step; at most 11000 are answered"));
}

TEST_F(ServerWindowsTest, TheScrapeWithTheMonitoringMetricsPassesPromtool) {
    RecopsdProcess recopsd(options());
    const JsonApi api(recopsd.url(), m_admin);
    ASSERT_EQ(api.post("/api/v1/admin/faults", {{"kind", "cache_down"}, {"duration_s", 30}}).status,
              201u);
    send(api, 3, "/api/v1/slo");
    const std::string text = httpRequest(recopsd.url(), "GET", "/metrics").body;
    EXPECT_THAT(text, HasSubstr("# TYPE fault_active gauge\n"));
    EXPECT_THAT(text, HasSubstr("# TYPE recommendation_cache_lookups_total counter\n"));
    EXPECT_THAT(text, HasSubstr("recommendation_cache_lookups_total{outcome=\"miss\"} 0\n"));
    const CommandResult promtool = checkMetricsWithPromtool(text);
    EXPECT_EQ(promtool.exitCode, 0) << promtool.standardOutput << promtool.standardError;
    EXPECT_EQ(promtool.standardOutput + promtool.standardError, "") << "promtool has remarks";
}

}  // namespace
}  // namespace recops::testing
