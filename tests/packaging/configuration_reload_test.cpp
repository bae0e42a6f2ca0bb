// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// SIGHUP, which recopsd.service's ExecReload sends: the real recopsd re-reads its --config
// file and applies log.level and log.access while a keep-alive connection stays open, reports
// changed settings that need a restart, keeps its running configuration when the file became
// invalid, and reopens a rotated access log. Each reload is observed the way systemd observes
// it, RELOADING=1 then READY=1 on the notification socket, so no test guesses when it ended.
#include "integration/support/http_client.h"
#include "integration/support/recopsd_process.h"
#include "packaging/notify_socket.h"
#include "server/support/wait_until.h"

#include <chrono>
#include <csignal>
#include <filesystem>
#include <string>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace recops::testing {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using namespace std::chrono_literals;

class ConfigurationReloadTest : public ::testing::Test {
protected:
    /// Starts recopsd on @p configuration (the contents of its --config file).
    void start(const std::string& configuration) {
        m_configFile = m_scratch.write("recopsd.toml", configuration);
        m_recopsd.emplace(RecopsdOptions{
            .arguments = {"--config", m_configFile.string()},
            .environment = {{"NOTIFY_SOCKET", m_manager.path().string()}},
        });
        ASSERT_TRUE(m_manager.receiveUntil("READY=1", 20s)) << m_recopsd->standardError();
    }

    /// Rewrites the file, sends SIGHUP, and returns the READY=1 notification that ends the
    /// reload (its STATUS says what was applied).
    std::string reload(const std::string& configuration) {
        m_scratch.write("recopsd.toml", configuration);
        return reloadUnchanged();
    }

    std::string reloadUnchanged() {
        m_recopsd->sendSignal(SIGHUP);
        const auto reloading = m_manager.receiveUntil("RELOADING=1", 20s);
        EXPECT_TRUE(reloading) << m_recopsd->standardError();
        const auto ready = m_manager.receiveUntil("READY=1", 20s);
        EXPECT_TRUE(ready) << m_recopsd->standardError();
        return ready.value_or("");
    }

    /// Whether @p file comes to contain @p text (the access log is flushed every 200 ms).
    static bool eventuallyContains(const std::filesystem::path& file, const std::string& text) {
        return waitUntil([&] {
            return std::filesystem::exists(file) && readFile(file).find(text) != std::string::npos;
        });
    }

    TemporaryDirectory m_scratch;
    NotifySocket m_manager{m_scratch / "notify"};
    std::filesystem::path m_configFile;
    std::optional<RecopsdProcess> m_recopsd;
};

TEST_F(ConfigurationReloadTest, AppliesLogLevelAndAccessLogOnAnOpenConnection) {
    const auto firstLog = m_scratch / "first.log";
    const auto secondLog = m_scratch / "second.log";
    start("[log]\nlevel = \"info\"\naccess = \"" + firstLog.string() + "\"\n");
    HttpConnection connection(m_recopsd->url());
    ASSERT_EQ(connection.request("GET", "/healthz", {{"X-Request-Id", "before-reload"}}).status,
              200u);
    ASSERT_TRUE(eventuallyContains(firstLog, "before-reload"));

    const std::string ready =
        reload("[log]\nlevel = \"warning\"\naccess = \"" + secondLog.string() + "\"\n");
    EXPECT_THAT(ready, HasSubstr("reloaded: log.access, log.level"));
    EXPECT_THAT(ready, Not(HasSubstr("restart needed")));

    // The same keep-alive connection goes on being served, and logged to the new file only.
    const HttpResponse after =
        connection.request("GET", "/healthz", {{"X-Request-Id", "after-reload"}});
    EXPECT_EQ(after.status, 200u);
    EXPECT_TRUE(after.keepAlive);
    EXPECT_TRUE(eventuallyContains(secondLog, "after-reload"));
    EXPECT_THAT(readFile(firstLog), Not(HasSubstr("after-reload")));

    // At level warning the info lines of the stop are no longer written.
    EXPECT_EQ(m_recopsd->stop(), 0);
    const std::string log = m_recopsd->standardError();
    EXPECT_THAT(log, HasSubstr("reloading the configuration"));
    EXPECT_THAT(log, Not(HasSubstr("shutting down")));
    EXPECT_THAT(log, Not(HasSubstr("recopsd stopped")));
}

TEST_F(ConfigurationReloadTest, ReportsChangedSettingsThatNeedARestart) {
    start("[server]\nthreads = 2\nmax_body_bytes = 4096\n");

    const std::string ready = reload("[server]\nthreads = 3\nmax_body_bytes = 8192\n");
    EXPECT_THAT(ready, HasSubstr("reloaded: none; restart needed for: server.threads, "
                                 "server.max_body_bytes"));
    EXPECT_THAT(m_recopsd->standardError(),
                HasSubstr("\"settings\":\"server.threads, server.max_body_bytes\""));

    // The running value stays: a 6000-byte body is still too large.
    EXPECT_EQ(
        httpRequest(m_recopsd->url(), "POST", "/api/v1/tokens", {}, std::string(6000, 'x')).status,
        413u);
    EXPECT_EQ(m_recopsd->stop(), 0);
}

TEST_F(ConfigurationReloadTest, KeepsTheRunningConfigurationWhenTheFileIsInvalid) {
    start("[log]\nlevel = \"info\"\n");

    const std::string failed = reload("[log]\nlevel = \"loud\"\n[server]\nthreads = \"many\"\n");
    EXPECT_THAT(failed, HasSubstr("reload failed: the configuration has 2 problem(s)"));
    const std::string log = m_recopsd->standardError();
    EXPECT_THAT(log, HasSubstr("configuration reload failed; the running configuration stays"));
    EXPECT_THAT(log, HasSubstr("server.threads: expected integer"));
    EXPECT_EQ(httpRequest(m_recopsd->url(), "GET", "/healthz").status, 200u);

    // Once the file is fixed, the next reload applies it.
    EXPECT_THAT(reload("[log]\nlevel = \"error\"\n"), HasSubstr("reloaded: log.level"));
    EXPECT_EQ(m_recopsd->stop(), 0);
    EXPECT_THAT(m_recopsd->standardError(), Not(HasSubstr("shutting down")));
}

TEST_F(ConfigurationReloadTest, ReopensARotatedAccessLog) {
    const auto accessLog = m_scratch / "access.log";
    const auto rotated = m_scratch / "access.log.1";
    start("[log]\naccess = \"" + accessLog.string() + "\"\n");
    ASSERT_EQ(httpRequest(m_recopsd->url(), "GET", "/healthz", {{"X-Request-Id", "first"}}).status,
              200u);
    ASSERT_TRUE(eventuallyContains(accessLog, "first"));

    // What logrotate does: rename the file, then ask the server to reopen it.
    std::filesystem::rename(accessLog, rotated);
    EXPECT_THAT(reloadUnchanged(), HasSubstr("reloaded: log.access"));
    ASSERT_EQ(httpRequest(m_recopsd->url(), "GET", "/healthz", {{"X-Request-Id", "second"}}).status,
              200u);
    EXPECT_TRUE(eventuallyContains(accessLog, "second"));
    EXPECT_THAT(readFile(rotated), Not(HasSubstr("second")));
    EXPECT_EQ(m_recopsd->stop(), 0);
}

}  // namespace
}  // namespace recops::testing
