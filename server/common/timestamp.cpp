// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "common/timestamp.h"

#include <cstdio>
#include <ctime>

namespace recops::common {

void appendTimestamp(std::string& out, std::chrono::system_clock::time_point time) {
    const std::int64_t milliseconds = toUnixMilliseconds(time);
    // Floor division keeps times before 1970 correct (the remainder stays positive).
    std::int64_t seconds = milliseconds / 1000;
    std::int64_t millisecondPart = milliseconds % 1000;
    if (millisecondPart < 0) {
        millisecondPart += 1000;
        --seconds;
    }
    const std::time_t unixSeconds = static_cast<std::time_t>(seconds);
    std::tm utc{};
    gmtime_r(&unixSeconds, &utc);
    char buffer[32];
    const int length = std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ",
                                     utc.tm_year + 1900, utc.tm_mon + 1, utc.tm_mday, utc.tm_hour,
                                     utc.tm_min, utc.tm_sec, static_cast<int>(millisecondPart));
    out.append(buffer, static_cast<std::size_t>(length));
}

std::string formatTimestamp(std::chrono::system_clock::time_point time) {
    std::string text;
    appendTimestamp(text, time);
    return text;
}

std::int64_t toUnixMilliseconds(std::chrono::system_clock::time_point time) {
    return std::chrono::duration_cast<std::chrono::milliseconds>(time.time_since_epoch()).count();
}

std::chrono::system_clock::time_point fromUnixMilliseconds(std::int64_t milliseconds) {
    return std::chrono::system_clock::time_point(std::chrono::milliseconds(milliseconds));
}

}  // namespace recops::common
