// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "http/problem.h"

#include <chrono>
#include <cstdint>
#include <initializer_list>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

namespace recops::service {

/**
 * A request's query string, decoded ('+' and %XX), checked against the parameters the
 * endpoint takes: an unknown name, one given twice, or bad encoding is a 400 problem naming
 * it. The typed getters answer the same way for a value they cannot read.
 */
class QueryParameters {
public:
    static std::variant<QueryParameters, http::Problem> parse(
        std::string_view query, std::initializer_list<std::string_view> allowed);

    std::optional<std::string> get(std::string_view name) const;

    /// The value of @p name as an integer in @p minimum..@p maximum, @p fallback when absent.
    std::variant<std::int64_t, http::Problem> integer(std::string_view name, std::int64_t fallback,
                                                      std::int64_t minimum,
                                                      std::int64_t maximum) const;
    /// The value of @p name as an RFC 3339 timestamp, nothing when absent.
    std::variant<std::optional<std::chrono::system_clock::time_point>, http::Problem> timestamp(
        std::string_view name) const;

private:
    std::map<std::string, std::string, std::less<>> m_values;
};

/// A 400 invalid-request problem for query parameter @p name.
http::Problem invalidParameter(std::string_view name, const std::string& detail);

}  // namespace recops::service
