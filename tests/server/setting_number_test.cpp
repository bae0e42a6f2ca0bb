// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// The Number setting type (the promotion thresholds): text from defaults, the environment and
// --set, TOML floats and integers, the range check, and how `config show` writes the values.
#include "config/configuration_loader.h"
#include "config/configuration_report.h"
#include "config/setting_keys.h"
#include "config/setting_parser.h"
#include "config/setting_value.h"
#include "config/settings_table.h"
#include "server/support/configuration_file_test.h"

#include <cmath>
#include <toml++/toml.h>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace recops::config {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

const SettingDefinition& maxRegression() {
    const SettingDefinition* definition =
        findSetting(settingsTable(), keys::kRegistryMaxRegression);
    if (definition == nullptr) {
        throw std::logic_error("registry.max_regression is not declared");
    }
    return *definition;
}

using testing::problemsOf;

TEST(SettingNumberTest, TheThresholdsAreNumbersWithUnitRanges) {
    for (const std::string_view key :
         {keys::kRegistryStagingMinNdcg, keys::kRegistryStagingMinPrecision,
          keys::kRegistryMaxRegression}) {
        const SettingDefinition* definition = findSetting(settingsTable(), key);
        ASSERT_NE(definition, nullptr) << key;
        EXPECT_EQ(definition->type, SettingType::Number) << key;
        EXPECT_EQ(settingTypeName(definition->type), "number");
        EXPECT_EQ(definition->describeExpectation(), "number in 0.0..1.0") << key;
    }
}

TEST(SettingNumberTest, TextParsesAsADecimalNumber) {
    const SettingDefinition& definition = maxRegression();
    struct Case {
        const char* text;
        double value;
    };
    for (const Case& c : {Case{"0.25", 0.25}, Case{"1", 1.0}, Case{"0", 0.0}, Case{"1e-3", 0.001},
                          Case{".5", 0.5}, Case{"2.5E-1", 0.25}, Case{"-0.5", -0.5}}) {
        const SettingParseResult parsed = parseSettingText(definition, c.text);
        ASSERT_TRUE(std::holds_alternative<SettingValue>(parsed)) << c.text;
        const SettingValue& value = std::get<SettingValue>(parsed);
        ASSERT_TRUE(std::holds_alternative<double>(value)) << c.text;
        EXPECT_DOUBLE_EQ(std::get<double>(value), c.value) << c.text;
    }
}

TEST(SettingNumberTest, TextThatIsNotAFiniteNumberIsRefused) {
    const SettingDefinition& definition = maxRegression();
    for (const char* text :
         {"", "abc", "0.5x", "0,5", " 0.5", "0.5 ", "nan", "inf", "-inf", "1e999", "ten percent"}) {
        const SettingParseResult parsed = parseSettingText(definition, text);
        ASSERT_TRUE(std::holds_alternative<std::string>(parsed)) << "\"" << text << "\"";
        EXPECT_EQ(std::get<std::string>(parsed), "not a decimal number") << text;
    }
}

TEST(SettingNumberTest, TheRangeIsInclusiveAndEverythingOutsideIsRefused) {
    const SettingDefinition& definition = maxRegression();
    for (const double inside : {0.0, 1e-9, 0.5, 1.0}) {
        EXPECT_EQ(findSettingProblem(definition, SettingValue(inside)), std::nullopt) << inside;
    }
    for (const double outside : {-1e-9, -0.5, 1.0000001, 2.0, HUGE_VAL, -HUGE_VAL, std::nan("")}) {
        EXPECT_NE(findSettingProblem(definition, SettingValue(outside)), std::nullopt)
            << outside << " passed the range check";
    }
}

TEST(SettingNumberTest, SetAndEnvironmentValuesReachTheConfiguration) {
    ConfigurationSources sources;
    sources.environment = {{"RECOPSD_REGISTRY_STAGING_MIN_NDCG", "0.4"}};
    sources.overrides = {"registry.max_regression=0.05", "registry.staging_min_precision=1"};
    const Configuration configuration = loadConfiguration(sources);
    EXPECT_DOUBLE_EQ(configuration.number(keys::kRegistryStagingMinNdcg), 0.4);
    EXPECT_DOUBLE_EQ(configuration.number(keys::kRegistryMaxRegression), 0.05);
    EXPECT_DOUBLE_EQ(configuration.number(keys::kRegistryStagingMinPrecision), 1.0);

    const Configuration defaults = loadConfiguration({});
    EXPECT_DOUBLE_EQ(defaults.number(keys::kRegistryStagingMinNdcg), 0.35);
    EXPECT_DOUBLE_EQ(defaults.number(keys::kRegistryStagingMinPrecision), 0.25);
    EXPECT_DOUBLE_EQ(defaults.number(keys::kRegistryMaxRegression), 0.1);
}

TEST(SettingNumberTest, OutOfRangeAndMalformedTextAreReportedWithTheirOrigin) {
    ConfigurationSources sources;
    sources.environment = {{"RECOPSD_REGISTRY_STAGING_MIN_NDCG", "high"}};
    sources.overrides = {"registry.max_regression=1.5", "registry.staging_min_precision=-0.1"};
    EXPECT_THAT(problemsOf(sources),
                ElementsAre("environment variable RECOPSD_REGISTRY_STAGING_MIN_NDCG: "
                            "registry.staging_min_ndcg: expected number in 0.0..1.0, got \"high\"",
                            "--set: registry.max_regression: expected number in 0.0..1.0, got "
                            "1.5",
                            "--set: registry.staging_min_precision: expected number in 0.0..1.0, "
                            "got -0.1"));
}

class SettingNumberFileTest : public testing::ConfigurationFileTest {};

TEST_F(SettingNumberFileTest, TomlFloatsAndIntegersAreBothNumbers) {
    const Configuration configuration = loadConfiguration(withFile(
        "[registry]\nstaging_min_ndcg = 0.3\nstaging_min_precision = 1\nmax_regression = 0\n"));
    EXPECT_DOUBLE_EQ(configuration.number(keys::kRegistryStagingMinNdcg), 0.3);
    EXPECT_DOUBLE_EQ(configuration.number(keys::kRegistryStagingMinPrecision), 1.0);
    EXPECT_DOUBLE_EQ(configuration.number(keys::kRegistryMaxRegression), 0.0);
    EXPECT_THAT(configuration.setting(keys::kRegistryStagingMinNdcg).origin,
                HasSubstr("recopsd.toml:2:1"));
}

TEST_F(SettingNumberFileTest, TomlValuesOfTheWrongTypeOrOutOfRangeAreLocated) {
    const std::string file = (m_directory / "recopsd.toml").string();
    EXPECT_THAT(problemsOf(withFile("[registry]\n"
                                    "staging_min_ndcg = \"0.3\"\n"
                                    "staging_min_precision = true\n"
                                    "max_regression = 1.25\n")),
                ElementsAre(file + ":2:1: registry.staging_min_ndcg: expected number in 0.0..1.0, "
                                   "got string \"0.3\"",
                            file + ":3:1: registry.staging_min_precision: expected number in "
                                   "0.0..1.0, got boolean true",
                            file + ":4:1: registry.max_regression: expected number in 0.0..1.0, "
                                   "got 1.25"));
}

TEST_F(SettingNumberFileTest, TomlNanAndInfinityAreOutOfRange) {
    // TOML has nan and inf literals; neither is a threshold.
    for (const char* literal : {"nan", "+nan", "inf", "-inf"}) {
        const auto problems =
            problemsOf(withFile(std::string("[registry]\nmax_regression = ") + literal + "\n"));
        ASSERT_EQ(problems.size(), 1u) << literal;
        EXPECT_THAT(problems[0], HasSubstr("registry.max_regression: expected number in 0.0..1.0"))
            << literal;
    }
}

TEST(SettingNumberReportTest, ConfigShowWritesNumbersThatReadBackAsTomlFloats) {
    EXPECT_EQ(formatNumber(0.25), "0.25");
    EXPECT_EQ(formatNumber(1.0), "1.0");
    EXPECT_EQ(formatNumber(0.0), "0.0");
    EXPECT_EQ(formatNumber(0.1), "0.1");
    EXPECT_EQ(formatNumber(1e-6), "1e-06");
    EXPECT_EQ(formatNumber(0.30000000000000004), "0.30000000000000004") << "shortest exact";

    ConfigurationSources sources;
    sources.overrides = {"registry.max_regression=0.05", "registry.staging_min_precision=1"};
    const std::string report = renderConfigurationReport(loadConfiguration(sources));
    EXPECT_THAT(report, HasSubstr("[registry]\n"));
    EXPECT_THAT(report, HasSubstr("staging_min_ndcg = 0.35  # default\n"));
    EXPECT_THAT(report, HasSubstr("staging_min_precision = 1.0  # --set\n"));
    EXPECT_THAT(report, HasSubstr("max_regression = 0.05  # --set\n"));

    const toml::table parsed = toml::parse(report);
    const auto* precision = parsed["registry"]["staging_min_precision"].as_floating_point();
    ASSERT_NE(precision, nullptr) << "1.0 must read back as a float, not the integer 1";
    EXPECT_DOUBLE_EQ(precision->get(), 1.0);
    EXPECT_EQ(parsed["registry"]["max_regression"].value<double>(), 0.05);
    EXPECT_EQ(parsed["registry"]["staging_min_ndcg"].value<double>(), 0.35);
}

}  // namespace
}  // namespace recops::config
