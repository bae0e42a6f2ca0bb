// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "service/model_routes.h"

#include "common/resource_name.h"
#include "http/json_body.h"
#include "http/query_parameters.h"
#include "http/responses.h"
#include "http/router.h"
#include "models/live_model.h"
#include "models/model_lifecycle.h"
#include "service/audit_trail.h"
#include "service/authenticator.h"
#include "service/model_json.h"
#include "service/service_context.h"

#include <charconv>
#include <variant>

namespace recops::service {
namespace {

using store::ModelStage;

constexpr std::string_view kModelsPath = "/api/v1/models";

http::Problem invalid(std::string detail) {
    return http::Problem{http::ProblemType::InvalidRequest, std::move(detail)};
}

http::Problem notFound(std::string detail) {
    return http::Problem{http::ProblemType::NotFound, std::move(detail)};
}

std::optional<int> versionNumber(std::string_view text) {
    int version = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), version);
    if (error != std::errc{} || end != text.data() + text.size() || version < 1) {
        return std::nullopt;
    }
    return version;
}

/// Who the registry history names for @p caller.
std::string actorOf(const Principal& caller) {
    return caller.name.empty() ? "token " + caller.tokenId
                               : caller.name + " (token " + caller.tokenId + ")";
}

/// The transition's answer: 200 with the version and the gates, or the problem that says
/// why not (gates listed in the problem too, so the console can show them).
http::Response transitionResponse(const http::RequestContext& context,
                                  const ServiceContext& service,
                                  const models::TransitionOutcome& outcome) {
    using models::TransitionStatus;
    switch (outcome.status) {
        case TransitionStatus::Applied:
        case TransitionStatus::Evaluated:
        case TransitionStatus::Unchanged: {
            if (outcome.status == TransitionStatus::Applied) {
                // Serve the change now rather than at the next poll of the registry.
                service.liveModel.requestSync();
            }
            nlohmann::json body{
                {"status", outcome.status == TransitionStatus::Applied     ? "applied"
                           : outcome.status == TransitionStatus::Evaluated ? "evaluated"
                                                                           : "unchanged"},
                {"gates", outcome.gates.toJson()}};
            body["version"] = outcome.version ? versionToJson(*outcome.version) : nullptr;
            body["archived_production"] = outcome.archivedProduction
                                              ? nlohmann::json(*outcome.archivedProduction)
                                              : nlohmann::json(nullptr);
            return http::jsonResponse(http::Status::ok, body);
        }
        case TransitionStatus::NotFound:
            return http::problemResponse(context, notFound(outcome.detail));
        case TransitionStatus::Conflict: {
            http::Problem problem{http::ProblemType::Conflict, outcome.detail};
            problem.extensions["current_production"] =
                outcome.currentProduction ? nlohmann::json(*outcome.currentProduction)
                                          : nlohmann::json(nullptr);
            return http::problemResponse(context, problem);
        }
        case TransitionStatus::NotAllowed:
        case TransitionStatus::GatesFailed: {
            http::Problem problem{http::ProblemType::TransitionRefused, outcome.detail};
            problem.extensions["gates"] = outcome.gates.toJson();
            return http::problemResponse(context, problem);
        }
    }
    return http::problemResponse(context, invalid("unknown transition outcome"));
}

http::Response listModels(const ServiceContext& service) {
    nlohmann::json models = nlohmann::json::array();
    for (const auto& model : service.registry.store().models()) {
        models.push_back(modelToJson(model));
    }
    return http::jsonResponse(http::Status::ok, {{"models", std::move(models)},
                                                 {"serving_model", service.liveModel.modelName()}});
}

http::Response listVersions(const http::RequestContext& context, const ServiceContext& service) {
    const std::string_view model = context.parameter("name");
    const auto versions = service.registry.store().versions(model);
    if (versions.empty()) {
        return http::problemResponse(
            context, notFound("no registered model is named " + std::string(model)));
    }
    nlohmann::json list = nlohmann::json::array();
    for (const auto& version : versions) {
        list.push_back(versionToJson(version));
    }
    return http::jsonResponse(http::Status::ok, {{"model", model}, {"versions", std::move(list)}});
}

http::Response getVersion(const http::RequestContext& context, const ServiceContext& service) {
    const std::string_view model = context.parameter("name");
    const auto number = versionNumber(context.parameter("version"));
    if (!number) {
        return http::problemResponse(context,
                                     invalid("version must be a positive integer, got \"" +
                                             std::string(context.parameter("version")) + "\""));
    }
    const auto version = service.registry.store().version(model, *number);
    if (!version) {
        return http::problemResponse(
            context,
            notFound("model " + std::string(model) + " has no version " + std::to_string(*number)));
    }
    nlohmann::json body = versionToJson(*version);
    body["manifest"] = service.registry.readManifest(model, *number);
    body["metrics"] = service.registry.readMetrics(model, *number);
    return http::jsonResponse(http::Status::ok, body);
}

http::Response history(const http::RequestContext& context, const ServiceContext& service) {
    auto parameters = http::QueryParameters::parse(context.query);
    if (const auto* problem = std::get_if<http::Problem>(&parameters)) {
        return http::problemResponse(context, *problem);
    }
    const auto& query = std::get<http::QueryParameters>(parameters);
    if (auto problem = query.rejectUnknown({"limit"})) {
        return http::problemResponse(context, *problem);
    }
    const auto limit = query.integer("limit", 100, 1, 10'000);
    if (const auto* problem = std::get_if<http::Problem>(&limit)) {
        return http::problemResponse(context, *problem);
    }
    const std::string_view model = context.parameter("name");
    nlohmann::json changes = nlohmann::json::array();
    for (const auto& change : service.registry.store().history(
             model, static_cast<std::size_t>(std::get<std::int64_t>(limit)))) {
        changes.push_back(changeToJson(change));
    }
    if (changes.empty()) {
        return http::problemResponse(
            context, notFound("no registered model is named " + std::string(model)));
    }
    return http::jsonResponse(http::Status::ok,
                              {{"model", model}, {"history", std::move(changes)}});
}

/// {"stage", "comment", "force", "dry_run"}.
std::variant<models::TransitionRequest, http::Problem> readTransition(const nlohmann::json& body) {
    if (!body.is_object()) {
        return invalid(
            "expected a JSON object such as {\"stage\": \"Staging\", \"comment\": \"...\"}");
    }
    models::TransitionRequest request;
    for (const auto& [member, value] : body.items()) {
        if (member == "stage") {
            const auto stage =
                value.is_string() ? store::parseStage(value.get<std::string>()) : std::nullopt;
            if (!stage) {
                return invalid("stage must be one of None, Staging, Production, Archived");
            }
            request.toStage = *stage;
        } else if (member == "comment") {
            if (!value.is_string() || value.get_ref<const std::string&>().size() > 2000) {
                return invalid("comment must be a string of at most 2000 bytes");
            }
            request.comment = value.get<std::string>();
        } else if (member == "force" || member == "dry_run") {
            if (!value.is_boolean()) {
                return invalid(member + " must be true or false");
            }
            (member == "force" ? request.force : request.dryRun) = value.get<bool>();
        } else {
            return invalid("unknown member \"" + member +
                           "\"; a transition has stage, comment, force and dry_run");
        }
    }
    if (!body.contains("stage")) {
        return invalid("stage is required (None, Staging, Production or Archived)");
    }
    return request;
}

http::Response transition(const http::RequestContext& context, const ServiceContext& service,
                          const Principal& caller) {
    const auto number = versionNumber(context.parameter("version"));
    if (!number) {
        return http::problemResponse(context, invalid("version must be a positive integer"));
    }
    auto body = http::parseJsonBody(context);
    if (const auto* problem = std::get_if<http::Problem>(&body)) {
        return http::problemResponse(context, *problem);
    }
    auto request = readTransition(std::get<nlohmann::json>(body));
    if (const auto* problem = std::get_if<http::Problem>(&request)) {
        return http::problemResponse(context, *problem);
    }
    auto& transitionRequest = std::get<models::TransitionRequest>(request);
    transitionRequest.model = std::string(context.parameter("name"));
    transitionRequest.version = *number;
    transitionRequest.actor = actorOf(caller);
    transitionRequest.actorIsAdmin = caller.role == store::Role::Admin;
    return transitionResponse(context, service, service.lifecycle.transition(transitionRequest));
}

http::Response rollback(const http::RequestContext& context, const ServiceContext& service,
                        const Principal& caller) {
    std::string comment;
    if (!context.request.body().empty()) {
        auto body = http::parseJsonBody(context);
        if (const auto* problem = std::get_if<http::Problem>(&body)) {
            return http::problemResponse(context, *problem);
        }
        const auto& json = std::get<nlohmann::json>(body);
        if (!json.is_object() || (json.contains("comment") && !json["comment"].is_string()) ||
            json.size() > (json.contains("comment") ? 1U : 0U)) {
            return http::problemResponse(context,
                                         invalid("expected no body, or {\"comment\": \"why\"}"));
        }
        comment = json.value("comment", "");
    }
    return transitionResponse(
        context, service,
        service.lifecycle.rollback(context.parameter("name"), actorOf(caller), comment));
}

http::Response setAlias(const http::RequestContext& context, const ServiceContext& service,
                        const Principal& caller) {
    const std::string_view model = context.parameter("name");
    const std::string_view alias = context.parameter("alias");
    if (!common::isValidResourceName(alias)) {
        return http::problemResponse(
            context, invalid("an alias is 1-64 characters a-z, 0-9, - and _, such as champion"));
    }
    auto body = http::parseJsonBody(context);
    if (const auto* problem = std::get_if<http::Problem>(&body)) {
        return http::problemResponse(context, *problem);
    }
    const auto& json = std::get<nlohmann::json>(body);
    if (!json.is_object() || !json.contains("version") || !json["version"].is_number_integer() ||
        json["version"].get<std::int64_t>() < 1 ||
        (json.contains("comment") && !json["comment"].is_string())) {
        return http::problemResponse(
            context, invalid("expected {\"version\": N} with an optional \"comment\""));
    }
    for (const auto& [member, value] : json.items()) {
        if (member != "version" && member != "comment") {
            return http::problemResponse(context, invalid("unknown member \"" + member + "\""));
        }
    }
    const int version = json["version"].get<int>();
    const auto outcome = service.registry.store().setAlias(model, alias, version, actorOf(caller),
                                                           json.value("comment", ""));
    if (outcome == store::AliasOutcome::VersionNotFound) {
        return http::problemResponse(
            context,
            notFound("model " + std::string(model) + " has no version " + std::to_string(version)));
    }
    return http::jsonResponse(http::Status::ok, {{"model", model},
                                                 {"alias", alias},
                                                 {"version", version},
                                                 {"changed", outcome == store::AliasOutcome::Set}});
}

http::Response removeAlias(const http::RequestContext& context, const ServiceContext& service,
                           const Principal& caller) {
    const std::string_view model = context.parameter("name");
    const std::string_view alias = context.parameter("alias");
    if (!service.registry.store().removeAlias(model, alias, actorOf(caller), "")) {
        return http::problemResponse(context, notFound("model " + std::string(model) +
                                                       " has no alias " + std::string(alias)));
    }
    return http::noContentResponse();
}

/// GET /switch?model=VERSION: the short form of promoting a version of the serving model
/// (or NAME@VERSION of another model) to Production through the gates.
http::Response switchModel(const http::RequestContext& context, const ServiceContext& service,
                           const Principal& caller) {
    auto parameters = http::QueryParameters::parse(context.query);
    if (const auto* problem = std::get_if<http::Problem>(&parameters)) {
        return http::problemResponse(context, *problem);
    }
    const auto& query = std::get<http::QueryParameters>(parameters);
    if (auto problem = query.rejectUnknown({"model", "comment"})) {
        return http::problemResponse(context, *problem);
    }
    const auto target = query.requiredText("model", 200);
    if (const auto* problem = std::get_if<http::Problem>(&target)) {
        return http::problemResponse(context, *problem);
    }
    const std::string_view text = std::get<std::string_view>(target);
    const auto at = text.find('@');
    models::TransitionRequest request;
    request.model = at == std::string_view::npos ? service.liveModel.modelName()
                                                 : std::string(text.substr(0, at));
    const auto number = versionNumber(at == std::string_view::npos ? text : text.substr(at + 1));
    if (!number) {
        return http::problemResponse(
            context, invalid("model must be a version number, or NAME@VERSION, got \"" +
                             std::string(text) + "\""));
    }
    request.version = *number;
    request.toStage = ModelStage::Production;
    request.comment = std::string(query.find("comment").value_or("switched with /switch"));
    request.actor = actorOf(caller);
    request.actorIsAdmin = caller.role == store::Role::Admin;
    return transitionResponse(context, service, service.lifecycle.transition(request));
}

/// An operator's call of @p handler, recorded in the audit log as @p action.
template <typename Handler>
http::Handler operatorRoute(const ServiceContext& service, std::string action, Handler handler) {
    return service.audit.route(store::Role::Operator, std::move(action),
                               [&service, handler](const auto& context, const auto& caller, auto&) {
                                   return handler(context, service, caller);
                               });
}

}  // namespace

void addModelRoutes(http::Router& router, const ServiceContext& service) {
    const Authenticator& auth = service.authenticator;
    const std::string model = std::string(kModelsPath) + "/{name}";
    router.add(http::Verb::get, kModelsPath,
               auth.requireRole(store::Role::Viewer, [&service](const auto&, const auto&) {
                   return listModels(service);
               }));
    router.add(http::Verb::get, model + "/versions",
               auth.requireRole(store::Role::Viewer, [&service](const auto& context, const auto&) {
                   return listVersions(context, service);
               }));
    router.add(http::Verb::get, model + "/versions/{version}",
               auth.requireRole(store::Role::Viewer, [&service](const auto& context, const auto&) {
                   return getVersion(context, service);
               }));
    router.add(http::Verb::get, model + "/history",
               auth.requireRole(store::Role::Viewer, [&service](const auto& context, const auto&) {
                   return history(context, service);
               }));
    router.add(http::Verb::post, model + "/versions/{version}/transition",
               operatorRoute(service, "model.transition", transition));
    router.add(http::Verb::post, model + "/rollback",
               operatorRoute(service, "model.rollback", rollback));
    router.add(http::Verb::put, model + "/aliases/{alias}",
               operatorRoute(service, "model.alias.set", setAlias));
    router.add(http::Verb::delete_, model + "/aliases/{alias}",
               operatorRoute(service, "model.alias.remove", removeAlias));
    router.add(http::Verb::get, "/switch", operatorRoute(service, "model.switch", switchModel));
}

}  // namespace recops::service
