// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "service/recopsd_server.h"

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
#include "service/alert_routes.h"
#include "service/authenticator.h"
#include "service/fault_routes.h"
#include "service/monitoring_plane.h"
#include "service/monitoring_routes.h"
#include "service/on_call_routes.h"
#include "service/probe_routes.h"
#include "service/service_context.h"
#include "service/silence_routes.h"
#include "service/storage_factory.h"
#include "service/token_directory.h"
#include "service/token_routes.h"
#include "service/token_service.h"

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

}  // namespace

RecopsdServer::RecopsdServer(const config::Configuration& configuration,
                             const std::filesystem::path& dataDirectory, common::Logger& logger)
    : m_logger(logger) {
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
    if (const std::string& bootstrap = configuration.string(keys::kAuthBootstrapAdminToken);
        !bootstrap.empty()) {
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
    m_monitoring = std::make_unique<MonitoringPlane>(configuration, *m_storage, *m_metrics,
                                                     m_servingModel, m_logger);
    m_startedAt = std::chrono::steady_clock::now();
    m_context = std::make_unique<ServiceContext>(ServiceContext{
        *m_storage, *m_metrics, m_servingModel, *m_tokenDirectory, *m_authenticator, m_startedAt,
        configuration.stringList(keys::kAuthOpenEndpoints), *m_monitoring});

    m_router = std::make_unique<http::Router>();
    addProbeRoutes(*m_router, *m_context);
    addTokenRoutes(*m_router, *m_context);
    addMonitoringRoutes(*m_router, *m_context);
    addAlertRoutes(*m_router, *m_context);
    addSilenceRoutes(*m_router, *m_context);
    addOnCallRoutes(*m_router, *m_context);
    addFaultRoutes(*m_router, *m_context);

    m_requestMetrics = std::make_unique<http::RequestMetrics>(*m_metrics, m_router->patterns(),
                                                              &m_monitoring->requestObserver());
    m_dispatcher = std::make_unique<http::RequestDispatcher>(
        *m_router, *m_requestMetrics, *m_accessLog, m_logger, &m_monitoring->requestInterceptor());
    m_server =
        std::make_unique<http::Server>(serverOptionsFrom(configuration), *m_dispatcher, m_logger);
}

RecopsdServer::~RecopsdServer() {
    shutdown();
}

void RecopsdServer::start() {
    m_server->start();
    m_monitoring->start(m_server->url());
}

std::string RecopsdServer::url() const {
    return m_server->url();
}

void RecopsdServer::shutdown() {
    if (m_server) {
        m_server->shutdown();
    }
    // After the server: the windows' last checkpoint then holds every request answered.
    if (m_monitoring) {
        m_monitoring->shutdown();
    }
    if (m_accessLog) {
        m_accessLog->flush();
    }
}

}  // namespace recops::service
