// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "http/message.h"
#include "http/problem.h"

#include <chrono>
#include <exception>
#include <functional>
#include <optional>
#include <string_view>

namespace recops::common {
class Logger;
}

namespace recops::http {

class AccessLog;
struct RequestContext;
class RequestId;
class RequestInterceptor;
class RequestMetrics;
class Router;
struct RouteResolution;

/**
 * The way of every request through the server, top to bottom: request id, route, handler,
 * then what every response carries (X-Request-Id, keep-alive, Content-Length), metrics and the
 * access log line.
 *
 * Holds the one try/catch per request: whatever a handler throws goes to the application log
 * under the request id and becomes a problem with that id: the one the exception translator
 * chooses (503 for a database that is down, say), otherwise a 500.
 */
class RequestDispatcher {
public:
    /// Chooses the problem for an exception a handler threw; nothing means 500.
    using ExceptionTranslator = std::function<std::optional<Problem>(const std::exception& error)>;

    /// @p interceptor, when given, may hold requests back or answer them with a problem
    /// instead of their handler (fault drills).
    RequestDispatcher(const Router& router, RequestMetrics& metrics, AccessLog& accessLog,
                      common::Logger& logger, ExceptionTranslator translator = {},
                      const RequestInterceptor* interceptor = nullptr);

    /// Answers a complete request from @p remote. Safe to call from every thread at once.
    /// @p receivedAt is when the request was complete: its duration, in metrics and the
    /// access log, counts from then, a hold included.
    Response dispatch(
        const Request& request, std::string_view remote,
        std::chrono::steady_clock::time_point receivedAt = std::chrono::steady_clock::now());

    /// How long the session should hold @p request before dispatching it; zero mostly.
    std::chrono::milliseconds holdBefore(const Request& request) const;

    /**
     * Answers a request that could not be read whole (headers or body too large, malformed
     * HTTP); the connection closes after it. @p header is the request as far as it was parsed
     * (method and target are only meaningful when @p headerComplete).
     */
    Response reject(const Problem& problem, const Request& header, bool headerComplete,
                    std::string_view remote);

private:
    Response answer(const RequestContext& context, const RouteResolution& resolution);
    void finish(Response& response, const Request& request, std::string_view requestId,
                bool keepAlive) const;
    void account(const Request& request, const Response& response, std::size_t routeIndex,
                 std::string_view route, std::string_view path, std::string_view requestId,
                 std::string_view remote, double durationSeconds);

    const Router& m_router;
    RequestMetrics& m_metrics;
    AccessLog& m_accessLog;
    common::Logger& m_logger;
    ExceptionTranslator m_translator;
    const RequestInterceptor* m_interceptor;
};

}  // namespace recops::http
