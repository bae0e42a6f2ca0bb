// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "http/json_body.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace recops::http {
namespace {

using ::testing::HasSubstr;

std::variant<nlohmann::json, Problem> parse(std::string body,
                                            std::string contentType = "application/json") {
    Request request(Verb::post, "/x", 11);
    if (!contentType.empty()) {
        request.set(Field::content_type, contentType);
    }
    request.body() = std::move(body);
    const PathParameters parameters;
    return parseJsonBody(RequestContext{request, "/x", "", parameters, "id", "remote"});
}

TEST(JsonBodyTest, ParsesAJsonBody) {
    const auto result = parse(R"({"role": "viewer"})", "Application/JSON; charset=utf-8");
    ASSERT_TRUE(std::holds_alternative<nlohmann::json>(result));
    EXPECT_EQ(std::get<nlohmann::json>(result)["role"], "viewer");
}

TEST(JsonBodyTest, RefusesOtherMediaTypes) {
    for (const char* type : {"text/plain", "", "application/jsonx"}) {
        const auto result = parse("{}", type);
        ASSERT_TRUE(std::holds_alternative<Problem>(result)) << type;
        EXPECT_EQ(std::get<Problem>(result).type, ProblemType::UnsupportedMediaType);
    }
}

TEST(JsonBodyTest, MalformedJsonSaysWhereTheParserStopped) {
    const auto result = parse("{\n  \"role\": \"viewer\",\n  x\n}");
    ASSERT_TRUE(std::holds_alternative<Problem>(result));
    const Problem& problem = std::get<Problem>(result);
    EXPECT_EQ(problem.type, ProblemType::MalformedJson);
    EXPECT_THAT(problem.detail, HasSubstr("malformed JSON at line 3, column 3: syntax error"));
    EXPECT_EQ(problem.extensions["position"]["line"], 3);
    EXPECT_EQ(problem.extensions["position"]["column"], 3);
    EXPECT_EQ(problem.extensions["position"]["byte"], 25);  // the x, counted from 1
}

TEST(JsonBodyTest, EmptyBodyIsMalformedAtTheStart) {
    const auto result = parse("");
    ASSERT_TRUE(std::holds_alternative<Problem>(result));
    EXPECT_EQ(std::get<Problem>(result).extensions["position"]["line"], 1);
    EXPECT_EQ(std::get<Problem>(result).extensions["position"]["column"], 1);
}

}  // namespace
}  // namespace recops::http
