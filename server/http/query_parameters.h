// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "http/problem.h"

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace recops::http {

/**
 * The parameters of a query string (`status=open&limit=20`), percent-decoded, '+' read as a
 * space. Routes that take parameters parse them here, then refuse names they do not know, so
 * that a misspelt filter is an error rather than silently ignored.
 */
class QueryParameters {
public:
    /// The parameters of @p query (without the '?'), or the invalid-request problem naming
    /// what is wrong: a malformed %-escape, an empty name, or a name given twice.
    static std::variant<QueryParameters, Problem> parse(std::string_view query);

    /// The invalid-request problem for the first parameter not in @p known, or nothing.
    std::optional<Problem> findUnknown(std::initializer_list<std::string_view> known) const;

    /// The value of @p name, or nothing when absent (an empty value is present and empty).
    std::optional<std::string> get(std::string_view name) const;

private:
    std::vector<std::pair<std::string, std::string>> m_parameters;
};

}  // namespace recops::http
