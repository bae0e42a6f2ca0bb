// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "service/item_routes.h"

#include "common/timestamp.h"
#include "http/json_body.h"
#include "http/query_parameters.h"
#include "http/responses.h"
#include "http/route_template.h"
#include "http/router.h"
#include "models/live_model.h"
#include "service/audit_trail.h"
#include "service/authenticator.h"
#include "service/item_json.h"
#include "service/recommendation_service.h"
#include "service/service_context.h"
#include "store/storage.h"

#include <chrono>
#include <variant>

namespace recops::service {
namespace {

constexpr std::string_view kItemsPath = "/api/v1/items";
constexpr std::int64_t kMaxPageSize = 1000;
constexpr std::size_t kMaxBulkItems = 10'000;

http::Problem invalid(std::string detail) {
    return http::Problem{http::ProblemType::InvalidRequest, std::move(detail)};
}

std::int64_t nowMs() {
    return common::toUnixMilliseconds(std::chrono::system_clock::now());
}

/// The item to store for @p input: without a created_at, an existing item keeps its own and a
/// new one is created now.
store::ItemRecord completed(ItemInput input, store::CatalogStore& catalog) {
    if (!input.hasCreatedAt) {
        const auto existing = catalog.find(input.item.id);
        input.item.createdAtMs = existing ? existing->createdAtMs : nowMs();
    }
    return std::move(input.item);
}

/// Tells the serving model which items may be recommended now. Any change to an item the model
/// knows makes cached answers stale: they may list an item withdrawn, and lack one that came
/// back.
void applyAvailability(const ServiceContext& service, std::span<const store::ItemRecord> items,
                       std::span<const std::string> removed) {
    const auto state = service.liveModel.acquireState();
    bool changed = !removed.empty();
    if (state->production) {
        for (const store::ItemRecord& item : items) {
            const bool wasAvailable = state->production->model->isAvailable(item.id);
            const bool known = state->production->model->setAvailable(item.id, item.available);
            changed |= known && wasAvailable != item.available;
        }
        for (const std::string& id : removed) {
            state->production->model->setAvailable(id, false);
        }
    }
    if (changed) {
        service.recommendations.invalidateAll();
    }
}

http::Response listItems(const http::RequestContext& context, const ServiceContext& service) {
    auto parameters = http::QueryParameters::parse(context.query);
    if (const auto* problem = std::get_if<http::Problem>(&parameters)) {
        return http::problemResponse(context, *problem);
    }
    const auto& query = std::get<http::QueryParameters>(parameters);
    if (auto problem = query.rejectUnknown({"cursor", "limit"})) {
        return http::problemResponse(context, *problem);
    }
    const auto limit = query.integer("limit", 100, 1, kMaxPageSize);
    if (const auto* problem = std::get_if<http::Problem>(&limit)) {
        return http::problemResponse(context, *problem);
    }
    const std::string_view cursor = query.find("cursor").value_or("");
    const store::ItemPage page = service.storage.catalog().list(
        cursor, static_cast<std::size_t>(std::get<std::int64_t>(limit)));
    nlohmann::json items = nlohmann::json::array();
    for (const store::ItemRecord& item : page.items) {
        items.push_back(itemToJson(item));
    }
    nlohmann::json body{{"items", std::move(items)}};
    body["next_cursor"] = page.nextCursor ? nlohmann::json(*page.nextCursor) : nullptr;
    return http::jsonResponse(http::Status::ok, body);
}

http::Response getItem(const http::RequestContext& context, const ServiceContext& service) {
    const auto item = service.storage.catalog().find(context.parameter("id"));
    if (!item) {
        return http::problemResponse(
            context, http::Problem{http::ProblemType::NotFound,
                                   "no item has id " + std::string(context.parameter("id"))});
    }
    return http::jsonResponse(http::Status::ok, itemToJson(*item));
}

http::Response putItem(const http::RequestContext& context, const ServiceContext& service) {
    auto body = http::parseJsonBody(context);
    if (const auto* problem = std::get_if<http::Problem>(&body)) {
        return http::problemResponse(context, *problem);
    }
    auto input = itemFromJson(std::get<nlohmann::json>(body), context.parameter("id"));
    if (const auto* problem = std::get_if<http::Problem>(&input)) {
        return http::problemResponse(context, *problem);
    }
    const store::ItemRecord record =
        completed(std::move(std::get<ItemInput>(input)), service.storage.catalog());
    const store::UpsertOutcome outcome = service.storage.catalog().upsert({&record, 1});
    applyAvailability(service, {&record, 1}, {});
    const auto stored = service.storage.catalog().find(record.id);
    http::Response response = http::jsonResponse(
        outcome.created > 0 ? http::Status::created : http::Status::ok, itemToJson(*stored));
    if (outcome.created > 0) {
        response.set(http::Field::location,
                     std::string(kItemsPath) + "/" + http::percentEncodeSegment(record.id));
    }
    return response;
}

http::Response upsertItems(const http::RequestContext& context, const ServiceContext& service) {
    auto body = http::parseJsonBody(context);
    if (const auto* problem = std::get_if<http::Problem>(&body)) {
        return http::problemResponse(context, *problem);
    }
    const auto& json = std::get<nlohmann::json>(body);
    if (!json.is_array() || json.empty()) {
        return http::problemResponse(
            context, invalid("expected a non-empty JSON array of items, each with an \"id\""));
    }
    if (json.size() > kMaxBulkItems) {
        return http::problemResponse(context,
                                     http::Problem{http::ProblemType::PayloadTooLarge,
                                                   "a bulk upsert may hold at most " +
                                                       std::to_string(kMaxBulkItems) + " items"});
    }
    std::vector<store::ItemRecord> items;
    items.reserve(json.size());
    for (std::size_t index = 0; index < json.size(); ++index) {
        auto input = itemFromJson(json[index], {});
        if (auto* problem = std::get_if<http::Problem>(&input)) {
            problem->detail = "item " + std::to_string(index) + ": " + problem->detail;
            problem->extensions["index"] = index;
            return http::problemResponse(context, *problem);
        }
        items.push_back(
            completed(std::move(std::get<ItemInput>(input)), service.storage.catalog()));
    }
    const store::UpsertOutcome outcome = service.storage.catalog().upsert(items);
    applyAvailability(service, items, {});
    return http::jsonResponse(http::Status::ok,
                              {{"created", outcome.created}, {"updated", outcome.updated}});
}

http::Response deleteItem(const http::RequestContext& context, const ServiceContext& service) {
    const std::string id(context.parameter("id"));
    if (!service.storage.catalog().remove(id)) {
        return http::problemResponse(
            context, http::Problem{http::ProblemType::NotFound, "no item has id " + id});
    }
    applyAvailability(service, {}, {&id, 1});
    return http::noContentResponse();
}

}  // namespace

void addItemRoutes(http::Router& router, const ServiceContext& service) {
    const Authenticator& auth = service.authenticator;
    const std::string itemPath = std::string(kItemsPath) + "/{id}";
    router.add(http::Verb::get, kItemsPath,
               auth.requireRole(store::Role::Viewer, [&service](const auto& context, const auto&) {
                   return listItems(context, service);
               }));
    router.add(http::Verb::post, kItemsPath,
               service.audit.route(store::Role::Operator, "item.upsert",
                                   [&service](const auto& context, const auto&, auto&) {
                                       return upsertItems(context, service);
                                   }));
    router.add(http::Verb::get, itemPath,
               auth.requireRole(store::Role::Viewer, [&service](const auto& context, const auto&) {
                   return getItem(context, service);
               }));
    router.add(http::Verb::put, itemPath,
               service.audit.route(store::Role::Operator, "item.put",
                                   [&service](const auto& context, const auto&, auto&) {
                                       return putItem(context, service);
                                   }));
    router.add(http::Verb::delete_, itemPath,
               service.audit.route(store::Role::Operator, "item.delete",
                                   [&service](const auto& context, const auto&, auto&) {
                                       return deleteItem(context, service);
                                   }));
}

}  // namespace recops::service
