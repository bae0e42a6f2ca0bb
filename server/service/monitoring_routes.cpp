// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "service/monitoring_routes.h"

#include "common/timestamp.h"
#include "http/query_parameters.h"
#include "http/responses.h"
#include "http/router.h"
#include "monitoring/series.h"
#include "monitoring/slo_report.h"
#include "service/alert_json.h"
#include "service/authenticator.h"
#include "service/monitoring_plane.h"
#include "service/service_context.h"

namespace recops::service {
namespace {

using TimePoint = std::chrono::system_clock::time_point;
using std::chrono::seconds;

/// As many points as Prometheus' query_range answers at most.
constexpr std::int64_t kMaxPoints = 11'000;
/// How far past now a range may end, for clients whose clock runs a little ahead.
constexpr seconds kClockSkewAllowance{60};
constexpr std::int64_t kMinuteSeconds = 60;

nlohmann::json optionalNumber(const std::optional<double>& value) {
    return value ? nlohmann::json(*value) : nlohmann::json(nullptr);
}

std::string_view kindName(monitoring::SloKind kind) {
    switch (kind) {
        case monitoring::SloKind::Availability:
            return "availability";
        case monitoring::SloKind::Latency:
            return "latency";
        case monitoring::SloKind::ErrorRate:
            return "error_rate";
    }
    return "availability";
}

std::string seriesNames() {
    std::string names;
    for (monitoring::Series series : monitoring::allSeries()) {
        names += names.empty() ? "" : ", ";
        names += monitoring::seriesName(series);
    }
    return names;
}

nlohmann::json sloToJson(const monitoring::SloReport& report) {
    const monitoring::SloDefinition& slo = report.definition;
    nlohmann::json burnRates = nlohmann::json::array();
    for (const monitoring::BurnRateReading& reading : report.burnRates) {
        burnRates.push_back({{"windows", reading.windows.name},
                             {"long_window_s", reading.windows.longWindow.count()},
                             {"short_window_s", reading.windows.shortWindow.count()},
                             {"long", optionalNumber(reading.longRate)},
                             {"short", optionalNumber(reading.shortRate)}});
    }
    nlohmann::json json{{"name", slo.name},
                        {"description", slo.description},
                        {"kind", kindName(slo.kind)},
                        {"objective", slo.objective},
                        {"window_s", slo.window.count()},
                        {"requests", report.requests},
                        {"sli", optionalNumber(report.indicator)},
                        {"good_ratio", optionalNumber(report.goodRatio)},
                        {"error_budget_remaining", optionalNumber(report.errorBudgetRemaining)},
                        {"met", report.met ? nlohmann::json(*report.met) : nlohmann::json(nullptr)},
                        {"burn_rates", burnRates}};
    if (slo.kind == monitoring::SloKind::Latency) {
        json["latency_threshold_ms"] = slo.latencyThresholdSeconds * 1000.0;
        json["percentile"] = monitoring::latencyPercentile(slo);
    }
    return json;
}

http::Response slo(const http::RequestContext& context, const ServiceContext& service) {
    auto query = http::QueryParameters::parse(context.query, {});
    if (const auto* problem = std::get_if<http::Problem>(&query)) {
        return http::problemResponse(context, *problem);
    }
    const TimePoint now = std::chrono::system_clock::now();
    nlohmann::json slos = nlohmann::json::array();
    for (const monitoring::SloDefinition& definition : service.monitoring.slos()) {
        slos.push_back(
            sloToJson(monitoring::evaluateSlo(definition, service.monitoring.windows(), now)));
    }
    return http::jsonResponse(http::Status::ok,
                              {{"evaluated_at", common::formatTimestamp(now)}, {"slos", slos}});
}

std::int64_t unixSeconds(TimePoint time) {
    return std::chrono::floor<seconds>(time.time_since_epoch()).count();
}

/// Everything a history request asks, checked.
struct HistoryQuery {
    monitoring::Series series = monitoring::Series::RequestRate;
    std::int64_t from = 0;
    std::int64_t to = 0;
    std::int64_t step = 1;
    std::int64_t resolution = 1;
};

std::variant<HistoryQuery, http::Problem> readHistoryQuery(
    const http::QueryParameters& query, const monitoring::RollingWindows& windows, TimePoint now) {
    HistoryQuery history;
    const auto name = query.find("series");
    if (!name) {
        return http::invalidParameter("series", "required; one of " + seriesNames());
    }
    const auto series = monitoring::parseSeries(*name);
    if (!series) {
        return http::invalidParameter(
            "series", "unknown series \"" + std::string(*name) + "\"; one of " + seriesNames());
    }
    history.series = *series;
    auto to = query.timestamp("to");
    auto from = query.timestamp("from");
    for (auto* parsed : {&to, &from}) {
        if (const auto* problem = std::get_if<http::Problem>(parsed)) {
            return *problem;
        }
    }
    // Without a `to`, the range ends after the current second, partial as it is, so that a
    // chart shows the latest requests.
    history.to = std::get<0>(to) ? unixSeconds(*std::get<0>(to)) : unixSeconds(now) + 1;
    history.from = std::get<0>(from) ? unixSeconds(*std::get<0>(from)) : history.to - 3600;
    if (history.from >= history.to) {
        return http::invalidParameter("from", "must be earlier than to");
    }
    if (history.to > unixSeconds(now + kClockSkewAllowance)) {
        return http::invalidParameter(
            "to", "is in the future (now is " + common::formatTimestamp(now) + ")");
    }
    const std::int64_t retentionStart = unixSeconds(windows.retentionStart(now));
    if (history.from < retentionStart) {
        return http::invalidParameter("from",
                                      "is older than the history kept; the earliest is " +
                                          common::formatTimestamp(windows.retentionStart(now)));
    }
    const bool minutes = history.from < unixSeconds(windows.secondResolutionStart(now));
    history.resolution = minutes ? kMinuteSeconds : 1;
    const std::int64_t span = history.to - history.from;
    // By default about 300 points, on the data's own resolution.
    const std::int64_t perPoint = std::max<std::int64_t>(1, (span + 299) / 300);
    const std::int64_t fallback =
        (perPoint + history.resolution - 1) / history.resolution * history.resolution;
    auto step = query.integer("step", fallback, 1, 30 * 86400);
    if (const auto* problem = std::get_if<http::Problem>(&step)) {
        return *problem;
    }
    history.step = std::get<std::int64_t>(step);
    if (history.step % history.resolution != 0) {
        return http::invalidParameter(
            "step", "must be a multiple of 60 s for a range reaching back past " +
                        common::formatTimestamp(windows.secondResolutionStart(now)) +
                        " (data older than the last hour is kept per minute)");
    }
    if (minutes) {
        history.from -= ((history.from % kMinuteSeconds) + kMinuteSeconds) % kMinuteSeconds;
    }
    const std::int64_t points = (history.to - history.from + history.step - 1) / history.step;
    if (points > kMaxPoints) {
        return http::invalidParameter("step", "the range holds " + std::to_string(points) +
                                                  " points at this step; at most " +
                                                  std::to_string(kMaxPoints) + " are answered");
    }
    return history;
}

http::Response metricsHistory(const http::RequestContext& context, const ServiceContext& service) {
    auto parsed = http::QueryParameters::parse(context.query, {"series", "from", "to", "step"});
    if (const auto* problem = std::get_if<http::Problem>(&parsed)) {
        return http::problemResponse(context, *problem);
    }
    const TimePoint now = std::chrono::system_clock::now();
    const monitoring::RollingWindows& windows = service.monitoring.windows();
    auto read = readHistoryQuery(std::get<http::QueryParameters>(parsed), windows, now);
    if (const auto* problem = std::get_if<http::Problem>(&read)) {
        return http::problemResponse(context, *problem);
    }
    const HistoryQuery& history = std::get<HistoryQuery>(read);
    nlohmann::json points = nlohmann::json::array();
    for (std::int64_t start = history.from; start < history.to; start += history.step) {
        const std::int64_t end = std::min(start + history.step, history.to);
        const TimePoint startTime{seconds(start)};
        const monitoring::WindowCounts counts =
            windows.totals(startTime, TimePoint(seconds(end)), now);
        points.push_back({{"t", common::formatTimestamp(startTime)},
                          {"v", optionalNumber(monitoring::seriesValue(
                                    history.series, counts, static_cast<double>(end - start)))}});
    }
    return http::jsonResponse(http::Status::ok,
                              {{"series", monitoring::seriesName(history.series)},
                               {"unit", monitoring::seriesUnit(history.series)},
                               {"from", common::formatTimestamp(TimePoint(seconds(history.from)))},
                               {"to", common::formatTimestamp(TimePoint(seconds(history.to)))},
                               {"step_s", history.step},
                               {"resolution_s", history.resolution},
                               {"points", points}});
}

}  // namespace

void addMonitoringRoutes(http::Router& router, const ServiceContext& service) {
    const Authenticator& auth = service.authenticator;
    router.add(http::Verb::get, "/api/v1/slo",
               auth.requireRole(store::Role::Viewer, [&service](const auto& context, const auto&) {
                   return slo(context, service);
               }));
    router.add(http::Verb::get, "/api/v1/metrics/history",
               auth.requireRole(store::Role::Viewer, [&service](const auto& context, const auto&) {
                   return metricsHistory(context, service);
               }));
}

}  // namespace recops::service
