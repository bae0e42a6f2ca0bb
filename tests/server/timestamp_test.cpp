// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "common/timestamp.h"

#include <optional>
#include <string_view>

#include <gtest/gtest.h>

namespace recops::common {
namespace {

TEST(TimestampTest, FormatsRfc3339UtcWithMilliseconds) {
    EXPECT_EQ(formatTimestamp(fromUnixMilliseconds(0)), "1970-01-01T00:00:00.000Z");
    EXPECT_EQ(formatTimestamp(fromUnixMilliseconds(1'772'366'400'123)), "2026-03-01T12:00:00.123Z");
    EXPECT_EQ(formatTimestamp(fromUnixMilliseconds(-1)), "1969-12-31T23:59:59.999Z");
}

TEST(TimestampTest, MillisecondsRoundTrip) {
    EXPECT_EQ(toUnixMilliseconds(fromUnixMilliseconds(1'772'366'400'123)), 1'772'366'400'123);
}

struct ParseCase {
    std::string_view text;
    std::optional<std::int64_t> milliseconds;
    std::string_view why;
};

// 2026-03-01T12:00:00Z is 1'772'366'400'000 ms.
constexpr ParseCase kParseCases[] = {
    {"2026-03-01T12:00:00Z", 1'772'366'400'000, "UTC"},
    {"2026-03-01t12:00:00z", 1'772'366'400'000, "lowercase t and z, as RFC 3339 allows"},
    {"2026-03-01 12:00:00Z", 1'772'366'400'000, "a space for T"},
    {"1970-01-01T00:00:00Z", 0, "the epoch"},
    {"1969-12-31T23:59:59Z", -1'000, "before the epoch"},
    {"1969-12-31T23:59:59.500Z", -500, "a fraction before the epoch"},
    {"2026-03-01T12:00:00.1Z", 1'772'366'400'100, "one fraction digit is tenths"},
    {"2026-03-01T12:00:00.12Z", 1'772'366'400'120, "two digits are hundredths"},
    {"2026-03-01T12:00:00.123Z", 1'772'366'400'123, "milliseconds"},
    {"2026-03-01T12:00:00.123999Z", 1'772'366'400'123, "digits past milliseconds are cut"},
    {"2026-03-01T14:30:00+02:30", 1'772'366'400'000, "a positive offset is east of UTC"},
    {"2026-03-01T09:00:00-03:00", 1'772'366'400'000, "a negative offset is west of UTC"},
    {"2026-03-01T12:00:00.250+00:00", 1'772'366'400'250, "a fraction and an offset"},
    {"2026-03-02T11:59:00+23:59", 1'772'366'400'000, "the largest offset"},
    {"2024-02-29T00:00:00Z", 1'709'164'800'000, "February 29 of a leap year"},
    {"2000-02-29T00:00:00Z", 951'782'400'000, "2000 is a leap year (divisible by 400)"},
    {"2016-12-31T23:59:60Z", 1'483'228'800'000, "a leap second counts as the next second"},
    {"2026-02-30T00:00:00Z", std::nullopt, "February 30 does not exist"},
    {"2025-02-29T00:00:00Z", std::nullopt, "2025 is not a leap year"},
    {"1900-02-29T00:00:00Z", std::nullopt, "1900 is not a leap year (divisible by 100)"},
    {"2026-04-31T00:00:00Z", std::nullopt, "April has 30 days"},
    {"2026-13-01T00:00:00Z", std::nullopt, "month 13"},
    {"2026-00-01T00:00:00Z", std::nullopt, "month 0"},
    {"2026-01-00T00:00:00Z", std::nullopt, "day 0"},
    {"2026-03-01T24:00:00Z", std::nullopt, "hour 24"},
    {"2026-03-01T12:60:00Z", std::nullopt, "minute 60"},
    {"2026-03-01T12:00:61Z", std::nullopt, "second 61"},
    {"2026-03-01T12:00:00", std::nullopt, "no zone: local time is ambiguous"},
    {"2026-03-01T12:00:00.Z", std::nullopt, "a point without digits"},
    {"2026-03-01T12:00:00+0200", std::nullopt, "an offset without a colon"},
    {"2026-03-01T12:00:00+24:00", std::nullopt, "offset hours past 23"},
    {"2026-03-01T12:00:00+02:60", std::nullopt, "offset minutes past 59"},
    {"2026-03-01T12:00:00+02", std::nullopt, "an offset without minutes"},
    {"2026-03-01T12:00:00ZZ", std::nullopt, "text after the zone"},
    {"2026-03-01T12:00:00 Z", std::nullopt, "a space before the zone"},
    {"2026-03-01", std::nullopt, "a date alone"},
    {"2026-3-01T12:00:00Z", std::nullopt, "a one-digit month"},
    {"2026/03/01T12:00:00Z", std::nullopt, "slashes"},
    {"2026-03-01X12:00:00Z", std::nullopt, "another separator than T"},
    {"+2026-03-01T12:00:0Z", std::nullopt, "a sign before the year"},
    {"1772366400", std::nullopt, "Unix seconds are not RFC 3339"},
    {"", std::nullopt, "empty"},
};

TEST(TimestampTest, ParsesRfc3339AndRefusesEverythingElse) {
    for (const ParseCase& testCase : kParseCases) {
        EXPECT_EQ(parseTimestampMilliseconds(testCase.text), testCase.milliseconds)
            << "\"" << testCase.text << "\": " << testCase.why;
    }
}

TEST(TimestampTest, ParseTimestampIsTheSameParseAsATimePoint) {
    EXPECT_EQ(parseTimestamp("2026-03-01T13:30:00+01:30"), fromUnixMilliseconds(1'772'366'400'000));
    EXPECT_EQ(parseTimestamp("2026-02-30T00:00:00Z"), std::nullopt);
    EXPECT_EQ(parseTimestamp("9999-12-31T23:59:59Z"), std::nullopt)
        << "beyond the clock's range, refused rather than wrapped";
    EXPECT_EQ(parseTimestamp("1600-01-01T00:00:00Z"), std::nullopt);
    EXPECT_TRUE(parseTimestamp("2100-01-01T00:00:00Z").has_value());
}

TEST(TimestampTest, WhatIsFormattedParsesBack) {
    for (const std::int64_t milliseconds :
         {std::int64_t{0}, std::int64_t{-1}, std::int64_t{1'772'366'400'123},
          std::int64_t{951'782'400'999}}) {
        EXPECT_EQ(parseTimestampMilliseconds(formatTimestamp(fromUnixMilliseconds(milliseconds))),
                  milliseconds);
    }
}

}  // namespace
}  // namespace recops::common
