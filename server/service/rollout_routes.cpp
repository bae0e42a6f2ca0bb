// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "service/rollout_routes.h"

#include "common/timestamp.h"
#include "http/json_body.h"
#include "http/responses.h"
#include "http/router.h"
#include "models/live_model.h"
#include "models/model_lifecycle.h"
#include "models/rollout_monitor.h"
#include "service/audit_trail.h"
#include "service/authenticator.h"
#include "service/model_json.h"
#include "service/service_context.h"

#include <chrono>
#include <cmath>
#include <cstdio>
#include <variant>

namespace recops::service {
namespace {

http::Problem invalid(std::string detail) {
    return http::Problem{http::ProblemType::InvalidRequest, std::move(detail)};
}

/// 5, 12.5: std::to_string would write 5.000000 into the history.
std::string percentText(double percent) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%g", percent);
    return buffer;
}

std::string actorOf(const Principal& caller) {
    return caller.name.empty() ? "token " + caller.tokenId
                               : caller.name + " (token " + caller.tokenId + ")";
}

/// The model a rollout request names: "model" in the body must be the serving model, the only
/// one whose traffic recopsd splits.
std::optional<http::Problem> checkModel(const nlohmann::json& body, const ServiceContext& service) {
    if (body.contains("model") &&
        (!body["model"].is_string() || body["model"] != service.liveModel.modelName())) {
        return invalid("rollouts split the serving model's traffic; model must be \"" +
                       service.liveModel.modelName() + "\" (serving.model) or left out");
    }
    return std::nullopt;
}

http::Response start(const http::RequestContext& context, const ServiceContext& service,
                     const Principal& caller) {
    auto parsed = http::parseJsonBody(context);
    if (const auto* problem = std::get_if<http::Problem>(&parsed)) {
        return http::problemResponse(context, *problem);
    }
    const auto& body = std::get<nlohmann::json>(parsed);
    if (!body.is_object()) {
        return http::problemResponse(
            context, invalid("expected {\"candidate_version\": N, \"percent\": 5}"));
    }
    for (const auto& [member, value] : body.items()) {
        if (member != "model" && member != "candidate_version" && member != "percent") {
            return http::problemResponse(context,
                                         invalid("unknown member \"" + member +
                                                 "\" (known: model, candidate_version, percent)"));
        }
    }
    if (auto problem = checkModel(body, service)) {
        return http::problemResponse(context, *problem);
    }
    if (!body.contains("candidate_version") || !body["candidate_version"].is_number_integer() ||
        body["candidate_version"].get<std::int64_t>() < 1) {
        return http::problemResponse(context,
                                     invalid("candidate_version must be a version number"));
    }
    if (!body.contains("percent") || !body["percent"].is_number() ||
        !std::isfinite(body["percent"].get<double>()) || body["percent"].get<double>() < 0 ||
        body["percent"].get<double>() > 100) {
        return http::problemResponse(context, invalid("percent must be a number from 0 to 100"));
    }
    const std::string& model = service.liveModel.modelName();
    const int candidate = body["candidate_version"].get<int>();
    const auto production = service.registry.store().production(model);
    if (!production) {
        return http::problemResponse(context,
                                     http::Problem{http::ProblemType::Conflict,
                                                   "model " + model +
                                                       " has no Production version to compare a "
                                                       "candidate with"});
    }
    if (production->version == candidate) {
        return http::problemResponse(
            context, invalid("version " + std::to_string(candidate) +
                             " is the Production version; a canary needs another one"));
    }
    const store::RolloutRecord rollout{model, candidate, body["percent"].get<double>(),
                                       common::toUnixMilliseconds(std::chrono::system_clock::now()),
                                       actorOf(caller)};
    if (!service.registry.store().setRollout(rollout)) {
        return http::problemResponse(context, http::Problem{http::ProblemType::NotFound,
                                                            "model " + model + " has no version " +
                                                                std::to_string(candidate)});
    }
    // The candidate is loaded (and verified) on the watcher thread, not on this request's.
    service.liveModel.requestSync();
    return http::jsonResponse(http::Status::accepted, {{"model", model},
                                                       {"production_version", production->version},
                                                       {"candidate_version", candidate},
                                                       {"percent", rollout.percent},
                                                       {"status_url", "/api/v1/rollout/status"}});
}

nlohmann::json armToJson(const models::RolloutArmReport& arm) {
    return {{"model_version", arm.modelVersion},
            {"requests", arm.requests},
            {"errors", arm.errors},
            {"error_rate", arm.errorRate},
            {"latency_ms",
             {{"p50", arm.p50Seconds * 1000.0},
              {"p95", arm.p95Seconds * 1000.0},
              {"p99", arm.p99Seconds * 1000.0}}},
            {"engagements", arm.engagements},
            {"click_through", arm.clickThrough}};
}

http::Response status(const ServiceContext& service) {
    const std::string& model = service.liveModel.modelName();
    const auto rollout = service.registry.store().rollout(model);
    const auto state = service.liveModel.acquireState();
    nlohmann::json body{{"model", model}, {"active", rollout.has_value()}};
    if (!rollout) {
        return http::jsonResponse(http::Status::ok, body);
    }
    body["candidate_version"] = rollout->candidateVersion;
    body["percent"] = rollout->percent;
    body["started_at"] =
        common::formatTimestamp(common::fromUnixMilliseconds(rollout->startedAtMs));
    body["started_by"] = rollout->startedBy;
    // The candidate may still be loading, or have failed to load (see /healthz).
    body["candidate_serving"] =
        state->candidate && state->candidate->record.version == rollout->candidateVersion;
    const auto arms = service.rollouts->report();
    body["arms"] = {{"production", armToJson(arms[0])}, {"candidate", armToJson(arms[1])}};
    body["figures_since"] = common::formatTimestamp(service.rollouts->since());
    return http::jsonResponse(http::Status::ok, body);
}

http::Response promote(const http::RequestContext& context, const ServiceContext& service,
                       const Principal& caller) {
    const std::string& model = service.liveModel.modelName();
    const auto rollout = service.registry.store().rollout(model);
    if (!rollout) {
        return http::problemResponse(
            context, http::Problem{http::ProblemType::Conflict, "no rollout runs for " + model});
    }
    bool force = false;
    std::string comment = "promoted from a " + percentText(rollout->percent) + " % rollout";
    if (!context.request.body().empty()) {
        auto parsed = http::parseJsonBody(context);
        if (const auto* problem = std::get_if<http::Problem>(&parsed)) {
            return http::problemResponse(context, *problem);
        }
        const auto& body = std::get<nlohmann::json>(parsed);
        if (!body.is_object() || (body.contains("force") && !body["force"].is_boolean()) ||
            (body.contains("comment") && !body["comment"].is_string())) {
            return http::problemResponse(
                context, invalid("expected no body, or {\"comment\": \"...\", \"force\": false}"));
        }
        force = body.value("force", false);
        comment = body.value("comment", comment);
    }
    models::TransitionRequest request;
    request.model = model;
    request.version = rollout->candidateVersion;
    request.toStage = store::ModelStage::Production;
    request.comment = comment;
    request.force = force;
    request.actor = actorOf(caller);
    request.actorIsAdmin = caller.role == store::Role::Admin;
    const models::TransitionOutcome outcome = service.lifecycle.transition(request);
    if (outcome.status != models::TransitionStatus::Applied) {
        http::Problem problem{outcome.status == models::TransitionStatus::Conflict
                                  ? http::ProblemType::Conflict
                                  : http::ProblemType::TransitionRefused,
                              outcome.detail};
        problem.extensions["gates"] = outcome.gates.toJson();
        return http::problemResponse(context, problem);
    }
    service.registry.store().clearRollout(model);
    service.liveModel.requestSync();
    return http::jsonResponse(http::Status::ok, {{"status", "promoted"},
                                                 {"version", versionToJson(*outcome.version)},
                                                 {"gates", outcome.gates.toJson()}});
}

http::Response abort(const http::RequestContext& context, const ServiceContext& service) {
    const std::string& model = service.liveModel.modelName();
    if (!service.registry.store().clearRollout(model)) {
        return http::problemResponse(
            context, http::Problem{http::ProblemType::Conflict, "no rollout runs for " + model});
    }
    service.liveModel.requestSync();
    return http::jsonResponse(http::Status::ok, {{"status", "aborted"}, {"model", model}});
}

}  // namespace

void addRolloutRoutes(http::Router& router, const ServiceContext& service) {
    const Authenticator& auth = service.authenticator;
    router.add(http::Verb::post, "/api/v1/rollout",
               service.audit.route(store::Role::Operator, "rollout.start",
                                   [&service](const auto& context, const auto& caller, auto&) {
                                       return start(context, service, caller);
                                   }));
    router.add(http::Verb::get, "/api/v1/rollout/status",
               auth.requireRole(store::Role::Viewer,
                                [&service](const auto&, const auto&) { return status(service); }));
    router.add(http::Verb::post, "/api/v1/rollout/promote",
               service.audit.route(store::Role::Operator, "rollout.promote",
                                   [&service](const auto& context, const auto& caller, auto&) {
                                       return promote(context, service, caller);
                                   }));
    router.add(http::Verb::post, "/api/v1/rollout/abort",
               service.audit.route(store::Role::Operator, "rollout.abort",
                                   [&service](const auto& context, const auto&, auto&) {
                                       return abort(context, service);
                                   }));
}

}  // namespace recops::service
