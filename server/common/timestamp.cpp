// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "common/timestamp.h"

#include <cstdio>
#include <ctime>

namespace recops::common {
namespace {

/// Reads exactly @p count decimal digits at @p position.
std::optional<int> digits(std::string_view text, std::size_t position, std::size_t count) {
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

}  // namespace

std::optional<std::int64_t> parseTimestampMilliseconds(std::string_view text) {
    // YYYY-MM-DDTHH:MM:SS is 19 characters; the zone needs at least one more.
    if (text.size() < 20 || text[4] != '-' || text[7] != '-' || text[13] != ':' ||
        text[16] != ':' || (text[10] != 'T' && text[10] != 't' && text[10] != ' ')) {
        return std::nullopt;
    }
    const auto year = digits(text, 0, 4);
    const auto month = digits(text, 5, 2);
    const auto day = digits(text, 8, 2);
    const auto hour = digits(text, 11, 2);
    const auto minute = digits(text, 14, 2);
    const auto second = digits(text, 17, 2);
    if (!year || !month || !day || !hour || !minute || !second || *hour > 23 || *minute > 59 ||
        *second > 60) {
        return std::nullopt;
    }
    const std::chrono::year_month_day date{std::chrono::year(*year),
                                           std::chrono::month(static_cast<unsigned>(*month)),
                                           std::chrono::day(static_cast<unsigned>(*day))};
    if (!date.ok()) {
        return std::nullopt;
    }
    std::size_t position = 19;
    std::int64_t milliseconds = 0;
    if (position < text.size() && text[position] == '.') {
        ++position;
        std::size_t fractionDigits = 0;
        while (position < text.size() && text[position] >= '0' && text[position] <= '9') {
            if (fractionDigits < 3) {
                milliseconds = milliseconds * 10 + (text[position] - '0');
            }
            ++fractionDigits;
            ++position;
        }
        if (fractionDigits == 0) {
            return std::nullopt;
        }
        for (std::size_t padding = fractionDigits; padding < 3; ++padding) {
            milliseconds *= 10;
        }
    }
    std::int64_t offsetMinutes = 0;
    if (position + 1 == text.size() && (text[position] == 'Z' || text[position] == 'z')) {
        // UTC
    } else if (position + 6 == text.size() && (text[position] == '+' || text[position] == '-') &&
               text[position + 3] == ':') {
        const auto offsetHours = digits(text, position + 1, 2);
        const auto offsetMinutePart = digits(text, position + 4, 2);
        if (!offsetHours || !offsetMinutePart || *offsetHours > 23 || *offsetMinutePart > 59) {
            return std::nullopt;
        }
        offsetMinutes = (*offsetHours * 60 + *offsetMinutePart) * (text[position] == '-' ? -1 : 1);
    } else {
        return std::nullopt;
    }
    const std::int64_t days = std::chrono::sys_days(date).time_since_epoch().count();
    // A leap second (:60) counts as the next second, as Unix time does.
    const std::int64_t seconds =
        days * 86'400 + *hour * 3'600 + *minute * 60 + *second - offsetMinutes * 60;
    return seconds * 1000 + milliseconds;
}

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

std::optional<std::chrono::system_clock::time_point> parseTimestamp(std::string_view text) {
    const auto milliseconds = parseTimestampMilliseconds(text);
    // The clock counts nanoseconds in 64 bits (about the years 1678 to 2262): times beyond
    // half that range are refused rather than wrapped around into another century.
    constexpr std::int64_t kLimit = std::chrono::duration_cast<std::chrono::milliseconds>(
                                        std::chrono::system_clock::duration::max())
                                        .count() /
                                    2;
    if (!milliseconds || *milliseconds > kLimit || *milliseconds < -kLimit) {
        return std::nullopt;
    }
    return fromUnixMilliseconds(*milliseconds);
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
