// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "monitoring/labels.h"
#include "store/silence_record.h"

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace re2 {
class RE2;
}

namespace recops::alerting {

/// How a matcher compares a label's value, as Alertmanager writes it.
enum class MatchOperator {
    /// =   the value equals
    Equal,
    /// !=  the value differs
    NotEqual,
    /// =~  the whole value matches the regular expression
    RegexMatch,
    /// !~  the whole value does not match it
    RegexNoMatch,
};

/// "=", "!=", "=~", "!~".
std::string_view matchOperatorText(MatchOperator op);
std::optional<MatchOperator> parseMatchOperator(std::string_view text);

/**
 * One condition on one label, with Alertmanager's semantics: a label the alert does not
 * have reads as the empty string (so {team=""} matches alerts without a team and {team!=""}
 * those with one), and regular expressions are anchored at both ends. Expressions are RE2,
 * the syntax of Alertmanager's Go regexp, which also matches in linear time: a matcher sent
 * over the API cannot make evaluation backtrack for ever.
 */
class LabelMatcher {
public:
    /// The matcher, or what is wrong: an invalid label name, an expression that does not
    /// compile.
    static std::variant<LabelMatcher, std::string> create(std::string name, MatchOperator op,
                                                          std::string value);
    /// Rebuilds a stored matcher; throws std::invalid_argument when it is not valid.
    static LabelMatcher fromRecord(const store::MatcherRecord& record);

    bool matches(const monitoring::Labels& labels) const;
    /// Whether the matcher holds for an alert that lacks the label (value "").
    bool matchesEmpty() const { return matchesValue(""); }

    const std::string& name() const { return m_name; }
    MatchOperator op() const { return m_op; }
    const std::string& value() const { return m_value; }
    store::MatcherRecord toRecord() const;
    /// team=~"db|cache", as Alertmanager prints it.
    std::string toString() const;

private:
    LabelMatcher(std::string name, MatchOperator op, std::string value,
                 std::shared_ptr<const re2::RE2> expression);
    bool matchesValue(std::string_view value) const;

    std::string m_name;
    MatchOperator m_op = MatchOperator::Equal;
    std::string m_value;
    std::shared_ptr<const re2::RE2> m_expression;
};

/// Whether every matcher of @p matchers holds for @p labels (true for no matchers).
bool matchesAll(const std::vector<LabelMatcher>& matchers, const monitoring::Labels& labels);

}  // namespace recops::alerting
