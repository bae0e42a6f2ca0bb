// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "http/problem.h"

#include <chrono>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include <boost/container/small_vector.hpp>

namespace recops::http {

/**
 * A request's query string, decoded ("+" and %XX), with typed readers that answer a precise
 * 400 problem for a value that does not fit ("k must be an integer in 1..1000, got 'ten'").
 */
class QueryParameters {
public:
    /// Decodes @p query ("a=1&b=x%20y"); a malformed escape or an empty name is a problem.
    static std::variant<QueryParameters, Problem> parse(std::string_view query);
    /// parse(), then rejectUnknown(@p known), and a name given twice is refused rather than
    /// one of its values picked: what routes without repeatable parameters want in one call.
    static std::variant<QueryParameters, Problem> parse(
        std::string_view query, std::initializer_list<std::string_view> known);

    /// The value of @p name; a repeated name gives its last value.
    std::optional<std::string_view> find(std::string_view name) const;
    /// Every value of @p name, in order ("exclude=a&exclude=b").
    std::vector<std::string_view> all(std::string_view name) const;

    /// A problem naming the first parameter not in @p known, and the known ones.
    std::optional<Problem> rejectUnknown(std::initializer_list<std::string_view> known) const;

    /// @p name as an integer in [minimum, maximum], or @p fallback when absent.
    std::variant<std::int64_t, Problem> integer(std::string_view name, std::int64_t fallback,
                                                std::int64_t minimum, std::int64_t maximum) const;
    /// @p name as true/false (also 1/0), or @p fallback when absent.
    std::variant<bool, Problem> boolean(std::string_view name, bool fallback) const;
    /// @p name as a non-empty string of at most @p maximumLength bytes.
    std::variant<std::string_view, Problem> requiredText(std::string_view name,
                                                         std::size_t maximumLength) const;
    /// @p name as an RFC 3339 time, or nothing when absent.
    std::variant<std::optional<std::chrono::system_clock::time_point>, Problem> timestamp(
        std::string_view name) const;

private:
    boost::container::small_vector<std::pair<std::string, std::string>, 4> m_values;
};

/// A 400 invalid-request problem about query parameter @p name: "query parameter NAME: DETAIL".
Problem invalidParameter(std::string_view name, const std::string& detail);

}  // namespace recops::http
