// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "service/item_json.h"

#include "common/timestamp.h"
#include "service/input_rules.h"

namespace recops::service {
namespace {

constexpr std::size_t kMaxTitleBytes = 1000;
constexpr std::size_t kMaxCategories = 100;
constexpr std::size_t kMaxCategoryBytes = 128;

http::Problem invalid(std::string field, std::string message) {
    http::Problem problem{http::ProblemType::InvalidRequest, field + " " + message};
    problem.extensions["field"] = std::move(field);
    return problem;
}

}  // namespace

nlohmann::json itemToJson(const store::ItemRecord& item) {
    return {
        {"id", item.id},
        {"title", item.title},
        {"categories", item.categories},
        {"created_at", common::formatTimestamp(common::fromUnixMilliseconds(item.createdAtMs))},
        {"available", item.available},
        {"updated_at", common::formatTimestamp(common::fromUnixMilliseconds(item.updatedAtMs))}};
}

std::variant<ItemInput, http::Problem> itemFromJson(const nlohmann::json& json,
                                                    std::string_view pathId) {
    if (!json.is_object()) {
        return http::Problem{
            http::ProblemType::InvalidRequest,
            "expected a JSON object such as {\"title\": \"...\", \"categories\": [\"drama\"]}"};
    }
    for (const auto& [member, value] : json.items()) {
        if (member != "id" && member != "title" && member != "categories" &&
            member != "created_at" && member != "available" && member != "updated_at") {
            return invalid(member,
                           "is not an item field (known: id, title, categories, "
                           "created_at, available)");
        }
    }
    ItemInput input;
    store::ItemRecord& item = input.item;
    if (const auto id = json.find("id"); id != json.end()) {
        if (!id->is_string()) {
            return invalid("id", "must be a string");
        }
        item.id = id->get<std::string>();
        if (!pathId.empty() && item.id != pathId) {
            return invalid("id", "\"" + item.id + "\" contradicts the id in the URL, \"" +
                                     std::string(pathId) + "\"");
        }
    } else if (pathId.empty()) {
        return invalid("id", "is required");
    } else {
        item.id = std::string(pathId);
    }
    if (const auto problem = identifierProblem(item.id)) {
        return invalid("id", *problem);
    }
    if (const auto title = json.find("title"); title != json.end()) {
        if (!title->is_string() || title->get_ref<const std::string&>().size() > kMaxTitleBytes) {
            return invalid("title", "must be a string of at most " +
                                        std::to_string(kMaxTitleBytes) + " bytes");
        }
        item.title = title->get<std::string>();
    }
    if (const auto categories = json.find("categories"); categories != json.end()) {
        if (!categories->is_array() || categories->size() > kMaxCategories) {
            return invalid("categories", "must be an array of at most " +
                                             std::to_string(kMaxCategories) + " strings");
        }
        for (const auto& category : *categories) {
            if (!category.is_string() || category.get_ref<const std::string&>().empty() ||
                category.get_ref<const std::string&>().size() > kMaxCategoryBytes) {
                return invalid("categories", "must hold non-empty strings of at most " +
                                                 std::to_string(kMaxCategoryBytes) + " bytes");
            }
            item.categories.push_back(category.get<std::string>());
        }
    }
    if (const auto created = json.find("created_at");
        created != json.end() && !created->is_null()) {
        const auto parsed = timestampFromJson(*created);
        if (const auto* problem = std::get_if<std::string>(&parsed)) {
            return invalid("created_at", *problem);
        }
        item.createdAtMs = std::get<std::int64_t>(parsed);
        input.hasCreatedAt = true;
    }
    if (const auto available = json.find("available"); available != json.end()) {
        if (!available->is_boolean()) {
            return invalid("available", "must be true or false");
        }
        item.available = available->get<bool>();
    }
    return input;
}

}  // namespace recops::service
