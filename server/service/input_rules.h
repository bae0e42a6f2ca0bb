// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

#include <nlohmann/json.hpp>

namespace recops::service {

/// The longest user id, item id or idempotency key recopsd accepts.
inline constexpr std::size_t kMaxIdentifierBytes = 256;
/// The longest event type ("view", "add_to_cart", ...).
inline constexpr std::size_t kMaxEventTypeBytes = 64;

/// Why @p text cannot be a user id, item id or idempotency key (empty, too long, control
/// characters), or nothing. The same rules hold for the API and for `recopsd import`.
std::optional<std::string> identifierProblem(std::string_view text);

/// Why @p type cannot be an event type (lowercase letters, digits, '_' and '-'), or nothing.
std::optional<std::string> eventTypeProblem(std::string_view type);

/// Unix milliseconds of a JSON timestamp: RFC 3339 text ("2026-03-01T12:00:00Z") or Unix
/// seconds (a number, fractions allowed); otherwise what is wrong with it.
std::variant<std::int64_t, std::string> timestampFromJson(const nlohmann::json& value);

}  // namespace recops::service
