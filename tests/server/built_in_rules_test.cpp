// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// Each built-in rule firing and not firing on hand-made windows and published metrics,
// the counter increase behind ModelLoadFailure, and the settings table agreeing on the names.
#include "monitoring/built_in_rules.h"

#include "config/setting_keys.h"
#include "config/settings_table.h"
#include "monitoring/counter_increase.h"
#include "monitoring/published_metrics.h"
#include "monitoring/rule_evaluator.h"

#include <map>
#include <set>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace recops::monitoring {
namespace {

using std::chrono::seconds;
using TimePoint = RollingWindows::TimePoint;
using ::testing::ElementsAreArray;
using ::testing::HasSubstr;

const TimePoint kNoon{seconds(1'772'366'400)};

/// Builds RuleInputs over windows and a map of published metric families.
class BuiltInRulesTest : public ::testing::Test {
protected:
    BuiltInRulesTest() { m_settings.startedAt = kNoon - seconds(3600); }

    RuleInputs inputsAt(TimePoint now) {
        return RuleInputs{m_windows, now,
                          [this](std::string_view name) -> std::optional<metrics::FamilyReading> {
                              const auto found = m_metrics.find(std::string(name));
                              if (found == m_metrics.end()) {
                                  return std::nullopt;
                              }
                              return found->second;
                          },
                          [this] { return m_notReady; },
                          [this] {
                              return m_resident;
                          }};
    }

    /// The observations of the rule named @p name (and with @p severity, for HighErrorRate).
    std::vector<RuleObservation> observe(std::string_view name, TimePoint now,
                                         std::optional<Severity> severity = std::nullopt,
                                         std::string_view longWindow = {}) {
        for (const AlertRule& rule : m_rules) {
            if (rule.name == name && (!severity || rule.severity == *severity) &&
                (longWindow.empty() || rule.labels.at("long_window") == longWindow)) {
                return rule.evaluate(inputsAt(now));
            }
        }
        ADD_FAILURE() << "no rule " << name;
        return {};
    }

    bool fires(std::string_view name, TimePoint now,
               std::optional<Severity> severity = std::nullopt, std::string_view longWindow = {}) {
        const auto observations = observe(name, now, severity, longWindow);
        return !observations.empty() && observations[0].active;
    }

    void record(int count, unsigned status, double seconds, TimePoint at) {
        for (int i = 0; i < count; ++i) {
            m_windows.recordRequestAt(at, status, seconds);
        }
    }

    void gauge(const std::string& family, std::vector<std::pair<std::string, std::string>> labels,
               double value) {
        auto& reading = m_metrics[family];
        reading.type = metrics::MetricType::Gauge;
        reading.samples.push_back({std::move(labels), value});
    }

    void makeRules() { m_rules = makeBuiltInRules(m_settings); }

    BuiltInRuleSettings m_settings;
    std::vector<AlertRule> m_rules = makeBuiltInRules(m_settings);
    RollingWindows m_windows;
    std::map<std::string, metrics::FamilyReading> m_metrics;
    std::vector<std::string> m_notReady;
    std::optional<std::uint64_t> m_resident;
};

TEST_F(BuiltInRulesTest, TheSettingsTableAllowsExactlyTheBuiltInRuleNames) {
    const config::SettingDefinition* disabled =
        config::findSetting(config::settingsTable(), config::keys::kAlertsDisabled);
    ASSERT_NE(disabled, nullptr);
    EXPECT_THAT(disabled->allowedValues, ElementsAreArray(builtInRuleNames()));
    std::set<std::string> names;
    for (const AlertRule& rule : m_rules) {
        names.insert(rule.name);
    }
    EXPECT_EQ(names.size(), builtInRuleNames().size());
}

TEST_F(BuiltInRulesTest, DisabledRulesAreLeftOut) {
    m_settings.disabled = {"ServiceNotReady", "HighErrorRate"};
    makeRules();
    for (const AlertRule& rule : m_rules) {
        EXPECT_NE(rule.name, "ServiceNotReady");
        EXPECT_NE(rule.name, "HighErrorRate");
    }
    EXPECT_EQ(m_rules.size(), 14u - 3u);
}

TEST_F(BuiltInRulesTest, HighLatencyP95ComparesTheWindowsP95WithTheThreshold) {
    record(94, 200, 0.004, kNoon - seconds(10));
    record(6, 200, 0.3, kNoon - seconds(10));
    // 6 % over 250 ms: p95 is inside (0.25, 0.5], above 100 ms.
    EXPECT_TRUE(fires("HighLatencyP95", kNoon));
    const auto observation = observe("HighLatencyP95", kNoon)[0];
    EXPECT_THAT(observation.summary, HasSubstr("over the last 5m (threshold 100 ms)"));
    // Five minutes later those requests left the window and nothing replaced them.
    EXPECT_TRUE(observe("HighLatencyP95", kNoon + seconds(300)).empty());
    record(100, 200, 0.004, kNoon + seconds(400));
    EXPECT_FALSE(fires("HighLatencyP95", kNoon + seconds(401)));
}

TEST_F(BuiltInRulesTest, HighErrorRateHasAWarningAndACriticalThreshold) {
    record(97, 200, 0.01, kNoon - seconds(1));
    record(3, 503, 0.01, kNoon - seconds(1));
    EXPECT_TRUE(fires("HighErrorRate", kNoon, Severity::Warning));
    EXPECT_FALSE(fires("HighErrorRate", kNoon, Severity::Critical));
    record(5, 500, 0.01, kNoon);
    // 8 of 105 = 7.6 %: both.
    EXPECT_TRUE(fires("HighErrorRate", kNoon, Severity::Critical));
    EXPECT_TRUE(fires("HighErrorRate", kNoon, Severity::Warning));
    // 4xx are the clients' errors, not the service's.
    RollingWindows& windows = m_windows;
    for (int i = 0; i < 1000; ++i) {
        windows.recordRequestAt(kNoon + seconds(1000), 404, 0.01);
    }
    EXPECT_FALSE(fires("HighErrorRate", kNoon + seconds(1000), Severity::Warning));
}

TEST_F(BuiltInRulesTest, LowAvailabilityLooksAtThirtyMinutes) {
    record(998, 200, 0.01, kNoon - seconds(1700));
    record(2, 500, 0.01, kNoon - seconds(1700));
    EXPECT_TRUE(fires("LowAvailability", kNoon));                           // 99.8 % < 99.9 %
    EXPECT_TRUE(observe("LowAvailability", kNoon + seconds(200)).empty());  // out of the window
    record(2000, 200, 0.01, kNoon - seconds(5));
    EXPECT_FALSE(fires("LowAvailability", kNoon));  // 2 of 3000 failed: 99.93 %
}

TEST_F(BuiltInRulesTest, LowCacheHitRateNeedsLookupsAndABadRate) {
    EXPECT_TRUE(observe("LowCacheHitRate", kNoon).empty());
    for (int i = 0; i < 80; ++i) {
        m_windows.recordCacheLookupAt(kNoon, CacheOutcome::Hit);
    }
    for (int i = 0; i < 20; ++i) {
        m_windows.recordCacheLookupAt(kNoon, CacheOutcome::Miss);
    }
    EXPECT_TRUE(fires("LowCacheHitRate", kNoon));
    EXPECT_DOUBLE_EQ(observe("LowCacheHitRate", kNoon)[0].value, 0.8);
    for (int i = 0; i < 100; ++i) {
        m_windows.recordCacheLookupAt(kNoon, CacheOutcome::Hit);
    }
    EXPECT_FALSE(fires("LowCacheHitRate", kNoon));  // 180 of 200 = 90 %
}

TEST_F(BuiltInRulesTest, FastBurnNeedsBothWindowsAboveTheFactor) {
    // 2 % errors over the whole last hour: 20x the 0.1 % budget in both windows.
    for (int second = 0; second < 3600; second += 36) {
        record(49, 200, 0.01, kNoon - seconds(second));
        record(1, 500, 0.01, kNoon - seconds(second));
    }
    EXPECT_TRUE(fires("ErrorBudgetFastBurn", kNoon));
    EXPECT_NEAR(observe("ErrorBudgetFastBurn", kNoon)[0].value, 20.0, 1e-9);
    // A clean last 5 minutes resets it even though the hour still burned fast.
    record(100000, 200, 0.01, kNoon + seconds(200));
    EXPECT_FALSE(fires("ErrorBudgetFastBurn", kNoon + seconds(200)));
}

TEST_F(BuiltInRulesTest, SlowBurnWatchesSixHoursAndThreeDaysThroughTheMinuteBuckets) {
    // Older than the last hour, per minute (as a restart restores them): 1 % errors in each of
    // the 299 minutes from 12:00 - 359 min to 12:00 - 61 min.
    const std::int64_t noonMinute =
        std::chrono::floor<std::chrono::minutes>(kNoon.time_since_epoch()).count();
    WindowCheckpoint older;
    for (std::int64_t minute = -359; minute <= -61; ++minute) {
        WindowCounts counts;
        counts.requests = 1000;
        counts.serverErrors = 10;
        older.minutes.emplace_back(noonMinute + minute, counts);
    }
    m_windows.restore(older, kNoon);
    // The last hour, per second: 0.7 % errors once a minute, 61 times.
    for (int minute = -60; minute <= 0; ++minute) {
        record(993, 200, 0.01, kNoon + seconds(60 * minute));
        record(7, 500, 0.01, kNoon + seconds(60 * minute));
    }
    // 6 h: (299 x 10 + 61 x 7) / 360000 = 0.949 % -> 9.49x; 30 min: 0.7 % -> 7x. Both over 6.
    EXPECT_TRUE(fires("ErrorBudgetSlowBurn", kNoon, Severity::Warning, "6h"));
    EXPECT_EQ(observe("ErrorBudgetSlowBurn", kNoon, Severity::Warning, "6h")[0].summary,
              "error budget burning 9.49x over 6h and 7x over 30m (threshold 6x)");
    EXPECT_TRUE(fires("ErrorBudgetSlowBurn", kNoon, Severity::Warning, "3d"));
    // 1 h: 7x, under 14.4x.
    EXPECT_FALSE(fires("ErrorBudgetFastBurn", kNoon));
}

TEST_F(BuiltInRulesTest, ServiceNotReadyFiresWithTheReasonsOfReadyz) {
    EXPECT_FALSE(fires("ServiceNotReady", kNoon));
    m_notReady = {"no model loaded", "store unavailable: disk I/O error"};
    EXPECT_TRUE(fires("ServiceNotReady", kNoon));
    EXPECT_EQ(observe("ServiceNotReady", kNoon)[0].summary,
              "not ready: no model loaded; store unavailable: disk I/O error");
}

TEST_F(BuiltInRulesTest, ModelLoadFailureCountsTheCountersGrowthOverTheWindow) {
    EXPECT_TRUE(observe("ModelLoadFailure", kNoon).empty());  // nobody publishes it yet
    auto& family = m_metrics[std::string(published::kModelLoadFailuresTotal)];
    family.type = metrics::MetricType::Counter;
    family.samples = {{{{"model", "ease"}}, 4.0}, {{{"model", "als"}}, 4.0}};
    // The process started an hour ago with the counter at 0, and this is the first sample: the
    // 8 failures since count, and 8 is not more than 10.
    EXPECT_FALSE(fires("ModelLoadFailure", kNoon));
    family.samples[0].value = 8.0;
    // 12 ten seconds later: 12 within the window.
    EXPECT_TRUE(fires("ModelLoadFailure", kNoon + seconds(10)));
    // Five minutes without failures: the window no longer holds any growth.
    EXPECT_FALSE(fires("ModelLoadFailure", kNoon + seconds(320)));
    EXPECT_FALSE(fires("ModelLoadFailure", kNoon + seconds(640)));
}

TEST_F(BuiltInRulesTest, HighDataDriftRaisesOneAlertPerDriftingFeature) {
    gauge(std::string(published::kDataDriftPsi), {{"feature", "age"}}, 0.27);
    gauge(std::string(published::kDataDriftPsi), {{"feature", "country"}}, 0.05);
    const auto observations = observe("HighDataDrift", kNoon);
    ASSERT_EQ(observations.size(), 2u);
    EXPECT_TRUE(observations[0].active);
    EXPECT_EQ(observations[0].labels, (Labels{{"feature", "age"}}));
    EXPECT_FALSE(observations[1].active);

    RuleEvaluator evaluator(makeBuiltInRules(m_settings));
    const auto result = evaluator.evaluate(inputsAt(kNoon));
    const auto drift = std::find_if(result.active.begin(), result.active.end(),
                                    [](const ActiveAlert& a) { return a.rule == "HighDataDrift"; });
    ASSERT_NE(drift, result.active.end());
    EXPECT_EQ(drift->labels.at("feature"), "age");
}

TEST_F(BuiltInRulesTest, HighMemoryUsageNeedsAConfiguredLimit) {
    m_resident = 950u * 1024 * 1024;
    EXPECT_TRUE(observe("HighMemoryUsage", kNoon).empty());
    m_settings.memoryLimitBytes = 1000u * 1024 * 1024;
    makeRules();
    EXPECT_TRUE(fires("HighMemoryUsage", kNoon));
    m_resident = 800u * 1024 * 1024;
    EXPECT_FALSE(fires("HighMemoryUsage", kNoon));
}

TEST_F(BuiltInRulesTest, DatabasePoolExhaustedMatchesInUseWithMaxByLabels) {
    gauge(std::string(published::kStorePoolConnectionsInUse), {{"pool", "events"}}, 16);
    gauge(std::string(published::kStorePoolConnectionsInUse), {{"pool", "registry"}}, 2);
    gauge(std::string(published::kStorePoolConnectionsMax), {{"pool", "events"}}, 16);
    gauge(std::string(published::kStorePoolConnectionsMax), {{"pool", "registry"}}, 8);
    const auto observations = observe("DatabasePoolExhausted", kNoon);
    ASSERT_EQ(observations.size(), 2u);
    EXPECT_TRUE(observations[0].active);
    EXPECT_EQ(observations[0].labels.at("pool"), "events");
    EXPECT_FALSE(observations[1].active);
}

TEST_F(BuiltInRulesTest, BackupTooOldComparesTheLastSuccessWithTheRpo) {
    const double noon = std::chrono::duration<double>(kNoon.time_since_epoch()).count();
    gauge(std::string(published::kBackupLastSuccessTimestampSeconds), {}, noon - 25 * 3600);
    EXPECT_TRUE(fires("BackupTooOld", kNoon));
    EXPECT_THAT(observe("BackupTooOld", kNoon)[0].summary, HasSubstr("25 h old (RPO 1d)"));
    m_metrics.clear();
    gauge(std::string(published::kBackupLastSuccessTimestampSeconds), {}, noon - 3600);
    EXPECT_FALSE(fires("BackupTooOld", kNoon));
}

TEST(CounterIncreaseTest, SumsGrowthInTheWindowAndTreatsADropAsAReset) {
    CounterIncrease increase(seconds(60), kNoon);
    EXPECT_DOUBLE_EQ(increase.observe(kNoon + seconds(10), 3), 3.0);
    EXPECT_DOUBLE_EQ(increase.observe(kNoon + seconds(20), 5), 5.0);
    // Reset to 0 then up to 2: growth 2 after the reset.
    EXPECT_DOUBLE_EQ(increase.observe(kNoon + seconds(30), 2), 7.0);
    // At 95 s the window starts at 35 s: the sample at 30 s is the baseline.
    EXPECT_DOUBLE_EQ(increase.observe(kNoon + seconds(95), 2), 0.0);
    EXPECT_DOUBLE_EQ(increase.observe(kNoon + seconds(100), 6), 4.0);
}

TEST(RuleTextTest, FormatsDurationsPercentsAndMilliseconds) {
    EXPECT_EQ(formatDuration(seconds(300)), "5m");
    EXPECT_EQ(formatDuration(seconds(86400)), "1d");
    EXPECT_EQ(formatDuration(seconds(7200)), "2h");
    EXPECT_EQ(formatDuration(seconds(45)), "45s");
    EXPECT_EQ(formatPercent(0.999), "99.9 %");
    EXPECT_EQ(formatMilliseconds(0.3124), "312 ms");
}

}  // namespace
}  // namespace recops::monitoring
