// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "service/alert_routes.h"

#include "common/timestamp.h"
#include "http/json_body.h"
#include "http/query_parameters.h"
#include "http/responses.h"
#include "http/router.h"
#include "service/alert_json.h"
#include "service/audit_trail.h"
#include "service/authenticator.h"
#include "service/monitoring_plane.h"
#include "service/service_context.h"

#include <algorithm>
#include <set>

namespace recops::service {
namespace {

using alerting::Alert;
using alerting::AlertState;
using TimePoint = std::chrono::system_clock::time_point;

constexpr std::int64_t kMaxLimit = 1000;

enum class SilencedFilter { Exclude, Include, Only };

/// The comma-separated values of @p name, each checked by @p parse.
template <typename T, typename Parse>
std::variant<std::set<T>, http::Problem> readSet(const http::QueryParameters& query,
                                                 std::string_view name, std::string_view allowed,
                                                 Parse parse) {
    std::set<T> values;
    const auto text = query.find(name);
    if (!text) {
        return values;
    }
    std::string_view rest = *text;
    while (true) {
        const auto comma = rest.find(',');
        const std::string_view item = rest.substr(0, comma);
        const auto value = parse(item);
        if (!value) {
            return http::invalidParameter(
                name, "\"" + std::string(item) + "\" is not one of " + std::string(allowed));
        }
        values.insert(*value);
        if (comma == std::string_view::npos) {
            return values;
        }
        rest.remove_prefix(comma + 1);
    }
}

std::variant<SilencedFilter, http::Problem> readSilencedFilter(const http::QueryParameters& query) {
    const std::string text(query.find("silenced").value_or("exclude"));
    if (text == "exclude") {
        return SilencedFilter::Exclude;
    }
    if (text == "include") {
        return SilencedFilter::Include;
    }
    if (text == "only") {
        return SilencedFilter::Only;
    }
    return http::invalidParameter("silenced",
                                  "\"" + text + "\" is not one of exclude, include, only");
}

http::Response notFound(const http::RequestContext& context) {
    return http::problemResponse(
        context, http::Problem{http::ProblemType::NotFound,
                               "no alert has id " + std::string(context.parameter("id"))});
}

http::Response listAlerts(const http::RequestContext& context, const ServiceContext& service) {
    auto parsed =
        http::QueryParameters::parse(context.query, {"state", "severity", "silenced", "limit"});
    if (const auto* problem = std::get_if<http::Problem>(&parsed)) {
        return http::problemResponse(context, *problem);
    }
    const http::QueryParameters& query = std::get<http::QueryParameters>(parsed);
    auto states =
        readSet<AlertState>(query, "state", "pending, firing, resolved", alerting::parseAlertState);
    auto severities = readSet<monitoring::Severity>(query, "severity", "info, warning, critical",
                                                    monitoring::parseSeverity);
    auto limit = query.integer("limit", 100, 1, kMaxLimit);
    auto silenced = readSilencedFilter(query);
    for (const http::Problem* problem :
         {std::get_if<http::Problem>(&states), std::get_if<http::Problem>(&severities),
          std::get_if<http::Problem>(&limit), std::get_if<http::Problem>(&silenced)}) {
        if (problem != nullptr) {
            return http::problemResponse(context, *problem);
        }
    }
    const SilencedFilter silencedFilter = std::get<SilencedFilter>(silenced);
    std::set<AlertState> wanted = std::get<std::set<AlertState>>(states);
    if (wanted.empty()) {
        wanted = {AlertState::Pending, AlertState::Firing};
    }
    const auto& wantedSeverities = std::get<std::set<monitoring::Severity>>(severities);
    const auto maximum = static_cast<std::size_t>(std::get<std::int64_t>(limit));

    std::vector<Alert> candidates = service.monitoring.alerts().active();
    if (wanted.contains(AlertState::Resolved)) {
        for (Alert& alert : service.monitoring.alerts().resolved(maximum)) {
            candidates.push_back(std::move(alert));
        }
    }
    const TimePoint now = std::chrono::system_clock::now();
    nlohmann::json alerts = nlohmann::json::array();
    for (const Alert& alert : candidates) {
        if (alerts.size() >= maximum || !wanted.contains(alert.state) ||
            (!wantedSeverities.empty() && !wantedSeverities.contains(alert.severity))) {
            continue;
        }
        const std::vector<std::string> silencedBy =
            alert.state == AlertState::Resolved
                ? std::vector<std::string>{}
                : service.monitoring.silences().silencing(alert.labels, now);
        if ((silencedFilter == SilencedFilter::Exclude && !silencedBy.empty()) ||
            (silencedFilter == SilencedFilter::Only && silencedBy.empty())) {
            continue;
        }
        alerts.push_back(alertToJson(alert, silencedBy));
    }
    return http::jsonResponse(http::Status::ok, {{"alerts", alerts}});
}

http::Response getAlert(const http::RequestContext& context, const ServiceContext& service) {
    const auto alert = service.monitoring.alerts().find(context.parameter("id"));
    if (!alert) {
        return notFound(context);
    }
    const auto silencedBy = alert->state == AlertState::Resolved
                                ? std::vector<std::string>{}
                                : service.monitoring.silences().silencing(
                                      alert->labels, std::chrono::system_clock::now());
    return http::jsonResponse(http::Status::ok, alertToJson(*alert, silencedBy));
}

http::Response acknowledge(const http::RequestContext& context, const ServiceContext& service,
                           const Principal& caller) {
    std::string comment;
    if (!context.request.body().empty()) {
        auto body = http::parseJsonBody(context);
        if (const auto* problem = std::get_if<http::Problem>(&body)) {
            return http::problemResponse(context, *problem);
        }
        try {
            const JsonReader reader(std::get<nlohmann::json>(body), {});
            reader.expectObject({"comment"});
            comment = reader.optionalString("comment", {}, 1000);
        } catch (const InvalidInput& error) {
            return http::problemResponse(
                context, http::Problem{http::ProblemType::InvalidRequest, error.what()});
        }
    }
    const std::string id(context.parameter("id"));
    auto outcome = service.monitoring.alerts().acknowledge(id, actorName(caller), comment,
                                                           std::chrono::system_clock::now());
    if (const auto* alert = std::get_if<Alert>(&outcome)) {
        return http::jsonResponse(http::Status::ok, alertToJson(*alert, {}));
    }
    switch (std::get<alerting::AcknowledgeRefusal>(outcome)) {
        case alerting::AcknowledgeRefusal::NotFound:
            return notFound(context);
        case alerting::AcknowledgeRefusal::AlreadyAcknowledged: {
            const auto alert = service.monitoring.alerts().find(id);
            return http::problemResponse(
                context, http::Problem{http::ProblemType::Conflict,
                                       "alert " + id + " was already acknowledged by " +
                                           alert->acknowledgment->by + " at " +
                                           common::formatTimestamp(alert->acknowledgment->at)});
        }
        case alerting::AcknowledgeRefusal::Resolved: {
            const auto alert = service.monitoring.alerts().find(id);
            return http::problemResponse(
                context, http::Problem{http::ProblemType::Conflict,
                                       "alert " + id + " resolved at " +
                                           common::formatTimestamp(
                                               alert->resolvedAt.value_or(alert->activeSince)) +
                                           "; there is nothing to acknowledge"});
        }
    }
    return notFound(context);
}

http::Response history(const http::RequestContext& context, const ServiceContext& service) {
    auto parsed =
        http::QueryParameters::parse(context.query, {"alert", "from", "to", "before", "limit"});
    if (const auto* problem = std::get_if<http::Problem>(&parsed)) {
        return http::problemResponse(context, *problem);
    }
    const http::QueryParameters& query = std::get<http::QueryParameters>(parsed);
    auto from = query.timestamp("from");
    auto to = query.timestamp("to");
    auto limit = query.integer("limit", 100, 1, kMaxLimit);
    auto before = query.integer("before", 0, 1, std::numeric_limits<std::int64_t>::max());
    for (const http::Problem* problem :
         {std::get_if<http::Problem>(&from), std::get_if<http::Problem>(&to),
          std::get_if<http::Problem>(&limit), std::get_if<http::Problem>(&before)}) {
        if (problem != nullptr) {
            return http::problemResponse(context, *problem);
        }
    }
    store::AlertEventQuery eventQuery;
    if (const auto alert = query.find("alert")) {
        eventQuery.alertId = std::string(*alert);
    }
    if (const auto& time = std::get<0>(from)) {
        eventQuery.fromMs = common::toUnixMilliseconds(*time);
    }
    if (const auto& time = std::get<0>(to)) {
        eventQuery.toMs = common::toUnixMilliseconds(*time);
    }
    if (eventQuery.fromMs && eventQuery.toMs && *eventQuery.fromMs >= *eventQuery.toMs) {
        return http::problemResponse(context,
                                     http::invalidParameter("from", "must be earlier than to"));
    }
    if (query.find("before")) {
        eventQuery.beforeId = std::get<std::int64_t>(before);
    }
    eventQuery.limit = static_cast<std::size_t>(std::get<std::int64_t>(limit));
    nlohmann::json events = nlohmann::json::array();
    const auto entries = service.monitoring.alerts().history(eventQuery);
    for (const alerting::AlertHistoryEntry& entry : entries) {
        events.push_back(
            {{"id", entry.event.id},
             {"alert_id", entry.alert.id},
             {"rule", entry.alert.rule},
             {"labels", entry.alert.labels},
             {"severity", monitoring::severityName(entry.alert.severity)},
             {"kind", entry.event.kind},
             {"at", common::formatTimestamp(common::fromUnixMilliseconds(entry.event.atMs))},
             {"actor", entry.event.actor},
             {"detail", entry.event.detail}});
    }
    // A full page may have more behind it: the client asks again with before=<last id>.
    nlohmann::json next = nullptr;
    if (entries.size() == eventQuery.limit && !entries.empty()) {
        next = entries.back().event.id;
    }
    return http::jsonResponse(http::Status::ok, {{"events", events}, {"next_before", next}});
}

http::Response rules(const http::RequestContext& context, const ServiceContext& service) {
    auto parsed = http::QueryParameters::parse(context.query, {});
    if (const auto* problem = std::get_if<http::Problem>(&parsed)) {
        return http::problemResponse(context, *problem);
    }
    nlohmann::json list = nlohmann::json::array();
    for (const monitoring::AlertRule& rule : service.monitoring.rules()) {
        list.push_back({{"name", rule.name},
                        {"severity", monitoring::severityName(rule.severity)},
                        {"for_s", std::chrono::duration<double>(rule.forDuration).count()},
                        {"labels", rule.labels},
                        {"description", rule.description}});
    }
    return http::jsonResponse(http::Status::ok, {{"rules", list}});
}

}  // namespace

void addAlertRoutes(http::Router& router, const ServiceContext& service) {
    const Authenticator& auth = service.authenticator;
    router.add(http::Verb::get, "/api/v1/alerts",
               auth.requireRole(store::Role::Viewer, [&service](const auto& context, const auto&) {
                   return listAlerts(context, service);
               }));
    router.add(http::Verb::get, "/api/v1/alerts/history",
               auth.requireRole(store::Role::Viewer, [&service](const auto& context, const auto&) {
                   return history(context, service);
               }));
    router.add(http::Verb::get, "/api/v1/alerts/rules",
               auth.requireRole(store::Role::Viewer, [&service](const auto& context, const auto&) {
                   return rules(context, service);
               }));
    router.add(http::Verb::get, "/api/v1/alerts/{id}",
               auth.requireRole(store::Role::Viewer, [&service](const auto& context, const auto&) {
                   return getAlert(context, service);
               }));
    router.add(http::Verb::post, "/api/v1/alerts/{id}/ack",
               service.audit.route(store::Role::Operator, "alert.acknowledge",
                                   [&service](const auto& context, const auto& caller, auto&) {
                                       return acknowledge(context, service, caller);
                                   }));
}

}  // namespace recops::service
