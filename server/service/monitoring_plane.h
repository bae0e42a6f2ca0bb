// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "alerting/alert_book.h"
#include "alerting/curl_webhook_sender.h"
#include "alerting/escalator.h"
#include "alerting/notification_dispatcher.h"
#include "alerting/on_call_directory.h"
#include "alerting/silence_book.h"
#include "drills/fault_injector.h"
#include "monitoring/cache_lookup_recorder.h"
#include "monitoring/rolling_windows.h"
#include "monitoring/rule_evaluator.h"
#include "monitoring/slo_definition.h"
#include "service/fault_interceptor.h"
#include "service/window_request_observer.h"

#include <chrono>
#include <memory>
#include <mutex>
#include <stop_token>
#include <string>
#include <thread>
#include <vector>

namespace recops::common {
class Logger;
}
namespace recops::config {
class Configuration;
}
namespace recops::metrics {
class Gauge;
class Registry;
}  // namespace recops::metrics
namespace recops::store {
class Storage;
}

namespace recops::service {

class ServingModel;

/**
 * recopsd's monitoring and alerting plane, assembled from configuration: rolling windows fed
 * by every request, SLOs, alert rules, alert states with acknowledgments and silences,
 * escalation through contacts and policies, notifications, and drills' faults.
 *
 * Two threads of its own do the work off the request path: a housekeeper (a few times a
 * second: readies the windows' coming seconds, folds minutes, forgets expired faults, and
 * checkpoints the windows every monitoring.checkpoint_interval_s) and an evaluator (every
 * monitoring.evaluation_interval_ms: rules, alert transitions, escalation). Notifications go
 * out on the dispatcher's threads.
 *
 * The constructor restores the windows and the active alerts from the store; start() starts
 * the threads; shutdown() stops them and checkpoints the windows a last time.
 */
class MonitoringPlane {
public:
    MonitoringPlane(const config::Configuration& configuration, store::Storage& storage,
                    metrics::Registry& metrics, const ServingModel& servingModel,
                    common::Logger& logger);
    ~MonitoringPlane();
    MonitoringPlane(const MonitoringPlane&) = delete;
    MonitoringPlane& operator=(const MonitoringPlane&) = delete;

    /// Starts the threads; @p externalUrl is where notifications link to.
    void start(const std::string& externalUrl);
    void shutdown();

    /// The recommendation cache reports each lookup here (windows and
    /// recommendation_cache_lookups_total). Cheap; safe from every thread.
    void recordCacheLookup(monitoring::CacheOutcome outcome) {
        m_cacheLookups.recordCacheLookup(outcome);
    }

    /// Faults of drills; the cache asks active(FaultKind::CacheDown), the store
    /// magnitude(FaultKind::SlowStore).
    drills::FaultInjector& faults() { return m_faults; }
    const drills::FaultInjector& faults() const { return m_faults; }

    /// A slow_store drill: waits the fault's magnitude on the calling thread before a store
    /// operation, as a slow database would keep it; returns at once when none is active.
    void delayStoreOperation() const;
    std::chrono::seconds maxFaultDuration() const { return m_maxFaultDuration; }

    monitoring::RollingWindows& windows() { return m_windows; }
    const std::vector<monitoring::SloDefinition>& slos() const { return m_slos; }
    /// The rules evaluated (their definitions never change while the server runs).
    const std::vector<monitoring::AlertRule>& rules() const { return m_evaluator.rules(); }

    alerting::AlertBook& alerts() { return m_alerts; }
    alerting::SilenceBook& silences() { return m_silences; }
    alerting::OnCallDirectory& onCall() { return m_onCall; }
    /// Pages contacts; incidents escalated by hand go through it like alerts do.
    alerting::Escalator& escalator() { return m_escalator; }
    store::NotificationStore& notificationLog() { return m_notificationLog; }

    common::Logger& logger() { return m_logger; }

    http::RequestObserver& requestObserver() { return m_requestObserver; }
    const http::RequestInterceptor& requestInterceptor() const { return m_faultInterceptor; }

    /// One evaluation: rules, alert transitions, escalation. The evaluator thread calls it.
    void evaluateNow();

private:
    void keepHouse(std::stop_token stop);
    void evaluatePeriodically(std::stop_token stop);
    void checkpoint();

    store::Storage& m_storage;
    const ServingModel& m_servingModel;
    metrics::Registry& m_metrics;
    common::Logger& m_logger;
    std::chrono::milliseconds m_evaluationInterval;
    std::chrono::seconds m_checkpointInterval;
    std::chrono::seconds m_maxFaultDuration;

    monitoring::RollingWindows m_windows;
    monitoring::CacheLookupRecorder m_cacheLookups;
    /// store_pool_connections_in_use / _max{pool="read"}, sampled at each evaluation.
    metrics::Gauge& m_poolInUse;
    metrics::Gauge& m_poolMax;
    drills::FaultInjector m_faults;
    std::vector<monitoring::SloDefinition> m_slos;
    monitoring::RuleEvaluator m_evaluator;
    std::mutex m_evaluationMutex;

    store::NotificationStore& m_notificationLog;
    alerting::AlertBook m_alerts;
    alerting::SilenceBook m_silences;
    alerting::OnCallDirectory m_onCall;
    alerting::CurlWebhookSender m_sender;
    alerting::NotificationDispatcher m_dispatcher;
    alerting::Escalator m_escalator;

    WindowRequestObserver m_requestObserver;
    FaultInterceptor m_faultInterceptor;

    std::jthread m_housekeeper;
    std::jthread m_evaluatorThread;
    bool m_running = false;
};

}  // namespace recops::service
