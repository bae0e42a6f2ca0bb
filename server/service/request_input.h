// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "http/problem.h"
#include "http/request_context.h"

#include <cstdint>
#include <optional>
#include <string_view>
#include <variant>

#include <nlohmann/json.hpp>

// Small readers of request input that several route files share.
namespace recops::service {

/// @p text as a positive decimal integer (an id, a limit, a cursor), or nothing.
std::optional<std::int64_t> parsePositiveInteger(std::string_view text);

/// The invalid-request problem with @p detail.
http::Problem invalidRequest(std::string detail);

/**
 * The body of a request whose body may be left out (POST /api/v1/backups): an empty body is
 * an empty object; otherwise it must be application/json (415) holding an object (400).
 */
std::variant<nlohmann::json, http::Problem> parseOptionalJsonObject(
    const http::RequestContext& context);

}  // namespace recops::service
