// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "common/cron_schedule.h"

#include <array>
#include <charconv>
#include <stdexcept>
#include <vector>

namespace recops::common {
namespace {

struct FieldSpec {
    const char* name;
    int minimum;
    int maximum;
};

constexpr FieldSpec kFields[] = {{"minute", 0, 59},
                                 {"hour", 0, 23},
                                 {"day of month", 1, 31},
                                 {"month", 1, 12},
                                 {"day of week", 0, 7}};

[[noreturn]] void fail(const FieldSpec& field, std::string_view text, const std::string& why) {
    // Appended piece by piece: GCC 12 reports a false -Wrestrict on long operator+ chains.
    std::string message = "cron ";
    message += field.name;
    message += " \"";
    message += text;
    message += "\": ";
    message += why;
    throw std::invalid_argument(message);
}

int number(const FieldSpec& field, std::string_view text, std::string_view whole) {
    int value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || error != std::errc{} || end != text.data() + text.size()) {
        std::string why(text);
        why += " is not a number";
        fail(field, whole, why);
    }
    if (value < field.minimum || value > field.maximum) {
        fail(field, whole,
             std::to_string(value) + " is outside " + std::to_string(field.minimum) + ".." +
                 std::to_string(field.maximum));
    }
    return value;
}

/// The values a field allows, as a vector of flags indexed by value.
std::vector<bool> parseField(const FieldSpec& field, std::string_view text) {
    std::vector<bool> allowed(static_cast<std::size_t>(field.maximum) + 1, false);
    std::size_t start = 0;
    while (start <= text.size()) {
        const auto comma = text.find(',', start);
        const std::string_view part = text.substr(start, comma - start);
        if (part.empty()) {
            fail(field, text, "empty list element");
        }
        std::string_view range = part;
        int step = 1;
        if (const auto slash = part.find('/'); slash != std::string_view::npos) {
            range = part.substr(0, slash);
            step =
                number(FieldSpec{field.name, 1, field.maximum + 1}, part.substr(slash + 1), text);
        }
        int low = field.minimum;
        int high = field.maximum;
        if (range != "*") {
            if (const auto dash = range.find('-'); dash != std::string_view::npos) {
                low = number(field, range.substr(0, dash), text);
                high = number(field, range.substr(dash + 1), text);
                if (low > high) {
                    fail(field, text, "range " + std::string(range) + " runs backwards");
                }
            } else {
                low = number(field, range, text);
                // "5/15" means from 5 to the end in steps of 15, as in cron.
                high = part.find('/') != std::string_view::npos ? field.maximum : low;
            }
        }
        for (int value = low; value <= high; value += step) {
            allowed[static_cast<std::size_t>(value)] = true;
        }
        if (comma == std::string_view::npos) {
            break;
        }
        start = comma + 1;
    }
    return allowed;
}

template <std::size_t Size>
void copyInto(std::bitset<Size>& bits, const std::vector<bool>& allowed) {
    for (std::size_t value = 0; value < Size && value < allowed.size(); ++value) {
        bits[value] = allowed[value];
    }
}

}  // namespace

CronSchedule CronSchedule::parse(std::string_view expression) {
    std::vector<std::string_view> fields;
    std::size_t position = 0;
    while (position < expression.size()) {
        const auto start = expression.find_first_not_of(" \t", position);
        if (start == std::string_view::npos) {
            break;
        }
        const auto end = expression.find_first_of(" \t", start);
        fields.push_back(expression.substr(start, end - start));
        position = end == std::string_view::npos ? expression.size() : end;
    }
    if (fields.size() != 5) {
        throw std::invalid_argument(
            "a cron expression has five fields (minute hour day-of-month month day-of-week), "
            "for example \"0 3 * * *\"; got " +
            std::to_string(fields.size()));
    }
    CronSchedule schedule;
    schedule.m_expression = std::string(expression);
    copyInto(schedule.m_minutes, parseField(kFields[0], fields[0]));
    copyInto(schedule.m_hours, parseField(kFields[1], fields[1]));
    copyInto(schedule.m_daysOfMonth, parseField(kFields[2], fields[2]));
    copyInto(schedule.m_months, parseField(kFields[3], fields[3]));
    const std::vector<bool> weekdays = parseField(kFields[4], fields[4]);
    for (std::size_t day = 0; day < 7; ++day) {
        schedule.m_daysOfWeek[day] = weekdays[day];
    }
    if (weekdays[7]) {
        schedule.m_daysOfWeek[0] = true;  // 7 is Sunday too
    }
    schedule.m_dayOfMonthRestricted = fields[2] != "*";
    schedule.m_dayOfWeekRestricted = fields[4] != "*";
    // With any day of the week allowed, only the day of month picks days: it must name a day
    // that one of the allowed months has (February 30th never comes). Restricting both fields
    // matches either, so the days of the week always give some.
    if (schedule.m_dayOfMonthRestricted && !schedule.m_dayOfWeekRestricted) {
        static constexpr std::array<unsigned, 13> kLongestMonth{0,  31, 29, 31, 30, 31, 30,
                                                                31, 31, 30, 31, 30, 31};
        bool someDayExists = false;
        for (unsigned month = 1; month <= 12; ++month) {
            for (unsigned day = 1; schedule.m_months[month] && day <= kLongestMonth[month]; ++day) {
                someDayExists = someDayExists || schedule.m_daysOfMonth[day];
            }
        }
        if (!someDayExists) {
            fail(kFields[2], fields[2],
                 "no month allowed by the month field \"" + std::string(fields[3]) +
                     "\" has such a day");
        }
    }
    return schedule;
}

std::chrono::system_clock::time_point CronSchedule::nextAfter(
    std::chrono::system_clock::time_point time) const {
    using namespace std::chrono;
    auto candidate = floor<minutes>(time) + minutes(1);
    // Eight years cover every combination parse() accepts, February 29th included: leap years
    // are four years apart except across a century that is not one (2096 to 2104).
    const auto limit = candidate + days(8 * 366);
    while (candidate < limit) {
        const auto day = floor<days>(candidate);
        const year_month_day date(day);
        const weekday weekDay(day);
        const auto month = static_cast<unsigned>(date.month());
        const auto dayOfMonth = static_cast<unsigned>(date.day());
        const bool dayOfMonthMatches = m_daysOfMonth[dayOfMonth];
        const bool dayOfWeekMatches = m_daysOfWeek[weekDay.c_encoding()];
        const bool dayMatches = m_dayOfMonthRestricted && m_dayOfWeekRestricted
                                    ? (dayOfMonthMatches || dayOfWeekMatches)
                                    : (dayOfMonthMatches && dayOfWeekMatches);
        if (!m_months[month] || !dayMatches) {
            candidate = day + days(1);
            continue;
        }
        const hh_mm_ss clock(candidate - day);
        const auto hour = static_cast<std::size_t>(clock.hours().count());
        if (!m_hours[hour]) {
            candidate = day + hours(hour + 1);
            continue;
        }
        if (!m_minutes[static_cast<std::size_t>(clock.minutes().count())]) {
            candidate += minutes(1);
            continue;
        }
        return candidate;
    }
    throw std::logic_error("cron expression \"" + m_expression + "\" never matches");
}

}  // namespace recops::common
