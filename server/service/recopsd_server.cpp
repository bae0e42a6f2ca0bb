// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "service/recopsd_server.h"

#include "backup/backup_catalog.h"
#include "backup/backup_operations.h"
#include "backup/backup_service.h"
#include "backup/restore_confirmations.h"
#include "cache/lru_recommendation_cache.h"
#include "common/cron_schedule.h"
#include "common/listen_address.h"
#include "common/log_sink.h"
#include "common/logger.h"
#include "common/version.h"
#include "config/configuration.h"
#include "config/setting_keys.h"
#include "http/access_log.h"
#include "http/request_dispatcher.h"
#include "http/request_metrics.h"
#include "http/router.h"
#include "http/server.h"
#include "metrics/process_collector.h"
#include "metrics/registry.h"
#include "models/drift_monitor.h"
#include "models/live_model.h"
#include "models/model_lifecycle.h"
#include "models/model_registry.h"
#include "models/retrain_scheduler.h"
#include "models/rollout_monitor.h"
#include "models/training_jobs.h"
#include "models/training_pipeline.h"
#include "service/alert_routes.h"
#include "service/audit_routes.h"
#include "service/audit_trail.h"
#include "service/authenticator.h"
#include "service/backup_routes.h"
#include "service/backup_setup.h"
#include "service/cache_routes.h"
#include "service/data_directory.h"
#include "service/data_directory_lock.h"
#include "service/drift_routes.h"
#include "service/event_routes.h"
#include "service/fault_routes.h"
#include "service/incident_routes.h"
#include "service/item_routes.h"
#include "service/live_model_status.h"
#include "service/model_routes.h"
#include "service/model_settings.h"
#include "service/monitoring_plane.h"
#include "service/monitoring_routes.h"
#include "service/on_call_routes.h"
#include "service/probe_routes.h"
#include "service/recommendation_routes.h"
#include "service/recommendation_service.h"
#include "service/rollout_routes.h"
#include "service/service_context.h"
#include "service/silence_routes.h"
#include "service/storage_factory.h"
#include "service/token_directory.h"
#include "service/token_routes.h"
#include "service/token_service.h"
#include "service/trainer_routes.h"
#include "store/store_error.h"

#include <array>
#include <thread>

namespace recops::service {
namespace {

namespace keys = config::keys;

/// How often buffered access log lines reach their file: soon enough to tail, rarely enough
/// to batch many requests into one write.
constexpr std::chrono::milliseconds kAccessLogFlushInterval{200};

std::chrono::milliseconds milliseconds(const config::Configuration& configuration,
                                       std::string_view key) {
    return std::chrono::milliseconds(configuration.integer(key));
}

std::size_t requestThreads(const config::Configuration& configuration) {
    const auto threads = static_cast<std::size_t>(configuration.integer(keys::kServerThreads));
    return threads > 0 ? threads : std::max(1u, std::thread::hardware_concurrency());
}

http::ServerOptions serverOptionsFrom(const config::Configuration& configuration) {
    return http::ServerOptions{
        // The table's validator has already accepted the address.
        *common::parseListenAddress(configuration.string(keys::kServerListen)),
        requestThreads(configuration),
        milliseconds(configuration, keys::kServerReadTimeoutMs),
        milliseconds(configuration, keys::kServerWriteTimeoutMs),
        milliseconds(configuration, keys::kServerShutdownTimeoutMs),
        static_cast<std::size_t>(configuration.integer(keys::kServerMaxHeaderBytes)),
        static_cast<std::uint64_t>(configuration.integer(keys::kServerMaxBodyBytes)),
    };
}

/// The sink for log.access @p destination; a file sink is opened into @p file.
common::LogSink* accessLogSink(const std::string& destination,
                               std::unique_ptr<common::LogSink>& file) {
    if (destination == "-") {
        return &common::LogSink::standardError();
    }
    if (destination == "off") {
        return nullptr;
    }
    file = common::LogSink::openFile(destination);
    return file.get();
}

/// A finished backup job that someone asked for, as its audit entry: who asked, what became
/// of it. (The request itself was audited when it was accepted.)
store::AuditEntry auditEntryFor(const backup::JobOutcome& outcome) {
    static constexpr std::array<std::string_view, 3> kActions{
        "backup.create.finished", "backup.verify.finished", "backup.restore.finished"};
    const backup::JobRequest& job = outcome.request;
    return store::AuditEntry{
        0,
        std::chrono::system_clock::now(),
        job.requester.tokenId,
        job.requester.name,
        {},
        std::string(kActions[static_cast<std::size_t>(job.kind)]),
        "/api/v1/backups/" + job.backupId,
        outcome.succeeded ? store::AuditOutcome::Success : store::AuditOutcome::Failed,
        0,
        job.requestId,
        outcome.error,
    };
}

}  // namespace

RecopsdServer::RecopsdServer(const config::Configuration& configuration,
                             const std::filesystem::path& dataDirectory, common::Logger& logger)
    : m_lock(std::make_unique<DataDirectoryLock>(dataDirectory)), m_logger(logger) {
    m_accessLog = std::make_unique<http::AccessLog>(
        accessLogSink(configuration.string(keys::kLogAccess), m_accessLogFile),
        kAccessLogFlushInterval);

    m_storage = openStorage(configuration, dataDirectory, requestThreads(configuration));
    const BackupSetup backupSetup = backupSetupFrom(configuration, dataDirectory);
    m_backupOperations = std::make_unique<backup::BackupOperations>(m_storage->snapshots(),
                                                                    backupSetup.options, m_logger);
    // Before anything reads the data: a restore a crash interrupted is finished or undone.
    m_backupOperations->recover();
    const std::string& bootstrap = configuration.string(keys::kAuthBootstrapAdminToken);
    if (!bootstrap.empty()) {
        TokenService(m_storage->tokens()).ensureBootstrapAdmin(bootstrap);
    }

    m_metrics = std::make_unique<metrics::Registry>();
    m_metrics->addCollector(std::make_unique<metrics::ProcessCollector>());
    m_metrics
        ->gaugeFamily("recopsd_build_info", "Always 1; the labels say which build runs.",
                      {"version"})
        .withLabels({common::kVersion})
        .set(1);

    m_tokenDirectory = std::make_unique<TokenDirectory>(
        m_storage->tokens(), milliseconds(configuration, keys::kAuthTokenRefreshMs), m_logger);
    m_authenticator = std::make_unique<Authenticator>(*m_tokenDirectory);

    m_registry = std::make_unique<models::ModelRegistry>(m_storage->registry(),
                                                         modelsDirectory(dataDirectory));
    m_liveModel = std::make_unique<models::LiveModel>(
        *m_registry, m_storage->catalog(), configuration.string(keys::kServingModel),
        servingOptionsFrom(configuration), *m_metrics, m_logger);
    m_servingModel = std::make_unique<LiveModelStatus>(*m_liveModel);
    m_monitoring = std::make_unique<MonitoringPlane>(configuration, *m_storage, *m_metrics,
                                                     *m_servingModel, m_logger);
    if (configuration.boolean(keys::kCacheEnabled)) {
        m_cache = std::make_unique<cache::LruRecommendationCache>(
            static_cast<std::size_t>(configuration.integer(keys::kCacheMaxBytes)),
            milliseconds(configuration, keys::kCacheTtlMs));
    }
    m_drift = std::make_unique<models::DriftMonitor>(
        *m_metrics, models::DriftSettings{
                        milliseconds(configuration, keys::kDriftIntervalMs),
                        milliseconds(configuration, keys::kDriftWindowMs),
                        static_cast<std::uint64_t>(configuration.integer(keys::kDriftMinSamples))});
    m_recommendations = std::make_unique<RecommendationService>(
        *m_liveModel, m_storage->events(), m_cache.get(), *m_drift, *m_monitoring, *m_metrics,
        RecommendationService::Settings{
            static_cast<std::size_t>(configuration.integer(keys::kServingHistoryLimit))});
    m_rollouts = std::make_unique<models::RolloutMonitor>();
    m_liveModel->addSwapListener(
        [this, candidate = std::string()](const models::ServingState& state) mutable {
            // Every cached answer came from the version just replaced.
            m_recommendations->invalidateAll();
            m_drift->attach(state.production);
            // A new candidate (or a new Production beside it) starts its figures afresh.
            const std::string current =
                state.candidate ? state.production->tag + " vs " + state.candidate->tag : "";
            if (current != candidate && state.candidate) {
                m_rollouts->reset(state.production->tag, state.candidate->tag);
            }
            candidate = current;
        });
    // Serve the Production version from the first request on; a version that fails to load
    // leaves the server up but not ready, with the reason in /healthz.
    m_liveModel->syncWithRegistry();
    m_liveModel->startWatching(milliseconds(configuration, keys::kServingRegistryPollMs));
    m_drift->start();

    m_lifecycle = std::make_unique<models::ModelLifecycle>(
        *m_registry, gateSettingsFrom(configuration),
        static_cast<std::size_t>(configuration.integer(keys::kRegistryKeepVersions)));
    m_pipeline = std::make_unique<models::TrainingPipeline>(
        m_storage->events(), m_storage->catalog(), *m_registry, eventWeightsFrom(configuration),
        servingOptionsFrom(configuration),
        static_cast<std::size_t>(configuration.integer(keys::kServingHistoryLimit)));
    m_trainer = std::make_unique<models::TrainingJobs>(
        *m_pipeline, *m_lifecycle, m_storage->trainingJobs(), *m_metrics, m_logger,
        trainingThreadsFrom(configuration));
    if (const std::string& schedule = configuration.string(keys::kTrainingSchedule);
        !schedule.empty()) {
        models::TrainingJobRequest scheduled;
        scheduled.training.model = m_liveModel->modelName();
        scheduled.training.algorithm = configuration.string(keys::kTrainingAlgorithm);
        scheduled.training.createdBy = "scheduled retraining";
        if (const auto stage =
                store::parseStage(configuration.string(keys::kTrainingScheduleStage));
            stage && *stage != store::ModelStage::None) {
            scheduled.promoteTo = stage;
        }
        m_scheduler = std::make_unique<models::RetrainScheduler>(
            *m_trainer, common::CronSchedule::parse(schedule), std::move(scheduled), m_logger);
    }

    m_auditTrail = std::make_unique<AuditTrail>(m_storage->audit(), *m_authenticator, m_logger);
    m_backupCatalog = std::make_unique<backup::BackupCatalog>(backupSetup.directory);
    m_backupService = std::make_unique<backup::BackupService>(
        *m_backupOperations, *m_backupCatalog, backupSetup.schedule, *m_metrics, m_logger);
    m_backupService->setListeners(
        [this](const backup::JobOutcome& outcome) {
            if (!outcome.request.requester.tokenId.empty()) {
                m_auditTrail->record(auditEntryFor(outcome));
            }
        },
        [this, bootstrap] { onRestored(bootstrap); });
    m_restoreConfirmations = std::make_unique<backup::RestoreConfirmations>();
    m_backupRoutes = std::make_unique<BackupRouteContext>(
        BackupRouteContext{*m_backupService, *m_restoreConfirmations, dataDirectory});
    m_startedAt = std::chrono::steady_clock::now();
    m_context = std::make_unique<ServiceContext>(ServiceContext{
        *m_storage, *m_metrics, *m_servingModel, *m_tokenDirectory, *m_authenticator, m_startedAt,
        configuration.stringList(keys::kAuthOpenEndpoints), *m_liveModel, *m_registry,
        *m_recommendations,
        ServiceLimits{static_cast<std::size_t>(configuration.integer(keys::kIngestMaxBatchEvents)),
                      configuration.integer(keys::kIngestMaxFutureSkewMs),
                      static_cast<std::size_t>(configuration.integer(keys::kServingMaxCount))},
        *m_lifecycle, *m_trainer, *m_auditTrail, *m_monitoring, m_scheduler.get(), m_rollouts.get(),
        m_drift.get()});

    m_router = std::make_unique<http::Router>();
    addProbeRoutes(*m_router, *m_context);
    addTokenRoutes(*m_router, *m_context);
    addItemRoutes(*m_router, *m_context);
    addEventRoutes(*m_router, *m_context);
    addRecommendationRoutes(*m_router, *m_context);
    addCacheRoutes(*m_router, *m_context);
    addModelRoutes(*m_router, *m_context);
    addTrainerRoutes(*m_router, *m_context);
    addRolloutRoutes(*m_router, *m_context);
    addDriftRoutes(*m_router, *m_context);
    addAuditRoutes(*m_router, *m_context);
    addIncidentRoutes(*m_router, *m_context);
    addBackupRoutes(*m_router, *m_context, *m_backupRoutes);
    addMonitoringRoutes(*m_router, *m_context);
    addAlertRoutes(*m_router, *m_context);
    addSilenceRoutes(*m_router, *m_context);
    addOnCallRoutes(*m_router, *m_context);
    addFaultRoutes(*m_router, *m_context);

    m_requestMetrics = std::make_unique<http::RequestMetrics>(*m_metrics, m_router->patterns(),
                                                              &m_monitoring->requestObserver());
    m_dispatcher = std::make_unique<http::RequestDispatcher>(
        *m_router, *m_requestMetrics, *m_accessLog, m_logger,
        [](const std::exception& error) -> std::optional<http::Problem> {
            // The database is down, locked past its busy timeout or out of space: the request
            // was fine and may succeed later.
            if (dynamic_cast<const store::StoreError*>(&error) != nullptr) {
                return http::Problem{http::ProblemType::StoreUnavailable,
                                     std::string("the store cannot answer: ") + error.what()};
            }
            return std::nullopt;
        },
        &m_monitoring->requestInterceptor());
    m_server =
        std::make_unique<http::Server>(serverOptionsFrom(configuration), *m_dispatcher, m_logger);
}

RecopsdServer::~RecopsdServer() {
    shutdown();
    // The watcher's swap listener reaches members destroyed before the live model.
    if (m_liveModel) {
        m_liveModel->stopWatching();
    }
}

void RecopsdServer::start() {
    m_server->start();
    m_backupService->start();
    m_monitoring->start(m_server->url());
}

void RecopsdServer::onRestored(const std::string& bootstrapToken) {
    // Open connections already read the restored contents; what this process caches from
    // them is the token snapshot and the users' recent histories. The restored token table
    // may predate the bootstrap token.
    if (!bootstrapToken.empty()) {
        TokenService(m_storage->tokens()).ensureBootstrapAdmin(bootstrapToken);
    }
    m_tokenDirectory->refreshNow();
    // The registry came back too: serve its Production version (loaded on the watcher) and
    // forget answers computed from the events and models that were replaced.
    m_liveModel->requestSync();
    m_storage->events().forgetCached();
    m_recommendations->invalidateAll();
    m_logger.warning(
        "the data was restored from a backup; tokens created since it was taken "
        "no longer authenticate");
}

std::string RecopsdServer::url() const {
    return m_server->url();
}

void RecopsdServer::reopenAccessLog(const std::string& destination) {
    std::unique_ptr<common::LogSink> file;
    common::LogSink* sink = accessLogSink(destination, file);
    m_accessLog->setSink(sink);
    // Nothing writes to the previous file any more: closing it is safe.
    m_accessLogFile = std::move(file);
}

void RecopsdServer::shutdown() {
    if (m_server) {
        m_server->shutdown();
    }
    // After the server: the windows' last checkpoint then holds every request answered.
    if (m_monitoring) {
        m_monitoring->shutdown();
    }
    if (m_backupService) {
        m_backupService->stop();
    }
    if (m_accessLog) {
        m_accessLog->flush();
    }
}

}  // namespace recops::service
