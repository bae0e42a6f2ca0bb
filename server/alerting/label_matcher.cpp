// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "alerting/label_matcher.h"

#include <array>
#include <re2/re2.h>
#include <stdexcept>

namespace recops::alerting {
namespace {

constexpr std::array<std::pair<MatchOperator, std::string_view>, 4> kOperators{{
    {MatchOperator::Equal, "="},
    {MatchOperator::NotEqual, "!="},
    {MatchOperator::RegexMatch, "=~"},
    {MatchOperator::RegexNoMatch, "!~"},
}};

bool isValidLabelName(std::string_view name) {
    if (name.empty()) {
        return false;
    }
    for (std::size_t index = 0; index < name.size(); ++index) {
        const char c = name[index];
        const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
        if (!letter && !(index > 0 && c >= '0' && c <= '9')) {
            return false;
        }
    }
    return true;
}

bool isRegex(MatchOperator op) {
    return op == MatchOperator::RegexMatch || op == MatchOperator::RegexNoMatch;
}

}  // namespace

std::string_view matchOperatorText(MatchOperator op) {
    for (const auto& [candidate, text] : kOperators) {
        if (candidate == op) {
            return text;
        }
    }
    return "=";
}

std::optional<MatchOperator> parseMatchOperator(std::string_view text) {
    for (const auto& [op, candidate] : kOperators) {
        if (candidate == text) {
            return op;
        }
    }
    return std::nullopt;
}

LabelMatcher::LabelMatcher(std::string name, MatchOperator op, std::string value,
                           std::shared_ptr<const re2::RE2> expression)
    : m_name(std::move(name))
    , m_op(op)
    , m_value(std::move(value))
    , m_expression(std::move(expression)) {}

std::variant<LabelMatcher, std::string> LabelMatcher::create(std::string name, MatchOperator op,
                                                             std::string value) {
    if (!isValidLabelName(name)) {
        return "\"" + name + "\" is not a label name ([A-Za-z_][A-Za-z0-9_]*)";
    }
    std::shared_ptr<const re2::RE2> expression;
    if (isRegex(op)) {
        re2::RE2::Options options;
        options.set_log_errors(false);
        expression = std::make_shared<const re2::RE2>(value, options);
        if (!expression->ok()) {
            return "\"" + value + "\" is not a valid regular expression: " + expression->error();
        }
    }
    return LabelMatcher(std::move(name), op, std::move(value), std::move(expression));
}

LabelMatcher LabelMatcher::fromRecord(const store::MatcherRecord& record) {
    const auto op = parseMatchOperator(record.op);
    if (!op) {
        throw std::invalid_argument("unknown matcher operator " + record.op);
    }
    auto created = create(record.name, *op, record.value);
    if (auto* problem = std::get_if<std::string>(&created)) {
        throw std::invalid_argument(*problem);
    }
    return std::get<LabelMatcher>(std::move(created));
}

bool LabelMatcher::matchesValue(std::string_view value) const {
    switch (m_op) {
        case MatchOperator::Equal:
            return value == m_value;
        case MatchOperator::NotEqual:
            return value != m_value;
        case MatchOperator::RegexMatch:
            return re2::RE2::FullMatch(value, *m_expression);
        case MatchOperator::RegexNoMatch:
            return !re2::RE2::FullMatch(value, *m_expression);
    }
    return false;
}

bool LabelMatcher::matches(const monitoring::Labels& labels) const {
    const auto found = labels.find(m_name);
    return matchesValue(found == labels.end() ? std::string_view()
                                              : std::string_view(found->second));
}

store::MatcherRecord LabelMatcher::toRecord() const {
    return {m_name, std::string(matchOperatorText(m_op)), m_value};
}

std::string LabelMatcher::toString() const {
    std::string text = m_name + std::string(matchOperatorText(m_op)) + "\"";
    for (char c : m_value) {
        if (c == '"' || c == '\\') {
            text.push_back('\\');
        }
        text.push_back(c);
    }
    return text + "\"";
}

bool matchesAll(const std::vector<LabelMatcher>& matchers, const monitoring::Labels& labels) {
    for (const LabelMatcher& matcher : matchers) {
        if (!matcher.matches(labels)) {
            return false;
        }
    }
    return true;
}

}  // namespace recops::alerting
