// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// recopsd as a Type=notify service: the real recopsd, started with NOTIFY_SOCKET pointing at a
// datagram socket of the test, the way systemd starts it, must say READY=1 once it serves and
// STOPPING=1 when SIGTERM arrives; and a socket that cannot be reached must not stop it.
#include "integration/support/http_client.h"
#include "integration/support/recopsd_process.h"
#include "packaging/notify_socket.h"
#include "server/support/wait_until.h"

#include <chrono>
#include <csignal>
#include <string>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace recops::testing {
namespace {

using ::testing::HasSubstr;
using namespace std::chrono_literals;

TEST(SystemdNotifyTest, SaysReadyOnceServingAndStoppingOnSigterm) {
    TemporaryDirectory scratch;
    NotifySocket manager(scratch / "notify");
    RecopsdProcess recopsd({.environment = {{"NOTIFY_SOCKET", manager.path().string()}}});

    const auto ready = manager.receive(20s);
    ASSERT_TRUE(ready) << recopsd.standardError();
    EXPECT_THAT(*ready, HasSubstr("READY=1"));
    EXPECT_THAT(*ready, HasSubstr("STATUS=serving on " + recopsd.url()));
    // Ready means the store is open and requests are answered, not merely that it started.
    const HttpResponse health = httpRequest(recopsd.url(), "GET", "/healthz");
    EXPECT_EQ(health.status, 200u);
    EXPECT_EQ(health.json().at("store").at("status"), "ok");
    EXPECT_FALSE(manager.receive(0ms)) << "only one notification until stopped";

    recopsd.sendSignal(SIGTERM);
    const auto stopping = manager.receive(20s);
    ASSERT_TRUE(stopping) << recopsd.standardError();
    EXPECT_THAT(*stopping, HasSubstr("STOPPING=1"));
    EXPECT_EQ(recopsd.waitForExit(30s), 0);
}

TEST(SystemdNotifyTest, ServesWhenTheNotificationSocketIsGone) {
    TemporaryDirectory scratch;
    RecopsdProcess recopsd(
        {.environment = {{"NOTIFY_SOCKET", (scratch / "no-such-socket").string()}}});

    EXPECT_EQ(httpRequest(recopsd.url(), "GET", "/healthz").status, 200u);
    EXPECT_TRUE(waitUntil([&] {
        return recopsd.standardError().find("cannot notify systemd") != std::string::npos;
    })) << recopsd.standardError();
    EXPECT_EQ(recopsd.stop(), 0);
}

}  // namespace
}  // namespace recops::testing
