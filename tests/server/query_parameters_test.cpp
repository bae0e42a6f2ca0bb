// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "http/query_parameters.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace recops::http {
namespace {

using ::testing::HasSubstr;

QueryParameters parsed(std::string_view query) {
    auto result = QueryParameters::parse(query);
    EXPECT_TRUE(std::holds_alternative<QueryParameters>(result)) << query;
    return std::get<QueryParameters>(std::move(result));
}

std::string problemOf(std::string_view query) {
    auto result = QueryParameters::parse(query);
    EXPECT_TRUE(std::holds_alternative<Problem>(result)) << query;
    return std::holds_alternative<Problem>(result) ? std::get<Problem>(result).detail : "";
}

TEST(QueryParametersTest, DecodesNamesAndValues) {
    const QueryParameters parameters = parsed("actor=alice%20smith&action=backup.*&from=&x=a+b");
    EXPECT_EQ(parameters.get("actor"), "alice smith");
    EXPECT_EQ(parameters.get("action"), "backup.*");
    EXPECT_EQ(parameters.get("from"), "");
    EXPECT_EQ(parameters.get("x"), "a b");
    EXPECT_EQ(parameters.get("to"), std::nullopt);
    EXPECT_EQ(parsed("&&limit=5&").get("limit"), "5");
    EXPECT_EQ(parsed("flag").get("flag"), "");
}

TEST(QueryParametersTest, RefusesMalformedEscapesEmptyNamesAndRepeats) {
    EXPECT_THAT(problemOf("a=%zz"), HasSubstr("malformed %-escape in \"a=%zz\""));
    EXPECT_THAT(problemOf("=5"), HasSubstr("without a name"));
    EXPECT_EQ(problemOf("limit=1&limit=2"), "query parameter limit is given more than once");
}

TEST(QueryParametersTest, NamesTheFirstUnknownParameterAndWhatTheRouteTakes) {
    const QueryParameters parameters = parsed("status=open&stauts=open");
    const auto problem = parameters.findUnknown({"status", "limit"});
    ASSERT_TRUE(problem);
    EXPECT_EQ(problem->type, ProblemType::InvalidRequest);
    EXPECT_EQ(problem->detail, "unknown query parameter stauts; this route takes status, limit");
    EXPECT_FALSE(parsed("status=open").findUnknown({"status"}));
    EXPECT_EQ(parsed("x=1").findUnknown({})->detail,
              "unknown query parameter x; this route takes none");
}

}  // namespace
}  // namespace recops::http
