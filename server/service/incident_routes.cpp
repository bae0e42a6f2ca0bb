// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "service/incident_routes.h"

#include "http/json_body.h"
#include "http/query_parameters.h"
#include "http/responses.h"
#include "http/router.h"
#include "incidents/incident_json.h"
#include "incidents/incident_service.h"
#include "service/audit_trail.h"
#include "service/authenticator.h"
#include "service/incident_escalation.h"
#include "service/monitoring_plane.h"
#include "service/request_input.h"
#include "service/service_context.h"
#include "store/storage.h"

#include <variant>

namespace recops::service {
namespace {

constexpr std::string_view kIncidentsPath = "/api/v1/incidents";
constexpr std::int64_t kDefaultListLimit = 100;
constexpr std::int64_t kMaxListLimit = 1000;

using incidents::IncidentService;

std::string incidentPath(std::int64_t id) {
    return std::string(kIncidentsPath) + "/" + std::to_string(id);
}

incidents::Actor actorOf(const Principal& caller) {
    return incidents::Actor{caller.tokenId, caller.name};
}

http::Response notFound(const http::RequestContext& context) {
    return http::problemResponse(
        context, http::Problem{http::ProblemType::NotFound,
                               "no incident has id " + std::string(context.parameter("id"))});
}

http::Response errorResponse(const http::RequestContext& context,
                             const incidents::IncidentError& error) {
    const auto type = [&error] {
        switch (error.kind) {
            case incidents::IncidentErrorKind::NotFound:
                return http::ProblemType::NotFound;
            case incidents::IncidentErrorKind::InvalidRequest:
                return http::ProblemType::InvalidRequest;
            case incidents::IncidentErrorKind::Conflict:
                break;
        }
        return http::ProblemType::Conflict;
    };
    return http::problemResponse(context, http::Problem{type(), error.detail});
}

/// The JSON body, or the problem to answer (415, 400 malformed).
std::variant<nlohmann::json, http::Response> body(const http::RequestContext& context) {
    auto parsed = http::parseJsonBody(context);
    if (const auto* problem = std::get_if<http::Problem>(&parsed)) {
        return http::problemResponse(context, *problem);
    }
    return std::get<nlohmann::json>(std::move(parsed));
}

template <typename Request>
std::variant<Request, http::Response> readRequest(
    const http::RequestContext& context,
    std::variant<Request, std::string> (*reader)(const nlohmann::json&)) {
    auto json = body(context);
    if (auto* response = std::get_if<http::Response>(&json)) {
        return std::move(*response);
    }
    auto request = reader(std::get<nlohmann::json>(json));
    if (auto* detail = std::get_if<std::string>(&request)) {
        return http::problemResponse(context, invalidRequest(std::move(*detail)));
    }
    return std::get<Request>(std::move(request));
}

http::Response createIncident(const http::RequestContext& context, const ServiceContext& service,
                              const Principal& caller, AuditNote& note) {
    auto request = readRequest<incidents::NewIncident>(context, incidents::readNewIncident);
    if (auto* response = std::get_if<http::Response>(&request)) {
        return std::move(*response);
    }
    IncidentService incidents(service.storage.incidents());
    const store::IncidentRecord created =
        incidents.create(std::get<incidents::NewIncident>(std::move(request)), actorOf(caller));
    note.target = incidentPath(created.id);
    http::Response response = http::jsonResponse(
        http::Status::created, incidents::incidentToJson(created, incidents.timeline(created.id)));
    response.set(http::Field::location, note.target);
    return response;
}

http::Response listIncidents(const http::RequestContext& context, const ServiceContext& service) {
    auto parsed = http::QueryParameters::parse(context.query);
    if (const auto* problem = std::get_if<http::Problem>(&parsed)) {
        return http::problemResponse(context, *problem);
    }
    const auto& parameters = std::get<http::QueryParameters>(parsed);
    if (const auto problem = parameters.rejectUnknown({"status", "limit"})) {
        return http::problemResponse(context, *problem);
    }
    std::optional<store::IncidentStatus> status;
    if (const auto text = parameters.find("status")) {
        status = store::parseIncidentStatus(*text);
        if (!status) {
            return http::problemResponse(
                context, invalidRequest("status must be one of open, mitigated, resolved; got \"" +
                                        std::string(*text) + "\""));
        }
    }
    std::int64_t limit = kDefaultListLimit;
    if (const auto text = parameters.find("limit")) {
        const auto value = parsePositiveInteger(*text);
        if (!value || *value > kMaxListLimit) {
            return http::problemResponse(context,
                                         invalidRequest("limit must be an integer from 1 to " +
                                                        std::to_string(kMaxListLimit) + ", got \"" +
                                                        std::string(*text) + "\""));
        }
        limit = *value;
    }
    nlohmann::json items = nlohmann::json::array();
    for (const store::IncidentRecord& incident :
         IncidentService(service.storage.incidents())
             .list(status, static_cast<std::size_t>(limit))) {
        items.push_back(incidents::incidentToJson(incident));
    }
    return http::jsonResponse(http::Status::ok, {{"incidents", std::move(items)}});
}

http::Response getIncident(const http::RequestContext& context, const ServiceContext& service) {
    const auto id = parsePositiveInteger(context.parameter("id"));
    IncidentService incidents(service.storage.incidents());
    const auto incident = id ? incidents.find(*id) : std::nullopt;
    if (!incident) {
        return notFound(context);
    }
    return http::jsonResponse(http::Status::ok,
                              incidents::incidentToJson(*incident, incidents.timeline(*id)));
}

http::Response updateIncident(const http::RequestContext& context, const ServiceContext& service,
                              const Principal& caller) {
    const auto id = parsePositiveInteger(context.parameter("id"));
    if (!id) {
        return notFound(context);
    }
    auto request = readRequest<incidents::IncidentPatch>(context, incidents::readIncidentPatch);
    if (auto* response = std::get_if<http::Response>(&request)) {
        return std::move(*response);
    }
    IncidentService incidents(service.storage.incidents());
    auto outcome =
        incidents.update(*id, std::get<incidents::IncidentPatch>(request), actorOf(caller));
    if (const auto* error = std::get_if<incidents::IncidentError>(&outcome)) {
        return errorResponse(context, *error);
    }
    return http::jsonResponse(http::Status::ok,
                              incidents::incidentToJson(std::get<store::IncidentRecord>(outcome),
                                                        incidents.timeline(*id)));
}

http::Response appendEntry(const http::RequestContext& context, const ServiceContext& service,
                           const Principal& caller) {
    const auto id = parsePositiveInteger(context.parameter("id"));
    if (!id) {
        return notFound(context);
    }
    auto request = readRequest<incidents::NewTimelineEntry>(context, incidents::readTimelineEntry);
    if (auto* response = std::get_if<http::Response>(&request)) {
        return std::move(*response);
    }
    auto outcome = IncidentService(service.storage.incidents())
                       .append(*id, std::get<incidents::NewTimelineEntry>(std::move(request)),
                               actorOf(caller));
    if (const auto* error = std::get_if<incidents::IncidentError>(&outcome)) {
        return errorResponse(context, *error);
    }
    const auto& appended = std::get<incidents::AppendedEntry>(outcome);
    // 201 the first time, 200 for a retry: either way the client holds the stored entry.
    http::Response response =
        http::jsonResponse(appended.created ? http::Status::created : http::Status::ok,
                           incidents::timelineEntryToJson(appended.entry));
    response.set(http::Field::location, incidentPath(*id));
    return response;
}

http::Response escalateIncident(const http::RequestContext& context, const ServiceContext& service,
                                const Principal& caller) {
    const auto id = parsePositiveInteger(context.parameter("id"));
    if (!id) {
        return notFound(context);
    }
    auto request =
        readRequest<incidents::EscalationRequest>(context, incidents::readEscalationRequest);
    if (auto* response = std::get_if<http::Response>(&request)) {
        return std::move(*response);
    }
    MonitoringPlane& monitoring = service.monitoring;
    auto outcome =
        IncidentEscalation(service.storage.incidents(), monitoring.alerts(), monitoring.onCall(),
                           monitoring.escalator())
            .escalate(*id, std::get<incidents::EscalationRequest>(request), actorOf(caller));
    if (const auto* error = std::get_if<incidents::IncidentError>(&outcome)) {
        return errorResponse(context, *error);
    }
    const auto& result = std::get<IncidentEscalationResult>(outcome);
    http::Response response = http::jsonResponse(
        http::Status::ok, {{"incident_id", *id},
                           {"policy", result.policyId},
                           {"level", result.level},
                           {"levels", result.levels},
                           {"last_level", result.level == result.levels},
                           {"notified", result.notified},
                           {"unreachable", result.unreachable},
                           {"timeline_entry", incidents::timelineEntryToJson(result.entry)}});
    response.set(http::Field::location, incidentPath(*id));
    return response;
}

}  // namespace

void addIncidentRoutes(http::Router& router, const ServiceContext& service) {
    const std::string incidentTemplate = std::string(kIncidentsPath) + "/{id}";
    const Authenticator& auth = service.authenticator;
    router.add(http::Verb::post, kIncidentsPath,
               service.audit.route(store::Role::Operator, "incident.create",
                                   [&service](const auto& context, const auto& caller, auto& note) {
                                       return createIncident(context, service, caller, note);
                                   }));
    router.add(http::Verb::get, kIncidentsPath,
               auth.requireRole(store::Role::Viewer, [&service](const auto& context, const auto&) {
                   return listIncidents(context, service);
               }));
    router.add(http::Verb::get, incidentTemplate,
               auth.requireRole(store::Role::Viewer, [&service](const auto& context, const auto&) {
                   return getIncident(context, service);
               }));
    router.add(http::Verb::patch, incidentTemplate,
               service.audit.route(store::Role::Operator, "incident.update",
                                   [&service](const auto& context, const auto& caller, auto&) {
                                       return updateIncident(context, service, caller);
                                   }));
    router.add(http::Verb::post, incidentTemplate + "/timeline",
               service.audit.route(store::Role::Operator, "incident.timeline.append",
                                   [&service](const auto& context, const auto& caller, auto&) {
                                       return appendEntry(context, service, caller);
                                   }));
    router.add(http::Verb::post, incidentTemplate + "/escalate",
               service.audit.route(store::Role::Operator, "incident.escalate",
                                   [&service](const auto& context, const auto& caller, auto&) {
                                       return escalateIncident(context, service, caller);
                                   }));
}

}  // namespace recops::service
