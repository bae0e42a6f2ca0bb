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
 * Unix milliseconds of an RFC 3339 timestamp: "2026-03-01T12:00:00Z", with optional fraction
 * (digits past milliseconds are truncated) and a "Z" or "+hh:mm"/"-hh:mm" offset ("t" and "z"
 * and a space for "T" are accepted too, as RFC 3339 allows). Nothing when @p text is not one,
 * or names an impossible date such as February 30.
 */
std::optional<std::int64_t> parseTimestampMilliseconds(std::string_view text);

/// parseTimestampMilliseconds() as a time point.
std::optional<std::chrono::system_clock::time_point> parseTimestamp(std::string_view text);

/// Milliseconds since the Unix epoch, the form timestamps are stored in.
std::int64_t toUnixMilliseconds(std::chrono::system_clock::time_point time);
std::chrono::system_clock::time_point fromUnixMilliseconds(std::int64_t milliseconds);

}  // namespace recops::common
