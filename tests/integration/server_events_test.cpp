// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// Event ingestion and a user's data of the real recopsd: JSON arrays and NDJSON, all-or-nothing
// batches, idempotent retries, the export of everything held about a user, and erasure.
#include "integration/support/child_process.h"
#include "integration/support/http_client.h"
#include "integration/support/recopsd_data.h"
#include "integration/support/recopsd_process.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace recops::testing {
namespace {

using ::testing::HasSubstr;

class ServerEventsTest : public ::testing::Test {
protected:
    HttpResponse post(const std::string& body, const std::string& contentType = "application/json",
                      const std::string& token = {}) {
        return httpRequest(
            m_recopsd.url(), "POST", "/api/v1/events",
            {bearer(token.empty() ? m_client : token), {"Content-Type", contentType}}, body);
    }

    nlohmann::json exportOf(const std::string& user) {
        const HttpResponse response = httpRequest(
            m_recopsd.url(), "GET", "/api/v1/users/" + user + "/export", {bearer(m_admin)});
        EXPECT_EQ(response.status, 200u) << response.body;
        return response.json();
    }

    TemporaryDirectory m_scratch;
    std::string m_admin = createToken(m_scratch / "data", "admin");
    std::string m_client = createToken(m_scratch / "data", "client");
    RecopsdProcess m_recopsd{RecopsdOptions{.dataDirectory = m_scratch / "data"}};
};

TEST_F(ServerEventsTest, AJsonArrayIsStoredAndAcknowledged) {
    const HttpResponse response = post(R"([
        {"user_id": "u1", "item_id": "i1", "type": "rate", "value": 4, "timestamp": "2026-03-01T12:00:00Z"},
        {"user_id": "u1", "item_id": "i2", "type": "click", "timestamp": 1772366460},
        {"user_id": "u2", "item_id": "i1", "type": "view"}])");
    ASSERT_EQ(response.status, 202u) << response.body;
    EXPECT_EQ(response.json(), (nlohmann::json{{"accepted", 3}, {"duplicates", 0}}));

    const auto exported = exportOf("u1");
    ASSERT_EQ(exported["events"].size(), 2u);
    EXPECT_EQ(exported["events"][0], (nlohmann::json{{"item_id", "i1"},
                                                     {"type", "rate"},
                                                     {"value", 4.0},
                                                     {"timestamp", "2026-03-01T12:00:00.000Z"}}));
    EXPECT_EQ(exported["events"][1]["timestamp"], "2026-03-01T12:01:00.000Z");
    EXPECT_EQ(exported["events"][1]["value"], 1.0);
    EXPECT_EQ(metricValue(m_recopsd.url(), "events_ingested_total"), 3.0);
}

TEST_F(ServerEventsTest, NdjsonIsStoredLineByLine) {
    const HttpResponse response = post(
        "{\"user_id\": \"nd\", \"item_id\": \"i1\", \"type\": \"view\"}\r\n"
        "\r\n"
        "{\"user_id\": \"nd\", \"item_id\": \"i2\", \"type\": \"complete\", \"idempotency_key\": "
        "\"n2\"}\n",
        "application/x-ndjson");
    ASSERT_EQ(response.status, 202u) << response.body;
    EXPECT_EQ(response.json()["accepted"], 2);
    const auto events = exportOf("nd")["events"];
    ASSERT_EQ(events.size(), 2u);
    EXPECT_EQ(events[1]["idempotency_key"], "n2");
    EXPECT_FALSE(events[0].contains("idempotency_key"));
}

TEST_F(ServerEventsTest, AnInvalidBatchStoresNothing) {
    const HttpResponse response = post(R"([
        {"user_id": "careful", "item_id": "i1", "type": "view"},
        {"user_id": "careful", "item_id": "i2", "type": "view", "value": "high"}])");
    ASSERT_EQ(response.status, 400u);
    EXPECT_EQ(response.json()["errors"][0]["index"], 1);
    EXPECT_EQ(response.json()["errors"][0]["field"], "value");
    EXPECT_TRUE(exportOf("careful")["events"].empty());
    EXPECT_EQ(metricValue(m_recopsd.url(), "event_batches_rejected_total"), 1.0);
    EXPECT_EQ(metricValue(m_recopsd.url(), "events_ingested_total"), 0.0);
}

TEST_F(ServerEventsTest, ARetriedBatchCountsDuplicatesAndStoresEachEventOnce) {
    const std::string batch = R"([
        {"user_id": "r", "item_id": "i1", "type": "view", "idempotency_key": "r-1"},
        {"user_id": "r", "item_id": "i2", "type": "view", "idempotency_key": "r-2"}])";
    ASSERT_EQ(post(batch).json(), (nlohmann::json{{"accepted", 2}, {"duplicates", 0}}));
    // The client lost the acknowledgement and sends the batch again, now with a third event.
    const HttpResponse retry = post(R"([
        {"user_id": "r", "item_id": "i1", "type": "view", "idempotency_key": "r-1"},
        {"user_id": "r", "item_id": "i2", "type": "view", "idempotency_key": "r-2"},
        {"user_id": "r", "item_id": "i3", "type": "view", "idempotency_key": "r-3"}])");
    ASSERT_EQ(retry.status, 202u);
    EXPECT_EQ(retry.json(), (nlohmann::json{{"accepted", 1}, {"duplicates", 2}}));
    EXPECT_EQ(exportOf("r")["events"].size(), 3u);
    EXPECT_EQ(metricValue(m_recopsd.url(), "events_duplicate_total"), 2.0);
}

TEST_F(ServerEventsTest, TheExportIsEverythingHeldAboutTheUser) {
    ASSERT_EQ(post(R"([{"user_id": "me", "item_id": "late", "type": "view", "timestamp": 2000},
                       {"user_id": "me", "item_id": "early", "type": "view", "timestamp": 1000},
                       {"user_id": "you", "item_id": "x", "type": "view"}])")
                  .status,
              202u);
    const HttpResponse response =
        httpRequest(m_recopsd.url(), "GET", "/api/v1/users/me/export", {bearer(m_admin)});
    ASSERT_EQ(response.status, 200u);
    EXPECT_EQ(response.header("Cache-Control"), "no-store");
    const auto body = response.json();
    EXPECT_EQ(body["user_id"], "me");
    EXPECT_TRUE(body["exported_at"].is_string());
    ASSERT_EQ(body["events"].size(), 2u);
    EXPECT_EQ(body["events"][0]["item_id"], "early") << "oldest first";
    EXPECT_EQ(body["events"][1]["item_id"], "late");
    EXPECT_THAT(body["derived_data"].get<std::string>(), HasSubstr("none"));
    EXPECT_TRUE(exportOf("nobody")["events"].empty());
}

TEST_F(ServerEventsTest, ErasureDeletesTheUsersEventsAndKeepsOnlyADigest) {
    ASSERT_EQ(post(R"([{"user_id": "forget-me", "item_id": "i1", "type": "view"},
                       {"user_id": "forget-me", "item_id": "i2", "type": "view"},
                       {"user_id": "keep-me", "item_id": "i1", "type": "view"}])")
                  .status,
              202u);
    const HttpResponse erased =
        httpRequest(m_recopsd.url(), "DELETE", "/api/v1/users/forget-me", {bearer(m_admin)});
    ASSERT_EQ(erased.status, 200u) << erased.body;
    EXPECT_EQ(erased.json(), (nlohmann::json{{"user_id", "forget-me"}, {"events_deleted", 2}}));
    EXPECT_TRUE(exportOf("forget-me")["events"].empty());
    EXPECT_EQ(exportOf("keep-me")["events"].size(), 1u);

    const auto database = databaseOf(m_recopsd.dataDirectory());
    EXPECT_EQ(sqliteRows(database, "SELECT count(*) FROM events WHERE user_id = 'forget-me'"),
              std::vector<std::string>{"0"});
    // The record of the erasure names the user by SHA-256 only (of "forget-me").
    EXPECT_EQ(sqliteRows(database,
                         "SELECT lower(hex(user_digest)), events_deleted FROM "
                         "user_erasures"),
              std::vector<std::string>{
                  "b859b09985e5350960a532072d9b2bfbedccf4cee88bd6890713dd0be380a6fc|2"});
}

}  // namespace
}  // namespace recops::testing
