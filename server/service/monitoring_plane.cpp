// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "service/monitoring_plane.h"

#include "common/logger.h"
#include "common/timestamp.h"
#include "config/configuration.h"
#include "config/setting_keys.h"
#include "drills/fault_collector.h"
#include "metrics/process_collector.h"
#include "metrics/registry.h"
#include "monitoring/built_in_rules.h"
#include "monitoring/published_metrics.h"
#include "monitoring/window_persistence.h"
#include "service/monitoring_settings.h"
#include "service/readiness.h"
#include "service/readiness_collector.h"
#include "store/storage.h"
#include "store/store_error.h"

#include <condition_variable>

namespace recops::service {
namespace {

namespace keys = config::keys;

/// How often the housekeeper runs: often enough that the seconds about to start are always
/// ready before requests count into them.
constexpr std::chrono::milliseconds kHousekeepingInterval{250};

std::chrono::system_clock::time_point now() {
    return std::chrono::system_clock::now();
}

/// Sleeps @p duration unless @p stop is requested first; false when it was.
bool sleepFor(std::stop_token& stop, std::chrono::milliseconds duration) {
    std::mutex mutex;
    std::condition_variable_any wake;
    std::unique_lock lock(mutex);
    // Nothing notifies: an interruptible sleep that the stop request ends early.
    wake.wait_for(lock, stop, duration, [] { return false; });
    return !stop.stop_requested();
}

}  // namespace

MonitoringPlane::MonitoringPlane(const config::Configuration& configuration,
                                 store::Storage& storage, metrics::Registry& metrics,
                                 const ServingModel& servingModel, common::Logger& logger)
    : m_storage(storage)
    , m_servingModel(servingModel)
    , m_metrics(metrics)
    , m_logger(logger)
    , m_evaluationInterval(configuration.integer(keys::kMonitoringEvaluationIntervalMs))
    , m_checkpointInterval(configuration.integer(keys::kMonitoringCheckpointIntervalS))
    , m_maxFaultDuration(configuration.integer(keys::kDrillsMaxDurationS))
    , m_cacheLookups(m_windows, metrics)
    , m_poolInUse(metrics
                      .gaugeFamily(std::string(monitoring::published::kStorePoolConnectionsInUse),
                                   "Store connections lent out to requests, by pool.", {"pool"})
                      .withLabels({"read"}))
    , m_poolMax(metrics
                    .gaugeFamily(std::string(monitoring::published::kStorePoolConnectionsMax),
                                 "Store connections a pool holds, by pool.", {"pool"})
                    .withLabels({"read"}))
    , m_slos(slosFrom(configuration))
    , m_evaluator(monitoring::makeBuiltInRules(ruleSettingsFrom(configuration, now())))
    , m_notificationLog(storage.notifications())
    , m_alerts(storage.alerts())
    , m_silences(storage.silences())
    , m_onCall(storage.onCall())
    , m_dispatcher(storage.notifications(), m_sender, retryPolicyFrom(configuration),
                   static_cast<std::size_t>(configuration.integer(keys::kNotificationsWorkers)),
                   logger)
    , m_escalator(m_alerts, m_silences, m_onCall, m_dispatcher, logger)
    , m_requestObserver(m_windows)
    , m_faultInterceptor(m_faults) {
    m_metrics.addCollector(std::make_unique<drills::FaultCollector>(m_faults));
    m_metrics.addCollector(std::make_unique<ReadinessCollector>(storage, servingModel, m_faults));
    // HighMemoryUsage's limit, for the Prometheus twin of the rule; 0 when none is set.
    m_metrics
        .gauge("recopsd_memory_limit_bytes",
               "alerts.memory_limit_bytes: the memory HighMemoryUsage measures against (0: none).")
        .set(static_cast<double>(configuration.integer(keys::kAlertsMemoryLimitBytes)));
    monitoring::loadWindows(m_windows, storage.metricWindows(), now());
    for (const monitoring::ActiveAlert& alert : m_alerts.load()) {
        m_evaluator.resume(alert);
    }
}

MonitoringPlane::~MonitoringPlane() {
    shutdown();
}

void MonitoringPlane::start(const std::string& externalUrl) {
    m_escalator.setExternalUrl(externalUrl);
    m_windows.advance(now());
    m_dispatcher.start();
    m_housekeeper = std::jthread([this](std::stop_token stop) { keepHouse(std::move(stop)); });
    m_evaluatorThread =
        std::jthread([this](std::stop_token stop) { evaluatePeriodically(std::move(stop)); });
    m_running = true;
}

void MonitoringPlane::shutdown() {
    if (!m_running) {
        return;
    }
    m_running = false;
    for (std::jthread* thread : {&m_evaluatorThread, &m_housekeeper}) {
        thread->request_stop();
        if (thread->joinable()) {
            thread->join();
        }
    }
    checkpoint();
    m_dispatcher.stop();
}

void MonitoringPlane::checkpoint() {
    try {
        monitoring::saveWindows(m_windows, m_storage.metricWindows(), now());
    } catch (const store::StoreError& error) {
        m_logger.warning("cannot checkpoint the rolling windows; they are kept in memory",
                         {{"error", error.what()}});
    }
}

void MonitoringPlane::keepHouse(std::stop_token stop) {
    auto nextCheckpoint = std::chrono::steady_clock::now() + m_checkpointInterval;
    do {
        m_windows.advance(now());
        for (const drills::Fault& fault : m_faults.sweepExpired()) {
            m_logger.info("fault expired",
                          {{"fault_id", fault.id},
                           {"kind", drills::faultKindName(fault.kind)},
                           {"expired_at", common::formatTimestamp(fault.expiresAt)}});
        }
        if (std::chrono::steady_clock::now() >= nextCheckpoint) {
            checkpoint();
            nextCheckpoint += m_checkpointInterval;
        }
    } while (sleepFor(stop, kHousekeepingInterval));
}

void MonitoringPlane::evaluatePeriodically(std::stop_token stop) {
    do {
        try {
            evaluateNow();
        } catch (const std::exception& error) {
            m_logger.error("alert evaluation failed; trying again at the next interval",
                           {{"error", error.what()}});
        }
    } while (sleepFor(stop, m_evaluationInterval));
}

void MonitoringPlane::delayStoreOperation() const {
    if (const double milliseconds = m_faults.magnitude(drills::FaultKind::SlowStore);
        milliseconds > 0.0) {
        std::this_thread::sleep_for(std::chrono::duration<double, std::milli>(milliseconds));
    }
}

void MonitoringPlane::evaluateNow() {
    std::lock_guard lock(m_evaluationMutex);
    // DatabasePoolExhausted reads the pool's gauges; sampling them here keeps the request path
    // free of metric writes.
    m_poolInUse.set(static_cast<double>(m_storage.poolInUse()));
    m_poolMax.set(static_cast<double>(m_storage.poolCapacity()));
    const auto at = now();
    const monitoring::RuleInputs inputs{
        m_windows,
        at,
        [this](std::string_view name) { return m_metrics.read(name); },
        [this] { return notReadyReasons(m_storage, m_servingModel, m_faults); },
        [] { return metrics::readResidentMemoryBytes(); },
    };
    const monitoring::EvaluationResult result = m_evaluator.evaluate(inputs);
    for (const auto& [rule, error] : result.failures) {
        m_logger.warning("alert rule failed; its alerts keep their state",
                         {{"rule", rule}, {"error", error}});
    }
    for (const monitoring::AlertTransition& transition : result.transitions) {
        if (transition.kind == monitoring::TransitionKind::Firing ||
            transition.kind == monitoring::TransitionKind::Resolved) {
            m_logger.info(transition.kind == monitoring::TransitionKind::Firing ? "alert firing"
                                                                                : "alert resolved",
                          {{"rule", transition.alert.rule},
                           {"labels", monitoring::labelFingerprint(transition.alert.labels)},
                           {"summary", transition.alert.summary}});
        }
    }
    const std::vector<alerting::Alert> resolved = m_alerts.apply(result, at);
    m_escalator.run(at, resolved);
}

}  // namespace recops::service
