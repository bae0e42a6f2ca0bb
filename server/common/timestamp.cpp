// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "common/timestamp.h"

#include <cstdio>
#include <ctime>

namespace recops::common {
namespace {

/// The decimal number in @p text[position, position + digits), or -1 when any is not a digit.
int readDigits(std::string_view text, std::size_t position, std::size_t digits) {
    if (position + digits > text.size()) {
        return -1;
    }
    int value = 0;
    for (std::size_t index = position; index < position + digits; ++index) {
        if (text[index] < '0' || text[index] > '9') {
            return -1;
        }
        value = value * 10 + (text[index] - '0');
    }
    return value;
}

bool isAt(std::string_view text, std::size_t position, char lower, char upper = '\0') {
    return position < text.size() &&
           (text[position] == lower || (upper != '\0' && text[position] == upper));
}

}  // namespace

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

std::optional<std::chrono::system_clock::time_point> parseTimestamp(std::string_view text) {
    using namespace std::chrono;
    // YYYY-MM-DDTHH:MM:SS, then an optional fraction, then Z or +HH:MM / -HH:MM.
    const int year = readDigits(text, 0, 4);
    const int month = readDigits(text, 5, 2);
    const int day = readDigits(text, 8, 2);
    const int hour = readDigits(text, 11, 2);
    const int minute = readDigits(text, 14, 2);
    const int second = readDigits(text, 17, 2);
    if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0 ||
        !isAt(text, 4, '-') || !isAt(text, 7, '-') || !isAt(text, 10, 'T', 't') ||
        !isAt(text, 13, ':') || !isAt(text, 16, ':') || hour > 23 || minute > 59 || second > 59) {
        return std::nullopt;
    }
    const year_month_day date{std::chrono::year(year),
                              std::chrono::month(static_cast<unsigned>(month)),
                              std::chrono::day(static_cast<unsigned>(day))};
    if (!date.ok()) {
        return std::nullopt;
    }
    std::size_t position = 19;
    int millisecondPart = 0;
    if (isAt(text, position, '.')) {
        const std::size_t first = ++position;
        int scale = 100;
        while (position < text.size() && text[position] >= '0' && text[position] <= '9') {
            millisecondPart += scale * (text[position] - '0');
            scale /= 10;
            ++position;
        }
        if (position == first) {
            return std::nullopt;
        }
    }
    int offsetMinutes = 0;
    if (isAt(text, position, 'Z', 'z')) {
        ++position;
    } else if (isAt(text, position, '+') || isAt(text, position, '-')) {
        const int sign = text[position] == '-' ? -1 : 1;
        const int offsetHours = readDigits(text, position + 1, 2);
        const int offsetMinutePart = readDigits(text, position + 4, 2);
        if (offsetHours < 0 || offsetHours > 23 || offsetMinutePart < 0 || offsetMinutePart > 59 ||
            !isAt(text, position + 3, ':')) {
            return std::nullopt;
        }
        offsetMinutes = sign * (offsetHours * 60 + offsetMinutePart);
        position += 6;
    } else {
        return std::nullopt;
    }
    if (position != text.size()) {
        return std::nullopt;
    }
    const auto local = sys_days(date) + hours(hour) + minutes(minute) + seconds(second) +
                       milliseconds(millisecondPart);
    return time_point_cast<system_clock::duration>(local - minutes(offsetMinutes));
}

std::int64_t toUnixMilliseconds(std::chrono::system_clock::time_point time) {
    return std::chrono::duration_cast<std::chrono::milliseconds>(time.time_since_epoch()).count();
}

std::chrono::system_clock::time_point fromUnixMilliseconds(std::int64_t milliseconds) {
    return std::chrono::system_clock::time_point(std::chrono::milliseconds(milliseconds));
}

}  // namespace recops::common
