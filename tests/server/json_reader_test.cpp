// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// JSON bodies as the monitoring endpoints read them: checked against what the endpoint takes,
// and refused with a message that names the member and what is wrong with it.
#include "service/json_reader.h"

#include <gtest/gtest.h>

namespace recops::service {
namespace {

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
