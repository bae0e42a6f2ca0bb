// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "config/configuration_report.h"

#include "config/configuration_loader.h"

#include <toml++/toml.h>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace recops::config {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

const std::string kToken = "rcp_0123456789abcdef_" + std::string(64, 'c');

TEST(ConfigurationReportTest, RedactsASecretThatIsSet) {
    ConfigurationSources sources;
    sources.environment = {{"RECOPSD_AUTH_BOOTSTRAP_ADMIN_TOKEN", kToken}};
    const std::string report = renderConfigurationReport(loadConfiguration(sources));
    EXPECT_THAT(report, HasSubstr("bootstrap_admin_token = \"<redacted>\"  # environment variable "
                                  "RECOPSD_AUTH_BOOTSTRAP_ADMIN_TOKEN"));
    EXPECT_THAT(report, Not(HasSubstr(kToken.substr(21))));
}

TEST(ConfigurationReportTest, ShowsAnUnsetSecretAsEmpty) {
    EXPECT_THAT(renderConfigurationReport(loadConfiguration({})),
                HasSubstr("bootstrap_admin_token = \"\"  # default"));
}

TEST(ConfigurationReportTest, IsAValidConfigurationFileWithTheEffectiveValues) {
    ConfigurationSources sources;
    sources.overrides = {"server.threads=3", "auth.open_endpoints=/metrics", "cache.enabled=false"};
    const std::string report = renderConfigurationReport(loadConfiguration(sources));
    EXPECT_THAT(report, HasSubstr("[server]\n"));
    EXPECT_THAT(report, HasSubstr("threads = 3  # --set\n"));

    const toml::table parsed = toml::parse(report);
    EXPECT_EQ(parsed["server"]["threads"].value<std::int64_t>(), 3);
    EXPECT_EQ(parsed["server"]["listen"].value<std::string>(), "127.0.0.1:8470");
    EXPECT_EQ(parsed["cache"]["enabled"].value<bool>(), false);
    EXPECT_EQ(parsed["auth"]["open_endpoints"][0].value<std::string>(), "/metrics");
}

}  // namespace
}  // namespace recops::config
