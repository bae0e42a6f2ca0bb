// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// The monitoring settings as the libraries receive them: the runbooks' figures by default,
// percents as exact ratios, overrides applied, and the adapters that feed the windows and
// apply drills to the right paths.
#include "service/monitoring_settings.h"

#include "config/configuration_loader.h"
#include "drills/fault_injector.h"
#include "monitoring/rolling_windows.h"
#include "service/fault_interceptor.h"
#include "service/window_request_observer.h"

#include <gtest/gtest.h>

namespace recops::service {
namespace {

using std::chrono::seconds;

TEST(MonitoringSettingsTest, DefaultSlosAreTheRunbooksFigures) {
    const auto slos = slosFrom(config::loadConfiguration({}));
    ASSERT_EQ(slos.size(), 4u);
    EXPECT_EQ(slos[0].name, "availability");
    EXPECT_EQ(slos[0].objective, 0.999);
    EXPECT_EQ(slos[0].window, seconds(30 * 86400));
    EXPECT_EQ(slos[0].description, "availability >= 99.9 % over 30d");
    EXPECT_EQ(slos[1].name, "latency_p95");
    EXPECT_EQ(slos[1].objective, 0.95);
    EXPECT_EQ(slos[1].latencyThresholdSeconds, 0.1);
    EXPECT_EQ(slos[1].window, seconds(300));
    EXPECT_EQ(slos[2].objective, 0.99);
    EXPECT_EQ(slos[2].latencyThresholdSeconds, 0.5);
    EXPECT_EQ(slos[3].name, "error_rate");
    EXPECT_EQ(slos[3].objective, 0.99);
}

TEST(MonitoringSettingsTest, RuleSettingsComeFromTheTable) {
    config::ConfigurationSources sources;
    sources.overrides = {"alerts.latency_p95_ms=250", "alerts.latency_for_s=1",
                         "alerts.error_rate_critical_percent=2.5", "alerts.drift_psi=0.3",
                         "alerts.disabled=ServiceNotReady,BackupTooOld"};
    const auto settings = ruleSettingsFrom(config::loadConfiguration(sources), {});
    EXPECT_EQ(settings.latencyP95ThresholdSeconds, 0.25);
    EXPECT_EQ(settings.latencyFor, seconds(1));
    EXPECT_EQ(settings.errorRateWarning, 0.01);
    EXPECT_EQ(settings.errorRateCritical, 0.025);
    EXPECT_EQ(settings.driftPsi, 0.3);
    EXPECT_EQ(settings.cacheHitRate, 0.85);
    EXPECT_EQ(settings.fastBurnFactor, 14.4);
    EXPECT_EQ(settings.backupMaxAge, seconds(86400));
    EXPECT_EQ(settings.disabled, (std::vector<std::string>{"ServiceNotReady", "BackupTooOld"}));
}

TEST(MonitoringSettingsTest, TheRetryPolicyComesFromTheNotificationSettings) {
    const auto policy = retryPolicyFrom(config::loadConfiguration({}));
    EXPECT_EQ(policy.maxAttempts, 5);
    EXPECT_EQ(policy.initialBackoff, std::chrono::milliseconds(1000));
    EXPECT_EQ(policy.maxBackoff, std::chrono::milliseconds(60000));
    EXPECT_EQ(policy.timeout, std::chrono::milliseconds(5000));
}

TEST(WindowRequestObserverTest, CountsEveryRouteButTheProbes) {
    monitoring::RollingWindows windows;
    WindowRequestObserver observer(windows);
    for (const char* route : {"/healthz", "/readyz", "/metrics", "/api/v1/whoami", "unmatched"}) {
        observer.observe(route, 200, 0.001);
    }
    const auto now = std::chrono::system_clock::now();
    EXPECT_EQ(windows.lastWindow(seconds(5), now).requests, 2u);
}

TEST(FaultInterceptorTest, DrillsActOnApiRequestsButNeverOnTheFaultEndpoints) {
    drills::FaultInjector faults;
    const FaultInterceptor interceptor(faults);
    EXPECT_EQ(interceptor.holdBefore("/api/v1/whoami"), std::chrono::milliseconds(0));
    faults.inject(drills::FaultKind::Latency, 120, seconds(60), "test");
    faults.inject(drills::FaultKind::Errors, 1.0, seconds(60), "test");
    EXPECT_EQ(interceptor.holdBefore("/api/v1/whoami"), std::chrono::milliseconds(120));
    EXPECT_EQ(interceptor.holdBefore("/healthz"), std::chrono::milliseconds(0));
    EXPECT_EQ(interceptor.holdBefore("/api/v1/admin/faults"), std::chrono::milliseconds(0));
    const auto problem = interceptor.replace("/api/v1/alerts");
    ASSERT_TRUE(problem.has_value());
    EXPECT_EQ(problem->type, http::ProblemType::InjectedFault);
    EXPECT_TRUE(problem->detail.starts_with("an errors drill answers this request 503 (fault "));
    EXPECT_FALSE(interceptor.replace("/api/v1/admin/faults/0123456789abcdef").has_value());
    EXPECT_FALSE(interceptor.replace("/metrics").has_value());
}

TEST(FaultInterceptorTest, AnErrorsDrillFailsAboutItsShareOfRequests) {
    drills::FaultInjector faults;
    const FaultInterceptor interceptor(faults);
    faults.inject(drills::FaultKind::Errors, 0.25, seconds(60), "test");
    int failed = 0;
    constexpr int kRequests = 4000;
    for (int i = 0; i < kRequests; ++i) {
        failed += interceptor.replace("/api/v1/whoami").has_value() ? 1 : 0;
    }
    // Binomial(4000, 0.25): mean 1000, standard deviation 27; +-150 is over five of them.
    EXPECT_NEAR(failed, 1000, 150);
}

}  // namespace
}  // namespace recops::service
