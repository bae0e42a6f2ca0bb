// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace recops::common {

/// Appends @p time as RFC 3339 UTC with milliseconds, for example 2026-03-01T12:00:00.000Z.
void appendTimestamp(std::string& out, std::chrono::system_clock::time_point time);

/// @p time as RFC 3339 UTC with milliseconds.
std::string formatTimestamp(std::chrono::system_clock::time_point time);

/**
 * Reads an RFC 3339 date-time such as 2026-03-01T12:00:00Z, 2026-03-01T12:00:00.123Z or
 * 2026-03-01T13:00:00+01:00 (fractions beyond milliseconds are truncated). Nothing when
 * @p text is not one, or names a day that does not exist.
 */
std::optional<std::chrono::system_clock::time_point> parseTimestamp(std::string_view text);

/// Milliseconds since the Unix epoch, the form timestamps are stored in.
std::int64_t toUnixMilliseconds(std::chrono::system_clock::time_point time);
std::chrono::system_clock::time_point fromUnixMilliseconds(std::int64_t milliseconds);

}  // namespace recops::common
