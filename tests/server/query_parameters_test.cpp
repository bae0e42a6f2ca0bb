// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "http/query_parameters.h"

#include "common/timestamp.h"

#include <gtest/gtest.h>

namespace recops::http {
namespace {

QueryParameters parsed(std::string_view query) {
    auto result = QueryParameters::parse(query);
    if (const auto* problem = std::get_if<Problem>(&result)) {
        ADD_FAILURE() << "\"" << query << "\" was refused: " << problem->detail;
        return {};
    }
    return std::get<QueryParameters>(std::move(result));
}

std::string refusal(std::string_view query) {
    auto result = QueryParameters::parse(query);
    const auto* problem = std::get_if<Problem>(&result);
    if (problem == nullptr) {
        ADD_FAILURE() << "\"" << query << "\" was accepted";
        return {};
    }
    EXPECT_EQ(problem->type, ProblemType::InvalidRequest);
    return problem->detail;
}

template <typename Value>
std::string problemOf(const std::variant<Value, Problem>& result) {
    const auto* problem = std::get_if<Problem>(&result);
    if (problem == nullptr) {
        ADD_FAILURE() << "the value was accepted";
        return {};
    }
    EXPECT_EQ(problem->type, ProblemType::InvalidRequest);
    return problem->detail;
}

TEST(QueryParametersTest, DecodesPlusAndPercentEscapes) {
    const QueryParameters query = parsed("user_id=a%20b+c&title=caf%C3%A9&empty=&flag");
    EXPECT_EQ(query.find("user_id"), "a b c");
    EXPECT_EQ(query.find("title"), "caf\xC3\xA9");
    EXPECT_EQ(query.find("empty"), "");
    EXPECT_EQ(query.find("flag"), "");
    EXPECT_FALSE(query.find("missing"));
    EXPECT_FALSE(query.find("User_id")) << "names are case-sensitive";
}

TEST(QueryParametersTest, AnEmptyQueryHasNoParameters) {
    EXPECT_FALSE(parsed("").find("k"));
    EXPECT_FALSE(parsed("&&").find(""));
}

TEST(QueryParametersTest, ARepeatedNameGivesItsLastValueAndAllOfThem) {
    const QueryParameters query = parsed("exclude=a&k=3&exclude=b&&exclude=c%2Cd");
    EXPECT_EQ(query.find("exclude"), "c,d");
    const std::vector<std::string_view> all = query.all("exclude");
    EXPECT_EQ(all, (std::vector<std::string_view>{"a", "b", "c,d"}));
    EXPECT_TRUE(query.all("none").empty());
}

TEST(QueryParametersTest, RefusesMalformedEscapesAndNamelessPairs) {
    EXPECT_EQ(refusal("k=%zz"), "malformed percent-escape in the query string near \"k=%zz\"");
    EXPECT_NE(refusal("k%2=1").find("malformed percent-escape"), std::string::npos);
    EXPECT_EQ(refusal("a=1&=5"), "a query parameter without a name: \"=5\"");
}

TEST(QueryParametersTest, RejectUnknownNamesTheFirstStrangerAndTheKnownOnes) {
    const QueryParameters query = parsed("k=1&colour=red&size=2");
    const auto problem = query.rejectUnknown({"k", "size"});
    ASSERT_TRUE(problem);
    EXPECT_EQ(problem->type, ProblemType::InvalidRequest);
    EXPECT_EQ(problem->detail, "unknown query parameter \"colour\" (known: k, size)");
    EXPECT_FALSE(query.rejectUnknown({"k", "colour", "size"}));

    const auto none = parsed("x=1").rejectUnknown({});
    ASSERT_TRUE(none);
    EXPECT_EQ(none->detail, "unknown query parameter \"x\"; this endpoint takes none");
}

TEST(QueryParametersTest, IntegerChecksSyntaxAndBounds) {
    const QueryParameters query = parsed(
        "k=25&low=0&high=1001&word=ten&plus=%2B5&space=5%20&negative=-3&huge=99999999999999999999");
    EXPECT_EQ(std::get<std::int64_t>(query.integer("k", 10, 1, 1000)), 25);
    EXPECT_EQ(std::get<std::int64_t>(query.integer("absent", 10, 1, 1000)), 10);
    EXPECT_EQ(std::get<std::int64_t>(query.integer("negative", 0, -5, 5)), -3);
    EXPECT_EQ(problemOf(query.integer("low", 10, 1, 1000)),
              "low must be an integer in 1..1000, got \"0\"");
    EXPECT_EQ(problemOf(query.integer("high", 10, 1, 1000)),
              "high must be an integer in 1..1000, got \"1001\"");
    EXPECT_EQ(problemOf(query.integer("word", 10, 1, 1000)),
              "word must be an integer in 1..1000, got \"ten\"");
    problemOf(query.integer("plus", 10, 1, 1000));
    problemOf(query.integer("space", 10, 1, 1000));
    problemOf(query.integer("huge", 10, 1, 1000));
}

TEST(QueryParametersTest, BooleanTakesTrueFalseOneAndZero) {
    const QueryParameters query = parsed("a=true&b=false&c=1&d=0&e=yes&f=TRUE");
    EXPECT_TRUE(std::get<bool>(query.boolean("a", false)));
    EXPECT_FALSE(std::get<bool>(query.boolean("b", true)));
    EXPECT_TRUE(std::get<bool>(query.boolean("c", false)));
    EXPECT_FALSE(std::get<bool>(query.boolean("d", true)));
    EXPECT_TRUE(std::get<bool>(query.boolean("absent", true)));
    EXPECT_EQ(problemOf(query.boolean("e", false)), "e must be true or false, got \"yes\"");
    problemOf(query.boolean("f", false));
}

TEST(QueryParametersTest, RequiredTextMustBePresentNonEmptyAndShortEnough) {
    const QueryParameters query = parsed("user_id=u1&blank=&long=abcdef");
    EXPECT_EQ(std::get<std::string_view>(query.requiredText("user_id", 256)), "u1");
    EXPECT_EQ(problemOf(query.requiredText("missing", 256)),
              "the query parameter missing is required");
    EXPECT_EQ(problemOf(query.requiredText("blank", 256)), "the query parameter blank is required");
    EXPECT_EQ(problemOf(query.requiredText("long", 5)), "long is longer than 5 bytes");
    EXPECT_EQ(std::get<std::string_view>(query.requiredText("long", 6)), "abcdef");
}

TEST(QueryParametersTest, ParseWithTheKnownNamesRefusesOthers) {
    auto accepted = QueryParameters::parse("from=2026-03-01T12:00:00Z", {"from", "to"});
    ASSERT_TRUE(std::holds_alternative<QueryParameters>(accepted));
    auto refused = QueryParameters::parse("form=x", {"from", "to"});
    ASSERT_TRUE(std::holds_alternative<Problem>(refused));
    EXPECT_EQ(std::get<Problem>(refused).detail,
              "unknown query parameter \"form\" (known: from, to)");
    auto repeated = QueryParameters::parse("from=a&to=b&from=c", {"from", "to"});
    ASSERT_TRUE(std::holds_alternative<Problem>(repeated));
    EXPECT_EQ(std::get<Problem>(repeated).detail, "query parameter from: given more than once");
}

TEST(QueryParametersTest, TimestampReadsRfc3339AndSaysWhatWasExpected) {
    const QueryParameters query = parsed("from=2026-03-01T12:00:00Z&to=yesterday");
    const auto from = query.timestamp("from");
    ASSERT_TRUE(std::holds_alternative<std::optional<std::chrono::system_clock::time_point>>(from));
    EXPECT_EQ(std::get<0>(from), common::parseTimestamp("2026-03-01T12:00:00Z"));
    EXPECT_EQ(problemOf(query.timestamp("to")),
              "query parameter to: expected an RFC 3339 timestamp such as 2026-03-01T12:00:00Z, "
              "got "
              "\"yesterday\"");
    EXPECT_FALSE(std::get<0>(query.timestamp("absent")).has_value());
}

}  // namespace
}  // namespace recops::http
