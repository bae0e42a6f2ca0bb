// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "config/configuration_loader.h"

#include "config/setting_keys.h"
#include "server/support/configuration_file_test.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace recops::config {
namespace {

using ::testing::AllOf;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::Not;

using testing::problemsOf;

class ConfigurationLoaderTest : public testing::ConfigurationFileTest {};

TEST_F(ConfigurationLoaderTest, DefaultsApplyWhenNothingIsGiven) {
    const Configuration configuration = loadConfiguration({});
    EXPECT_EQ(configuration.string(keys::kServerListen), "127.0.0.1:8470");
    EXPECT_EQ(configuration.integer(keys::kServerReadTimeoutMs), 15000);
    EXPECT_TRUE(configuration.boolean(keys::kCacheEnabled));
    EXPECT_THAT(configuration.stringList(keys::kAuthOpenEndpoints),
                ElementsAre("/healthz", "/readyz", "/metrics"));
    EXPECT_EQ(configuration.setting(keys::kServerListen).source, SettingSource::Default);
}

TEST_F(ConfigurationLoaderTest, LaterLayersWinAndEachValueKnowsItsOrigin) {
    ConfigurationSources sources = withFile(
        "[server]\n"
        "threads = 2\n"
        "read_timeout_ms = 2000\n"
        "[log]\n"
        "level = \"warning\"\n");
    sources.environment = {{"RECOPSD_SERVER_THREADS", "3"}, {"RECOPSD_LOG_LEVEL", "error"}};
    sources.overrides = {"server.threads=4"};

    const Configuration configuration = loadConfiguration(sources);

    EXPECT_EQ(configuration.integer(keys::kServerThreads), 4);
    EXPECT_EQ(configuration.setting(keys::kServerThreads).source, SettingSource::CommandLine);
    EXPECT_EQ(configuration.string(keys::kLogLevel), "error");
    EXPECT_EQ(configuration.setting(keys::kLogLevel).origin,
              "environment variable RECOPSD_LOG_LEVEL");
    EXPECT_EQ(configuration.integer(keys::kServerReadTimeoutMs), 2000);
    EXPECT_EQ(configuration.setting(keys::kServerReadTimeoutMs).source, SettingSource::File);
    EXPECT_THAT(configuration.setting(keys::kServerReadTimeoutMs).origin,
                HasSubstr("recopsd.toml:3:1"));
}

TEST_F(ConfigurationLoaderTest, TheLastOverrideOfAKeyWins) {
    ConfigurationSources sources;
    sources.overrides = {"server.threads=4", "server.threads=6"};
    EXPECT_EQ(loadConfiguration(sources).integer(keys::kServerThreads), 6);
}

TEST_F(ConfigurationLoaderTest, UnknownFileKeyIsLocatedAndGetsASuggestion) {
    EXPECT_THAT(problemsOf(withFile("[server]\nthreads = 2\nlistn = \"127.0.0.1:1\"\n")),
                ElementsAre(AllOf(HasSubstr("recopsd.toml:3:1: unknown key 'server.listn'"),
                                  HasSubstr("did you mean server.listen?"))));
}

TEST_F(ConfigurationLoaderTest, UnknownSectionAndTopLevelKeysAreRefused) {
    EXPECT_THAT(problemsOf(withFile("threads = 2\n[serverz]\nlisten = \"x\"\n")),
                ElementsAre(HasSubstr("recopsd.toml:1:1: unknown key 'threads'"),
                            HasSubstr("recopsd.toml:3:1: unknown key 'serverz.listen'")));
}

TEST_F(ConfigurationLoaderTest, WrongTypeNamesFileKeyExpectationAndValue) {
    EXPECT_THAT(
        problemsOf(withFile("[server]\nthreads = \"four\"\n")),
        ElementsAre("" + (m_directory / "recopsd.toml").string() +
                    ":2:1: server.threads: expected integer in 0..1024, got string \"four\""));
}

TEST_F(ConfigurationLoaderTest, OutOfRangeAndDisallowedValuesAreRefused) {
    EXPECT_THAT(
        problemsOf(withFile("[server]\nmax_header_bytes = 10\n[log]\nlevel = \"verbose\"\n")),
        ElementsAre(HasSubstr("server.max_header_bytes: expected integer in 1024..1048576, got 10"),
                    HasSubstr("log.level: expected string, one of debug, info, warning, "
                              "error, got \"verbose\"")));
}

TEST_F(ConfigurationLoaderTest, ValidatorsExplainWhatIsWrong) {
    ConfigurationSources sources;
    sources.overrides = {"server.listen=localhost:80"};
    EXPECT_THAT(problemsOf(sources),
                ElementsAre("--set: server.listen: expected IP:PORT such as 127.0.0.1:8470 or "
                            "[::1]:8470, got \"localhost:80\" (not a numeric IPv4 or [IPv6] "
                            "address with a port)"));
}

TEST_F(ConfigurationLoaderTest, EveryProblemOfEveryLayerIsReportedAtOnce) {
    ConfigurationSources sources = withFile("[server]\nthreads = -1\n");
    sources.environment = {{"RECOPSD_SERVER_READ_TIMEOUT_MS", "soon"}};
    sources.overrides = {"cache.enabled=yes", "no-equals-sign"};
    const auto problems = problemsOf(sources);
    EXPECT_THAT(
        problems,
        ElementsAre(HasSubstr("server.threads: expected integer in 0..1024, got -1"),
                    "environment variable RECOPSD_SERVER_READ_TIMEOUT_MS: "
                    "server.read_timeout_ms: expected integer in 100..3600000, got \"soon\"",
                    "--set: cache.enabled: expected true or false, got \"yes\"",
                    "--set no-equals-sign: expected section.key=value"));
}

TEST_F(ConfigurationLoaderTest, TomlSyntaxErrorsAreLocated) {
    EXPECT_THAT(problemsOf(withFile("[server]\nthreads = = 2\n")),
                ElementsAre(HasSubstr("recopsd.toml:2:")));
}

TEST_F(ConfigurationLoaderTest, MissingFileSaysWhy) {
    ConfigurationSources sources;
    sources.file = m_directory / "absent.toml";
    EXPECT_THAT(problemsOf(sources),
                ElementsAre(AllOf(HasSubstr("cannot read configuration file"),
                                  HasSubstr("absent.toml: No such file or directory"))));
}

TEST_F(ConfigurationLoaderTest, EnvironmentTyposInAKnownSectionAreRefusedOthersIgnored) {
    ConfigurationSources sources;
    sources.environment = {
        {"RECOPSD_SERVER_LISTN", "x"}, {"RECOPSD_BINARY", "/usr/sbin/recopsd"}, {"HOME", "/root"}};
    EXPECT_THAT(problemsOf(sources),
                ElementsAre("environment variable RECOPSD_SERVER_LISTN: no setting has this name"));
}

TEST_F(ConfigurationLoaderTest, ListsComeFromTomlArraysOrCommaSeparatedText) {
    ConfigurationSources file = withFile("[auth]\nopen_endpoints = [\"/metrics\"]\n");
    EXPECT_THAT(loadConfiguration(file).stringList(keys::kAuthOpenEndpoints),
                ElementsAre("/metrics"));

    ConfigurationSources text;
    text.overrides = {"auth.open_endpoints=/healthz, /readyz"};
    EXPECT_THAT(loadConfiguration(text).stringList(keys::kAuthOpenEndpoints),
                ElementsAre("/healthz", "/readyz"));

    text.overrides = {"auth.open_endpoints="};
    EXPECT_THAT(loadConfiguration(text).stringList(keys::kAuthOpenEndpoints), ElementsAre());

    text.overrides = {"auth.open_endpoints=/healthz,/api/v1/tokens"};
    EXPECT_THAT(problemsOf(text), ElementsAre(HasSubstr("\"/api/v1/tokens\" is not allowed")));
}

TEST_F(ConfigurationLoaderTest, SecretsAreNeverEchoedInErrors) {
    ConfigurationSources sources = withFile("[auth]\nbootstrap_admin_token = \"hunter2\"\n");
    sources.environment = {{"RECOPSD_AUTH_BOOTSTRAP_ADMIN_TOKEN", "swordfish"}};
    const auto problems = problemsOf(sources);
    ASSERT_EQ(problems.size(), 2u);
    for (const std::string& problem : problems) {
        EXPECT_THAT(problem,
                    AllOf(HasSubstr("auth.bootstrap_admin_token: expected empty, or a token"),
                          Not(HasSubstr("hunter2")), Not(HasSubstr("swordfish"))));
    }
}

TEST_F(ConfigurationLoaderTest, AWellFormedBootstrapTokenIsAccepted) {
    ConfigurationSources sources;
    const std::string token = "rcp_0123456789abcdef_" + std::string(64, 'b');
    sources.environment = {{"RECOPSD_AUTH_BOOTSTRAP_ADMIN_TOKEN", token}};
    EXPECT_EQ(loadConfiguration(sources).string(keys::kAuthBootstrapAdminToken), token);
}

TEST_F(ConfigurationLoaderTest, NumbersComeFromTomlFloatsOrIntegersAndFromText) {
    ConfigurationSources sources = withFile("[alerts]\ndrift_psi = 0.3\ncache_hit_percent = 90\n");
    sources.environment = {{"RECOPSD_ALERTS_FAST_BURN_FACTOR", "10.5"}};
    sources.overrides = {"slo.availability_percent=99.95"};
    const Configuration configuration = loadConfiguration(sources);
    EXPECT_EQ(configuration.number(keys::kAlertsDriftPsi), 0.3);
    EXPECT_EQ(configuration.number(keys::kAlertsCacheHitPercent), 90.0);
    EXPECT_EQ(configuration.number(keys::kAlertsFastBurnFactor), 10.5);
    EXPECT_EQ(configuration.number(keys::kSloAvailabilityPercent), 99.95);
    EXPECT_EQ(loadConfiguration({}).number(keys::kSloAvailabilityPercent), 99.9);
}

TEST_F(ConfigurationLoaderTest, NumbersOutOfRangeOrNotNumbersAreRefused) {
    ConfigurationSources sources = withFile("[alerts]\ndrift_psi = \"high\"\n");
    sources.overrides = {"slo.availability_percent=100", "alerts.fast_burn_factor=fast"};
    EXPECT_THAT(problemsOf(sources),
                ElementsAre(HasSubstr("alerts.drift_psi: expected number in 0.0..100.0, got "
                                      "string \"high\""),
                            "--set: slo.availability_percent: expected number in 50.0..99.999, "
                            "got 100.0",
                            "--set: alerts.fast_burn_factor: expected number in 0.1..1000.0, got "
                            "\"fast\""));
}

}  // namespace
}  // namespace recops::config
