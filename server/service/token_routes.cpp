// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "service/token_routes.h"

#include "http/json_body.h"
#include "http/responses.h"
#include "http/router.h"
#include "service/audit_trail.h"
#include "service/authenticator.h"
#include "service/service_context.h"
#include "service/token_directory.h"
#include "service/token_json.h"
#include "service/token_service.h"
#include "store/storage.h"

#include <variant>

namespace recops::service {
namespace {

constexpr std::string_view kTokensPath = "/api/v1/tokens";

struct TokenRequest {
    store::Role role = store::Role::Viewer;
    std::string name;
};

http::Problem invalid(std::string detail) {
    return http::Problem{http::ProblemType::InvalidRequest, std::move(detail)};
}

std::variant<TokenRequest, http::Problem> readTokenRequest(const nlohmann::json& body) {
    if (!body.is_object()) {
        return invalid(
            "expected a JSON object such as {\"role\": \"viewer\", \"name\": \"grafana\"}");
    }
    for (const auto& [member, value] : body.items()) {
        if (member != "role" && member != "name") {
            return invalid("unknown member \"" + member + "\"; a token request has role and name");
        }
    }
    const auto role = body.contains("role") && body["role"].is_string()
                          ? store::parseRole(body["role"].get<std::string>())
                          : std::nullopt;
    if (!role) {
        return invalid("role must be one of viewer, client, operator, admin");
    }
    TokenRequest request{*role, {}};
    if (body.contains("name")) {
        if (!body["name"].is_string()) {
            return invalid("name must be a string");
        }
        request.name = body["name"].get<std::string>();
        if (const auto problem = TokenService::findNameProblem(request.name)) {
            return invalid(*problem);
        }
    }
    return request;
}

http::Response notFound(const http::RequestContext& context) {
    return http::problemResponse(
        context, http::Problem{http::ProblemType::NotFound,
                               "no token has id " + std::string(context.parameter("id"))});
}

http::Response whoAmI(const http::RequestContext&, const Principal& caller) {
    return http::jsonResponse(http::Status::ok, {{"token_id", caller.tokenId},
                                                 {"name", caller.name},
                                                 {"role", store::roleName(caller.role)}});
}

http::Response listTokens(const ServiceContext& service) {
    nlohmann::json tokens = nlohmann::json::array();
    for (const store::TokenRecord& record : TokenService(service.storage.tokens()).list()) {
        tokens.push_back(tokenToJson(record));
    }
    return http::jsonResponse(http::Status::ok, {{"tokens", std::move(tokens)}});
}

http::Response createToken(const http::RequestContext& context, const ServiceContext& service,
                           AuditNote& note) {
    auto body = http::parseJsonBody(context);
    if (const auto* problem = std::get_if<http::Problem>(&body)) {
        return http::problemResponse(context, *problem);
    }
    auto request = readTokenRequest(std::get<nlohmann::json>(body));
    if (const auto* problem = std::get_if<http::Problem>(&request)) {
        return http::problemResponse(context, *problem);
    }
    auto& [role, name] = std::get<TokenRequest>(request);
    const IssuedToken issued = TokenService(service.storage.tokens()).issue(role, std::move(name));
    service.tokenDirectory.refreshNow();
    note.target = std::string(kTokensPath) + "/" + issued.record.id;

    nlohmann::json created = tokenToJson(issued.record);
    created["token"] = issued.token;
    http::Response response = http::jsonResponse(http::Status::created, created);
    response.set(http::Field::location, std::string(kTokensPath) + "/" + issued.record.id);
    // The body holds a secret: no cache on the way may keep it.
    response.set(http::Field::cache_control, "no-store");
    return response;
}

http::Response getToken(const http::RequestContext& context, const ServiceContext& service) {
    const auto record = TokenService(service.storage.tokens()).find(context.parameter("id"));
    return record ? http::jsonResponse(http::Status::ok, tokenToJson(*record)) : notFound(context);
}

http::Response revokeToken(const http::RequestContext& context, const ServiceContext& service) {
    const auto outcome = TokenService(service.storage.tokens()).revoke(context.parameter("id"));
    if (outcome == store::RevokeOutcome::NotFound) {
        return notFound(context);
    }
    service.tokenDirectory.refreshNow();
    return http::noContentResponse();
}

}  // namespace

void addTokenRoutes(http::Router& router, const ServiceContext& service) {
    const Authenticator& auth = service.authenticator;
    const std::string tokenPath = std::string(kTokensPath) + "/{id}";
    router.add(http::Verb::get, "/api/v1/whoami", auth.requireRole(store::Role::Viewer, whoAmI));
    router.add(http::Verb::get, kTokensPath,
               auth.requireRole(store::Role::Admin, [&service](const auto&, const auto&) {
                   return listTokens(service);
               }));
    router.add(http::Verb::post, kTokensPath,
               service.audit.route(store::Role::Admin, "token.create",
                                   [&service](const auto& context, const auto&, auto& note) {
                                       return createToken(context, service, note);
                                   }));
    router.add(http::Verb::get, tokenPath,
               auth.requireRole(store::Role::Admin, [&service](const auto& context, const auto&) {
                   return getToken(context, service);
               }));
    router.add(http::Verb::delete_, tokenPath,
               service.audit.route(store::Role::Admin, "token.revoke",
                                   [&service](const auto& context, const auto&, auto&) {
                                       return revokeToken(context, service);
                                   }));
}

}  // namespace recops::service
