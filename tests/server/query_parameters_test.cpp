// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// Query strings and JSON bodies as the monitoring endpoints read them: decoded, checked
// against what the endpoint takes, and refused with a message that names what is wrong.
#include "service/query_parameters.h"

#include "common/timestamp.h"
#include "service/json_reader.h"

#include <gtest/gtest.h>

namespace recops::service {
namespace {

QueryParameters parse(std::string_view query, std::initializer_list<std::string_view> allowed) {
    auto parsed = QueryParameters::parse(query, allowed);
    EXPECT_TRUE(std::holds_alternative<QueryParameters>(parsed)) << query;
    return std::get<QueryParameters>(std::move(parsed));
}

std::string problemOf(std::string_view query, std::initializer_list<std::string_view> allowed) {
    auto parsed = QueryParameters::parse(query, allowed);
    if (const auto* problem = std::get_if<http::Problem>(&parsed)) {
        return problem->detail;
    }
    ADD_FAILURE() << "accepted: " << query;
    return {};
}

TEST(QueryParametersTest, DecodesPlusAndPercentEscapes) {
    const QueryParameters query =
        parse("state=firing%2Cpending&comment=a+b&empty=", {"state", "comment", "empty"});
    EXPECT_EQ(query.get("state"), "firing,pending");
    EXPECT_EQ(query.get("comment"), "a b");
    EXPECT_EQ(query.get("empty"), "");
    EXPECT_FALSE(query.get("other").has_value());
    EXPECT_FALSE(parse("", {}).get("x").has_value());
}

TEST(QueryParametersTest, RefusesUnknownRepeatedAndMalformedParameters) {
    EXPECT_EQ(problemOf("stat=firing", {"state", "severity"}),
              "query parameter stat: unknown; this endpoint takes state, severity");
    EXPECT_EQ(problemOf("x=1", {}), "query parameter x: this endpoint takes no parameters");
    EXPECT_EQ(problemOf("state=a&state=b", {"state"}),
              "query parameter state: given more than once");
    EXPECT_EQ(problemOf("state=%zz", {"state"}),
              "the query string has a malformed %-escape in \"state=%zz\"");
}

TEST(QueryParametersTest, TypedValuesSayWhatWasExpected) {
    const QueryParameters query =
        parse("limit=abc&step=0&big=100&from=yesterday", {"limit", "step", "big", "from", "to"});
    EXPECT_EQ(std::get<http::Problem>(query.integer("limit", 1, 1, 1000)).detail,
              "query parameter limit: expected an integer in 1..1000, got \"abc\"");
    EXPECT_EQ(std::get<http::Problem>(query.integer("step", 1, 1, 1000)).detail,
              "query parameter step: expected an integer in 1..1000, got 0");
    EXPECT_EQ(std::get<std::int64_t>(query.integer("big", 1, 1, 1000)), 100);
    EXPECT_EQ(std::get<std::int64_t>(query.integer("absent", 7, 1, 1000)), 7);
    EXPECT_EQ(std::get<http::Problem>(query.timestamp("from")).detail,
              "query parameter from: expected an RFC 3339 timestamp such as 2026-03-01T12:00:00Z, "
              "got \"yesterday\"");
    EXPECT_FALSE(std::get<0>(query.timestamp("to")).has_value());
}

std::string invalidInputOf(const nlohmann::json& body, auto read) {
    try {
        read(JsonReader(body, {}));
    } catch (const InvalidInput& error) {
        return error.what();
    }
    ADD_FAILURE() << "accepted: " << body.dump();
    return {};
}

TEST(JsonReaderTest, NamesTheMemberAndWhatIsWrongWithIt) {
    const auto read = [](const JsonReader& body) {
        body.expectObject({"name", "limit", "items", "when"});
        body.requiredString("name", 5);
        body.optionalInteger("limit", 1, 1, 10);
        for (const JsonReader& item : body.array("items", false)) {
            item.expectObject({"id"});
            item.requiredString("id");
        }
        body.optionalTimestamp("when");
    };
    EXPECT_EQ(invalidInputOf(nlohmann::json::array(), read),
              "the body: expected an object, got an array");
    EXPECT_EQ(invalidInputOf({{"nam", "x"}}, read),
              "nam: unknown member; expected one of name, limit, items, when");
    EXPECT_EQ(invalidInputOf({{"limit", 2}}, read), "name: required");
    EXPECT_EQ(invalidInputOf({{"name", 3}}, read), "name: expected a string, got a number");
    EXPECT_EQ(invalidInputOf({{"name", "toolong"}}, read), "name: longer than 5 bytes");
    EXPECT_EQ(invalidInputOf({{"name", "a\nb"}}, read), "name: control characters are not allowed");
    EXPECT_EQ(invalidInputOf({{"name", "x"}, {"limit", 11}}, read),
              "limit: expected an integer in 1..10, got 11");
    EXPECT_EQ(invalidInputOf({{"name", "x"}, {"limit", 1.5}}, read),
              "limit: expected an integer in 1..10, got a number");
    EXPECT_EQ(invalidInputOf({{"name", "x"}, {"items", {{{"id", "a"}}, {{"id", 1}}}}}, read),
              "items[1].id: expected a string, got a number");
    EXPECT_EQ(invalidInputOf({{"name", "x"}, {"when", "soon"}}, read),
              "when: expected an RFC 3339 timestamp such as 2026-03-01T12:00:00Z, got \"soon\"");
}

TEST(JsonReaderTest, NullReadsAsAbsent) {
    const nlohmann::json body{{"name", "x"}, {"limit", nullptr}};
    const JsonReader reader(body, {});
    EXPECT_EQ(reader.optionalInteger("limit", 4, 1, 10), 4);
    EXPECT_FALSE(reader.has("limit"));
    EXPECT_FALSE(reader.optionalObject("limit").has_value());
}

}  // namespace
}  // namespace recops::service
