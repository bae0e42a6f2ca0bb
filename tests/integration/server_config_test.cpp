// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// recopsd's command line and configuration as an operator meets them: bad settings stop the
// start with a precise message, config show redacts secrets, --help and --version are whole,
// and docs/server.md holds the current settings table.
#include "integration/support/child_process.h"
#include "integration/support/http_client.h"
#include "integration/support/recopsd_process.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace recops::testing {
namespace {

using ::testing::AllOf;
using ::testing::HasSubstr;
using ::testing::Not;

class ServerConfigTest : public ::testing::Test {
protected:
    CommandResult serve(std::vector<std::string> extra,
                        std::map<std::string, std::string> environment = {}) {
        std::vector<std::string> arguments{"serve", "--data-dir", (m_scratch / "data").string(),
                                           "--listen", "127.0.0.1:0"};
        arguments.insert(arguments.end(), extra.begin(), extra.end());
        return runRecopsd(arguments, environment);
    }

    TemporaryDirectory m_scratch;
};

TEST_F(ServerConfigTest, AnInvalidConfigFileStopsTheStartNamingFileLineKeyAndExpectation) {
    const auto file = m_scratch.write("recopsd.toml",
                                      "[server]\n"
                                      "threads = \"many\"\n"
                                      "listn = \"127.0.0.1:1\"\n"
                                      "[log]\n"
                                      "level = \"loud\"\n");
    const CommandResult result = serve({"--config", file.string()});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_EQ(result.standardOutput, "") << "it must not announce a listening server";
    EXPECT_EQ(result.standardError,
              "recopsd: " + file.string() +
                  ":2:1: server.threads: expected integer in 0..1024, got string \"many\"\n"
                  "recopsd: " +
                  file.string() +
                  ":3:1: unknown key 'server.listn' (did you mean server.listen?)\n"
                  "recopsd: " +
                  file.string() +
                  ":5:1: log.level: expected string, one of debug, info, warning, error, "
                  "got \"loud\"\n");
}

TEST_F(ServerConfigTest, BadCommandLineAndEnvironmentValuesStopTheStart) {
    const CommandResult set = serve({"--set", "server.read_timeout_ms=5"});
    EXPECT_EQ(set.exitCode, 2);
    EXPECT_EQ(set.standardError,
              "recopsd: --set: server.read_timeout_ms: expected integer in 100..3600000, got 5\n");

    const CommandResult environment = serve({}, {{"RECOPSD_SERVER_MAX_BODY_BYTES", "big"}});
    EXPECT_EQ(environment.exitCode, 2);
    EXPECT_THAT(
        environment.standardError,
        HasSubstr("environment variable RECOPSD_SERVER_MAX_BODY_BYTES: server.max_body_bytes: "
                  "expected integer in 0..1073741824, got \"big\""));

    const CommandResult listen = runRecopsd(
        {"serve", "--data-dir", (m_scratch / "data").string(), "--listen", "localhost:80"});
    EXPECT_EQ(listen.exitCode, 2);
    EXPECT_THAT(listen.standardError, HasSubstr("server.listen: expected IP:PORT"));
}

TEST_F(ServerConfigTest, AnAddressInUseStopsTheStartWithTheReason) {
    RecopsdProcess first;
    const CommandResult second =
        runRecopsd({"serve", "--data-dir", (m_scratch / "data").string(), "--listen",
                    "127.0.0.1:" + std::to_string(first.port())});
    EXPECT_EQ(second.exitCode, 1);
    EXPECT_EQ(second.standardError,
              "recopsd: cannot listen on 127.0.0.1:" + std::to_string(first.port()) +
                  ": Address already in use\n");
}

TEST_F(ServerConfigTest, ADatabaseNewerThanTheBinaryIsRefused) {
    createToken(m_scratch / "data", "viewer");  // creates and migrates the database
    const CommandResult sqlite =
        runCommand(requiredEnvironment("SQLITE3"),
                   {(m_scratch / "data" / "recops.db").string(),
                    "INSERT INTO schema_migrations VALUES (999, 'future', 0);"});
    ASSERT_EQ(sqlite.exitCode, 0) << sqlite.standardError;
    const CommandResult result = serve({});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_THAT(result.standardError,
                HasSubstr("has schema version 999, newer than this recopsd knows"));
}

TEST_F(ServerConfigTest, SettingsApplyToTheRunningServer) {
    const auto file = m_scratch.write("recopsd.toml", "[server]\nmax_body_bytes = 10\n");
    RecopsdProcess recopsd(RecopsdOptions{.arguments = {"--config", file.string()}});
    const HttpResponse response =
        httpRequest(recopsd.url(), "POST", "/api/v1/tokens", {{"Content-Type", "application/json"}},
                    std::string(11, ' '));
    EXPECT_EQ(response.status, 413u);
}

TEST_F(ServerConfigTest, ConfigShowRedactsSecretsAndSaysWhereEachValueCameFrom) {
    const std::string secret = std::string(64, '9');
    const auto file = m_scratch.write("recopsd.toml", "[server]\nthreads = 3\n");
    const CommandResult result =
        runRecopsd({"config", "show", "--config", file.string(), "--set", "log.level=debug"},
                   {{"RECOPSD_AUTH_BOOTSTRAP_ADMIN_TOKEN", "rcp_00000000000000c0_" + secret}});
    EXPECT_EQ(result.exitCode, 0) << result.standardError;
    EXPECT_THAT(result.standardOutput,
                AllOf(HasSubstr("threads = 3  # " + file.string() + ":2:1\n"),
                      HasSubstr("level = \"debug\"  # --set\n"),
                      HasSubstr("listen = \"127.0.0.1:8470\"  # default\n"),
                      HasSubstr("bootstrap_admin_token = \"<redacted>\"  # environment variable "
                                "RECOPSD_AUTH_BOOTSTRAP_ADMIN_TOKEN\n"),
                      Not(HasSubstr(secret))));
}

TEST_F(ServerConfigTest, DocsHoldTheCurrentSettingsReference) {
    const CommandResult reference = runRecopsd({"config", "reference"});
    ASSERT_EQ(reference.exitCode, 0);
    const std::string docs = readFile(requiredEnvironment("RECOPS_SOURCE_DIR") + "/docs/server.md");
    EXPECT_THAT(docs, HasSubstr(reference.standardOutput))
        << "docs/server.md is out of date: paste the output of `recopsd config reference`";
}

TEST_F(ServerConfigTest, VersionAndHelpAreComplete) {
    const CommandResult version = runRecopsd({"--version"});
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_EQ(version.standardOutput, "recopsd " + requiredEnvironment("RECOPS_VERSION") + "\n");

    const CommandResult help = runRecopsd({"--help"});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_THAT(help.standardOutput,
                AllOf(HasSubstr("serve"), HasSubstr("token"), HasSubstr("config")));

    const std::map<std::vector<std::string>, std::vector<std::string>> expected{
        {{"serve"}, {"--data-dir", "--listen", "--config", "--set", "SIGTERM"}},
        {{"token"}, {"create", "list", "revoke"}},
        {{"token", "create"}, {"--data-dir", "--role", "--name", "viewer,client,operator,admin"}},
        {{"token", "list"}, {"--data-dir", "--json"}},
        {{"token", "revoke"}, {"--data-dir", "id"}},
        {{"config"}, {"show", "reference"}},
        {{"config", "show"}, {"--config", "--set"}},
        {{"backup"}, {"--data-dir", "--output", "--label", "--config", "--set"}},
        {{"restore"}, {"--data-dir", "backup", "--config", "--set"}},
    };
    for (const auto& [command, words] : expected) {
        std::vector<std::string> arguments = command;
        arguments.push_back("--help");
        const CommandResult result = runRecopsd(arguments);
        EXPECT_EQ(result.exitCode, 0) << command.back();
        for (const std::string& word : words) {
            EXPECT_THAT(result.standardOutput, HasSubstr(word)) << command.back();
        }
    }
}

TEST_F(ServerConfigTest, AMissingSubcommandOrRequiredOptionIsAUsageError) {
    EXPECT_NE(runRecopsd({}).exitCode, 0);
    const CommandResult noDataDirectory = runRecopsd({"serve"});
    EXPECT_NE(noDataDirectory.exitCode, 0);
    EXPECT_THAT(noDataDirectory.standardError, HasSubstr("--data-dir is required"));
}

}  // namespace
}  // namespace recops::testing
