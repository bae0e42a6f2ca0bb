// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "service/event_batch_reader.h"

#include <string>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace recops::service {
namespace {

using ::testing::HasSubstr;
using Events = std::vector<store::EventRecord>;

// 2026-03-01T12:00:00Z.
constexpr std::int64_t kNowMs = 1'772'366'400'000;

class EventBatchReaderTest : public ::testing::Test {
protected:
    Events accepted(std::string_view contentType, std::string_view body) const {
        auto result = m_reader.read(contentType, body, kNowMs);
        if (const auto* problem = std::get_if<http::Problem>(&result)) {
            ADD_FAILURE() << "refused: " << problem->detail << " " << problem->extensions.dump();
            return {};
        }
        return std::get<Events>(std::move(result));
    }

    http::Problem refused(std::string_view contentType, std::string_view body) const {
        auto result = m_reader.read(contentType, body, kNowMs);
        if (auto* problem = std::get_if<http::Problem>(&result)) {
            return std::move(*problem);
        }
        ADD_FAILURE() << "accepted: " << body;
        return {};
    }

    /// The one error of a batch of one bad event, as {index, field, message}.
    nlohmann::json onlyError(std::string_view event) const {
        const http::Problem problem = refused("application/json", "[" + std::string(event) + "]");
        EXPECT_EQ(problem.type, http::ProblemType::InvalidRequest);
        const nlohmann::json& errors = problem.extensions["errors"];
        EXPECT_EQ(errors.size(), 1u) << errors.dump();
        return errors.empty() ? nlohmann::json() : errors[0];
    }

    EventBatchReader m_reader{EventBatchLimits{5, 60'000}};
};

TEST_F(EventBatchReaderTest, ReadsAJsonArrayOfEvents) {
    const Events events =
        accepted("application/json",
                 R"([{"user_id": "u1", "item_id": "i1", "type": "rate", "value": 4.5,
             "timestamp": "2026-03-01T11:00:00Z", "idempotency_key": "k1"},
            {"user_id": "u2", "item_id": "i2", "type": "click", "timestamp": 1772366000.25}])");
    ASSERT_EQ(events.size(), 2u);
    EXPECT_EQ(events[0].userId, "u1");
    EXPECT_EQ(events[0].itemId, "i1");
    EXPECT_EQ(events[0].type, "rate");
    EXPECT_EQ(events[0].value, 4.5);
    EXPECT_EQ(events[0].occurredAtMs, kNowMs - 3'600'000);
    EXPECT_EQ(events[0].idempotencyKey, "k1");
    EXPECT_EQ(events[1].occurredAtMs, 1'772'366'000'250) << "Unix seconds with a fraction";
    EXPECT_EQ(events[1].value, 1.0) << "value defaults to 1";
    EXPECT_EQ(events[1].idempotencyKey, "");
}

TEST_F(EventBatchReaderTest, ASingleObjectIsABatchOfOne) {
    const Events events =
        accepted("application/json", R"({"user_id": "u1", "item_id": "i1", "type": "view"})");
    ASSERT_EQ(events.size(), 1u);
    EXPECT_EQ(events[0].occurredAtMs, kNowMs) << "no timestamp: received now";
}

TEST_F(EventBatchReaderTest, NullValueAndTimestampMeanTheDefaults) {
    const Events events = accepted(
        "application/json; charset=utf-8",
        R"([{"user_id": "u1", "item_id": "i1", "type": "view", "value": null, "timestamp": null}])");
    ASSERT_EQ(events.size(), 1u);
    EXPECT_EQ(events[0].value, 1.0);
    EXPECT_EQ(events[0].occurredAtMs, kNowMs);
}

TEST_F(EventBatchReaderTest, ReadsNdjsonWithBlankLinesAndCrlf) {
    const Events events =
        accepted("application/x-ndjson",
                 "{\"user_id\": \"u1\", \"item_id\": \"i1\", \"type\": \"view\"}\r\n"
                 "\r\n"
                 "   \t\n"
                 "{\"user_id\": \"u2\", \"item_id\": \"i2\", \"type\": \"click\"}\n"
                 "\n");
    ASSERT_EQ(events.size(), 2u);
    EXPECT_EQ(events[0].userId, "u1");
    EXPECT_EQ(events[1].userId, "u2");
    // The last line needs no newline, and application/jsonl is the same format.
    EXPECT_EQ(accepted("Application/JSONL", R"({"user_id": "u1", "item_id": "i1", "type": "view"})")
                  .size(),
              1u);
}

TEST_F(EventBatchReaderTest, NdjsonErrorsNameTheirLine) {
    const http::Problem problem =
        refused("application/x-ndjson",
                "{\"user_id\": \"u1\", \"item_id\": \"i1\", \"type\": \"view\"}\n"
                "\n"
                "{\"user_id\": \"u2\", \"type\": \"view\"}\n");
    ASSERT_EQ(problem.extensions["errors"].size(), 1u);
    const nlohmann::json& error = problem.extensions["errors"][0];
    EXPECT_EQ(error["index"], 1) << "blank lines are not events";
    EXPECT_EQ(error["line"], 3);
    EXPECT_EQ(error["field"], "item_id");
    EXPECT_EQ(error["message"], "is required");
}

TEST_F(EventBatchReaderTest, MalformedNdjsonNamesTheLine) {
    const http::Problem problem =
        refused("application/x-ndjson",
                "{\"user_id\": \"u1\", \"item_id\": \"i1\", \"type\": \"view\"}\n{\"user_id\": \n");
    EXPECT_EQ(problem.type, http::ProblemType::MalformedJson);
    EXPECT_THAT(problem.detail, HasSubstr("malformed JSON on line 2"));
}

TEST_F(EventBatchReaderTest, EachFieldErrorNamesTheEventAndTheField) {
    struct Case {
        std::string_view event;
        std::string_view field;
        std::string_view message;
    };
    const std::string longId(257, 'x');
    const std::string withLongId =
        R"({"user_id": ")" + longId + R"(", "item_id": "i1", "type": "view"})";
    const Case cases[] = {
        {R"({"item_id": "i1", "type": "view"})", "user_id", "is required"},
        {R"({"user_id": 7, "item_id": "i1", "type": "view"})", "user_id", "must be a string"},
        {R"({"user_id": "", "item_id": "i1", "type": "view"})", "user_id", "must not be empty"},
        {withLongId, "user_id", "is longer than 256 bytes"},
        {R"({"user_id": "u\u0001", "item_id": "i1", "type": "view"})", "user_id",
         "must not contain control characters"},
        {R"({"user_id": "u1", "type": "view"})", "item_id", "is required"},
        {R"({"user_id": "u1", "item_id": "i1"})", "type",
         "is required (view, click, complete, rate, ...)"},
        {R"({"user_id": "u1", "item_id": "i1", "type": 3})", "type", "must be a string"},
        {R"({"user_id": "u1", "item_id": "i1", "type": "Click"})", "type",
         "must be lowercase letters, digits, '_' or '-' (for example view, click, rate)"},
        {R"({"user_id": "u1", "item_id": "i1", "type": ""})", "type", "must be 1 to 64 characters"},
        {R"({"user_id": "u1", "item_id": "i1", "type": "view", "value": "5"})", "value",
         "must be a finite number"},
        {R"({"user_id": "u1", "item_id": "i1", "type": "view", "timestamp": true})", "timestamp",
         "must be RFC 3339 text or Unix seconds"},
        {R"({"user_id": "u1", "item_id": "i1", "type": "view", "timestamp": "2026-02-30T00:00:00Z"})",
         "timestamp",
         "must be RFC 3339 (2026-03-01T12:00:00Z) or Unix seconds, got \"2026-02-30T00:00:00Z\""},
        {R"({"user_id": "u1", "item_id": "i1", "type": "view", "timestamp": 1e13})", "timestamp",
         "is out of range"},
        {R"({"user_id": "u1", "item_id": "i1", "type": "view", "timestamp": "2026-03-01T12:01:00.001Z"})",
         "timestamp", "lies more than 60 s in the future"},
        {R"({"user_id": "u1", "item_id": "i1", "type": "view", "idempotency_key": ""})",
         "idempotency_key", "must not be empty"},
        {R"({"user_id": "u1", "item_id": "i1", "type": "view", "extra": 1})", "extra",
         "is not an event field (known: user_id, item_id, type, value, timestamp, "
         "idempotency_key)"},
        {R"("just text")", "",
         R"(must be a JSON object such as {"user_id": "u1", "item_id": "i9", "type": "click"})"},
    };
    for (const Case& testCase : cases) {
        SCOPED_TRACE(testCase.event);
        const nlohmann::json error = onlyError(testCase.event);
        EXPECT_EQ(error["index"], 0);
        EXPECT_EQ(error["field"], testCase.field);
        EXPECT_EQ(error["message"], testCase.message);
        EXPECT_FALSE(error.contains("line")) << "a JSON array has no lines to name";
    }
}

TEST_F(EventBatchReaderTest, ATimestampUpToTheSkewIsAccepted) {
    const Events events = accepted(
        "application/json",
        R"([{"user_id": "u1", "item_id": "i1", "type": "view", "timestamp": "2026-03-01T12:01:00Z"}])");
    ASSERT_EQ(events.size(), 1u);
    EXPECT_EQ(events[0].occurredAtMs, kNowMs + 60'000);
}

TEST_F(EventBatchReaderTest, OneBadEventRefusesTheBatchAndEveryFaultIsListed) {
    const http::Problem problem = refused("application/json", R"([
        {"user_id": "u1", "item_id": "i1", "type": "view"},
        {"user_id": "", "type": "Bad"},
        {"user_id": "u3", "item_id": "i3", "type": "view"},
        {"user_id": "u4", "item_id": "i4", "type": "view", "value": "x"}])");
    EXPECT_EQ(problem.type, http::ProblemType::InvalidRequest);
    EXPECT_EQ(problem.extensions["invalid_events"], 2);
    const nlohmann::json& errors = problem.extensions["errors"];
    ASSERT_EQ(errors.size(), 4u) << errors.dump();
    EXPECT_EQ(
        errors[0],
        (nlohmann::json{{"index", 1}, {"field", "user_id"}, {"message", "must not be empty"}}));
    EXPECT_EQ(errors[1]["field"], "item_id");
    EXPECT_EQ(errors[2]["field"], "type");
    EXPECT_EQ(errors[3]["index"], 3);
    EXPECT_EQ(errors[3]["field"], "value");
    EXPECT_EQ(problem.detail,
              "2 of 4 events are invalid, so none was stored; first: event 1, user_id: must not be "
              "empty");
}

TEST_F(EventBatchReaderTest, TheErrorListStopsAtAHundred) {
    const EventBatchReader reader(EventBatchLimits{1000, 60'000});
    std::string body = "[";
    for (int index = 0; index < 150; ++index) {
        body += index == 0 ? "{}" : ",{}";
    }
    body += "]";
    auto result = reader.read("application/json", body, kNowMs);
    const auto& problem = std::get<http::Problem>(result);
    EXPECT_EQ(problem.extensions["errors"].size(), 100u);
    EXPECT_EQ(problem.extensions["invalid_events"], 150);
}

TEST_F(EventBatchReaderTest, MoreEventsThanTheLimitAre413) {
    std::string array = "[";
    std::string lines;
    for (int index = 0; index < 6; ++index) {
        const std::string event = R"({"user_id": "u1", "item_id": "i1", "type": "view"})";
        array += (index == 0 ? "" : ",") + event;
        lines += event + "\n";
    }
    array += "]";
    for (const auto& [contentType, body] :
         {std::pair<std::string_view, std::string_view>{"application/json", array},
          {"application/x-ndjson", lines}}) {
        const http::Problem problem = refused(contentType, body);
        EXPECT_EQ(problem.type, http::ProblemType::PayloadTooLarge) << contentType;
        EXPECT_EQ(problem.detail,
                  "a batch may hold at most 5 events (ingest.max_batch_events); send several "
                  "batches");
    }
}

TEST_F(EventBatchReaderTest, OtherMediaTypesAre415) {
    for (const std::string_view contentType : {"text/plain", "application/xml", "", "json"}) {
        const http::Problem problem = refused(contentType, "[]");
        EXPECT_EQ(problem.type, http::ProblemType::UnsupportedMediaType) << contentType;
    }
    EXPECT_THAT(refused("", "[]").detail, HasSubstr("got no Content-Type"));
    EXPECT_THAT(refused("text/csv", "[]").detail, HasSubstr("got text/csv"));
}

TEST_F(EventBatchReaderTest, AnEmptyBatchIsRefused) {
    EXPECT_EQ(refused("application/json", "[]").detail, "the batch holds no events");
    EXPECT_EQ(refused("application/x-ndjson", "\n\n").detail, "the batch holds no events");
    EXPECT_EQ(refused("application/x-ndjson", "").detail, "the batch holds no events");
}

TEST_F(EventBatchReaderTest, NeitherArrayNorObjectIsRefused) {
    const http::Problem problem = refused("application/json", "42");
    EXPECT_EQ(problem.type, http::ProblemType::InvalidRequest);
    EXPECT_EQ(problem.detail, "expected a JSON array of events (or one event object)");
    EXPECT_EQ(refused("application/json", "[1,").type, http::ProblemType::MalformedJson);
}

}  // namespace
}  // namespace recops::service
