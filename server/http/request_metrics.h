// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "http/request_counter_table.h"
#include "metrics/histogram.h"
#include "metrics/registry.h"

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace recops::http {

class RequestObserver;

/**
 * http_requests_total{method,route,status} and http_request_duration_seconds{route}, with
 * every route's children resolved at start so that recording a request takes no lock.
 *
 * Routes are the router's patterns, by index; requests that matched none are recorded under
 * the route "unmatched" (index routeCount()), which keeps the label set bounded whatever
 * paths clients send.
 */
class RequestMetrics {
public:
    static constexpr std::string_view kUnmatchedRoute = "unmatched";

    /// Bounds in seconds: fine below 100 ms (the P95 objective), coarse up to 10 s.
    static const std::vector<double>& durationBuckets();

    /// @p observer, when given, is told about every request recorded.
    RequestMetrics(metrics::Registry& registry, const std::vector<std::string>& routes,
                   RequestObserver* observer = nullptr);

    void record(std::size_t routeIndex, std::string_view method, unsigned status,
                double durationSeconds);

    std::size_t unmatchedRouteIndex() const { return m_routes.size() - 1; }

private:
    struct RouteMetrics {
        std::string route;
        metrics::Histogram* duration;
        std::unique_ptr<RequestCounterTable> requests;
    };

    std::vector<RouteMetrics> m_routes;
    RequestObserver* m_observer;
};

}  // namespace recops::http
