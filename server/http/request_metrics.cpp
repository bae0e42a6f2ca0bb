// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "http/request_metrics.h"

#include "http/request_observer.h"

namespace recops::http {

const std::vector<double>& RequestMetrics::durationBuckets() {
    static const std::vector<double> buckets{0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.075,
                                             0.1,    0.25,  0.5,    1.0,   2.5,  5.0,   10.0};
    return buckets;
}

RequestMetrics::RequestMetrics(metrics::Registry& registry, const std::vector<std::string>& routes,
                               RequestObserver* observer)
    : m_observer(observer) {
    auto& requests = registry.counterFamily(
        "http_requests_total", "HTTP requests answered, by method, route template and status.",
        {"method", "route", "status"});
    auto& durations = registry.histogramFamily(
        "http_request_duration_seconds",
        "Time from a complete request to its response, by route template, in seconds.", {"route"},
        durationBuckets());
    std::vector<std::string> labels = routes;
    labels.emplace_back(kUnmatchedRoute);
    for (const std::string& route : labels) {
        m_routes.push_back({route, &durations.withLabels({route}),
                            std::make_unique<RequestCounterTable>(requests, route)});
    }
}

void RequestMetrics::record(std::size_t routeIndex, std::string_view method, unsigned status,
                            double durationSeconds) {
    RouteMetrics& route =
        m_routes[routeIndex < m_routes.size() ? routeIndex : unmatchedRouteIndex()];
    route.duration->observe(durationSeconds);
    route.requests->counter(methodLabelIndex(method), status).increment();
    if (m_observer != nullptr) {
        m_observer->observe(route.route, status, durationSeconds);
    }
}

}  // namespace recops::http
