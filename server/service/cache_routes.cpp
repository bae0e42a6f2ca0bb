// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "service/cache_routes.h"

#include "http/json_body.h"
#include "http/responses.h"
#include "http/router.h"
#include "models/live_model.h"
#include "service/audit_trail.h"
#include "service/json_reader.h"
#include "service/recommendation_service.h"
#include "service/service_context.h"
#include "store/event_store.h"
#include "store/storage.h"

#include <algorithm>
#include <chrono>
#include <span>
#include <string>
#include <vector>

namespace recops::service {
namespace {

constexpr std::int64_t kMaxUsers = 10'000;
constexpr std::int64_t kMaxBatch = 1'000;

http::Response cacheOff(const http::RequestContext& context) {
    return http::problemResponse(
        context, http::Problem{http::ProblemType::Conflict,
                               "the result cache is off (cache.enabled=false); nothing to do"});
}

/// The body as JSON, an empty body read as {} (both routes take all-default calls).
std::variant<nlohmann::json, http::Problem> readBody(const http::RequestContext& context) {
    if (context.request.body().empty()) {
        return nlohmann::json::object();
    }
    return http::parseJsonBody(context);
}

http::Response invalidate(const http::RequestContext& context, const ServiceContext& service) {
    if (service.recommendations.cache() == nullptr) {
        return cacheOff(context);
    }
    auto body = readBody(context);
    if (const auto* problem = std::get_if<http::Problem>(&body)) {
        return http::problemResponse(context, *problem);
    }
    std::vector<std::string> users;
    try {
        const JsonReader reader(std::get<nlohmann::json>(body), {});
        reader.expectObject({"user_ids"});
        if (reader.has("user_ids")) {
            for (const JsonReader& user :
                 reader.array("user_ids", true, static_cast<std::size_t>(kMaxUsers))) {
                users.push_back(user.asString(256));
            }
            if (users.empty()) {
                reader.fail("user_ids", "empty; leave it out to drop every cached answer");
            }
        }
    } catch (const InvalidInput& error) {
        return http::problemResponse(
            context, http::Problem{http::ProblemType::InvalidRequest, error.what()});
    }
    if (users.empty()) {
        service.recommendations.invalidateAll();
        return http::jsonResponse(http::Status::ok, {{"invalidated", "all"}});
    }
    const std::vector<std::string_view> views(users.begin(), users.end());
    service.recommendations.invalidateUsers(views);
    return http::jsonResponse(http::Status::ok,
                              {{"invalidated", "users"}, {"users", users.size()}});
}

http::Response warmUp(const http::RequestContext& context, const ServiceContext& service) {
    if (service.recommendations.cache() == nullptr) {
        return cacheOff(context);
    }
    auto body = readBody(context);
    if (const auto* problem = std::get_if<http::Problem>(&body)) {
        return http::problemResponse(context, *problem);
    }
    std::size_t userCount = 0;
    std::size_t batchSize = 0;
    try {
        const JsonReader reader(std::get<nlohmann::json>(body), {});
        reader.expectObject({"user_count", "batch_size"});
        userCount =
            static_cast<std::size_t>(reader.optionalInteger("user_count", 1000, 1, kMaxUsers));
        batchSize =
            static_cast<std::size_t>(reader.optionalInteger("batch_size", 100, 1, kMaxBatch));
    } catch (const InvalidInput& error) {
        return http::problemResponse(
            context, http::Problem{http::ProblemType::InvalidRequest, error.what()});
    }
    if (!service.liveModel.state().ready()) {
        return http::problemResponse(
            context, http::Problem{http::ProblemType::NotReady,
                                   "no model is serving; there is nothing to warm the cache with"});
    }
    const auto started = std::chrono::steady_clock::now();
    const std::vector<std::string> users = service.storage.events().mostActiveUsers(userCount);
    std::size_t computed = 0;
    // In batches, each against the model serving when it starts: a swap midway invalidates the
    // cache, and the batches after it warm it for the new version.
    for (std::size_t start = 0; start < users.size(); start += batchSize) {
        const std::size_t end = std::min(users.size(), start + batchSize);
        computed += service.recommendations.warm(
            std::span<const std::string>(users.data() + start, end - start));
    }
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return http::jsonResponse(http::Status::ok, {{"users", users.size()},
                                                 {"computed", computed},
                                                 {"already_cached", users.size() - computed},
                                                 {"seconds", seconds}});
}

}  // namespace

void addCacheRoutes(http::Router& router, const ServiceContext& service) {
    router.add(http::Verb::post, "/api/v1/admin/cache-invalidate",
               service.audit.route(store::Role::Operator, "cache.invalidate",
                                   [&service](const auto& context, const auto&, auto&) {
                                       return invalidate(context, service);
                                   }));
    router.add(http::Verb::post, "/api/v1/admin/cache-warmup",
               service.audit.route(store::Role::Operator, "cache.warmup",
                                   [&service](const auto& context, const auto&, auto&) {
                                       return warmUp(context, service);
                                   }));
}

}  // namespace recops::service
