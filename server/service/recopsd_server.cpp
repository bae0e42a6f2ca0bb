// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "service/recopsd_server.h"

#include "backup/backup_catalog.h"
#include "backup/backup_operations.h"
#include "backup/backup_service.h"
#include "backup/restore_confirmations.h"
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
#include "service/audit_routes.h"
#include "service/audit_trail.h"
#include "service/authenticator.h"
#include "service/backup_routes.h"
#include "service/backup_setup.h"
#include "service/data_directory_lock.h"
#include "service/incident_routes.h"
#include "service/probe_routes.h"
#include "service/service_context.h"
#include "service/storage_factory.h"
#include "service/token_directory.h"
#include "service/token_routes.h"
#include "service/token_service.h"

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

http::ServerOptions serverOptionsFrom(const config::Configuration& configuration) {
    const auto threads = static_cast<std::size_t>(configuration.integer(keys::kServerThreads));
    return http::ServerOptions{
        // The table's validator has already accepted the address.
        *common::parseListenAddress(configuration.string(keys::kServerListen)),
        threads > 0 ? threads : std::max(1u, std::thread::hardware_concurrency()),
        milliseconds(configuration, keys::kServerReadTimeoutMs),
        milliseconds(configuration, keys::kServerWriteTimeoutMs),
        milliseconds(configuration, keys::kServerShutdownTimeoutMs),
        static_cast<std::size_t>(configuration.integer(keys::kServerMaxHeaderBytes)),
        static_cast<std::uint64_t>(configuration.integer(keys::kServerMaxBodyBytes)),
    };
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
    const std::string& accessDestination = configuration.string(keys::kLogAccess);
    common::LogSink* accessSink = nullptr;
    if (accessDestination == "-") {
        accessSink = &common::LogSink::standardError();
    } else if (accessDestination != "off") {
        m_accessLogFile = common::LogSink::openFile(accessDestination);
        accessSink = m_accessLogFile.get();
    }
    m_accessLog = std::make_unique<http::AccessLog>(accessSink, kAccessLogFlushInterval);

    m_storage = openStorage(configuration, dataDirectory);
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
        *m_storage, *m_metrics, m_servingModel, *m_tokenDirectory, *m_authenticator, m_startedAt,
        configuration.stringList(keys::kAuthOpenEndpoints), *m_auditTrail});

    m_router = std::make_unique<http::Router>();
    addProbeRoutes(*m_router, *m_context);
    addTokenRoutes(*m_router, *m_context);
    addAuditRoutes(*m_router, *m_context);
    addIncidentRoutes(*m_router, *m_context);
    addBackupRoutes(*m_router, *m_context, *m_backupRoutes);

    m_requestMetrics = std::make_unique<http::RequestMetrics>(*m_metrics, m_router->patterns());
    m_dispatcher = std::make_unique<http::RequestDispatcher>(*m_router, *m_requestMetrics,
                                                             *m_accessLog, m_logger);
    m_server =
        std::make_unique<http::Server>(serverOptionsFrom(configuration), *m_dispatcher, m_logger);
}

RecopsdServer::~RecopsdServer() {
    shutdown();
}

void RecopsdServer::start() {
    m_server->start();
    m_backupService->start();
}

void RecopsdServer::onRestored(const std::string& bootstrapToken) {
    // Open connections already read the restored contents; what this process caches from
    // them is the token snapshot. The restored token table may predate the bootstrap token.
    if (!bootstrapToken.empty()) {
        TokenService(m_storage->tokens()).ensureBootstrapAdmin(bootstrapToken);
    }
    m_tokenDirectory->refreshNow();
    m_logger.warning(
        "the data was restored from a backup; tokens created since it was taken "
        "no longer authenticate");
}

std::string RecopsdServer::url() const {
    return m_server->url();
}

void RecopsdServer::shutdown() {
    if (m_server) {
        m_server->shutdown();
    }
    if (m_backupService) {
        m_backupService->stop();
    }
    if (m_accessLog) {
        m_accessLog->flush();
    }
}

}  // namespace recops::service
