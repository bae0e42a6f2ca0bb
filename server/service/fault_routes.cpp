// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "service/fault_routes.h"

#include "common/logger.h"
#include "common/timestamp.h"
#include "http/json_body.h"
#include "http/query_parameters.h"
#include "http/responses.h"
#include "http/router.h"
#include "service/alert_json.h"
#include "service/audit_trail.h"
#include "service/authenticator.h"
#include "service/fault_json.h"
#include "service/monitoring_plane.h"
#include "service/service_context.h"

namespace recops::service {
namespace {

constexpr std::string_view kFaultsPath = "/api/v1/admin/faults";

struct FaultRequest {
    drills::FaultKind kind = drills::FaultKind::Latency;
    double magnitude = 1.0;
    std::chrono::seconds duration{0};
};

std::string kindNames() {
    std::string names;
    for (drills::FaultKind kind : drills::allFaultKinds()) {
        names += names.empty() ? "" : ", ";
        names += drills::faultKindName(kind);
    }
    return names;
}

FaultRequest readFault(const nlohmann::json& body, std::chrono::seconds maximumDuration) {
    const JsonReader reader(body, {});
    reader.expectObject({"kind", "magnitude", "duration_s"});
    const std::string kindText = reader.requiredString("kind", 50);
    const auto kind = drills::parseFaultKind(kindText);
    if (!kind) {
        reader.fail("kind", "expected one of " + kindNames() + ", got \"" + kindText + "\"");
    }
    const bool onOff =
        *kind == drills::FaultKind::ModelUnavailable || *kind == drills::FaultKind::CacheDown;
    const auto magnitude = reader.optionalNumber("magnitude");
    if (!magnitude && !onOff) {
        reader.fail("magnitude", "required for a " + kindText + " fault");
    }
    FaultRequest request{*kind, magnitude.value_or(1.0), {}};
    if (const auto problem =
            drills::FaultInjector::findMagnitudeProblem(*kind, request.magnitude)) {
        reader.fail("magnitude", *problem);
    }
    request.duration =
        std::chrono::seconds(reader.requiredInteger("duration_s", 1, maximumDuration.count()));
    return request;
}

http::Response listFaults(const http::RequestContext& context, const ServiceContext& service) {
    auto parsed = http::QueryParameters::parse(context.query, {});
    if (const auto* problem = std::get_if<http::Problem>(&parsed)) {
        return http::problemResponse(context, *problem);
    }
    const auto now = std::chrono::system_clock::now();
    nlohmann::json faults = nlohmann::json::array();
    for (const drills::Fault& fault : service.monitoring.faults().list()) {
        faults.push_back(faultToJson(fault, now));
    }
    return http::jsonResponse(
        http::Status::ok,
        {{"faults", faults}, {"max_duration_s", service.monitoring.maxFaultDuration().count()}});
}

http::Response injectFault(const http::RequestContext& context, const ServiceContext& service,
                           const Principal& caller) {
    auto body = http::parseJsonBody(context);
    if (const auto* problem = std::get_if<http::Problem>(&body)) {
        return http::problemResponse(context, *problem);
    }
    FaultRequest request;
    try {
        request = readFault(std::get<nlohmann::json>(body), service.monitoring.maxFaultDuration());
    } catch (const InvalidInput& error) {
        return http::problemResponse(
            context, http::Problem{http::ProblemType::InvalidRequest, error.what()});
    }
    auto outcome = service.monitoring.faults().inject(request.kind, request.magnitude,
                                                      request.duration, actorName(caller));
    const auto now = std::chrono::system_clock::now();
    if (const auto* conflict = std::get_if<drills::FaultConflict>(&outcome)) {
        return http::problemResponse(
            context, http::Problem{http::ProblemType::Conflict,
                                   "fault " + conflict->active.id + " of kind " +
                                       std::string(drills::faultKindName(request.kind)) +
                                       " is already active (until " +
                                       common::formatTimestamp(conflict->active.expiresAt) +
                                       "); delete it first"});
    }
    const drills::Fault& fault = std::get<drills::Fault>(outcome);
    service.monitoring.logger().warning("fault injected",
                                        {{"fault_id", fault.id},
                                         {"kind", drills::faultKindName(fault.kind)},
                                         {"magnitude", std::to_string(fault.magnitude)},
                                         {"expires_at", common::formatTimestamp(fault.expiresAt)},
                                         {"by", fault.createdBy}});
    http::Response response = http::jsonResponse(http::Status::created, faultToJson(fault, now));
    response.set(http::Field::location, std::string(kFaultsPath) + "/" + fault.id);
    return response;
}

http::Response clearFaults(const http::RequestContext& context, const ServiceContext& service) {
    auto parsed = http::QueryParameters::parse(context.query, {});
    if (const auto* problem = std::get_if<http::Problem>(&parsed)) {
        return http::problemResponse(context, *problem);
    }
    const std::size_t cleared = service.monitoring.faults().clearAll();
    service.monitoring.logger().info("faults cleared", {{"count", std::to_string(cleared)}});
    return http::noContentResponse();
}

http::Response clearFault(const http::RequestContext& context, const ServiceContext& service) {
    const std::string id(context.parameter("id"));
    if (!service.monitoring.faults().clear(id)) {
        return http::problemResponse(
            context, http::Problem{http::ProblemType::NotFound, "no active fault has id " + id});
    }
    service.monitoring.logger().info("fault cleared", {{"fault_id", id}});
    return http::noContentResponse();
}

}  // namespace

void addFaultRoutes(http::Router& router, const ServiceContext& service) {
    const Authenticator& auth = service.authenticator;
    router.add(http::Verb::get, kFaultsPath,
               auth.requireRole(store::Role::Admin, [&service](const auto& context, const auto&) {
                   return listFaults(context, service);
               }));
    router.add(http::Verb::post, kFaultsPath,
               service.audit.route(store::Role::Admin, "drill.fault.inject",
                                   [&service](const auto& context, const auto& caller, auto&) {
                                       return injectFault(context, service, caller);
                                   }));
    router.add(http::Verb::delete_, kFaultsPath,
               service.audit.route(store::Role::Admin, "drill.fault.clear_all",
                                   [&service](const auto& context, const auto&, auto&) {
                                       return clearFaults(context, service);
                                   }));
    router.add(http::Verb::delete_, std::string(kFaultsPath) + "/{id}",
               service.audit.route(store::Role::Admin, "drill.fault.clear",
                                   [&service](const auto& context, const auto&, auto&) {
                                       return clearFault(context, service);
                                   }));
}

}  // namespace recops::service
