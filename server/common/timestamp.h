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
 * An RFC 3339 date-time as clients send it: 2026-03-01T12:00:00Z, 2026-03-01T12:00:00.250Z or
 * 2026-03-01T13:00:00+01:00 ('t' and 'z' in lower case too). Fractions finer than a
 * millisecond are truncated. Nothing when @p text is anything else, names no real date, or a
 * date too far from 1970 for the clock (beyond about 1824 or 2116).
 */
std::optional<std::chrono::system_clock::time_point> parseTimestamp(std::string_view text);

/// Milliseconds since the Unix epoch, the form timestamps are stored in.
std::int64_t toUnixMilliseconds(std::chrono::system_clock::time_point time);
std::chrono::system_clock::time_point fromUnixMilliseconds(std::int64_t milliseconds);

}  // namespace recops::common
