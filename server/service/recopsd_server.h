// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "service/serving_model.h"

#include <chrono>
#include <filesystem>
#include <memory>
#include <string>

namespace recops::backup {
class BackupCatalog;
class BackupOperations;
class BackupService;
class RestoreConfirmations;
}  // namespace recops::backup
namespace recops::cache {
class RecommendationCache;
}
namespace recops::common {
class LogSink;
class Logger;
}  // namespace recops::common
namespace recops::config {
class Configuration;
}
namespace recops::http {
class AccessLog;
class RequestDispatcher;
class RequestMetrics;
class Router;
class Server;
}  // namespace recops::http
namespace recops::metrics {
class Registry;
}
namespace recops::models {
class DriftMonitor;
class LiveModel;
class ModelLifecycle;
class ModelRegistry;
class RetrainScheduler;
class RolloutMonitor;
class TrainingJobs;
class TrainingPipeline;
}  // namespace recops::models
namespace recops::store {
class Storage;
}

namespace recops::service {

class AuditTrail;
class Authenticator;
class LiveModelStatus;
class RecommendationService;
class DataDirectoryLock;
class MonitoringPlane;
class TokenDirectory;
struct BackupRouteContext;
struct ServiceContext;

/**
 * recopsd assembled from its parts for `recopsd serve`: storage, metrics, token directory,
 * routes, dispatcher, access log and HTTP server, all configured from one Configuration.
 *
 * The constructor locks the data directory (one server, or backup command, at a time), opens
 * and migrates the store, finishes or discards a restore a crash interrupted, creates the
 * bootstrap admin token when configured, and loads the Production model, if there is one;
 * start() binds and serves and starts the backup thread; shutdown() stops gracefully (HTTP
 * first, then backups) and flushes the access log. Construction and start() throw with a
 * one-line reason when something is wrong. A model that cannot be loaded is not such a thing:
 * the server starts, is not ready, and says why in /healthz.
 */
class RecopsdServer {
public:
    RecopsdServer(const config::Configuration& configuration,
                  const std::filesystem::path& dataDirectory, common::Logger& logger);
    ~RecopsdServer();
    RecopsdServer(const RecopsdServer&) = delete;
    RecopsdServer& operator=(const RecopsdServer&) = delete;

    void start();
    /// The URL it serves on, with the bound port.
    std::string url() const;
    /// The monitoring and alerting plane; the recommendation cache, the store and the model
    /// code report to it (recordCacheLookup(), faults()).
    MonitoringPlane& monitoring() { return *m_monitoring; }
    void shutdown();

    /**
     * Sends the access log to @p destination ("-", "off" or a file path, as log.access) from
     * now on, while serving: a file is opened anew even when the path is unchanged, so that a
     * rotated log starts a new file. Throws std::runtime_error, and keeps the current
     * destination, when the file cannot be opened.
     */
    void reopenAccessLog(const std::string& destination);

private:
    /// After a restore switched the data: bring what is cached from the database up to date.
    void onRestored(const std::string& bootstrapToken);

    // Declared first so that it is released last, after everything that uses the data.
    std::unique_ptr<DataDirectoryLock> m_lock;
    common::Logger& m_logger;
    std::unique_ptr<common::LogSink> m_accessLogFile;
    std::unique_ptr<http::AccessLog> m_accessLog;
    std::unique_ptr<store::Storage> m_storage;
    std::unique_ptr<metrics::Registry> m_metrics;
    std::unique_ptr<models::ModelRegistry> m_registry;
    std::unique_ptr<models::LiveModel> m_liveModel;
    std::unique_ptr<LiveModelStatus> m_servingModel;
    // Before what reports to it (the recommendation path), so that it is released after.
    std::unique_ptr<MonitoringPlane> m_monitoring;
    std::unique_ptr<cache::RecommendationCache> m_cache;
    std::unique_ptr<RecommendationService> m_recommendations;
    std::unique_ptr<models::ModelLifecycle> m_lifecycle;
    std::unique_ptr<models::TrainingPipeline> m_pipeline;
    std::unique_ptr<models::TrainingJobs> m_trainer;
    std::unique_ptr<models::RetrainScheduler> m_scheduler;
    std::unique_ptr<models::RolloutMonitor> m_rollouts;
    std::unique_ptr<models::DriftMonitor> m_drift;
    std::unique_ptr<TokenDirectory> m_tokenDirectory;
    std::unique_ptr<Authenticator> m_authenticator;
    std::unique_ptr<AuditTrail> m_auditTrail;
    std::unique_ptr<backup::BackupOperations> m_backupOperations;
    std::unique_ptr<backup::BackupCatalog> m_backupCatalog;
    std::unique_ptr<backup::BackupService> m_backupService;
    std::unique_ptr<backup::RestoreConfirmations> m_restoreConfirmations;
    std::unique_ptr<BackupRouteContext> m_backupRoutes;
    std::unique_ptr<ServiceContext> m_context;
    std::unique_ptr<http::Router> m_router;
    std::unique_ptr<http::RequestMetrics> m_requestMetrics;
    std::unique_ptr<http::RequestDispatcher> m_dispatcher;
    std::unique_ptr<http::Server> m_server;
    std::chrono::steady_clock::time_point m_startedAt;
};

}  // namespace recops::service
