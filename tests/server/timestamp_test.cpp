// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "common/timestamp.h"

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

TEST(TimestampTest, ParsesRfc3339WithFractionsAndOffsets) {
    EXPECT_EQ(parseTimestamp("1970-01-01T00:00:00Z"), fromUnixMilliseconds(0));
    EXPECT_EQ(parseTimestamp("2026-03-01T12:00:00.250Z"),
              parseTimestamp("2026-03-01T12:00:00Z").value() + std::chrono::milliseconds(250));
    EXPECT_EQ(parseTimestamp("2026-03-01T13:30:00+01:30"), parseTimestamp("2026-03-01T12:00:00Z"));
    EXPECT_EQ(parseTimestamp("2026-03-01T10:00:00-02:00"), parseTimestamp("2026-03-01T12:00:00Z"));
    // Digits past the millisecond are dropped, not rounded.
    EXPECT_EQ(parseTimestamp("1970-01-01t00:00:01.0019z"), fromUnixMilliseconds(1001));
    EXPECT_EQ(formatTimestamp(*parseTimestamp("2024-02-29T23:59:59.5Z")),
              "2024-02-29T23:59:59.500Z");
}

TEST(TimestampTest, RefusesAnythingElse) {
    for (const char* text :
         {"", "2026-03-01", "2026-03-01 12:00:00Z", "2026-03-01T12:00:00", "2026-02-30T00:00:00Z",
          "2026-13-01T00:00:00Z", "2026-03-01T24:00:00Z", "2026-03-01T12:00:00.Z",
          "2026-03-01T12:00:00+0100", "2026-03-01T12:00:00Zjunk", "1700000000",
          "2999-01-01T00:00:00Z", "1200-01-01T00:00:00Z"}) {
        EXPECT_FALSE(parseTimestamp(text).has_value()) << text;
    }
}

}  // namespace
}  // namespace recops::common
