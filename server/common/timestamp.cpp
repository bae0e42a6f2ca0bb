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

namespace {

/// The @p count decimal digits at @p text[position], or nothing.
std::optional<int> digitsAt(std::string_view text, std::size_t position, std::size_t count) {
    if (position + count > text.size()) {
        return std::nullopt;
    }
    int value = 0;
    for (std::size_t index = position; index < position + count; ++index) {
        if (text[index] < '0' || text[index] > '9') {
            return std::nullopt;
        }
        value = value * 10 + (text[index] - '0');
    }
    return value;
}

bool charAt(std::string_view text, std::size_t position, std::string_view allowed) {
    return position < text.size() && allowed.find(text[position]) != std::string_view::npos;
}

}  // namespace

std::optional<std::chrono::system_clock::time_point> parseTimestamp(std::string_view text) {
    using namespace std::chrono;
    const auto year = digitsAt(text, 0, 4), month = digitsAt(text, 5, 2),
               day = digitsAt(text, 8, 2), hour = digitsAt(text, 11, 2),
               minute = digitsAt(text, 14, 2), second = digitsAt(text, 17, 2);
    if (!year || !month || !day || !hour || !minute || !second || !charAt(text, 4, "-") ||
        !charAt(text, 7, "-") || !charAt(text, 10, "Tt") || !charAt(text, 13, ":") ||
        !charAt(text, 16, ":") || *hour > 23 || *minute > 59 || *second > 59) {
        return std::nullopt;
    }
    const year_month_day date{std::chrono::year(*year),
                              std::chrono::month(static_cast<unsigned>(*month)),
                              std::chrono::day(static_cast<unsigned>(*day))};
    if (!date.ok()) {
        return std::nullopt;
    }
    std::size_t position = 19;
    int millisecond = 0;
    if (charAt(text, position, ".")) {
        std::size_t digits = 0;
        for (++position; position < text.size() && text[position] >= '0' && text[position] <= '9';
             ++position, ++digits) {
            if (digits < 3) {
                millisecond = millisecond * 10 + (text[position] - '0');
            }
        }
        if (digits == 0) {
            return std::nullopt;
        }
        for (; digits < 3; ++digits) {
            millisecond *= 10;
        }
    }
    minutes offset{0};
    if (charAt(text, position, "Zz")) {
        ++position;
    } else if (charAt(text, position, "+-")) {
        const auto offsetHours = digitsAt(text, position + 1, 2);
        const auto offsetMinutes = digitsAt(text, position + 4, 2);
        if (!offsetHours || !offsetMinutes || !charAt(text, position + 3, ":") ||
            *offsetHours > 23 || *offsetMinutes > 59) {
            return std::nullopt;
        }
        offset = hours(*offsetHours) + minutes(*offsetMinutes);
        if (text[position] == '-') {
            offset = -offset;
        }
        position += 6;
    } else {
        return std::nullopt;
    }
    if (position != text.size()) {
        return std::nullopt;
    }
    const milliseconds sinceEpoch =
        duration_cast<milliseconds>(sys_days(date).time_since_epoch() + hours(*hour) +
                                    minutes(*minute) + seconds(*second) - offset) +
        milliseconds(millisecond);
    // The clock counts nanoseconds in 64 bits: about the years 1678 to 2262. Later or earlier
    // dates would wrap around, so they are refused rather than misread.
    constexpr auto kLimit = duration_cast<milliseconds>(system_clock::duration::max()) / 2;
    if (sinceEpoch > kLimit || sinceEpoch < -kLimit) {
        return std::nullopt;
    }
    return system_clock::time_point(sinceEpoch);
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
