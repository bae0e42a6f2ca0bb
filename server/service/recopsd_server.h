// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "service/serving_model.h"

#include <chrono>
#include <filesystem>
#include <memory>
#include <string>

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
namespace recops::store {
class Storage;
}

namespace recops::service {

class Authenticator;
class MonitoringPlane;
class TokenDirectory;
struct ServiceContext;

/**
 * recopsd assembled from its parts for `recopsd serve`: storage, metrics, token directory,
 * routes, dispatcher, access log and HTTP server, all configured from one Configuration.
 *
 * The constructor opens and migrates the store (and creates the bootstrap admin token when
 * configured); start() binds and serves; shutdown() stops gracefully and flushes the access
 * log. Construction and start() throw with a one-line reason when something is wrong.
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

private:
    common::Logger& m_logger;
    std::unique_ptr<common::LogSink> m_accessLogFile;
    std::unique_ptr<http::AccessLog> m_accessLog;
    std::unique_ptr<store::Storage> m_storage;
    std::unique_ptr<metrics::Registry> m_metrics;
    NoServingModel m_servingModel;
    std::unique_ptr<TokenDirectory> m_tokenDirectory;
    std::unique_ptr<Authenticator> m_authenticator;
    std::unique_ptr<MonitoringPlane> m_monitoring;
    std::unique_ptr<ServiceContext> m_context;
    std::unique_ptr<http::Router> m_router;
    std::unique_ptr<http::RequestMetrics> m_requestMetrics;
    std::unique_ptr<http::RequestDispatcher> m_dispatcher;
    std::unique_ptr<http::Server> m_server;
    std::chrono::steady_clock::time_point m_startedAt;
};

}  // namespace recops::service
