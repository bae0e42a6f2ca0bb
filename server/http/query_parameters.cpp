// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "http/query_parameters.h"

#include "http/route_template.h"

#include <algorithm>

namespace recops::http {
namespace {

Problem invalid(std::string detail) {
    return Problem{ProblemType::InvalidRequest, std::move(detail)};
}

bool decodeComponent(std::string_view text, std::string& out) {
    std::string spaced(text);
    std::replace(spaced.begin(), spaced.end(), '+', ' ');
    return percentDecode(spaced, out);
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
            continue;
        }
        const auto equals = pair.find('=');
        std::string name;
        std::string value;
        if (!decodeComponent(pair.substr(0, equals), name) ||
            (equals != std::string_view::npos &&
             !decodeComponent(pair.substr(equals + 1), value))) {
            return invalid("the query string has a malformed %-escape in \"" + std::string(pair) +
                           "\"");
        }
        if (name.empty()) {
            return invalid("the query string has a parameter without a name");
        }
        if (parameters.get(name)) {
            return invalid("query parameter " + name + " is given more than once");
        }
        parameters.m_parameters.emplace_back(std::move(name), std::move(value));
    }
    return parameters;
}

std::optional<Problem> QueryParameters::findUnknown(
    std::initializer_list<std::string_view> known) const {
    for (const auto& [name, value] : m_parameters) {
        if (std::find(known.begin(), known.end(), name) == known.end()) {
            std::string names;
            for (const std::string_view candidate : known) {
                names += (names.empty() ? "" : ", ") + std::string(candidate);
            }
            return invalid("unknown query parameter " + name + "; this route takes " +
                           (names.empty() ? std::string("none") : names));
        }
    }
    return std::nullopt;
}

std::optional<std::string> QueryParameters::get(std::string_view name) const {
    for (const auto& [candidate, value] : m_parameters) {
        if (candidate == name) {
            return value;
        }
    }
    return std::nullopt;
}

}  // namespace recops::http
