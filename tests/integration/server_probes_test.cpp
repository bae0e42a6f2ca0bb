// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// /healthz, /readyz and /metrics of the real recopsd, the metrics checked by Prometheus' own
// promtool.
#include "integration/support/child_process.h"
#include "integration/support/http_client.h"
#include "integration/support/recopsd_process.h"
#include "server/support/wait_until.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace recops::testing {
namespace {

using ::testing::HasSubstr;
using ::testing::UnorderedElementsAre;

class ServerProbesTest : public ::testing::Test {
protected:
    RecopsdProcess m_recopsd;
};

std::vector<std::string> keysOf(const nlohmann::json& object) {
    std::vector<std::string> keys;
    for (const auto& [key, value] : object.items()) {
        keys.push_back(key);
    }
    return keys;
}

TEST_F(ServerProbesTest, HealthzDescribesTheRunningServer) {
    const HttpResponse response = httpRequest(m_recopsd.url(), "GET", "/healthz");
    ASSERT_EQ(response.status, 200u);
    EXPECT_EQ(response.header("Content-Type"), "application/json");
    EXPECT_EQ(response.header("X-Request-Id").size(), 32u);

    const auto health = response.json();
    EXPECT_THAT(keysOf(health), UnorderedElementsAre("status", "version", "uptime_seconds", "model",
                                                     "model_load_failure", "store", "faults"));
    EXPECT_EQ(health["status"], "healthy");
    EXPECT_EQ(health["version"], requiredEnvironment("RECOPS_VERSION"));
    EXPECT_GE(health["uptime_seconds"].get<double>(), 0.0);
    EXPECT_TRUE(health["model"].is_null());
    EXPECT_TRUE(health["model_load_failure"].is_null());
    EXPECT_EQ(health["store"]["backend"], "sqlite");
    EXPECT_EQ(health["store"]["status"], "ok");
    EXPECT_GE(health["store"]["schema_version"].get<int>(), 1);
    EXPECT_EQ(health["faults"], nlohmann::json::array());
}

TEST_F(ServerProbesTest, UptimeGrows) {
    const double first = httpRequest(m_recopsd.url(), "GET", "/healthz").json()["uptime_seconds"];
    EXPECT_TRUE(waitUntil([&] {
        return httpRequest(m_recopsd.url(), "GET", "/healthz")
                   .json()["uptime_seconds"]
                   .get<double>() > first;
    }));
}

TEST_F(ServerProbesTest, ReadyzSaysNoModelIsLoaded) {
    const HttpResponse response = httpRequest(m_recopsd.url(), "GET", "/readyz");
    EXPECT_EQ(response.status, 503u);
    EXPECT_EQ(response.header("Content-Type"), "application/problem+json");
    const auto problem = response.json();
    EXPECT_EQ(problem["type"], "urn:recops:problem:not-ready");
    EXPECT_EQ(problem["status"], 503);
    EXPECT_EQ(problem["detail"], "no model loaded");
    EXPECT_EQ(problem["request_id"], response.header("X-Request-Id"));
}

TEST_F(ServerProbesTest, HeadGetsTheHeadersWithoutTheBody) {
    const HttpResponse get = httpRequest(m_recopsd.url(), "GET", "/healthz");
    HttpConnection connection(m_recopsd.url());
    connection.sendRaw("HEAD /healthz HTTP/1.1\r\nHost: test\r\nConnection: close\r\n\r\n");
    const std::string head = connection.readUntilClosed();
    EXPECT_TRUE(head.starts_with("HTTP/1.1 200 OK\r\n")) << head;
    // Same Content-Length as the GET (the body's size may differ by the uptime's digits).
    EXPECT_THAT(head, HasSubstr("Content-Length: "));
    EXPECT_TRUE(head.ends_with("\r\n\r\n")) << "a body followed the headers: " << head;
    EXPECT_FALSE(get.body.empty());
}

TEST_F(ServerProbesTest, MetricsPassPromtoolAndCountRequestsByRouteTemplate) {
    for (int i = 0; i < 3; ++i) {
        ASSERT_EQ(httpRequest(m_recopsd.url(), "GET", "/healthz").status, 200u);
    }
    httpRequest(m_recopsd.url(), "GET", "/no/such/path");
    httpRequest(m_recopsd.url(), "GET", "/api/v1/tokens/0123456789abcdef");

    const HttpResponse response = httpRequest(m_recopsd.url(), "GET", "/metrics");
    ASSERT_EQ(response.status, 200u);
    EXPECT_EQ(response.header("Content-Type"), "text/plain; version=0.0.4; charset=utf-8");
    const std::string& text = response.body;

    const CommandResult promtool = checkMetricsWithPromtool(text);
    EXPECT_EQ(promtool.exitCode, 0) << promtool.standardOutput << promtool.standardError;
    EXPECT_EQ(promtool.standardOutput + promtool.standardError, "") << "promtool has remarks";

    EXPECT_THAT(
        text,
        HasSubstr("http_requests_total{method=\"GET\",route=\"/healthz\",status=\"200\"} 3\n"));
    EXPECT_THAT(
        text,
        HasSubstr("http_requests_total{method=\"GET\",route=\"unmatched\",status=\"404\"} 1\n"));
    EXPECT_THAT(text, HasSubstr("http_requests_total{method=\"GET\",route=\"/api/v1/tokens/"
                                "{id}\",status=\"401\"} 1\n"));
    EXPECT_THAT(text, HasSubstr("http_request_duration_seconds_count{route=\"/healthz\"} 3\n"));
    EXPECT_THAT(
        text,
        HasSubstr("http_request_duration_seconds_bucket{route=\"/healthz\",le=\"+Inf\"} 3\n"));
    EXPECT_THAT(text, HasSubstr("recopsd_build_info{version=\"" +
                                requiredEnvironment("RECOPS_VERSION") + "\"} 1\n"));
    for (const char* name : {"process_cpu_seconds_total", "process_resident_memory_bytes",
                             "process_virtual_memory_bytes", "process_open_fds", "process_max_fds",
                             "process_start_time_seconds"}) {
        const auto sample = text.find(std::string("\n") + name + " ");
        ASSERT_NE(sample, std::string::npos) << name;
        EXPECT_GE(std::stod(text.substr(sample + std::string(name).size() + 2)), 0.0) << name;
    }
}

}  // namespace
}  // namespace recops::testing
