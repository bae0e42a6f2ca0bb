// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// What recopsd does with connections: keep-alive, the read deadline, and graceful shutdown
// with a request in flight.
#include "integration/support/child_process.h"
#include "integration/support/http_client.h"
#include "integration/support/recopsd_process.h"
#include "server/support/wait_until.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace recops::testing {
namespace {

using ::testing::HasSubstr;

TEST(ServerConnectionTest, KeepsAConnectionAliveForSeveralRequests) {
    RecopsdProcess recopsd;
    HttpConnection connection(recopsd.url());
    for (int request = 0; request < 5; ++request) {
        const HttpResponse response = connection.request("GET", "/healthz");
        EXPECT_EQ(response.status, 200u);
        EXPECT_TRUE(response.keepAlive);
        EXPECT_FALSE(response.hasHeader("Connection"));
    }
    // The connection is still open: the server did not close it after any of them.
    EXPECT_FALSE(connection.closedByServerWithin(std::chrono::milliseconds(200)));
}

TEST(ServerConnectionTest, ClosesWhenTheClientAsksTo) {
    RecopsdProcess recopsd;
    HttpConnection connection(recopsd.url());
    const HttpResponse response = connection.request("GET", "/healthz", {{"Connection", "close"}});
    EXPECT_EQ(response.status, 200u);
    EXPECT_FALSE(response.keepAlive);
    EXPECT_TRUE(connection.closedByServerWithin(std::chrono::seconds(5)));
}

TEST(ServerConnectionTest, CutsOffAClientThatSendsHalfARequest) {
    RecopsdProcess recopsd(RecopsdOptions{.arguments = {"--set", "server.read_timeout_ms=300"}});
    HttpConnection connection(recopsd.url());
    connection.sendRaw("GET /healthz HTTP/1.1\r\nHost: test\r\n");  // no blank line: unfinished
    EXPECT_TRUE(connection.closedByServerWithin(std::chrono::seconds(10)));
    // The server is still fine for everyone else.
    EXPECT_EQ(httpRequest(recopsd.url(), "GET", "/healthz").status, 200u);
}

TEST(ServerConnectionTest, ClosesAnIdleKeepAliveConnectionAfterTheReadTimeout) {
    RecopsdProcess recopsd(RecopsdOptions{.arguments = {"--set", "server.read_timeout_ms=300"}});
    HttpConnection connection(recopsd.url());
    ASSERT_EQ(connection.request("GET", "/healthz").status, 200u);
    EXPECT_TRUE(connection.closedByServerWithin(std::chrono::seconds(10)));
}

TEST(ServerConnectionTest, ShutdownFinishesTheRequestInFlightClosesIdleOnesAndExitsZero) {
    const std::string admin = "rcp_00000000000000a0_" + std::string(64, 'a');
    const std::string body = R"({"role": "viewer", "name": "created during shutdown"})";
    // A long read timeout: the idle connection must close because of the shutdown, not it.
    RecopsdProcess recopsd(
        RecopsdOptions{.arguments = {"--set", "server.read_timeout_ms=60000"},
                       .environment = {{"RECOPSD_AUTH_BOOTSTRAP_ADMIN_TOKEN", admin}}});

    HttpConnection idle(recopsd.url());
    ASSERT_EQ(idle.request("GET", "/healthz").status, 200u);

    // The request in flight: its header is sent, and the 100 Continue proves the server has
    // read it and waits for the body, before the signal is sent.
    HttpConnection inFlight(recopsd.url());
    inFlight.sendRaw(
        "POST /api/v1/tokens HTTP/1.1\r\nHost: test\r\nAuthorization: Bearer " + admin +
        "\r\nContent-Type: application/json\r\nExpect: 100-continue\r\nContent-Length: " +
        std::to_string(body.size()) + "\r\n\r\n");
    ASSERT_EQ(inFlight.readResponse().status, 100u);

    recopsd.sendSignal(SIGTERM);

    EXPECT_TRUE(idle.closedByServerWithin(std::chrono::seconds(10)));
    EXPECT_TRUE(waitUntil([&] { return connectionRefused(recopsd.url()); })) << "still accepting";
    EXPECT_FALSE(recopsd.waitForExit(std::chrono::milliseconds(0)))
        << "exited with a request in flight";

    inFlight.sendRaw(body);
    const HttpResponse created = inFlight.readResponse();
    EXPECT_EQ(created.status, 201u) << created.body;
    EXPECT_EQ(created.json()["name"], "created during shutdown");
    EXPECT_FALSE(created.keepAlive);

    const auto exitCode = recopsd.waitForExit(std::chrono::seconds(20));
    ASSERT_TRUE(exitCode) << "recopsd did not exit";
    EXPECT_EQ(*exitCode, 0);
    EXPECT_THAT(recopsd.standardError(), HasSubstr("\"signal\":\"SIGTERM\""));
    EXPECT_THAT(recopsd.standardError(), HasSubstr("recopsd stopped"));
}

TEST(ServerConnectionTest, SigintStopsCleanlyToo) {
    RecopsdProcess recopsd;
    ASSERT_EQ(httpRequest(recopsd.url(), "GET", "/healthz").status, 200u);
    EXPECT_EQ(recopsd.stop(SIGINT), 0);
    EXPECT_THAT(recopsd.standardError(), HasSubstr("\"signal\":\"SIGINT\""));
}

TEST(ServerConnectionTest, TheShutdownTimeoutBoundsARequestThatNeverCompletes) {
    RecopsdProcess recopsd(RecopsdOptions{.arguments = {"--set", "server.shutdown_timeout_ms=300",
                                                        "--set", "server.read_timeout_ms=60000"}});
    HttpConnection stuck(recopsd.url());
    stuck.sendRaw(
        "POST /api/v1/tokens HTTP/1.1\r\nHost: t\r\nContent-Length: 10\r\nExpect: "
        "100-continue\r\n\r\n");
    ASSERT_EQ(stuck.readResponse().status, 100u);
    // The body never comes: the grace period, not the 60 s read timeout, ends the wait.
    const auto started = std::chrono::steady_clock::now();
    EXPECT_EQ(recopsd.stop(SIGTERM, std::chrono::seconds(20)), 0);
    EXPECT_LT(std::chrono::steady_clock::now() - started, std::chrono::seconds(30));
    EXPECT_TRUE(stuck.closedByServerWithin(std::chrono::seconds(5)));
}

}  // namespace
}  // namespace recops::testing
