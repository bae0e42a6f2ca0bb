// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "service/item_json.h"

#include <gtest/gtest.h>

namespace recops::service {
namespace {

using Json = nlohmann::json;

ItemInput accepted(const Json& json, std::string_view pathId = {}) {
    auto result = itemFromJson(json, pathId);
    if (const auto* problem = std::get_if<http::Problem>(&result)) {
        ADD_FAILURE() << json.dump() << " refused: " << problem->detail;
        return {};
    }
    return std::get<ItemInput>(std::move(result));
}

/// The refusal of @p json as {field, detail}.
std::pair<std::string, std::string> refusal(const Json& json, std::string_view pathId = {}) {
    auto result = itemFromJson(json, pathId);
    const auto* problem = std::get_if<http::Problem>(&result);
    if (problem == nullptr) {
        ADD_FAILURE() << json.dump() << " accepted";
        return {};
    }
    EXPECT_EQ(problem->type, http::ProblemType::InvalidRequest);
    return {problem->extensions.value("field", std::string("<none>")), problem->detail};
}

TEST(ItemJsonTest, ReadsEveryField) {
    const ItemInput input = accepted(Json::parse(R"({
        "id": "i1", "title": "Toy Story", "categories": ["Animation", "Comedy"],
        "created_at": "1995-11-22T00:00:00Z", "available": false})"));
    EXPECT_EQ(input.item.id, "i1");
    EXPECT_EQ(input.item.title, "Toy Story");
    EXPECT_EQ(input.item.categories, (std::vector<std::string>{"Animation", "Comedy"}));
    EXPECT_EQ(input.item.createdAtMs, 816'998'400'000);
    EXPECT_TRUE(input.hasCreatedAt);
    EXPECT_FALSE(input.item.available);
}

TEST(ItemJsonTest, OnlyTheIdIsRequiredAndAvailableDefaultsToTrue) {
    const ItemInput input = accepted(Json{{"id", "i1"}});
    EXPECT_EQ(input.item.title, "");
    EXPECT_TRUE(input.item.categories.empty());
    EXPECT_TRUE(input.item.available);
    EXPECT_FALSE(input.hasCreatedAt);
    EXPECT_FALSE(accepted(Json{{"id", "i1"}, {"created_at", nullptr}}).hasCreatedAt);
    EXPECT_EQ(accepted(Json{{"id", "i1"}, {"created_at", 86400}}).item.createdAtMs, 86'400'000)
        << "Unix seconds";
}

TEST(ItemJsonTest, APutTakesItsIdFromThePath) {
    EXPECT_EQ(accepted(Json{{"title", "t"}}, "from-path").item.id, "from-path");
    EXPECT_EQ(accepted(Json{{"id", "same"}}, "same").item.id, "same");
    const auto [field, detail] = refusal(Json{{"id", "other"}}, "from-path");
    EXPECT_EQ(field, "id");
    EXPECT_EQ(detail, "id \"other\" contradicts the id in the URL, \"from-path\"");
}

TEST(ItemJsonTest, WhatGetReturnsCanBeSentBack) {
    store::ItemRecord record{"i1", "Title", {"a"}, 1000, true, 5000};
    const ItemInput input = accepted(itemToJson(record), "i1");
    EXPECT_EQ(input.item.id, "i1");
    EXPECT_EQ(input.item.title, "Title");
    EXPECT_EQ(input.item.categories, std::vector<std::string>{"a"});
    EXPECT_EQ(input.item.createdAtMs, 1000);
    EXPECT_EQ(input.item.updatedAtMs, 0) << "updated_at is the store's, not the client's";
}

TEST(ItemJsonTest, ShowsAnItemWithRfc3339Times) {
    const Json json = itemToJson(store::ItemRecord{"i1", "T", {"x", "y"}, 0, false, 1500});
    EXPECT_EQ(json, (Json{{"id", "i1"},
                          {"title", "T"},
                          {"categories", {"x", "y"}},
                          {"created_at", "1970-01-01T00:00:00.000Z"},
                          {"available", false},
                          {"updated_at", "1970-01-01T00:00:01.500Z"}}));
}

TEST(ItemJsonTest, EachBadFieldIsNamed) {
    struct Case {
        Json json;
        std::string field;
        std::string detail;
    };
    const Case cases[] = {
        {Json{{"title", "t"}}, "id", "id is required"},
        {Json{{"id", 5}}, "id", "id must be a string"},
        {Json{{"id", ""}}, "id", "id must not be empty"},
        {Json{{"id", std::string(257, 'x')}}, "id", "id is longer than 256 bytes"},
        {Json{{"id", "a\nb"}}, "id", "id must not contain control characters"},
        {Json{{"id", "i1"}, {"title", 3}}, "title", "title must be a string of at most 1000 bytes"},
        {Json{{"id", "i1"}, {"title", std::string(1001, 't')}}, "title",
         "title must be a string of at most 1000 bytes"},
        {Json{{"id", "i1"}, {"categories", "drama"}}, "categories",
         "categories must be an array of at most 100 strings"},
        {Json{{"id", "i1"}, {"categories", Json(std::vector<std::string>(101, "c"))}}, "categories",
         "categories must be an array of at most 100 strings"},
        {Json{{"id", "i1"}, {"categories", {"ok", ""}}}, "categories",
         "categories must hold non-empty strings of at most 128 bytes"},
        {Json{{"id", "i1"}, {"categories", {"ok", 7}}}, "categories",
         "categories must hold non-empty strings of at most 128 bytes"},
        {Json{{"id", "i1"}, {"categories", {std::string(129, 'c')}}}, "categories",
         "categories must hold non-empty strings of at most 128 bytes"},
        {Json{{"id", "i1"}, {"created_at", "yesterday"}}, "created_at",
         "created_at must be RFC 3339 (2026-03-01T12:00:00Z) or Unix seconds, got \"yesterday\""},
        {Json{{"id", "i1"}, {"created_at", true}}, "created_at",
         "created_at must be RFC 3339 text or Unix seconds"},
        {Json{{"id", "i1"}, {"available", "yes"}}, "available", "available must be true or false"},
        {Json{{"id", "i1"}, {"price", 3}}, "price",
         "price is not an item field (known: id, title, categories, created_at, available)"},
    };
    for (const Case& testCase : cases) {
        SCOPED_TRACE(testCase.json.dump().substr(0, 120));
        const auto [field, detail] = refusal(testCase.json);
        EXPECT_EQ(field, testCase.field);
        EXPECT_EQ(detail, testCase.detail);
    }
}

TEST(ItemJsonTest, ABodyThatIsNoObjectIsRefused) {
    const auto [field, detail] = refusal(Json::array({1, 2}));
    EXPECT_EQ(field, "<none>");
    EXPECT_EQ(detail,
              "expected a JSON object such as {\"title\": \"...\", \"categories\": [\"drama\"]}");
}

}  // namespace
}  // namespace recops::service
