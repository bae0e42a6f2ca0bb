// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "service/query_parameters.h"

#include "common/timestamp.h"
#include "http/route_template.h"

#include <charconv>

namespace recops::service {
namespace {

std::optional<std::string> decode(std::string_view text) {
    std::string plus(text);
    for (char& c : plus) {
        c = c == '+' ? ' ' : c;
    }
    std::string decoded;
    if (!http::percentDecode(plus, decoded)) {
        return std::nullopt;
    }
    return decoded;
}

}  // namespace

http::Problem invalidParameter(std::string_view name, const std::string& detail) {
    return http::Problem{http::ProblemType::InvalidRequest,
                         "query parameter " + std::string(name) + ": " + detail};
}

std::variant<QueryParameters, http::Problem> QueryParameters::parse(
    std::string_view query, std::initializer_list<std::string_view> allowed) {
    QueryParameters parameters;
    while (!query.empty()) {
        const auto ampersand = query.find('&');
        const std::string_view pair = query.substr(0, ampersand);
        query.remove_prefix(ampersand == std::string_view::npos ? query.size() : ampersand + 1);
        if (pair.empty()) {
            continue;
        }
        const auto equals = pair.find('=');
        const auto name = decode(pair.substr(0, equals));
        const auto value =
            decode(equals == std::string_view::npos ? std::string_view() : pair.substr(equals + 1));
        if (!name || !value) {
            return http::Problem{
                http::ProblemType::InvalidRequest,
                "the query string has a malformed %-escape in \"" + std::string(pair) + "\""};
        }
        bool known = false;
        std::string names;
        for (std::string_view candidate : allowed) {
            known = known || candidate == *name;
            names += names.empty() ? "" : ", ";
            names += candidate;
        }
        if (!known) {
            return invalidParameter(*name, allowed.size() == 0
                                               ? std::string("this endpoint takes no parameters")
                                               : "unknown; this endpoint takes " + names);
        }
        if (!parameters.m_values.emplace(*name, *value).second) {
            return invalidParameter(*name, "given more than once");
        }
    }
    return parameters;
}

std::optional<std::string> QueryParameters::get(std::string_view name) const {
    const auto found = m_values.find(name);
    if (found == m_values.end()) {
        return std::nullopt;
    }
    return found->second;
}

std::variant<std::int64_t, http::Problem> QueryParameters::integer(std::string_view name,
                                                                   std::int64_t fallback,
                                                                   std::int64_t minimum,
                                                                   std::int64_t maximum) const {
    const auto text = get(name);
    if (!text) {
        return fallback;
    }
    std::int64_t value = 0;
    const auto [end, error] = std::from_chars(text->data(), text->data() + text->size(), value);
    const std::string expected =
        "expected an integer in " + std::to_string(minimum) + ".." + std::to_string(maximum);
    if (text->empty() || error != std::errc() || end != text->data() + text->size()) {
        return invalidParameter(name, expected + ", got \"" + *text + "\"");
    }
    if (value < minimum || value > maximum) {
        return invalidParameter(name, expected + ", got " + *text);
    }
    return value;
}

std::variant<std::optional<std::chrono::system_clock::time_point>, http::Problem>
QueryParameters::timestamp(std::string_view name) const {
    const auto text = get(name);
    if (!text) {
        return std::optional<std::chrono::system_clock::time_point>();
    }
    const auto time = common::parseTimestamp(*text);
    if (!time) {
        return invalidParameter(name,
                                "expected an RFC 3339 timestamp such as "
                                "2026-03-01T12:00:00Z, got \"" +
                                    *text + "\"");
    }
    return std::optional<std::chrono::system_clock::time_point>(time);
}

}  // namespace recops::service
