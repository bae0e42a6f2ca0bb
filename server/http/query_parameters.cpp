// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "http/query_parameters.h"

#include "common/timestamp.h"
#include "http/route_template.h"

#include <algorithm>
#include <charconv>

namespace recops::http {
namespace {

Problem invalid(std::string detail) {
    return Problem{ProblemType::InvalidRequest, std::move(detail)};
}

/// Form encoding writes spaces as '+'; percent-decoding does the rest.
bool decodeComponent(std::string_view text, std::string& out) {
    std::string plusDecoded(text);
    std::replace(plusDecoded.begin(), plusDecoded.end(), '+', ' ');
    return percentDecode(plusDecoded, out);
}

}  // namespace

std::variant<QueryParameters, Problem> QueryParameters::parse(std::string_view query) {
    QueryParameters parameters;
    while (!query.empty()) {
        const auto ampersand = query.find('&');
        const std::string_view pair = query.substr(0, ampersand);
        query =
            ampersand == std::string_view::npos ? std::string_view() : query.substr(ampersand + 1);
        if (pair.empty()) {
            continue;  // "a=1&&b=2"
        }
        const auto equals = pair.find('=');
        std::string name;
        std::string value;
        if (!decodeComponent(pair.substr(0, equals), name) ||
            (equals != std::string_view::npos &&
             !decodeComponent(pair.substr(equals + 1), value))) {
            return invalid("malformed percent-escape in the query string near \"" +
                           std::string(pair) + "\"");
        }
        if (name.empty()) {
            return invalid("a query parameter without a name: \"" + std::string(pair) + "\"");
        }
        parameters.m_values.emplace_back(std::move(name), std::move(value));
    }
    return parameters;
}

std::variant<QueryParameters, Problem> QueryParameters::parse(
    std::string_view query, std::initializer_list<std::string_view> known) {
    auto parsed = parse(query);
    if (const auto* parameters = std::get_if<QueryParameters>(&parsed)) {
        if (auto problem = parameters->rejectUnknown(known)) {
            return std::move(*problem);
        }
        const auto& values = parameters->m_values;
        for (auto entry = values.begin(); entry != values.end(); ++entry) {
            if (std::any_of(values.begin(), entry, [&entry](const auto& earlier) {
                    return earlier.first == entry->first;
                })) {
                return invalidParameter(entry->first, "given more than once");
            }
        }
    }
    return parsed;
}

std::optional<std::string_view> QueryParameters::find(std::string_view name) const {
    for (auto entry = m_values.rbegin(); entry != m_values.rend(); ++entry) {
        if (entry->first == name) {
            return entry->second;
        }
    }
    return std::nullopt;
}

std::vector<std::string_view> QueryParameters::all(std::string_view name) const {
    std::vector<std::string_view> values;
    for (const auto& [candidate, value] : m_values) {
        if (candidate == name) {
            values.emplace_back(value);
        }
    }
    return values;
}

std::optional<Problem> QueryParameters::rejectUnknown(
    std::initializer_list<std::string_view> known) const {
    for (const auto& [name, value] : m_values) {
        if (std::find(known.begin(), known.end(), name) == known.end()) {
            std::string list;
            for (const std::string_view candidate : known) {
                list += (list.empty() ? "" : ", ") + std::string(candidate);
            }
            return invalid("unknown query parameter \"" + name + "\"" +
                           (list.empty() ? std::string("; this endpoint takes none")
                                         : " (known: " + list + ")"));
        }
    }
    return std::nullopt;
}

std::variant<std::int64_t, Problem> QueryParameters::integer(std::string_view name,
                                                             std::int64_t fallback,
                                                             std::int64_t minimum,
                                                             std::int64_t maximum) const {
    const auto text = find(name);
    if (!text) {
        return fallback;
    }
    std::int64_t value = 0;
    const auto [end, error] = std::from_chars(text->data(), text->data() + text->size(), value);
    if (error != std::errc{} || end != text->data() + text->size() || value < minimum ||
        value > maximum) {
        return invalid(std::string(name) + " must be an integer in " + std::to_string(minimum) +
                       ".." + std::to_string(maximum) + ", got \"" + std::string(*text) + "\"");
    }
    return value;
}

std::variant<bool, Problem> QueryParameters::boolean(std::string_view name, bool fallback) const {
    const auto text = find(name);
    if (!text) {
        return fallback;
    }
    if (*text == "true" || *text == "1") {
        return true;
    }
    if (*text == "false" || *text == "0") {
        return false;
    }
    return invalid(std::string(name) + " must be true or false, got \"" + std::string(*text) +
                   "\"");
}

std::variant<std::string_view, Problem> QueryParameters::requiredText(
    std::string_view name, std::size_t maximumLength) const {
    const auto text = find(name);
    if (!text || text->empty()) {
        return invalid("the query parameter " + std::string(name) + " is required");
    }
    if (text->size() > maximumLength) {
        return invalid(std::string(name) + " is longer than " + std::to_string(maximumLength) +
                       " bytes");
    }
    return *text;
}

std::variant<std::optional<std::chrono::system_clock::time_point>, Problem>
QueryParameters::timestamp(std::string_view name) const {
    const auto text = find(name);
    if (!text) {
        return std::optional<std::chrono::system_clock::time_point>();
    }
    const auto time = common::parseTimestamp(*text);
    if (!time) {
        return invalidParameter(
            name, "expected an RFC 3339 timestamp such as 2026-03-01T12:00:00Z, got \"" +
                      std::string(*text) + "\"");
    }
    return std::optional<std::chrono::system_clock::time_point>(time);
}

Problem invalidParameter(std::string_view name, const std::string& detail) {
    return invalid("query parameter " + std::string(name) + ": " + detail);
}

}  // namespace recops::http
