// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "http/request_dispatcher.h"

#include "common/logger.h"
#include "http/access_log.h"
#include "http/request_context.h"
#include "http/request_id.h"
#include "http/request_interceptor.h"
#include "http/request_metrics.h"
#include "http/responses.h"
#include "http/router.h"

#include <chrono>
#include <exception>

namespace recops::http {
namespace {

constexpr std::string_view kRequestIdHeader = "X-Request-Id";

std::string_view headerValue(const Request& request, std::string_view name) {
    const auto found = request.find(name);
    return found == request.end() ? std::string_view() : std::string_view(found->value());
}

double secondsSince(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

RequestDispatcher::RequestDispatcher(const Router& router, RequestMetrics& metrics,
                                     AccessLog& accessLog, common::Logger& logger,
                                     ExceptionTranslator translator,
                                     const RequestInterceptor* interceptor)
    : m_router(router)
    , m_metrics(metrics)
    , m_accessLog(accessLog)
    , m_logger(logger)
    , m_translator(std::move(translator))
    , m_interceptor(interceptor) {}

std::chrono::milliseconds RequestDispatcher::holdBefore(const Request& request) const {
    if (m_interceptor == nullptr) {
        return std::chrono::milliseconds(0);
    }
    const std::string_view target = request.target();
    return m_interceptor->holdBefore(target.substr(0, target.find('?')));
}

Response RequestDispatcher::dispatch(const Request& request, std::string_view remote,
                                     std::chrono::steady_clock::time_point receivedAt) {
    const auto started = receivedAt;
    const RequestId requestId = RequestId::acceptOrGenerate(headerValue(request, kRequestIdHeader));
    const std::string_view target = request.target();
    const auto question = target.find('?');
    const std::string_view path = target.substr(0, question);
    const std::string_view query =
        question == std::string_view::npos ? std::string_view() : target.substr(question + 1);

    const RouteResolution resolution = m_router.resolve(request.method(), path);
    const RequestContext context{request,          path,  query, resolution.parameters,
                                 requestId.view(), remote};
    Response response = answer(context, resolution);
    finish(response, request, requestId.view(), request.keep_alive());

    const bool routed = resolution.outcome != RouteOutcome::NotFound;
    account(request, response, routed ? resolution.patternIndex : m_metrics.unmatchedRouteIndex(),
            routed ? resolution.pattern : RequestMetrics::kUnmatchedRoute, path, requestId.view(),
            remote, secondsSince(started));
    return response;
}

Response RequestDispatcher::answer(const RequestContext& context,
                                   const RouteResolution& resolution) {
    try {
        switch (resolution.outcome) {
            case RouteOutcome::Found:
                if (m_interceptor != nullptr) {
                    if (const auto problem = m_interceptor->replace(context.path)) {
                        return problemResponse(context, *problem);
                    }
                }
                return (*resolution.handler)(context);
            case RouteOutcome::MethodNotAllowed:
                return problemResponse(
                    context, Problem{ProblemType::MethodNotAllowed,
                                     std::string(context.request.method_string()) +
                                         " is not allowed on " + std::string(resolution.pattern) +
                                         "; allowed: " + std::string(resolution.allow),
                                     nlohmann::json::object(),
                                     {{Field::allow, std::string(resolution.allow)}}});
            case RouteOutcome::NotFound:
                return problemResponse(context,
                                       Problem{ProblemType::NotFound,
                                               "no route matches " + std::string(context.path)});
        }
    } catch (const std::exception& error) {
        m_logger.error("request failed unexpectedly",
                       {{"request_id", context.requestId}, {"error", error.what()}});
        if (m_translator) {
            if (const std::optional<Problem> problem = m_translator(error)) {
                return problemResponse(context, *problem);
            }
        }
    } catch (...) {
        m_logger.error("request failed unexpectedly",
                       {{"request_id", context.requestId}, {"error", "unknown exception"}});
    }
    return problemResponse(context,
                           Problem{ProblemType::InternalError,
                                   "the server failed unexpectedly; the log has the cause under "
                                   "request id " +
                                       std::string(context.requestId)});
}

Response RequestDispatcher::reject(const Problem& problem, const Request& header,
                                   bool headerComplete, std::string_view remote) {
    const auto started = std::chrono::steady_clock::now();
    const RequestId requestId =
        RequestId::acceptOrGenerate(headerComplete ? headerValue(header, kRequestIdHeader) : "");
    Response response = makeProblemResponse(problem, requestId.view());
    finish(response, header, requestId.view(), false);
    const std::string_view target =
        headerComplete ? std::string_view(header.target()) : std::string_view();
    const std::string_view path = target.substr(0, target.find('?'));
    const RouteResolution resolution =
        headerComplete ? m_router.resolve(header.method(), path) : RouteResolution{};
    const bool routed = resolution.outcome != RouteOutcome::NotFound;
    account(header, response, routed ? resolution.patternIndex : m_metrics.unmatchedRouteIndex(),
            routed ? resolution.pattern : RequestMetrics::kUnmatchedRoute, path, requestId.view(),
            remote, secondsSince(started));
    return response;
}

void RequestDispatcher::finish(Response& response, const Request& request,
                               std::string_view requestId, bool keepAlive) const {
    response.version(request.version() == 10 ? 10 : 11);
    response.keep_alive(keepAlive);
    response.set(kRequestIdHeader, requestId);
    response.prepare_payload();
    if (request.method() == Verb::head) {
        // HEAD gets the GET response's headers, Content-Length included, without the body.
        const auto length = response.body().size();
        response.body().clear();
        response.content_length(length);
    }
}

void RequestDispatcher::account(const Request& request, const Response& response,
                                std::size_t routeIndex, std::string_view route,
                                std::string_view path, std::string_view requestId,
                                std::string_view remote, double durationSeconds) {
    const auto status = static_cast<unsigned>(response.result_int());
    const std::string_view method = request.method_string();
    m_metrics.record(routeIndex, method, status, durationSeconds);
    if (m_accessLog.enabled()) {
        m_accessLog.record(AccessLogEntry{std::chrono::system_clock::now(), requestId, method,
                                          route, path, status, durationSeconds * 1000.0,
                                          response.body().size(), remote});
    }
}

}  // namespace recops::http
