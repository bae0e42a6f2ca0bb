// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "service/audit_routes.h"

#include "common/timestamp.h"
#include "http/query_parameters.h"
#include "http/responses.h"
#include "http/router.h"
#include "service/authenticator.h"
#include "service/request_input.h"
#include "service/service_context.h"
#include "store/storage.h"

#include <variant>

namespace recops::service {
namespace {

constexpr std::size_t kDefaultLimit = 100;
constexpr std::size_t kMaxLimit = 1000;
constexpr std::size_t kMaxActorLength = 100;

bool isActionPattern(std::string_view action) {
    std::string_view name = action.ends_with(".*") ? action.substr(0, action.size() - 2) : action;
    if (name.empty() || name.front() == '.' || name.back() == '.') {
        return false;
    }
    for (char c : name) {
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_')) {
            return false;
        }
    }
    return true;
}

std::variant<std::optional<std::chrono::system_clock::time_point>, http::Problem> readTime(
    const http::QueryParameters& parameters, std::string_view name) {
    const auto text = parameters.find(name);
    if (!text) {
        return std::optional<std::chrono::system_clock::time_point>();
    }
    const auto time = common::parseTimestamp(*text);
    if (!time) {
        return invalidRequest(std::string(name) + " must be an RFC 3339 time such as " +
                              "2026-03-01T12:00:00Z, got \"" + std::string(*text) + "\"");
    }
    return time;
}

std::variant<store::AuditQuery, http::Problem> readQuery(const http::RequestContext& context) {
    auto parsed = http::QueryParameters::parse(context.query);
    if (auto* problem = std::get_if<http::Problem>(&parsed)) {
        return std::move(*problem);
    }
    const auto& parameters = std::get<http::QueryParameters>(parsed);
    if (auto problem =
            parameters.rejectUnknown({"actor", "action", "from", "to", "limit", "cursor"})) {
        return std::move(*problem);
    }
    store::AuditQuery query;
    query.limit = kDefaultLimit;
    if (auto actor = parameters.find("actor")) {
        if (actor->empty() || actor->size() > kMaxActorLength) {
            return invalidRequest("actor must be a token id or name of 1 to " +
                                  std::to_string(kMaxActorLength) + " bytes");
        }
        query.actor = std::string(*actor);
    }
    if (auto action = parameters.find("action")) {
        if (!isActionPattern(*action)) {
            return invalidRequest(
                "action must be an action such as token.create, or a prefix such as "
                "backup.*; got \"" +
                std::string(*action) + "\"");
        }
        query.action = std::string(*action);
    }
    for (const auto& [name, field] : {std::pair{"from", &query.from}, std::pair{"to", &query.to}}) {
        auto time = readTime(parameters, name);
        if (auto* problem = std::get_if<http::Problem>(&time)) {
            return std::move(*problem);
        }
        *field = std::get<0>(time);
    }
    if (query.from && query.to && *query.from > *query.to) {
        return invalidRequest("from must not be after to");
    }
    if (const auto limit = parameters.find("limit")) {
        const auto value = parsePositiveInteger(*limit);
        if (!value || *value > static_cast<std::int64_t>(kMaxLimit)) {
            return invalidRequest("limit must be an integer from 1 to " +
                                  std::to_string(kMaxLimit) + ", got \"" + std::string(*limit) +
                                  "\"");
        }
        query.limit = static_cast<std::size_t>(*value);
    }
    if (const auto cursor = parameters.find("cursor")) {
        query.beforeId = parsePositiveInteger(*cursor);
        if (!query.beforeId) {
            return invalidRequest(
                "cursor must be a next_cursor value from an earlier page, got \"" +
                std::string(*cursor) + "\"");
        }
    }
    return query;
}

nlohmann::json entryToJson(const store::AuditEntry& entry) {
    const bool commandLine = entry.actorTokenId.empty();
    return {
        {"id", entry.id},
        {"time", common::formatTimestamp(entry.time)},
        {"actor",
         {{"token_id", commandLine ? nlohmann::json() : nlohmann::json(entry.actorTokenId)},
          {"name", entry.actorName},
          {"role", entry.actorRole.empty() ? nlohmann::json() : nlohmann::json(entry.actorRole)}}},
        {"action", entry.action},
        {"target", entry.target},
        {"outcome", store::auditOutcomeName(entry.outcome)},
        {"status", entry.status == 0 ? nlohmann::json() : nlohmann::json(entry.status)},
        {"request_id",
         entry.requestId.empty() ? nlohmann::json() : nlohmann::json(entry.requestId)},
        {"detail", entry.detail},
    };
}

http::Response listAudit(const http::RequestContext& context, const ServiceContext& service) {
    auto query = readQuery(context);
    if (const auto* problem = std::get_if<http::Problem>(&query)) {
        return http::problemResponse(context, *problem);
    }
    store::AuditQuery& selection = std::get<store::AuditQuery>(query);
    const std::size_t limit = selection.limit;
    // One more than asked tells whether another page follows.
    selection.limit = limit + 1;
    std::vector<store::AuditEntry> entries = service.storage.audit().query(selection);
    const bool more = entries.size() > limit;
    entries.resize(std::min(entries.size(), limit));
    nlohmann::json items = nlohmann::json::array();
    for (const store::AuditEntry& entry : entries) {
        items.push_back(entryToJson(entry));
    }
    return http::jsonResponse(
        http::Status::ok, {{"entries", std::move(items)},
                           {"next_cursor", more ? nlohmann::json(std::to_string(entries.back().id))
                                                : nlohmann::json()}});
}

}  // namespace

void addAuditRoutes(http::Router& router, const ServiceContext& service) {
    router.add(http::Verb::get, "/api/v1/audit",
               service.authenticator.requireRole(store::Role::Admin,
                                                 [&service](const auto& context, const auto&) {
                                                     return listAudit(context, service);
                                                 }));
}

}  // namespace recops::service
