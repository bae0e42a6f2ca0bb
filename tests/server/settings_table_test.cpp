// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "config/settings_table.h"

#include "config/configuration_loader.h"
#include "config/setting_keys.h"
#include "config/settings_reference.h"

#include <set>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace recops::config {
namespace {

using ::testing::HasSubstr;

TEST(SettingsTableTest, EveryKeyTheCodeReadsIsDeclared) {
    for (std::string_view key : {keys::kServerListen,
                                 keys::kServerThreads,
                                 keys::kServerReadTimeoutMs,
                                 keys::kServerWriteTimeoutMs,
                                 keys::kServerMaxHeaderBytes,
                                 keys::kServerMaxBodyBytes,
                                 keys::kServerShutdownTimeoutMs,
                                 keys::kAuthOpenEndpoints,
                                 keys::kAuthTokenRefreshMs,
                                 keys::kAuthBootstrapAdminToken,
                                 keys::kLogAccess,
                                 keys::kLogLevel,
                                 keys::kStorageSqliteFile,
                                 keys::kStorageBusyTimeoutMs,
                                 keys::kCacheEnabled,
                                 keys::kMonitoringEvaluationIntervalMs,
                                 keys::kMonitoringCheckpointIntervalS,
                                 keys::kSloAvailabilityPercent,
                                 keys::kSloAvailabilityWindowS,
                                 keys::kSloLatencyP95Ms,
                                 keys::kSloLatencyP99Ms,
                                 keys::kSloLatencyWindowS,
                                 keys::kSloErrorRatePercent,
                                 keys::kSloErrorRateWindowS,
                                 keys::kAlertsDisabled,
                                 keys::kAlertsLatencyP95Ms,
                                 keys::kAlertsLatencyWindowS,
                                 keys::kAlertsLatencyForS,
                                 keys::kAlertsErrorRateWarningPercent,
                                 keys::kAlertsErrorRateCriticalPercent,
                                 keys::kAlertsErrorRateWindowS,
                                 keys::kAlertsErrorRateForS,
                                 keys::kAlertsNotReadyForS,
                                 keys::kAlertsAvailabilityPercent,
                                 keys::kAlertsAvailabilityWindowS,
                                 keys::kAlertsAvailabilityForS,
                                 keys::kAlertsModelLoadFailures,
                                 keys::kAlertsModelLoadWindowS,
                                 keys::kAlertsModelLoadForS,
                                 keys::kAlertsDriftPsi,
                                 keys::kAlertsDriftForS,
                                 keys::kAlertsCacheHitPercent,
                                 keys::kAlertsCacheHitWindowS,
                                 keys::kAlertsCacheHitForS,
                                 keys::kAlertsMemoryLimitBytes,
                                 keys::kAlertsMemoryPercent,
                                 keys::kAlertsMemoryForS,
                                 keys::kAlertsPoolExhaustedForS,
                                 keys::kAlertsBackupMaxAgeS,
                                 keys::kAlertsBackupForS,
                                 keys::kAlertsFastBurnFactor,
                                 keys::kAlertsFastBurnForS,
                                 keys::kAlertsSlowBurnFactor,
                                 keys::kAlertsSlowBurnLongFactor,
                                 keys::kAlertsSlowBurnForS,
                                 keys::kNotificationsTimeoutMs,
                                 keys::kNotificationsMaxAttempts,
                                 keys::kNotificationsInitialBackoffMs,
                                 keys::kNotificationsMaxBackoffMs,
                                 keys::kNotificationsWorkers,
                                 keys::kDrillsMaxDurationS}) {
        EXPECT_NE(findSetting(settingsTable(), key), nullptr) << key;
    }
}

TEST(SettingsTableTest, RowsAreWellFormedAndDefaultsPassTheirOwnChecks) {
    std::set<std::string> keys;
    std::set<std::string> variables;
    for (const SettingDefinition& row : settingsTable()) {
        EXPECT_TRUE(keys.insert(std::string(row.key)).second) << row.key;
        EXPECT_TRUE(variables.insert(row.environmentVariable()).second) << row.key;
        EXPECT_EQ(row.key.find('.'), row.key.rfind('.')) << "one section level: " << row.key;
        EXPECT_FALSE(row.description.empty()) << row.key;
        if (row.type == SettingType::Integer) {
            EXPECT_LE(row.minimum, row.maximum) << row.key;
        }
        if (row.type == SettingType::Number) {
            EXPECT_LT(row.numberMinimum, row.numberMaximum) << row.key;
        }
    }
    // Loading with no sources parses and checks every default.
    EXPECT_NO_THROW(loadConfiguration({}));
}

TEST(SettingsTableTest, EnvironmentVariablesFollowTheSectionKeyRule) {
    EXPECT_EQ(findSetting(settingsTable(), keys::kServerReadTimeoutMs)->environmentVariable(),
              "RECOPSD_SERVER_READ_TIMEOUT_MS");
}

TEST(SettingsTableTest, TheBootstrapTokenIsTheSecret) {
    for (const SettingDefinition& row : settingsTable()) {
        EXPECT_EQ(row.isSecret(), row.key == keys::kAuthBootstrapAdminToken) << row.key;
    }
}

TEST(SettingsTableTest, ReferenceHasOneRowPerSetting) {
    const std::string reference = renderSettingsReference(settingsTable());
    for (const SettingDefinition& row : settingsTable()) {
        EXPECT_THAT(reference, HasSubstr("| `" + std::string(row.key) + "` |"));
    }
    EXPECT_THAT(reference, HasSubstr("| `server.listen` | string | `\"127.0.0.1:8470\"` | "
                                     "`RECOPSD_SERVER_LISTEN` |"));
}

}  // namespace
}  // namespace recops::config
