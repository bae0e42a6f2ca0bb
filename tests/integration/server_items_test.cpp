// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// The catalog API of the real recopsd: create, read, replace, list page by page, bulk upsert
// and delete, and who may do what. Bad input is replayed from cases/http_errors.json.
#include "integration/support/child_process.h"
#include "integration/support/http_client.h"
#include "integration/support/recopsd_data.h"
#include "integration/support/recopsd_process.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace recops::testing {
namespace {

using ::testing::ElementsAre;

class ServerItemsTest : public ::testing::Test {
protected:
    HttpResponse put(const std::string& id, const nlohmann::json& body,
                     const std::string& token = {}) {
        return httpRequest(m_recopsd.url(), "PUT", "/api/v1/items/" + id,
                           jsonRequestHeaders(token.empty() ? m_operator : token), body.dump());
    }
    HttpResponse get(const std::string& target, const std::string& token = {}) {
        return httpRequest(m_recopsd.url(), "GET", target,
                           {bearer(token.empty() ? m_viewer : token)});
    }

    TemporaryDirectory m_scratch;
    std::string m_operator = createToken(m_scratch / "data", "operator");
    std::string m_client = createToken(m_scratch / "data", "client");
    std::string m_viewer = createToken(m_scratch / "data", "viewer");
    RecopsdProcess m_recopsd{RecopsdOptions{.dataDirectory = m_scratch / "data"}};
};

std::vector<std::string> idsOf(const nlohmann::json& page) {
    std::vector<std::string> ids;
    for (const auto& item : page["items"]) {
        ids.push_back(item["id"].get<std::string>());
    }
    return ids;
}

TEST_F(ServerItemsTest, APutCreatesThenReplaces) {
    const HttpResponse created = put("toy-story", {{"title", "Toy Story"},
                                                   {"categories", {"Animation", "Comedy"}},
                                                   {"created_at", "1995-11-22T00:00:00Z"}});
    ASSERT_EQ(created.status, 201u) << created.body;
    EXPECT_EQ(created.header("Location"), "/api/v1/items/toy-story");
    const auto item = created.json();
    EXPECT_EQ(item["id"], "toy-story");
    EXPECT_EQ(item["title"], "Toy Story");
    EXPECT_EQ(item["categories"], (nlohmann::json{"Animation", "Comedy"}));
    EXPECT_EQ(item["created_at"], "1995-11-22T00:00:00.000Z");
    EXPECT_EQ(item["available"], true);
    EXPECT_TRUE(item["updated_at"].is_string());

    const HttpResponse read = get("/api/v1/items/toy-story");
    ASSERT_EQ(read.status, 200u);
    EXPECT_EQ(read.json(), item);

    // Without created_at the item keeps its own; everything else is replaced.
    const HttpResponse replaced = put("toy-story", {{"title", "Toy Story (1995)"}});
    ASSERT_EQ(replaced.status, 200u) << replaced.body;
    EXPECT_FALSE(replaced.hasHeader("Location"));
    EXPECT_EQ(replaced.json()["title"], "Toy Story (1995)");
    EXPECT_EQ(replaced.json()["categories"], nlohmann::json::array());
    EXPECT_EQ(replaced.json()["created_at"], "1995-11-22T00:00:00.000Z");
}

TEST_F(ServerItemsTest, WhatGetReturnsCanBePutBack) {
    ASSERT_EQ(put("i1", {{"title", "One"}, {"available", false}}).status, 201u);
    const nlohmann::json item = get("/api/v1/items/i1").json();
    const HttpResponse again = put("i1", item);
    ASSERT_EQ(again.status, 200u) << again.body;
    EXPECT_EQ(again.json()["available"], false);
    EXPECT_EQ(again.json()["created_at"], item["created_at"]);
}

TEST_F(ServerItemsTest, TheListPagesThroughTheCatalogInIdOrder) {
    for (const char* id : {"e", "a", "d", "b", "c"}) {
        ASSERT_EQ(put(id, {{"title", id}}).status, 201u);
    }
    const auto first = get("/api/v1/items?limit=2").json();
    EXPECT_THAT(idsOf(first), ElementsAre("a", "b"));
    ASSERT_EQ(first["next_cursor"], "b");
    const auto second = get("/api/v1/items?limit=2&cursor=b").json();
    EXPECT_THAT(idsOf(second), ElementsAre("c", "d"));
    const auto last =
        get("/api/v1/items?limit=2&cursor=" + second["next_cursor"].get<std::string>()).json();
    EXPECT_THAT(idsOf(last), ElementsAre("e"));
    EXPECT_TRUE(last["next_cursor"].is_null());
    // The default page holds them all.
    EXPECT_EQ(idsOf(get("/api/v1/items").json()).size(), 5u);
}

TEST_F(ServerItemsTest, ABulkUpsertCountsCreatedAndUpdated) {
    ASSERT_EQ(put("old", {{"title", "before"}}).status, 201u);
    const HttpResponse bulk =
        httpRequest(m_recopsd.url(), "POST", "/api/v1/items", jsonRequestHeaders(m_operator),
                    R"([{"id": "old", "title": "after"}, {"id": "new1"}, {"id": "new2"}])");
    ASSERT_EQ(bulk.status, 200u) << bulk.body;
    EXPECT_EQ(bulk.json(), (nlohmann::json{{"created", 2}, {"updated", 1}}));
    EXPECT_EQ(get("/api/v1/items/old").json()["title"], "after");
    EXPECT_EQ(get("/api/v1/items/new2").status, 200u);
}

TEST_F(ServerItemsTest, ABulkUpsertWithOneBadItemStoresNone) {
    const HttpResponse bulk =
        httpRequest(m_recopsd.url(), "POST", "/api/v1/items", jsonRequestHeaders(m_operator),
                    R"([{"id": "fine"}, {"id": "bad", "available": "maybe"}])");
    ASSERT_EQ(bulk.status, 400u);
    EXPECT_EQ(bulk.json()["index"], 1);
    EXPECT_EQ(bulk.json()["field"], "available");
    EXPECT_EQ(get("/api/v1/items/fine").status, 404u);
}

TEST_F(ServerItemsTest, DeleteRemovesTheItem) {
    ASSERT_EQ(put("gone", {{"title", "soon"}}).status, 201u);
    const HttpResponse deleted =
        httpRequest(m_recopsd.url(), "DELETE", "/api/v1/items/gone", {bearer(m_operator)});
    EXPECT_EQ(deleted.status, 204u);
    EXPECT_TRUE(deleted.body.empty());
    EXPECT_EQ(get("/api/v1/items/gone").status, 404u);
    EXPECT_EQ(
        httpRequest(m_recopsd.url(), "DELETE", "/api/v1/items/gone", {bearer(m_operator)}).status,
        404u);
}

TEST_F(ServerItemsTest, ViewersAndClientsReadButOnlyOperatorsWrite) {
    ASSERT_EQ(put("i1", {{"title", "x"}}).status, 201u);
    EXPECT_EQ(get("/api/v1/items/i1", m_client).status, 200u);
    EXPECT_EQ(get("/api/v1/items", m_viewer).status, 200u);
    EXPECT_EQ(put("i1", {{"title", "client"}}, m_client).status, 403u);
    EXPECT_EQ(put("i1", {{"title", "viewer"}}, m_viewer).status, 403u);
    EXPECT_EQ(httpRequest(m_recopsd.url(), "POST", "/api/v1/items", jsonRequestHeaders(m_client),
                          R"([{"id": "i2"}])")
                  .status,
              403u);
    EXPECT_EQ(httpRequest(m_recopsd.url(), "DELETE", "/api/v1/items/i1", {bearer(m_client)}).status,
              403u);
    EXPECT_EQ(get("/api/v1/items/i1").json()["title"], "x");
}

TEST_F(ServerItemsTest, AnIdWithReservedCharactersIsAddressedPercentEncoded) {
    const HttpResponse created = put("a%20b%2Fc", {{"title", "spaced"}});
    ASSERT_EQ(created.status, 201u) << created.body;
    EXPECT_EQ(created.json()["id"], "a b/c");
    EXPECT_EQ(created.header("Location"), "/api/v1/items/a%20b%2Fc");
    EXPECT_EQ(get("/api/v1/items/a%20b%2Fc").json()["title"], "spaced");
}

}  // namespace
}  // namespace recops::testing
