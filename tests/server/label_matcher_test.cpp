// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// Label matchers with Alertmanager's semantics, case by case: a missing label is the empty
// string, regular expressions are anchored, = and != are exact.
#include "alerting/label_matcher.h"

#include <gtest/gtest.h>

namespace recops::alerting {
namespace {

LabelMatcher make(std::string name, MatchOperator op, std::string value) {
    auto created = LabelMatcher::create(std::move(name), op, std::move(value));
    EXPECT_TRUE(std::holds_alternative<LabelMatcher>(created));
    return std::get<LabelMatcher>(created);
}

const monitoring::Labels kAlert{
    {"alertname", "HighLatencyP95"}, {"severity", "warning"}, {"team", "ml-serving"}};

TEST(LabelMatcherTest, EqualAndNotEqualCompareWholeValues) {
    EXPECT_TRUE(make("severity", MatchOperator::Equal, "warning").matches(kAlert));
    EXPECT_FALSE(make("severity", MatchOperator::Equal, "warn").matches(kAlert));
    EXPECT_FALSE(make("severity", MatchOperator::Equal, "Warning").matches(kAlert));
    EXPECT_TRUE(make("severity", MatchOperator::NotEqual, "critical").matches(kAlert));
    EXPECT_FALSE(make("severity", MatchOperator::NotEqual, "warning").matches(kAlert));
}

TEST(LabelMatcherTest, RegularExpressionsAreAnchoredAtBothEnds) {
    EXPECT_TRUE(make("alertname", MatchOperator::RegexMatch, "High.*").matches(kAlert));
    EXPECT_TRUE(
        make("alertname", MatchOperator::RegexMatch, "HighLatency.*|Low.*").matches(kAlert));
    // Unanchored, "Latency" would be found inside the value; anchored it must be the value.
    EXPECT_FALSE(make("alertname", MatchOperator::RegexMatch, "Latency").matches(kAlert));
    EXPECT_FALSE(make("team", MatchOperator::RegexMatch, "ml").matches(kAlert));
    EXPECT_TRUE(make("team", MatchOperator::RegexMatch, "ml-.+").matches(kAlert));
    EXPECT_TRUE(make("alertname", MatchOperator::RegexNoMatch, "Latency").matches(kAlert));
    EXPECT_FALSE(make("alertname", MatchOperator::RegexNoMatch, "High.+").matches(kAlert));
}

TEST(LabelMatcherTest, MatchingTakesLinearTimeWhateverTheExpression) {
    // A backtracking engine takes exponential time on this; RE2 does not.
    const LabelMatcher nested = make("team", MatchOperator::RegexMatch, "(a*)*b");
    EXPECT_FALSE(nested.matches({{"team", std::string(5000, 'a')}}));
    EXPECT_TRUE(nested.matches({{"team", std::string(5000, 'a') + "b"}}));
}

TEST(LabelMatcherTest, AMissingLabelReadsAsTheEmptyString) {
    EXPECT_TRUE(make("feature", MatchOperator::Equal, "").matches(kAlert));
    EXPECT_FALSE(make("feature", MatchOperator::NotEqual, "").matches(kAlert));
    EXPECT_TRUE(make("feature", MatchOperator::NotEqual, "age").matches(kAlert));
    EXPECT_FALSE(make("feature", MatchOperator::Equal, "age").matches(kAlert));
    EXPECT_TRUE(make("feature", MatchOperator::RegexMatch, ".*").matches(kAlert));
    EXPECT_FALSE(make("feature", MatchOperator::RegexMatch, ".+").matches(kAlert));
    EXPECT_TRUE(make("feature", MatchOperator::RegexNoMatch, ".+").matches(kAlert));
}

TEST(LabelMatcherTest, KnowsWhetherItMatchesTheEmptyString) {
    EXPECT_TRUE(make("team", MatchOperator::RegexMatch, ".*").matchesEmpty());
    EXPECT_TRUE(make("team", MatchOperator::NotEqual, "sre").matchesEmpty());
    EXPECT_FALSE(make("team", MatchOperator::Equal, "sre").matchesEmpty());
    EXPECT_FALSE(make("team", MatchOperator::RegexMatch, ".+").matchesEmpty());
}

TEST(LabelMatcherTest, AllMatchersMustHold) {
    const std::vector<LabelMatcher> matchers{make("alertname", MatchOperator::RegexMatch, "High.*"),
                                             make("severity", MatchOperator::Equal, "critical")};
    EXPECT_FALSE(matchesAll(matchers, kAlert));
    monitoring::Labels critical = kAlert;
    critical["severity"] = "critical";
    EXPECT_TRUE(matchesAll(matchers, critical));
    EXPECT_TRUE(matchesAll({}, kAlert));
}

TEST(LabelMatcherTest, RefusesBadNamesAndExpressionsWithAReason) {
    const auto badName = LabelMatcher::create("1team", MatchOperator::Equal, "x");
    ASSERT_TRUE(std::holds_alternative<std::string>(badName));
    EXPECT_EQ(std::get<std::string>(badName),
              "\"1team\" is not a label name ([A-Za-z_][A-Za-z0-9_]*)");
    const auto badExpression = LabelMatcher::create("team", MatchOperator::RegexMatch, "(ml");
    ASSERT_TRUE(std::holds_alternative<std::string>(badExpression));
    EXPECT_TRUE(std::get<std::string>(badExpression)
                    .starts_with("\"(ml\" is not a valid regular expression: "));
}

TEST(LabelMatcherTest, PrintsAndStoresAsAlertmanagerWritesThem) {
    const LabelMatcher matcher = make("team", MatchOperator::RegexNoMatch, "db\"|cache");
    EXPECT_EQ(matcher.toString(), "team!~\"db\\\"|cache\"");
    const store::MatcherRecord record = matcher.toRecord();
    EXPECT_EQ(record, (store::MatcherRecord{"team", "!~", "db\"|cache"}));
    EXPECT_TRUE(LabelMatcher::fromRecord(record).matches({{"team", "ml"}}));
    EXPECT_THROW(LabelMatcher::fromRecord({"team", "~=", "x"}), std::invalid_argument);
    EXPECT_EQ(parseMatchOperator("=~"), MatchOperator::RegexMatch);
    EXPECT_FALSE(parseMatchOperator("==").has_value());
}

}  // namespace
}  // namespace recops::alerting
